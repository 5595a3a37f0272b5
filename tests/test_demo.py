"""The demo journal: the hand-written sample newcomers see, and generated ones."""

from __future__ import annotations

import time
from datetime import date, timedelta
from itertools import pairwise

import pytest

from carnet.demo import CYCLE_STEP_PREFIX, build_demo
from carnet.demo.text import CODEV_GROUP, RPM_GROUP
from carnet.domain import ActionStatus, Role, SessionStatus, TopicStatus
from carnet.store import JournalStore
from carnet.templates import load_templates

TABLES = (
    "groups", "members", "objectives", "sessions", "step_notes", "learnings", "feelings",
    "keywords", "actions", "action_reviews", "assessments", "topics", "tags",
)  # fmt: skip


def counts(store: JournalStore) -> dict[str, int]:
    return {t: store.db.query_one(f"SELECT count(*) FROM {t}")[0] for t in TABLES}


@pytest.fixture
def demo(store):
    build_demo(store)
    return store


def groups_by_template(store):
    return {g.template_id: g for g in store.groups.list()}


def test_two_groups_and_owner(demo):
    groups = groups_by_template(demo)
    assert set(groups) == {"codev", "rpm"}
    assert demo.journal().owner_name == "Camille Martin"
    assert groups["codev"].facilitator == "Hélène R."
    assert "Confidentialité" in groups["codev"].ground_rules


def test_codev_cycle_is_fully_held_with_one_client_session(demo):
    codev = groups_by_template(demo)["codev"]
    sessions = demo.sessions.list_by_group(codev.id)
    assert len(sessions) == 6
    assert all(s.status is SessionStatus.HELD for s in sessions)
    assert [s.role for s in sessions].count(Role.CLIENT) == 1
    client = next(s for s in sessions if s.role is Role.CLIENT)
    assert "délég" in client.title
    assert all(s.role is Role.CONSULTANT for s in sessions if s is not client)
    last = sessions[-1].date
    assert timedelta(days=14) <= date.today() - last <= timedelta(days=28)
    members = demo.members.list_by_group(codev.id)
    assert 6 <= len(members) <= 7
    assert any("Marc Dubois" in m.masked_names for m in members)
    assert 3 <= len(demo.objectives.list_by_group(codev.id)) <= 4


def test_rpm_has_held_and_planned_sessions(demo):
    rpm = groups_by_template(demo)["rpm"]
    sessions = demo.sessions.list_by_group(rpm.id)
    assert len(sessions) == 10 == rpm.planned_sessions
    held = [s for s in sessions if s.status is SessionStatus.HELD]
    planned = [s for s in sessions if s.status is SessionStatus.PLANNED]
    assert (len(held), len(planned)) == (6, 4)
    today = date.today()
    assert all(s.date < today for s in held)
    assert all(s.date >= today for s in planned)
    upcoming = demo.sessions.next_planned(today)
    assert upcoming is not None and 0 <= (upcoming.date - today).days <= 7
    assert [s.number for s in sessions] == list(range(1, 11))


def test_held_sessions_have_the_harvest(demo):
    for group in demo.groups.list():
        for session in demo.sessions.list_by_group(group.id):
            if session.status is not SessionStatus.HELD:
                assert not demo.notes.list_by_session(session.id)
                continue
            assert session.themes
            assert demo.notes.list_by_session(session.id)
            assert 1 <= len(demo.learnings.list_by_session(session.id)) <= 3
            moments = {f.moment.value for f in demo.feelings.list_by_session(session.id)}
            assert moments == {"before", "after"}
            assert demo.keywords.get(session.id) is not None
            assert 1 <= len(demo.actions.list_by_session(session.id)) <= 2


def test_every_action_status_and_reviews(demo):
    actions = demo.actions.list()
    assert {a.status for a in actions} == set(ActionStatus)
    reviews = demo.reviews.list_for_actions([a.id for a in actions])
    assert sum(len(r) for r in reviews.values()) >= 8
    assert any(len(r) >= 2 for r in reviews.values())
    for action in actions:
        history = reviews[action.id]
        assert all(r.date <= date.today() for r in history)
        assert [r.date for r in history] == sorted(r.date for r in history)
        if action.status in (ActionStatus.DONE, ActionStatus.DROPPED):
            assert action.outcome and history
        if action.status is ActionStatus.POSTPONED:
            assert action.due_date > date.today()


def test_actions_are_due_at_the_next_session(demo):
    for group in demo.groups.list():
        sessions = demo.sessions.list_by_group(group.id)
        for before, after in pairwise(sessions):
            for action in demo.actions.list_by_session(before.id):
                if action.status is not ActionStatus.POSTPONED:
                    assert action.due_date == after.date


def test_assessments_show_progress(demo):
    for group in demo.groups.list():
        ratings = demo.assessments.list_by_group(group.id)
        assert len({r.session_id for r in ratings}) >= 3
        for objective in demo.objectives.list_by_group(group.id):
            series = [r.rating for r in ratings if r.objective_id == objective.id]
            assert series[-1] > series[0]


def test_starred_learnings_and_theme_tags(demo):
    starred = [
        learning
        for group in demo.groups.list()
        for learning in demo.learnings.list_by_group(group.id, starred_only=True)
    ]
    assert len(starred) >= 6
    tags = {t.tag for t in demo.tags.all()}
    assert {"délégation", "conflit entre agents", "charge de travail"} <= tags
    assert "positionnement vis-à-vis de la hiérarchie" in tags


