"""Attachments everywhere the journal goes: JSON round trip, Markdown files beside the
page, the booklet (read back with poppler), backups."""

from __future__ import annotations

import base64
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from attachment_files import marked_png, pdf, photo
from test_booklet_helpers import norm, pdftotext, require_poppler

from carnet.booklet import BookletOptions, build_booklet
from carnet.domain import Attachment, Group, Member, Role, Session, SessionStatus
from carnet.exchange import (
    CarnetImportError,
    export_json,
    export_markdown,
    import_into_new_journal,
    import_json,
)
from carnet.exchange.json_export import VERSION
from carnet.services.attachment_intake import prepare
from carnet.store import JournalStore

OTHER = "une autre phrase de passe, assez longue"


def attach(store, session_id, raw, name, caption, step_id=None):
    prepared = prepare(raw, name)
    return store.attachments.add(
        Attachment(session_id=session_id, mime=prepared.mime, size=1, sha256="",
                   caption=caption, filename=prepared.filename, step_id=step_id,
                   width=prepared.width, height=prepared.height), prepared.data)


@pytest.fixture
def journal(store):
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    store.members.add(Member(pseudonym="M.D.", masked_names=["Marc Dubois"], group_id=group.id))
    sessions = [store.sessions.add(Session(group_id=group.id, number=i, date=date(2026, i, 10),
                                           status=SessionStatus.HELD, role=Role.CLIENT))
                for i in (1, 2)]
    s1, s2 = (s.id for s in sessions)
    store.notes.save(s1, "expose", "Ma situation")
    attach(store, s1, photo(2000, 1500, orientation=6), "board.jpg",
           "Paperboard de Marc Dubois", step_id="synthesis")
    attach(store, s1, marked_png("x"), "capture.png", "Capture <b>&</b> ]]>")
    attach(store, s2, pdf("Consignes"), "consignes.pdf", "Consignes de l'animatrice")
    return store, s1, s2


def _contents(store):
    out = {}
    for group in store.groups.list():
        for session in store.sessions.list_by_group(group.id):
            out[session.number] = sorted(
                (a.caption, a.step_id, a.mime, a.width, a.height,
                 store.attachments.data(a.id))
                for a in store.attachments.list_by_session(session.id))
    return out


