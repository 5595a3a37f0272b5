"""File → « Change the passphrase… »: the old one, the new one twice, then the change.

The change re-encrypts the whole journal after writing a backup (two key
derivations and two copies, then one copy per old backup): it runs off the UI
thread with a busy indicator, through
``carnet.store.backups.change_passphrase_with_backup``. A wrong old
passphrase, a read-only folder or a backup that cannot be written leave the
journal as it was, on the old passphrase, and the dialog says why.

No copy keeps the old passphrase behind the person's back: one question in the
dialog decides whether every backup of the journal (close, daily, the one
written before the change) is re-encrypted with the new passphrase or deleted;
the end message says what was done, and names any backup that could be neither.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carnet.store import JournalStore
from carnet.store.errors import StoreError
from carnet.ui import style
from carnet.ui.fit import keep_wrapped_text_whole
from carnet.ui.opener import OpenFailure, TaskRunner
from carnet.ui.services import messages
from carnet.ui.welcome import add_reveal_action, passphrase_score, strength_text

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("PassphraseDialog", text, disambiguation, n)


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted (tests replace it to drive the dialog)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def _password_field(placeholder: str, reveal_tip: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    add_reveal_action(field, reveal_tip)
    # wide enough for its hint beside the eye (the French ones were cut: fresh6)
    metrics = field.fontMetrics()
    field.setMinimumWidth(metrics.horizontalAdvance(placeholder) + 2 * metrics.height() + 24)
    return field


class PassphraseDialog(QDialog):
    """Old passphrase, new one twice with its strength; the change runs in the background."""

    def __init__(self, store: JournalStore, backup_folder: Path, keep: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setModal(True)
        self.store = store
        self.backup_folder = Path(backup_folder)
        self.keep = keep
        #: "changed" once the journal is under the new passphrase; what was done then.
        self.outcome: str | None = None
        self.change = None
        #: False when the synced folder could not be given the new passphrase yet.
        self.sync_rewrapped = True
        self.tasks = TaskRunner(self)
        self._build()
        self._wire()
        self._update_feedback()

    def _build(self) -> None:
        reveal = self.tr("Show the passphrase")
        self.old_edit = _password_field(self.tr("The passphrase you type today"), reveal)
        self.old_edit.setAccessibleName(self.tr("Current passphrase"))
        self.new_edit = _password_field(self.tr("A few words only you know"), reveal)
        self.new_edit.setAccessibleName(self.tr("New passphrase"))
        self.confirm_edit = _password_field(self.tr("The new passphrase again"), reveal)
        self.confirm_edit.setAccessibleName(self.tr("New passphrase, again"))

        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setAccessibleName(self.tr("Strength of the new passphrase"))
        self.strength_label = style.label("", "hint")
        strength = QHBoxLayout()
        strength.setSpacing(10)
        strength.addWidget(self.strength_bar, 1)
        strength.addWidget(self.strength_label)
        self.match_label = style.label("", "hint")

        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.tr("Current passphrase"), self.old_edit)
        form.addRow(self.tr("New passphrase"), self.new_edit)
        form.addRow("", strength)
        form.addRow(self.tr("Again"), self.confirm_edit)
        form.addRow("", self.match_label)

        self.note = style.label(
            self.tr("The backups of this journal in %1 open with the current passphrase. "
                    "After the change, should they:")
            .replace("%1", str(self.backup_folder)), "notice", wrap=True)
        self.rekey_radio = QRadioButton(
            self.tr("be re-encrypted with the new passphrase (recommended)"))
        self.rekey_radio.setObjectName("oldBackupsRekey")
        self.delete_radio = QRadioButton(self.tr("be deleted"))
        self.delete_radio.setObjectName("oldBackupsDelete")
        self.delete_hint = style.label(
            self.tr("Delete them if someone may know the current passphrase and you do not "
                    "need these older versions."), "hint", wrap=True)
        self.rekey_radio.setChecked(True)
        for radio in (self.rekey_radio, self.delete_radio):  # a choice is never cut
            radio.setMinimumWidth(radio.sizeHint().width())
        self.error_label = style.label("", "error", wrap=True)
        self.error_label.setObjectName("passphraseError")
        self.error_label.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.status_label = style.label(
            self.tr("Changing the passphrase: a backup, then the whole journal is "
                    "re-encrypted. This takes a few seconds…"), "muted", wrap=True)
        self.status_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = self.buttons.addButton(
            self.tr("Change the passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.setProperty("role", "primary")
        self.change_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.rekey_radio)
        layout.addWidget(self.delete_radio)
        layout.addWidget(self.delete_hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        # (a minimum of its own stops Qt from taking the layout's: the fields, as wide as
        # their hints, then squeezed the labels)
        self.setMinimumWidth(max(520, layout.minimumSize().width()))
        keep_wrapped_text_whole(self)
        # Tab goes from field to field; the three eyes come after them.
        QWidget.setTabOrder(self.old_edit, self.new_edit)
        QWidget.setTabOrder(self.new_edit, self.confirm_edit)

    def _wire(self) -> None:
        for field in (self.old_edit, self.new_edit, self.confirm_edit):
            field.textChanged.connect(self._update_feedback)
        self.confirm_edit.returnPressed.connect(self.submit)
        self.change_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.tasks.finished.connect(self._finished)
        self.tasks.failed.connect(self._failed)

    # -- feedback -------------------------------------------------------------------------------
    def problem(self) -> str:
        """Why the change cannot start yet ("" when it can)."""
        old, new, confirm = (self.old_edit.text(), self.new_edit.text(),
                             self.confirm_edit.text())
        if not old:
            return self.tr("Type the current passphrase.")
        if passphrase_score(new) < 1:
            return self.tr("The new passphrase is too short.")
        if new == old:
            return self.tr("The new passphrase is the same as the current one.")
        if confirm != new:
            return self.tr("The two new passphrases differ.")
        return ""

    def _update_feedback(self) -> None:
        new, confirm = self.new_edit.text(), self.confirm_edit.text()
        score = passphrase_score(new)
        self.strength_bar.setValue(score)
        self.strength_label.setText(strength_text(score) if new else "")
        if not confirm:
            self.match_label.setText("")
        elif confirm == new:
            self.match_label.setText(self.tr("The two passphrases match."))
        else:
            self.match_label.setText(self.tr("The two passphrases differ."))
        self.change_button.setEnabled(not self.busy and not self.problem())

    # -- the change -----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.status_label.setVisible(busy)
        for widget in (self.old_edit, self.new_edit, self.confirm_edit, self.cancel_button,
                       self.rekey_radio, self.delete_radio):
            widget.setEnabled(not busy)
        if busy:
            self.error_label.hide()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._update_feedback()

    def submit(self) -> None:
        """Start the change off the UI thread (when the form is complete)."""
        if self.busy or self.problem():
            return
        from carnet.store.backups import change_passphrase_with_backup

        store, folder, keep = self.store, self.backup_folder, self.keep
        old, new = self.old_edit.text(), self.new_edit.text()
        choice = self.old_backups_choice()

        def change():
            result = change_passphrase_with_backup(store, old, new, folder, keep=keep,
                                                   old_backups=choice)
            from carnet.ui.sync.rekey import rewrap_sync_key

            try:  # the folder's copy of the sync key follows the passphrase
                self.sync_rewrapped = rewrap_sync_key(store, new)
            except Exception:  # the journal's change is done; said after
                self.sync_rewrapped = False
            return result

        self.tasks.run("passwd", change)
        self._set_busy(True)

    def old_backups_choice(self) -> str:
        return "delete" if self.delete_radio.isChecked() else "rekey"

    def _finished(self, key: str, result: object) -> None:
        self.outcome = "changed"
        self.change = result
        self._forget()
        self._set_busy(False)
        self.accept()

    def _failed(self, key: str, failure: OpenFailure) -> None:
        self._set_busy(False)
        if failure.kind == "wrong_passphrase":
            text = self.tr("The current passphrase is wrong. Nothing was changed; try again.")
            self.old_edit.clear()
            self.old_edit.setFocus()
        elif failure.kind in ("storage", "in_use"):
            text = self.tr("The passphrase was not changed: the journal still opens with "
                           "the current one.") + "\n" + failure.detail
        elif failure.kind == "invalid":
            text = self.tr("This passphrase cannot be used.") + "\n" + failure.detail
        else:
            text = self.tr("The passphrase was not changed: the journal still opens with "
                           "the current one.") + "\n" + failure.detail
        self.error_label.setText(text)
        self.error_label.show()

    def _forget(self) -> None:
        for field in (self.old_edit, self.new_edit, self.confirm_edit):
            field.setText("")

    # -- closing --------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy:
            return  # a re-encryption cannot stop half-way; it ends by itself
        self._forget()
        super().reject()

    def close_for_lock(self) -> None:
        """The journal locks: let a change under way finish and record its outcome."""
        if self.busy:
            self.tasks.wait()
            QCoreApplication.sendPostedEvents(self.tasks)
        self._forget()
        if self.isVisible():
            QDialog.done(self, QDialog.DialogCode.Rejected)


def change_passphrase(window: MainWindow):
    """File → Change the passphrase…: what the change did (``PassphraseChange``), or None."""
    store = window.store
    if store is None:
        return None
    if store.read_only:
        messages().warning(window, _tr("Change the passphrase"),
                           _tr("The journal is read-only because damage was found in it. "
                               "Restore a backup first, then change the passphrase."))
        return None
    if window.workspace is not None:
        window.workspace.flush()
    from carnet.ui.sync.problems import devices_with_the_old_passphrase, passphrase_changed_here

    try:
        elsewhere = devices_with_the_old_passphrase(store)  # read before: a lock may come
    except StoreError:
        elsewhere = []
    dialog = PassphraseDialog(store, window.backup_folder(), window.settings.backup_count,
                              window)
    sync = window.sync.controller if window.sync is not None else None
    if sync is not None:
        sync.hold()  # the file is replaced: no sync connection may be open on it
    try:
        run_dialog(dialog)
    finally:
        dialog.deleteLater()
        if sync is not None:
            sync.release()
    result = dialog.change
    if dialog.outcome != "changed" or result is None:
        return None
    folder = str(dialog.backup_folder)
    text = (passphrase_changed_here(elsewhere) if elsewhere else
            _tr("The passphrase was changed: from now on only the new one opens the journal."))
    if window.store is None:
        text += "\n\n" + _tr("The journal was locked meanwhile: unlock it with the NEW "
                             "passphrase.")
    if result.rekeyed:
        text += "\n\n" + _tr("%n backup(s) of the journal re-encrypted: they open with the "
                             "new passphrase only (in %1).", n=len(result.rekeyed)).replace(
                                 "%1", folder)
    if result.deleted:
        text += "\n\n" + _tr("%n backup(s) of the journal deleted (in %1).",
                             n=len(result.deleted)).replace("%1", folder)
    if not dialog.sync_rewrapped:
        text += "\n\n" + _tr("The synced folder could not be reached: a new device will "
                             "join with the new passphrase once this one has synced again.")
    if result.failed:
        names = "\n".join(str(path) for path, _reason in result.failed)
        text += "\n\n" + _tr("These backups could be neither re-encrypted nor deleted: they "
                             "may still open with the OLD passphrase. Delete them yourself:"
                             "\n%1").replace("%1", names)
        messages().warning(window, _tr("Passphrase changed"), text)
    else:
        messages().information(window, _tr("Passphrase changed"), text)
    return result
