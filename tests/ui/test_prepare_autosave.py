"""Préparer autosaves what is typed, like the session editor (issue 13, after-notes).

The review note of an action and the « new topic » line used to reach the journal
only when the person left the view, locked or quit: a crash (kill -9) while
typing lost them. Now each is written after the debounce, without leaving the
view — so a crash loses at most the last interval — and the final « Save » /
« Add » writes it once, not twice. Driven through the real window.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from ui_helpers import type_text, unlock_through_ui

from carnet.domain import Action, ActionStatus, Cadence, Group, Role, Session, SessionStatus
from carnet.store import JournalStore

TODAY = date.today()
NOTE = "Appelé R.A. « jeudi » & <b>ok</b> ]]> 🙂 تم"
TOPIC = "Le conflit dans l’équipe du soir"


@pytest.fixture
def journal(journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
        first, _second = store.sessions.add_many([
            Session(group.id, 1, TODAY - timedelta(days=30), SessionStatus.HELD, Role.CLIENT),
            Session(group.id, 2, TODAY + timedelta(days=30), role=Role.CONSULTANT),
        ])
        action = store.actions.add(Action(session_id=first.id, title="Déléguer le planning"))
        return journal_path, {"group": group.id, "action": action.id}
    finally:
        store.close()


@pytest.fixture
def prepare(qtbot, make_window, journal, passphrase):
    path, ids = journal
    window = make_window()
    window.install_extensions()
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    view = window.show_view("prepare")
    view.select_group(ids["group"])
    window.ids = ids
    return window, view


def select_action(qtbot, view, action_id):
    index = view.model.index_of_action(action_id)
    assert index.isValid()
    view.tree.scrollTo(index)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.tree.visualRect(index).center())
    qtbot.waitUntil(lambda: view.review.item is not None
                    and view.review.item.action.id == action_id)


def notes(store, action_id):
    return [(r.note, r.status) for r in store.reviews.list_by_action(action_id)]


def test_the_review_note_is_written_after_the_debounce_without_leaving(qtbot, prepare):
    window, view = prepare
    action_id = window.ids["action"]
    select_action(qtbot, view, action_id)
    view.review.note_edit.setFocus()
    type_text(qtbot, view.review.note_edit, NOTE)
    # Nothing left, locked or flushed: the autosave alone writes it.
    assert view.review.has_pending_review()
    qtbot.waitUntil(lambda: notes(window.store, action_id) == [(NOTE, None)], timeout=10_000)
    assert view.review.note_edit.toPlainText() == NOTE  # still being written

    type_text(qtbot, view.review.note_edit, " !")
    qtbot.waitUntil(lambda: notes(window.store, action_id) == [(NOTE + " !", None)],
                    timeout=10_000)

    # « Save » with a status: one review, not the draft and the review.
    qtbot.mouseClick(view.review.status_picker.buttons[ActionStatus.IN_PROGRESS],
                     Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.reloaded):
        qtbot.mouseClick(view.review.save_button, Qt.MouseButton.LeftButton)
    assert notes(window.store, action_id) == [(NOTE + " !", ActionStatus.IN_PROGRESS)]
    assert window.store.actions.get(action_id).status is ActionStatus.IN_PROGRESS

    # Emptying the note before saving removes the draft: nothing half-written remains.
    select_action(qtbot, view, action_id)
    view.review.note_edit.setFocus()
    type_text(qtbot, view.review.note_edit, "brouillon")
    qtbot.waitUntil(lambda: len(notes(window.store, action_id)) == 2, timeout=10_000)
    view.review.note_edit.clear()
    qtbot.waitUntil(lambda: len(notes(window.store, action_id)) == 1, timeout=10_000)


def test_leaving_after_the_autosave_writes_the_note_once(qtbot, prepare):
    window, view = prepare
    action_id = window.ids["action"]
    select_action(qtbot, view, action_id)
    view.review.note_edit.setFocus()
    type_text(qtbot, view.review.note_edit, NOTE)
    qtbot.waitUntil(lambda: notes(window.store, action_id) == [(NOTE, None)], timeout=10_000)
    window.go_home()  # leaving flushes: the same note, not a second copy
    assert not view.isVisible()
    assert notes(window.store, action_id) == [(NOTE, None)]


def test_the_new_topic_line_is_written_after_the_debounce(qtbot, prepare):
    window, view = prepare
    view.tabs.setCurrentIndex(1)
    panel = view.topics
    panel.new_edit.setFocus()
    type_text(qtbot, panel.new_edit, TOPIC)
    qtbot.waitUntil(lambda: [t.title for t in window.store.topics.list()] == [TOPIC],
                    timeout=10_000)
    assert panel.new_edit.text() == TOPIC  # still in the line, not added yet
    type_text(qtbot, panel.new_edit, " (2)")
    qtbot.waitUntil(lambda: [t.title for t in window.store.topics.list()] == [TOPIC + " (2)"],
                    timeout=10_000)
    # « Add » adopts what the line saved: one topic, shown in the backlog.
    qtbot.keyClick(panel.new_edit, Qt.Key.Key_Return)
    assert [t.title for t in window.store.topics.list()] == [TOPIC + " (2)"]
    assert panel.new_edit.text() == "" and panel.topic.title == TOPIC + " (2)"
    # Control: a line typed then emptied leaves nothing behind.
    type_text(qtbot, panel.new_edit, "x")
    qtbot.waitUntil(lambda: len(window.store.topics.list()) == 2, timeout=10_000)
    panel.new_edit.clear()
    qtbot.waitUntil(lambda: len(window.store.topics.list()) == 1, timeout=10_000)


def test_an_outcome_typed_without_a_note_is_kept_on_leaving(qtbot, prepare):
    """Marked done, the outcome written, no note: leaving the view used to drop it."""
    window, view = prepare
    action_id = window.ids["action"]
    select_action(qtbot, view, action_id)
    qtbot.mouseClick(view.review.status_picker.buttons[ActionStatus.DONE],
                     Qt.MouseButton.LeftButton)
    view.review.outcome_edit.setFocus()
    type_text(qtbot, view.review.outcome_edit, "J’ose déléguer 🙂")
    window.go_home()
    assert not view.isVisible()
    action = window.store.actions.get(action_id)
    assert (action.status, action.outcome) == (ActionStatus.DONE, "J’ose déléguer 🙂")
