"""Every domain concept through a real encrypted file, read back in a new connection."""

from __future__ import annotations

from datetime import date

import pytest

from carnet.domain import (
    Action,
    ActionReview,
    Assessment,
    Cadence,
    Emotion,
    Feeling,
    Group,
    Learning,
    Member,
    Moment,
    Objective,
    Role,
    Session,
    SessionStatus,
    Topic,
    TopicStatus,
)
from carnet.store import JournalStore, NotFoundError, SearchFilters, StorageError

TRICKY = "L’équipe « très » tendue — œuvre 100 € <b>&amp;</b> ]]> 🙂 שלום \u202e"


def _populate(store: JournalStore) -> dict:
    group = store.groups.add(
        Group(
            name="Codev managers",
            template_id="codev",
            facilitator="H. R.",
            cadence=Cadence(2, "month"),
            planned_sessions=6,
            start_date=date(2026, 1, 12),
            place="Salle Delta",
            ground_rules="Confidentialité, bienveillance",
        )
    )
    member = store.members.add(
        Member(pseudonym="M.D.", masked_names=["Marc Dubois"], group_id=group.id)
    )
    objective = store.objectives.add(Objective(group_id=group.id, title="Mieux déléguer"))
    s1 = store.sessions.add(
        Session(
            group_id=group.id,
            number=1,
            date=date(2026, 1, 12),
            status="held",
            role=Role.CLIENT,
            themes=["délégation", "charge de travail"],
            title="Ouverture",
        )
    )
    s2 = store.sessions.add(Session(group_id=group.id, number=2, date=date(2026, 3, 12)))
    note = store.notes.save(s1.id, "expose", TRICKY)
    learning = store.learnings.add(
        Learning(session_id=s1.id, text="Faire confiance", starred=True, tags=["délégation"])
    )
    feeling = store.feelings.add(
        Feeling(
            session_id=s1.id,
            moment=Moment.AFTER,
            emotion=Emotion.RELIEF,
            intensity=4,
            text="Allégé",
        )
    )
    keyword = store.keywords.set(s1.id, "Confiance")
    action = store.actions.add(
        Action(
            session_id=s1.id, title="Déléguer le planning", due_date=s2.date, tags=["délégation"]
        )
    )
    review = store.reviews.add(
        ActionReview(action_id=action.id, date=date(2026, 2, 1), note="Premier essai")
    )
    assessment = store.assessments.set(
        Assessment(objective_id=objective.id, session_id=s1.id, rating=2, comment="Début")
    )
    topic = store.topics.add(
        Topic(title="Conflit au planning", group_id=group.id, draft="Exposé…", priority=1)
    )
    return dict(
        group=group,
        member=member,
        objective=objective,
        s1=s1,
        s2=s2,
        note=note,
        learning=learning,
        feeling=feeling,
        keyword=keyword,
        action=action,
        review=review,
        assessment=assessment,
        topic=topic,
    )


def test_every_concept_survives_a_reopen(store, journal_path, passphrase):
    made = _populate(store)
    store.close()
    again = JournalStore.open(journal_path, passphrase)
    try:
        assert again.groups.get(made["group"].id) == made["group"]
        assert again.members.list_by_group(made["group"].id) == [made["member"]]
        assert again.objectives.list_by_group(made["group"].id) == [made["objective"]]
        assert again.sessions.list_by_group(made["group"].id) == [made["s1"], made["s2"]]
        note = again.notes.get(made["s1"].id, "expose")
        assert note.text == TRICKY and note.id == made["note"].id
        assert again.learnings.list_by_session(made["s1"].id) == [made["learning"]]
        assert again.feelings.list_by_session(made["s1"].id) == [made["feeling"]]
        assert again.keywords.get(made["s1"].id) == made["keyword"]
        action = again.actions.get(made["action"].id)
        assert action == made["action"]
        assert again.reviews.list_by_action(action.id) == [made["review"]]
        assert again.assessments.list_by_session(made["s1"].id) == [made["assessment"]]
        assert again.topics.list(group_id=made["group"].id) == [made["topic"]]
        assert again.journal().owner_name == "Camille Martin"
    finally:
        again.close()


