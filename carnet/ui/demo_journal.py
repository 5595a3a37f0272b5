"""A throw-away demonstration journal (``carnet --demo``, the screenshots).

Written in a fresh temporary folder with the passphrase ``demo``; the folder
is removed when the window closes. The content comes from ``carnet.demo``.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

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
        from carnet.demo import build_demo  # the demo text is large: read when asked for

        build_demo(store, today=today)
    finally:
        store.close()
    return path
