"""The booklet's progress charts, shown in the app.

One chart code for app and booklet: ``carnet.booklet.charts`` draws each chart
as a reportlab drawing and renders it to SVG; this module adapts that SVG to
QtSvg and paints it. Three adaptations, all on the SVG text:

* QtSvg paints the children of a ``<clipPath>`` as ordinary shapes (a black
  rectangle over the whole chart), so the clip — which clips nothing, it is the
  drawing's own frame — is removed;
* reportlab names its embedded font « CarnetSans »; Qt gets the same DejaVu
  Sans file under its real family name, so labels keep the widths reportlab
  measured;
* on a dark palette every colour's lightness is inverted (hue kept): dark ink
  becomes light ink, the light grid becomes a dark one, mid-tone series stay.

reportlab costs ~120 ms to import and ~50 ms to load the font: :func:`preload`
does both on a worker thread once a journal is open, so the first progress
view does not wait for them.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from carnet import paths

#: The drawing is made this many times smaller than the widget, then scaled up:
#: the booklet's 7.5–8 pt labels read at about 10–11 px on screen.
SCALE = 1.35
REBUILD_MS = 40  # after a resize, redraw when the width has settled

_CLIP = re.compile(r"<clipPath\b.*?</clipPath>", re.DOTALL)
_CLIP_USE = re.compile(r'\s*style="clip-path:\s*url\(#[^)]*\)"')
_RGB = re.compile(r"rgb\(\s*([\d.]+)%\s*,\s*([\d.]+)%\s*,\s*([\d.]+)%\s*\)")
_FONT = re.compile(r"font-family:\s*CarnetSans[^;\"]*")
_family: str | None = None
_preloaded = threading.Event()
_preload_lock = threading.Lock()


def chart_family() -> str:
    """The Qt family of the booklet's font (loaded once from ``resources/fonts``)."""
    global _family
    if _family is None:
        _family = "DejaVu Sans"
        try:
            font_id = QFontDatabase.addApplicationFont(
                str(paths.resource_path("fonts", "DejaVuSans.ttf")))
        except (FileNotFoundError, OSError):
            font_id = -1
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families:
                _family = families[0]
    return _family


def _invert_lightness(match: re.Match[str]) -> str:
    red, green, blue = (min(max(float(v) / 100, 0.0), 1.0) for v in match.groups())
    hue, saturation, lightness, _ = QColor.fromRgbF(red, green, blue).getHslF()
    colour = QColor.fromHslF(max(hue, 0.0), saturation, 1.0 - lightness)
    return colour.name()


def adapt_svg(svg: str, *, dark: bool = False, family: str | None = None) -> bytes:
    """The booklet's SVG made right for QtSvg (see the module docstring)."""
    svg = _CLIP.sub("", svg)
    svg = _CLIP_USE.sub("", svg)
    svg = svg.replace("fill: None", "fill: none").replace("stroke: None", "stroke: none")
    svg = _FONT.sub(f"font-family: '{family or chart_family()}'", svg)
    if dark:
        svg = _RGB.sub(_invert_lightness, svg)
    return svg.encode("utf-8")


def is_dark(palette: QPalette) -> bool:
    """Light text means a dark background (true under the app's stylesheet too)."""
    return palette.color(QPalette.ColorRole.WindowText).lightness() > 128


def preload() -> None:
    """Import reportlab's drawing code and load the font, once, off the UI thread."""

    def run() -> None:
        with _preload_lock:
            if _preloaded.is_set():
                return
            # A warm-up only: a failure here shows again, and is reported, in the view.
            with contextlib.suppress(Exception):
                from carnet.booklet import charts
                from carnet.booklet.fonts import register_fonts

                register_fonts()
                charts.to_svg(charts.feelings_chart([("1", 1.0, 2.0)], 200, 120, "en"))
            _preloaded.set()

    if not _preloaded.is_set():
        threading.Thread(target=run, name="carnet-chart-preload", daemon=True).start()


#: Builds the chart's SVG for a drawing ``width`` points wide, or "" for no chart.
SvgBuilder = Callable[[float], str]


class ChartView(QWidget):
    """Paints one booklet chart, rebuilt at the widget's width so labels stay readable.

    ``set_builder`` takes a function of the drawing width returning the SVG; the
    chart is rebuilt when the width changes by more than a few pixels.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(320)
        self._builder: SvgBuilder | None = None
        self._renderer = QSvgRenderer(self)
        self._built_width = 0
        self._aspect = 0.4  # height / width of the current drawing
        self.svg = ""  # the booklet's SVG as last built (tests, debugging)
        self.error = ""  # why the last build failed, shown in place of the chart
        self.dark = False  # drawn for a dark palette (colours' lightness inverted)
        self._rebuild = QTimer(self, singleShot=True, interval=REBUILD_MS)
        self._rebuild.timeout.connect(self.build)

    def set_builder(self, builder: SvgBuilder | None) -> None:
        """Show the chart ``builder`` makes; built now if the widget has its width, else
        on its first resize (so a chart is drawn once, at the right size)."""
        self._builder = builder
        self._built_width = 0
        self._rebuild.stop()
        if builder is None or self.isVisible():
            self.build()
        else:
            self.svg = ""
            self.updateGeometry()

    def build(self) -> None:
        width = max(self.width(), self.minimumWidth())
        self._built_width = width
        self.error = ""
        try:
            self.svg = self._builder(width / SCALE) if self._builder is not None else ""
        except Exception as exc:  # a chart must never take the view down
            self.svg = ""
            self.error = str(exc) or type(exc).__name__
        self.dark = is_dark(self.palette())
        if self.svg:
            self._renderer.load(QByteArray(adapt_svg(self.svg, dark=self.dark)))
            size = self._renderer.defaultSize()
            if size.width() > 0:
                self._aspect = size.height() / size.width()
        else:
            self._renderer.load(QByteArray())
        self.updateGeometry()
        self.update()

    # -- geometry ----------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.error:
            return 3 * self.fontMetrics().height()
        return round(width * self._aspect) if self.svg or self._builder else 0

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
            self.build()  # light ↔ dark only: polishing also sends palette changes

    def paintEvent(self, event) -> None:
        if self.error:
            painter = QPainter(self)
            painter.drawText(self.rect(), Qt.TextFlag.TextWordWrap,
                             self.tr("This chart could not be drawn: %1").replace("%1", self.error))
            painter.end()
            return
        if not self.svg or not self._renderer.isValid():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width = self.width()
        height = min(self.height(), round(width * self._aspect))
        self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
