"""« Join a synced journal »: this device's journal built from the synced folder.

Reached from the unlock window. The person gives the folder their other
device syncs through, the journal's passphrase (the same on every device) and
where the new journal file goes (never inside the synced folder). The engine
builds it under a hidden name and renames it when complete; Cancel (or a
closed window) stops it and nothing is left. On success the window opens the
new journal with the passphrase just typed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carnet import paths
from carnet.ui import style
from carnet.ui.services import messages
from carnet.ui.sync.page import (
    choose_sync_folder,
    default_device_label,
    inside,
    keep_fitting,
)
from carnet.ui.sync.words import code_of, error_text, problems_text
from carnet.ui.sync.worker import SyncWorker
from carnet.ui.welcome import JOURNAL_FILTER, add_reveal_action

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow

HINT_WIDTH = 440


class JoinDialog(QDialog):
    #: The journal was built: its path and the passphrase that opens it.
    joined = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinDialog")
        self.setWindowTitle(self.tr("Join a synced journal"))
        self.setMinimumWidth(600)
        self.worker = SyncWorker(self)
        self.worker.finished.connect(self._finished)
        self.worker.progressed.connect(self._progressed)
        self._cancel = None
        self.report: Any = None
        self.created: Path | None = None
        self._build()
        keep_fitting(self)

    def _build(self) -> None:
        intro = style.label(self.tr(
            "Open on this device the journal you keep on another one. On that device, "
            "Edit › Sync… must sync it through a folder your sync tool "
            "brings here too. Carnet builds a new journal file from that folder; it opens "
            "with the same passphrase."), "hint", wrap=True)
        intro.setMinimumWidth(HINT_WIDTH)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("joinFolderEdit")
        self.folder_edit.setAccessibleName(self.tr("Synced folder"))
        self.folder_button = QPushButton(self.tr("C&hoose…"))
        self.folder_button.setAccessibleName(self.tr("Choose the synced folder"))
        folder_row = QHBoxLayout()
        folder_row.setSpacing(6)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("joinPassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase of the journal"))
        self.passphrase_edit.setPlaceholderText(self.tr("The same as on your other devices"))
        add_reveal_action(self.passphrase_edit, self.tr("Show the passphrase"))
        self.path_edit = QLineEdit(str(self._free_path()))
        self.path_edit.setObjectName("joinPathEdit")
        self.path_edit.setAccessibleName(self.tr("New journal file on this device"))
        self.path_button = QPushButton(self.tr("Cho&ose…"))
        self.path_button.setAccessibleName(self.tr("Choose where the new journal goes"))
        path_row = QHBoxLayout()
        path_row.setSpacing(6)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.path_button)
        path_hint = style.label(self.tr(
            "On this computer's own disk, never inside the synced folder."), "hint", wrap=True)
        path_hint.setMinimumWidth(HINT_WIDTH)

        self.progress = QProgressBar()
        self.progress.setObjectName("joinProgress")
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Building the journal"))
        self.progress.hide()
        self.status_label = style.label("", "muted", wrap=True)
        self.status_label.hide()
        self.error_label = style.label("", "error", wrap=True)
        self.error_label.setObjectName("joinError")
        self.error_label.setMinimumWidth(HINT_WIDTH)
        self.error_label.hide()

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for text, field, buddy in (
                (self.tr("Synced &folder:"), folder_row, self.folder_edit),
                (self.tr("&Passphrase:"), self.passphrase_edit, self.passphrase_edit),
                (self.tr("&New journal:"), path_row, self.path_edit)):
            label = style.label(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        form.addRow("", path_hint)

        buttons = QDialogButtonBox()
        self.join_button = buttons.addButton(self.tr("&Join"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setObjectName("joinButton")
        self.join_button.setProperty("role", "primary")
        self.join_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("joinCancelButton")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addSpacing(6)
        layout.addWidget(buttons)

        for button in (self.folder_button, self.path_button, self.cancel_button):
            # Return joins (keyPressEvent): a button that got the focus while the fields
            # were disabled must not become the default — Return then opened a file
            # chooser, or pressed Cancel and stopped the join just started.
            button.setAutoDefault(False)
        self.folder_button.clicked.connect(self._choose_folder)
        self.path_button.clicked.connect(self._choose_path)
        self.join_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        for field in (self.folder_edit, self.passphrase_edit, self.path_edit):
            field.textEdited.connect(lambda _text: self.error_label.hide())

    @staticmethod
    def _free_path() -> Path:
        base = paths.default_journal_path()
        candidate, n = base, 2
        while candidate.exists():
            candidate = base.with_name(f"{base.stem} ({n}){base.suffix}")
            n += 1
        return candidate

    def _choose_folder(self) -> None:
        chosen = choose_sync_folder(self, self.tr("Choose the synced folder"),
                                    self.folder_edit.text().strip() or str(Path.home()))
        if chosen:
            self.folder_edit.setText(chosen)

    def _choose_path(self) -> None:
        chosen = messages().save_file(self, self.tr("New journal"), self.path_edit.text(),
                                      JOURNAL_FILTER)
        if chosen:
            path = Path(chosen)
            if path.suffix not in (".carnet", ".journal"):
                path = path.with_name(path.name + ".carnet")
            self.path_edit.setText(str(path))

    # -- joining -----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.worker.busy

    def problem(self) -> str:
        folder = self.folder_edit.text().strip()
        target = self.path_edit.text().strip()
        if not folder:
            return self.tr("Choose the synced folder.")
        if not Path(folder).expanduser().is_dir():
            return self.tr("The folder %1 cannot be found (a drive or a share "
                           "disconnected?).").replace("%1", folder)
        if not self.passphrase_edit.text():
            return self.tr("Type the journal's passphrase.")
        if not target:
            return self.tr("Choose where the new journal goes.")
        path = Path(target).expanduser()
        if not path.is_absolute():
            return self.tr("Give the new journal's full path.")
        if path.exists() or path.is_symlink():
            return self.tr("A file already exists at this location. Choose another name.")
        # The place proposed on a brand-new device does not exist yet: it is made then.
        if not path.parent.is_dir() and path.parent != paths.default_journal_path().parent:
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        if inside(path, Path(folder).expanduser()):
            return self.tr("The new journal must not be inside the synced folder: sync tools "
                           "damage a journal file in use. Choose a place on this computer's "
                           "own disk.")
        return ""

    def start(self) -> None:
        if self.busy:
            return
        problem = self.problem()
        if problem:
            self._show_error(problem)
            return
        folder = Path(self.folder_edit.text().strip()).expanduser()
        target = Path(self.path_edit.text().strip()).expanduser()
        passphrase = self.passphrase_edit.text()
        self._passphrase = passphrase
        self.created = target
        self._lock = Path(str(target.absolute()) + ".lock")
        self._had_lock = self._lock.exists()
        from carnet.sync import join

        label = default_device_label()
        progress = self.worker.progress_callback()

        def job(_connection, cancelled):
            return join(folder, passphrase, target, progress=progress, cancelled=cancelled,
                        device_label=label)

        self._cancel = self.worker.start("join", job)
        self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.folder_edit, self.folder_button, self.passphrase_edit,
                       self.path_edit, self.path_button, self.join_button):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.status_label.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.status_label.setText(self.tr("Building the journal from the folder…"))
            self.error_label.hide()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            percent = int(100 * done / total)
            self.status_label.setText(
                self.tr("Building the journal: %1 of %n file(s) (%3 %)…", "", total)
                .replace("%1", str(done)).replace("%3", str(percent)))

    def _finished(self, _kind: str, report: Any, error: BaseException | None) -> None:
        self._set_busy(False)
        passphrase, self._passphrase = getattr(self, "_passphrase", ""), ""
        if error is not None:
            self.created = None
            self._forget_lock()
            from carnet.sync import SyncError

            if isinstance(error, SyncError):
                if code_of(error.why) == "cancelled" and not self.isVisible():
                    return
                self._show_error(error_text(error, self.folder_edit.text().strip()))
                if code_of(error.why) == "wrong_passphrase":
                    self.passphrase_edit.clear()
                    self.passphrase_edit.setFocus()
            else:
                self._show_error(self.tr("The journal could not be built: %1").replace(
                    "%1", str(error) or type(error).__name__))
            return
        self.report = report
        self.passphrase_edit.clear()
        if not report.complete:
            messages().warning(self, self.tr("Journal joined"), self.tr(
                "The journal was built, but some change files could not be read yet:")
                + "\n\n" + problems_text(report))
        self.joined.emit(str(self.created), passphrase)
        self.accept()

    def _forget_lock(self) -> None:
        """No journal was built: the empty lock file the attempt made goes too (it would sit
        beside no journal). One that was there before is not ours to remove."""
        lock = getattr(self, "_lock", None)
        if lock is None or self._had_lock:
            return
        journal = Path(str(lock)[:-len(".lock")])
        if not journal.exists():
            with contextlib.suppress(OSError):
                lock.unlink()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def keyPressEvent(self, event) -> None:
        """Return or Enter joins (once: a join under way is not cancelled by it)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            event.accept()
            if not self.busy:
                self.start()
            return
        super().keyPressEvent(event)

    # -- closing -----------------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel: a join under way stops (the engine leaves no half journal)."""
        if self._cancel is not None:
            self._cancel.set()
        if self.busy:
            self.status_label.setText(self.tr("Cancelling…"))
            self.worker.wait()
            QCoreApplication.sendPostedEvents(self.worker)
            QCoreApplication.sendPostedEvents(self)
        self.passphrase_edit.clear()
        super().reject()

    def close_for_lock(self) -> None:
        self.reject()


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted (tests replace this function)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_join(window: MainWindow) -> str | None:
    """The join dialog; once built, the new journal opens. Its path, or None."""
    dialog = JoinDialog(window)
    outcome: dict[str, str] = {}
    dialog.joined.connect(lambda path, passphrase: outcome.update(path=path, pw=passphrase))
    try:
        run_dialog(dialog)
    finally:
        dialog.deleteLater()
    path = outcome.get("path")
    if path:
        window.show_unlock(path)
        window.unlock.unlockRequested.emit(outcome.pop("pw"))
    return path
