"""The booklet's progress charts, painted in the app with QPainter.

One chart layout for app and booklet: :mod:`carnet.booklet.chart_scene` lays a
chart out as lines, rectangles and texts; the booklet turns that scene into a
reportlab drawing, and :class:`ChartView` paints it here. The scene is laid out
at the widget's width (divided by :data:`SCALE`) with text measured in Qt's copy
of the booklet's font (DejaVu Sans), so labels thin out and legends fold exactly
as they would at that width on paper. Nothing here imports reportlab: opening
Progression never waits for it.

On a dark palette every colour's lightness is inverted (hue kept): dark ink
becomes light ink, the light grid becomes a dark one, mid-tone series stay.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from carnet.booklet import chart_scene
from carnet.booklet.chart_scene import Measure, Scene
from carnet.ui import fonts

#: The scene is laid out this many times smaller than the widget, then scaled up:
#: the booklet's 7.5–8 pt labels read at about 10–11 px on screen.
SCALE = 1.35
REBUILD_MS = 40  # after a resize, redraw when the width has settled

_family: str | None = None


def chart_family() -> str:
    """The Qt family of the booklet's font (loaded once from ``resources/fonts``)."""
    global _family
    if _family is None:
        found = fonts.families(fonts.CHART_FONT)
        _family = found[0] if found else "DejaVu Sans"
    return _family


def dark_colour(colour: QColor) -> QColor:
    """``colour`` for a dark page: its lightness inverted, its hue and saturation kept."""
    hue, saturation, lightness, alpha = colour.getHslF()
    return QColor.fromHslF(max(hue, 0.0), saturation, 1.0 - lightness, alpha)


def is_dark(palette: QPalette) -> bool:
    """Light text means a dark background (true under the app's stylesheet too)."""
    return palette.color(QPalette.ColorRole.WindowText).lightness() > 128


class QtMeasure:
    """Text widths in scene points, from Qt's copy of the booklet's font.

    A scene point is drawn as one logical pixel × the paint scale, so a font of
    ``size`` points is asked for at ``size`` pixels (``setPixelSize`` takes whole
    pixels: the size is set in points converted at the device's resolution).
    """

    def __init__(self, device: QWidget | None = None) -> None:
        self.device = device
        self._fonts: dict[float, QFont] = {}
        self._metrics: dict[float, QFontMetricsF] = {}

    def font(self, size: float) -> QFont:
        font = self._fonts.get(size)
        if font is None:
            font = QFont(chart_family())
            dpi = self.device.logicalDpiY() if self.device is not None else 96
            font.setPointSizeF(size * 72 / max(dpi, 1))
            font.setKerning(False)  # reportlab does not kern either: the same widths
            self._fonts[size] = font
        return font

    def __call__(self, text: str, size: float) -> float:
        metrics = self._metrics.get(size)
        if metrics is None:
            metrics = self._metrics[size] = QFontMetricsF(self.font(size), self.device)
        return metrics.horizontalAdvance(text)


def paint_scene(painter: QPainter, scene: Scene, scale: float, measure: QtMeasure,
                dark: bool = False) -> None:
    """Paint ``scene`` with its bottom-left corner at the painter's (0, height × scale)."""
    colours: dict[str, QColor] = {}

    def colour(name: str) -> QColor:
        if name not in colours:
            colours[name] = dark_colour(QColor(name)) if dark else QColor(name)
        return colours[name]

    painter.save()
    painter.translate(0, scene.height * scale)
    painter.scale(scale, -scale)  # y up, as in the booklet
    for shape in scene.shapes:
        if isinstance(shape, chart_scene.Rect):
            painter.fillRect(QRectF(shape.x, shape.y, shape.width, shape.height),
                             colour(shape.fill))
        elif isinstance(shape, chart_scene.Line | chart_scene.PolyLine):
            pen = QPen(colour(shape.colour), shape.width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if shape.dashed:
                pen.setDashPattern([3 / shape.width, 2 / shape.width])
            painter.setPen(pen)
            if isinstance(shape, chart_scene.Line):
                painter.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))
            else:
                painter.drawPolyline([QPointF(x, y) for x, y in shape.points])
    painter.restore()
    for shape in scene.shapes:  # texts upright, in widget coordinates
        if not isinstance(shape, chart_scene.Text):
            continue
        width = measure(shape.text, shape.size)
        x = shape.x - {"start": 0.0, "middle": width / 2, "end": width}[shape.anchor]
        painter.setFont(measure.font(shape.size * scale))
        painter.setPen(colour(shape.colour))
        painter.drawText(QPointF(x * scale, (scene.height - shape.y) * scale), shape.text)


