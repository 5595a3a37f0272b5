"""Small widgets the session editor's parts share: tags, 1–5 scales, row lists."""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import normalise_tags
from carnet.ui.a11y import set_checked
from carnet.ui.markdown_view import GrowingPlainTextEdit
from carnet.ui.whole_paste import keep_whole


class _NotTyped(QSortFilterProxyModel):
    """The suggestions less the tags already in the field: « délégation » typed whole is
    not offered again (a popup offering what is typed only stands in the way)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._typed: frozenset[str] = frozenset()

    def set_typed(self, text: str) -> None:
        typed = frozenset(t.strip().casefold() for t in text.split(",") if t.strip())
        if typed != self._typed:
            if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
                self.beginFilterChange()
                self._typed = typed
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                self._typed = typed
                self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        text = self.sourceModel().index(row, 0, parent).data() or ""
        return text.casefold() not in self._typed


class _PopupClicks(QObject):
    """A click outside the completer's popup closes it and reaches what was clicked.

    QCompleter's own filter swallows that click and leaves the keyboard in the field:
    the next words typed went into « Thèmes » instead of the step clicked. This filter
    is installed after it on the popup, so it sees the click first.
    """

    def __init__(self, field: TagLineEdit) -> None:
        super().__init__(field)
        self._field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While the popup is open Qt delivers no focus-out to the field: the application
        # says when the focus moves (listened to only while the popup shows).
        app = QApplication.instance()
        if event.type() == QEvent.Type.Show and isinstance(app, QApplication):
            app.focusChanged.connect(self._field._focus_changed,
                                     Qt.ConnectionType.UniqueConnection)
        elif event.type() == QEvent.Type.Hide and isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._field._focus_changed)
        if (event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget)
                and isinstance(event, QMouseEvent)
                and not watched.rect().contains(event.position().toPoint())):
            watched.hide()
            replay_press(event)
            return True
        return False


def replay_press(event: QMouseEvent) -> None:
    """Give a mouse press to whatever is under it, as if no popup had been there."""
    where = event.globalPosition().toPoint()
    target = QApplication.widgetAt(where)
    if target is None:
        return
    handle = target.window().windowHandle()
    if handle is None:
        return
    local = QPointF(handle.mapFromGlobal(where))
    QCoreApplication.postEvent(handle, QMouseEvent(
        QEvent.Type.MouseButtonPress, local, local, QPointF(where), event.button(),
        event.buttons(), event.modifiers()))


class _LastTokenCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex) -> str:
        completion = super().pathFromIndex(index)
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + completion


class TagLineEdit(QLineEdit):
    """Tags typed as "délégation, conflit", with completion of known tags."""

    def __init__(self, suggestions: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_whole(self)  # a long paste kept whole, never cut (carnet/ui/whole_paste.py)
        # The field is narrow beside the text: a short hint, the whole rule in the tooltip
        # (« Étiquettes, séparé… » was cut).
        self.setPlaceholderText(self.tr("Tags…"))
        self.setToolTip(self.tr("Tags, separated by commas"))
        model = QStringListModel(sorted(set(suggestions), key=str.casefold), self)
        self._not_typed = _NotTyped(self)
        self._not_typed.setSourceModel(model)
        completer = _LastTokenCompleter(self._not_typed, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        # After QCompleter's own filter, so it sees a click outside the popup first; the
        # popup (a list view) is made when the field first takes the focus, not with the
        # page: no completion can show before.
        self._popup_clicks = _PopupClicks(self)
        self._popup_watched = False
        # textEdited comes before the completer filters its list: what is typed whole
        # is left out of the suggestions in time.
        self.textEdited.connect(self._not_typed.set_typed)
        self.textChanged.connect(self._not_typed.set_typed)


    def focusInEvent(self, event) -> None:
        if not self._popup_watched:
            self._popup_watched = True
            completer = self.completer()
            if completer is not None:
                completer.popup().installEventFilter(self._popup_clicks)
        super().focusInEvent(event)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """The popup never outlives the field's focus (a shortcut, another window…)."""
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if (popup is not None and popup.isVisible() and old is self
                and new is not None and new is not popup):
            popup.hide()

    def tags(self) -> list[str]:
        return normalise_tags(self.text().split(","))

    def set_tags(self, tags: Iterable[str]) -> None:
        self.setText(", ".join(tags))
        self.setCursorPosition(0)  # show the first tags, not the end


