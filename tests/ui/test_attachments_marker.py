"""A marker in a photo's pixels and metadata, and in a PDF, never leaves the journal
except in the booklet and the copies the person saved (issue 16).

The photo and the PDF are attached through the session page, shown in the viewer,
found by their caption in the search view and put in a booklet; one copy is saved.
Then every file touched since the test began — under the temporary folders, the
isolated home, the real home, the journal's folder (the journal and its backups
included) — is read for the marker, in UTF-8 and UTF-16. Controls: the scanner finds
it in the person's originals and in the saved copy, and the booklet shows the caption.
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from attachment_files import pdf
from PIL import Image, PngImagePlugin
from PySide6.QtCore import Qt
from test_booklet_helpers import norm, pdftotext, require_poppler
from ui_helpers import type_text

from carnet.booklet import BookletOptions, build_booklet
from carnet.ui.models.search_results import HIT_ROLE


def marker_png(marker: str) -> bytes:
    """Pixels whose bytes spell the marker, and the marker in text and EXIF metadata."""
    raw = (marker.encode() * 10_000)[: 300 * 120 * 3]
    image = Image.frombytes("RGB", (300, 120), raw)
    info = PngImagePlugin.PngInfo()
    info.add_itxt("Description", f"metadata {marker}", zip=False)
    exif = Image.Exif()
    exif[0x010F] = f"Make {marker}"
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info, exif=exif.tobytes())
    return out.getvalue()


def needles(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def holds(path: Path, wanted: list[bytes]) -> bool:
    overlap = max(len(n) for n in wanted)
    tail = b""
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                block = tail + chunk
                if any(n in block for n in wanted):
                    return True
                tail = block[-overlap:]
    except OSError:
        return False
    return False


def scan(roots: list[Path], since: float, wanted: list[bytes], skip: set[Path]) -> list[Path]:
    found = []
    seen: set[Path] = set()
    for root in roots:
        if not root.is_dir():
            continue
        for folder, dirs, files in os.walk(root, onerror=lambda e: None):
            dirs[:] = [d for d in dirs if d not in (".venv", "proc", ".git", ".mirror")]
            for name in files:
                path = Path(folder, name)
                # One lstat decides for the ~250,000 untouched files of a home with its
                # toolchains; only a regular file (not a link) touched since is resolved.
                try:
                    info = path.lstat()
                except OSError:
                    continue
                if (not stat.S_ISREG(info.st_mode) or info.st_mtime < since
                        or info.st_size > 300 * 1024 * 1024):
                    continue
                try:
                    real = path.resolve()
                except OSError:
                    continue
                if real in seen or real in skip:
                    continue
                seen.add(real)
                if holds(path, wanted):
                    found.append(path)
    return found


@pytest.mark.slow
def test_the_marker_stays_in_the_journal(qtbot, main_window, message_service, tmp_path,
                                         isolated_home):
    require_poppler()
    since = time.time() - 1
    marker = f"Quetzal{uuid.uuid4().hex[:12]}"
    window = main_window
    window.install_extensions()
    originals = tmp_path / "originals"
    originals.mkdir()
    photo_path = originals / "tableau.png"
    photo_path.write_bytes(marker_png(marker))
    pdf_path = originals / "consignes.pdf"
    pdf_path.write_bytes(pdf(f"Consignes {marker}"))
    wanted = needles(marker)
    assert holds(photo_path, wanted) and holds(pdf_path, wanted)  # control: originals carry it

    # attached through the page, then shown and captioned in the viewer
    sid = window.ids["held"]
    window.workspace.show_session(sid)
    docs = window.workspace.session_editor.documents
    message_service.files.append([str(photo_path), str(pdf_path)])
    qtbot.mouseClick(docs.strips[None].attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.store.attachments.list_by_session(sid)) == 2,
                    timeout=20_000)
    qtbot.waitUntil(lambda: len(docs.strips[None].tiles) == 2)
    qtbot.waitUntil(lambda: all(t.loaded for t in docs.strips[None].tiles))
    qtbot.mouseClick(docs.strips[None].tiles[0], Qt.MouseButton.LeftButton)
    viewer = docs.viewer
    assert not viewer.image.pixmap().isNull()
    viewer.caption.clear()
    type_text(qtbot, viewer.caption, f"Tableau {marker}")
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    assert viewer.stack.currentWidget() is viewer.pdf_page
    viewer.caption.clear()
    type_text(qtbot, viewer.caption, f"Consignes {marker}")
    qtbot.mouseClick(viewer.close_button, Qt.MouseButton.LeftButton)
    stored = window.store.attachments.list_by_session(sid)
    assert {a.caption for a in stored} == {f"Tableau {marker}", f"Consignes {marker}"}
    image = next(a for a in stored if a.is_image)
    assert marker.encode() not in window.store.attachments.data(image.id)  # metadata gone

    # found by its caption in the search view
    field = window.search_field
    field.setFocus()
    type_text(qtbot, field, marker)
    qtbot.waitUntil(lambda: window.workspace.location()[0] == "search"
                    and window.workspace.view("search").query == marker, timeout=5000)
    view = window.workspace.view("search")
    hits = [view.model.index(r).data(HIT_ROLE) for r in range(view.model.rowCount())]
    assert sorted(h.kind for h in hits) == ["attachment", "attachment"]

    # a booklet, and one copy the person saves
    booklet = tmp_path / "livret.pdf"
    build_booklet(window.store, BookletOptions(attachments=True, anonymise=False), booklet)
    text = norm(pdftotext(booklet))
    assert f"Tableau {marker}" in text and f"Consignes {marker}" in text  # control
    saved = tmp_path / "saved"
    saved.mkdir()
    pdf_item = next(a for a in stored if a.is_pdf)
    message_service.files.append(str(saved / "copie.pdf"))
    assert docs.save_copy(pdf_item.id) == saved / "copie.pdf"
    window.lock()
    window.close()

    roots = [tmp_path, isolated_home, Path(tempfile.gettempdir()), Path("/tmp"),
             Path("/var/tmp"), Path("/dev/shm"), Path.home()]
    allowed = {booklet.resolve(), (saved / "copie.pdf").resolve(), photo_path.resolve(),
               pdf_path.resolve()}
    found = scan(roots, since, wanted, skip=set())
    assert (saved / "copie.pdf") in found  # control: the scanner sees a copy with the marker
    assert [p for p in found if p.resolve() not in allowed] == []
    assert any(p.name.endswith(".carnet") for p in tmp_path.iterdir())  # the journal was read
