"""Progress over a cycle, as plain series: the same numbers feed the in-app
charts, their accessible tables and the booklet.

Qt-free; one query per concept for the whole group (no per-session loop).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from carnet.domain import PLEASANT_EMOTIONS, Moment, Objective, Session, SessionStatus
from carnet.store import JournalStore


@dataclass
class SessionPoint:
    """What one held session contributes to the progress view."""

    session: Session
    ratings: dict[int, int] = field(default_factory=dict)  # objective id → 1–5
    feeling_before: float | None = None  # signed mood: +intensity pleasant, −intensity not
    feeling_after: float | None = None
    keyword: str = ""
    actions_done: int = 0
    actions_dropped: int = 0
    actions_open: int = 0
    learnings: int = 0


@dataclass
class GroupProgress:
    objectives: list[Objective]
    points: list[SessionPoint]

    def rating_series(self, objective_id: int) -> list[tuple[int, int | None]]:
        """(session number, rating or None) for one objective, in session order."""
        return [(p.session.number, p.ratings.get(objective_id)) for p in self.points]

    @property
    def learnings_total(self) -> int:
        return sum(p.learnings for p in self.points)


def mood(emotion, intensity: int) -> float:
    """A feeling as one signed number, so before/after can be drawn on one axis."""
    return float(intensity if emotion in PLEASANT_EMOTIONS else -intensity)


def group_progress(store: JournalStore, group_id: int) -> GroupProgress:
    sessions = [
        s for s in store.sessions.list_by_group(group_id) if s.status is SessionStatus.HELD
    ]
    points = {s.id: SessionPoint(session=s) for s in sessions}
    for assessment in store.assessments.list_by_group(group_id):
        if assessment.session_id in points:
            points[assessment.session_id].ratings[assessment.objective_id] = assessment.rating
    moods: dict[tuple[int, Moment], list[float]] = {}
    for feeling in store.feelings.list_by_group(group_id):
        moods.setdefault((feeling.session_id, feeling.moment), []).append(
            mood(feeling.emotion, feeling.intensity)
        )
    for (session_id, moment), values in moods.items():
        if session_id in points:
            average = sum(values) / len(values)
            if moment is Moment.BEFORE:
                points[session_id].feeling_before = average
            else:
                points[session_id].feeling_after = average
    for keyword in store.keywords.list_by_group(group_id):
        if keyword.session_id in points:
            points[keyword.session_id].keyword = keyword.word
    for action in store.actions.list_by_group(group_id):
        point = points.get(action.session_id)
        if point is None:
            continue
        if action.status.value == "done":
            point.actions_done += 1
        elif action.status.value == "dropped":
            point.actions_dropped += 1
        else:
            point.actions_open += 1
    for learning in store.learnings.list_by_group(group_id):
        if learning.session_id in points:
            points[learning.session_id].learnings += 1
    return GroupProgress(
        objectives=store.objectives.list_by_group(group_id),
        points=[points[s.id] for s in sessions],
    )
