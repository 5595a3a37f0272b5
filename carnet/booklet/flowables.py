"""Small custom flowables: the session card (cheaper than a Table, whose cells are
measured twice) and a boxed notice."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from carnet.booklet.fonts import BOLD, REGULAR, draw_string
from carnet.booklet.styles import INK, PAPER_TINT, RULE
from carnet.booklet.textfit import fit


class Card(Flowable):
    """Label / value rows on a tinted background with an ink bar on the left.

    Labels are the booklet's own short words, drawn directly (one line each); each
    value is a few one-style paragraphs (one-style paragraphs break lines several times
    faster than mixed ones). Not splittable: callers keep it short."""

    PAD_X, PAD_Y, GAP = 9.0, 7.0, 5.0
    LABEL_FONT, LABEL_SIZE, LABEL_LEADING = BOLD, 8.5, 12.0

    def __init__(self, rows: list[tuple[str, list[Paragraph]]], label_ratio: float = 0.2):
        super().__init__()
        self.rows = rows
        self.label_ratio = label_ratio
        self._heights: list[float] = []
        self._label_width = 0.0

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        inner = availWidth - 2 * self.PAD_X
        self._label_width = inner * self.label_ratio
        value_width = inner - self._label_width - self.PAD_X
        self._heights = []
        for _, values in self.rows:
            height = 0.0
            for i, value in enumerate(values):
                _, vh = value.wrap(value_width, availHeight)
                height += vh + (value.getSpaceBefore() if i else 0)
            self._heights.append(max(self.LABEL_LEADING, height))
        gaps = self.GAP * max(len(self.rows) - 1, 0)
        self.width = availWidth
        self.height = sum(self._heights) + gaps + 2 * self.PAD_Y
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        return []

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(PAPER_TINT)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setFillColor(INK)
        canv.rect(0, 0, 2.5, self.height, stroke=0, fill=1)
        canv.setFont(self.LABEL_FONT, self.LABEL_SIZE)
        y = self.height - self.PAD_Y
        value_x = self.PAD_X + self._label_width + self.PAD_X
        for (label, values), height in zip(self.rows, self._heights, strict=True):
            draw_string(canv, self.PAD_X, y - self.LABEL_SIZE,
                        fit(label, self.LABEL_FONT, self.LABEL_SIZE, self._label_width),
                        self.LABEL_FONT, self.LABEL_SIZE)
            top = y
            for i, value in enumerate(values):
                top -= value.getSpaceBefore() if i else 0
                value.drawOn(canv, value_x, top - value.height)
                top -= value.height
            y -= height + self.GAP
        canv.restoreState()


class Boxed(Flowable):
    """A short paragraph in a thin ruled box, centred (the confidentiality notice)."""

    def __init__(self, paragraph: Paragraph, width_ratio: float = 0.8, padding: float = 10):
        super().__init__()
        self.paragraph = paragraph
        self.width_ratio = width_ratio
        self.padding = padding
        self.hAlign = "CENTER"

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth * self.width_ratio
        _, h = self.paragraph.wrap(self.width - 2 * self.padding, availHeight)
        self.height = h + 2 * self.padding
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        canv.restoreState()
        self.paragraph.drawOn(canv, self.padding, self.padding)


class NotedItem(Flowable):
    """A list item with a small line under it (where it comes from, its status).

    The line is the booklet's own short text, drawn directly; the item never parts
    from it. Not splittable: callers keep items to a few lines."""

    NOTE_SIZE, NOTE_LEADING = 7.8, 10.5

    def __init__(self, item: Paragraph, note: str, colour, indent: float) -> None:
        super().__init__()
        self.item = item
        self.note = note
        self.colour = colour
        self.indent = indent

    def wrap(self, availWidth, availHeight):  # noqa: N803
        width, height = self.item.wrap(availWidth, availHeight)
        self.width, self.height = width, height + self.NOTE_LEADING
        self._note = fit(self.note, REGULAR, self.NOTE_SIZE, availWidth - self.indent)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        return []

    def draw(self) -> None:
        canv = self.canv
        self.item.drawOn(canv, 0, self.NOTE_LEADING)
        canv.saveState()
        canv.setFont(REGULAR, self.NOTE_SIZE)
        canv.setFillColor(self.colour)
        draw_string(canv, self.indent, 2.5, self._note, REGULAR, self.NOTE_SIZE)
        canv.restoreState()

    def getSpaceBefore(self) -> float:
        return self.item.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.item.getSpaceAfter()
