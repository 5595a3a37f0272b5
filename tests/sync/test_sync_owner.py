"""The journal owner's name travels, and converges (issue 15).

It is a setting of the journal, not a record: a joining device took it from the
newest file it read, and a later change never reached the other devices (the
booklet printed the old name there). It now goes with its clock stamp in every
bundle and snapshot (an empty bundle if nothing else changed); the newest stamp
wins everywhere.
"""

from __future__ import annotations

from sync_helpers import PASSPHRASE, open_fast

from carnet.booklet import BookletOptions, build_booklet
from carnet.store.connection import keying_for_file
from carnet.sync import join, sync_once
from carnet.templates import load_templates
from tests.test_booklet_helpers import norm, pdftotext, require_poppler


def _names(*stores) -> list[str]:
    return [s.journal().owner_name for s in stores]


def test_a_new_owner_name_reaches_every_device_and_a_joining_one(devices, tmp_path):
    require_poppler()
    a, b, c = devices.open("a"), devices.open("b"), devices.open("c")
    try:
        assert _names(a, b, c) == ["Camille"] * 3  # taken when joining
        a.set_owner_name("Camille Martin-Lefèvre 🙂")
        report = sync_once(a)
        assert report.complete and report.sent == 1  # nothing else changed: it goes alone
        for store in (b, c):
            assert sync_once(store).complete
        assert _names(a, b, c) == ["Camille Martin-Lefèvre 🙂"] * 3
        assert sync_once(a).sent == 0  # said once
        # both change it before hearing of the other: the later one, everywhere
        a.set_owner_name("Anne")
        assert sync_once(a).complete
        b.set_owner_name("Béa")
        for store in (b, a, c, b):
            assert sync_once(store).complete
        assert _names(a, b, c) == ["Béa"] * 3
        # an empty name (a journal made without one) erases no one's
        c.set_owner_name("")
        for store in (c, a, b):
            assert sync_once(store).complete
        assert _names(a, b) == ["Béa"] * 2
    finally:
        for store in (a, b, c):
            store.close()
    report = join(devices.folder, PASSPHRASE, tmp_path / "d.carnet")
    assert report.complete, report.problems
    d = open_fast(tmp_path / "d.carnet", keying_for_file(tmp_path / "d.carnet", PASSPHRASE))
    try:
        assert d.journal().owner_name == "Béa"
        out = tmp_path / "d.pdf"
        build_booklet(d, BookletOptions(), out, templates=load_templates(user_dir=None))
        assert "Béa" in norm(pdftotext(out))  # the booklet of the joined device
    finally:
        d.close()
