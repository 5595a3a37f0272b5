"""Progress charts as vector reportlab drawings, for the booklet.

The layout is :mod:`carnet.booklet.chart_scene`'s (shared with the app, which
paints the same scenes with Qt); this module measures text with the booklet's
embedded font and turns a scene into a reportlab ``Drawing``.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from carnet.booklet import chart_scene
from carnet.booklet.bidi import visual
from carnet.booklet.chart_scene import Scene
from carnet.booklet.fonts import EMOJI, REGULAR, clean, register_fonts, segments, string_width

_ANCHORS = {"start": "start", "middle": "middle", "end": "end"}


def measure(text: str, size: float) -> float:
    """Width of ``text`` in the booklet's font, as printed (missing glyphs as « � »)."""
    return string_width(clean(text), REGULAR, size)


def legend_rows(labels: Sequence[str], width: float) -> int:
    """How many legend rows a chart of ``width`` needs for ``labels``."""
    register_fonts()
    return chart_scene.legend_rows(labels, width, measure)


def _add_text(drawing: Drawing, shape: chart_scene.Text, fill) -> None:
    """A label, its emoji in the emoji font (one String per font, placed in a row)."""
    text = visual(clean(shape.text))
    parts = segments(text)
    if len(parts) == 1 and not parts[0][1]:
        drawing.add(String(shape.x, shape.y, text, fontName=REGULAR, fontSize=shape.size,
                           fillColor=fill, textAnchor=_ANCHORS[shape.anchor]))
        return
    x = shape.x
    if shape.anchor != "start":
        width = string_width(text, REGULAR, shape.size)
        x -= width if shape.anchor == "end" else width / 2
    for part, emoji in parts:
        font = EMOJI if emoji else REGULAR
        drawing.add(String(x, shape.y, part, fontName=font, fontSize=shape.size,
                           fillColor=fill, textAnchor="start"))
        x += stringWidth(part, font, shape.size)


def to_drawing(scene: Scene) -> Drawing:
    """The scene as a reportlab drawing in the booklet's font (embedded: not Helvetica)."""
    drawing = Drawing(scene.width, scene.height, initialFontName=REGULAR,
                      initialFontSize=chart_scene.LABEL_SIZE)
    colour = colors.HexColor
    for shape in scene.shapes:
        if isinstance(shape, chart_scene.Line):
            line = Line(shape.x1, shape.y1, shape.x2, shape.y2,
                        strokeColor=colour(shape.colour), strokeWidth=shape.width)
            if shape.dashed:
                line.strokeDashArray = [3, 2]
            drawing.add(line)
        elif isinstance(shape, chart_scene.PolyLine):
            poly = PolyLine([c for xy in shape.points for c in xy],
                            strokeColor=colour(shape.colour), strokeWidth=shape.width)
            if shape.dashed:
                poly.strokeDashArray = [3, 2]
            drawing.add(poly)
        elif isinstance(shape, chart_scene.Rect):
            drawing.add(Rect(shape.x, shape.y, shape.width, shape.height,
                             fillColor=colour(shape.fill), strokeColor=None))
        else:
            _add_text(drawing, shape, colour(shape.colour))
    return drawing


def objectives_chart(
    objectives: Sequence[tuple[str, Sequence[tuple[int, int]]]], labels: Sequence[str],
    width: float, height: float,
) -> Drawing:
    """Each objective's 1–5 self-ratings over the group's sessions (see chart_scene)."""
    register_fonts()
    return to_drawing(chart_scene.objectives_scene(objectives, labels, width, height, measure))


def feelings_chart(
    points: Sequence[tuple[str, float | None, float | None]], width: float, height: float,
    lang: str,
) -> Drawing:
    """Mean feeling before/after each session, pleasant above zero, difficult below."""
    register_fonts()
    return to_drawing(chart_scene.feelings_scene(points, width, height, lang, measure))


def actions_chart(
    bars: Sequence[tuple[str, dict]], width: float, height: float, lang: str
) -> Drawing:
    """Actions decided at each session, stacked by their current status."""
    register_fonts()
    return to_drawing(chart_scene.actions_scene(bars, width, height, lang, measure))


def to_svg(drawing: Drawing) -> str:
    """The chart as an SVG document (a vector copy of what the booklet prints)."""
    from reportlab.graphics import renderSVG

    return renderSVG.drawToString(drawing)
