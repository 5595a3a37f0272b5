"""What the window shows when a journal is damaged, and the way back to a backup.

* :class:`DamageBanner`: the structural check run after unlocking found damage
  (``MainWindow.journalDamaged``); the journal is read-only. A bar across the
  window says so until the journal locks, with « Restore the latest valid
  backup… ».
* :class:`RecoveryOffer`: opening failed because the file is damaged (every page
  is verified at open: one flipped byte is enough). With the passphrase just
  typed, the newest backup that opens and passes the checks is looked for off
  the UI thread; when there is one, the unlock screen offers « Restore the latest
  valid backup ». The passphrase is kept only while the offer is shown.
* :class:`UnlockNotice`: a line on the unlock screen after a restore.

The offer and the notice are dismissed whenever the unlock screen shows a
journal again (``UnlockPage.journalShown``): they belonged to the one before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from carnet.ui import style
from carnet.ui.opener import OpenFailure, TaskRunner
from carnet.ui.unlock import UnlockPage

if TYPE_CHECKING:  # the store is imported when a journal opens, not with the first window
    from carnet.store.backups import BackupInfo

BANNER_CSS = ("QFrame#damageBannerFrame { background: #fbe9e4; border: 1px solid #e4b7aa; "
              "border-radius: 6px; } QFrame#damageBannerFrame QLabel { color: #6b2416; "
              "background: transparent; }")


def insert_in_unlock_card(page: UnlockPage, widget: QWidget) -> None:
    """Put ``widget`` on the unlock screen's card, just under its problem message."""
    anchor = page.problem_label
    layout = anchor.parentWidget().layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(anchor) + 1, widget)
    else:  # a different layout one day: still shown, at the end of the card
        anchor.parentWidget().layout().addWidget(widget)


class _WideBar(QToolBar):
    """A full-width bar across the window's top, fixed in place, in the banners' look:
    ``frame`` holds its content."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.frame = QFrame()
        self.frame.setObjectName("damageBannerFrame")
        self.frame.setStyleSheet(BANNER_CSS)


class DamageBanner(_WideBar):
    """A full-width bar: the journal is damaged and read-only; restore a backup."""

    restoreRequested = Signal()  # noqa: N815

    def __init__(self, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__("damageBanner", parent)
        frame = self.frame
        self.label = QLabel(
            self.tr("Carnet found damage in this journal (%1). To protect what is left, "
                    "it is read-only: nothing you change now is saved.").replace(
                        "%1", problems[0] if problems else self.tr("integrity check")))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(self.tr("Restore the latest valid backup…"))
        self.restore_button.setProperty("role", "primary")
        row = QHBoxLayout(frame)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(12)
        row.addWidget(self.label, 1)
        row.addWidget(self.restore_button)
        self.addWidget(frame)
        self.restore_button.clicked.connect(self.restoreRequested)


class ReadOnlyPlaceBanner(_WideBar):
    """A full-width bar: the journal was opened read-only, its folder cannot be written
    (a write-protected key, a read-only share or disc: fresh7's F5, it could not be
    opened at all). Says what works and how to write in it."""

    copyRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None, *, backup_text: str = "") -> None:
        super().__init__("readOnlyPlaceBanner", parent)
        frame = self.frame
        self.label = QLabel(backup_text or self.tr(
            "This journal is on a medium Carnet cannot write to (a write-protected key, "
            "a read-only share or disc): it is open read-only. You can read it, search it "
            "and print it, but nothing you change is saved. To write in it, save a copy "
            "onto this computer and open the copy."))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A backup only reads the journal: the copy is one (encrypted, same passphrase).
        self.copy_button = QPushButton(self.tr("Save a copy…"))
        self.copy_button.setObjectName("saveCopyButton")
        self.copy_button.setProperty("role", "primary")
        self.copy_button.setToolTip(self.tr(
            "An encrypted copy of the journal, with the same passphrase, where you choose "
            "on this computer: a backup, and a journal you can write in"))
        row = QHBoxLayout(frame)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(12)
        row.addWidget(self.label, 1)
        row.addWidget(self.copy_button)
        self.addWidget(frame)
        self.copy_button.clicked.connect(self.copyRequested)
        # a backup is put back in place by « Restaurer »; a copy of it would sync as
        # another device
        self.copy_button.setVisible(not backup_text)

    def set_busy(self, busy: bool) -> None:
        """While the copy is written: the button says so and cannot start another."""
        self.copy_button.setEnabled(not busy)
        self.copy_button.setText(self.tr("Copying…") if busy else self.tr("Save a copy…"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # As tall as its text at this width: a wrapped label's own hint guesses a narrow
        # width, and the bar took a third of the window for two lines.
        button = self.copy_button.sizeHint() if not self.copy_button.isHidden() else None
        width = max(200, self.width() - 40 - (button.width() + 12 if button else 0))
        self.frame.setFixedHeight(max(self.label.heightForWidth(width),
                                      button.height() if button else 0) + 20)


class RecoveryOffer(QWidget):
    """« Restore the latest valid backup » on the unlock screen of a damaged journal."""

    restoreRequested = Signal(object, str)  # noqa: N815 - BackupInfo, passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryOffer")
        self.tasks = TaskRunner(self)
        self.backup: BackupInfo | None = None
        self._passphrase = ""
        self._path: Path | None = None
        self.label = style.label("", "muted", wrap=True)
        self.button = QPushButton(self.tr("Restore the latest valid backup"))
        self.button.setObjectName("restoreLatestButton")
        self.button.setProperty("role", "primary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()
        self.tasks.finished.connect(self._found)
        self.tasks.failed.connect(lambda _key, _failure: self.dismiss())
        self.button.clicked.connect(self._restore)

    @property
    def searching(self) -> bool:
        return self.tasks.busy

    def look_for_backup(self, folder: Path, journal: Path, passphrase: str) -> None:
        """Look for the newest good backup off the UI thread; show the offer if found."""
        from carnet.store.backups import latest_good_backup

        self.dismiss()
        self._passphrase, self._path = passphrase, Path(journal)
        self.tasks.run("latest", lambda: latest_good_backup(folder, journal, passphrase))

    def _found(self, key: str, info: object) -> None:
        from carnet.store.backups import BackupInfo
        from carnet.ui.trust.restore import when_label

        if not isinstance(info, BackupInfo) or not self._passphrase:
            self.dismiss()
            return
        self.backup = info
        self.label.setText(
            self.tr("A backup from %1 opens with this passphrase and passes every check. "
                    "Restoring it keeps the damaged file beside it.").replace(
                        "%1", when_label(info)))
        self.show()
        self.button.setFocus()

    def _restore(self) -> None:
        if self.backup is not None and self._passphrase:
            backup, passphrase = self.backup, self._passphrase
            self.dismiss()
            self.restoreRequested.emit(backup, passphrase)

    def dismiss(self) -> None:
        """Hide the offer and forget the passphrase."""
        self.hide()
        self.backup = None
        self._passphrase = ""


class UnlockNotice(QLabel):
    """What just happened (a restore), on the unlock screen until the next change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockNotice")
        self.setWordWrap(True)
        style.set_role(self, "notice")
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.show()

    def dismiss(self) -> None:
        self.clear()
        self.hide()


def failure_is_damage(failure: OpenFailure) -> bool:
    """True when opening failed because the file is damaged (not a wrong passphrase)."""
    return failure.cause == "DamagedJournalError"
