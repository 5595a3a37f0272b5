"""The calendar's details mask the names the groups mask, like the booklet and the sheets:
« dans tout ce qui sort du carnet » (the group page's promise). Read back with icalendar."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar

from carnet.domain import Action, Cadence, Group, Member, Session, SessionStatus
from carnet.services.calendar import IcsOptions, build_calendar
from carnet.services.calendar_feed import CalendarFeed


def _texts(data: bytes) -> str:
    """Every summary, location, description and alarm text of the calendar, unfolded."""
    found = []
    for component in Calendar.from_ical(data).walk():
        for key in ("SUMMARY", "LOCATION", "DESCRIPTION"):
            if key in component:
                found.append(str(component[key]))
    return "\n".join(found)


def _journal(store):
    today = date.today()
    group = store.groups.add(Group(name="Codév de Karim Benali", template_id="codev",
                                   cadence=Cadence(), place="Chez Karim Benali"))
    store.members.add(Member(pseudonym="Karim B.", masked_names=["Karim Benali"],
                             group_id=group.id))
    held = store.sessions.add(Session(group.id, 1, today - timedelta(days=7),
                                      SessionStatus.HELD))
    store.sessions.add(Session(group.id, 2, today + timedelta(days=7)))
    store.actions.add(Action(held.id, "Appeler Karim Benali", due_date=today + timedelta(3)))
    return group


def test_calendar_details_mask_names_and_the_neutral_calendar_has_none(store):
    group = _journal(store)
    detailed = _texts(build_calendar(store, IcsOptions(include_details=True)))
    assert "Appeler Karim B." in detailed  # the title, its name replaced
    assert "Chez Karim B." in detailed and "Codév de Karim B." in detailed
    assert "Benali" not in detailed
    neutral = _texts(build_calendar(store, IcsOptions()))
    assert "Karim" not in neutral and "Séance 2" in neutral  # control: no details at all
    # control: a name nobody masks is printed as written
    store.members.delete(store.members.list_by_group(group.id)[0].id)
    assert "Appeler Karim Benali" in _texts(build_calendar(store,
                                                            IcsOptions(include_details=True)))


def test_the_subscribed_file_is_rewritten_when_a_name_is_masked(store, tmp_path):
    group = _journal(store)
    store.members.delete(store.members.list_by_group(group.id)[0].id)
    feed = CalendarFeed(tmp_path / "carnet.ics", IcsOptions(include_details=True))
    assert feed.refresh(store)
    assert "Appeler Karim Benali" in _texts(feed.path.read_bytes())  # control
    assert not feed.refresh(store)  # nothing changed: not rewritten
    store.members.add(Member(pseudonym="Karim B.", masked_names=["Karim Benali"],
                             group_id=group.id))
    assert feed.refresh(store), "a name masked since: the file still shows it"
    assert "Benali" not in _texts(feed.path.read_bytes())
