"""Small widgets the session editor's parts share: tags, 1–5 scales, row lists."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMimeData, QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import normalise_tags
from carnet.ui.markdown_view import GrowingPlainTextEdit


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
        self.setPlaceholderText(self.tr("Tags, separated by commas"))
        model = QStringListModel(sorted(set(suggestions), key=str.casefold), self)
        completer = _LastTokenCompleter(model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def tags(self) -> list[str]:
        return normalise_tags(self.text().split(","))

    def set_tags(self, tags: Iterable[str]) -> None:
        self.setText(", ".join(tags))
        self.setCursorPosition(0)  # show the first tags, not the end


class ScaleButtons(QWidget):
    """A 1–``count`` choice as a row of toggle buttons; clicking the chosen one clears it.

    ``value`` is 0 when nothing is chosen. ``stars`` draws ★/☆ instead of digits.
    """

    valueChanged = Signal(int)  # noqa: N815 - Qt naming

    def __init__(
        self,
        count: int = 5,
        *,
        stars: bool = False,
        labels: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._value = 0
        self._stars = stars
        self.buttons: list[QToolButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 if stars else 4)
        for number in range(1, count + 1):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setProperty("role", "star" if stars else "scale")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setText("☆" if stars else str(number))
            if labels:
                button.setToolTip(labels[number - 1])
            button.setAccessibleName(labels[number - 1] if labels else str(number))
            button.clicked.connect(lambda _checked=False, n=number: self._clicked(n))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        """Show ``value`` without emitting (loading)."""
        self._value = value
        for number, button in enumerate(self.buttons, start=1):
            button.setChecked(number == value if not self._stars else number <= value)
            if self._stars:
                button.setText("★" if number <= value else "☆")

    def _clicked(self, number: int) -> None:
        self.set_value(0 if number == self._value else number)
        self.valueChanged.emit(self._value)


def small_button(text: str, tooltip: str, role: str = "rowtool") -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tooltip)
    button.setAccessibleName(tooltip)
    button.setAutoRaise(True)
    button.setProperty("role", role)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class RowList(QWidget):
    """Rows of items above an "add" line: the shape of learnings, actions and topics."""

    addRequested = Signal(str)  # noqa: N815 - the text typed in the add line

    def __init__(self, placeholder: str, button_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(6)
        self.add_edit = QLineEdit()
        self.add_edit.setPlaceholderText(placeholder)
        self.add_edit.setObjectName("addLine")
        self.add_button = QPushButton(button_text)
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
            self.add_edit.clear()
            self.addRequested.emit(text)

    def add_row(self, row: QWidget) -> None:
        self.rows.addWidget(row)

    def remove_row(self, row: QWidget) -> None:
        self.rows.removeWidget(row)
        row.setParent(None)
        row.deleteLater()


class WrappingLineEdit(GrowingPlainTextEdit):
    """A one-paragraph field that wraps instead of scrolling sideways (long learnings).

    Offers ``text``/``setText`` like a QLineEdit; Return moves on instead of adding a line.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, min_lines=1, max_px=220)
        self.document().setDocumentMargin(1)  # as tall as a line edit for one line
        self.setPlainText(text)

    def text(self) -> str:
        return " ".join(self.toPlainText().splitlines())

    def setText(self, text: str) -> None:
        self.setPlainText(text)

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
