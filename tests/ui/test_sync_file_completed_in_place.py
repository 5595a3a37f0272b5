"""Found by a fresh-eyes review (fresh5): a change file that a sync tool completes in place is read soon after.

Dropbox, OneDrive, an SMB share or a copy onto a USB key write a file under its final
name and let it grow. Carnet reads it half-written, reports « en cours de
téléchargement … il sera lu à la prochaine synchronisation », and then nothing
happens when the file is complete: the folder watcher listens for directory changes
only (a file written in place changes no directory entry), and the next sync is the
5-minute timer's. Real window (/tmp/fresh5/shots/15_syncpage.png): 20 s after the
file was complete, the page still said it was being downloaded.

Control: a complete file that appears (a new name) brings a sync by itself.
"""

from __future__ import annotations

from pathlib import Path

from test_sync_ui import (
    folder,  # noqa: F401  (fixture)
    held_session,
    open_store,
    other_device,
    set_up_folder,
)
from ui_helpers import seed_journal

import carnet.sync as engine
from carnet.sync.report import Code


def _write_other(path: Path, passphrase: str, text: str) -> None:
    store = open_store(path, passphrase)
    try:
        store.notes.save(held_session(store).id, "expose", text)
        assert engine.sync_once(store).complete
    finally:
        store.close()


def test_a_file_completed_in_place_is_read_without_waiting_for_the_timer(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):  # noqa: F811
    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    # the other device writes into a folder of its own (its copy of the synced folder)
    theirs = tmp_path / "their-copy"
    import shutil
    shutil.copytree(folder, theirs)
    other = other_device(theirs, passphrase, tmp_path / "portable.carnet")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.last_report is not None and not controller.worker.busy,
                    timeout=30_000)
    controller.debounce.setInterval(300)

    # control: a whole new file appearing brings a sync by itself
    their_files = lambda: {p.relative_to(theirs): p for p in theirs.rglob("*.cbundle")}  # noqa: E731
    before = set(their_files())
    _write_other(other, passphrase, "premier texte du portable")
    new = [rel for rel in their_files() if rel not in before]
    assert new
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        for rel in new:
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_bytes((theirs / rel).read_bytes())
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    assert window.store.notes.get(held_session(window.store).id, "expose").text == \
        "premier texte du portable"

    # the sync tool writes the next file in place: first half of it, a sync reads it
    before = set(their_files())
    _write_other(other, passphrase, "second texte du portable")
    (rel,) = [rel for rel in their_files() if rel not in before]
    whole = (theirs / rel).read_bytes()
    target = folder / rel
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        target.write_bytes(whole[: len(whole) // 2])
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    assert any(p.code == Code.INCOMPLETE for p in controller.last_report.problems)

    # ... then the rest of it, in place (same name): it is read within seconds
    with target.open("ab") as handle:
        handle.write(whole[len(whole) // 2:])
    qtbot.waitUntil(
        lambda: window.store.notes.get(held_session(window.store).id, "expose").text
        == "second texte du portable", timeout=20_000)
    qtbot.waitUntil(lambda: not controller.worker.busy and not any(  # (its report, too)
        p.code == Code.INCOMPLETE for p in controller.last_report.problems), timeout=20_000)
    assert controller.watcher.files() == []  # read: no longer watched