class ScaleButtons(QWidget):
    """A 1–``count`` choice as a row of toggle buttons; clicking the chosen one clears it.

    ``value`` is 0 when nothing is chosen. ``stars`` draws ★/☆ instead of digits.
    From the keyboard the row is one stop: Tab reaches the chosen button (or the
    first), the arrows move along, Space chooses, a digit chooses directly.
    """

    valueChanged = Signal(int)  # noqa: N815 - Qt naming

    def __init__(
        self,
        count: int = 5,
        *,
        stars: bool = False,
        labels: list[str] | None = None,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._value = 0
        self._stars = stars
        self._labels = labels or [str(n) for n in range(1, count + 1)]
        self.buttons: list[QPushButton] = []  # checkable + auto-exclusive: radio buttons
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 if stars else 4)
        for number in range(1, count + 1):
            button = QPushButton()
            button.setCheckable(True)
            button.setAutoExclusive(True)  # one of ``count``: read as radio buttons
            button.setFlat(True)
            button.setProperty("role", "star" if stars else "scale")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setText("☆" if stars else str(number))
            if labels:
                button.setToolTip(labels[number - 1])
            button.clicked.connect(lambda _checked=False, n=number: self._clicked(n))
            button.installEventFilter(self)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self.set_name(name)
        self._rove()

    def set_name(self, name: str) -> None:
        """What a screen reader says for the scale and, before each label, its buttons."""
        self.setAccessibleName(name)
        for button, label in zip(self.buttons, self._labels, strict=True):
            button.setAccessibleName(f"{name}: {label}" if name else label)

    def tab_chain(self) -> list[QWidget]:
        return list(self.buttons)

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        """Show ``value`` without emitting (loading)."""
        self._value = value
        for number, button in enumerate(self.buttons, start=1):
            set_checked(button, number == value)  # the stars up to it are drawn ★, not checked
            if self._stars:
                button.setText("★" if number <= value else "☆")
        self._rove()

    def _rove(self) -> None:
        """Only the chosen button (or the first) is a Tab stop."""
        stop = max(self._value, 1) - 1
        for index, button in enumerate(self.buttons):
            button.setFocusPolicy(
                Qt.FocusPolicy.TabFocus if index == stop else Qt.FocusPolicy.NoFocus
            )

    def _clicked(self, number: int) -> None:
        self.set_value(0 if number == self._value else number)
        self.valueChanged.emit(self._value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched not in self.buttons:
            return False
        index = self.buttons.index(watched)
        key = event.key()
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Home: -len(self.buttons),
            Qt.Key.Key_End: len(self.buttons),
        }.get(key)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # chooses, never clears
            if index + 1 != self._value and self.isEnabled():
                self._clicked(index + 1)
            return True
        if step is not None:
            target = min(max(index + step, 0), len(self.buttons) - 1)
            self.buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= len(self.buttons) and self.isEnabled():
            number = int(text)
            if number != self._value:
                self._clicked(number)
            self.buttons[number - 1].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False


def small_button(text: str, tooltip: str, role: str = "rowtool") -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tooltip)
    button.setAccessibleName(tooltip)
    button.setAutoRaise(True)
    button.setProperty("role", role)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


#: The stored rows a list builds with its step; the others come a row at a time.
FIRST_ROWS = 2


