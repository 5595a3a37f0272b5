"""Progress charts as vector reportlab drawings (also rendered to SVG for the app).

Drawn by hand with basic shapes rather than reportlab's chart widgets: fewer
objects, the booklet's font and colours everywhere, and readable with 3 or
300 sessions (labels thin out, bars group consecutive sessions).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from carnet.booklet import texts
from carnet.booklet.fonts import REGULAR, register_fonts
from carnet.booklet.styles import ACCENT, INK, MUTED, RULE, SERIES, STATUS_COLORS
from carnet.booklet.textfit import fit
from carnet.domain import ActionStatus

LABEL_SIZE = 7.5
LEGEND_SIZE = 8
MAX_BARS = 24
MAX_X_LABELS = 16
MAX_MARKERS = 30


def _drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose initial font is ours (else reportlab names Helvetica,
    a font that is not embedded)."""
    return Drawing(width, height, initialFontName=REGULAR, initialFontSize=LABEL_SIZE)


def _fit(text: str, width: float, size: float = LEGEND_SIZE) -> str:
    return fit(text, REGULAR, size, width)


class _Frame:
    """The plotting area of a chart and its scales."""

    def __init__(self, drawing: Drawing, n: int, lo: float, hi: float, legend_rows: int) -> None:
        self.d = drawing
        self.left, self.right = 30.0, drawing.width - 8
        self.bottom = 22.0 + legend_rows * 13
        self.top = drawing.height - 8
        self.n, self.lo, self.hi = max(n, 1), lo, hi

    def x(self, i: float) -> float:
        step = (self.right - self.left) / self.n
        return self.left + step * (i + 0.5)

    def y(self, value: float) -> float:
        return self.bottom + (value - self.lo) / (self.hi - self.lo) * (self.top - self.bottom)

    def grid(self, ticks: Sequence[float], strong: float | None = None) -> None:
        for tick in ticks:
            y = self.y(tick)
            width, colour = (0.9, MUTED) if tick == strong else (0.4, RULE)
            self.d.add(Line(self.left, y, self.right, y, strokeColor=colour, strokeWidth=width))
            self.d.add(String(self.left - 5, y - 2.6, f"{tick:g}", fontName=REGULAR,
                              fontSize=LABEL_SIZE, fillColor=MUTED, textAnchor="end"))

    def x_labels(self, labels: Sequence[str]) -> None:
        step = max(1, math.ceil(len(labels) / MAX_X_LABELS))
        for i in range(0, len(labels), step):
            self.d.add(String(self.x(i), self.bottom - 11, _fit(labels[i], 40, LABEL_SIZE),
                              fontName=REGULAR, fontSize=LABEL_SIZE, fillColor=MUTED,
                              textAnchor="middle"))


def _columns(items: Sequence[tuple[str, object, bool]], width: float) -> int:
    """Two legend columns when every label fits in half the width, else one."""
    half = (width - 30) / 2 - 26
    if len(items) > 1 and all(stringWidth(" ".join(label.split()), REGULAR, LEGEND_SIZE) <= half
                              for label, _, _ in items):
        return 2
    return 1


def legend_rows(labels: Sequence[str], width: float) -> int:
    """How many legend rows a chart of ``width`` needs for ``labels``."""
    items = [(label, None, False) for label in labels]
    return math.ceil(len(items) / _columns(items, width))


def _legend(drawing: Drawing, items: Sequence[tuple[str, object, bool]],
            boxes: bool = False) -> int:
    """Swatches and labels at the bottom, in one or two columns; returns the rows used."""
    columns = _columns(items, drawing.width)
    col_width = (drawing.width - 30) / columns
    rows = math.ceil(len(items) / columns)
    for k, (label, colour, dashed) in enumerate(items):
        row, col = divmod(k, columns)
        x = 30 + col * col_width
        y = 4 + (rows - 1 - row) * 13
        if boxes:
            drawing.add(Rect(x + 3, y - 0.5, 8, 8, fillColor=colour, strokeColor=None))
        else:
            line = Line(x, y + 3, x + 14, y + 3, strokeColor=colour, strokeWidth=2)
            if dashed:
                line.strokeDashArray = [3, 2]
            drawing.add(line)
        drawing.add(String(x + 19, y, _fit(label, col_width - 26), fontName=REGULAR,
                           fontSize=LEGEND_SIZE, fillColor=INK))
    return rows


