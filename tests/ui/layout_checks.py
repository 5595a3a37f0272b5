"""Find text the window cuts: the measuring half of the layout audit.

``clipped_texts(root)`` looks at every visible label, button, check box, combo
box, date or number field, header section and item-view cell inside ``root``'s
window and returns one line per text that does not fit the space it is drawn
in. A text cut *with* an ellipsis and a tooltip that gives it whole is fine: the
person can still read it. Measures come from the widget's own font, its style
(the application stylesheet included) and ``QFontMetrics.horizontalAdvance``.

Also used by hand under Xvfb (``python tests/ui/layout_checks.py``) to audit
the real window.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

#: Pixels of rounding allowed between a measure and the room given.
SLACK = 1
ELLIPSIS = "…"
#: A tool button's frame, each side.
TOOL_FRAME = 2
#: Combos with more entries than this are checked on their current text only.
MAX_COMBO_ITEMS = 60


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    parent = widget.parentWidget()
    while not name and parent is not None:
        if parent.objectName():
            name = f"in {parent.objectName()}"
        parent = parent.parentWidget()
    return f"{type(widget).__name__}({name})"


def _plain(text: str) -> str:
    """A button's text as drawn: the mnemonic ampersand removed, ``&&`` kept as one."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _elided_with_tip(text: str, tip: str | None) -> bool:
    return text.rstrip().endswith(ELLIPSIS) and bool((tip or "").strip())


def _shown(widget: QWidget, window: QWidget) -> bool:
    return (widget.isVisible() and widget.window() is window
            and widget.width() > 0 and widget.height() > 0)


# -- one kind of widget each -----------------------------------------------------------------


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rich = (label.textFormat() == Qt.TextFormat.RichText
            or (label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)))
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        return None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        needed = int(document.idealWidth() + 0.99)
        room = label.contentsRect().width() - 2 * label.margin()
        if needed > room + SLACK:
            return f"needs {needed} px, has {room}"
        return None
    if _elided_with_tip(text, label.toolTip()):
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        return f"needs {hint.width()} px, has {label.width()}"
    if hint.height() > label.height() + SLACK:
        return f"needs {hint.height()} px of height, has {label.height()}"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text.strip() or _elided_with_tip(text, button.toolTip()):
        return None
    metrics = QFontMetrics(button.font())
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    style = button.style()
    if isinstance(button, QToolButton):
        # Its size hint adds generous padding; the text is cut only past the frame.
        room = button.width() - 2 * TOOL_FRAME
        if button.menu() is not None or button.popupMode() == \
                QToolButton.ToolButtonPopupMode.MenuButtonPopup:
            room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        if needed > room + SLACK:
            return f"«{text}» needs {needed} px, has {room}"
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)
    if isinstance(button, QPushButton):
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        width = room.width()
        if button.menu() is not None:
            width -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    elif isinstance(button, QCheckBox):
        width = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option,
                                     button).width()
    elif isinstance(button, QRadioButton):
        width = style.subElementRect(QStyle.SubElement.SE_RadioButtonContents, option,
                                     button).width()
    else:
        width = button.width()
    if needed > width + SLACK:
        return f"«{text}» needs {needed} px, has {width}"
    return None


def _combo(combo: QComboBox) -> list[str]:
    if combo.property("carnetElides"):
        return []  # draws an ellipsis and gives the whole text as tooltip (carnet.ui.fit)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    metrics = QFontMetrics(combo.font())
    texts: list[tuple[str, bool]] = []
    if combo.currentIndex() < 0 and combo.placeholderText():
        texts.append((combo.placeholderText(), False))
    indexes = range(combo.count()) if combo.count() <= MAX_COMBO_ITEMS else [combo.currentIndex()]
    for index in indexes:
        if index >= 0:
            texts.append((combo.itemText(index), not combo.itemIcon(index).isNull()))
    found = []
    for text, icon in texts:
        if not text.strip():
            continue
        needed = metrics.horizontalAdvance(text) + 2  # drawn in the field less a pixel a side
        if icon:
            needed += combo.iconSize().width() + 4
        if needed > field.width() + SLACK:
            found.append(f"«{text}» needs {needed} px, has {field.width()}")
    return found


def _date_samples(edit: QDateTimeEdit) -> list[str]:
    """The widest texts the field can show: the 28th of every month of its year."""
    year = edit.date().year() if edit.date().isValid() else QDate.currentDate().year()
    locale = edit.locale() if edit.locale() != QLocale.c() else QLocale()
    fmt = edit.displayFormat()
    return [locale.toString(QDate(year, month, 28), fmt) for month in range(1, 13)]


