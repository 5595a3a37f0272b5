"""A journal for the progress, search, tags and timeline tests, and a window on it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from ui_helpers import unlock_through_ui

from carnet.domain import (
    Action,
    ActionStatus,
    Assessment,
    Cadence,
    CadenceUnit,
    Emotion,
    Feeling,
    Group,
    Learning,
    Moment,
    Objective,
    Role,
    Session,
    SessionStatus,
    Topic,
)
from carnet.store import JournalStore

HOSTILE = "Mot <b>x</b> & <script>alert(1)</script> zanzibar"


def build_journal(path: Path, passphrase: str, today: date | None = None) -> dict:
    """Two groups: « Codev Alpha » (3 held sessions, 1 planned, ratings, feelings…) and
    « RPM Beta » (2 held). « délégation » is written in several kinds of item."""
    today = today or date.today()
    store = JournalStore.create(path, passphrase, owner_name="Camille")
    ids: dict = {}
    try:
        alpha = store.groups.add(Group(name="Codev Alpha", template_id="codev",
                                       cadence=Cadence(1, CadenceUnit.MONTH),
                                       planned_sessions=4, start_date=today - timedelta(90)))
        beta = store.groups.add(Group(name="RPM Beta", template_id="rpm",
                                      cadence=Cadence(1, CadenceUnit.MONTH),
                                      planned_sessions=2, start_date=today - timedelta(75)))
        a = [
            store.sessions.add(Session(group_id=alpha.id, number=1, date=today - timedelta(90),
                                       status=SessionStatus.HELD, role=Role.CONSULTANT)),
            store.sessions.add(Session(group_id=alpha.id, number=2, date=today - timedelta(60),
                                       status=SessionStatus.HELD, role=Role.CLIENT,
                                       themes=["délégation"])),
            store.sessions.add(Session(group_id=alpha.id, number=3, date=today - timedelta(30),
                                       status=SessionStatus.HELD, role=Role.CONSULTANT)),
            store.sessions.add(Session(group_id=alpha.id, number=4, date=today + timedelta(30),
                                       status=SessionStatus.PLANNED, role=Role.CONSULTANT)),
        ]
        b = [
            store.sessions.add(Session(group_id=beta.id, number=1, date=today - timedelta(75),
                                       status=SessionStatus.HELD, role=Role.PARTICIPANT)),
            store.sessions.add(Session(group_id=beta.id, number=2, date=today - timedelta(45),
                                       status=SessionStatus.HELD, role=Role.PARTICIPANT)),
        ]
        o1 = store.objectives.add(Objective(group_id=alpha.id, title="Déléguer davantage"))
        o2 = store.objectives.add(Objective(group_id=alpha.id, title="Écouter avant de répondre",
                                            position=1))
        for session, o1_rating, o2_rating in ((a[0], 2, 3), (a[1], 3, None), (a[2], 4, 4)):
            store.assessments.set(Assessment(objective_id=o1.id, session_id=session.id,
                                             rating=o1_rating))
            if o2_rating is not None:
                store.assessments.set(Assessment(objective_id=o2.id, session_id=session.id,
                                                 rating=o2_rating))
        store.feelings.add(Feeling(session_id=a[0].id, moment=Moment.BEFORE,
                                   emotion=Emotion.WORRY, intensity=3))
        store.feelings.add(Feeling(session_id=a[0].id, moment=Moment.AFTER,
                                   emotion=Emotion.JOY, intensity=4))
        store.feelings.add(Feeling(session_id=a[2].id, moment=Moment.AFTER,
                                   emotion=Emotion.CONFIDENCE, intensity=5,
                                   text="Soulagée après la délégation réussie"))
        store.keywords.set(a[0].id, "élan")
        store.keywords.set(a[1].id, "clarté")
        store.actions.add(Action(session_id=a[0].id, title="Appeler le siège",
                                 status=ActionStatus.DONE))
        store.actions.add(Action(session_id=a[0].id, title="Refaire le tableau",
                                 status=ActionStatus.DROPPED))
        store.actions.add(Action(session_id=a[1].id, title="Déléguer le planning",
                                 status=ActionStatus.TODO, tags=["délégation"]))
        store.learnings.add(Learning(session_id=a[0].id, text="Écouter d'abord"))
        store.learnings.add(Learning(session_id=a[2].id, text="La délégation se prépare",
                                     tags=["délégation"]))
        store.learnings.add(Learning(session_id=a[2].id, text="Dire non clairement",
                                     tags=["Motivation"], position=1))
        store.notes.save(a[1].id, "synthese", "Je travaille la délégation avec mon équipe.")
        store.notes.save(a[2].id, "expose", HOSTILE)
        store.notes.save(b[0].id, "exploration", "La délégation vue par le groupe RPM.")
        topic = store.topics.add(Topic(title="Préparer la délégation du planning",
                                       group_id=alpha.id, tags=["délégation"]))
        ids.update(alpha=alpha.id, beta=beta.id, a=[s.id for s in a], b=[s.id for s in b],
                   o1=o1.id, o2=o2.id, topic=topic.id)
        return ids
    finally:
        store.close()


def open_window(qtbot, make_window, path: Path, passphrase: str):
    """A shown main window with ``insights.install`` done, unlocked on ``path``."""
    from carnet.ui import insights

    window = make_window()
    insights.install(window)
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    return window
