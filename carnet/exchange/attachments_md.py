"""Photos and documents in the Markdown export: files beside the session's page.

A session page ``<group>/<NN>-<date>.md`` gets a « Documents de la séance »
section linking (images shown, PDFs listed) to its files, written into the
folder ``<group>/<NN>-<date>/`` next to it, 0600 like every export file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from carnet.domain.attachment import Attachment
from carnet.exchange.files import FILE_MODE
from carnet.services.anonymise import hide_in_file_name

if TYPE_CHECKING:
    from carnet.store import JournalStore

_TITLE = {"fr": "Documents de la séance", "en": "Documents of the session"}
_PDF = {"fr": "PDF", "en": "PDF"}
_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf"}


def file_name(index: int, attachment: Attachment,
              hide: Callable[[str], str] | None = None) -> str:
    """``01-paperboard-du-plan.jpg``: ASCII-safe, unique by its number; made from the
    caption or the file's own name as the anonymised export shows them (``hide``): a
    masked name in either never names a file of the export."""
    hide = hide or (lambda text: text)
    shown = hide_in_file_name(attachment.filename, hide)
    stem = hide(attachment.caption.strip()) or (
        PurePosixPath(attachment.filename).stem if shown == attachment.filename else shown)
    safe = "".join(c.lower() if c.isascii() and c.isalnum() else "-" for c in stem)
    safe = "-".join(part for part in safe.split("-") if part)[:50] or "document"
    return f"{index:02d}-{safe}{_SUFFIX[attachment.mime]}"


def add(
    planned: dict[str, str | bytes],
    page: str,
    store: JournalStore,
    session_id: int,
    inline: Callable[[str], str],
    clean: Callable[[str], str],
    lang: str,
) -> None:
    """Add the session's files to ``planned`` and their section to its ``page``."""
    attachments = store.attachments.list_by_session(session_id)
    if not attachments:
        return
    folder = page[: -len(".md")]
    local = PurePosixPath(folder).name
    lines = [f"## {_TITLE.get(lang, _TITLE['en'])}", ""]
    for index, attachment in enumerate(attachments, start=1):
        name = file_name(index, attachment, clean)
        planned[f"{folder}/{name}"] = store.attachments.data(attachment.id)
        caption = inline(clean(attachment.caption.strip())) or inline(name)
        if attachment.is_image:
            lines += [f"![{caption}]({local}/{name})", "", f"*{caption}*", ""]
        else:
            lines += [f"- [{caption}]({local}/{name}) ({_PDF.get(lang, 'PDF')})", ""]
    text = str(planned[page])
    footer = text.rfind("\n---\n")
    cut = footer + 1 if footer >= 0 else len(text)
    planned[page] = text[:cut] + "\n".join(lines) + "\n" + text[cut:]


def write_bytes(path: Path, data: bytes) -> None:
    """A new or replaced file readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
