"""Issue 15, what a conflict looks like in the window.

* A step note holding two versions: the preview words the heading in the reader's
  language and local time (never the stored bilingual line with its UTC date), and
  the text being written says, above it, what the block is and what to do.
* A title reworded on two devices: the status bar reports it, the Synchronisation
  page offers both wordings, and « Keep this wording » is an edit that syncs.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from test_sync_ui import held_session, open_store, other_device, set_up_folder
from ui_helpers import MARKER, seed_journal

import carnet.sync as engine
from carnet.domain.sync import OTHER_VERSION_HEADING, OtherVersion, join_versions
from carnet.ui.markdown_view import MarkdownEditor
from carnet.ui.sync import page as page_module

WHEN = datetime(2026, 12, 7, 1, 8, tzinfo=UTC)
NASTY = "<b>pas gras</b> & co ]]> 🌱 שלום"


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "Nextcloud"
    path.mkdir()
    return path


def test_the_preview_words_the_other_versions_heading(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_text(join_versions("Ma version", [OtherVersion(WHEN, NASTY)]))
    assert editor.versions_notice.isVisible()  # said above the text being written
    assert "another version" in editor.versions_notice.text()
    editor.show_preview(True)
    shown = editor.preview.toPlainText()
    assert "Ma version" in shown and NASTY in shown  # every word, markup as text
    assert "Other version · " in shown
    assert "other device's version" not in shown and "T01:08Z" not in shown
    assert not editor.versions_notice.isVisible()
    local = WHEN.astimezone().strftime("%H:%M")
    assert local in shown


def test_control_a_plain_note_has_no_version_heading(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.show()
    # a person typing the heading words themselves: their text, no block
    editor.set_text(f"{OTHER_VERSION_HEADING} tapé à la main")
    assert not editor.versions_notice.isVisible()
    editor.show_preview(True)
    assert "Other version" not in editor.preview.toPlainText()
    assert "tapé à la main" in editor.preview.toPlainText()


def test_the_notice_follows_the_text_being_written(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_text("Seule version")
    assert not editor.versions_notice.isVisible()
    # a sync arriving while typing appends a block (carnet/ui/sync/controller.py)
    editor.editor.appendPlainText(join_versions("", [OtherVersion(WHEN, "arrivée")]))
    qtbot.waitUntil(editor.versions_notice.isVisible, timeout=3000)
    editor.set_text("Seule version")
    assert not editor.versions_notice.isVisible()


def test_a_title_reworded_on_two_devices_is_reported_and_chosen_on_the_page(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    other = other_device(folder, passphrase, tmp_path / "portable.carnet")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    session = held_session(window.store)
    session.title = f"Déléguer {MARKER}"
    window.store.sessions.update(session)
    theirs = open_store(other, passphrase)
    try:
        mine = held_session(theirs)
        mine.title = f"Lâcher prise {NASTY}"
        theirs.sessions.update(mine)
        assert engine.sync_once(theirs).complete
    finally:
        theirs.close()
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000) as arrived:
        controller.request("now")
    assert arrived.args[0].conflicts == 1  # reported, not « Synced »
    assert window.sync.label.text() == "Conflict resolved: 1 item"
    shown = held_session(window.store).title
    page = page_module.SyncPage(window, controller)
    qtbot.addWidget(page)
    page.show()
    assert page.wordings.isVisible()
    offered = {b.property("wording"): b for b in page.wordings.buttons}
    assert set(offered) == {f"Déléguer {MARKER}", f"Lâcher prise {NASTY}"}
    other_wording = next(w for w in offered if w != shown)
    qtbot.mouseClick(offered[other_wording], Qt.MouseButton.LeftButton)
    assert held_session(window.store).title == other_wording
    assert window.store.sync.wording_conflicts() == []
    qtbot.waitUntil(lambda: not page.wordings.isVisible(), timeout=3000)
    # the choice syncs: the other device ends with it, and nothing left to choose there
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        controller.request("now")
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    theirs = open_store(other, passphrase)
    try:
        engine.sync_once(theirs)
        assert held_session(theirs).title == other_wording
        assert theirs.sync.wording_conflicts() == []
    finally:
        theirs.close()


def test_loading_a_note_with_versions_is_no_edit(qtbot):
    """The greyed heading is formatting: loading the note must not count as typing
    (an autosave would write it again and the status say « changes to send »)."""
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.show()
    edits = []
    editor.edited.connect(lambda: edits.append(1))
    editor.set_text(join_versions("Ma version", [OtherVersion(WHEN, NASTY)]))
    qtbot.wait(50)  # (Qt formats a text at its next turn)
    assert edits == []
    editor.editor.appendPlainText("x")  # control: a change of the text is one
    qtbot.wait(50)
    assert edits == [1]


def test_a_learning_field_greys_the_heading_without_an_edit(qtbot):
    """A learning (one-line field) holding two versions: the heading line is greyed,
    and showing it is no change of the text (nothing saved again)."""
    from carnet.ui.session_editor.widgets import WrappingLineEdit

    text = join_versions("Déléguer", [OtherVersion(WHEN, NASTY)])
    field = WrappingLineEdit()
    qtbot.addWidget(field)
    changes = []
    field.textChanged.connect(lambda: changes.append(1))
    field.setText(text)
    changes.clear()  # (setting a text is a change; formatting it is not)
    field.show()
    qtbot.wait(50)
    assert changes == []
    block = field.document().findBlock(text.index(OTHER_VERSION_HEADING))
    assert block.layout().formats(), "the heading line is formatted"
    plain = field.document().findBlock(0)
    assert not plain.layout().formats()  # control: the person's line is not
    assert field.text() == text  # given back as stored
    assert OTHER_VERSION_HEADING not in field.toPlainText()  # shown in words (fresh7 F17)


def test_the_session_page_offers_the_other_title_under_its_own(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    other = other_device(folder, passphrase, tmp_path / "portable.carnet")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    session = held_session(window.store)
    window.workspace.show_session(session.id)
    header = window.workspace.session_editor.header
    assert not header.title_wordings.isVisible()  # control: one title, no hint
    session.title = "Titre du bureau"
    window.store.sessions.update(session)
    theirs = open_store(other, passphrase)
    try:
        mine = held_session(theirs)
        mine.title = f"Titre du portable {NASTY}"
        theirs.sessions.update(mine)
        assert engine.sync_once(theirs).complete
    finally:
        theirs.close()
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        controller.request("now")
    qtbot.waitUntil(lambda: window.workspace.session_editor.header is not header, timeout=5000)
    header = window.workspace.session_editor.header
    shown = held_session(window.store).title
    assert header.title.text() == shown
    qtbot.waitUntil(header.title_wordings.isVisible, timeout=5000)
    other_title = ({"Titre du bureau", f"Titre du portable {NASTY}"} - {shown}).pop()
    assert f"« {other_title} »" in header.title_wordings.label.text()
    qtbot.mouseClick(header.title_wordings.button, Qt.MouseButton.LeftButton)
    assert header.title.text() == other_title
    assert not header.title_wordings.isVisible()
    assert held_session(window.store).title == other_title
    assert window.store.sync.wording_conflicts() == []


def test_an_open_title_conflict_stays_said_until_a_wording_is_chosen(
        qtbot, unlocked, make_window, journal_path, tmp_path, folder, passphrase):
    """The badge used to go at the next sync that brought anything, and after a restart,
    while the two wordings still waited on the Sync page (conflicts15's report)."""
    from ui_helpers import unlock_through_ui

    from carnet.domain import Learning

    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    other = other_device(folder, passphrase, tmp_path / "portable.carnet")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    session = held_session(window.store)
    session.title = "Ici"
    window.store.sessions.update(session)

    def other_writes(change) -> None:
        theirs = open_store(other, passphrase)
        try:
            change(theirs)
            assert engine.sync_once(theirs).complete
        finally:
            theirs.close()

    def retitle(theirs) -> None:
        mine = held_session(theirs)
        mine.title = "Là-bas"
        theirs.sessions.update(mine)

    def add_learning(theirs) -> None:
        theirs.learnings.add(Learning(session_id=held_session(theirs).id, text="Autre chose"))

    def sync_now():
        with qtbot.waitSignal(controller.reportArrived, timeout=30_000) as arrived:
            controller.request("now")
        qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
        return arrived.args[0]

    other_writes(retitle)
    assert sync_now().conflicts == 1
    assert window.sync.label.text() == "Conflict resolved: 1 item"
    other_writes(add_learning)  # a later sync brings something else
    report = sync_now()
    assert report.received and not report.conflicts  # control: this sync found none
    assert "Conflict resolved: 1 item" in window.sync.label.text()
    # a restart: the first sync of the new window says it again
    window.close()
    window = make_window(extensions=True)
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    if controller.state.phase != "done":
        sync_now()
    qtbot.waitUntil(lambda: "Conflict resolved: 1 item" in window.sync.label.text(),
                    timeout=10_000)
    # chosen: the badge goes at the next sync
    conflict = window.store.sync.wording_conflicts()[0]
    assert window.store.sync.keep_wording(conflict.table, conflict.uuid, conflict.field,
                                          "Ici")
    sync_now()
    assert "Conflict" not in window.sync.label.text()
    window.close()


def test_editing_a_learning_that_holds_two_versions_keeps_its_lines(qtbot):
    """A learning merged by a sync holds the other version under its heading, on lines of
    its own. Typing in the one-line field used to join every line with spaces, so the
    block was saved flattened (« Déléguer x --- **Autre version…** … ») and printed as
    one run-on paragraph. Lines the stored text has are kept; a pasted text still
    becomes one line (the field holds one paragraph)."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QTextCursor

    from carnet.ui.session_editor.widgets import WrappingLineEdit

    text = join_versions("Déléguer", [OtherVersion(WHEN, NASTY)])
    field = WrappingLineEdit(text)
    qtbot.addWidget(field)
    field.show()
    cursor = field.textCursor()
    cursor.setPosition(len("Déléguer"))
    field.setTextCursor(cursor)
    qtbot.keyClicks(field, " plus")
    assert field.text() == text.replace("Déléguer", "Déléguer plus", 1)
    assert field.text().count("\n") == text.count("\n")
    # Control: what is pasted or typed stays one paragraph.
    field.setText("Un")
    field.moveCursor(QTextCursor.MoveOperation.End)
    data = QMimeData()
    data.setText(" deux\ntrois")
    field.insertFromMimeData(data)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "Un deux trois"
