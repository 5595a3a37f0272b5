"""« Save a copy… » of a journal opened read-only because its place cannot be written.

A journal on a write-protected key, a read-only share or disc opens read-only (F5):
nothing in it can be saved, and the automatic backups skip it (their rotation, by the
journal's name, could push away the backups of a journal of the same name on this
computer). A backup only reads the journal, so the bar across the window offers one:
an encrypted copy, with the same passphrase, written where the person chooses (the
journals' folder on this computer by default), off the UI thread; then the copy can be
opened, and written in — what the bar advises.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from carnet.ui.opener import OpenFailure, TaskRunner
from carnet.ui.services import messages

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow


def free_copy_path(journal: Path) -> Path:
    """Where the copy goes unless the person chooses: the journals' folder on this
    computer, under the journal's own name, « (2) », « (3) »… when taken."""
    from carnet import paths

    folder = paths.default_journal_path().parent
    suffix = journal.suffix if journal.suffix in (".carnet", ".journal") else ".carnet"
    candidate, n = folder / f"{journal.stem}{suffix}", 2
    while candidate.exists():
        candidate = folder / f"{journal.stem} ({n}){suffix}"
        n += 1
    return candidate


class JournalCopier(QObject):
    """Writes the copy (``store.backup_to``) off the UI thread, then offers to open it."""

    #: True while a copy is being written, False when done (written or not).
    busyChanged = Signal(bool)  # noqa: N815

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("journalCopier")
        self.window = window
        self.tasks = TaskRunner(self)
        self.tasks.finished.connect(self._written)
        self.tasks.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def save_copy(self) -> bool:
        """Ask where, then write the copy; True when it was started."""
        from carnet.ui.welcome import JOURNAL_FILTER

        store = self.window.store
        if store is None or self.busy:
            return False
        chosen = messages().save_file(self.window, self.tr("Save a copy of the journal"),
                                      str(free_copy_path(store.path)), JOURNAL_FILTER)
        if not chosen or self.window.store is not store:
            return False
        dest = Path(chosen).expanduser()
        if dest.suffix not in (".carnet", ".journal"):
            dest = dest.with_name(dest.name + ".carnet")
        self.busyChanged.emit(True)
        self.tasks.run("copy", lambda: store.backup_to(dest))
        return True

    def _written(self, _key: str, dest: object) -> None:
        self.busyChanged.emit(False)
        text = self.tr("The copy %1 is written. It is encrypted and opens with the same "
                       "passphrase; in it, what you write is saved.\n\nOpen the copy "
                       "now?").replace("%1", str(dest))
        if messages().question(self.window, self.tr("Copy written"), text):
            self.window.show_unlock(Path(str(dest)))

    def _failed(self, _key: str, failure: OpenFailure) -> None:
        self.busyChanged.emit(False)
        from carnet.ui import os_words

        detail = failure.detail.lower()
        if "full" in detail:
            reason = os_words.write_reason("ENOSPC")
        elif "cannot be written" in detail or "read-only" in detail:
            reason = self.tr("Carnet cannot write in that folder (read-only, or not allowed)")
        elif "overwrite the journal itself" in detail:
            reason = self.tr("that is the journal itself")
        else:
            reason = failure.detail.rstrip(".")
        messages().error(self.window, self.tr("Copy not written"),
                         self.tr("The copy was not written: %1. Nothing was changed; choose "
                                 "another place.").replace("%1", reason))