#: Lays out the chart for a scene ``width`` points wide with text measured by the
#: given function; None for no chart.
SceneBuilder = Callable[[float, Measure], Scene | None]


class ChartView(QWidget):
    """Paints one progress chart, laid out again at the widget's width so labels stay
    readable (rebuilt when the width changes by more than a few pixels)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(320)
        self._builder: SceneBuilder | None = None
        self._built_width = 0
        self._aspect = 0.4  # height / width of the current scene
        self.scene: Scene | None = None  # as last laid out (tests, the accessible summary)
        self.error = ""  # why the last build failed, shown in place of the chart
        self.dark = False  # drawn for a dark palette (colours' lightness inverted)
        self.measure = QtMeasure(self)
        self._rebuild = QTimer(self, singleShot=True, interval=REBUILD_MS)
        self._rebuild.timeout.connect(self.build)

    def set_builder(self, builder: SceneBuilder | None) -> None:
        """Show the chart ``builder`` lays out; built now if the widget has its width,
        else on its first resize (so a chart is laid out once, at the right size)."""
        self._builder = builder
        self._built_width = 0
        self._rebuild.stop()
        if builder is None or self.isVisible():
            self.build()
        else:
            self.scene = None
            self.updateGeometry()

    def clear(self) -> None:
        """Forget the chart (its labels are journal text): at lock."""
        self._builder = None
        self.scene = None
        self._rebuild.stop()
        self.update()

    def build(self) -> None:
        width = max(self.width(), self.minimumWidth())
        self._built_width = width
        self.error = ""
        try:
            self.scene = (self._builder(width / SCALE, self.measure)
                          if self._builder is not None else None)
        except Exception as exc:  # a chart must never take the view down
            self.scene = None
            self.error = str(exc) or type(exc).__name__
        self.dark = is_dark(self.palette())
        if self.scene is not None and self.scene.width > 0:
            self._aspect = self.scene.height / self.scene.width
        self.updateGeometry()
        self.update()

    # -- geometry ----------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.error:
            return 3 * self.fontMetrics().height()
        return round(width * self._aspect) if self.scene or self._builder else 0

    def sizeHint(self) -> QSize:
        width = max(self.width(), 560)
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._builder is None:
            return
        if not self._built_width:
            # The first widths come in bursts while the page lays out: draw once, at
            # the last one, as soon as the event loop is back.
            self._rebuild.start(0)
        elif abs(self.width() - self._built_width) > 24:
            self._rebuild.start(REBUILD_MS)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._builder is not None and not self._built_width:
            self._rebuild.start(0)  # set while hidden, shown again at the same size

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if (event.type() == event.Type.PaletteChange and self._builder is not None
                and self._built_width and is_dark(self.palette()) != self.dark):
            self.dark = is_dark(self.palette())  # light ↔ dark only: polishing also
            self.update()  # sends palette changes

    def paintEvent(self, event) -> None:
        if self.error:
            painter = QPainter(self)
            painter.drawText(self.rect(), Qt.TextFlag.TextWordWrap,
                             self.tr("This chart could not be drawn: %1").replace("%1", self.error))
            painter.end()
            return
        if self.scene is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_scene(painter, self.scene, self.width() / self.scene.width, self.measure,
                    dark=self.dark)
        painter.end()