def _spin(spin: QAbstractSpinBox) -> list[str]:
    field = spin.findChild(QLineEdit)
    if field is None:
        return []
    texts = [spin.text()]
    if isinstance(spin, QDateEdit | QDateTimeEdit) and spin.displayFormat():
        texts += _date_samples(spin)
    if spin.specialValueText():
        texts.append(spin.specialValueText())
    metrics = QFontMetrics(field.font())
    margins = field.textMargins()
    room = field.contentsRect().width() - 4 - margins.left() - margins.right()
    found = []
    for text in dict.fromkeys(texts):
        needed = metrics.horizontalAdvance(text)
        if text.strip() and needed > room + SLACK:
            found.append(f"«{text}» needs {needed} px, has {room}")
    return found


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    found = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) <= 0:
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text or not str(text).strip():
            continue
        needed = header.sectionSizeFromContents(logical)
        needed = needed.width() if header.orientation() == Qt.Orientation.Horizontal \
            else needed.height()
        size = header.sectionSize(logical)
        if needed > size + SLACK:
            found.append(f"header «{text}» needs {needed} px, has {size}")
    return found


def _visible_indexes(view: QAbstractItemView) -> list[QModelIndex]:
    """The first column's index of every row drawn in the viewport."""
    model = view.model()
    viewport = view.viewport().rect()
    rows: list[QModelIndex] = []
    if isinstance(view, QTreeView):
        index = view.indexAt(viewport.topLeft() + view.viewport().rect().topLeft())
        if not index.isValid():
            index = model.index(0, 0, view.rootIndex())
        while index.isValid() and view.visualRect(index).top() <= viewport.bottom():
            rows.append(index.siblingAtColumn(0))
            index = view.indexBelow(index)
        return rows
    root = view.rootIndex()
    for row in range(model.rowCount(root)):
        index = model.index(row, 0, root)
        rect = view.visualRect(index)
        if rect.bottom() < viewport.top() or rect.top() > viewport.bottom():
            continue
        rows.append(index)
    return rows


def _tip_covers(tip: str, text: str) -> bool:
    """The tooltip says all the cell says: every word of it (separators aside)."""
    words = [word for word in text.split() if any(ch.isalnum() for ch in word)]
    return bool(tip.strip()) and all(word in tip for word in words)


def _columns(view: QAbstractItemView) -> int:
    if isinstance(view, QTreeView):
        return view.header().count()
    if isinstance(view, QTableView):
        return view.horizontalHeader().count()
    return 1


def _cells(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    viewport = view.viewport().rect()
    found = []
    for first in _visible_indexes(view):
        for column in range(_columns(view)):
            if hasattr(view, "isColumnHidden") and view.isColumnHidden(column):
                continue
            index = first.siblingAtColumn(column)
            if not index.isValid():
                continue
            rect: QRect = view.visualRect(index)
            if rect.width() <= 0 or rect.right() < viewport.left() or rect.left() > viewport.right():
                continue
            # A list's rows are as wide as their text: the viewport cuts them, with no
            # ellipsis, whatever the tooltip says.
            cut_by_viewport = isinstance(view, QListView) and rect.right() > viewport.right()
            if isinstance(view, QListView):
                rect.setRight(min(rect.right(), viewport.right()))
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or not str(text).strip():
                continue
            text = str(text)
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = rect
            delegate = view.itemDelegateForIndex(index)
            if view.property("carnetElides") and isinstance(delegate, QStyledItemDelegate):
                # carnet.ui.fit.elide_list_rows: the rows claim no width; measure the text
                needed = QStyledItemDelegate.sizeHint(delegate, option, index)
            else:
                needed = delegate.sizeHint(option, index)
            wraps = view.wordWrap() and "\n" not in text
            if wraps:
                if needed.height() > rect.height() + SLACK and needed.width() > rect.width():
                    found.append(f"cell «{text[:40]}» needs {needed.height()} px of height, "
                                 f"has {rect.height()}")
                continue
            if needed.width() <= rect.width() + SLACK:
                continue
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if (not cut_by_viewport and view.textElideMode() != Qt.TextElideMode.ElideNone
                    and _tip_covers(str(tip or ""), text)):
                continue  # drawn with an ellipsis, given whole in the tooltip
            found.append(f"cell «{text[:40]}» (column {column}) needs {needed.width()} px, "
                         f"has {rect.width()}")
    return found


# -- the walk ------------------------------------------------------------------------------------


def clipped_texts(root: QWidget) -> list[str]:
    """One line per visible text cut inside ``root`` (its own window's widgets only)."""
    window = root.window()
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget, window):
            continue
        problems: list[str] = []
        if isinstance(widget, QLabel):
            problem = _label(widget)
            if problem:
                problems.append(f"«{widget.text()[:50]}» {problem}")
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
            if problem:
                problems.append(problem)
        elif isinstance(widget, QComboBox):
            problems += _combo(widget)
        elif isinstance(widget, QAbstractSpinBox):
            problems += _spin(widget)
        elif isinstance(widget, QHeaderView):
            problems += _header(widget)
        elif isinstance(widget, QAbstractItemView):
            problems += _cells(widget)
        found += [f"{_name(widget)}: {problem}" for problem in problems]
    return found
