"""Photos and PDFs on their way into the journal: checks, re-encoding, storage, search."""

from __future__ import annotations

import io

import pytest
from attachment_files import GPS_IFD, MAKE, MODEL, ORIENTATION, marked_png, pdf, photo, png_bomb
from PIL import Image

from carnet.domain import Attachment, Group, Role, Session, SessionStatus
from carnet.services.attachment_intake import (
    LONGEST_SIDE,
    RefusedFileError,
    prepare,
    read_limited,
)


def test_photo_is_reencoded_upright_small_and_without_metadata():
    raw = photo(3600, 2400, orientation=6, marker="Zephyrine")
    assert b"Model Zephyrine" in raw and GPS_IFD in Image.open(io.BytesIO(raw)).getexif()
    prepared = prepare(raw, "IMG_1.JPG")
    image = Image.open(io.BytesIO(prepared.data))
    assert prepared.mime == "image/jpeg"
    # orientation 6: stored 3600 wide, shown 2400 wide → scaled to longest 2400
    assert (image.width, image.height) == (1600, 2400) == (prepared.width, prepared.height)
    exif = image.getexif()
    for tag in (ORIENTATION, MAKE, MODEL, GPS_IFD):
        assert tag not in exif
    assert b"Zephyrine" not in prepared.data and b"Model" not in prepared.data
    assert "icc_profile" not in image.info and "comment" not in image.info
    # the red half, on the left of the stored picture, is on top once turned upright
    assert image.getpixel((800, 100))[0] > 150 and image.getpixel((800, 100))[1] < 100
    assert image.getpixel((800, 2300)) == pytest.approx((255, 255, 255), abs=8)


def test_keep_original_keeps_the_size_but_not_the_metadata():
    raw = photo(3000, 2800, marker="Zephyrine")
    prepared = prepare(raw, "scan.jpg", keep_original=True)
    assert (prepared.width, prepared.height) == (3000, 2800)
    assert MODEL not in Image.open(io.BytesIO(prepared.data)).getexif()
    assert max(prepare(raw, "scan.jpg").width, 0) == LONGEST_SIDE  # control: scaled otherwise


def test_png_stays_png_and_loses_its_text_chunks():
    raw = marked_png("Zéphyrine")
    assert "Zéphyrine".encode() in raw  # control: the source carries it
    prepared = prepare(raw, "capture.png")
    assert prepared.mime == "image/png"
    assert "Zéphyrine".encode() not in prepared.data and b"secret" not in prepared.data


def test_a_16_bit_grey_scan_is_kept_as_it_looks():
    """fresh7's F13 (trap): a scanner's « 16 bits gris » PNG (Pillow's I;16) was stored as a
    blank white page — the conversion clipped every value above 255 — and the original is
    not kept. Ink at 5 % grey on white paper, as scanned; the window's path is the same
    ``prepare`` (the reviewer's test attached it through the session page)."""
    scan = Image.new("I;16", (400, 100))
    scan.putdata([3000 if x < 200 else 65535 for _y in range(100) for x in range(400)])
    buffer = io.BytesIO()
    scan.save(buffer, format="PNG")
    assert Image.open(io.BytesIO(buffer.getvalue())).mode == "I;16"  # control
    for keep in (False, True):
        prepared = prepare(buffer.getvalue(), "page-scannee.png", keep_original=keep)
        picture = Image.open(io.BytesIO(prepared.data)).convert("L")
        assert picture.getpixel((395, 50)) > 200  # control: the paper is white
        assert picture.getpixel((5, 50)) < 60, "the ink of the scan was stored white"


def test_pdf_kept_byte_for_byte():
    data = pdf("Flipchart Zephyrine")
    prepared = prepare(data, "plan.pdf")
    assert prepared.data == data and prepared.mime == "application/pdf"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("vide.jpg", b"", RefusedFileError.EMPTY),
    ("coupe.jpg", photo()[:4000], RefusedFileError.DAMAGED),
    ("bombe.png", png_bomb(), RefusedFileError.TOO_MANY_PIXELS),
    ("plan.jpg", pdf("x"), RefusedFileError.MISLABELLED),
    ("page.png", b"<html><body>hello</body></html>", RefusedFileError.NOT_SUPPORTED),
    ("coupe.pdf", pdf("x")[:200], RefusedFileError.DAMAGED),
    ("photo.heic", b"\0\0\0\x18ftypheic" + b"\0" * 100, RefusedFileError.HEIC_UNREADABLE),
])
def test_hostile_files_are_refused(name, data, reason):
    with pytest.raises(RefusedFileError) as caught:
        prepare(data, name)
    assert caught.value.reason == reason