def test_updates_and_deletes(store):
    made = _populate(store)
    group = made["group"]
    group.name = "Codev — saison 2"
    store.groups.update(group)
    assert store.groups.get(group.id).name == "Codev — saison 2"

    learning = made["learning"]
    learning.starred = False
    learning.tags = ["conflit"]
    store.learnings.update(learning)
    assert store.learnings.get(learning.id).tags == ["conflit"]

    store.keywords.set(made["s1"].id, "Élan")
    assert store.keywords.get(made["s1"].id).word == "Élan"
    store.keywords.set(made["s1"].id, "")
    assert store.keywords.get(made["s1"].id) is None

    store.assessments.set(
        Assessment(objective_id=made["objective"].id, session_id=made["s1"].id, rating=4)
    )
    assert [a.rating for a in store.assessments.list_by_group(group.id)] == [4]

    store.learnings.delete(learning.id)
    with pytest.raises(NotFoundError):
        store.learnings.get(learning.id)
    assert all(t.tag != "conflit" for t in store.tags.all())

    # deleting a session cascades to its notes, actions, reviews, ratings
    store.sessions.delete(made["s1"].id)
    assert store.actions.list_by_group(group.id) == []
    assert store.notes.list_by_session(made["s1"].id) == {}
    assert store.search("Déléguer", SearchFilters(kinds=("action", "note"))) == []
    # the topic stays in the backlog
    assert store.topics.get(made["topic"].id).group_id == group.id

    store.groups.delete(group.id)
    assert store.groups.list() == []
    assert store.topics.get(made["topic"].id).group_id is None


def test_lists_by_group_session_and_status(store):
    made = _populate(store)
    gid = made["group"].id
    assert [s.id for s in store.sessions.list(status=SessionStatus.HELD)] == [made["s1"].id]
    assert store.sessions.next_planned(date(2026, 2, 1), gid).id == made["s2"].id
    assert [a.id for a in store.actions.list(group_id=gid, open_only=True)] == [made["action"].id]
    assert store.actions.list(status="done") == []
    assert [a.id for a in store.actions.list(due_by=date(2026, 3, 31))] == [made["action"].id]
    assert store.topics.list(status=TopicStatus.SCHEDULED) == []
    assert {t.tag for t in store.tags.all()} >= {"délégation", "charge de travail"}
    kinds = {item.kind for item in store.tags.items("DÉLÉGATION".lower())}
    assert kinds == {"session", "learning", "action"}


def test_review_records_history_and_updates_the_action(store):
    made = _populate(store)
    action = store.actions.review(
        ActionReview(
            action_id=made["action"].id,
            date=date(2026, 2, 20),
            note="Reporté",
            status="postponed",
            new_due_date=date(2026, 5, 12),
        )
    )
    assert action.due_date == date(2026, 5, 12)
    store.actions.review(
        ActionReview(action_id=action.id, date=date(2026, 5, 12), note="Fait !", status="done"),
        outcome="L'équipe a pris le relais",
    )
    final = store.actions.get(action.id)
    assert final.status.value == "done" and final.outcome == "L'équipe a pris le relais"
    notes = [r.note for r in store.reviews.list_by_action(action.id)]
    assert notes == ["Premier essai", "Reporté", "Fait !"]


def test_a_failed_write_leaves_nothing_behind(store):
    made = _populate(store)
    with pytest.raises(StorageError), store.transaction() as conn:
        store.notes.save(made["s1"].id, "clarification", "à moitié")
        conn.execute(
            "INSERT INTO sessions(group_id, number, date, status, role) "
            "VALUES (999, 1, '2026-01-01', 'held', 'client')"
        )
    assert store.notes.get(made["s1"].id, "clarification") is None


def test_journal_settings_travel_with_the_data(store, journal_path, passphrase):
    store.set_setting("booklet.paper", "a4")
    store.set_owner_name("Camille M.")
    store.close()
    again = JournalStore.open(journal_path, passphrase)
    assert again.journal().settings == {"booklet.paper": "a4"}
    assert again.journal().owner_name == "Camille M."
    again.close()
