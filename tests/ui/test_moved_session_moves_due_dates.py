"""Moving the next meeting moves the actions due at it.

Found by a fresh-eyes review (fresh6), finding 8: the next meeting moved (the group
reschedules it), the actions whose due date was that meeting's — the default — kept the
old date: Home and Préparer called them « en retard » before the meeting had happened,
and the calendar's alarm and the « échéance » reminder went off on the old day. Now the
open actions decided before a planned meeting and due that day follow it when its date
changes (``planning.move_due_with_session``); an action given another date, or
closed, keeps its own. The reviewer's test is kept (control: the session moved).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt

from carnet.domain import Action, ActionStatus


def test_moving_the_next_session_moves_the_actions_due_then(qtbot, main_window):
    store = main_window.store
    ids = main_window.ids
    upcoming = store.sessions.get(ids["next"])
    # decided at the last session with the default due date: the next session's
    decided = store.actions.add(Action(session_id=ids["held"], title="Recadrer le planning",
                                       due_date=upcoming.date))
    other_day = store.actions.add(Action(session_id=ids["held"], title="Appeler R.",
                                         due_date=upcoming.date - timedelta(days=3)))
    done = store.actions.add(Action(session_id=ids["held"], title="Lire le livre",
                                    due_date=upcoming.date, status=ActionStatus.DONE))
    main_window.workspace.show_session(upcoming.id)
    editor = main_window.workspace.session_editor
    moved = upcoming.date + timedelta(days=14)  # the group meets two weeks later
    editor.header.date.setDate(QDate(moved.year, moved.month, moved.day))
    editor.flush()
    assert store.sessions.get(upcoming.id).date == moved  # control: the session moved
    due = store.actions.get(decided.id).due_date
    assert due == moved, f"the action is still due {due}, the meeting is on {moved}"
    assert store.actions.get(other_day.id).due_date == upcoming.date - timedelta(days=3)
    assert store.actions.get(done.id).due_date == upcoming.date  # closed: its date kept


def test_the_actions_that_moved_are_said_and_can_stay_on_their_day(qtbot, main_window):
    """The move was silent: now the page says how many actions followed the meeting, and
    « Keep … due on » puts them back on their day (an earlier review's leftover)."""
    store = main_window.store
    upcoming = store.sessions.get(main_window.ids["next"])
    decided = store.actions.add(Action(session_id=main_window.ids["held"],
                                       title="Recadrer le planning", due_date=upcoming.date))
    main_window.workspace.show_session(upcoming.id)
    editor = main_window.workspace.session_editor
    note = editor.header.moved_note
    moved = upcoming.date + timedelta(days=14)
    editor.header.date.setDate(QDate(moved.year, moved.month, moved.day))
    editor.flush()
    assert store.actions.get(decided.id).due_date == moved  # control: it followed
    assert note.isVisibleTo(editor), "the actions moved in silence"
    # the seeded journal's « Déléguer » was due that day too: two actions moved
    assert "2 open action" in note.label.text(), note.label.text()
    qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton)
    editor.flush()
    assert store.actions.get(decided.id).due_date == upcoming.date  # back on its day
    assert store.sessions.get(upcoming.id).date == moved  # the meeting stays moved
    assert "again" in note.label.text() and not note.button.isVisibleTo(editor)


def test_a_move_with_no_action_due_says_nothing(qtbot, main_window):
    store = main_window.store
    next_date = store.sessions.get(main_window.ids["next"]).date
    later = next(s for s in store.sessions.list_by_group(main_window.ids["group"])
                 if s.date > next_date)
    main_window.workspace.show_session(later.id)
    editor = main_window.workspace.session_editor
    moved = later.date + timedelta(days=7)
    editor.header.date.setDate(QDate(moved.year, moved.month, moved.day))
    editor.flush()
    assert store.sessions.get(later.id).date == moved  # control: it moved
    assert not editor.header.moved_note.isVisibleTo(editor)


def test_a_new_start_date_on_the_group_page_says_the_actions_that_followed(qtbot, main_window):
    """The group page's other path (a new start date or rhythm): the actions due at the
    moved planned sessions follow them, the page says so, « Keep … on the former date »
    puts them back."""
    store = main_window.store
    upcoming = store.sessions.get(main_window.ids["next"])
    decided = store.actions.add(Action(session_id=main_window.ids["held"],
                                       title="Recadrer le planning", due_date=upcoming.date))
    main_window.workspace.show_group(main_window.ids["group"])
    editor = main_window.workspace.group_editor
    start = store.groups.get(main_window.ids["group"]).start_date + timedelta(days=7)
    editor.start_edit.setDate(QDate(start.year, start.month, start.day))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    moved = store.sessions.get(upcoming.id).date
    assert moved != upcoming.date  # control: the meeting moved
    assert store.actions.get(decided.id).due_date == moved
    note = editor.moved_note
    assert note.isVisibleTo(editor) and "2 open action" in note.label.text(), note.label.text()
    qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton)
    assert store.actions.get(decided.id).due_date == upcoming.date
    assert "again" in note.label.text()
