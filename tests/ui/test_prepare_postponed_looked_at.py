"""Found by a fresh-eyes review (fresh4): in « Préparer », only looking at an action already « Reportée » and
then moving on postpones it again, to a date nobody chose, and records a follow-up.

``ReviewPanel.show_item`` pre-selects the action's own status; for « Reportée »,
``_status_changed`` fills « Nouvelle date » with ``_default_new_date()`` (the next planned
session after the due date, else 28 days later) — or keeps the previous action's date when
the row was already shown. That date differs from the due date, so ``pending_review``
sees a change, « Enregistrer le suivi » is enabled, and leaving the action saves it
(the « a chosen status is saved when you move on » rule).

Seen in a real window: « Confier le planning à S.B. » reportée au 21 décembre 2026 (1
suivi); Ctrl+R, a click on it, a click on the other action: it reads « échéance le 18
janvier 2027 · 2 suivis », history « 7 décembre 2026 · reportée au 18 janvier 2027 »
(/tmp/fresh4/shots/107.png). Then a click on « Lire… » (reportée au 28 décembre) and back:
« Lire » became « échéance le 18 janvier 2027 · 3 suivis », with the notice « Suivi de
« Lire « Le manager coach » » enregistré. » (/tmp/fresh4/shots/108.png, 109.png).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QAction

from carnet.domain import Action, ActionStatus
from carnet.ui.prepare.view import PrepareView


def _prepare(window) -> PrepareView:
    prepare = next(a for a in window.findChildren(QAction)
                   if a.shortcut().toString() == "Ctrl+R")
    prepare.trigger()
    view = window.workspace.stack.currentWidget()
    assert isinstance(view, PrepareView)
    return view


def test_looking_at_a_postponed_action_does_not_postpone_it_again(qtbot, unlocked):
    window = unlocked()
    store = window.store
    held = window.ids["held"]
    (first,) = store.actions.list_by_session(held)
    due = date.today() + timedelta(days=10)
    postponed = store.actions.add(Action(session_id=held, title="Confier le planning à S.B.",
                                         due_date=due, status=ActionStatus.POSTPONED))
    reviews_before = len(store.reviews.list_by_action(postponed.id))

    view = _prepare(window)
    assert view.select_action(postponed.id)
    assert view.review.item.action.id == postponed.id  # control: it is the one shown
    # Nothing chosen, nothing typed: nothing to save.
    assert not view.review.save_button.isEnabled(), (
        "« Enregistrer le suivi » is enabled on an action only looked at; « Nouvelle date » "
        f"reads {view.review.date_edit.date().toPython()}, the action is due {due}")
    assert view.select_action(first.id)  # moving on
    window.go_home()

    action = store.actions.get(postponed.id)
    assert action.due_date == due, f"looked at, left: now due {action.due_date}"
    assert len(store.reviews.list_by_action(postponed.id)) == reviews_before


def test_an_overdue_postponed_action_looked_at_keeps_its_date_and_a_new_one_is_saved(
        qtbot, unlocked):
    """Due in the past, its date cannot be shown (a new date is after today): looking at
    it changes nothing; a date the person picks is a postponement, saved on moving on."""
    window = unlocked()
    store = window.store
    held = window.ids["held"]
    (first,) = store.actions.list_by_session(held)
    due = date.today() - timedelta(days=3)
    late = store.actions.add(Action(session_id=held, title="Relancer Aurélie",
                                    due_date=due, status=ActionStatus.POSTPONED))
    view = _prepare(window)
    assert view.select_action(late.id)
    assert not view.review.save_button.isEnabled()
    assert view.select_action(first.id)
    assert store.actions.get(late.id).due_date == due
    assert store.reviews.list_by_action(late.id) == []

    assert view.select_action(late.id)
    chosen = date.today() + timedelta(days=20)
    from carnet.ui import formats

    view.review.date_edit.setDate(formats.qdate(chosen))  # the person picks a date
    assert view.review.save_button.isEnabled()  # the control: a change this time
    assert view.select_action(first.id)
    assert store.actions.get(late.id).due_date == chosen
