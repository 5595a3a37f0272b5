"""How one search result is drawn: where it comes from, then its snippet, match in bold.

Painted with two ``QTextLayout`` lines and format ranges, never with a rich-text
document: the snippet is the person's own text, shown as plain characters (a
``<b>`` or ``&`` in a note is drawn as typed, never read as markup), and a document
per row cost most of a keystroke (HTML parsed, laid out, drawn: ~0.5 ms a row,
a dozen rows per keystroke). A laid-out row is kept for its row, width, colours and
selection until the next search.
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from carnet.ui import style
from carnet.ui.models import ModelIndex
from carnet.ui.models.search_results import META_ROLE, SNIPPET_ROLE

ELLIPSIS = "\u2026"
#: Combined once, at import: Python's ``enum`` makes a combination of flags at its first
#: use and keeps it; made mid-day, it stays among the day's objects (issue 19).
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
#: Space between the two lines (the old document's ``margin-top``).
LINE_GAP = 3


def utf16_len(text: str) -> int:
    """Length of ``text`` as Qt counts it (format ranges are in UTF-16 units)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


@dataclass(frozen=True)
class Piece:
    """A run of one line: its text, colour and weight."""

    text: str
    color: QColor
    weight: QFont.Weight = QFont.Weight.Normal


class RowLayout:
    """One result laid out: two lines, each elided to the width it is given."""

    def __init__(self, lines: list[list[Piece]], font: QFont, width: float,
                 align: Qt.AlignmentFlag) -> None:
        self.layouts: list[QTextLayout] = []
        self.pieces: list[list[Piece]] = []
        y = 0.0
        for pieces in lines:
            layout = _line(pieces, font, width, align)
            if layout.lineAt(0).naturalTextWidth() > width:
                pieces, layout = _elided(pieces, layout, font, width, align)
            line = layout.lineAt(0)
            line.setPosition(QPointF(0, y))
            y += line.height() + LINE_GAP
            self.layouts.append(layout)
            self.pieces.append(pieces)

    def draw(self, painter, origin: QPointF) -> None:
        for layout in self.layouts:
            layout.draw(painter, origin)

    def texts(self) -> list[str]:
        """The characters drawn, one string per line."""
        return [layout.text() for layout in self.layouts]

    def toPlainText(self) -> str:
        """The characters drawn, as a QTextDocument says them (the trust tests read it)."""
        return "\n".join(self.texts())

    def bold(self, line: int) -> list[str]:
        """The runs of ``line`` drawn bold (the match, on the snippet's line)."""
        return [p.text for p in self.pieces[line] if p.weight.value >= QFont.Weight.Bold.value]


def direction(text: str) -> Qt.LayoutDirection:
    """The direction of ``text``'s first strong character, as a document reads a
    paragraph's (a Hebrew or Arabic snippet reads from the right, its « … » after it)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def _line(pieces: list[Piece], font: QFont, width: float,
          align: Qt.AlignmentFlag) -> QTextLayout:
    """One line of ``pieces``, each run with its colour and weight, laid out."""
    text = "".join(p.text for p in pieces)
    layout = QTextLayout(text, font)
    option = QTextOption(align)
    option.setTextDirection(direction(text))
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    ranges, start = [], 0
    for piece in pieces:
        length = utf16_len(piece.text)
        if length:
            fmt = QTextCharFormat()
            fmt.setForeground(piece.color)
            fmt.setFontWeight(piece.weight.value)
            run = QTextLayout.FormatRange()
            run.start, run.length, run.format = start, length, fmt
            ranges.append(run)
        start += length
    layout.setFormats(ranges)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    layout.endLayout()
    return layout


def _elided(pieces: list[Piece], whole: QTextLayout, font: QFont, width: float,
            align: Qt.AlignmentFlag) -> tuple[list[Piece], QTextLayout]:
    """``pieces`` cut to ``width`` with an ellipsis at their (logical) end, and laid out.

    A left-to-right line is cut where the line laid out whole reaches the width, less
    the ellipsis (no text measured again); if that does not fit (right-to-left runs
    inside it) or the line reads from the right, Qt elides it, measured with the
    line's boldest weight so that the cut always fits."""
    text = "".join(p.text for p in pieces)
    if whole.textOption().textDirection() == Qt.LayoutDirection.LeftToRight:
        room = width - QFontMetricsF(font).horizontalAdvance(ELLIPSIS)
        at = whole.lineAt(0).xToCursor(max(0.0, room),
                                       QTextLine.CursorPosition.CursorOnCharacter)
        cut = _with_ellipsis(pieces, _python_index(text, at))
        layout = _line(cut, font, width, align)
        if layout.lineAt(0).naturalTextWidth() <= width:
            return cut, layout
    heavy = QFont(font)
    heavy.setWeight(max((p.weight for p in pieces), key=lambda w: w.value))
    shown = QFontMetricsF(heavy).elidedText(text, Qt.TextElideMode.ElideRight, width)
    keep = len(shown) - 1 if shown.endswith(ELLIPSIS) else len(shown)
    if not text.startswith(shown[:keep]):  # not expected: drawn whole, clipped
        return pieces, whole
    cut = _with_ellipsis(pieces, keep)
    return cut, _line(cut, font, width, align)


