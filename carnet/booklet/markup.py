"""What the person wrote (Markdown) → reportlab flowables, without trusting it.

reportlab's Paragraph parses its text as markup: an unescaped ``<`` or ``&``
crashes it or silently drops words, ``<img src>`` reads files, ``<a href>``
makes links. Python-Markdown, for its part, passes raw HTML through. So:

1. ``&`` and ``<`` of the source become private-use placeholders before
   Markdown sees them: the person's HTML is never HTML, only text;
2. Markdown's HTML (made of our tags only) is walked with ``html.parser``
   into runs of text with bold / italic / code / link flags;
3. each run becomes one of reportlab's paragraph fragments directly (font,
   colour, text), so the person's text never meets reportlab's markup parser
   at all: nothing to escape, nothing to misparse, and about a quarter of the
   paragraph cost saved. Links become « text (address) », images
   « [image : alt] »: nothing is fetched, nothing is clickable.

Very long paragraphs are cut into chunks of a few thousand characters, since
one 200,000-character Paragraph is slow to split across pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import CondPageBreak, Flowable, Paragraph
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.paraparser import ParaFrag

from carnet.booklet import bidi, texts
from carnet.booklet.fonts import REPLACEMENT, clean
from carnet.booklet.styles import CODE, LINK, RULE, Styles

PH_AMP, PH_LT = "\ue000", "\ue001"
_PROTECT = str.maketrans({PH_AMP: REPLACEMENT, PH_LT: REPLACEMENT})
_HIDE = str.maketrans({"&": PH_AMP, "<": PH_LT})
_RESTORE = str.maketrans({PH_AMP: "&", PH_LT: "<"})
CHUNK = 2500
PRE_LINES = 40
BULLETS = ("•", "◦", "–")
_SPACES = re.compile(r"\s+")
#: anything Markdown would act on; text without it skips Markdown (most notes are plain)
_MD_SYNTAX = re.compile(
    r"[*_`\[\]\\]|^[ \t]*(?:[#>]|[-+]\s|\d+[.)]\s)|^(?: {4}|\t)|^[ \t]*[=-]{2,}[ \t]*$|  \n",
    re.M,
)
_SPACE_BEFORE = re.compile(r"[ \t]+([?!:;»])")
_SPACE_AFTER = re.compile(r"«[ \t]+")
HEADING_ROOM = 60


def typography(text: str) -> str:
    """Non-breaking spaces before ? ! : ; » and after «, so a line never starts with
    a lone « ? » (French typography; harmless elsewhere)."""
    if "«" not in text and not _SPACE_BEFORE.search(text):
        return text
    return _SPACE_AFTER.sub("«\u00a0", _SPACE_BEFORE.sub("\u00a0\\1", text))


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


_FRAG_BASES: dict[tuple, dict] = {}


def _frag_base(style, run: Run) -> dict:
    """The fragment attributes for one formatting in one style (computed once)."""
    key = (id(style), run.bold, run.italic, run.code, run.link, run.color, run.size)
    base = _FRAG_BASES.get(key)
    if base is None:
        family, bold, italic = ps2tt(style.fontName)
        bold, italic = bool(run.bold or bold), bool(run.italic or italic)
        if run.color:
            colour = _colour(run.color)
        else:
            colour = CODE if run.code else LINK if run.link else style.textColor
        base = _FRAG_BASES[key] = {
            "rise": 0, "greek": 0, "bold": bold, "italic": italic,
            "fontName": tt2ps(family, bold, italic), "fontSize": run.size or style.fontSize,
            "textColor": colour, "_style": style,  # keeps id(style) from being reused
        }
    return base


def make_frags(runs: list[Run], style) -> list[ParaFrag]:
    """reportlab paragraph fragments for ``runs`` in ``style``, without markup parsing."""
    frags = []
    for run in runs:
        if run.br:
            frags.append(ParaFrag(**_frag_base(style, run), link=[], us_lines=[], text="",
                                  lineBreak=True))
        elif run.text:
            frags.append(ParaFrag(**_frag_base(style, run), link=[], us_lines=[],
                                  text=bidi.visual(run.text)))
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
        return super().split(availWidth, availHeight)


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


def _chunks(runs: list[Run], limit: int = CHUNK) -> Iterator[list[Run]]:
    current: list[Run] = []
    size = 0
    for run in runs:
        text = run.text
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
    """A right-to-left paragraph: wrapped in logical order at the real width, then each
    line reordered for display and aligned right (see ``bidi``)."""

    def __init__(self, text: str, style, styles: Styles) -> None:
        super().__init__()
        self.text = _SPACES.sub(" ", text).strip()
        self.style = styles.variant(style, alignment=TA_RIGHT)
        self._para: Paragraph | None = None

    def _make(self, width: float) -> Paragraph:
        style = self.style
        room = max(width - style.leftIndent - style.rightIndent, 20)
        lines = simpleSplit(self.text, style.fontName, style.fontSize, room)
        runs: list[Run] = []
        for i, line in enumerate(lines):
            if i:
                runs.append(Run("", br=True))
            runs.append(Run(bidi.visual_rtl_line(line)))
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
        return [RTLParagraph(text, style, styles)]
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
    separate paragraphs, single line breaks are kept."""
    text = typography(clean(text)).strip()
    result: list[Flowable] = []
    for i, block in enumerate(re.split(r"\n\s*\n", text)):
        if not block.strip():
            continue
        runs = [Run(line) if line else Run("", br=True) for line in _lines(block)]
        result.extend(paragraphs(runs, style, styles, bullet if i == 0 else None))
    return result


