"""An extra meeting added today takes its place in the group's sequence (fresh8's G21;
its domain test adopted). « Ajouter une séance en plus » numbered it after the highest:
with sessions 1–2 held and 3–6 planned in January, today's was « Séance 7 », listed
between the 2nd and the 3rd and printed « Séance 7 » before « Séance 3 ». Now it is the
3rd, and the meetings planned later move up one (tests/ui/test_app_shell.py: through the
window, nothing numbered twice)."""

from datetime import date, timedelta

from carnet.domain import Cadence, CadenceUnit, Group, Role, Session, SessionStatus
from carnet.domain.schedule import next_session, renumbered_after

TODAY = date(2026, 12, 7)


def _sessions(numbers) -> list[Session]:
    return [Session(group_id=1, number=n, date=date(2026, 11, 16) + timedelta(days=14 * (n - 1))
                    if n <= 2 else date(2027, 1, 11) + timedelta(days=14 * (n - 3)),
                    status=SessionStatus.HELD if n <= 2 else SessionStatus.PLANNED, id=n)
            for n in numbers]


GROUP = Group(name="Codev", template_id="codev", planned_sessions=6,
              start_date=date(2026, 11, 16), cadence=Cadence(1, CadenceUnit.MONTH), id=1)


def test_an_extra_meeting_today_takes_its_place_in_the_sequence():
    existing = _sessions(range(1, 7))
    extra = next_session(GROUP, existing, Role.CONSULTANT, TODAY)
    assert extra.date == TODAY  # control
    earlier = [s for s in existing if s.date < TODAY]
    assert extra.number == len(earlier) + 1, (
        f"today's meeting is numbered {extra.number}, after {len(earlier)} earlier ones "
        "and before session 3")
    moved = renumbered_after(existing, extra)
    assert sorted((s.id, s.number) for s in moved) == [(3, 4), (4, 5), (5, 6), (6, 7)]


def test_a_number_left_free_is_taken_and_nothing_moves():
    existing = _sessions([1, 2, 4, 5])  # the 3rd removed (« Supprimer cette séance… »)
    extra = next_session(GROUP, existing, Role.CONSULTANT, TODAY)
    assert extra.number == 3 and renumbered_after(existing, extra) == []
    held = _sessions([1, 2])  # every meeting behind: after the highest, as before
    extra = next_session(GROUP, held, Role.CONSULTANT, TODAY)
    assert extra.number == 3 and renumbered_after(held, extra) == []
