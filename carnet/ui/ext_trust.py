"""Trust in the app (issue 7): passphrase change, restore, damaged journals.

Plugged in by ``MainWindow.install_extensions``:

* File → « Change the passphrase… » (``carnet.ui.trust.passphrase``);
* File → « Restore a backup… » (``carnet.ui.trust.restore``), also while locked;
* a journal found damaged after unlocking (``MainWindow.journalDamaged``): a
  banner, a message, and the offer to restore the latest valid backup;
* a journal that does not open because it is damaged: the unlock screen offers
  the latest valid backup, found with the passphrase just typed;
* a journal open read-only because its place cannot be written: a bar says so, with
  « Save a copy… » (``carnet.ui.trust.journal_copy``).

The lock itself (dialogs closed, clipboard cleared, screen lock and sleep)
is ``MainWindow.lock`` and does not depend on this extension.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from carnet.ui.opener import OpenFailure
from carnet.ui.services import messages
from carnet.ui.trust.integrity import (
    DamageBanner,
    ReadOnlyPlaceBanner,
    RecoveryOffer,
    UnlockNotice,
    failure_is_damage,
    insert_in_unlock_card,
)

if TYPE_CHECKING:  # the store and the dialogs load when first needed, not at start
    from carnet.store.backups import BackupInfo
    from carnet.ui.main_window import MainWindow
    from carnet.ui.trust.journal_copy import JournalCopier
    from carnet.ui.trust.restore import Restorer


class TrustController(QObject):
    """The window's trust features that are not the lock itself (see the module doc)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("trustController")
        self.window = window
        self._restorer: Restorer | None = None  # built at the first restore (``restorer``)
        self._copier: JournalCopier | None = None  # built at the first « Save a copy… »
        self.offer = RecoveryOffer()
        self.notice = UnlockNotice()
        insert_in_unlock_card(window.unlock, self.notice)
        insert_in_unlock_card(window.unlock, self.offer)
        self.banner: DamageBanner | ReadOnlyPlaceBanner | None = None
        self._typed = ""  # the passphrase of the opening under way, until its outcome

        self.passphrase_action = QAction(self.tr("Change the pass&phrase…"), window)
        self.passphrase_action.setObjectName("changePassphraseAction")
        self.passphrase_action.setStatusTip(
            self.tr("Re-encrypt the journal under a new passphrase"))
        self.restore_action = QAction(self.tr("&Restore a backup…"), window)
        self.restore_action.setObjectName("restoreBackupAction")
        self.restore_action.setStatusTip(
            self.tr("Put one of the journal's backup copies in its place"))
        window.add_action("file", self.passphrase_action, journal_only=True)
        window.add_action("file", self.restore_action, journal_only=False)
        self._place_in_file_menu()

        # Signals, in one place
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.restore_action.triggered.connect(self.restore_backup)
        window.unlock.unlockRequested.connect(self._unlock_requested)
        window.unlock.journalShown.connect(self._journal_shown)
        window.opener.failed.connect(self._open_failed)
        window.journalOpened.connect(self._opened)
        window.journalLocked.connect(self._locked)
        window.journalDamaged.connect(self._damaged)
        self.offer.restoreRequested.connect(self._restore_offered)

    @property
    def restorer(self) -> Restorer:
        """Puts a backup in place off the UI thread; its code loads with the first restore."""
        if self._restorer is None:
            from carnet.ui.trust.restore import Restorer

            self._restorer = Restorer(self)
            self._restorer.restored.connect(self._restored)
            self._restorer.failed.connect(self._restore_failed)
        return self._restorer

    def _place_in_file_menu(self) -> None:
        """Just above « Lock », in a group of their own."""
        menu = self.window.menus["file"]
        lock = self.window.actions.get("lock")
        if lock is None or lock not in menu.actions():
            return
        for action in (self.passphrase_action, self.restore_action):
            menu.removeAction(action)
        menu.insertActions(lock, [self.passphrase_action, self.restore_action])
        menu.insertSeparator(lock)

    # -- commands -----------------------------------------------------------------------------
    def change_passphrase(self):
        from carnet.ui.trust import passphrase

        return passphrase.change_passphrase(self.window)

    def restore_backup(self) -> bool:
        from carnet.ui.trust import restore

        return restore.restore_backup(self.window)

    def restore_latest_good(self) -> bool:
        from carnet.ui.trust import restore

        return restore.restore_latest_good(self.window)

    # -- opening ------------------------------------------------------------------------------
    def _unlock_requested(self, typed: str) -> None:
        self._typed = typed
        self.offer.dismiss()
        self.notice.dismiss()

    def _journal_shown(self, _path: object) -> None:
        self.offer.dismiss()
        self.notice.dismiss()

    def _open_failed(self, failure: OpenFailure) -> None:
        typed, self._typed = self._typed, ""
        path = self.window.journal_path
        if failure_is_damage(failure) and typed and path is not None:
            self.offer.look_for_backup(self.window.backup_folder(), path, typed)

    def _opened(self) -> None:
        self._typed = ""
        self.offer.dismiss()
        self.notice.dismiss()
        store = self.window.store
        backup = getattr(store, "backup", None) if store is not None else None
        if store is not None and (getattr(store, "read_only_place", None) or backup):
            self._remove_banner()
            self.banner = banner = ReadOnlyPlaceBanner(
                self.window, backup_text=self._backup_text(backup) if backup else "")
            self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
            self.window.insertToolBarBreak(banner)
            banner.show()
            banner.copyRequested.connect(self.save_copy)
            banner.set_busy(self.copier is not None and self.copier.busy)

    def _backup_text(self, backup: BackupInfo) -> str:
        """The bar over a backup opened to look at it (fresh8's G17)."""
        from carnet.ui.trust.restore import reason_label, when_label

        text = self.tr(
            "This is a backup of your journal (%1, %2): it is open read-only and does not "
            "sync, so that it stays as it was. To put it back in place of your journal: "
            "open your journal, then File › Restore a backup…")
        return text.replace("%1", when_label(backup)).replace(
            "%2", reason_label(backup.reason).lower())

    @property
    def copier(self) -> JournalCopier | None:
        return self._copier

    def save_copy(self) -> bool:
        """« Save a copy… » of a journal open read-only (``carnet.ui.trust.journal_copy``)."""
        if self._copier is None:
            from carnet.ui.trust.journal_copy import JournalCopier

            self._copier = JournalCopier(self.window)
            self._copier.busyChanged.connect(self._copy_busy)
        return self._copier.save_copy()

    def _copy_busy(self, busy: bool) -> None:
        if isinstance(self.banner, ReadOnlyPlaceBanner):
            self.banner.set_busy(busy)

    # -- damage found after unlocking ----------------------------------------------------------
    def _damaged(self, problems: list[str]) -> None:
        window = self.window
        self._remove_banner()
        self.banner = DamageBanner(problems, window)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        window.insertToolBarBreak(self.banner)
        self.banner.show()
        self.banner.restoreRequested.connect(self.restore_latest_good)
        name = window.journal_path.name if window.journal_path else ""
        text = self.tr(
            "The check run after opening found damage in %1:\n%2\n\n"
            "Carnet switched the journal to read-only so the damage cannot spread: what "
            "you change now is not saved, and no backup is written from it.\n\n"
            "Restore the latest valid backup now? (Later: the button at the top of the "
            "window, or File → Restore a backup…)").replace("%1", name).replace(
                "%2", "\n".join(problems[:3]))
        if messages().question(window, self.tr("The journal is damaged"), text) and \
                window.store is not None:
            self.restore_latest_good()

    def _locked(self) -> None:
        self._remove_banner()

    def _remove_banner(self) -> None:
        if self.banner is not None:
            self.window.removeToolBarBreak(self.banner)
            self.window.removeToolBar(self.banner)
            self.banner.deleteLater()
            self.banner = None

    # -- restoring ----------------------------------------------------------------------------
    def _restore_offered(self, backup: BackupInfo, typed: str) -> None:
        from carnet.ui.trust import restore

        restore.start_restore(self.window, backup, typed)

    def _restored(self, backup: BackupInfo, before: object) -> None:
        from carnet.ui.trust.restore import when_label

        window = self.window
        if window.journal_path is not None:
            window.show_unlock(window.journal_path, demo=window.demo)
        text = self.tr("The backup from %1 was restored.").replace("%1", when_label(backup))
        if before is not None:
            text += " " + self.tr("The file it replaced was kept as %1.").replace(
                "%1", Path(str(before)).name)
        text += " " + self.tr("It opens with the passphrase you gave for the backup.")
        outcome = self.restorer.sync_outcome
        if outcome == "stopped":
            text += " " + self.tr("It no longer syncs: the restore holds, your other "
                                  "devices keep what they have. To sync it again: Edit › "
                                  "Sync… (what was written since then comes back).")
        elif outcome == "syncs":
            text += " " + self.tr("It still syncs: what was written since the backup comes "
                                  "back at its next sync.")
        self.notice.say(text)

    def _restore_failed(self, backup: BackupInfo, failure: OpenFailure) -> None:
        window = self.window
        if window.journal_path is not None:
            window.show_unlock(window.journal_path, demo=window.demo)
        text = self.tr("The backup was not restored; the journal was not changed.")
        self.notice.say(text)
        messages().error(window, self.tr("Backup not restored"),
                         text + "\n\n" + failure.detail)


def install(window: MainWindow) -> TrustController:
    """Add the trust commands and reactions to the window (once per window)."""
    existing = getattr(window, "trust", None)
    if isinstance(existing, TrustController):
        return existing
    window.trust = TrustController(window)
    return window.trust
