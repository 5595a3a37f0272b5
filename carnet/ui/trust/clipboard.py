"""Forget what the journal put on the clipboard: after 30 s, on lock, on quit.

Text copied from a note is someone's confidence; it must not wait on the
clipboard for the next paste in another program. The guard remembers the text
the app itself put there (``QClipboard.dataChanged`` while the app owns the
clipboard: the same data object, never read) and clears it later only if it is
still there and still ours:
something copied since in another program is never touched.

Where the platform does not say who owns the clipboard (``offscreen``,
``minimal``: an in-process clipboard) every change is the app's own.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
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
        #: what the app put there, by mode: the clipboard's own data object, never its
        #: text — reading a copy from a text field makes Qt build its HTML, Markdown
        #: and ODF forms (~11 s for 1 MB: the window froze after Ctrl+A on X11)
        self._ours: dict[QClipboard.Mode, QMimeData] = {}
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
        data = self.clipboard.mimeData(mode)
        if data is not None and data.hasText() and self._owns(mode):
            self._ours[mode] = data
            if mode == Mode.Clipboard or not self.timer.isActive():
                self.timer.start()
        else:  # another program's text, or emptied: not ours to clear
            self._ours.pop(mode, None)
            if not self._ours:
                self.timer.stop()

    def clear_now(self) -> None:
        """Clear what the app copied, if it is still on the clipboard and still ours."""
        self.timer.stop()
        ours = dict(self._ours)
        self._ours.clear()  # (the dict made at start: one made mid-day kept an arena, issue 19)
        cleared = False
        for mode, data in ours.items():
            if (shiboken6.isValid(data) and self.clipboard.mimeData(mode) is data
                    and self._owns(mode)):
                self.clipboard.clear(mode)
                cleared = True
        if cleared:
            self.cleared.emit()
