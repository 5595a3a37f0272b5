"""Markdown notes → flowables, through the one rendering contract.

:func:`carnet.notes.render.to_html` reads the note as people type it (lists right after
text, line breaks kept, pasted bullets) and gives HTML with our tags only: raw HTML is
text, images are their alt text, links keep an http(s)/mailto target. That HTML is
walked with ``html.parser`` into runs with bold / italic / code / link flags, which
``markup`` turns into paragraph fragments. Links become « text (address) », images
« [image : alt] »: nothing is fetched, nothing is clickable. French no-break spaces are
added to the text of each run (never to what is stored). A note with no Markdown at all
skips the parser: its paragraphs and line breaks come straight from the contract.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reportlab.platypus import CondPageBreak, Flowable
from reportlab.platypus.flowables import HRFlowable

from carnet.booklet import texts
from carnet.booklet.fonts import clean
from carnet.booklet.markup import Para, QuoteParagraph, Run, para, paragraphs
from carnet.booklet.note_tables import NoteTable, TableBlock
from carnet.booklet.styles import RULE, Styles
from carnet.notes.normalise import read
from carnet.notes.render import to_html
from carnet.notes.typography import french_spacing

PRE_LINES = 40
BULLETS = ("•", "◦", "▪")
HEADING_ROOM = 60
#: inline syntax Markdown would act on; a note without it and without blocks is plain
_INLINE = re.compile(r"[*_`\[\]<\\]")
_ALPHA = "abcdefghijklmnopqrstuvwxyz"


def list_label(ordered: bool, number: int, depth: int, kind: str = "", suffix: str = ".") -> str:
    """The bullet or number printed before an item: « • ◦ ▪ » by depth, « 3. », « c) »."""
    if not ordered:
        return BULLETS[depth % len(BULLETS)]
    if kind in ("a", "A") and 1 <= number <= 26:
        letter = _ALPHA[number - 1]
        return (letter.upper() if kind == "A" else letter) + suffix
    return f"{number}{suffix}"


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
        self.alt = False
        self.table: NoteTable | None = None
        self.cell: tuple[str, bool] | None = None  # (align, header) of the open cell

    # -- tags ------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if self.table is not None and self._table_tag(tag, attributes):
            return
        if tag in ("p", "div"):
            self.flush()
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.flush()
            self.heading = int(tag[1])
        elif tag in ("ul", "ol"):
            self.flush()
            start = attributes.get("start", "1")
            self.lists.append([tag == "ol", int(start) - 1 if start.isdigit() else 0,
                               attributes.get("type", ""), attributes.get("data-suffix", ".")])
        elif tag == "li":
            self.flush()
            if self.lists:
                self.lists[-1][1] += 1
                ordered, number, kind, suffix = self.lists[-1]
                depth = len(self.lists) - 1
                self.bullet = list_label(ordered, number, depth, kind, suffix)
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
        elif tag == "span" and attributes.get("class") == "alt":
            self.alt = True
        elif tag == "br":
            self.runs.append(Run("", br=True))
        elif tag == "table":
            self.flush()
            self.table = NoteTable()
        elif tag == "hr":
            self.flush()
            self.out.append(HRFlowable(width="40%", thickness=0.6, color=RULE, spaceBefore=6,
                                       spaceAfter=8, hAlign="CENTER"))

    def _table_tag(self, tag: str, attributes: dict[str, str], end: bool = False) -> bool:
        """A table's own tags (True: handled): cells gather runs, the table a flowable."""
        table = self.table
        assert table is not None
        if tag == "tr":
            table.end_row() if end else table.start_row(False)
        elif tag in ("th", "td"):
            if end and self.cell is not None:
                align, header = self.cell
                table.add_cell(self.runs, align, header)
                self.runs, self.cell = [], None
            elif not end:
                self.runs = []
                self.cell = (attributes.get("align", ""), tag == "th")
        elif tag == "table" and end:
            table.end_row()
            self.out.append(TableBlock(table, self.styles, self.r.lang))
            self.table = None
        elif tag not in ("thead", "tbody"):
            return False
        return True

    def handle_endtag(self, tag: str) -> None:
        if self.table is not None and self._table_tag(tag, {}, end=True):
            return
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
        if self.alt:  # an image: « [image : alt] », nothing loaded
            alt = data.strip()[1:-1].strip()
            label = texts.text(self.r.lang, "image")
            if alt == "image":
                alt = ""
            self.runs.append(Run(f"[{label} : {clean(alt)}]" if alt else f"[{label}]",
                                 italic=True))
            self.alt = False
            return
        text = clean(data)
        code = self.code > 0 or self.pre
        if not code:
            text = french_spacing(text)
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
    """Turns notes into flowables, as the rendering contract reads them."""

    def __init__(self, styles: Styles, lang: str = "fr") -> None:
        self.styles = styles
        self.lang = lang

    def render(self, text: str) -> list[Flowable]:
        if not text.strip():
            return []
        if _INLINE.search(text) is None:
            lines = read(text)
            if all(line.kind in ("p", "blank") for line in lines):
                return self._plain(lines)
        walker = _Walker(self)
        walker.feed(to_html(text))
        walker.close()
        walker.flush()
        return walker.out

    def _plain(self, lines) -> list[Flowable]:
        """Paragraphs (blank lines) of lines (line breaks), without Markdown."""
        out: list[Flowable] = []
        runs: list[Run] = []
        for line in [*lines, None]:
            if line is None or line.kind == "blank":
                if runs:
                    out += paragraphs(runs, self.styles.body, self.styles)
                runs = []
                continue
            if runs:
                runs.append(Run("", br=True))
            runs.append(Run(french_spacing(clean(line.text))))
        return out
