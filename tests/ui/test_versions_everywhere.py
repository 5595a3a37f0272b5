"""Every place of the window that shows a long text a sync kept in two versions shows
it as the session page does (carnet/ui/versions.py): the other version under « — Other
version · 7 Dec 2026, 16:21 — », never the stored « **Version de l'autre appareil**
(other device's version) · 2026-12-07T15:21Z » — and a field that edits it gives the
stored line back, so both versions stay versions (fresh7's F17, the part left after
7355c55: Préparer's outcome, follow-up and draft, the group's ground rules, the check-in).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from ui_helpers import type_text

from carnet.domain import ActionReview, ActionStatus, Feeling
from carnet.domain.sync import OtherVersion, join_versions, split_versions
from carnet.ui.models.preparation import Roles

WHEN = datetime(2026, 12, 7, 15, 21, tzinfo=UTC)


def two(main: str, other: str) -> str:
    return join_versions(main, [OtherVersion(WHEN, other)])


def in_words(shown: str) -> None:
    """What the person sees: both versions, the heading in words."""
    assert "maison" in shown and "travail" in shown, shown  # control: both there
    assert "other device" not in shown and "**" not in shown, shown
    assert "Other version" in shown and "2026-12-07T" not in shown, shown


def test_an_action_in_prepare_shows_its_outcome_details_and_follow_up_in_words(
        qtbot, unlocked):
    window = unlocked()
    store = window.store
    action = next(a for a in store.actions.list() if a.title.startswith("Déléguer"))
    stored = two("Résultat écrit à la maison", "Résultat écrit au travail")
    store.actions.update(dataclasses.replace(
        action, outcome=stored, details=two("Détails maison", "Détails travail")))
    store.reviews.add(ActionReview(action_id=action.id, date=date.today() - timedelta(days=2),
                                   note=two("Suivi maison", "Suivi travail")))
    view = window.show_view("prepare")
    assert view.select_action(action.id)
    from carnet.ui.prepare.review import ReviewPanel

    panel = view.findChild(ReviewPanel)
    qtbot.waitUntil(lambda: "maison" in panel.outcome_edit.toPlainText(), timeout=5000)
    in_words(panel.outcome_edit.toPlainText())
    in_words(panel.details_label.text())
    in_words(panel.history.text())
    assert panel.outcome_edit.text() == stored  # given back as stored…
    assert panel.pending_review() is None  # …so the form has nothing new to save
    # the list's snippet and tooltip of the follow-up
    index = view.model.index_of_action(action.id)
    assert "Suivi maison" in index.data(Qt.ItemDataRole.ToolTipRole)
    in_words(index.data(Roles.NOTE) + " travail")
    assert "other device" not in index.data(Qt.ItemDataRole.ToolTipRole)
    # an edit keeps the two versions
    panel.outcome_edit.setFocus()
    panel.outcome_edit.moveCursor(panel.outcome_edit.textCursor().MoveOperation.Start)
    type_text(qtbot, panel.outcome_edit, "Oui. ")
    panel.status_picker.set_status(ActionStatus.DONE)
    assert panel.save()
    main, versions = split_versions(store.actions.get(action.id).outcome)
    assert main.startswith("Oui. Résultat écrit à la maison") and len(versions) == 1, main
    assert versions[0].text.strip() == "Résultat écrit au travail"


def test_a_topic_draft_in_prepare_is_shown_in_words_and_kept_in_two_versions(
        qtbot, unlocked):
    window = unlocked()
    store = window.store
    topic = store.topics.list()[0]
    stored = two("Brouillon maison", "Brouillon travail")
    store.topics.update(dataclasses.replace(topic, draft=stored))
    view = window.show_view("prepare")
    panel = view.topics
    assert panel.select_topic(topic.id)
    in_words(panel.draft_edit.toPlainText())
    in_words(panel.model.index(panel.model.row_of(topic.id), 0).data(Roles.NOTE))
    assert panel.draft_edit.text() == stored
    panel.draft_edit.setFocus()
    panel.draft_edit.moveCursor(panel.draft_edit.textCursor().MoveOperation.Start)
    type_text(qtbot, panel.draft_edit, "Oui. ")
    assert panel.flush()
    main, versions = split_versions(store.topics.get(topic.id).draft)
    assert main.startswith("Oui. Brouillon maison") and len(versions) == 1, main


def test_the_ground_rules_are_shown_in_words_and_a_save_keeps_their_versions(
        qtbot, unlocked):
    window = unlocked()
    store, group_id = window.store, window.ids["group"]
    stored = two("Confidentialité à la maison", "Confidentialité au travail")
    store.groups.update(dataclasses.replace(store.groups.get(group_id), ground_rules=stored))
    window.workspace.show_group(group_id)
    editor = window.workspace.group_editor
    in_words(editor.rules_edit.toPlainText())
    assert editor.rules_edit.text() == stored
    assert not editor.save_button.isEnabled()  # shown in words is no change
    editor.place_edit.setFocus()
    type_text(qtbot, editor.place_edit, " B")
    editor.save()
    assert store.groups.get(group_id).ground_rules == stored


def test_the_check_in_shows_what_i_tried_and_what_it_gave_in_words(qtbot, store):
    from carnet.domain import Action, Cadence, Emotion, Group, Moment, Session, Topic
    from carnet.ui.check_in import CheckInView

    today = date(2026, 12, 6)
    group = store.groups.add(Group(name="Codev", template_id="codev",
                                   cadence=Cadence(1, "month"), planned_sessions=6))
    held = store.sessions.add(Session(group_id=group.id, number=1,
                                      date=today - timedelta(days=20), status="held"))
    store.sessions.add(Session(group_id=group.id, number=2, date=today + timedelta(days=1)))
    action = store.actions.add(Action(session_id=held.id, title="Déléguer",
                                      outcome=two("Gain maison", "Gain travail")))
    store.reviews.add(ActionReview(action_id=action.id, date=today,
                                   note=two("Essai maison", "Essai travail")))
    store.feelings.add(Feeling(session_id=held.id, moment=Moment.AFTER, emotion=Emotion.JOY,
                               intensity=4, text=two("Soulagé maison", "Soulagé travail")))
    store.topics.add(Topic(title="Mon cas", group_id=group.id,
                           draft=two("Cas maison", "Cas travail")))
    view = CheckInView(store, lang="en", today=lambda: today)
    qtbot.addWidget(view)
    view.show_for()
    in_words(view.rows[0].tried.text())
    in_words(view.rows[0].happened.text())
    in_words(view.feeling.text())
    in_words(view.topic_draft.text())
