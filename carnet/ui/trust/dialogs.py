"""Close every dialog of a window when the journal locks, modal ones included.

A lock is never blocked by a dialog: the code waiting in a dialog's ``exec()``
gets a rejection (Cancel, No, "" for a file chooser) once the lock is done,
and must then cope with the store being gone (``window.store is None``).

Popups (a context menu waiting in ``QMenu.exec()``) are closed first.

A dialog may define ``close_for_lock()``: it is called first, to finish or
cancel background work and record its outcome; then ``reject()``; a dialog
that still refuses (one that cancels its work on the first Escape) has its
worker threads waited for and is closed by ``QDialog.done`` itself.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QWidget

#: Never loop forever on a dialog that reopens itself.
MAX_DIALOGS = 64
#: How long a refusing dialog's worker threads are waited for.
WORKER_WAIT_MS = 30_000


def belongs_to(widget: QWidget, window: QWidget) -> bool:
    """True for a widget of ``window`` or one without a parent (a bare message box)."""
    if widget.parentWidget() is None:
        return True
    current: QWidget | None = widget
    while current is not None:
        if current is window:
            return True
        current = current.parentWidget()
    return False


def open_dialogs(window: QWidget) -> list[QDialog]:
    """The shown top-level dialogs of ``window``, the innermost modal one first."""
    found: list[QDialog] = []
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog) and modal is not window and belongs_to(modal, window):
        found.append(modal)
    for widget in QApplication.topLevelWidgets():
        if (isinstance(widget, QDialog) and widget is not window and widget not in found
                and widget.isVisible() and belongs_to(widget, window)):
            found.append(widget)
    return found


def close_dialog(dialog: QDialog, wait_ms: int = WORKER_WAIT_MS) -> None:
    """Close one dialog whatever it says (see the module docstring)."""
    hook = getattr(dialog, "close_for_lock", None)
    if callable(hook):
        hook()
    if dialog.isVisible():
        dialog.reject()
    if dialog.isVisible():
        for pool in dialog.findChildren(QThreadPool):
            pool.waitForDone(wait_ms)
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
    if dialog.isVisible():
        dialog.hide()  # also ends its exec() loop


def close_popups() -> int:
    """Close open popups (a context menu in its ``exec()``, a combo box's list): their
    actions would act on views the lock is about to destroy."""
    closed = 0
    for _ in range(MAX_DIALOGS):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
        if QApplication.activePopupWidget() is popup:  # refused to close
            popup.hide()
        closed += 1
    return closed


def close_dialogs(window: QWidget) -> int:
    """Close every popup, then every dialog of ``window``, innermost first; how many."""
    closed = close_popups()
    for _ in range(MAX_DIALOGS):
        dialogs = open_dialogs(window)
        if not dialogs:
            break
        close_dialog(dialogs[0])
        closed += 1
    return closed
