"""The booklet is saved with a confirmation, and leaves nothing out in silence (issue 13).

Once written, the dialog says so — pages and path — and offers to open the PDF
or its folder; when no application can open them it says where the file is.
Sessions with notes that are not marked held are counted under the session list,
with one click to include them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from carnet.domain import Cadence, Group, Learning, Role, Session, SessionStatus
from carnet.ui import booklet_dialog
from carnet.ui.booklet_dialog import BookletDialog


@pytest.fixture
def journal(store):
    group = store.groups.add(Group(name="Codév du jeudi", template_id="codev",
                                   planned_sessions=3, cadence=Cadence()))
    held, planned, _ahead = store.sessions.add_many([
        Session(group.id, 1, date(2025, 1, 9), SessionStatus.HELD, Role.CLIENT),
        Session(group.id, 2, date(2025, 2, 6), SessionStatus.PLANNED, Role.CONSULTANT),
        Session(group.id, 3, date(2025, 3, 6), SessionStatus.PLANNED, Role.CONSULTANT),
    ])
    store.notes.save(held.id, "expose", "Tenue.")
    store.learnings.add(Learning(session_id=planned.id, text="Écrite, restée planifiée"))
    store.ids = {"held": held.id, "planned": planned.id}
    return store


@pytest.fixture
def launcher(monkeypatch):
    """The desktop's launcher, as the tests decide: what was asked, and the answer."""
    calls = {"pdf": [], "folder": [], "works": True}

    def viewer(path):
        calls["pdf"].append(path)
        return calls["works"]

    def folder(path):
        calls["folder"].append(path)
        return calls["works"]

    monkeypatch.setattr(booklet_dialog, "open_in_viewer", viewer)
    monkeypatch.setattr(booklet_dialog, "open_folder", folder)
    return calls


@pytest.fixture
def dialog(qtbot, journal):
    widget = BookletDialog(journal, None, paper="a4")
    qtbot.addWidget(widget)
    yield widget
    widget.wait()


def build(qtbot, dialog, message_service, path):
    message_service.files.append(str(path))
    dialog.generate()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def test_saved_says_where_and_opens_the_pdf_or_its_folder(
        qtbot, dialog, message_service, launcher, tmp_path):
    out = tmp_path / "mon livret.pdf"
    build(qtbot, dialog, message_service, out)
    assert out.is_file()
    assert dialog.showing_saved and dialog.saved_path.text() == str(out)
    assert "Pages" in dialog.saved_pages.text()
    assert launcher["pdf"] == []  # nothing opens by itself
    qtbot.mouseClick(dialog.open_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert launcher["pdf"] == [out] and launcher["folder"] == [out]
    assert dialog.no_launcher.isHidden()
    assert message_service.shown[-1][0] == "save_file"  # no dialog on top of it
    # Back to the options for another one, offered in the same folder; Close closes.
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert not dialog.showing_saved
    dialog.generate()  # the file chooser is cancelled
    assert message_service.shown[-1][2].startswith(str(tmp_path))
    dialog.stack.setCurrentIndex(1)
    qtbot.mouseClick(dialog.done_close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == booklet_dialog.QDialog.DialogCode.Accepted


def test_without_a_launcher_the_path_is_given(qtbot, dialog, message_service, launcher,
                                              tmp_path):
    launcher["works"] = False
    out = tmp_path / "livret.pdf"
    build(qtbot, dialog, message_service, out)
    qtbot.mouseClick(dialog.open_pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.no_launcher.isVisibleTo(dialog) and str(out) in dialog.no_launcher.text()
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert str(tmp_path) in dialog.no_launcher.text()


def test_sessions_left_out_are_counted_and_included_in_one_click(dialog, journal):
    ids = journal.ids
    listed = [dialog.session_list.item(i).data(Qt.ItemDataRole.UserRole)
              for i in range(dialog.session_list.count())]
    assert listed == [ids["held"]]
    assert dialog.left_out_label.isVisibleTo(dialog)
    assert "Left out: 1 session" in dialog.left_out_label.text()
    assert not dialog.options().include_unheld

    dialog.include_button.click()
    listed = [dialog.session_list.item(i).data(Qt.ItemDataRole.UserRole)
              for i in range(dialog.session_list.count())]
    assert listed == [ids["held"], ids["planned"]]
    assert "Planned" in dialog.session_list.item(1).text()
    assert dialog.options().include_unheld
    assert "Included" in dialog.left_out_label.text()

    # Left out, the saved page says it again.
    dialog.include_button.click()
    dialog.show_saved(Path("/tmp/x.pdf"), 3)
    assert "Left out: 1 session" in dialog.saved_left_out.text()
    dialog.include_button.click()
    dialog.show_saved(Path("/tmp/x.pdf"), 3)
    assert dialog.saved_left_out.isHidden()
    dialog.show_options()

    # Out of the period: nothing to say.
    dialog.date_to.setDate(dialog.date_from.date())
    assert not dialog.left_out_label.isVisibleTo(dialog)
