"""Pages of the booklet: the document template, running header and footer, the cover
decoration and the table of contents.

The contents are laid out before the body with fixed row heights, so their page
count is known in advance; each contents page shows a PDF form whose drawing
(with the real page numbers) is made once the body is done. One pass of layout
instead of reportlab's multiBuild, which lays the whole book out two or three
times.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from carnet.booklet import texts
from carnet.booklet.errors import BookletCancelled
from carnet.booklet.fonts import BOLD, REGULAR, draw_string, string_width
from carnet.booklet.markup import Run, para, text_runs
from carnet.booklet.styles import ACCENT, INK, MUTED, RULE, Geometry, Styles, shared_styles
from carnet.booklet.textfit import fit

TOC_TITLE_SPACE = 58.0
COVER_SPLIT = 0.6  # the cover's ink band covers the top 40 %
_ROW = {0: (22.0, BOLD, 10.5, 0.0), 1: (16.0, REGULAR, 9.5, 14.0), 2: (14.5, REGULAR, 9.0, 28.0)}


def cover_box(geo: Geometry) -> tuple[float, float, float, float]:
    """Where the cover's text goes: between the ink band and the notice at the foot."""
    bottom = geo.bottom + 110
    return geo.left, bottom, geo.frame_width, geo.height * COVER_SPLIT - 34 - bottom


@dataclass
class TocEntry:
    key: str
    level: int
    title: str


def paginate_toc(entries: list[TocEntry], geo: Geometry) -> list[list[tuple[TocEntry, float]]]:
    """Entries per contents page with each row's baseline (fixed heights)."""
    pages: list[list[tuple[TocEntry, float]]] = [[]]
    y = geo.height - geo.top - TOC_TITLE_SPACE
    floor = geo.bottom
    for entry in entries:
        height = _ROW[min(entry.level, 2)][0]
        if entry.level == 0 and pages[-1]:
            height += 4
        if y - height < floor:
            pages.append([])
            y = geo.height - geo.top
            height = _ROW[min(entry.level, 2)][0]
        y -= height
        pages[-1].append((entry, y + 4))
    return pages