def test_size_is_checked_before_reading(tmp_path):
    big = tmp_path / "zeros.jpg"
    with big.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB of zeros
    with pytest.raises(RefusedFileError) as caught:
        read_limited(big)
    assert caught.value.reason == RefusedFileError.TOO_BIG
    small = tmp_path / "ok.jpg"
    small.write_bytes(photo())
    assert read_limited(small) == small.read_bytes()  # control


def _session(store):
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    from datetime import date

    return store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 3, 1),
                                      status=SessionStatus.HELD, role=Role.CLIENT))


def test_store_keeps_bytes_apart_and_searches_captions(store):
    session = _session(store)
    data = prepare(photo(), "p.jpg").data
    item = store.attachments.add(
        Attachment(session_id=session.id, mime="image/jpeg", size=1, sha256="",
                   caption="Paperboard du plan d'action", step_id="synthesis"), data)
    listed = store.attachments.list_by_session(session.id)
    assert [a.id for a in listed] == [item.id] and listed[0].step_id == "synthesis"
    assert store.attachments.data(item.id) == data
    assert [h.kind for h in store.search("paperboard")] == ["attachment"]
    assert store.attachments.find(session.id, item.sha256).id == item.id
    store.attachments.set_caption(item.id, "Tableau blanc")
    assert store.search("paperboard") == [] and len(store.search("tableau")) == 1
    store.attachments.delete(item.id)
    assert store.attachments.list_by_session(session.id) == [] and store.search("tableau") == []
    # an undone delete comes back under its id
    again = store.attachments.add(item, data)
    assert again.id == item.id and store.attachments.data(item.id) == data
    store.sessions.delete(session.id)
    count = store.conn.execute("SELECT count(*) FROM attachment_data").fetchone()[0]
    assert count == 0


def test_webp_is_accepted_and_written_again():
    image = Image.new("RGB", (500, 300), (10, 120, 30))
    out = io.BytesIO()
    image.save(out, "WEBP", quality=80)
    prepared = prepare(out.getvalue(), "capture.webp")
    assert prepared.mime in ("image/jpeg", "image/png") and (prepared.width, prepared.height) == (
        500, 300)
    assert Image.open(io.BytesIO(prepared.data)).format in ("JPEG", "PNG")


def _noisy_photo(width: int = 700, height: int = 500) -> bytes:
    import os

    buffer = io.BytesIO()
    Image.frombytes("RGB", (width, height), os.urandom(width * height * 3)).save(
        buffer, format="JPEG", quality=30)
    return buffer.getvalue()


def test_a_photo_kept_at_full_size_is_compressed_a_little_more_to_fit(monkeypatch):
    """fresh7's F21: « Garder la taille d’origine » re-encodes at quality 95 with full
    colour resolution, and a 10 MB photo came out over 20 MB: refused as « il pèse 26.1
    Mo … Réduisez la photo ». It is now encoded again, at its full size, a little more
    compressed, until it fits (the limit made small here: the real one needs 40 MP)."""
    from carnet.services import attachment_intake

    raw = _noisy_photo()
    first = prepare(raw, "paperboard.jpg", keep_original=True)
    assert (first.width, first.height) == (700, 500)
    monkeypatch.setattr(attachment_intake, "MAX_ATTACHMENT_BYTES", len(first.data) - 1)
    kept = prepare(raw, "paperboard.jpg", keep_original=True)
    assert (kept.width, kept.height) == (700, 500) and len(kept.data) < len(first.data)


def test_a_photo_that_fits_no_way_at_full_size_says_its_own_size_and_the_way_out(
        monkeypatch):
    from carnet.services import attachment_intake
    from carnet.ui.attachments.texts import refusal

    raw = _noisy_photo()
    monkeypatch.setattr(attachment_intake, "MAX_ATTACHMENT_BYTES", len(raw))  # the file fits
    with pytest.raises(RefusedFileError) as refused:
        prepare(raw, "paperboard.jpg", keep_original=True)
    assert refused.value.reason == RefusedFileError.TOO_BIG_KEPT
    assert refused.value.detail == str(len(raw))  # the file's size, not Carnet's encoding's
    assert "Keep the original size" in refusal(refused.value.reason, refused.value.detail)
