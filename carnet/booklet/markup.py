"""Text the person wrote → reportlab paragraphs, without trusting it.

reportlab's Paragraph parses its text as markup: an unescaped ``<`` or ``&``
crashes it or silently drops words, and ``<img src>`` / ``<a href>`` read files or
make links. Here every run of text becomes one of reportlab's paragraph fragments
directly (font, colour, text): the person's text never meets the markup parser at
all — nothing to escape, nothing to misparse, and about a quarter of the paragraph
cost saved. Characters the font lacks are made visible (``fonts.clean``),
right-to-left runs put in visual order (``bidi``).

Very long paragraphs are cut into chunks of a few thousand characters, since one
200,000-character Paragraph is slow to split across pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paraparser import ParaFrag

from carnet.booklet import bidi
from carnet.booklet.fonts import EMOJI, clean, segments
from carnet.booklet.styles import CODE, LINK, RULE, Styles
from carnet.notes.typography import french_spacing

CHUNK = 2500
_SPACES = re.compile(r"\s+")


def typography(text: str) -> str:
    """French no-break spaces for print (see :mod:`carnet.notes.typography`)."""
    return french_spacing(text)


@dataclass(slots=True)
class Run:
    """A stretch of text with one formatting (``color``: "#rrggbb", ``size``: points)."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: bool = False
    br: bool = False
    color: str | None = None
    size: float | None = None


def text_runs(text: str, **fmt) -> list[Run]:
    """Runs for a plain string the person wrote: cleaned for the font, French spacing,
    line breaks kept."""
    runs: list[Run] = []
    for i, line in enumerate(typography(clean(text)).split("\n")):
        if i:
            runs.append(Run("", br=True))
        if line:
            runs.append(Run(line, **fmt))
    return runs


_COLOURS: dict[str, object] = {}


def _colour(value: str):
    colour = _COLOURS.get(value)
    if colour is None:
        colour = _COLOURS[value] = colors.HexColor(value)
    return colour


#: (fragment attributes, style) per formatting; the style is kept so its id is never
#: reused while the entry lives. Bounded: styles are shared by every build.
_FRAG_BASES: dict[tuple, tuple[dict, object]] = {}


def _frag_base(style, run: Run, emoji: bool = False) -> dict:
    """The fragment attributes for one formatting in one style (computed once);
    ``emoji``: in the emoji font."""
    key = (id(style), run.bold, run.italic, run.code, run.link, run.color, run.size, emoji)
    entry = _FRAG_BASES.get(key)
    if entry is None:
        family, bold, italic = ps2tt(style.fontName)
        bold, italic = bool(run.bold or bold), bool(run.italic or italic)
        if run.color:
            colour = _colour(run.color)
        else:
            colour = CODE if run.code else LINK if run.link else style.textColor
        entry = _FRAG_BASES[key] = ({
            "rise": 0, "greek": 0, "bold": bold, "italic": italic,
            "fontName": EMOJI if emoji else tt2ps(family, bold, italic),
            "fontSize": run.size or style.fontSize,
            "textColor": colour,
        }, style)
    return entry[0]


def make_frags(runs: list[Run], style) -> list[ParaFrag]:
    """reportlab paragraph fragments for ``runs`` in ``style``, without markup parsing."""
    frags = []
    for run in runs:
        if run.br:
            frags.append(ParaFrag(**_frag_base(style, run), link=[], us_lines=[], text="",
                                  lineBreak=True))
        elif run.text:
            for text, emoji in segments(bidi.visual(run.text)):
                frags.append(ParaFrag(**_frag_base(style, run, emoji), link=[], us_lines=[],
                                      text=text))
    return frags


class Para(Paragraph):
    """A Paragraph that remembers its line breaking for the last width it was given.

    Tables measure their cells again after every page break and when drawing, cards
    and KeepTogether measure twice: reportlab recomputes everything each time. The
    result depends on the width only (the style is fixed), so one breaking per width
    is enough; split parts are new objects and measure themselves."""

    _wrapped_for: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if availWidth == self._wrapped_for:
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth if result[1] != 0x7FFFFFFF else None
        return result

    def split(self, availWidth, availHeight):  # noqa: N803
        self._wrapped_for = None  # splitting may rework the broken lines
        parts = super().split(availWidth, availHeight)
        if parts and hasattr(self, "toc_key"):  # a (huge) heading keeps its chapter mark
            for name in ("toc_key", "outline_title", "outline_level", "running"):
                setattr(parts[0], name, getattr(self, name))
        return parts


def para(runs: list[Run] | str, style, bullet: str | None = None, cls=None) -> Paragraph:
    """One paragraph from runs (or from a plain string the person wrote)."""
    if isinstance(runs, str):
        runs = text_runs(runs)
    return (cls or Para)(None, style, bulletText=bullet, frags=make_frags(runs, style))


def _cut_point(text: str, room: int, alone: bool) -> int:
    """Where to cut ``text`` to fit ``room`` characters: after a sentence, else at a
    space; 0 means "start a new chunk first"; a hard cut only when nothing else works."""
    window = text[:room]
    sentence = max(window.rfind(". "), window.rfind("! "), window.rfind("? "))
    if sentence > room // 2:
        return sentence + 1
    space = max(window.rfind(" "), window.rfind("\n"))
    if space > 0:
        return space
    return room if alone else 0