def _series(frame: _Frame, points, colour, offset: float = 0.0, dashed: bool = False) -> None:
    coords = [(frame.x(i), frame.y(v) + offset) for i, v in points]
    if len(coords) > 1:
        line = PolyLine([c for xy in coords for c in xy], strokeColor=colour, strokeWidth=1.6)
        if dashed:
            line.strokeDashArray = [3, 2]
        frame.d.add(line)
    if frame.n > MAX_MARKERS:  # the line alone reads better (and draws faster)
        return
    for x, y in coords:  # small squares: a circle is four Bézier curves in the PDF
        frame.d.add(Rect(x - 2, y - 2, 4, 4, fillColor=colour, strokeColor=None))


def objectives_chart(
    objectives: Sequence[tuple[str, Sequence[tuple[int, int]]]], labels: Sequence[str],
    width: float, height: float,
) -> Drawing:
    """Each objective's 1–5 self-ratings over the group's sessions (x: session labels).

    ``height`` includes the legend: one line per objective when titles are long, see
    :func:`legend_rows` (13 points a line)."""
    register_fonts()
    drawing = _drawing(width, height)
    items = [(title, SERIES[k % len(SERIES)], False) for k, (title, _) in enumerate(objectives)]
    rows = _legend(drawing, items)
    frame = _Frame(drawing, len(labels), 0.5, 5.5, rows)
    frame.grid([1, 2, 3, 4, 5])
    frame.x_labels(labels)
    count = len(objectives)
    for k, (_, points) in enumerate(objectives):
        offset = (k - (count - 1) / 2) * 1.4  # equal ratings stay distinguishable
        _series(frame, sorted(points), SERIES[k % len(SERIES)], offset)
    return drawing


def feelings_chart(
    points: Sequence[tuple[str, float | None, float | None]], width: float, height: float,
    lang: str,
) -> Drawing:
    """Mean feeling before/after each session, pleasant above zero, difficult below."""
    register_fonts()
    drawing = _drawing(width, height)
    rows = _legend(drawing, [
        (texts.text(lang, "feelings_before"), ACCENT, True),
        (texts.text(lang, "feelings_after"), INK, False),
    ])
    frame = _Frame(drawing, len(points), -5.5, 5.5, rows)
    frame.grid([-5, -3, 0, 3, 5], strong=0)
    frame.x_labels([p[0] for p in points])
    before = [(i, p[1]) for i, p in enumerate(points) if p[1] is not None]
    after = [(i, p[2]) for i, p in enumerate(points) if p[2] is not None]
    _series(frame, before, ACCENT, dashed=True)
    _series(frame, after, INK)
    return drawing


_STATUS_ORDER = (ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.TODO,
                 ActionStatus.POSTPONED, ActionStatus.DROPPED)


def _buckets(bars: Sequence[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """At most MAX_BARS bars: consecutive sessions share one when there are many."""
    size = max(1, math.ceil(len(bars) / MAX_BARS))
    if size == 1:
        return list(bars)
    grouped = []
    for start in range(0, len(bars), size):
        chunk = bars[start : start + size]
        counts: dict = {}
        for _, c in chunk:
            for status, n in c.items():
                counts[status] = counts.get(status, 0) + n
        grouped.append((f"{chunk[0][0]}–{chunk[-1][0]}", counts))
    return grouped


def actions_chart(
    bars: Sequence[tuple[str, dict]], width: float, height: float, lang: str
) -> Drawing:
    """Actions decided at each session, stacked by their current status."""
    register_fonts()
    drawing = _drawing(width, height)
    rows = _legend(drawing, [
        (texts.status_label(s, lang), STATUS_COLORS[s.value], False) for s in _STATUS_ORDER
    ], boxes=True)
    grouped = _buckets(bars)
    peak = max([sum(c.values()) for _, c in grouped] + [1])
    step = max(1, math.ceil(peak / 5))
    top = step * math.ceil(peak / step)
    frame = _Frame(drawing, len(grouped), 0, top, rows)
    frame.grid(list(range(0, top + 1, step)))
    frame.x_labels([label for label, _ in grouped])
    bar_width = min(22.0, (frame.right - frame.left) / frame.n * 0.62)
    for i, (_, counts) in enumerate(grouped):
        level = 0
        for status in _STATUS_ORDER:
            n = counts.get(status, 0)
            if not n:
                continue
            y0, y1 = frame.y(level), frame.y(level + n)
            drawing.add(Rect(frame.x(i) - bar_width / 2, y0, bar_width, y1 - y0,
                             fillColor=STATUS_COLORS[status.value], strokeColor=None))
            level += n
    return drawing


def to_svg(drawing: Drawing) -> str:
    """The same chart as an SVG document, for the app's progress view."""
    from reportlab.graphics import renderSVG

    return renderSVG.drawToString(drawing)