def test_topics_backlog_with_one_scheduled_for_the_next_rpm(demo):
    topics = demo.topics.list()
    backlog = [t for t in topics if t.status is TopicStatus.OPEN]
    assert 3 <= len(backlog) <= 4
    scheduled = [t for t in topics if t.status is TopicStatus.SCHEDULED]
    assert len(scheduled) == 1
    upcoming = demo.sessions.next_planned(date.today())
    assert scheduled[0].session_id == upcoming.id


def test_step_ids_exist_in_the_templates(demo):
    templates = load_templates(user_dir=None)
    for group in demo.groups.list():
        template = templates.get(group.template_id)
        known = {step.id for step in template.steps}
        for session in demo.sessions.list_by_group(group.id):
            for step_id in demo.notes.list_by_session(session.id):
                assert step_id in known or step_id.startswith(CYCLE_STEP_PREFIX), step_id


def test_hand_written_notes_cover_every_text_step():
    """The sample text itself, so a renamed template step cannot silently empty the demo."""
    templates = load_templates(user_dir=None)
    for spec in (CODEV_GROUP, RPM_GROUP):
        text_steps = {s.id for s in templates.get(spec.template_id).steps if s.kind == "text"}
        for session in spec.sessions:
            written = {k for k in session.notes if not k.startswith(CYCLE_STEP_PREFIX)}
            assert written == text_steps, spec.name


def test_end_of_cycle_review_and_masked_names(demo):
    codev = groups_by_template(demo)["codev"]
    last = demo.sessions.list_by_group(codev.id)[-1]
    notes = demo.notes.list_by_session(last.id)
    assert {"cycle.changes", "cycle.self", "cycle.carry_on"} <= set(notes)
    assert demo.search("Marc Dubois")
    body = " ".join(n.text for n in notes.values())
    assert "**" in body or "- " in body


def test_reopen_gives_the_same_counts(store, journal_path, passphrase):
    build_demo(store)
    before = counts(store)
    store.close()
    reopened = JournalStore.open(journal_path, passphrase)
    try:
        assert counts(reopened) == before
        assert reopened.integrity_problems() == []
        assert reopened.search("délégation")
    finally:
        reopened.close()


def test_refuses_a_journal_that_is_not_empty(demo):
    with pytest.raises(ValueError, match="empty"):
        build_demo(demo)


def test_dates_follow_today(store):
    today = date(2021, 1, 31)
    build_demo(store, today=today)
    upcoming = store.sessions.next_planned(today)
    assert 0 < (upcoming.date - today).days <= 7
    assert max(s.date for s in store.sessions.list() if s.status is SessionStatus.HELD) < today


def test_generated_journal_is_fast_and_searchable(store):
    start = time.perf_counter()
    build_demo(store, sessions=200, seed=7)
    elapsed = time.perf_counter() - start
    assert elapsed < 10, elapsed
    sessions = store.sessions.list()
    assert len(sessions) == 200
    assert len(store.groups.list()) == 20
    assert len({g.template_id for g in store.groups.list()}) == 5
    held = [s for s in sessions if s.status is SessionStatus.HELD]
    assert len(held) > 150
    today = date.today()
    assert min(s.date for s in sessions) < today - timedelta(days=300)
    hits = store.search("délégation", limit=1000)
    assert hits
    hit_sessions = {h.session_id for h in hits}
    assert 0.05 < len(hit_sessions) / len(held) < 0.9
    sizes = store.db.query("SELECT sum(length(text)) FROM step_notes GROUP BY session_id")
    assert len(sizes) == len(held)
    assert all(800 <= size <= 3000 for (size,) in sizes)
    assert {a.status for a in store.actions.list()} == set(ActionStatus)


def test_generated_journal_is_deterministic(tmp_path, passphrase):
    def snapshot(name: str):
        journal = JournalStore.create(tmp_path / name, passphrase)
        try:
            build_demo(journal, sessions=30, seed=3, today=date(2024, 6, 1))
            rows = journal.db.query(
                "SELECT s.date, s.role, n.step_id, n.text FROM step_notes n "
                "JOIN sessions s ON s.id = n.session_id ORDER BY n.id"
            )
            return [tuple(r) for r in rows]
        finally:
            journal.close()

    assert snapshot("a.carnet") == snapshot("b.carnet")


def test_zero_generated_sessions(store):
    build_demo(store, sessions=0)
    assert store.sessions.count() == 0
    assert store.journal().owner_name == "Camille Martin"


def test_no_session_of_a_large_demo_lists_the_same_action_twice(tmp_path):
    """A person trying the demo reads each session's plan: the same commitment written
    twice in one session looks like a bug (the generator drew the same text twice)."""
    store = JournalStore.create(tmp_path / "demo.carnet", "demo passphrase")
    try:
        build_demo(store, sessions=300)
        titles = [[a.title for a in store.actions.list_by_session(s.id)]
                  for s in store.sessions.list()]
        assert sum(len(t) for t in titles) > 300  # control: many sessions have two actions
        assert all(len(t) == len(set(t)) for t in titles), [t for t in titles
                                                           if len(t) != len(set(t))][:3]
    finally:
        store.close()
