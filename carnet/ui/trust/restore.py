"""File → « Restore a backup… »: choose a backup, then it replaces the journal.

The dialog lists the journal's backups in the configured folder (date in the
locale's format, size, why it was written) and asks for the backup's
passphrase: the journal's current one, since a passphrase change re-encrypts the
backups (or deletes them); one it did not re-encrypt opens with the passphrase of its
time (it said only that, and the person typed the old passphrase in vain: fresh8).
The chosen backup is
checked with it before anything happens. Then :func:`start_restore` saves what
is pending, locks the journal, lets ``BackupService.restore`` keep a copy of the
current file and put the checked backup in its place, off the UI thread, and
shows the unlock screen.

``latest_good=True`` (a damaged journal) finds the newest backup that opens with
the passphrase and passes the checks, instead of letting the person choose.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet.ui import style
from carnet.ui.opener import OpenFailure, TaskRunner
from carnet.ui.services import messages
from carnet.ui.welcome import add_reveal_action

if TYPE_CHECKING:  # the store is imported when a journal opens, not with the first window
    from carnet.store.backups import BackupInfo
    from carnet.ui.main_window import MainWindow


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("RestoreDialog", text, disambiguation, n)


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted (tests replace it to drive the dialog)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def reason_label(reason: str) -> str:
    """Why a backup was written, as the list shows it."""
    return {
        "": _tr("By hand"),
        "close": _tr("When closing"),
        "daily": _tr("Daily"),
        "before-passwd": _tr("Before a passphrase change"),
        "before-import": _tr("Before an import"),
    }.get(reason, reason)


def when_label(info: BackupInfo) -> str:
    """The backup's date and time in the locale's format."""
    from carnet.ui import formats  # (and the domain it names) when a date is shown

    moment = info.created
    time = QLocale().toString(QTime(moment.hour, moment.minute, moment.second),
                              QLocale.FormatType.ShortFormat)
    return f"{formats.format_date(moment.date(), 'medium')} {time}"


def size_label(size: int) -> str:
    """« 296,0 ko », « 5,1 Mo » (Qt's own format wrote « 296,00 Kio »)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


@dataclass(frozen=True)
class RestoreChoice:
    backup: BackupInfo
    passphrase: str
    #: the journal syncs and the person chose that it stops: the restore then holds
    stop_sync: bool = False


class RestoreDialog(QDialog):
    """The backups of one journal; the chosen one is checked with its passphrase."""

    def __init__(self, journal_path: Path, folder: Path, parent: QWidget | None = None, *,
                 latest_good: bool = False, synced: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setModal(True)
        self.journal_path = Path(journal_path)
        self.folder = Path(folder)
        self.latest_good = latest_good
        #: the journal syncs: what was written since the backup comes back at its next
        #: sync, unless it stops syncing (said, and offered: fresh8's G16)
        self.synced = synced
        self.choice: RestoreChoice | None = None
        self.tasks = TaskRunner(self)
        from carnet.store.backups import list_backups
        from carnet.store.errors import StoreError

        try:
            self.backups = list_backups(self.folder, self.journal_path)
            folder_problem = ""
        except StoreError as exc:
            self.backups, folder_problem = [], str(exc)
        self._build(folder_problem)
        self._wire()
        self._update()

    def _build(self, folder_problem: str) -> None:
        if self.latest_good:
            intro = self.tr("Carnet will look for the newest backup of %1 that opens with "
                            "the passphrase below and passes every check, then put it in "
                            "place of the journal.")
        else:
            intro = self.tr("Choose the backup of %1 to put in place of the journal.")
        self.intro = style.label(intro.replace("%1", self.journal_path.name), wrap=True)
        self.folder_label = style.label(
            self.tr("Backups in %1").replace("%1", str(self.folder)), "muted", wrap=True)

        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Size"), self.tr("Written")])
        for info in self.backups:
            item = QTreeWidgetItem([when_label(info), size_label(info.size),
                                    reason_label(info.reason)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, info.path.name)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        if self.backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.setEnabled(not self.latest_good)
        self.empty_label = style.label(
            folder_problem or self.tr("There is no backup of this journal in this folder. "
                                      "The backup folder can be changed in the Preferences."),
            "warning", wrap=True)
        self.empty_label.setVisible(not self.backups)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase of the backup"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase of the backup"))
        add_reveal_action(self.passphrase_edit, self.tr("Show the passphrase"))
        self.passphrase_hint = style.label(
            self.tr("Usually the journal's current passphrase: changing the passphrase "
                    "re-encrypts the backups. A backup it did not re-encrypt opens with the "
                    "passphrase the journal had then."), "hint", wrap=True)
        self.note = style.label(
            self.tr("The journal will be locked first. The current file is kept beside it "
                    "(its name ends in “before-restore”), then the backup takes its place "
                    "and opens with its own passphrase."), "notice", wrap=True)
        self.sync_warning = style.label(
            self.tr("This journal syncs: at its next sync, what was written since this "
                    "backup — here or on your other devices — comes back into it, and the "
                    "restore is undone. To keep the journal as the backup holds it, it "
                    "must stop syncing."), "warning", wrap=True)
        self.sync_warning.setObjectName("restoreSyncWarning")
        self.stop_sync_check = QCheckBox(
            self.tr("Stop syncing this journal (the restore then holds)"))
        self.stop_sync_check.setObjectName("restoreStopSync")
        self.stop_sync_check.setChecked(True)
        for widget in (self.sync_warning, self.stop_sync_check):
            widget.setVisible(self.synced)
        self.error_label = style.label("", "error", wrap=True)
        self.error_label.setObjectName("restoreError")
        self.error_label.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore the latest valid backup") if self.latest_good
            else self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.passphrase_hint)
        layout.addWidget(self.note)
        layout.addWidget(self.sync_warning)
        layout.addWidget(self.stop_sync_check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        # Tall enough for its wrapped texts at the person's font size (1.5× included).
        self.resize(620, max(460, layout.totalHeightForWidth(620)))
        if self.backups:  # the newest is chosen: the keyboard where a passphrase goes (it
            self.passphrase_edit.setFocus()  # went to the list, whose type-ahead ate it)

    def _wire(self) -> None:
        self.passphrase_edit.textChanged.connect(self._update)
        self.passphrase_edit.returnPressed.connect(self.submit)
        self.list.currentItemChanged.connect(self._update)
        self.restore_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.tasks.finished.connect(self._checked)
        self.tasks.failed.connect(self._failed)

    # -- state ---------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        path = item.data(0, Qt.ItemDataRole.UserRole)
        return next((info for info in self.backups if str(info.path) == path), None)

    def select(self, path: Path) -> bool:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item.data(0, Qt.ItemDataRole.UserRole) == str(path):
                self.list.setCurrentItem(item)
                return True
        return False

    def _update(self, *_args: object) -> None:
        ready = bool(self.passphrase_edit.text()) and (
            bool(self.backups) if self.latest_good else self.selected() is not None)
        self.restore_button.setEnabled(ready and not self.busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.passphrase_edit.setEnabled(not busy)
        self.list.setEnabled(not busy and not self.latest_good)
        if busy:
            self.error_label.hide()
        self._update()

    # -- checking ------------------------------------------------------------------------------
    def submit(self) -> None:
        """Check the backup with the passphrase, off the UI thread; accept when it opens."""
        if self.busy or not self.restore_button.isEnabled():
            return
        from carnet.store.backups import latest_good_backup, verify_backup

        passphrase = self.passphrase_edit.text()
        if self.latest_good:
            folder, journal = self.folder, self.journal_path
            self.tasks.run("latest", lambda: latest_good_backup(folder, journal, passphrase))
        else:
            info = self.selected()
            if info is None:
                return
            self.tasks.run("verify", lambda: (verify_backup(info.path, passphrase), info)[1])
        self._set_busy(True)

    def _checked(self, key: str, info: object) -> None:
        from carnet.store.backups import BackupInfo

        self._set_busy(False)
        if not isinstance(info, BackupInfo):
            self._show_error(self.tr("No backup of this journal opens with this passphrase "
                                     "and passes the checks. Try the passphrase the journal "
                                     "had before, or choose a backup by hand."))
            return
        self.select(info.path)
        self.choice = RestoreChoice(info, self.passphrase_edit.text(),
                                    stop_sync=self.synced and self.stop_sync_check.isChecked())
        self.passphrase_edit.setText("")
        self.accept()

    def _failed(self, key: str, failure: OpenFailure) -> None:
        self._set_busy(False)
        if failure.kind == "wrong_passphrase":
            text = self.tr("This backup does not open with this passphrase. Type the "
                           "journal's current passphrase (a passphrase change re-encrypts "
                           "the backups), or, for a backup it did not re-encrypt, the one "
                           "the journal had then.")
        else:
            text = self.tr("This backup cannot be used; choose another one.") + "\n" + \
                failure.detail
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.passphrase_edit.setFocus()

    # -- closing -------------------------------------------------------------------------------
    def reject(self) -> None:
        self.tasks.wait()
        self.passphrase_edit.setText("")
        self.choice = None
        super().reject()

    def close_for_lock(self) -> None:
        """The journal locks: give up (the check only reads; nothing to finish)."""
        self.reject()


class Restorer(QObject):
    """Puts a checked backup in place of the (closed) journal, off the UI thread."""

    restored = Signal(object, object)  # BackupInfo, the copy kept of the replaced file
    failed = Signal(object, object)  # BackupInfo, OpenFailure

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = TaskRunner(self)
        self.tasks.finished.connect(self._finished)
        self.tasks.failed.connect(self._failed)
        self._current: BackupInfo | None = None
        #: what the last restore did to the journal's sync: "" (it did not sync),
        #: "stopped" (it no longer syncs), "syncs" (what was written since comes back)
        self.sync_outcome = ""

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def start(self, backup: BackupInfo, journal: Path, passphrase: str, *,
              synced: bool = False, stop_sync: bool = False) -> None:
        from carnet.store.backups import BackupService

        self._current = backup
        self.sync_outcome = "stopped" if stop_sync else "syncs" if synced else ""

        def restore() -> Path | None:
            before = BackupService().restore(backup.path, journal, passphrase)
            if stop_sync:
                stop_syncing(journal, passphrase)
            return before

        self.tasks.run("restore", restore)

    def _finished(self, key: str, before: object) -> None:
        self.restored.emit(self._current, before)

    def _failed(self, key: str, failure: OpenFailure) -> None:
        self.failed.emit(self._current, failure)

    def wait(self) -> bool:
        return self.tasks.wait()


def stop_syncing(journal: Path, passphrase: str) -> None:
    """The restored journal forgets its synced folder: nothing written since the backup
    comes back into it (its sync key and identity stay: set up again on the same folder,
    it catches up). Off the UI thread, the journal closed."""
    from carnet.store import JournalStore

    store = JournalStore.open(journal, passphrase)
    try:
        store.sync.folder = None
    finally:
        store.close()


def start_restore(window: MainWindow, backup: BackupInfo, passphrase: str, *,
                  stop_sync: bool = False) -> bool:
    """Save what is pending, lock, then restore in the background; False if it cannot start.

    The window's restorer (``window.trust.restorer``, see ``carnet.ui.ext_trust``)
    reports the outcome, and the unlock screen says what happened.
    """
    journal = window.journal_path
    trust = getattr(window, "trust", None)
    if journal is None or trust is None or trust.restorer.busy:
        return False
    synced = bool(window.store is not None and window.store.sync.folder)
    if window.workspace is not None:
        window.workspace.flush()
    # The person chose to go back to the backup: what the journal refused is not put
    # back over it at the next unlock (carnet.ui.unsaved).
    window.lock(keep_unsaved=False)
    if window.store is not None:  # cannot happen: lock() always closes the store
        return False
    window.opener.cancel()
    window.show_unlock(journal, demo=window.demo)
    window.unlock.set_busy(True)
    window.unlock.status_label.setText(_tr("Restoring the backup…"))
    trust.restorer.start(backup, journal, passphrase, synced=synced,
                         stop_sync=stop_sync and synced)
    return True


def restore_backup(window: MainWindow) -> bool:
    """File → Restore a backup…: True once a restore has started."""
    return _choose_and_restore(window, latest_good=False)


def restore_latest_good(window: MainWindow) -> bool:
    """The offer made when the journal is found damaged."""
    return _choose_and_restore(window, latest_good=True)


def _choose_and_restore(window: MainWindow, *, latest_good: bool) -> bool:
    journal = window.journal_path
    if journal is None:
        messages().information(window, _tr("Restore a backup"),
                               _tr("Open a journal first: its backups are listed here."))
        return False
    synced = bool(window.store is not None and window.store.sync.folder)
    dialog = RestoreDialog(journal, window.backup_folder(), window, latest_good=latest_good,
                           synced=synced)
    try:
        accepted = run_dialog(dialog)
        choice = dialog.choice if accepted else None
    finally:
        dialog.deleteLater()
    if choice is None:
        return False
    return start_restore(window, choice.backup, choice.passphrase, stop_sync=choice.stop_sync)
