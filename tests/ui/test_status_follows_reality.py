"""A session's status follows what happened (issue 13, trap 1), in the real window.

Writing in a planned session whose day has come marks it held, visibly and
reversibly; a session written ahead stays planned; opening one changes nothing.
Home asks about past sessions still planned (one click each) and its "next
session" moves past a session of today that is written in.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from ui_helpers import type_text, unlock_through_ui

from carnet.domain import Cadence, Group, Role, Session, SessionStatus
from carnet.store import JournalStore
from carnet.ui.session_editor.step_section import TextBody

TODAY = date.today()


@pytest.fixture
def journal(journal_path, passphrase):
    """One codev group: a session a week ago, one today, one next month (all planned)."""
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codév du jeudi", template_id="codev",
                                       planned_sessions=3, cadence=Cadence(),
                                       start_date=TODAY - timedelta(days=7)))
        past, today, later = store.sessions.add_many([
            Session(group.id, 1, TODAY - timedelta(days=7), role=Role.CLIENT),
            Session(group.id, 2, TODAY, role=Role.CLIENT),
            Session(group.id, 3, TODAY + timedelta(days=30), role=Role.CONSULTANT),
        ])
        return journal_path, {"past": past.id, "today": today.id, "later": later.id}
    finally:
        store.close()


@pytest.fixture
def window(qtbot, make_window, journal, passphrase):
    path, ids = journal
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    window.ids = ids
    return window


def open_session(qtbot, window, session_id):
    window.workspace.show_session(session_id)
    editor = window.workspace.session_editor
    assert editor.current_session_id == session_id
    return editor


def first_step(editor) -> TextBody:
    return next(s.body for s in editor.sections.values() if isinstance(s.body, TextBody))


def write(qtbot, editor, text: str) -> None:
    step = first_step(editor)
    qtbot.mouseClick(step.editor.viewport(), Qt.MouseButton.LeftButton)
    type_text(qtbot, step.editor, text)


def stored_status(window, session_id) -> SessionStatus:
    return window.store.sessions.get(session_id).status


def test_writing_on_the_day_marks_the_session_held_visibly_and_reversibly(qtbot, window):
    ids = window.ids
    editor = open_session(qtbot, window, ids["today"])
    header = editor.header
    assert header.status.currentData() == SessionStatus.PLANNED.value

    write(qtbot, editor, "Mon exposé")
    assert header.status.currentData() == SessionStatus.HELD.value
    assert header.auto_note.isVisible()
    assert "held" in header.auto_note.label.text()
    editor.flush()
    assert stored_status(window, ids["today"]) is SessionStatus.HELD
    # The sidebar says so too.
    index = window.workspace.sidebar.model.index_of_session(ids["today"])
    assert "Held" in index.data(Qt.ItemDataRole.ToolTipRole)

    # One click puts it back; writing more does not change the person's choice again.
    qtbot.mouseClick(header.auto_note.undo, Qt.MouseButton.LeftButton)
    assert header.status.currentData() == SessionStatus.PLANNED.value
    assert header.auto_note.isHidden()
    write(qtbot, editor, " et la suite")
    editor.flush()
    assert header.status.currentData() == SessionStatus.PLANNED.value
    assert stored_status(window, ids["today"]) is SessionStatus.PLANNED


def test_a_status_chosen_by_hand_is_kept_and_the_switch_shows_all_three(qtbot, window):
    ids = window.ids
    editor = open_session(qtbot, window, ids["past"])
    switch = editor.header.status
    assert [b.text() for b in switch.buttons] == ["Planned", "Held", "Missed"]
    qtbot.mouseClick(switch.buttons[2], Qt.MouseButton.LeftButton)  # Missed
    write(qtbot, editor, "Ce que m'a raconté un collègue")
    editor.flush()
    assert switch.currentData() == SessionStatus.MISSED.value
    assert stored_status(window, ids["past"]) is SessionStatus.MISSED
    # From the keyboard: one Tab stop, arrows choose.
    switch.setFocus()
    qtbot.keyClick(switch, Qt.Key.Key_Left)
    editor.flush()
    assert stored_status(window, ids["past"]) is SessionStatus.HELD


def test_opening_or_writing_ahead_leaves_sessions_planned(qtbot, window):
    ids = window.ids
    open_session(qtbot, window, ids["past"])  # opened, nothing written (control)
    editor = open_session(qtbot, window, ids["later"])
    write(qtbot, editor, "Le cas que je prépare")
    editor.flush()
    assert editor.header.auto_note.isHidden()
    assert stored_status(window, ids["later"]) is SessionStatus.PLANNED
    assert stored_status(window, ids["past"]) is SessionStatus.PLANNED


def test_home_asks_about_past_sessions_and_moves_the_next_one_on(qtbot, window):
    ids = window.ids
    workspace = window.workspace
    home = workspace.home
    workspace.show_home()
    # Before anything is written: today's session is the next one.
    assert home._next.id == ids["today"]

    # Today's session written in (status untouched, as an old journal may hold it).
    window.store.notes.save(ids["today"], "expose", "Écrit pendant la séance")
    workspace.show_session(ids["later"])
    workspace.show_home()
    assert home._next.id == ids["later"]
    assert "Session 3/3" in home.next_title.text()

    # Last week's session is asked about.
    card = home.past_sessions
    assert card.isVisible()
    assert [row.session_id for row in card.rows] == [ids["past"]]

    # One click: it took place. Stored, the question gone, the sidebar told.
    (row,) = card.rows
    qtbot.mouseClick(row.held_button, Qt.MouseButton.LeftButton)
    assert stored_status(window, ids["past"]) is SessionStatus.HELD
    assert card.rows == [] and not card.card.isVisible()
    assert "marked held" in card.feedback.text()
    index = workspace.sidebar.model.index_of_session(ids["past"])
    assert "Held" in index.data(Qt.ItemDataRole.ToolTipRole)
    # The feedback's link opens the session to write about it.
    card._link(f"session:{ids['past']}")
    assert workspace.location() == ("session", ids["past"])


def test_i_was_not_there_marks_missed(qtbot, window):
    ids = window.ids
    window.workspace.show_home()
    (row,) = window.workspace.home.past_sessions.rows
    qtbot.mouseClick(row.missed_button, Qt.MouseButton.LeftButton)
    assert stored_status(window, ids["past"]) is SessionStatus.MISSED
    assert window.workspace.home.past_sessions.rows == []
