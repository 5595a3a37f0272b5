"""Forget what the journal put on the clipboard: after 30 s, on lock, on quit.

Text copied from a note is someone's confidence; it must not wait on the
clipboard for the next paste in another program. The guard remembers the text
the app itself put there (``QClipboard.dataChanged`` while the app owns the
clipboard) and clears it later only if it is still there and still ours:
something copied since in another program is never touched.

Where the platform does not say who owns the clipboard (``offscreen``,
``minimal``: an in-process clipboard) every change is the app's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

#: How long copied text stays on the clipboard.
CLEAR_AFTER_MS = 30_000
#: Platforms whose clipboard reports ownership (``ownsClipboard``).
OWNERSHIP_PLATFORMS = ("xcb", "wayland", "windows", "cocoa")

Mode = QClipboard.Mode


def _platform_reports_ownership() -> bool:
    name = QGuiApplication.platformName()
    return any(name.startswith(p) for p in OWNERSHIP_PLATFORMS)


class ClipboardGuard(QObject):
    """Clears the app's own clipboard text after ``delay_ms``, on ``clear_now()``."""

    cleared = Signal()

    def __init__(self, parent: QObject | None = None, *, delay_ms: int = CLEAR_AFTER_MS,
                 owns: Callable[[QClipboard.Mode], bool] | None = None) -> None:
        super().__init__(parent)
        self.clipboard = QGuiApplication.clipboard()
        self._owns = owns or self._default_owns
        self._modes = [Mode.Clipboard]
        if self.clipboard.supportsSelection():
            self._modes.append(Mode.Selection)  # X11's primary selection (middle click)
        self._ours: dict[QClipboard.Mode, str] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.clear_now)
        self.clipboard.changed.connect(self._changed)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_now)

    def _default_owns(self, mode: QClipboard.Mode) -> bool:
        if not _platform_reports_ownership():
            return True
        if mode == Mode.Selection:
            return self.clipboard.ownsSelection()
        return self.clipboard.ownsClipboard()

    @property
    def holding(self) -> bool:
        """True while text the app copied is remembered (to be cleared)."""
        return bool(self._ours)

    def _changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self._modes:
            return
        text = self.clipboard.text(mode)
        if text and self._owns(mode):
            self._ours[mode] = text
            if mode == Mode.Clipboard or not self.timer.isActive():
                self.timer.start()
        else:  # another program's text, or emptied: not ours to clear
            self._ours.pop(mode, None)
            if not self._ours:
                self.timer.stop()

    def clear_now(self) -> None:
        """Clear what the app copied, if it is still on the clipboard and still ours."""
        self.timer.stop()
        ours, self._ours = self._ours, {}
        cleared = False
        for mode, text in ours.items():
            if self.clipboard.text(mode) == text and self._owns(mode):
                self.clipboard.clear(mode)
                cleared = True
        if cleared:
            self.cleared.emit()
