"""Progress series of a cycle (issue 6, Qt-free part)."""

from __future__ import annotations

from datetime import date

from carnet.domain import Action, Assessment, Feeling, Group, Learning, Objective, Session
from carnet.services.progress import group_progress


def test_ratings_in_three_sessions_come_back_in_order(store):
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    objective = store.objectives.add(Objective(group_id=group.id, title="Déléguer"))
    other = store.objectives.add(Objective(group_id=group.id, title="Écouter"))
    sessions = [
        store.sessions.add(
            Session(group_id=group.id, number=n, date=date(2026, n, 1), status="held")
        )
        for n in (3, 1, 2)
    ]
    store.sessions.add(Session(group_id=group.id, number=4, date=date(2026, 4, 1)))  # planned
    for session, rating in zip(sessions, (4, 2, 3), strict=True):
        store.assessments.set(
            Assessment(objective_id=objective.id, session_id=session.id, rating=rating)
        )
    store.assessments.set(Assessment(objective_id=other.id, session_id=sessions[1].id, rating=5))
    store.feelings.add(
        Feeling(session_id=sessions[1].id, moment="before", emotion="worry", intensity=4)
    )
    store.feelings.add(
        Feeling(session_id=sessions[1].id, moment="after", emotion="relief", intensity=3)
    )
    store.keywords.set(sessions[1].id, "Confiance")
    store.actions.add(Action(session_id=sessions[1].id, title="a", status="done"))
    store.actions.add(Action(session_id=sessions[1].id, title="b", status="dropped"))
    store.actions.add(Action(session_id=sessions[1].id, title="c"))
    store.learnings.add(Learning(session_id=sessions[2].id, text="l"))

    progress = group_progress(store, group.id)
    assert [p.session.number for p in progress.points] == [1, 2, 3]
    assert progress.rating_series(objective.id) == [(1, 2), (2, 3), (3, 4)]
    assert progress.rating_series(other.id) == [(1, 5), (2, None), (3, None)]
    first = progress.points[0]
    assert (first.feeling_before, first.feeling_after) == (-4.0, 3.0)
    assert first.keyword == "Confiance"
    assert (first.actions_done, first.actions_dropped, first.actions_open) == (1, 1, 1)
    assert progress.learnings_total == 1
