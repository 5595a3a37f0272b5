"""Nothing typed is ever lost (issue 13, trap 2): the "new item" lines.

Text typed in a "new learning / action / topic" line, a member's or an
objective's cell, or Préparer's "new topic" line, and never added with the
button, survives quitting (Ctrl+Q), locking, switching session and a crash
(the autosave alone, without any flush). Driven through the real window.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import type_text, unlock_through_ui

from carnet.domain import Cadence, Group, Objective, Role, Session, SessionStatus
from carnet.store import JournalStore
from carnet.templates import StepKind

TODAY = date.today()
LEARNING = "Écouter avant de conseiller « vraiment » & <b>"
ACTION = "Déléguer le planning à L. 🌱"
TOPIC = "Le conflit dans l’équipe du soir"


@pytest.fixture
def journal(journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codév", template_id="codev", planned_sessions=3,
                                       cadence=Cadence(), start_date=TODAY - timedelta(days=30)))
        first, second = store.sessions.add_many([
            Session(group.id, 1, TODAY - timedelta(days=30), SessionStatus.HELD, Role.CLIENT),
            Session(group.id, 2, TODAY + timedelta(days=30), role=Role.CONSULTANT),
        ])
        store.objectives.add(Objective(group.id, "Mieux déléguer"))
        return journal_path, {"group": group.id, "first": first.id, "second": second.id}
    finally:
        store.close()


@pytest.fixture
def open_window(qtbot, make_window, journal, passphrase):
    path, ids = journal

    def start(settings=None):
        window = make_window(settings)
        window.install_extensions()
        window.show()
        qtbot.waitExposed(window)
        window.start(path)
        unlock_through_ui(qtbot, window, passphrase)
        window.ids = ids
        return window

    return start


def body(editor, kind: StepKind):
    return next(s.body for s in editor.sections.values() if s.step.kind == kind)


def type_new_items(qtbot, window):
    """Type into the three "new item" lines of session 1; press no button."""
    window.workspace.show_session(window.ids["first"])
    editor = window.workspace.session_editor
    lines = (body(editor, StepKind.LEARNINGS).list.add_edit,
             body(editor, StepKind.ACTIONS).list.add_edit, editor.topics.list.add_edit)
    for line, text in zip(lines, (LEARNING, ACTION, TOPIC), strict=True):
        line.setFocus()
        type_text(qtbot, line, text)
    return editor


def stored(store, ids):
    return ([x.text for x in store.learnings.list_by_session(ids["first"])],
            [x.title for x in store.actions.list_by_session(ids["first"])],
            [x.title for x in store.topics.list(group_id=ids["group"])])


def on_screen(editor):
    return ([r.text.text() for r in body(editor, StepKind.LEARNINGS).rows()],
            [r.title.text() for r in body(editor, StepKind.ACTIONS).rows()],
            [r.title.text() for r in editor.topics.rows()])


EXPECTED = ([LEARNING], [ACTION], [TOPIC])


def quit_with_ctrl_q(qtbot, window):
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.store is None, timeout=5000)


def test_quit_keeps_every_new_item_line(qtbot, open_window):
    window = open_window()
    type_new_items(qtbot, window)
    quit_with_ctrl_q(qtbot, window)

    from carnet.ui.settings import Settings

    again = open_window(Settings())
    again.workspace.show_session(again.ids["first"])
    editor = again.workspace.session_editor
    assert on_screen(editor) == EXPECTED
    assert stored(again.store, again.ids) == EXPECTED
    assert body(editor, StepKind.ACTIONS).rows()[0].due_date() == TODAY + timedelta(days=30)


def test_lock_keeps_every_new_item_line(qtbot, open_window, passphrase):
    window = open_window()
    type_new_items(qtbot, window)
    window.lock()
    unlock_through_ui(qtbot, window, passphrase)
    assert window.workspace.location() == ("session", window.ids["first"])
    assert on_screen(window.workspace.session_editor) == EXPECTED
    assert stored(window.store, window.ids) == EXPECTED


def test_switching_session_keeps_them_and_adding_afterwards_writes_once(qtbot, open_window):
    window = open_window()
    editor = type_new_items(qtbot, window)
    window.workspace.show_session(window.ids["second"])
    assert stored(window.store, window.ids) == EXPECTED
    window.workspace.show_session(window.ids["first"])
    assert on_screen(editor) == EXPECTED
    assert all(line.text() == "" for line in (
        body(editor, StepKind.LEARNINGS).list.add_edit, editor.topics.list.add_edit))

    # Control: a line saved while typing, then added with the button, is one item, not two.
    actions = body(editor, StepKind.ACTIONS)
    type_text(qtbot, actions.list.add_edit, "Une deuxième action")
    qtbot.waitUntil(lambda: len(window.store.actions.list_by_session(window.ids["first"])) == 2,
                    timeout=5000)
    qtbot.mouseClick(actions.list.add_button, Qt.MouseButton.LeftButton)
    editor.flush()
    titles = [a.title for a in window.store.actions.list_by_session(window.ids["first"])]
    assert titles == [ACTION, "Une deuxième action"]
    assert [r.title.text() for r in actions.rows()] == titles
    # Emptying the line takes back what it had saved.
    type_text(qtbot, actions.list.add_edit, "Finalement non")
    editor.flush()
    assert len(window.store.actions.list_by_session(window.ids["first"])) == 3
    actions.list.add_edit.clear()
    editor.flush()
    assert len(window.store.actions.list_by_session(window.ids["first"])) == 2


def test_a_crash_keeps_what_the_autosave_wrote(qtbot, open_window):
    """No flush at all: the debounced autosave alone commits the lines to the journal."""
    window = open_window()
    editor = type_new_items(qtbot, window)
    assert editor.autosaver.has_unsaved  # nothing flushed them
    qtbot.waitUntil(lambda: stored(window.store, window.ids) == EXPECTED, timeout=10_000)


def test_members_and_objectives_being_typed_are_kept(qtbot, open_window):
    window = open_window()
    workspace = window.workspace
    workspace.show_group(window.ids["group"])
    editor = workspace.group_editor
    qtbot.mouseClick(editor.add_member_button, Qt.MouseButton.LeftButton)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit) and editor.members_table.isAncestorOf(cell)
    type_text(qtbot, cell, "A.B.")
    qtbot.mouseClick(editor.add_objective_button, Qt.MouseButton.LeftButton)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit) and editor.objectives_list.isAncestorOf(cell)
    qtbot.keyClick(cell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, cell, "Oser dire non")
    quit_with_ctrl_q(qtbot, window)

    from carnet.ui.settings import Settings

    again = open_window(Settings())
    group_id = again.ids["group"]
    assert [m.pseudonym for m in again.store.members.list_by_group(group_id)] == ["A.B."]
    assert [o.title for o in again.store.objectives.list_by_group(group_id)] == [
        "Mieux déléguer", "Oser dire non"]


def test_prepare_new_topic_line_is_kept_on_lock(qtbot, open_window, passphrase):
    window = open_window()
    view = window.show_view("prepare")
    assert view is not None
    view.tabs.setCurrentIndex(1)
    panel = view.topics
    type_text(qtbot, panel.new_edit, TOPIC)
    window.lock()
    unlock_through_ui(qtbot, window, passphrase)
    assert [t.title for t in window.store.topics.list()] == [TOPIC]


def test_a_new_group_without_a_name_is_kept_on_lock(qtbot, open_window, passphrase):
    """Locking cannot ask for the name: the group is kept, under « Unnamed group »."""
    window = open_window()
    window.workspace.new_group()
    editor = window.workspace.group_editor
    type_text(qtbot, editor.facilitator_edit, "H. Martin")
    qtbot.mouseClick(editor.add_member_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, QApplication.focusWidget(), "C.D.")
    window.lock()
    unlock_through_ui(qtbot, window, passphrase)
    (group,) = [g for g in window.store.groups.list() if g.id != window.ids["group"]]
    assert (group.name, group.facilitator) == ("Unnamed group", "H. Martin")
    assert [m.pseudonym for m in window.store.members.list_by_group(group.id)] == ["C.D."]
