"""One click deletes a row of a list; the next click can bring it back, history included.

Why: an action carries its follow-up notes (reviews written in Préparer, cascaded
by the database), a learning its star and tags. A one-click × that loses them for
good is a trap, so the deleted row is kept aside (hidden, with its Ref) and an
« Annuler » bar under the list restores it until the next delete or the page closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from carnet.ui.session_editor.context import EditorContext, Ref
from carnet.ui.session_editor.navigation import focus_chain

#: On the autosave thread: delete the stored row and return what brings it back.
Capture = Callable[[int], Any]
#: On the autosave thread: write back what ``Capture`` returned; the new id.
Restore = Callable[[Any], int]


class UndoBar(QWidget):
    """« Action « … » deleted. [Undo] » — a line under the list, hidden until a delete."""

    undoRequested = Signal()  # noqa: N815 - Qt signal name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the title is the person's text
        self.button = QPushButton(self.tr("Undo"))
        self.button.setProperty("role", "link")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.undoRequested)
        self.hide()

    def offer(self, text: str) -> None:
        self.label.setText(text)
        self.button.setAccessibleName(self.tr("Undo: %1").replace("%1", text))
        self.show()


class RowUndo:
    """The last deleted row of one list, ready to come back where it was."""

    def __init__(self, ctx: EditorContext, rows_list: Any, bar: UndoBar,
                 capture: Capture, restore: Restore) -> None:
        self._ctx = ctx
        self._list = rows_list
        self._bar = bar
        self._capture = capture
        self._restore = restore
        self._kept: tuple[QWidget, int, dict] | None = None
        bar.undoRequested.connect(self.undo)

    def delete(self, row: Any, message: str) -> None:
        """Delete ``row`` now (in the journal too), keeping what an undo needs."""
        self._list.finish()  # the rows keep their places (see RowList)
        self._drop_kept()
        ref: Ref = row.ref
        saved: dict = {}
        capture = self._capture

        def run() -> None:
            if ref.id is not None:
                saved["data"] = capture(ref.id)
                ref.id = None

        self._ctx.autosaver.save_soon(row.key, lambda: run)
        index = self._list.rows.indexOf(row)
        self._list.rows.removeWidget(row)
        row.hide()
        row.setParent(None)
        self._kept = (row, index, saved)
        self._list.rowsChanged.emit()
        self._bar.offer(message)

    def undo(self) -> None:
        if self._kept is None:
            return
        self._list.finish()
        row, index, saved = self._kept
        self._kept = None
        # « Annuler » had the keyboard (clicked or pressed): hidden with it, Qt handed it
        # to the next widget of the window, far up or down the page, and scrolled there
        pressed = self._bar.button.hasFocus()
        ref: Ref = row.ref
        restore = self._restore

        def run() -> None:  # queued after the delete: the worker runs jobs in order
            data = saved.pop("data", None)
            if data is not None:
                ref.id = restore(data)

        self._ctx.autosaver.save_soon(("restore", *row.key), lambda: run)
        self._list.rows.insertWidget(index, row)
        row.show()
        self._list.rowsChanged.emit()
        row.changed(soon=True)  # what the row showed (an edit not yet saved) wins
        if pressed:  # the keyboard goes to the row that came back
            first = next((w for w in focus_chain(row) if w.isEnabled()
                          and w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._bar.hide()

    def _drop_kept(self) -> None:
        if self._kept is not None:
            self._kept[0].deleteLater()
            self._kept = None
        self._bar.hide()
