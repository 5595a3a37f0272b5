"""A follow-up just saved in Préparer can be taken back.

Found by a fresh-eyes review (fresh6), finding 25 (no test written by the reviewer): a
follow-up saved on the wrong action, or with a slip (a real name, a typo), could never
be corrected or removed — the history is read-only, the action could be reopened but
the note and its « Faite » stayed, and the booklet printed them under the wrong action.
Now « Annuler » beside « Suivi enregistré » takes the follow-up just saved back: the
note deleted, the action's status, date and outcome as they were, the action listed
again. Control: without « Annuler », the follow-up is kept.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from ui_helpers import open_prepare, type_text

from carnet.domain import Action, ActionStatus, Cadence, Group, Role, Session, SessionStatus
from carnet.store import JournalStore

TODAY = date.today()
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def prepare(qtbot, make_window, journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
        first, _ = store.sessions.add_many([
            Session(group.id, 1, TODAY - timedelta(days=30), SessionStatus.HELD, Role.CLIENT),
            Session(group.id, 2, TODAY + timedelta(days=30), role=Role.CONSULTANT),
        ])
        ids = [store.actions.add(Action(session_id=first.id, title=title,
                                        due_date=TODAY + timedelta(days=30))).id
               for title in ("Déléguer le planning", "Dire non aux réunions")]
        group_id = group.id
    finally:
        store.close()
    window, view = open_prepare(qtbot, make_window, journal_path, passphrase, group_id)
    qtbot.waitUntil(lambda: view.review.item is not None)
    return window, view, ids


def _save_done(qtbot, view, note: str) -> int:
    review = view.review
    action_id = review.item.action.id
    qtbot.mouseClick(review.status_picker.buttons[ActionStatus.DONE], CLICK)
    review.note_edit.setFocus()
    type_text(qtbot, review.note_edit, note)
    review.outcome_edit.setFocus()
    type_text(qtbot, review.outcome_edit, "Deux heures de gagnées")
    qtbot.mouseClick(review.save_button, CLICK)
    return action_id


def test_annuler_takes_the_follow_up_just_saved_back(qtbot, prepare):
    window, view, _ids = prepare
    store = window.store
    action_id = _save_done(qtbot, view, "J'ai dit non trois fois, ça marche")
    assert store.actions.get(action_id).status is ActionStatus.DONE  # saved, closed
    assert view.undo_review_button.isVisible()
    qtbot.mouseClick(view.undo_review_button, CLICK)
    action = store.actions.get(action_id)
    assert (action.status, action.outcome) == (ActionStatus.TODO, "")
    assert action.due_date == TODAY + timedelta(days=30)
    assert store.reviews.list_by_action(action_id) == []
    assert view.model.index_of_action(action_id).isValid()  # listed again
    assert not view.undo_review_button.isVisible()


def test_control_without_annuler_the_follow_up_stays(qtbot, prepare):
    window, view, _ids = prepare
    store = window.store
    action_id = _save_done(qtbot, view, "Fait")
    assert view.undo_review_button.isVisible()
    view.select_group(view.group_id)  # moving on: the offer goes, the follow-up stays
    assert [r.note for r in store.reviews.list_by_action(action_id)] == ["Fait"]
    assert store.actions.get(action_id).status is ActionStatus.DONE