class BookletDoc(BaseDocTemplate):
    """The book: cover, contents and body page templates; tracks chapter pages."""

    def __init__(
        self, target, geo: Geometry, lang: str, toc_pages, first: str = "cover", **kw
    ) -> None:
        self.geo = geo
        self.booklet_lang = lang
        self.toc_pages = toc_pages
        self.styles = shared_styles()
        self.chapter_pages: dict[str, int] = {}
        self.running = ""
        self.cover_painter: Callable | None = None  # (canvas, geometry) -> None
        self.on_flowable: Callable[[], None] | None = None
        self.cancelled: Callable[[], bool] | None = None
        self._toc_index = 0
        self._margin_form = False
        self._running_key: str | None = None
        self._running_text = ""
        super().__init__(
            target, pagesize=(geo.width, geo.height), leftMargin=geo.left,
            rightMargin=geo.right, topMargin=geo.top, bottomMargin=geo.bottom,
            initialFontName=REGULAR, lang="fr-FR" if lang == "fr" else "en", **kw,
        )
        body = Frame(geo.left, geo.bottom, geo.frame_width, geo.frame_height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        x, y, width, height = cover_box(geo)
        cover = Frame(x, y, width, height, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [
            PageTemplate("cover", [cover], onPage=self._paint_cover),
            PageTemplate("toc", [body], onPage=self._paint_toc, onPageEnd=self._paint_margins),
            PageTemplate("body", [body], onPageEnd=self._paint_margins),
        ]
        templates.sort(key=lambda t: t.id != first)  # the first page's template first
        self.addPageTemplates(templates)
        self._doSave = 0  # the contents forms are drawn after the body, then saved

    # -- per flowable: chapters, outline, progress, cancellation -----------------
    def afterFlowable(self, flowable) -> None:
        key = getattr(flowable, "toc_key", None)
        if key is not None and key not in self.chapter_pages:
            page = self.canv.getPageNumber()
            self.chapter_pages[key] = page
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, flowable.outline_level,
                                      closed=flowable.outline_level > 0)
        running = getattr(flowable, "running", None)
        if running is not None:
            self.running = running
        if self.on_flowable is not None:
            self.on_flowable()
        if self.cancelled is not None and self.cancelled():
            raise BookletCancelled()

    # -- page painters -----------------------------------------------------------
    def _paint_cover(self, canv, doc) -> None:
        if self.cover_painter is not None:
            self.cover_painter(canv, self.geo)

    def _paint_margins(self, canv, doc) -> None:
        """Running header and footer; their fixed parts are one form drawn once."""
        geo, lang = self.geo, self.booklet_lang
        top = geo.height - geo.top + 26
        if not self._margin_form:
            self._margin_form = True
            canv.beginForm("margins")
            canv.setFont(BOLD, 7)
            canv.setFillColor(ACCENT)
            canv.drawString(geo.left, top, texts.text(lang, "header").upper())
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.line(geo.left, top - 6, geo.width - geo.right, top - 6)
            canv.setFont(REGULAR, 6.5)
            canv.setFillColor(MUTED)
            canv.drawString(geo.left, geo.bottom - 34, texts.text(lang, "confidential_short"))
            canv.endForm()
        canv.saveState()
        canv.doForm("margins")
        if self.running != self._running_key:
            used = stringWidth(texts.text(lang, "header").upper(), BOLD, 7) + 24
            self._running_key = self.running
            self._running_text = fit(self.running, REGULAR, 8, geo.frame_width - used)
        canv.setFont(REGULAR, 8)
        canv.setFillColor(MUTED)
        draw_string(canv, geo.width - geo.right, top, self._running_text, REGULAR, 8, "end")
        canv.setFont(REGULAR, 9)
        canv.setFillColor(INK)
        canv.drawCentredString(geo.width / 2, geo.bottom - 34, str(canv.getPageNumber()))
        canv.restoreState()

    def _paint_toc(self, canv, doc) -> None:
        index = self._toc_index
        self._toc_index += 1
        if index >= len(self.toc_pages):
            return
        self.running = texts.text(self.booklet_lang, "toc")
        canv.doForm(f"toc{index}")
        geo = self.geo
        for entry, baseline in self.toc_pages[index]:
            canv.linkRect("", entry.key, (geo.left, baseline - 4, geo.width - geo.right,
                                          baseline + 10), relative=0, thickness=0)

    # -- the contents, once page numbers are known ----------------------------------
    def draw_toc_forms(self) -> None:
        canv, geo = self.canv, self.geo
        right = geo.width - geo.right
        for index, rows in enumerate(self.toc_pages):
            canv.beginForm(f"toc{index}")
            if index == 0:
                title = para(texts.text(self.booklet_lang, "toc"), self.styles.h1)
                _, height = title.wrap(geo.frame_width, 100)
                title.drawOn(canv, geo.left, geo.height - geo.top - height)
            for entry, baseline in rows:
                _, font, size, indent = _ROW[min(entry.level, 2)]
                number = str(self.chapter_pages.get(entry.key, ""))
                canv.setFont(font, size)
                canv.setFillColor(INK if entry.level == 0 else colors.HexColor("#333333"))
                room = right - geo.left - indent - 40
                title = fit(entry.title, font, size, room)
                draw_string(canv, geo.left + indent, baseline, title, font, size)
                canv.drawRightString(right, baseline, number)
                start = geo.left + indent + string_width(title, font, size) + 6
                end = right - stringWidth(number, font, size) - 6
                if end > start:
                    canv.saveState()
                    canv.setStrokeColor(MUTED)
                    canv.setLineWidth(0.7)
                    canv.setLineCap(1)
                    canv.setDash([0.1, 3.2])
                    canv.line(start, baseline + 1, end, baseline + 1)
                    canv.restoreState()
            canv.endForm()


def paint_cover(canv, geo: Geometry, lang: str, anonymised: str | None,
                styles: Styles) -> None:
    """The cover's fixed parts: an ink band ruled like a notebook, the title, and the
    confidentiality notice at the foot of the page (``anonymised``: the key of the
    sentence on names, ``BookletData.anonymised_notice``)."""
    width, height = geo.width, geo.height
    band = height * COVER_SPLIT
    canv.saveState()
    canv.setFillColor(INK)
    canv.rect(0, band, width, height - band, stroke=0, fill=1)
    canv.setStrokeColor(colors.HexColor("#2c4a70"))
    canv.setLineWidth(0.6)
    y = band + 22
    while y < height - 20:
        canv.line(0, y, width, y)
        y += 21
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(1.2)
    canv.line(geo.left - 16, band, geo.left - 16, height)
    canv.setFillColor(ACCENT)
    canv.rect(0, band - 5, width, 5, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont(BOLD, 38)
    canv.drawString(geo.left, band + 88, texts.text(lang, "title"))
    canv.setFillColor(colors.HexColor("#d9e2ec"))
    canv.setFont(REGULAR, 14)
    canv.drawString(geo.left, band + 58, texts.text(lang, "subtitle"))
    runs = text_runs(texts.text(lang, "confidential"))
    if anonymised:
        runs += [Run("", br=True), *text_runs(texts.text(lang, anonymised))]
    notice = para(runs, styles.cover_notice)
    _, h = notice.wrap(geo.frame_width, 200)
    top = geo.bottom + h + 24
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.line(geo.left, top, geo.width - geo.right, top)
    notice.drawOn(canv, geo.left, geo.bottom + 8)
    canv.restoreState()
