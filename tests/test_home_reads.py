"""The reads behind the sidebar and Home at unlock answer as the plain rules do (issue 14).

Unlocking a 2,000-session journal reads less: the sidebar lists sessions without
building them, each group's next session comes from that list, Home builds the dozen
actions it shows and counts the rest, the resurfaced learnings are picked by id
before any is built. Each is compared here with the straightforward reading it
replaced, on journals with the cases that make them differ.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

import pytest

from carnet.domain import Action, ActionStatus, Cadence, Group, Learning, Session
from carnet.domain import SessionStatus as S
from carnet.services import resurface
from carnet.services.resurface import ANNIVERSARY_DAYS, MIN_AGE_DAYS, fold, months_between
from carnet.services.session_status import next_session, next_sessions_by_group

TODAY = date(2026, 3, 1)  # the day after a 28 February; 2024 had a 29th
THEMES = ["Délégation", "conflit", "charge de travail", "Conflit ", "DELEGATION"]


def _journal(store, seed: int = 7) -> None:
    """Groups with past, today's and later sessions (written in or not), themes in
    several spellings, starred learnings on anniversaries and not, open actions."""
    rng = random.Random(seed)
    for g in range(6):
        group = store.groups.add(Group(name=f"Groupe {g}", template_id="codev",
                                       cadence=Cadence(), planned_sessions=8))
        days = sorted(rng.sample(range(-1200, 60), 8))
        if g % 2:
            days[-2] = 0  # a session today
        if g == 1:
            days[-1] = 0  # two of them today in one group
        for number, offset in enumerate(days, 1):
            day = TODAY + timedelta(days=offset)
            if g == 3 and number == 2:
                day = date(2024, 2, 29)
            status = (S.PLANNED if offset >= 0 or number % 5 == 0
                      else rng.choice([S.HELD, S.HELD, S.MISSED]))
            themes = rng.sample(THEMES, rng.randint(0, 2))
            session = store.sessions.add(Session(group.id, number, day, status=status,
                                                 themes=themes))
            if offset == 0 and (g + number) % 2:
                store.notes.save(session.id, "expose", "Écrit le jour même.")
            for k in range(rng.randint(0, 3)):
                text = rng.choice(["Déléguer le résultat", "Nommer <b>&</b> 🙂", "ⵜⴰⵎⴰⵣⵉⵖⵜ"])
                store.learnings.add(Learning(session.id, f"{text} {k}",
                                             starred=rng.random() < 0.6,
                                             tags=rng.sample(THEMES, rng.randint(0, 1))))
            for k in range(rng.randint(0, 4)):
                due = day + timedelta(days=rng.randint(-40, 90)) if k % 3 else None
                store.actions.add(Action(session.id, f"Action {k} « {number} »", due_date=due,
                                         status=rng.choice(list(ActionStatus))))


@pytest.fixture
def journal(store):
    _journal(store)
    return store


def test_each_groups_next_session_is_the_rule_group_by_group(journal):
    for today in (TODAY, TODAY - timedelta(days=400), TODAY + timedelta(days=30)):
        expected = {g.id: next_session(journal, today, g.id) for g in journal.groups.list()}
        for sessions in (journal.sessions.list(), journal.sessions.outline()):
            found = next_sessions_by_group(journal, today, sessions)
            assert {k: v.id for k, v in found.items()} == {
                k: v.id for k, v in expected.items() if v is not None}
    # Control: today's sessions written in are skipped, so the rule is exercised.
    todays = journal.sessions.list(status=S.PLANNED, start=TODAY, end=TODAY)
    assert len(todays) >= 3
    assert any(journal.notes.list_by_session(s.id) for s in todays)


def test_the_outline_lists_every_session_in_each_groups_order(journal):
    outline = journal.sessions.outline()
    by_group: dict[int, list] = {}
    for row in outline:
        by_group.setdefault(row.group_id, []).append(row)
    for group in journal.groups.list():
        full = journal.sessions.list_by_group(group.id)
        rows = by_group.get(group.id, [])
        assert [(s.id, s.number, s.date, s.status) for s in full] == [
            (r.id, r.number, r.date, r.status) for r in rows]
    assert len(outline) == journal.sessions.count() == 48


def test_the_first_actions_and_the_count_are_those_of_the_whole_list(journal):
    for horizon in (None, TODAY, TODAY + timedelta(days=20), TODAY - timedelta(days=900)):
        for dated_only in (False, True):
            every = journal.actions.list(open_only=True, due_by=horizon)
            if dated_only:
                every = [a for a in every if a.due_date is not None]
            for limit in (0, 1, 12, 500):
                first = journal.actions.list(open_only=True, due_by=horizon,
                                             dated_only=dated_only, limit=limit)
                assert [a.id for a in first] == [a.id for a in every[:limit]]
            assert journal.actions.count(open_only=True, due_by=horizon,
                                         dated_only=dated_only) == len(every)
    # Control: some open actions are undated, some dated, and more than a screenful.
    every = journal.actions.list(open_only=True)
    assert any(a.due_date is None for a in every) and len(every) > 12


def _candidates_in_full(store, today):
    """The resurfacing rule read the plain way (every held session, every starred
    learning built), as Home did before issue 14's unlock work."""
    upcoming = next_session(store, today)
    wanted = {fold(t): t for t in (upcoming.themes if upcoming else [])}
    oldest = today - timedelta(days=MIN_AGE_DAYS)
    groups = {g.id: g for g in store.groups.list()}
    held = {s.id: s for s in store.sessions.list(status=S.HELD, end=oldest)}
    themed, yearly = [], []
    for learning in store.learnings.list_starred():
        session = held.get(learning.session_id)
        if session is None or not learning.text.strip():
            continue
        shared = [wanted[fold(t)] for t in (*session.themes, *learning.tags)
                  if fold(t) in wanted]
        near = any(abs((today - _same_day(session.date, year)).days) <= ANNIVERSARY_DAYS
                   for year in range(session.date.year + 1, today.year + 1))
        months = months_between(session.date, today)
        if shared:
            themed.append((learning.id, session.id, "theme", shared[0], months))
        elif near:
            yearly.append((learning.id, session.id, "anniversary", "", months))
        _ = groups[session.group_id]
    order = {s.id: s.date for s in held.values()}
    themed.sort(key=lambda r: (order[r[1]], r[0]), reverse=True)
    yearly.sort(key=lambda r: (order[r[1]], r[0]), reverse=True)
    return themed + yearly


