"""Photos and documents in the JSON export (format version 2), and back.

Each session lists its attachments with their description and their bytes in
base64. On import the bytes are checked like a new file (kind, size, damage,
dimensions) and kept as they are, so an export → import round trip gives the
same bytes; a file already attached to the session (same hash) is skipped.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from carnet.domain.attachment import (
    ATTACHMENT_MIMES,
    MAX_ATTACHMENT_BYTES,
    MAX_CAPTION_CHARS,
    Attachment,
)
from carnet.services.attachment_intake import RefusedFileError, check_stored

if TYPE_CHECKING:
    from carnet.store import JournalStore

#: base64 of the largest file, plus line room.
_MAX_BASE64 = (MAX_ATTACHMENT_BYTES * 4) // 3 + 16


@dataclass
class ParsedAttachment:
    path: str
    attachment: Attachment
    data: bytes


def export_items(store: JournalStore, session_id: int, *, ids: bool = False
                 ) -> list[dict[str, Any]]:
    """The session's attachments as export items (with ``_id``, the row id, if ``ids``)."""
    items = []
    for a in store.attachments.list_by_session(session_id):
        items.append(
            {
                **({"_id": a.id} if ids else {}),
                "step_id": a.step_id,
                "caption": a.caption,
                "filename": a.filename,
                "mime": a.mime,
                "width": a.width,
                "height": a.height,
                "sha256": a.sha256,
                "created_at": a.created_at.isoformat() if a.created_at else None,
                "data": base64.b64encode(store.attachments.data(a.id)).decode("ascii"),
            }
        )
    return items


_FIELDS = ("step_id", "caption", "filename", "mime", "sha256", "data")
_OPTIONAL = ("width", "height", "created_at", "uuid")


def parse_items(check: Any, value: object, path: str) -> list[ParsedAttachment]:
    """Check a session's ``attachments`` list with the import's checker ``check``."""
    parsed = []
    for i, item in enumerate(check.list_(value, path)):
        where = f"{path}[{i}]"
        data = check.obj(item, where, _FIELDS, _OPTIONAL)
        check.uuid(data, where)
        at = lambda key, w=where: f"{w}.{key}"  # noqa: E731 - a local shorthand
        step_id = data["step_id"]
        if step_id is not None:
            step_id = check.string(step_id, at("step_id"), limit=200)
        mime = check.string(data["mime"], at("mime"), limit=100)
        if mime not in ATTACHMENT_MIMES:
            allowed = ", ".join(ATTACHMENT_MIMES)
            raise check.fail(at("mime"), f"unknown kind of file (allowed: {allowed})")
        encoded = check.string(data["data"], at("data"), limit=_MAX_BASE64)
        try:
            raw = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise check.fail(at("data"), "not valid base64") from None
        sha = check.string(data["sha256"], at("sha256"), limit=64)
        if hashlib.sha256(raw).hexdigest() != sha:
            raise check.fail(at("sha256"), "does not match the file's bytes (damaged export?)")
        try:
            raw = check_stored(raw, mime)
        except RefusedFileError as exc:
            raise check.fail(at("data"), f"the file is refused ({exc.reason})") from None
        dims = {}
        for key in ("width", "height"):
            if data.get(key) is not None:
                dims[key] = check.integer(data[key], at(key), 1, 1_000_000)
        attachment = check.build(
            where,
            Attachment,
            session_id=0,
            mime=mime,
            size=len(raw),
            sha256=hashlib.sha256(raw).hexdigest(),
            caption=check.string(data["caption"], at("caption"), limit=MAX_CAPTION_CHARS),
            filename=check.string(data["filename"], at("filename"), limit=500),
            step_id=step_id,
            created_at=check.moment(data.get("created_at"), at("created_at")),
            **dims,
        )
        parsed.append(ParsedAttachment(where, attachment, raw))
    return parsed


def import_items(importer: Any, items: list[ParsedAttachment], session_id: int) -> None:
    """Add the session's attachments that it does not hold yet (by their bytes' hash)."""
    store = importer.store
    for item in items:
        if store.attachments.find(session_id, item.attachment.sha256) is not None:
            importer.skipped("attachment")
            continue
        attachment = Attachment(**{**item.attachment.__dict__, "id": None,
                                   "session_id": session_id, "position": 0})
        added = store.attachments.add(attachment, item.data)
        importer.adopt("attachments", added.id, item.path)
        importer.added("attachment")
