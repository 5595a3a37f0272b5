"""Calendar alarms and the subscribed calendar file (issue 17), read back with icalendar."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time as clock
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from carnet.domain import Action, ActionReview, Cadence, Group, Session, planned_dates
from carnet.services.calendar import IcsOptions, alarm_offset, build_calendar, write_calendar
from carnet.services.calendar_feed import CalendarFeed

TODAY = date(2026, 11, 21)
SECRET = "Note confidentielle sur M. Dupont"
TITLE = "Recadrer <b>Dupont</b> & ]]> 🙂"


@pytest.fixture
def journal(store):
    group = store.groups.add(Group(name="RPM cadres", template_id="codev",
                                   cadence=Cadence(1, "month"), start_date=date(2026, 7, 23),
                                   planned_sessions=6, place="Salle B"))
    sessions = []
    for number, day in enumerate(planned_dates(group.start_date, group.cadence, 6), start=1):
        status = "held" if day < TODAY else "planned"
        sessions.append(store.sessions.add(
            Session(group_id=group.id, number=number, date=day, status=status)))
    store.notes.save(sessions[0].id, "expose", SECRET)
    first = store.actions.add(Action(session_id=sessions[3].id, title=TITLE,
                                     due_date=sessions[4].date, details=SECRET,
                                     outcome=SECRET))
    store.actions.add(Action(session_id=sessions[3].id, title="Déléguer le reporting",
                             due_date=sessions[4].date))
    store.actions.add(Action(session_id=sessions[3].id, title="Sans date"))
    store.actions.add(Action(session_id=sessions[3].id, title="Déjà fait", status="done",
                             due_date=sessions[4].date))
    store.reviews.add(ActionReview(action_id=first.id, date=TODAY, note=SECRET))
    planned = [s for s in sessions if s.status.value == "planned"]
    return {"group": group, "planned": planned, "first": first}


def _parse(data: bytes):
    return [c for c in Calendar.from_ical(data).walk() if c.name == "VEVENT"]


def _alarms(event):
    return [c for c in event.subcomponents if c.name == "VALARM"]


def test_one_alarm_per_planned_session_and_due_action_at_the_configured_time(store, journal):
    events = _parse(build_calendar(store))
    sessions = [e for e in events if str(e["uid"]).startswith("session-")]
    actions = [e for e in events if str(e["uid"]).startswith("action-")]
    assert len(sessions) == len(journal["planned"]) == 2
    assert len(actions) == 2  # open and dated
    for event in sessions:
        (alarm,) = _alarms(event)
        assert str(alarm["action"]) == "DISPLAY"
        assert alarm["trigger"].dt == timedelta(hours=-6)  # the day before at 18:00
        start = event["dtstart"].dt
        assert isinstance(start, date)
    for event in actions:
        (alarm,) = _alarms(event)
        assert alarm["trigger"].dt == timedelta(hours=9)  # on the due date, 09:00
    # configured: two days before at 07:30
    other = IcsOptions(session_alarm_days=2, session_alarm_time=time(7, 30))
    for event in _parse(build_calendar(store, other)):
        if str(event["uid"]).startswith("session-"):
            assert _alarms(event)[0]["trigger"].dt == -timedelta(days=2) + timedelta(
                hours=7, minutes=30)
    # control: without alarms, none
    bare = _parse(build_calendar(store, IcsOptions(alarms=False)))
    assert not any(_alarms(e) for e in bare)


def test_alarm_offset():
    assert alarm_offset(1, time(18, 0)) == timedelta(hours=-6)
    assert alarm_offset(0, time(9, 15)) == timedelta(hours=9, minutes=15)
    assert alarm_offset(3, time(0, 0)) == timedelta(days=-3)


def test_uids_unchanged_across_exports_and_options(store, journal):
    first = sorted(str(e["uid"]) for e in _parse(build_calendar(store)))
    again = sorted(str(e["uid"]) for e in _parse(build_calendar(store)))
    detailed = sorted(str(e["uid"]) for e in _parse(
        build_calendar(store, IcsOptions(include_details=True, lang="en"))))
    assert first == again == detailed
    alarm_uids = [str(a["uid"]) for e in _parse(build_calendar(store)) for a in _alarms(e)]
    assert len(set(alarm_uids)) == len(alarm_uids) == 4


def test_neutral_text_by_default_counts_and_titles_on_request_never_notes(store, journal):
    neutral = build_calendar(store).decode()
    for private in ("Dupont", "RPM cadres", "Salle B", "Déléguer", "à revoir"):
        assert private not in neutral, private
    summaries = {str(e["summary"]) for e in _parse(neutral.encode())}
    assert summaries == {"Séance 5/6 — Carnet", "Séance 6/6 — Carnet",
                         "Une action arrive à échéance — Carnet"}
    detailed_bytes = build_calendar(store, IcsOptions(include_details=True),
                                    format_names={"codev": "co-développement"})
    detailed = _parse(detailed_bytes)
    by_uid = {str(e["uid"]).split("-")[0] + str(e["dtstart"].dt): e for e in detailed}
    session5 = by_uid["session" + str(journal["planned"][0].date)]
    # 3 open actions due by session 5 (two dated, one undated), the done one not counted
    assert str(session5["summary"]) == "Séance de co-développement 5/6 — 3 actions à revoir"
    assert str(session5["location"]) == "Salle B"
    assert "Déléguer le reporting" in detailed_bytes.decode()
    titles = {str(e["summary"]) for e in detailed if str(e["uid"]).startswith("action-")}
    assert "Action : Recadrer <b>Dupont</b> & ]]> 🙂" in titles  # the title, as written
    assert SECRET not in detailed_bytes.decode()  # never a note, details or outcome
    english = build_calendar(store, IcsOptions(lang="en")).decode()
    assert "Session 5/6 — Carnet" in english and "Séance" not in english


def test_written_file_is_private_and_atomic(store, journal, tmp_path):
    folder = tmp_path / "agenda"
    folder.mkdir()
    out = write_calendar(store, folder / "carnet.ics")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert list(folder.iterdir()) == [out]  # no temporary file left beside
    # a symbolic link: its target is replaced, the link stays
    target = tmp_path / "real.ics"
    link = tmp_path / "link.ics"
    target.write_bytes(b"old")
    link.symlink_to(target)
    write_calendar(store, link)
    assert link.is_symlink() and target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_subscription_rewritten_after_a_due_date_changes_and_not_otherwise(store, journal,
                                                                          tmp_path):
    feed = CalendarFeed(tmp_path / "abonnement.ics")
    assert feed.refresh(store)
    before = feed.path.read_bytes()
    assert not feed.refresh(store)  # nothing changed: not rewritten
    store.notes.save(journal["planned"][0].id, "expose", "un texte de plus")
    assert not feed.refresh(store)  # a note does not show in the calendar
    action = journal["first"]
    moved = replace(store.actions.get(action.id), due_date=TODAY + timedelta(days=40))
    store.actions.update(moved)
    assert feed.refresh(store)
    after = feed.path.read_bytes()
    assert after != before
    uid = next(str(e["uid"]) for e in _parse(before) if f"action-{action.id}-" in str(e["uid"]))
    event = next(e for e in _parse(after) if str(e["uid"]) == uid)  # same UID, new date
    assert event["dtstart"].dt == TODAY + timedelta(days=40)
    # a new feed object on an up-to-date file does not rewrite it (compared without stamps)
    mtime = feed.path.stat().st_mtime_ns
    assert not CalendarFeed(feed.path).refresh(store)
    assert feed.path.stat().st_mtime_ns == mtime
    # a file damaged by someone else is put right
    feed.path.write_bytes(b"BEGIN:VCAL")
    assert CalendarFeed(feed.path).refresh(store)
    assert _parse(feed.path.read_bytes())


WRITER = r"""
import sys
from pathlib import Path
from carnet.services.calendar import atomic_write