def _last_break(runs: list[Run]) -> int:
    """Index of the last line break in ``runs`` (0 or less: none worth cutting at)."""
    for index in range(len(runs) - 1, 0, -1):
        if runs[index].br:
            return index
    return 0


def _chunks(runs: list[Run], limit: int = CHUNK) -> Iterator[list[Run]]:
    """Pieces of at most ``limit`` characters, cut at the person's own line break when
    there is one (a cut elsewhere shows as a break in the middle of their line)."""
    current: list[Run] = []
    size = 0
    for run in runs:
        text = run.text
        if size + len(text) > limit and (index := _last_break(current)):
            yield current[:index]
            current = current[index + 1:]  # the break itself is the chunks' seam
            size = sum(len(r.text) for r in current)
        while size + len(text) > limit:
            cut = _cut_point(text, limit - size, alone=not current)
            if cut:
                current.append(replace(run, text=text[:cut]))
                text = text[cut:].lstrip()
            yield current
            current, size = [], 0
        if text or run.br:
            current.append(replace(run, text=text))
            size += len(text)
    if current:
        yield current


class QuoteParagraph(Para):
    """A paragraph of a blockquote: a thin rule in the left margin marks the quote."""

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(2)
        x = self.style.leftIndent - 8
        canv.line(x, -3, x, self.height + 1)
        canv.restoreState()
        super().draw()


class RTLParagraph(Flowable):
    """A right-to-left paragraph: each of its lines (the person's line breaks) wrapped
    in logical order at the real width, then reordered for display and aligned right
    (see ``bidi``); a list item's bullet or number ends its first line, on the right."""

    def __init__(self, text: str, style, styles: Styles, bullet: str | None = None) -> None:
        super().__init__()
        self.lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        self.lines = [line for line in self.lines if line] or [""]
        self.text = " ".join(self.lines)
        self.bullet = bullet
        self.style = styles.variant(style, alignment=TA_RIGHT)
        self._para: Paragraph | None = None

    def _make(self, width: float) -> Paragraph:
        style = self.style
        room = max(width - style.leftIndent - style.rightIndent, 20)
        runs: list[Run] = []
        for logical in self.lines:
            rtl = bidi.is_rtl_paragraph(logical)  # a French line among Hebrew ones stays LTR
            for line in simpleSplit(logical, style.fontName, style.fontSize, room):
                visual = bidi.visual_rtl_line(line) if rtl else bidi.visual(line)
                if runs:
                    runs.append(Run("", br=True))
                elif self.bullet:  # the start of an RTL item is on the right
                    visual = f"{visual} {self.bullet}"
                runs.append(Run(visual))
        return Para(None, style, frags=make_frags(runs, style))

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self._para = self._make(availWidth)
        self.width, self.height = self._para.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        return self._make(availWidth).split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter


def paragraphs(
    runs: list[Run], style, styles: Styles, bullet: str | None = None, cls=None
) -> list[Flowable]:
    """Flowables for one paragraph of runs: one Paragraph, or several for a long one."""
    text = "".join(r.text for r in runs)
    if bidi.has_rtl(text) and bidi.is_rtl_paragraph(text):
        lines = "".join("\n" if r.br else r.text for r in runs)
        return [RTLParagraph(lines, style, styles, bullet)]
    chunks = [runs] if len(text) <= CHUNK else list(_chunks(runs))
    result: list[Flowable] = []
    last = len(chunks) - 1
    for i, chunk in enumerate(chunks):
        if not any(r.text.strip() for r in chunk):
            continue
        chunk_style = style
        if last:
            changes = {}
            if i > 0:
                changes["spaceBefore"] = 0
            if i < last:
                changes["spaceAfter"] = 0
            chunk_style = styles.variant(style, **changes)
        result.append(para(chunk, chunk_style, bullet if i == 0 else None, cls))
    return result


def _lines(block: str) -> list[str]:
    """A block's lines with an empty string (a line break) between them."""
    out: list[str] = []
    for j, line in enumerate(block.strip("\n").split("\n")):
        if j:
            out.append("")
        if line:
            out.append(line)
    return out


def plain_flowables(text: str, style, styles: Styles, bullet: str | None = None) -> list[Flowable]:
    """Flowables for a plain text the person wrote (a feeling, an outcome): blank lines
    separate paragraphs, single line breaks are kept. A paragraph after the first is set
    apart by half a line: with the list styles' 3-4 pt it was glued to the one before, the
    blank line the person typed lost (fresh6, an objective's description)."""
    text = typography(clean(text)).strip()
    result: list[Flowable] = []
    apart = styles.variant(style, spaceBefore=max(style.spaceBefore, style.leading / 2))
    for i, block in enumerate(re.split(r"\n\s*\n", text)):
        if not block.strip():
            continue
        runs = [Run(line) if line else Run("", br=True) for line in _lines(block)]
        result.extend(paragraphs(runs, apart if result else style, styles,
                                 bullet if i == 0 else None))
    return result
