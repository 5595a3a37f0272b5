"""Qt-free rules of issue 17: the reminders' schedule, the check-in's data, the
start-at-login entry."""

from __future__ import annotations

from datetime import date, timedelta

from carnet.domain import Action, ActionReview, Cadence, Feeling, Group, Session
from carnet.services import autostart
from carnet.services import reminders as rules
from carnet.services.check_in import check_in

TODAY = date(2026, 12, 6)


def _groups(store):
    a = store.groups.add(Group(name="A", template_id="codev", cadence=Cadence(1, "month"),
                               planned_sessions=6))
    b = store.groups.add(Group(name="B", template_id="rpm", cadence=Cadence(1, "month"),
                               planned_sessions=6))
    held_a = store.sessions.add(Session(group_id=a.id, number=1, status="held",
                                        date=TODAY - timedelta(days=20)))
    next_a = store.sessions.add(Session(group_id=a.id, number=2, date=TODAY + timedelta(days=2)))
    held_b = store.sessions.add(Session(group_id=b.id, number=1, status="held",
                                        date=TODAY - timedelta(days=40)))
    next_b = store.sessions.add(Session(group_id=b.id, number=2,
                                        date=TODAY + timedelta(days=9)))
    return a, b, held_a, next_a, held_b, next_b


def test_schedule_counts_per_group_and_groups_due_dates(store):
    _a, _b, held_a, next_a, held_b, next_b = _groups(store)
    store.actions.add(Action(held_a.id, "a1", due_date=next_a.date))
    store.actions.add(Action(held_a.id, "a2"))  # undated: to review before the session
    store.actions.add(Action(held_a.id, "a3", due_date=next_a.date, status="done"))
    store.actions.add(Action(held_b.id, "b1", due_date=next_a.date))
    store.actions.add(Action(held_b.id, "b2", due_date=TODAY - timedelta(days=1)))  # past
    found = rules.schedule(store, TODAY, days_before=1, at_minutes=18 * 60)
    sessions = {r.session_id: r for r in found if r.kind == rules.SESSION}
    assert sessions[next_a.id].count == 2 and sessions[next_a.id].day == next_a.date - \
        timedelta(days=1)
    assert sessions[next_b.id].count == 2  # b1 and the overdue b2, due by then
    dues = [(r.target, r.count) for r in found if r.kind == rules.DUE]
    assert dues == [(next_a.date, 2)]  # a1 and b1 on the same day; done and past left out
    assert "a1" not in rules.encode(found)


def test_check_in_reads_the_last_held_session_of_the_group(store):
    _a, b, held_a, next_a, held_b, next_b = _groups(store)
    first = store.actions.add(Action(held_a.id, "Essayer", outcome="Ça a marché"))
    store.reviews.add(ActionReview(first.id, TODAY - timedelta(days=5), note="Premier essai"))
    store.reviews.add(ActionReview(first.id, TODAY - timedelta(days=2), note=""))  # no note
    store.keywords.set(held_a.id, "élan")
    store.feelings.add(Feeling(held_a.id, "before", "worry", 2))
    store.feelings.add(Feeling(held_a.id, "after", "confidence", 4, "Confiante"))
    data = check_in(store, TODAY)
    assert (data.upcoming.id, data.last.id) == (next_a.id, held_a.id)
    (item,) = data.actions
    assert (item.tried, item.happened, item.reviews) == ("Premier essai", "Ça a marché", 2)
    assert data.keyword == "élan" and data.feeling.emotion.value == "confidence"
    other = check_in(store, TODAY, session_id=next_b.id)
    assert other.last.id == held_b.id and other.actions == []
    assert check_in(store, TODAY, group_id=b.id).group.id == b.id


def test_check_in_of_an_empty_journal(store):
    data = check_in(store, TODAY)
    assert data.group is None and data.is_empty


def test_autostart_entry_quotes_the_program(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    path = autostart.enable(["/opt/my apps/python", "-m", "carnet", "--tray"])
    text = path.read_text(encoding="utf-8")
    assert 'Exec="/opt/my apps/python" -m carnet --tray' in text
    assert path == tmp_path / "cfg" / "autostart" / "carnet.desktop"
    assert autostart.is_enabled() and autostart.disable() and not path.exists()
    assert autostart.disable() is False  # nothing left to remove
