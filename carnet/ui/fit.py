"""Make texts fit the room they are drawn in, whatever the language and the font size.

Qt cuts the text of a combo box or a date field silently when the layout gives it
less room than the text needs ("Choisir une émot", "9 décembre 202("). Three
remedies, chosen by what the field shows:

* ``fit_combo`` — a fixed vocabulary (emotions, roles, statuses): the combo is as
  wide as its longest entry, so every choice reads whole.
* ``fit_date_edit`` — a date field as wide as the widest date of the locale's
  format (« 28 septembre 2026 »), not only the one it shows now.
* ``elide_combo`` — the person's own names (groups, themes), which can be of
  any length: the current text is drawn with an ellipsis when it does not fit,
  and the tooltip gives it whole.
* ``ElidedLabel`` — a heading made of such a name: one line, an ellipsis when
  it does not fit, the whole name as tooltip and accessible name.

``tests/ui/test_layout_audit.py`` measures every view with these rules.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QStylePainter,
    QToolTip,
    QWidget,
)

#: Qt's "no maximum" for a widget's size.
NO_LIMIT = 16_777_215
#: The dynamic property that marks a combo drawing its text with an ellipsis.
ELIDES = "carnetElides"
#: QLineEdit's own horizontal margin (each side) plus room for the cursor.
LINE_EDIT_MARGINS = 2 * 2 + 2


def combo_overhead(combo: QComboBox, height: int = 30) -> int:
    """The pixels a combo spends outside its text: frame, padding, arrow, and the pixel
    each side the label is drawn in from its field."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    option.rect = QRect(0, 0, 400, max(height, combo.sizeHint().height()))
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return 400 - field.width() + 2


def fit_combo(combo: QComboBox) -> QComboBox:
    """As wide as its longest entry (and no cap that would cut it). Call it once the
    entries are in."""
    metrics = combo.fontMetrics()
    texts = [combo.itemText(i) for i in range(combo.count())] + [combo.placeholderText()]
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    if any(not combo.itemIcon(i).isNull() for i in range(combo.count())):
        widest += combo.iconSize().width() + 4
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMaximumWidth(NO_LIMIT)
    combo.setMinimumWidth(widest + combo_overhead(combo) + 1)
    return combo


def widest_date_text(edit: QDateTimeEdit, locale: QLocale | None = None) -> str:
    """The widest text ``edit``'s display format gives over a year (the 28th of each
    month, a two-digit day), or its special value text when that is wider."""
    locale = locale or edit.locale()
    fmt = edit.displayFormat()
    metrics = edit.fontMetrics()
    texts = [locale.toString(QDate(2026, month, 28), fmt) for month in range(1, 13)]
    if edit.specialValueText():
        texts.append(edit.specialValueText())
    return max(texts, key=metrics.horizontalAdvance)


def spin_box_overhead(spin: QAbstractSpinBox, height: int = 30) -> int:
    """The pixels a spin box (a date field) spends outside its text: frame, padding, arrows."""
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    option.rect = QRect(0, 0, 400, max(height, spin.sizeHint().height()))
    field = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                        QStyle.SubControl.SC_SpinBoxEditField, spin)
    overhead = 400 - field.width()
    if isinstance(spin, QDateTimeEdit) and spin.calendarPopup():
        # Drawn as a combo box (its arrow opens the calendar): the combo's edit field.
        combo = QStyleOptionComboBox()
        combo.initFrom(spin)
        combo.rect = option.rect
        combo.editable = True
        combo.frame = spin.hasFrame()
        field = spin.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, combo,
                                            QStyle.SubControl.SC_ComboBoxEditField, spin)
        overhead = max(overhead, 400 - field.width())
    return overhead + LINE_EDIT_MARGINS


