"""Rich text pasted into a note (Word, Outlook, a browser, Teams) → clean Markdown.

The clipboard's HTML is read with ``html.parser`` and never handed to Qt, so nothing
it names is ever loaded: images are left out, stylesheets and scripts are skipped,
links keep an http(s)/mailto address only. What stays is what the person can see
and the contract knows: paragraphs, line breaks, headings, bold, italic, quotes and
lists — HTML lists, and Word's and Outlook's list paragraphs (``mso-list: … level2``,
with their bullet or number in a conditional section) — and tables, as pipe tables
(the first row as the header, every row as wide as the widest, a cell's paragraphs
and line breaks joined by spaces, a table inside a cell as its text). Non-breaking spaces become
spaces and ``*``, `` ` `` and word-edge ``_`` are escaped: the text reads as pasted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from carnet.notes.render import is_safe_link

_SKIP = frozenset({"head", "style", "script", "title", "xml", "template", "noscript", "iframe",
                   "object", "embed", "svg", "math", "select", "button", "textarea", "canvas"})
_BLOCKS = frozenset({"p", "div", "section", "article", "header", "footer", "main", "aside",
                     "nav", "figure", "figcaption", "dd", "dt", "address", "center", "table",
                     "tbody", "thead", "tfoot", "caption", "form", "fieldset", "details",
                     "summary"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_MSO_LEVEL = re.compile(r"mso-list\s*:\s*[^;\"']*?level(\d+)", re.I)
_ORDERED_GLYPH = re.compile(r"^\s*(\d{1,3}|[a-zA-Z])[.)]\s*$")
_WS = re.compile(r"[ \t\r\n\f\u00a0\u2007\u202f]+")
_ESCAPE = re.compile(r"([\\`*])")
_UNDERSCORE = re.compile(r"(?<!\w)_|_(?!\w)")
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "wbr",
                   "source", "track", "param"})


@dataclass
class _Run:
    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""


@dataclass
class _Block:
    kind: str = "p"  # p · h1..h6 · item · quote
    level: int = 0
    ordered: bool = False
    number: int = 1
    runs: list[_Run] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # a table's cells (Markdown)


def _escape(text: str) -> str:
    return _UNDERSCORE.sub(r"\\_", _ESCAPE.sub(r"\\\1", text))


def _inline(runs: list[_Run]) -> str:
    """Runs → Markdown: markers around the words only (``**mot** `` not ``**mot **``)."""
    merged: list[_Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].href) == (
                run.bold, run.italic, run.href) and "\n" not in run.text:
            merged[-1].text += run.text
        else:
            merged.append(_Run(run.text, run.bold, run.italic, run.href))
    out = []
    for run in merged:
        for k, piece in enumerate(run.text.split("\n")):
            if k:
                out.append("\n")
            core = piece.strip(" ")
            if not core:
                out.append(piece)
                continue
            lead = piece[: len(piece) - len(piece.lstrip(" "))]
            trail = piece[len(piece.rstrip(" ")) :]
            text = _escape(core)
            if run.href:
                text = f"[{text.replace('[', '(').replace(']', ')')}]({run.href})"
            if run.italic:
                text = f"*{text}*"
            if run.bold:
                text = f"**{text}**"
            out.append(lead + text + trail)
    return "".join(out)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self.current = _Block()
        self.skip = 0
        self.bold: list[bool] = []
        self.italic: list[bool] = []
        self.links: list[str] = []
        self.lists: list[list] = []  # [ordered, counter]
        self.quote = 0
        self.pre = 0
        self.glyph: list[str] | None = None  # inside Word's <![if !supportLists]>
        self.table = 0  # depth of tables (a table in a cell is read as its text)
        self.rows: list[list[str]] = []

    # -- blocks --------------------------------------------------------------------------
    def _close(self) -> None:
        block = self.current
        if any(run.text.strip() for run in block.runs):
            self.blocks.append(block)
        self.current = _Block(kind="quote" if self.quote else "p")

    def _start(self, block: _Block) -> None:
        self._close()
        self.current = block

    # -- tags ----------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs) -> None:
        if self.skip:
            if tag in _SKIP and tag not in _VOID:
                self.skip += 1
            return
        if tag in _SKIP:
            self.skip = 1
            return
        attributes = {k.lower(): v or "" for k, v in attrs}
        if self._table_start(tag):
            return
        style = attributes.get("style", "").lower().replace(" ", "")
        if tag in ("b", "strong"):
            self.bold.append("font-weight:normal" not in style and "font-weight:400" not in style)
        elif tag in ("i", "em", "cite", "dfn"):
            self.italic.append("font-style:normal" not in style)
        elif tag == "span":
            weight = re.search(r"font-weight:(bold|[6-9]00)", style)
            self.bold.append(bool(weight))
            self.italic.append("font-style:italic" in style)
        elif tag == "a":
            href = attributes.get("href", "").strip()
            self.links.append(href if is_safe_link(href) else "")
        elif tag == "br":
            self.current.runs.append(_Run("\n"))
        elif tag in ("ul", "ol"):
            self._close()
            start = attributes.get("start", "1")
            self.lists.append([tag == "ol", (int(start) if start.isdigit() else 1) - 1])
        elif tag == "li":
            ordered, number = False, 1
            if self.lists:
                self.lists[-1][1] += 1
                ordered, number = self.lists[-1][0], self.lists[-1][1]
            self._start(_Block("item", max(len(self.lists) - 1, 0), ordered, number))
        elif tag in _HEADINGS:
            self._start(_Block(f"h{_HEADINGS[tag]}"))
        elif tag == "blockquote":
            self._close()
            self.quote += 1
            self.current = _Block("quote")
        elif tag == "pre":
            self._close()
            self.pre += 1
        elif tag == "p" and (level := _MSO_LEVEL.search(attributes.get("style", ""))):
            self._start(_Block("item", int(level.group(1)) - 1))  # Word / Outlook list
        elif tag in _BLOCKS or tag in ("tr", "hr"):
            if self.current.kind != "item" or tag in ("tr", "table"):
                self._close()
        elif tag in ("td", "th") and self.current.runs:
            self.current.runs.append(_Run(" · "))

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag in _SKIP:
                self.skip -= 1
            return
        if self._table_end(tag):
            return
        if tag in ("b", "strong") and self.bold:
            self.bold.pop()
        elif tag in ("i", "em", "cite", "dfn") and self.italic:
            self.italic.pop()
        elif tag == "span":
            if self.bold:
                self.bold.pop()
            if self.italic:
                self.italic.pop()
        elif tag == "a" and self.links:
            self.links.pop()
        elif tag in ("ul", "ol"):
            self._close()
            if self.lists:
                self.lists.pop()
        elif tag == "li" or tag in _HEADINGS or tag in ("p", "tr"):
            self._close()
        elif tag == "blockquote":
            self._close()
            self.quote = max(0, self.quote - 1)
            self.current = _Block("quote" if self.quote else "p")
        elif tag == "pre":
            self._close()
            self.pre = max(0, self.pre - 1)
        elif tag in _BLOCKS and self.current.kind != "item":
            self._close()

    # -- tables ----------------------------------------------------------------------------
    _INLINE_TAGS = frozenset({"b", "strong", "i", "em", "cite", "dfn", "span", "a"})

    def _table_start(self, tag: str) -> bool:
        """A table's own tags (True: handled). Inside a cell, block tags are spaces."""
        if tag == "table":
            if not self.table:
                self._close()
                self.rows = []
            elif self.current.kind == "cell":
                self.current.runs.append(_Run(" "))
            self.table += 1
            return True
        if not self.table:
            return False
        if self.table == 1 and tag == "tr":
            self.rows.append([])
        elif self.table == 1 and tag in ("td", "th"):
            self.current = _Block("cell")
        elif tag not in self._INLINE_TAGS:
            if self.current.kind == "cell" or tag == "br":
                self.current.runs.append(_Run(" "))
            return tag != "caption"
        return tag not in self._INLINE_TAGS

    def _table_end(self, tag: str) -> bool:
        if not self.table:
            return False
        if tag == "table":
            self.table -= 1
            if self.current.kind == "cell":
                self.current.runs.append(_Run(" "))
            if not self.table:
                self._close()  # a caption, text between cells: a paragraph before it
                if any(any(cell.strip() for cell in row) for row in self.rows):
                    self.blocks.append(_Block("table", rows=self.rows))
                self.rows = []
            return True
        if self.table == 1 and tag in ("td", "th") and self.current.kind == "cell":
            text = " ".join(_inline(self.current.runs).split())
            if not self.rows:
                self.rows.append([])
            self.rows[-1].append(text.replace("|", "\\|"))
            self.current = _Block()
            return True
        if tag == "caption":
            self._close()
        elif self.current.kind == "cell" and tag not in self._INLINE_TAGS:
            self.current.runs.append(_Run(" "))
        return tag not in self._INLINE_TAGS

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    # -- Word's list glyphs ----------------------------------------------------------------
    def unknown_decl(self, data: str) -> None:
        self._conditional(data)

    def handle_comment(self, data: str) -> None:
        self._conditional(data.strip().strip("[]"))

    def _conditional(self, data: str) -> None:
        words = data.strip().lower()
        if words.startswith("if") and "supportlists" in words:
            self.glyph = []
        elif words.startswith("endif") and self.glyph is not None:
            glyph, self.glyph = "".join(self.glyph), None
            match = _ORDERED_GLYPH.match(glyph)
            if match and self.current.kind == "item":
                self.current.ordered = True
                value = match.group(1)
                self.current.number = int(value) if value.isdigit() else \
                    ord(value.lower()) - ord("a") + 1

    # -- text ------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.glyph is not None:
            self.glyph.append(data)
            return
        text = data.replace("\r\n", "\n") if self.pre else _WS.sub(" ", data)
        if not self.current.runs or self.current.runs[-1].text.endswith(("\n", " ")):
            text = text.lstrip(" ") if not self.pre else text
        if text:
            self.current.runs.append(_Run(text, any(self.bold), any(self.italic),
                                          self.links[-1] if self.links else ""))


