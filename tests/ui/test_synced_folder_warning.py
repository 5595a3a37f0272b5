"""A file that leaves the journal in clear is not written into the synced folder without
a question (fresh7, F19: tests/review7/test_f19_booklet_into_the_synced_folder.py).

The guide promises that only encrypted change files go into the folder the journal
syncs through; a booklet saved there (Carnet suggests Documents, which many sync
clients back up) was written without a word, and the sync client sent every note in
clear to the cloud. The same question guards the exports, the calendar, the sheets
and the copies of attached files (``carnet.ui.synced_folder.may_write_in_clear``).
"""

from __future__ import annotations

import pytest
from test_booklet_helpers import small_journal

from carnet.templates import load_templates
from carnet.ui import booklet_dialog
from carnet.ui.booklet_dialog import BookletDialog
from carnet.ui.synced_folder import synced_folder_holding


@pytest.fixture
def dialog(qtbot, store, monkeypatch, tmp_path):
    small_journal(store, notes={"expose": "Une situation."})
    synced = tmp_path / "Nextcloud"
    synced.mkdir()
    store.sync.folder = str(synced)  # the journal syncs through this folder
    monkeypatch.setattr(booklet_dialog, "open_in_viewer", lambda *_: None)
    widget = BookletDialog(store, load_templates(user_dir=None), paper="a4")
    qtbot.addWidget(widget)
    widget.show()
    widget.synced = synced
    yield widget
    widget.wait()


def test_saving_the_booklet_into_the_synced_folder_asks_first(qtbot, dialog, message_service,
                                                              tmp_path):
    target = dialog.synced / "Documents" / "carnet-de-bord.pdf"
    target.parent.mkdir()
    message_service.files.append(str(target))
    message_service.answers.append(False)  # « Non »: nothing written
    dialog.generate()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    kinds = [kind for kind, _title, _text in message_service.shown]
    assert kinds == ["save_file", "question"], message_service.shown
    assert "NOT encrypted" in message_service.shown[-1][2]
    assert not target.exists()
    # control: outside the synced folder, no question, the booklet is written
    elsewhere = tmp_path / "ailleurs.pdf"
    message_service.files.append(str(elsewhere))
    dialog.generate()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    dialog.wait()
    qtbot.waitUntil(elsewhere.exists, timeout=60_000)
    assert [k for k, _t, _x in message_service.shown].count("question") == 1


def test_what_lies_inside_the_synced_folder(store, tmp_path):
    synced = tmp_path / "Nextcloud"
    (synced / "Documents").mkdir(parents=True)
    (tmp_path / "Nextcloud2").mkdir()
    assert synced_folder_holding(store, synced / "x.pdf") is None  # not set up: nothing
    store.sync.folder = str(synced)
    assert synced_folder_holding(store, synced / "Documents" / "x.pdf") == synced.resolve()
    assert synced_folder_holding(store, tmp_path / "Nextcloud2" / "x.pdf") is None
    link = tmp_path / "lien"
    link.symlink_to(synced / "Documents")
    assert synced_folder_holding(store, link / "x.pdf") == synced.resolve()