def fit_date_edit(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Wide enough for every date of its format: the month names differ in length."""
    needed = edit.fontMetrics().horizontalAdvance(widest_date_text(edit))
    edit.setMaximumWidth(NO_LIMIT)
    edit.setMinimumWidth(needed + spin_box_overhead(edit))
    return edit


class _ElidingPainter(QObject):
    """Draws a combo's current text with an ellipsis when it is too long, and shows it
    whole as the tooltip (an event filter: any QComboBox can get it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QComboBox) or watched.isEditable():
            return False
        if event.type() == QEvent.Type.Paint:
            paint_elided(watched)
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = watched.currentText()
            if text and is_elided(watched):
                QToolTip.showText(event.globalPos(), text, watched)
                return True
        return False


def _label_room(combo: QComboBox, option: QStyleOptionComboBox) -> int:
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    room = field.width() - 2  # the label is drawn a pixel in from each side
    if not option.currentIcon.isNull():
        room -= option.iconSize.width() + 4
    return room


def is_elided(combo: QComboBox) -> bool:
    """True when the combo's current text is wider than the room it is drawn in."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.fontMetrics().horizontalAdvance(option.currentText) > _label_room(combo, option)


def paint_elided(combo: QComboBox) -> None:
    """QComboBox's own painting, the label elided to the room it has."""
    painter = QStylePainter(combo)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
    option.currentText = combo.fontMetrics().elidedText(
        option.currentText, Qt.TextElideMode.ElideRight, max(_label_room(combo, option), 0))
    painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
    painter.end()


_painter: _ElidingPainter | None = None


def eliding_painter() -> _ElidingPainter:
    """The one event filter every eliding combo shares (made by the warm-up: made
    mid-day and kept, it held one of the day's arenas, issue 19)."""
    global _painter
    if _painter is None:
        _painter = _ElidingPainter()
    return _painter


def elide_combo(combo: QComboBox, minimum_chars: int = 12) -> QComboBox:
    """Draw the current text with an ellipsis (and give it whole in the tooltip) when
    the combo is narrower than it; never narrower than ``minimum_chars`` characters.

    For the person's own names (groups, themes): no length can be promised for them.
    """
    combo.installEventFilter(eliding_painter())
    combo.setProperty(ELIDES, True)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(minimum_chars)
    return combo


def elides(widget: QWidget) -> bool:
    return bool(widget.property(ELIDES))


class _WholeHeight(QObject):
    """Grows a window to the height its wrapped labels need at its width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize) and isinstance(
                watched, QWidget) and watched.layout() is not None:
            needed = watched.layout().totalHeightForWidth(watched.width())
            if needed > watched.height():
                watched.setMinimumHeight(needed)
                watched.resize(watched.width(), needed)
        return False


_whole_height: _WholeHeight | None = None


def keep_wrapped_text_whole(window: QWidget) -> QWidget:
    """A dialog with wrapped text: Qt sizes it from a guess of the text's width and can
    leave the last line out; this makes it as tall as its width needs."""
    global _whole_height
    if _whole_height is None:
        _whole_height = _WholeHeight()
    window.installEventFilter(_whole_height)
    return window


class _ElidingRows(QStyledItemDelegate):
    """A list's rows as wide as the list (never wider): the text is drawn with an
    ellipsis when it does not fit, and the items give it whole as their tooltip."""

    def __init__(self, parent: QObject | None = None,
                 on_typing: Callable[..., object] | None = None) -> None:
        super().__init__(parent)
        self._on_typing = on_typing

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(1, size.height())

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        """An editable row (an objective) keeps a long paste whole, never cut."""
        from carnet.ui.whole_paste import keep_whole

        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            keep_whole(editor)
            if self._on_typing is not None:
                editor.textEdited.connect(self._on_typing)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option, index) -> None:
        """The editor as tall as its text needs, centred on its row: the row is drawn
        tighter than a line edit, whose text was cut at the top and the bottom while an
        objective was reworded."""
        super().updateEditorGeometry(editor, option, index)
        rect = editor.geometry()
        wanted = editor.sizeHint().height()
        if rect.height() < wanted:
            rect.setTop(rect.top() - (wanted - rect.height()) // 2)
            rect.setHeight(wanted)
            editor.setGeometry(rect)


def elide_list_rows(view: QListView,
                    on_typing: Callable[..., object] | None = None) -> QListView:
    """Rows cut with an ellipsis rather than by the list's edge (a horizontal scroll bar
    that nobody sees). The items must carry their whole text as tooltip. ``on_typing``
    is called at each edit typed in a row's open editor (the list says nothing until
    the editor closes)."""
    view.setItemDelegate(_ElidingRows(view, on_typing))
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(False)
    view.setProperty(ELIDES, True)
    return view


class ElidedLabel(QLabel):
    """One line of plain text, drawn with an ellipsis when the room is narrower than it.

    A QLabel asks for its whole text's width: a long group name either widens the page
    past the window or is cut at the edge mid-letter. This one asks for little, draws
    « Groupe de co-développement des… » and gives the whole text as tooltip and
    accessible name (a screen reader reads it whole).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setProperty(ELIDES, True)
        self._sync_tip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._sync_tip()

    def _sync_tip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else "")
        self.setAccessibleName(self.text())

    def shown_text(self) -> str:
        """The text as drawn at the current width."""
        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 8)),
                     hint.height())

    def sizeHint(self) -> QSize:
        return QSize(self.minimumSizeHint().width(), super().sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._sync_tip()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())
