"""Draws the rows of the preparation lists: section headings and two- or
three-line cards (title, facts, last note) with small coloured badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from carnet.ui import style
from carnet.ui.models.preparation import Roles

#: (text, "error" | "warm" | "accent")
Badge = tuple[str, str]

_BADGE_COLOURS = {
    "error": ("#f6e1dc", style.ERROR),
    "warm": ("#f7eadb", "#8a4a12"),
    "accent": (style.ACCENT_SOFT, style.ACCENT),
}
PAD_X, PAD_Y, GAP = 12, 9, 3


def value(index, role: int):
    """``index``'s data for ``role``, asked of the (Python) model directly.

    PySide6 6.12 loses a reference to None each time an empty QVariant comes back
    to Python (``index.data(role)`` for a role without data): enough of those and
    the interpreter aborts. A direct call to the Python model never converts.
    """
    model = index.model()
    return model.data(index, role) if model is not None else ""


class CardDelegate(QStyledItemDelegate):
    """Section rows (``Roles.KIND`` "session"/"later") and item rows (anything else).

    Badges come from the model's roles (overdue, carried over, scheduled, high
    priority). The delegate holds no reference to the view: a reference cycle
    through it makes PySide delete it before the view when garbage-collected.
    """

    def badges(self, index: QModelIndex | QPersistentModelIndex) -> list[Badge]:
        result: list[Badge] = []
        if value(index, Roles.OVERDUE):
            result.append((self.tr("Overdue"), "error"))
        if value(index, Roles.CARRIED):
            result.append((self.tr("Carried over"), "warm"))
        if value(index, Roles.SCHEDULED):
            result.append((self.tr("Scheduled"), "accent"))
        if value(index, Roles.PRIORITY) == 1:
            result.append((self.tr("High priority"), "warm"))
        return result

    # -- fonts ----------------------------------------------------------------------------
    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1, 7.5))
        note = QFont(small)
        note.setItalic(True)
        heading = QFont(small)
        heading.setWeight(QFont.Weight.Bold)
        heading.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
        return title, small, note, heading

    @staticmethod
    def _is_section(index) -> bool:
        return value(index, Roles.KIND) in ("session", "later")

    def _text_width(self, index, small: QFont, width: int) -> int:
        """Room for the title beside the badges, in a row ``width`` wide."""
        metrics = QFontMetrics(small)
        badges = sum(metrics.horizontalAdvance(text) + 20 for text, _ in self.badges(index))
        return max(width - 2 - 4 - 2 * PAD_X - badges, 40)

    @staticmethod
    def _full_width(width: int) -> int:
        """Room for a title's next lines, under the badges: the card's whole inner width."""
        return max(width - 2 - 4 - 2 * PAD_X, 40)

    def _row_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        viewport = getattr(view, "viewport", None)
        width = viewport().width() if callable(viewport) else 0
        return width if width > 60 else max(option.rect.width(), 320)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        title, small, note, heading = self._fonts(option)
        if self._is_section(index):
            return QSize(1, QFontMetrics(heading).height() + 22)
        text = str(value(index, Qt.ItemDataRole.DisplayRole) or "")
        width = self._row_width(option)
        lines = len(wrap_title(text, QFontMetrics(title), self._text_width(index, small, width),
                               self._full_width(width)))
        height = (PAD_Y * 2 + QFontMetrics(title).lineSpacing() * lines + GAP
                  + QFontMetrics(small).height())
        if value(index, Roles.NOTE):
            height += GAP + QFontMetrics(note).height()
        return QSize(1, height + 2)

    # -- painting ---------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._is_section(index):
            self._paint_section(painter, option, index)
        else:
            self._paint_item(painter, option, index)
        painter.restore()

    def _paint_section(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        _, small, _, heading = self._fonts(option)
        rect = option.rect.adjusted(4, 12, -PAD_X, -4)
        text = str(value(index, Roles.HEADING) or "").upper()
        group = str(value(index, Roles.NOTE) or "")
        count = str(value(index, Roles.SUBTITLE) or "")
        if value(index, Roles.KIND) == "later":
            opened = bool(option.state & QStyle.StateFlag.State_Open)
            count = f"{count}  {'▾' if opened else '▸'}"
        painter.setFont(small)
        count_width = QFontMetrics(small).horizontalAdvance(count) + 4
        painter.setPen(QColor(style.MUTED))
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count)
        painter.setFont(heading)
        colour = style.MUTED if value(index, Roles.KIND) == "later" else style.ACCENT
        painter.setPen(QColor(colour))
        room = rect.adjusted(0, 0, -count_width - 8, 0)
        metrics = QFontMetrics(heading)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width())
        painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        if group and elided == text:
            left = metrics.horizontalAdvance(text) + 10
            rest = room.adjusted(left, 0, 0, 0)
            painter.setFont(small)
            painter.setPen(QColor(style.MUTED))
            painter.drawText(rest, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(small).elidedText(f"· {group}",
                                                            Qt.TextElideMode.ElideRight,
                                                            rest.width()))

    def _paint_item(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        title_font, small, note_font, _ = self._fonts(option)
        card = option.rect.adjusted(2, 1, -4, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        fill = style.ACCENT_SOFT if selected else ("#f6f1e8" if hovered else style.CARD)
        painter.setPen(QPen(QColor(style.ACCENT if selected else style.LINE), 1))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(card, 7, 7)
        overdue = bool(value(index, Roles.OVERDUE))
        if overdue:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.ERROR))
            painter.drawRoundedRect(QRect(card.left(), card.top() + 6, 3, card.height() - 12),
                                    1.5, 1.5)

        inner = card.adjusted(PAD_X, PAD_Y - 1, -PAD_X, -PAD_Y)
        badges = self.badges(index)
        right = inner.right()
        title_metrics = QFontMetrics(title_font)
        small_metrics = QFontMetrics(small)
        badge_height = small_metrics.height() + 2
        for text, kind in reversed(badges):
            width = small_metrics.horizontalAdvance(text) + 14
            box = QRect(right - width + 1, inner.top() + (title_metrics.height() - badge_height)
                        // 2, width, badge_height)
            background, ink = _BADGE_COLOURS.get(kind, _BADGE_COLOURS["accent"])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(box, badge_height / 2, badge_height / 2)
            painter.setFont(small)
            painter.setPen(QColor(ink))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            right -= width + 6

        y = inner.top()
        painter.setFont(title_font)
        painter.setPen(QColor(style.ERROR if overdue else style.INK))
        title = str(value(index, Qt.ItemDataRole.DisplayRole) or "")
        room = self._text_width(index, small, option.rect.width())
        full = self._full_width(option.rect.width())
        for number, line_text in enumerate(wrap_title(title, title_metrics, room, full)):
            title_rect = QRect(inner.left(), y, room if number == 0 else full,
                               title_metrics.height())
            painter.drawText(title_rect,
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             line_text)
            y += title_metrics.lineSpacing()
        y += GAP
        painter.setFont(small)
        painter.setPen(QColor(style.MUTED))
        subtitle = str(value(index, Roles.SUBTITLE) or "")
        line = QRect(inner.left(), y, inner.width(), small_metrics.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight,
                                                  line.width()))
        note = str(value(index, Roles.NOTE) or "").replace("\n", " ").strip()
        if note:
            y += small_metrics.height() + GAP
            painter.setFont(note_font)
            metrics = QFontMetrics(note_font)
            line = QRect(inner.left(), y, inner.width(), metrics.height())
            quoted = self.tr("“%1”").replace("%1", note)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(quoted, Qt.TextElideMode.ElideRight,
                                                line.width()))


#: An action's title wraps to this many lines in the list (its last line elided).
TITLE_LINES = 3


def wrap_title(text: str, metrics: QFontMetrics, first: int, rest: int) -> list[str]:
    """An action's title on up to :data:`TITLE_LINES` lines: the first ``first`` pixels
    wide (beside the badges), the next ``rest`` (under them), the last elided if need
    be. At 1024 px two lines beside « En retard » cut every title (« Lancer un rituel du
    lundi avec m… », fresh8's G12)."""
    words = " ".join(text.split()).split(" ")
    lines: list[str] = []
    while words and len(lines) < TITLE_LINES:
        width = first if not lines else rest
        if len(lines) == TITLE_LINES - 1:
            lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight,
                                            width))
            break
        line, taken = "", 0
        for word in words:
            candidate = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(candidate) > width:
                break
            line, taken = candidate, taken + 1
        if not taken:  # one word wider than the line
            line, taken = metrics.elidedText(words[0], Qt.TextElideMode.ElideRight, width), 1
        lines.append(line)
        words = words[taken:]
    return lines or [""]
