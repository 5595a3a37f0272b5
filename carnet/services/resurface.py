"""What I learned before: one starred learning brought back on Home.

Two reasons to bring a learning back: the next session's themes match those of
the session it came from (or its own tags) — « Il y a 6 mois, sur la
délégation, vous aviez appris… » — or it was noted about a year ago, give or
take two weeks. Matching themes come first: they speak to the coming meeting.
Only starred learnings, at least a month old, held sessions only. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from carnet.domain import Group, Learning, Session, SessionStatus
from carnet.domain import fold_theme as fold
from carnet.services.session_status import next_session

if TYPE_CHECKING:
    from carnet.store import JournalStore

THEME = "theme"
ANNIVERSARY = "anniversary"
#: A learning younger than this is not "before" yet.
MIN_AGE_DAYS = 30
#: "About the same date": this many days either side, in any earlier year.
ANNIVERSARY_DAYS = 14


@dataclass(frozen=True)
class Resurfaced:
    learning: Learning
    session: Session
    group: Group
    reason: str  # THEME or ANNIVERSARY
    theme: str  # the shared theme, as the next session names it ("" for an anniversary)
    months_ago: int


def months_between(earlier: date, later: date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(months, 0)


def _near_anniversary(day: date, today: date) -> bool:
    # Only the anniversaries of last year and this year can be within two weeks of today.
    for year in range(max(day.year + 1, today.year - 1), today.year + 1):
        try:
            same = day.replace(year=year)
        except ValueError:  # 29 February
            same = day.replace(year=year, day=28)
        if abs((today - same).days) <= ANNIVERSARY_DAYS:
            return True
    return False


def _sharing_a_theme(store: JournalStore, wanted: dict[str, str]) -> set[tuple[str, int]]:
    """(kind, id) of the sessions and learnings with a tag that folds to one of
    ``wanted``: the few tags in use are folded, not every item's."""
    if not wanted:
        return set()
    kinds = ("session", "learning")
    matching = [tag for tag in store.tags.distinct(kinds) if fold(tag) in wanted]
    return store.tags.refs(kinds, matching) if matching else set()


def candidates(store: JournalStore, today: date) -> list[Resurfaced]:
    """Every learning worth bringing back today, the best first.

    A few reads whatever the journal's size (Home calls this at every unlock): the
    starred learnings of held sessions old enough, as ids and dates; the tags that
    match the next session's themes; then only the learnings picked by a theme or an
    anniversary are built, with their sessions and groups, and judged in full.
    """
    upcoming = next_session(store, today)  # the same rule as Home
    wanted = {fold(t): t for t in (upcoming.themes if upcoming else [])}
    oldest = today - timedelta(days=MIN_AGE_DAYS)
    themed_refs = _sharing_a_theme(store, wanted)
    picked = [
        learning_id
        for learning_id, session_id, day in store.learnings.starred_of_held(oldest)
        if ("learning", learning_id) in themed_refs
        or ("session", session_id) in themed_refs
        or _near_anniversary(day, today)
    ]
    if not picked:
        return []
    learnings = store.learnings.get_many(picked)
    sessions = store.sessions.get_many({learning.session_id for learning in learnings.values()})
    held = {
        s.id: s for s in sessions.values()
        if s.status is SessionStatus.HELD and s.date <= oldest
    }
    groups = store.groups.get_many({s.group_id for s in held.values()})
    folded: dict[str, str] = {}  # the same few themes come back on every session
    themed: list[Resurfaced] = []
    yearly: list[Resurfaced] = []
    for learning_id in picked:
        learning = learnings.get(learning_id)
        session = held.get(learning.session_id) if learning is not None else None
        group = groups.get(session.group_id) if session is not None else None
        if learning is None or session is None or group is None or not learning.text.strip():
            continue
        months = months_between(session.date, today)
        shared = []
        if wanted:
            for theme in (*session.themes, *learning.tags):
                key = folded.get(theme)
                if key is None:
                    key = folded[theme] = fold(theme)
                if key in wanted:
                    shared.append(wanted[key])
        if shared:
            themed.append(Resurfaced(learning, session, group, THEME, shared[0], months))
        elif _near_anniversary(session.date, today):
            yearly.append(Resurfaced(learning, session, group, ANNIVERSARY, "", months))
    themed.sort(key=lambda r: (r.session.date, r.learning.id or 0), reverse=True)
    yearly.sort(key=lambda r: (r.session.date, r.learning.id or 0), reverse=True)
    return themed + yearly
