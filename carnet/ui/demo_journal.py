"""A throw-away demonstration journal (``carnet --demo``, the screenshots).

Written in a fresh temporary folder with the passphrase ``demo``; the folder
is removed when the window closes. The content comes from ``carnet.demo``;
while that module is missing, a minimal group stands in so the app still runs.
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from carnet.domain import Cadence, CadenceUnit, Group, Role, Session, SessionStatus, planned_dates
from carnet.store import JournalStore
from carnet.ui.unlock import DEMO_PASSPHRASE

DEMO_FILE = "demo.carnet"


def new_demo_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="carnet-demo-"))


def make_demo_journal(folder: Path, today: date | None = None) -> Path:
    """Create and fill ``folder/demo.carnet``; return its path (the journal is closed)."""
    path = Path(folder) / DEMO_FILE
    store = JournalStore.create(path, DEMO_PASSPHRASE, owner_name="Camille Martin")
    try:
        try:
            from carnet.demo import build_demo
        except ImportError:
            _minimal_demo(store, today or date.today())
        else:
            build_demo(store, today=today)
    finally:
        store.close()
    return path


def _minimal_demo(store: JournalStore, today: date) -> None:
    cadence = Cadence(1, CadenceUnit.MONTH)
    start = today - timedelta(days=100)
    group = store.groups.add(Group(name="Co-dév managers", template_id="codev",
                                   facilitator="M. D.", cadence=cadence, planned_sessions=6,
                                   start_date=start, place="Salle Jaurès"))
    sessions = [
        Session(group_id=group.id, number=i + 1, date=day,
                status=SessionStatus.HELD if day < today else SessionStatus.PLANNED,
                role=Role.CLIENT if i == 1 else Role.CONSULTANT)
        for i, day in enumerate(planned_dates(start, cadence, 6))
    ]
    store.sessions.add_many(sessions)
