"""The unlock screen: one journal, its passphrase, and what went wrong if it did.

A wrong passphrase is an inline message and another try; a file that cannot be
a journal (damaged, foreign, newer format, missing) says what happened and
offers to open another file. The actual opening runs off the UI thread (see
``carnet.ui.opener``); meanwhile the page shows a busy indicator.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carnet.ui import style

if TYPE_CHECKING:
    from carnet.ui.opener import OpenFailure

DEMO_PASSPHRASE = "demo"  # noqa: S105 - the demo journal's, shown on screen


class UnlockPage(QWidget):
    unlockRequested = Signal(str)  # noqa: N815 - the passphrase typed
    openOtherRequested = Signal()  # noqa: N815
    createRequested = Signal()  # noqa: N815
    #: ``set_journal`` showed a journal: what was said about the previous one is stale.
    journalShown = Signal(object)  # noqa: N815 - its Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.path: Path | None = None
        self._build()
        self._wire()

    def _build(self) -> None:
        self.title = style.label(self.tr("Your journal is locked"), "title", wrap=True)
        self.file_label = style.label("", "heading")
        self.file_label.setProperty("textInteractionFlags", style.SELECTABLE_BY_MOUSE)
        self.folder_label = style.label("", "muted", wrap=True)
        self.folder_label.setProperty("textInteractionFlags", style.SELECTABLE_BY_MOUSE)

        self.demo_label = style.label(
            self.tr("Demonstration passphrase: %1").replace("%1", DEMO_PASSPHRASE), "demo"
        )
        self.demo_label.hide()

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setMinimumWidth(280)
        style.add_reveal_action(self.passphrase_edit, self.tr("Show the passphrase"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setDefault(True)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.unlock_button)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.status_label = style.label("", "muted", wrap=True)
        self.status_label.hide()
        self.error_label = style.label("", "error", wrap=True)
        self.error_label.hide()
        self.problem_label = style.label("", "warning", wrap=True)
        self.problem_label.hide()
        #: A change sealed at an automatic lock waits for this unlock (``set_waiting``).
        self.waiting_label = style.label(self.tr(
            "A change that could not be saved is waiting for you to unlock: unlock the "
            "journal to put it back on screen."), "warning", wrap=True)
        self.waiting_label.setObjectName("unsavedWaiting")
        self.waiting_label.hide()

        self.other_button = QPushButton(self.tr("Open another journal…"))
        self.other_button.setProperty("role", "link")
        self.create_button = QPushButton(self.tr("Create a new journal…"))
        self.create_button.setProperty("role", "link")
        links = QHBoxLayout()
        links.setSpacing(18)
        links.addWidget(self.other_button)
        links.addWidget(self.create_button)
        links.addStretch(1)

        frame, inner = style.card(margins=28, spacing=10)
        inner.addWidget(self.file_label)
        inner.addWidget(self.folder_label)
        inner.addSpacing(6)
        inner.addWidget(self.demo_label)
        inner.addLayout(row)
        inner.addWidget(self.busy_bar)
        inner.addWidget(self.status_label)
        inner.addWidget(self.error_label)
        inner.addWidget(self.problem_label)
        inner.addWidget(self.waiting_label)

        column = QWidget()
        column.setMaximumWidth(560)
        col = QVBoxLayout(column)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(14)
        col.addWidget(self.title)
        col.addWidget(frame)
        col.addLayout(links)
        self.column = col  # features add their rows of links below (join a synced journal)

        center = QHBoxLayout()
        center.addStretch(1)
        center.addWidget(column, 3)
        center.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 40, 32, 40)
        layout.addStretch(2)
        layout.addLayout(center)
        layout.addStretch(3)

    def point_links(self) -> None:
        """The links' pointing hand. Not set while building the page: its enum needs
        PySide's ``Qt`` namespace (``style.PLAIN_TEXT`` says why the first screen does
        without it); the window calls this when it completes, after the first paint."""
        from PySide6.QtCore import Qt

        for button in (self.other_button, self.create_button):
            button.setCursor(Qt.CursorShape.PointingHandCursor)

    def _wire(self) -> None:
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase_edit.returnPressed.connect(self._submit)
        self.passphrase_edit.textEdited.connect(lambda _text: self.error_label.hide())
        self.other_button.clicked.connect(self.openOtherRequested)
        self.create_button.clicked.connect(self.createRequested)

    # -- state -----------------------------------------------------------------------------
    def set_journal(self, path: Path | str, *, demo: bool = False) -> None:
        """Show this journal, ready for its passphrase."""
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        self.folder_label.setText(str(self.path.parent))
        self.demo_label.setVisible(demo)
        self.passphrase_edit.clear()
        self.error_label.hide()
        self.problem_label.hide()
        self.status_label.hide()
        self._set_enabled(True)
        self.set_busy(False)
        self.journalShown.emit(self.path)

    def set_waiting(self, waiting: bool) -> None:
        """Say (or stop saying) that an unsaved change waits for this unlock."""
        self.waiting_label.setVisible(waiting)

    def set_preparing(self, text: str) -> None:
        """Busy before there is a file to unlock (a demo journal being written)."""
        self.path = None
        self.file_label.setText(text)
        self.folder_label.setText("")
        self.set_busy(True)

    def set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.status_label.setVisible(busy)
        if busy:
            self.status_label.setText(self.tr("Opening the journal…"))
            self.error_label.hide()
        ready = not busy and self.path is not None and not self.problem_label.isVisible()
        self.passphrase_edit.setEnabled(ready)
        self.unlock_button.setEnabled(ready)
        self.other_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
        if ready:
            self.passphrase_edit.setFocus()

    def _set_enabled(self, enabled: bool) -> None:
        self.passphrase_edit.setEnabled(enabled)
        self.unlock_button.setEnabled(enabled)

    def show_failure(self, failure: OpenFailure) -> None:
        """Explain why the journal did not open, and what to do."""
        self.set_busy(False)
        self.passphrase_edit.clear()
        if failure.kind == "wrong_passphrase":
            self.error_label.setText(
                self.tr("Wrong passphrase. Check capital letters, accents and the keyboard "
                        "layout, then try again.")
            )
            self.error_label.show()
            self.passphrase_edit.setFocus()
            return
        if failure.kind == "in_use":
            self.error_label.setText(
                self.tr("This journal is already open in another Carnet window. "
                        "Close it there, then try again.")
            )
            self.error_label.show()
            return
        if failure.kind == "newer":
            text = self.tr("This journal was written by a newer version of Carnet. "
                           "Update Carnet to open it; the file was not changed.")
        elif failure.kind == "unreadable" and failure.cause == "DamagedJournalError":
            text = self.tr("This journal is damaged (cut short, or a part of it spoiled): "
                           "Carnet cannot read it. Nothing was changed. Restore its latest "
                           "backup: File › Restore a backup…")
        elif failure.kind == "unreadable":
            text = self.tr("This file cannot be opened: it is not a Carnet journal, or it is "
                           "damaged. Nothing was changed. Open another file, or restore a "
                           "backup copy.")
        elif failure.kind == "storage":
            from carnet.ui.os_words import write_reason

            # the store's English (« Cannot create the lock file …: [Errno 30] Read-only
            # file system »): the reason read from its code (fresh7 F4, F5)
            found = re.search(r"\[Errno (\d+)\]", failure.detail)
            reason = write_reason(int(found.group(1)) if found else None)
            text = self.tr("The journal could not be opened: Carnet must write beside it "
                           "(its lock, its backups) and %1. Nothing was changed. Copy the "
                           "journal onto this computer, then open the copy.").replace(
                               "%1", reason)
        elif failure.kind == "missing":
            text = self.tr("The journal was not found at this location: it may have been "
                           "moved or deleted. Open it where it is now, or create a new one.")
        else:
            text = self.tr("The journal could not be opened. Nothing was changed.")
        if failure.detail and failure.kind not in ("missing", "unreadable", "newer", "storage"):
            text += "\n\n" + failure.detail  # (the store's own words: an unforeseen case)
        self.problem_label.setText(text)
        self.problem_label.show()
        self._set_enabled(False)

    def _submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.error_label.setText(self.tr("Type the journal's passphrase."))
            self.error_label.show()
            return
        self.passphrase_edit.clear()
        self.unlockRequested.emit(passphrase)