def test_json_round_trip_is_byte_identical_and_adds_no_duplicate(journal, tmp_path, passphrase):
    store, s1, _ = journal
    out = tmp_path / "export.json"
    export_json(store, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["version"] == VERSION
    items = document["groups"][0]["sessions"][0]["attachments"]
    assert len(items) == 2 and items[0]["step_id"] == "synthesis"
    fresh = import_into_new_journal(out, tmp_path / "copie.carnet", OTHER)
    copy = JournalStore.open(tmp_path / "copie.carnet", OTHER) if not isinstance(
        fresh, JournalStore) else fresh
    try:
        assert _contents(copy) == _contents(store)
        assert _contents(copy)[1] and _contents(copy)[2]  # control: not empty
    finally:
        copy.close()
    report = import_json(store, out)  # the same file again
    assert report.added.get("attachment", 0) == 0 and report.skipped["attachment"] == 3
    assert len(store.attachments.list_by_session(s1)) == 2


def test_version_1_files_still_import(journal, tmp_path):
    store, _, _ = journal
    out = tmp_path / "export.json"
    export_json(store, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    document["version"] = 1
    for group in document["groups"]:
        for session in group["sessions"]:
            del session["attachments"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document), encoding="utf-8")
    report = import_into_new_journal(old, tmp_path / "old.carnet", OTHER)
    assert report is not None


@pytest.mark.parametrize(("label", "edit", "message"), [
    ("wrong hash", lambda a: a.update(sha256="0" * 64), "does not match"),
    ("mislabelled", lambda a: a.update(mime="application/pdf"), "refused"),
    ("not base64", lambda a: a.update(data="@@@"), "base64"),
    ("html as png", lambda a: a.update(
        data=base64.b64encode(b"<html>").decode(), sha256=__import__("hashlib").sha256(
            b"<html>").hexdigest()), "refused"),
    ("unknown kind", lambda a: a.update(mime="text/html"), "unknown kind"),
])
def test_hostile_attachments_in_an_import_change_nothing(journal, tmp_path, label, edit, message):
    store, _s1, _ = journal
    out = tmp_path / "export.json"
    export_json(store, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    document["groups"][0]["sessions"][0]["attachments"][1]["caption"] = "nouvelle"
    edit(document["groups"][0]["sessions"][0]["attachments"][1])
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    before = _contents(store)
    with pytest.raises(CarnetImportError) as caught:
        import_json(store, bad)
    assert message in str(caught.value) and "attachments[1]" in str(caught.value)
    assert _contents(store) == before


def test_markdown_export_writes_the_files_beside_the_page(journal, tmp_path):
    store, s1, _s2 = journal
    folder = tmp_path / "md"
    export_markdown(store, folder)
    page = (folder / "codev" / "01-2026-01-10.md").read_text(encoding="utf-8")
    files = sorted((folder / "codev" / "01-2026-01-10").iterdir())
    assert [f.suffix for f in files] == [".jpg", ".png"]
    assert "## Documents de la séance" in page
    assert f"![Paperboard de Marc Dubois](01-2026-01-10/{files[0].name})" in page
    assert page.index("Documents de la séance") < page.index("\n---\n")
    data = {a.caption: store.attachments.data(a.id) for a in store.attachments.list_by_session(s1)}
    assert files[0].read_bytes() == data["Paperboard de Marc Dubois"]
    assert all((f.stat().st_mode & 0o777) == 0o600 for f in files)
    second = (folder / "codev" / "02-2026-02-10.md").read_text(encoding="utf-8")
    assert "Consignes de l'animatrice" in second and "(PDF)" in second
    anonymised = tmp_path / "anon"
    export_markdown(store, anonymised, anonymise=True)
    text = (anonymised / "codev" / "01-2026-01-10.md").read_text(encoding="utf-8")
    assert "Marc Dubois" not in text and "Paperboard de M.D." in text
    # fresh7 F14: the photos and PDFs are copied byte for byte: said under the warning
    said = "les photos et documents joints sont copiés tels quels"
    assert said in (anonymised / "index.md").read_text(encoding="utf-8")
    assert said not in (folder / "index.md").read_text(encoding="utf-8")  # not anonymised


def _images(pdf_path: Path) -> list[list[str]]:
    out = subprocess.run(["pdfimages", "-list", str(pdf_path)], check=True,
                         capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def test_booklet_with_photos_read_back(journal, tmp_path):
    require_poppler()
    store, _, _ = journal
    with_photos = tmp_path / "avec.pdf"
    build_booklet(store, BookletOptions(attachments=True, invariant=True), with_photos)
    without = tmp_path / "sans.pdf"
    build_booklet(store, BookletOptions(invariant=True), without)
    assert _images(without) == []  # control: the option brings them
    images = _images(with_photos)
    assert len(images) == 2
    sizes = sorted((int(row[3]), int(row[4])) for row in images)
    assert sizes == [(900, 300), (1500, 2000)]  # stored pixels, upright portrait photo
    encodings = sorted(row[8] for row in images)
    assert encodings == ["image", "jpeg"]
    text = norm(pdftotext(with_photos))
    assert "Paperboard de M.D." in text and "Marc Dubois" not in text  # anonymised caption
    assert "Capture <b>&</b> ]]>" in text  # written as typed, not parsed
    assert "Consignes de l'animatrice — Document PDF" in text
    assert "Documents de la séance" in text
    pages = tmp_path / "pages"
    pages.mkdir()
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(with_photos), str(pages / "p")],
                   check=True)
    assert len(list(pages.glob("*.png"))) >= 3


def test_backup_holds_the_attachments(journal, tmp_path, passphrase):
    store, s1, _ = journal
    dest = store.backup_to(tmp_path / "backup.carnet")
    copy = JournalStore.open(dest, passphrase)
    try:
        assert _contents(copy) == _contents(store)
    finally:
        copy.close()
    raw = dest.read_bytes()
    data = store.attachments.data(store.attachments.list_by_session(s1)[0].id)
    assert data[200:264] not in raw  # encrypted: the photo's bytes are not in the file


def test_a_restored_backup_brings_deleted_attachments_back(tmp_path, journal_path, passphrase):
    from carnet.store.backups import BackupService

    store = JournalStore.create(journal_path, passphrase)
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 10),
                                         status=SessionStatus.HELD, role=Role.CLIENT))
    item = attach(store, session.id, pdf("Consignes"), "c.pdf", "Consignes")
    data = store.attachments.data(item.id)
    service = BackupService()
    backup = service.backup_now(store, tmp_path / "backups")
    store.attachments.delete(item.id)
    assert store.attachments.list_by_session(session.id) == []  # control
    store.close()
    service.restore(backup, journal_path, passphrase)
    store = JournalStore.open(journal_path, passphrase)
    try:
        [back] = store.attachments.list_by_session(session.id)
        assert back.caption == "Consignes" and store.attachments.data(back.id) == data
    finally:
        store.close()


def test_a_large_journal_opens_without_scanning_its_files_and_damage_is_still_found(
        tmp_path, journal_path, passphrase):
    """Above OPEN_SCAN_LIMIT the open does not read every page (the unlock would wait for
    seconds); the check run after unlocking still verifies every page."""
    import os

    from carnet.store import StorageError
    from carnet.store.connection import OPEN_SCAN_LIMIT
    from carnet.store.maintenance import verify_opens

    store = JournalStore.create(journal_path, passphrase)
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 10),
                                         status=SessionStatus.HELD, role=Role.CLIENT))
    body = pdf("Grand document")
    filler = os.urandom(18 * 1024 * 1024)
    for n in range(4):  # four 18 MB PDFs: the journal passes the limit
        data = body[:-6] + b"\n%" + filler[n:] + b"\n%%EOF\n"
        store.attachments.add(Attachment(session_id=session.id, mime="application/pdf",
                                         size=1, sha256=""), data)
    store.close()
    size = journal_path.stat().st_size
    assert size > OPEN_SCAN_LIMIT
    good = tmp_path / "good.carnet"
    good.write_bytes(journal_path.read_bytes())
    with journal_path.open("r+b") as handle:  # one flipped byte inside the files' pages
        handle.seek(size // 2)
        byte = handle.read(1)
        handle.seek(size // 2)
        handle.write(bytes([byte[0] ^ 0x5A]))
    store = JournalStore.open(journal_path, passphrase)  # opens: its pages are not all read
    try:
        assert store.integrity_problems() != []  # the background check sees the damage
    finally:
        store.close()
    with pytest.raises(StorageError, match="does not read back"):
        verify_opens(journal_path, passphrase)  # a copy is still checked whole
    check = JournalStore.open(good, passphrase)
    try:
        assert check.integrity_problems() == []  # control
    finally:
        check.close()
    verify_opens(good, passphrase)