def _with_ellipsis(pieces: list[Piece], keep: int) -> list[Piece]:
    """The first ``keep`` characters of ``pieces``, then « … »."""
    out, left = [], keep
    for piece in pieces:
        if left <= 0:
            break
        out.append(Piece(piece.text[:left], piece.color, piece.weight))
        left -= len(piece.text)
    color = out[-1].color if out else pieces[0].color
    out.append(Piece(ELLIPSIS, color))
    return out


def _python_index(text: str, utf16: int) -> int:
    """The index in ``text`` of Qt's position ``utf16``."""
    if text.isascii():
        return utf16
    units = text.encode("utf-16-le", "surrogatepass")[: 2 * utf16]
    return len(units.decode("utf-16-le", "surrogatepass"))


class ResultDelegate(QStyledItemDelegate):
    """Two lines per hit: where it comes from (muted), then the snippet with the match in bold.

    Every row has the same height (the list uses uniform item sizes), so only the
    visible rows are ever laid out: a hundred hits cost no more than a dozen.
    """

    PAD_X, PAD_Y = 12, 8
    #: Laid-out rows kept between paints, the least recently painted dropped first:
    #: a screenful or two, selected or not. Keyed on what a row shows, so a row the
    #: next keystroke finds again (« délé », « délég »: the same recent hits, the
    #: same words in bold) is not laid out again. Emptied when the results are.
    CACHE_ROWS = 64

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: OrderedDict[tuple, RowLayout] = OrderedDict()
        # Asked for once, here: the first viewport() of a process makes PySide set up
        # every widget class's enums (~5 ms), which would land on the first keystroke.
        self._viewport = parent.viewport() if isinstance(parent, QAbstractItemView) else None

    def forget(self) -> None:
        """Drop every laid-out row (they hold snippets of the journal)."""
        self._rows.clear()

    def row_layout(self, option: QStyleOptionViewItem, index: ModelIndex) -> RowLayout:
        """The row laid out as it is painted."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        width = self._text_width(option)
        meta = index.data(META_ROLE) or ""
        snippet = index.data(SNIPPET_ROLE) or ("", ())
        key = (meta, snippet, selected, width, option.palette.cacheKey(), option.font.key(),
               option.direction)
        row = self._rows.get(key)
        if row is not None:
            self._rows.move_to_end(key)
            return row
        while len(self._rows) >= self.CACHE_ROWS:
            self._rows.popitem(last=False)
        row = self._rows[key] = self._lay_out(option, meta, snippet, selected, width)
        return row

    #: the name the trust tests ask for (a row used to be a QTextDocument)
    _document = row_layout

    @staticmethod
    def _lay_out(option: QStyleOptionViewItem, meta: str,
                 snippet: tuple[str, tuple[tuple[int, int], ...]], selected: bool,
                 width: int) -> RowLayout:
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = palette.color(text_role)
        muted = QColor(ink)
        muted.setAlphaF(0.68)
        accent = QColor(style.ACCENT)
        if selected or ink.lightness() > 128:
            accent = ink
        kind, _, where = meta.partition(" · ")
        meta = [Piece(kind, accent, QFont.Weight.DemiBold)]
        if where:
            meta.append(Piece(" · " + where, muted))
        plain, marked = snippet
        body = [Piece(text, ink, QFont.Weight.Bold if bold else QFont.Weight.Normal)
                for text, bold in _runs(plain, marked)]
        # Visually left (right in a right-to-left interface); each line keeps the
        # direction of its own text, as a document's paragraph did.
        left = option.direction != Qt.LayoutDirection.RightToLeft
        align = _LEFT if left else _RIGHT
        return RowLayout([meta, body], option.font, width, align)

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        """The width the rows' text is laid out to: the list's, whatever the row's rect."""
        viewport = self._viewport
        full = viewport.width() if viewport is not None else option.rect.width() or 600
        return max(1, full - 2 * self.PAD_X)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(self._text_width(option) + 2 * self.PAD_X,
                     2 * metrics.lineSpacing() + LINE_GAP + 2 * self.PAD_Y)

    def paint(self, painter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        # The view's option as is: the row's background, selection, hover, focus and
        # border are the style's; its text is drawn below. (initStyleOption would ask
        # the model for seven roles a row, the whole display text among them, to draw
        # no text, no icon and no check box.)
        opt = QStyleOptionViewItem(option)
        opt.index = index
        widget = opt.widget
        style_ = widget.style() if widget is not None else QApplication.style()
        style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        row = self.row_layout(opt, index)
        painter.save()
        painter.setClipRect(opt.rect.adjusted(self.PAD_X, 0, -self.PAD_X, 0))
        row.draw(painter, QPointF(opt.rect.left() + self.PAD_X, opt.rect.top() + self.PAD_Y))
        painter.restore()


def _runs(plain: str, marked: tuple[tuple[int, int], ...]) -> list[tuple[str, bool]]:
    """``plain`` cut into (text, highlighted) runs; ``marked`` is (start, length) in
    Python characters."""
    runs, at = [], 0
    for start, length in marked:
        if start > at:
            runs.append((plain[at:start], False))
        runs.append((plain[start:start + length], True))
        at = start + length
    if at < len(plain) or not runs:
        runs.append((plain[at:], False))
    return runs
