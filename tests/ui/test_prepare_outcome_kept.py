"""Préparer keeps an outcome typed before the status changed, and shows its field.

Found by a fresh-eyes review (fresh6), finding 15: choosing « Faite » (or
« Abandonnée ») showed the field « Résultat : ce que j'en retiens » below the bottom of
the review pane, out of sight, on a 1280×900 screen: nothing scrolled to it, and the
booklet's « Résultat » stayed empty. Now the pane brings it into view (the reviewer's
test, below, kept with its controls: the field is shown; the note is in view).

Found by a fresh-eyes review (fresh6), finding 23: « Faite » shows « Résultat : ce que
j'en retiens »; the person writes the outcome, then thinks better of it — not quite
done — and picks « En cours »: the outcome field disappeared, and « Enregistrer le
suivi » saved the note without it: the words were in no field and nowhere in the
journal. Now a field holding words stays in sight whatever the status, and what it
shows is saved as the action's outcome. The reviewer's test is kept (control: the
review is saved, « en cours »).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from ui_helpers import open_prepare, type_text, unlock_through_ui

from carnet.domain import Action, ActionStatus, Cadence, Group, Role, Session, SessionStatus
from carnet.store import JournalStore

TODAY = date.today()
OUTCOME = "Je délègue le planning du lundi, plus celui du vendredi."


def test_an_outcome_typed_then_hidden_by_a_status_change_is_kept(qtbot, make_window,
                                                                 journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
        first, _ = store.sessions.add_many([
            Session(group.id, 1, TODAY - timedelta(days=30), SessionStatus.HELD, Role.CLIENT),
            Session(group.id, 2, TODAY + timedelta(days=30), role=Role.CONSULTANT),
        ])
        action = store.actions.add(Action(session_id=first.id, title="Déléguer le planning"))
        group_id, action_id = group.id, action.id
    finally:
        store.close()
    window, view = open_prepare(qtbot, make_window, journal_path, passphrase, group_id)
    qtbot.waitUntil(lambda: view.review.item is not None)
    review = view.review
    click = Qt.MouseButton.LeftButton
    qtbot.mouseClick(review.status_picker.buttons[ActionStatus.DONE], click)
    qtbot.waitUntil(review.outcome_edit.isVisible)
    review.outcome_edit.setFocus()
    type_text(qtbot, review.outcome_edit, OUTCOME)
    qtbot.mouseClick(review.status_picker.buttons[ActionStatus.IN_PROGRESS], click)
    review.note_edit.setFocus()
    type_text(qtbot, review.note_edit, "Pas tout à fait fini")
    qtbot.mouseClick(review.save_button, click)
    saved = window.store.actions.get(action_id)
    assert saved.status is ActionStatus.IN_PROGRESS  # control: the review was saved
    notes = [r.note for r in window.store.reviews.list_by_action(action_id)]
    on_screen = review.outcome_edit.toPlainText()
    assert OUTCOME in (saved.outcome + " ".join(notes) + on_screen), (
        f"outcome {saved.outcome!r}, notes {notes}, field {on_screen!r}")
    assert saved.outcome == OUTCOME  # saved where the booklet and the check-in read it


def test_choosing_done_brings_the_outcome_field_into_view(qtbot, make_window, journal_path,
                                                         passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
        first, _ = store.sessions.add_many([
            Session(group.id, 1, TODAY - timedelta(days=30), SessionStatus.HELD, Role.CLIENT),
            Session(group.id, 2, TODAY + timedelta(days=30), role=Role.CONSULTANT),
        ])
        store.actions.add(Action(session_id=first.id, title="Déléguer le planning",
                                 details="1. parler\n2. écrire\n3. suivre"))
        group_id = group.id
    finally:
        store.close()
    window = make_window()
    window.install_extensions()
    window.show()
    window.resize(1240, 820)  # the window on a 1280×900 screen, as seen
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    view = window.show_view("prepare")
    view.select_group(group_id)
    qtbot.waitUntil(lambda: view.review.item is not None)
    review = view.review
    qtbot.mouseClick(review.status_picker.buttons[ActionStatus.DONE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(review.outcome_edit.isVisible)  # control: the field is shown…
    qtbot.wait(200)
    assert not review.note_edit.visibleRegion().isEmpty()  # control: the note is in view
    assert not review.outcome_edit.visibleRegion().isEmpty(), (
        "« Résultat : ce que j'en retiens » is below the bottom of the pane, out of sight")
