"""Markdown notes → flowables, safely.

Python-Markdown passes raw HTML through, so ``&`` and ``<`` of the person's text
become private-use placeholders before Markdown sees it: their HTML is never HTML,
only text. Markdown's output (our tags only) is walked with ``html.parser`` into
runs with bold / italic / code / link flags, which ``markup`` turns into paragraph
fragments. Links become « text (address) », images « [image : alt] »: nothing is
fetched, nothing is clickable. Markdown itself is imported when a build starts.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reportlab.platypus import CondPageBreak, Flowable
from reportlab.platypus.flowables import HRFlowable

from carnet.booklet import texts
from carnet.booklet.fonts import REPLACEMENT, clean
from carnet.booklet.markup import (
    Para,
    QuoteParagraph,
    Run,
    para,
    paragraphs,
    plain_flowables,
    typography,
)
from carnet.booklet.styles import RULE, Styles

PH_AMP, PH_LT = "\ue000", "\ue001"
_PROTECT = str.maketrans({PH_AMP: REPLACEMENT, PH_LT: REPLACEMENT})  # DejaVu has U+FFFD
_HIDE = str.maketrans({"&": PH_AMP, "<": PH_LT})
_RESTORE = str.maketrans({PH_AMP: "&", PH_LT: "<"})
PRE_LINES = 40
BULLETS = ("•", "◦", "–")
HEADING_ROOM = 60
#: anything Markdown would act on; text without it skips Markdown (most notes are plain)
_MD_SYNTAX = re.compile(
    r"[*_`\[\]\\]|^[ \t]*(?:[#>]|[-+]\s|\d+[.)]\s)|^(?: {4}|\t)|^[ \t]*[=-]{2,}[ \t]*$|  \n",
    re.M,
)


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
        self._md = markdown.Markdown(extensions=["sane_lists", "fenced_code"],
                                     output_format="html")

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