def html_to_markdown(markup: str) -> str:
    """Markdown for pasted HTML (see the module): never HTML, never an image."""
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    reader._close()
    lines: list[str] = []
    previous = ""
    for block in reader.blocks:
        if block.kind == "table":
            rows = [row for row in block.rows if row]
            width = max(len(row) for row in rows)
            rows = [row + [""] * (width - len(row)) for row in rows]
            lines.append("") if lines else None
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + " --- |" * width)
            lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
            previous = "table"
            continue
        text = _inline(block.runs).strip()
        text = "\n".join(line.strip(" ") for line in text.split("\n"))
        if not text:
            continue
        if block.kind == "item":
            marker = f"{block.number}." if block.ordered else "-"
            indent = "    " * block.level
            cont = "\n" + indent + " " * (len(marker) + 1)
            entry = f"{indent}{marker} {text.replace(chr(10), cont)}"
            if previous and previous != "item":
                lines.append("")
            lines.append(entry)
        else:
            lines.append("") if lines else None
            if block.kind.startswith("h"):
                text = "#" * int(block.kind[1]) + " " + text.replace("\n", " ")
            elif block.kind == "quote":
                text = "\n".join("> " + line if line else ">" for line in text.split("\n"))
            lines.append(text)
        previous = block.kind
    return "\n".join(lines).strip("\n")
