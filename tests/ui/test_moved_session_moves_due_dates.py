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

from PySide6.QtCore import QDate

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