mode, out, first, second = sys.argv[1:5]
versions = [Path(first).read_bytes(), Path(second).read_bytes()]
out = Path(out)
print("ready", flush=True)
i = 0
while True:
    data = versions[i % 2]
    if mode == "atomic":
        atomic_write(out, data)
    else:  # the control: a plain write, in pieces, as a naive writer would
        with open(out, "wb") as handle:
            for start in range(0, len(data), 4096):
                handle.write(data[start:start + 4096])
                handle.flush()
    i += 1
"""


def _kill_rounds(mode: str, tmp_path: Path, versions: list[Path], rounds: int) -> list[bytes]:
    out = tmp_path / f"{mode}.ics"
    # A whole version is there before the first kill, as once the app has written the
    # file: a kill that lands before the writer's first rename (under load, the 20 ms
    # head start can pass before it) must find that version, whole, and not an absence
    # the assertion below would take for a half-written file.
    out.write_bytes(versions[0].read_bytes())
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    seen = []
    for round_ in range(rounds):
        process = subprocess.Popen(
            [sys.executable, str(script), mode, str(out), str(versions[0]), str(versions[1])],
            stdout=subprocess.PIPE, env={**os.environ})
        assert process.stdout.readline().strip() == b"ready"
        clock.sleep(0.02 + (round_ % 7) * 0.013)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        seen.append(out.read_bytes())  # never missing: see above
    return seen


def test_kill_while_rewriting_never_leaves_a_half_written_file(store, journal, tmp_path):
    """SIGKILL a process rewriting the subscribed file in a loop, many times: the file
    is always one whole version. The control (a plain write) is caught half-written."""
    # Two large versions (the journal's events, repeated), so that a write takes a while.
    def large(options: IcsOptions) -> bytes:
        calendar = Calendar.from_ical(build_calendar(store, options))
        events = [c for c in calendar.subcomponents if c.name == "VEVENT"]
        for _ in range(400):
            for event in events:
                calendar.add_component(event)
        return calendar.to_ical()

    one = large(IcsOptions(include_details=True))
    two = large(IcsOptions(include_details=True, lang="en"))
    versions = [tmp_path / "one.bin", tmp_path / "two.bin"]
    versions[0].write_bytes(one)
    versions[1].write_bytes(two)
    assert len(one) > 300_000

    assert len(_parse(one)) == len(_parse(two)) > 1500  # both whole and valid
    for data in _kill_rounds("atomic", tmp_path, versions, 10):
        assert data in (one, two)  # byte for byte one whole version
    control = _kill_rounds("plain", tmp_path, versions, 10)
    assert any(data not in (one, two) for data in control), "the control never caught a part"