class RowList(QWidget):
    """Rows of items above an "add" line: the shape of learnings, actions and topics.

    Stored rows can be given to build later (``add_later``): a long list (30 actions
    cost ~100 ms to build and style) is built a row at a time on the page's next
    turns (see ``SessionEditor._place``), so a key typed meanwhile never waits for the
    whole list. Anything that adds, removes or asks for rows builds the rest first:
    the rows keep their stored order, and a row not built is never saved.
    """

    addRequested = Signal(str)  # noqa: N815 - the text typed in the add line
    rowsChanged = Signal()  # noqa: N815 - a row came or went (the page re-orders Tab)

    def __init__(
        self,
        placeholder: str,
        button_text: str,
        parent: QWidget | None = None,
        *,
        edit_name: str = "",
        button_name: str = "",
    ):
        super().__init__(parent)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(6)
        #: The stored rows still to build, in order (see ``build_more``).
        self.unbuilt: deque[Callable[[], QWidget]] = deque()
        self.add_edit = keep_whole(QLineEdit())  # a long paste kept whole, never cut
        self.add_edit.setPlaceholderText(placeholder)
        self.add_edit.setObjectName("addLine")
        self.add_edit.setAccessibleName(edit_name or placeholder)
        self.add_button = QPushButton(button_text)
        self.add_button.setAccessibleName(button_name or button_text)
        self.add_button.setEnabled(False)
        add_row = QHBoxLayout()
        add_row.setSpacing(6)
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self.rows)
        layout.addLayout(add_row)
        self.add_edit.textChanged.connect(lambda t: self.add_button.setEnabled(bool(t.strip())))
        self.add_edit.returnPressed.connect(self._submit)
        self.add_button.clicked.connect(self._submit)

    def _submit(self) -> None:
        text = self.add_edit.text().strip()
        if text:
            if self.add_button.hasFocus():
                # pressed from the keyboard: the line takes it back for the next item
                # (the button, disabled as the line empties, sent it on to « Joindre
                # une photo… »: fresh6)
                self.add_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.add_edit.clear()
            self.addRequested.emit(text)

    def add_later(self, make_row: Callable[[], QWidget]) -> None:
        """A stored row, built in its turn after the rows already given."""
        self.unbuilt.append(make_row)

    def build_more(self, count: int = 1) -> bool:
        """Build up to ``count`` of the rows waiting; True while some still wait."""
        for _ in range(count):
            if not self.unbuilt:
                break
            self._append(self.unbuilt.popleft()())
        return bool(self.unbuilt)

    def finish(self) -> None:
        """Build every row still waiting, now."""
        if self.unbuilt:
            while self.unbuilt:
                self._append(self.unbuilt.popleft()())
            self.rowsChanged.emit()

    def _append(self, row: QWidget) -> None:
        self.rows.addWidget(row)
        if self.isVisible():  # shown and styled now, not at the layout's queued show
            row.show()

    def add_row(self, row: QWidget) -> None:
        """A row after every stored one (those still waiting are built first)."""
        self.finish()
        self._append(row)
        self.rowsChanged.emit()

    def remove_row(self, row: QWidget) -> None:
        self.finish()
        self.rows.removeWidget(row)
        row.setParent(None)
        row.deleteLater()
        self.rowsChanged.emit()


class WrappingLineEdit(GrowingPlainTextEdit):
    """A one-paragraph field that wraps instead of scrolling sideways (long learnings).

    Offers ``text``/``setText`` like a QLineEdit; Return moves on instead of adding a line.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, min_lines=1, max_px=220)
        self.document().setDocumentMargin(1)  # as tall as a line edit for one line
        self.setText(text)

    # ``text``/``setText`` are VersionedTextEdit's: typing and pasting never add a line
    # here (Return moves on, a paste is joined), so a line break is one the stored text
    # had — a sync's « other version » block — and it is kept (joining it flattened the
    # block), its heading line shown in words.

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split("\n")))


def align_top(layout: QHBoxLayout) -> None:
    """Keep a row's buttons beside the first line of a field that grows downwards."""
    for index in range(layout.count()):
        layout.itemAt(index).setAlignment(Qt.AlignmentFlag.AlignTop)
