"""Devices for the sync tests (helpers shared by tests/sync; fixtures in conftest.py): real encrypted journals in tmp_path, one shared folder.

Creating or joining a journal costs an Argon2id derivation (~0.3 s); a test
that needs several devices copies a set made once (journals + folder) and
opens the copies with the key already derived — the same files, the same
store code, only the derivation spared.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from carnet.domain import Group, Session
from carnet.store import JournalStore
from carnet.store.connection import JournalLock, keying_for_file, open_keyed
from carnet.sync import join, remember_place, setup, sync_once

PASSPHRASE = "correct horse « battery » staple"


def open_fast(path: Path, key) -> JournalStore:
    """Open a journal with its key already derived (a copy shares its salt, hence its key)."""
    lock = JournalLock(path)
    lock.acquire()
    try:
        conn = open_keyed(path, key, check=False)
    except BaseException:
        lock.release()
        raise
    return JournalStore(path, conn, lock, key)


@dataclass
class DeviceSet:
    """Journals (one per device, each joined through the folder) and the folder."""

    root: Path
    names: tuple[str, ...]
    #: each journal's derived key (a joined journal has its own salt, hence its own key)
    keys: dict[str, object]

    def journal(self, name: str) -> Path:
        return self.root / f"{name}.carnet"

    @property
    def folder(self) -> Path:
        return self.root / "cloud"

    def copy_to(self, dest: Path) -> DeviceSet:
        shutil.copytree(self.root, dest, ignore=shutil.ignore_patterns("*.lock"))
        copy = DeviceSet(dest, self.names, self.keys)
        for name in self.names:  # each journal remembers the folder: point it at the copy's
            store = copy.open(name)
            # these copies are the devices from now on (the set made once is never
            # opened again): each file holds its device identity where it lies
            remember_place(store)
            store.close()
        return copy

    def open(self, name: str) -> JournalStore:
        """Open a device's journal, pointed at THIS set's folder (a copy remembers the
        folder of the set it was copied from)."""
        store = open_fast(self.journal(name), self.keys[name])
        if store.sync.folder != str(self.folder):
            store.sync.folder = str(self.folder)
        return store


def build_devices(root: Path, names=("a", "b", "c")) -> DeviceSet:
    """Device ``a`` creates the journal with one group and sets up sync; the others join."""
    root.mkdir(parents=True, exist_ok=True)
    folder = root / "cloud"
    folder.mkdir()
    first = root / f"{names[0]}.carnet"
    store = JournalStore.create(first, PASSPHRASE, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codev", template_id="codev"))
        store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 12),
                                   title="séance commune"))
        setup(store, folder, PASSPHRASE)
        store.sync.device_label = names[0]
        report = sync_once(store)
        assert report.complete, report.problems
    finally:
        store.close()
    for name in names[1:]:
        report = join(folder, PASSPHRASE, root / f"{name}.carnet", device_label=name)
        assert report.complete, report.problems
    keys = {name: keying_for_file(root / f"{name}.carnet", PASSPHRASE) for name in names}
    return DeviceSet(root, tuple(names), keys)
