"""Issue 15, fresh-eyes review: the conflict badge says which note, and stays while the
note holds two versions.

Real window, real encrypted journals (this one and a « Portable » joined through a
folder under tmp_path); both edit the « Exposé » of session 3 between two syncs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import MARKER, seed_journal

import carnet.sync as engine
from carnet.store import JournalStore


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "Nextcloud"
    path.mkdir()
    return path


def held_session(store, number: int = 3):
    return next(s for s in store.sessions.list() if s.number == number)


def write_on(path: Path, passphrase: str, text: str, number: int = 3) -> None:
    store = JournalStore.open(path, passphrase)
    try:
        store.notes.save(held_session(store, number).id, "expose", text)
        assert engine.sync_once(store).complete
    finally:
        store.close()


def test_the_badge_names_the_note_and_stays_until_it_is_edited(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    seed_journal(journal_path, passphrase)
    store = JournalStore.open(journal_path, passphrase)
    try:
        engine.setup(store, folder, passphrase)
        assert engine.sync_once(store, folder).complete
    finally:
        store.close()
    other = tmp_path / "portable.carnet"
    assert engine.join(folder, passphrase, other, device_label="Portable").complete
    window = unlocked()
    controller, label = window.sync.controller, window.sync.label
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    session = held_session(window.store)
    group = window.store.groups.get(session.group_id).name
    window.store.notes.save(session.id, "expose", f"Version du bureau {MARKER}")
    write_on(other, passphrase, f"Version du portable {MARKER}")
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000) as arrived:
        controller.request("now")
    assert arrived.args[0].conflicts == 1
    assert label.text() == "Conflict resolved: 1 note"
    said = label.toolTip()
    assert f"{group}, session 3 (" in said, said
    assert "— The problem situation" in said, said  # the step, by its title

    # Something else arrives: the note still holds both versions, the badge stays.
    write_on(other, passphrase, "autre séance", number=1)
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000) as arrived:
        controller.request("now")
    assert arrived.args[0].received >= 1 and arrived.args[0].conflicts == 0  # control
    assert label.text() == "Conflict resolved: 1 note"
    assert f"{group}, session 3 (" in label.toolTip()

    # The person keeps one text: at the next sync that brings something, it is gone.
    window.store.notes.save(session.id, "expose", "gardé : une seule version")
    write_on(other, passphrase, "encore autre chose", number=1)
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        controller.request("now")
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    assert label.text() == "Synced just now"
    assert "session 3 (" not in label.toolTip()