class _Walker(HTMLParser):
    """Walks the HTML that Markdown made (our tags only) and emits flowables."""

    def __init__(self, renderer: MarkdownRenderer) -> None:
        super().__init__(convert_charrefs=True)
        self.r = renderer
        self.styles = renderer.styles
        self.out: list[Flowable] = []
        self.runs: list[Run] = []
        self.bold = self.italic = self.code = 0
        self.links: list[tuple[int, str]] = []
        self.lists: list[list] = []  # [ordered, counter]
        self.quote = 0
        self.pre = False
        self.heading = 0
        self.bullet: str | None = None

    # -- tags ------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs) -> None:
        attributes = {k: (v or "").translate(_RESTORE) for k, v in attrs}
        if tag in ("p", "div"):
            self.flush()
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.flush()
            self.heading = int(tag[1])
        elif tag in ("ul", "ol"):
            self.flush()
            start = attributes.get("start", "1")
            self.lists.append([tag == "ol", int(start) - 1 if start.isdigit() else 0])
        elif tag == "li":
            self.flush()
            if self.lists:
                self.lists[-1][1] += 1
                ordered, number = self.lists[-1]
                depth = len(self.lists) - 1
                self.bullet = f"{number}." if ordered else BULLETS[depth % len(BULLETS)]
        elif tag == "blockquote":
            self.flush()
            self.quote += 1
        elif tag == "pre":
            self.flush()
            self.pre = True
        elif tag == "code":
            self.code += 1
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "a":
            self.links.append((len(self.runs), attributes.get("href", "")))
        elif tag == "img":
            alt = attributes.get("alt", "").strip()
            label = texts.text(self.r.lang, "image")
            self.runs.append(Run(f"[{label} : {alt}]" if alt else f"[{label}]", italic=True))
        elif tag == "br":
            self.runs.append(Run("", br=True))
        elif tag == "hr":
            self.flush()
            self.out.append(HRFlowable(width="40%", thickness=0.6, color=RULE, spaceBefore=6,
                                       spaceAfter=8, hAlign="CENTER"))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "div", "li"):
            self.flush()
            if tag == "li":
                self.bullet = None
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.flush()
            self.heading = 0
        elif tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag == "blockquote":
            self.flush()
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.flush()
            self.pre = False
        elif tag == "code":
            self.code = max(0, self.code - 1)
        elif tag in ("strong", "b"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("em", "i"):
            self.italic = max(0, self.italic - 1)
        elif tag == "a" and self.links:
            start, href = self.links.pop()
            shown = "".join(r.text for r in self.runs[start:]).strip()
            address = href.removeprefix("mailto:")
            if address and address != shown:
                self.runs.append(Run(f" ({address})", link=True))
            for i in range(start, len(self.runs)):
                self.runs[i].link = True

    def handle_data(self, data: str) -> None:
        text = data.translate(_RESTORE)
        self.runs.append(Run(text, self.bold > 0, self.italic > 0, self.code > 0 and not self.pre))

    # -- blocks ----------------------------------------------------------
    def _style(self):
        s = self.styles
        if self.pre:
            base = s.code
        elif self.heading:
            base = (s.note_h1, s.note_h2, s.note_h3)[min(self.heading, 3) - 1]
        elif self.quote:
            base = s.quote
        elif self.lists:
            base = s.item
        else:
            base = s.body
        depth = min(len(self.lists), 6)
        quote = min(self.quote, 4)
        if not depth and not quote:
            return base
        indent = base.leftIndent + 14 * quote + 16 * max(depth - 1, 0)
        if self.lists and base is not s.item:
            indent += s.item.leftIndent
        return self.styles.variant(base, leftIndent=indent, bulletIndent=indent - 13)

    def flush(self) -> None:
        runs, self.runs = self.runs, []
        if not any(r.text.strip() for r in runs):
            return
        style = self._style()
        bullet, self.bullet = self.bullet, None
        if self.heading:
            self.out.append(CondPageBreak(HEADING_ROOM))
        if self.pre:
            self.out.extend(self._pre(runs, style))
            return
        cls = QuoteParagraph if self.quote else Para
        self.out.extend(paragraphs(runs, style, self.styles, bullet, cls))

    def _pre(self, runs: list[Run], style) -> list[Flowable]:
        """A code block: lines kept, spaces kept, cut every few dozen lines."""
        lines = "".join(r.text for r in runs).strip("\n").split("\n")
        result = []
        for start in range(0, len(lines), PRE_LINES):
            block: list[Run] = []
            for k, line in enumerate(lines[start : start + PRE_LINES]):
                if k:
                    block.append(Run("", br=True))
                block.append(Run(line.replace(" ", "\u00a0") or "\u00a0"))
            result.append(para(block, style))
        return result


class MarkdownRenderer:
    """Turns Markdown notes into flowables; one per build (Markdown is not thread-safe)."""

    def __init__(self, styles: Styles, lang: str = "fr") -> None:
        import markdown  # lazy: ~20 ms, only when a booklet is built

        self.styles = styles
        self.lang = lang
        self._md = markdown.Markdown(extensions=["sane_lists"], output_format="html")

    def render(self, text: str) -> list[Flowable]:
        text = typography(clean(text).translate(_PROTECT))
        if not text.strip():
            return []
        if _MD_SYNTAX.search(text) is None:  # plain text: paragraphs, lines joined
            return [
                flowable
                for block in re.split(r"\n\s*\n", text)
                if block.strip()
                for flowable in paragraphs([Run(block)], self.styles.body, self.styles)
            ]
        try:
            html = self._md.reset().convert(text.translate(_HIDE))
        except (RecursionError, ValueError, IndexError):  # pathological nesting
            return plain_flowables(text, self.styles.body, self.styles)
        walker = _Walker(self)
        walker.feed(html)
        walker.close()
        walker.flush()
        return walker.out
