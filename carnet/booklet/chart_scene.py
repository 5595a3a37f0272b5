"""The progress charts as plain shapes, for the booklet and the screen alike.

One layout for both outputs: the scale, the grid, the thinned-out labels, the
legend in one or two columns and the bars grouped when sessions are many are
computed here, as a :class:`Scene` of lines, rectangles and texts. The booklet
turns a scene into a reportlab drawing (:mod:`carnet.booklet.charts`); the app
paints it with QPainter (:mod:`carnet.ui.charts`), so opening Progression never
waits for reportlab.

Neither reportlab nor Qt is imported here. Text widths come from the caller, a
``Measure`` of the output's font; coordinates are points with the origin at the
bottom left, as in reportlab. Texts are kept in logical order (the booklet puts
right-to-left runs in visual order itself, Qt does it when painting).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from carnet.booklet import texts
from carnet.domain import ActionStatus

LABEL_SIZE = 7.5
LEGEND_SIZE = 8
MAX_BARS = 24
MAX_X_LABELS = 16
MAX_MARKERS = 30

#: The booklet's colours (carnet.booklet.styles uses the same values).
INK = "#1f3a5f"
ACCENT = "#b85c38"
MUTED = "#5f6773"
RULE = "#d9cfc1"
SERIES = ("#1f3a5f", "#b85c38", "#5a8f5a", "#8a6bb0", "#c49a2c", "#3c8d99", "#a3485f")
STATUS_COLORS = {
    "done": "#5a8f5a",
    "in_progress": "#c49a2c",
    "todo": "#8c9bab",
    "postponed": "#b85c38",
    "dropped": "#c8c2b8",
}

#: ``measure(text, size)``: the width of ``text`` at ``size`` points in the output's font.
Measure = Callable[[str, float], float]


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    width: float
    dashed: bool = False


@dataclass(frozen=True)
class PolyLine:
    points: tuple[tuple[float, float], ...]
    colour: str
    width: float
    dashed: bool = False


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: str


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # the baseline
    text: str
    size: float
    colour: str
    anchor: str = "start"  # "start", "middle" or "end"


Shape = Line | PolyLine | Rect | Text


@dataclass
class Scene:
    width: float
    height: float
    shapes: list[Shape] = field(default_factory=list)

    def add(self, shape: Shape) -> None:
        self.shapes.append(shape)

    def texts(self) -> list[str]:
        """Every text of the chart (tests, and the screen reader's summary)."""
        return [s.text for s in self.shapes if isinstance(s, Text)]


def fit(text: str, width: float, size: float, measure: Measure) -> str:
    """One line of ``text`` shortened with « … » to ``width`` points."""
    text = " ".join(text.split())
    if measure(text, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if measure(text[:mid].rstrip() + "…", size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


class _Frame:
    """The plotting area of a chart and its scales."""

    def __init__(self, scene: Scene, n: int, lo: float, hi: float, legend_rows: int,
                 measure: Measure) -> None:
        self.scene, self.measure = scene, measure
        self.left, self.right = 30.0, scene.width - 8
        self.bottom = 22.0 + legend_rows * 13
        self.top = scene.height - 8
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
            self.scene.add(Line(self.left, y, self.right, y, colour, width))
            self.scene.add(Text(self.left - 5, y - 2.6, f"{tick:g}", LABEL_SIZE, MUTED, "end"))

    def x_labels(self, labels: Sequence[str]) -> None:
        step = max(1, math.ceil(len(labels) / MAX_X_LABELS))
        for i in range(0, len(labels), step):
            self.scene.add(Text(self.x(i), self.bottom - 11,
                                fit(labels[i], 40, LABEL_SIZE, self.measure),
                                LABEL_SIZE, MUTED, "middle"))


def _columns(labels: Sequence[str], width: float, measure: Measure) -> int:
    """Two legend columns when every label fits in half the width, else one."""
    half = (width - 30) / 2 - 26
    if len(labels) > 1 and all(measure(" ".join(label.split()), LEGEND_SIZE) <= half
                               for label in labels):
        return 2
    return 1


def legend_rows(labels: Sequence[str], width: float, measure: Measure) -> int:
    """How many legend rows a chart of ``width`` needs for ``labels``."""
    return math.ceil(len(labels) / _columns(labels, width, measure))


def _legend(scene: Scene, items: Sequence[tuple[str, str, bool]], measure: Measure,
            boxes: bool = False) -> int:
    """Swatches and labels at the bottom, in one or two columns; returns the rows used."""
    columns = _columns([label for label, _, _ in items], scene.width, measure)
    col_width = (scene.width - 30) / columns
    rows = math.ceil(len(items) / columns)
    for k, (label, colour, dashed) in enumerate(items):
        row, col = divmod(k, columns)
        x = 30 + col * col_width
        y = 4 + (rows - 1 - row) * 13
        if boxes:
            scene.add(Rect(x + 3, y - 0.5, 8, 8, colour))
        else:
            scene.add(Line(x, y + 3, x + 14, y + 3, colour, 2, dashed))
        scene.add(Text(x + 19, y, fit(label, col_width - 26, LEGEND_SIZE, measure),
                       LEGEND_SIZE, INK))
    return rows


def _series(frame: _Frame, points, colour: str, offset: float = 0.0,
            dashed: bool = False) -> None:
    coords = tuple((frame.x(i), frame.y(v) + offset) for i, v in points)
    if len(coords) > 1:
        frame.scene.add(PolyLine(coords, colour, 1.6, dashed))
    if frame.n > MAX_MARKERS:  # the line alone reads better (and draws faster)
        return
    for x, y in coords:  # small squares: a circle is four Bézier curves in the PDF
        frame.scene.add(Rect(x - 2, y - 2, 4, 4, colour))


def objectives_scene(
    objectives: Sequence[tuple[str, Sequence[tuple[int, int]]]], labels: Sequence[str],
    width: float, height: float, measure: Measure,
) -> Scene:
    """Each objective's 1–5 self-ratings over the group's sessions (x: session labels).

    ``height`` includes the legend: one line per objective when titles are long, see
    :func:`legend_rows` (13 points a line)."""
    scene = Scene(width, height)
    items = [(title, SERIES[k % len(SERIES)], False) for k, (title, _) in enumerate(objectives)]
    rows = _legend(scene, items, measure)
    frame = _Frame(scene, len(labels), 0.5, 5.5, rows, measure)
    frame.grid([1, 2, 3, 4, 5])
    frame.x_labels(labels)
    count = len(objectives)
    for k, (_, points) in enumerate(objectives):
        offset = (k - (count - 1) / 2) * 1.4  # equal ratings stay distinguishable
        _series(frame, sorted(points), SERIES[k % len(SERIES)], offset)
    return scene


def feelings_scene(
    points: Sequence[tuple[str, float | None, float | None]], width: float, height: float,
    lang: str, measure: Measure,
) -> Scene:
    """Mean feeling before/after each session, pleasant above zero, difficult below."""
    scene = Scene(width, height)
    rows = _legend(scene, [
        (texts.text(lang, "feelings_before"), ACCENT, True),
        (texts.text(lang, "feelings_after"), INK, False),
    ], measure)
    frame = _Frame(scene, len(points), -5.5, 5.5, rows, measure)
    frame.grid([-5, -3, 0, 3, 5], strong=0)
    frame.x_labels([p[0] for p in points])
    before = [(i, p[1]) for i, p in enumerate(points) if p[1] is not None]
    after = [(i, p[2]) for i, p in enumerate(points) if p[2] is not None]
    _series(frame, before, ACCENT, dashed=True)
    _series(frame, after, INK)
    return scene


STATUS_ORDER = (ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.TODO,
                ActionStatus.POSTPONED, ActionStatus.DROPPED)


def buckets(bars: Sequence[tuple[str, dict]]) -> list[tuple[str, dict]]:
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


def actions_scene(
    bars: Sequence[tuple[str, dict]], width: float, height: float, lang: str, measure: Measure
) -> Scene:
    """Actions decided at each session, stacked by their current status."""
    scene = Scene(width, height)
    rows = _legend(scene, [
        (texts.status_label(s, lang), STATUS_COLORS[s.value], False) for s in STATUS_ORDER
    ], measure, boxes=True)
    grouped = buckets(bars)
    peak = max([sum(c.values()) for _, c in grouped] + [1])
    step = max(1, math.ceil(peak / 5))
    top = step * math.ceil(peak / step)
    frame = _Frame(scene, len(grouped), 0, top, rows, measure)
    frame.grid(list(range(0, top + 1, step)))
    frame.x_labels([label for label, _ in grouped])
    bar_width = min(22.0, (frame.right - frame.left) / frame.n * 0.62)
    for i, (_, counts) in enumerate(grouped):
        level = 0
        for status in STATUS_ORDER:
            n = counts.get(status, 0)
            if not n:
                continue
            y0, y1 = frame.y(level), frame.y(level + n)
            scene.add(Rect(frame.x(i) - bar_width / 2, y0, bar_width, y1 - y0,
                           STATUS_COLORS[status.value]))
            level += n
    return scene