def _same_day(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def test_the_resurfaced_learnings_are_those_of_the_rule_read_in_full(journal):
    upcoming = journal.sessions.list(status=S.PLANNED, start=TODAY + timedelta(days=1))
    assert upcoming
    kinds = set()
    for themes in ([], ["délégation"], ["CONFLIT", unicodedata.normalize("NFD", "Délégation")],
                   ["un thème que personne n'a"]):
        for session in upcoming:
            session.themes = themes
            journal.sessions.update(session)
        for today in [TODAY + timedelta(days=d) for d in range(-800, 40, 9)] + [TODAY]:
            found = [(r.learning.id, r.session.id, r.reason, r.theme, r.months_ago)
                     for r in resurface.candidates(journal, today)]
            assert found == _candidates_in_full(journal, today), (themes, today)
            kinds.update(r[2] for r in found)
    assert kinds == {"theme", "anniversary"}  # control: both reasons were met


def test_the_reminders_count_open_actions_by_group_as_before(journal):
    from carnet.services import reminders

    by_session = journal.actions.open_due_dates()
    group_of = journal.sessions.group_ids()
    assert sorted((group_of[s], d or date.min) for s, d in by_session) == sorted(
        (g, d or date.min) for g, d in journal.actions.open_due_dates_by_group())
    for today in (TODAY, TODAY - timedelta(days=300)):
        found = reminders.schedule(journal, today)
        assert found  # control: sessions and due dates in the next weeks
        for reminder in found:
            if reminder.kind == reminders.SESSION:
                expected = sum(1 for s, due in by_session if group_of[s] == reminder.group_id
                               and (due is None or due <= reminder.target))
                assert reminder.count == expected


def test_groups_by_id_and_whether_any_is_open(journal):
    groups = journal.groups.list()
    assert journal.groups.get_many([g.id for g in groups[:3]] + [9999]) == {
        g.id: g for g in groups[:3]}
    assert journal.groups.any(include_archived=False)
    for group in groups:
        group.archived = True
        journal.groups.update(group)
    assert journal.groups.any() and not journal.groups.any(include_archived=False)
