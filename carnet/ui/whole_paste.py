"""One-line fields that never cut what the person pastes.

A QLineEdit holds 32,767 characters unless told otherwise, and cuts a longer paste
there without a word: a 200 KB text pasted in « Un nouvel enseignement… » became a
learning of its first 32,767 characters (review 3). :func:`keep_whole` lifts that
limit on a field that takes the person's words, and refuses, with a message that says
so, a paste longer than the field can hold (:data:`LINE_MAX_CHARS`, what an export
carries, or the field's own limit — an attachment's caption holds 2,000): the field is
then left as it was, never cut.

Every way of pasting is covered: Ctrl+V (and Shift+Insert), the context menu's
« Coller », the middle button's selection on Linux, and a drop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QToolTip, QWidget

#: The longest text a one-line field takes: the longest text an export carries
#: (``carnet.exchange.json_export.MAX_STRING_CHARS``, not imported: the exports' code
#: is not loaded at start-up); a hundred pages of notes are ~300,000 characters.
LINE_MAX_CHARS = 2 * 1024 * 1024
#: Qt's own limit lifted: a text stored longer (another device, an import) is shown and
#: saved whole, never cut by ``setText``.
NO_LIMIT = 2**31 - 1


def keep_whole(edit: QLineEdit, limit: int | None = None) -> QLineEdit:
    """``edit`` keeps every paste whole, or refuses it and says why (see the module).

    ``limit`` is the field's own limit (the domain's: an attachment's caption); the
    field then holds no more, and says so when a paste or a key would go past it."""
    edit.setMaxLength(limit if limit is not None else NO_LIMIT)
    guard = _PasteGuard(edit, limit if limit is not None else LINE_MAX_CHARS)
    edit.installEventFilter(guard)
    edit.setProperty("keepsWhole", True)
    return edit


def pasted_length(edit: QLineEdit, text: str) -> int:
    """The field's length once ``text`` replaces its selection."""
    return len(edit.text()) - len(edit.selectedText()) + len(text)


class _PasteGuard(QObject):
    """Looks at every paste into one field before Qt cuts it (an event filter)."""

    def __init__(self, edit: QLineEdit, limit: int) -> None:
        super().__init__(edit)
        self._edit = edit
        self.limit = limit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._edit or self._edit.isReadOnly():
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Paste):
                return self._refused(QGuiApplication.clipboard().text())
            typed = event.text()
            if (typed and typed[0].isprintable()
                    and pasted_length(self._edit, typed) > self.limit):
                self._say_full()  # a key at the limit: said, not silently nothing
                return True
        elif (kind == QEvent.Type.MouseButtonRelease
              and event.button() == Qt.MouseButton.MiddleButton):
            clipboard = QGuiApplication.clipboard()
            if clipboard.supportsSelection():
                return self._refused(clipboard.text(QClipboard.Mode.Selection))
        elif kind == QEvent.Type.Drop and event.mimeData().hasText():
            if self._refused(event.mimeData().text()):
                event.ignore()
                return True
        elif kind == QEvent.Type.ContextMenu:
            self._context_menu(event.globalPos())
            return True
        return False

    def _context_menu(self, position: QPoint) -> None:
        """Qt's own menu, its « Coller » checked like Ctrl+V (the menu calls ``paste()``
        itself, past any filter)."""
        menu = self._edit.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(self._menu_paste)
        menu.exec(position)
        menu.deleteLater()

    def _menu_paste(self) -> None:
        if not self._refused(QGuiApplication.clipboard().text()):
            self._edit.paste()

    def _refused(self, text: str) -> bool:
        """True, and said, when ``text`` pasted would make the field longer than it holds."""
        if not text or pasted_length(self._edit, text) <= self.limit:
            return False
        from carnet.ui.services import messages

        said = QCoreApplication.translate(
            "WholePaste",
            "What you pasted has %1 characters; this field holds at most %2. Nothing was "
            "pasted, and the field is as it was.").replace(
                "%1", _number(len(text))).replace("%2", _number(self.limit))
        if self.limit < LINE_MAX_CHARS:  # a short field (a caption, a key word)
            said += " " + QCoreApplication.translate(
                "WholePaste", "A step’s notes take longer texts.")
        messages().warning(
            self._edit.window(),
            QCoreApplication.translate("WholePaste", "Too long to paste here"), said)
        return True

    def _say_full(self) -> None:
        QToolTip.showText(
            self._edit.mapToGlobal(QPoint(0, self._edit.height())),
            QCoreApplication.translate("WholePaste", "This field holds at most %1 characters.")
            .replace("%1", _number(self.limit)), self._edit)


def _number(value: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)


class WholeTextDelegate(QStyledItemDelegate):
    """A list's or a table's item editor that keeps a paste whole (see :func:`keep_whole`).

    ``on_typing`` is called at each edit typed in an open editor: the view says nothing
    until the editor closes, and a page whose « Enregistrer » waits for a change would
    keep it greyed while a cell is being typed.
    """

    def __init__(self, parent: QObject | None = None,
                 on_typing: Callable[..., object] | None = None) -> None:
        super().__init__(parent)
        self._on_typing = on_typing

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            keep_whole(editor)
            if self._on_typing is not None:
                editor.textEdited.connect(self._on_typing)
        return editor
