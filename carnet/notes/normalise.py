"""What a note means, line by line: the one place that reads what the person typed.

Markdown wants a blank line before a list, four spaces to nest one, and joins lines
into one paragraph; people type « Ce que je retiens : » and a list on the next line,
press Enter for a new line, and paste ``•<tab>item`` from Word. This module reads the
text as people write it and says what each line is — paragraph line, list item (its
level, ordered or not, its number or letter), continuation of an item, heading, rule,
quote, fenced code — then writes that structure out as canonical Markdown that
Python-Markdown reads the same way (:func:`to_markdown`), or as portable Markdown for
the export (:func:`to_portable`). The rules, in short:

* a line starting with ``-`` ``*`` ``+`` ``•`` ``◦`` ``▪`` ``–`` ``·`` (or Word's
  ``o``/``§`` before a tab) and a space is a bullet; ``1)`` ``1.`` ``a)`` an ordered
  item — right after a line of text too, with or without blank lines between items;
  but a sign before a figure is printed as typed: « + 2 intérimaires », and « - 1
  départ » in lines next to such a plus (:func:`sign_lines`);
* indentation (spaces, tabs, non-breaking spaces) nests items; a bullet glyph Word
  uses for a deeper level (``◦``, ``o``, ``▪``, ``§``) nests it when not indented;
* an indented line under an item continues it; an unindented line ends the list;
* an ordered item keeps the number typed: one out of sequence (« 1. 2. 5. ») goes on
  from its own number, where Markdown would print « 3. »; only a list typed with one
  number all along (« 1. 1. 1. ») is numbered in sequence, as Markdown does;
* a single line break stays a line break (the renderer turns each into ``<br>``); a
  backslash ending a line before the next line of the same paragraph or item is
  CommonMark's hard break: the break is kept, the backslash is not printed;
* ``#`` starts a heading only when followed by a space (``#délégation`` is text),
  indentation never makes a code block, a line of ``-`` never turns the line above
  into a heading, and reference definitions (``[1]: …``) stay visible text;
* cp1252 characters mangled by a paste (``\\x92``, ``â€™``) are repaired;
* a line with a ``|`` followed by a line of dashes and pipes (``|---|:--:|``) starts a
  table (GitHub's pipe tables), right after text too; it goes on while lines hold a
  ``|``. Every row gets as many cells as the widest (a row typed with more cells than
  the header would lose the extra ones in GitHub's reading: here the header grows).

Nothing is dropped: every character typed ends up in the output, only markers change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Style marks the Markdown renderer turns into list attributes (private-use, so
#: they never appear in the person's text: those code points are replaced first).
MARK_ALPHA, MARK_ALPHA_UPPER, MARK_PAREN = "\ue010", "\ue011", "\ue012"
MARKS = MARK_ALPHA + MARK_ALPHA_UPPER + MARK_PAREN
#: « the list goes on from this number »: MARK_NUMBER, the digits, MARK_NUMBER_END
MARK_NUMBER, MARK_NUMBER_END = "\ue013", "\ue014"
#: at the start of a table's first cell: the table has no row under its header
#: (Markdown would add an empty one)
MARK_HEADER_ONLY = "\ue015"
_OWN_PUA = re.compile("[\ue000-\ue01f]")

_SPACE = " \t\u00a0\u2007\u202f"
#: Bullet glyphs: typed, or pasted from Word/Outlook/Teams (Symbol/Wingdings code points).
BULLETS = "-*+•◦▪▫‣⁃●○■□–·\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8"
#: Glyphs Word uses for the second and third level of a bulleted list.
_DEEPER = {"◦": 1, "○": 1, "o": 1, "\uf06f": 1, "▪": 2, "▫": 2, "■": 2, "§": 2, "\uf0a7": 2}
_ITEM = re.compile(
    rf"^(?P<indent>[{_SPACE}]*)"
    rf"(?:(?P<bullet>[{re.escape(BULLETS)}])"
    r"|(?P<word>[o§\uf06f])(?=[\t\u00a0])"
    r"|(?P<num>\d{1,3})(?P<end>[.)])"
    r"|(?P<alpha>[a-zA-Z])\))"
    rf"[{_SPACE}]+(?P<content>.*)$"
)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^[ \t]{0,3}>[ ]?")
#: « > 50 % du temps », « >= 3 », « > -5 °C »: a sign before a figure, not a quotation
#: (Markdown ate the « > »: « more than half » printed « half », fresh7)
_COMPARISON = re.compile(r"^[ \t]{0,3}>[ \t]*(?:=|[-+−±~≈]?[\d.,]*\d)")
#: « + 2 intérimaires »: a plus before a figure is a sign, not a bullet (F9's family)
_PLUS_FIGURE = re.compile(r"^[ \t]*\+[ \t]+[\d.,]*\d")
#: « - 1 départ », « – 1 mutation »: a sign before a figure, when beside a plus (below)
_SIGN_FIGURE = re.compile(r"^[ \t]*[-+–][ \t]+[\d.,]*\d")
#: « 2*3*4 »: a product, not an emphasis (Markdown printed « 234 », the 3 in italics)
_PRODUCT = re.compile(r"(?<=\d)\*(?=\d)")
_HEADING = re.compile(r"^#{1,6}(?:[ \t]|$)")
_RULE = re.compile(r"^[ ]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_UNDERLINE = re.compile(r"^(?:=+|-{1,2})[ \t]*$")
_LONG_NUMBER = re.compile(r"^(\d{4,})([.])(?=[ \t])")
_REFERENCE = re.compile(r"^(\[)(?=[^\]]*\]:)")
_LEADING_JUNK = re.compile("^[\u200b\ufeff]+")
_TABLE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
#: cp1252 punctuation read as Latin-1 (C1 controls) or as UTF-8 bytes shown in cp1252.
_C1 = {chr(b): bytes([b]).decode("cp1252", "replace") for b in range(0x80, 0xA0)}
_C1 = {k: v for k, v in _C1.items() if v != "\ufffd"}
_MOJIBAKE = re.compile("â€[™œ\u009d\u009c“”˜¢¦“”–—]|â€")
_MOJIBAKE_MAP = {
    "â€™": "’", "â€˜": "‘", "â€œ": "“", "â€\u009d": "”", "â€\u009c": "“", "â€¢": "•",
    "â€“": "–", "â€”": "—", "â€¦": "…", "â€": "”",
}
INDENT = "    "


@dataclass(slots=True)
class Line:
    """One line of the structure. ``kind``: p (paragraph line), item, cont (an item's
    next line), blank, heading, rule, code (inside a fence), quote (``lines`` inside),
    row and sep (a table's rows and its alignment line)."""

    kind: str
    text: str = ""
    level: int = 0  # list depth (items, continuations)
    ordered: bool = False
    number: int = 1
    style: str = ""  # "" · "paren" (1)) · "alpha" (a)) · "ALPHA" (A))
    inner: list[Line] | None = None  # quote content
    cells: list[str] | None = None  # a table row's cells (kind "row"; "sep": alignments)


def repair(text: str) -> str:
    """Line ends unified (Unicode's line and paragraph separators too: Qt shows them as
    line breaks, the booklet's font as nothing), own private-use marks neutralised,
    cp1252 damage repaired."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    if _OWN_PUA.search(text):
        text = _OWN_PUA.sub("\ufffd", text)
    if "â€" in text:
        text = _MOJIBAKE.sub(lambda m: _MOJIBAKE_MAP.get(m.group(0), m.group(0)), text)
    if any("\x80" <= c <= "\x9f" for c in text):
        text = "".join(_C1.get(c, c) for c in text)
    return text


def _columns(indent: str) -> int:
    cols = 0
    for char in indent:
        cols = (cols // 4 + 1) * 4 if char == "\t" else cols + 1
    return cols


def _letter_number(letter: str) -> int:
    return ord(letter.lower()) - ord("a") + 1


def _closing_fence(lines: list[str], start: int, fence: str) -> int | None:
    for j in range(start + 1, len(lines)):
        if lines[j].lstrip(" ").startswith(fence):
            return j
    return None


class _Reader:
    """Turns lines into :class:`Line` entries, tracking the open list."""

    def __init__(self) -> None:
        self.out: list[Line] = []
        self.stack: list[int] = []  # indentation (columns) of each open list level
        self.kinds: list[tuple[bool, str]] = []  # (ordered, style) of each open level
        self.glyphs: list[str] = []  # the bullet glyph of each open level
        self.gap = False  # a blank line seen since the last line of the list
        self.loose = False  # an item holds a table: items are blocks apart (Markdown)

    # -- helpers -----------------------------------------------------------------------
    def _last(self) -> Line | None:
        return self.out[-1] if self.out else None

    def _blank(self) -> None:
        last = self._last()
        if last is not None and last.kind != "blank":
            self.out.append(Line("blank"))

    def _end_list(self) -> None:
        self.loose = False
        if self.stack:
            self.stack.clear()
            self.kinds.clear()
            self.glyphs.clear()
            self._blank()
        self.gap = False

    # -- lines -------------------------------------------------------------------------
    def item(self, match: re.Match) -> None:
        indent = _columns(match.group("indent"))
        glyph = match.group("bullet") or match.group("word") or ""
        if indent == 0 and glyph and self.stack:  # a flat paste that names levels by glyph
            if glyph in self.glyphs:
                indent = self.stack[self.glyphs.index(glyph)]
            elif glyph in _DEEPER:
                indent = 4 * _DEEPER[glyph]
        content = match.group("content").strip(_SPACE)
        if match.group("num"):
            ordered, number = True, int(match.group("num"))
            style = "paren" if match.group("end") == ")" else ""
        elif match.group("alpha"):
            letter = match.group("alpha")
            ordered, number = True, _letter_number(letter)
            style = "alpha" if letter.islower() else "ALPHA"
        else:
            ordered, number, style = False, 1, ""
        if not self.stack:
            self._blank()
            self.stack.append(indent)
            self.kinds.append((ordered, style))
            self.glyphs.append(glyph)
        else:
            while len(self.stack) > 1 and indent <= self.stack[-1] - 2 and \
                    indent < self.stack[-2] + 2:
                self.stack.pop()
                self.kinds.pop()
                self.glyphs.pop()
            if indent >= self.stack[-1] + 2:
                self.stack.append(indent)
                self.kinds.append((ordered, style))
                self.glyphs.append(glyph)
            elif self.kinds[-1] != (ordered, style):  # another kind of list at this level
                if self.kinds[-1][0] != ordered:  # (the renderer splits ordered styles)
                    self.out.append(Line("blank"))
                self.kinds[-1] = (ordered, style)
        self.gap = False
        if self.loose and self._last() is not None and self._last().kind != "blank":
            self.out.append(Line("blank"))  # else Markdown reads the item as the text above
        self.out.append(Line("item", content, len(self.stack) - 1, ordered, number, style))

    def text(self, raw: str) -> None:
        stripped = raw.strip(_SPACE)
        indent = _columns(raw[: len(raw) - len(raw.lstrip(_SPACE))])
        if self.stack and indent >= 2:  # an indented line under an item continues it
            level = len(self.stack) - 1
            if self.gap:
                self.out.append(Line("blank"))
            self.gap = False
            self.out.append(Line("cont", stripped, level))
            return
        self._end_list()
        last = self._last()
        if _HEADING.match(stripped):
            self._blank()
            self.out += [Line("heading", stripped), Line("blank")]
        elif _RULE.match(stripped):
            self._blank()
            self.out += [Line("rule", "---"), Line("blank")]
        else:
            if _UNDERLINE.match(stripped) and last is not None and last.kind == "p":
                self.out.append(Line("blank"))  # never a setext heading
            self.out.append(Line("p", stripped))

    def blank(self) -> None:
        if self.stack:
            self.gap = True  # the list goes on if an item or an indented line follows
            return
        self._blank()


def split_row(line: str) -> list[str]:
    """A table row's cells, as Python-Markdown's table extension splits them: at each
    ``|`` not escaped (``\\|``) and not inside a code span; one border pipe at each end
    is not a separator. The cells keep their text (escapes and code included)."""
    text = line.strip()
    cells: list[str] = []
    current: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n:
            current.append(text[i : i + 2])
            i += 2
            continue
        if char == "`":
            run = len(text[i:]) - len(text[i:].lstrip("`"))
            close = text.find("`" * run, i + run)
            while close != -1 and close + run < n and text[close + run] == "`":
                close = text.find("`" * run, close + run + 1)
            if close != -1:
                current.append(text[i : close + run])
                i = close + run
                continue
            current.append("`" * run)
            i += run
            continue
        if char == "|":
            cells.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    cells.append("".join(current))
    if text.startswith("|"):
        cells.pop(0)
    if len(cells) > 1 and text.endswith("|") and not text.endswith("\\|"):
        cells.pop()
    return [cell.strip() for cell in cells]


def _alignments(separator: str) -> list[str]:
    """« left », « center », « right » or « » per column of a ``|:--|:-:|--:|`` line."""
    out = []
    for cell in split_row(separator):
        left, right = cell.startswith(":"), cell.endswith(":")
        out.append("center" if left and right else "right" if right else
                   "left" if left else "")
    return out


def _is_table_start(lines: list[str], i: int) -> bool:
    """A header line with a pipe and, under it, a separator line with a pipe
    (indented or not: indentation never makes a code block here)."""
    head = lines[i]
    if i + 1 >= len(lines) or "|" not in head:
        return False
    separator = lines[i + 1]
    return "|" in separator and _TABLE_SEPARATOR.match(separator) is not None and \
        not (head.lstrip().startswith(("```", "~~~", ">")))


def _read_table(lines: list[str], i: int) -> tuple[list[Line], int]:
    """The table starting at line ``i``: its rows (padded to the widest) and the index of
    the line after it."""
    rows = [split_row(lines[i])]
    aligns = _alignments(lines[i + 1])
    j = i + 2
    while j < len(lines) and "|" in lines[j] and lines[j].strip(_SPACE):
        rows.append(split_row(_LEADING_JUNK.sub("", lines[j])))
        j += 1
    width = max(len(aligns), *(len(row) for row in rows))
    aligns += [""] * (width - len(aligns))
    out = [Line("row", cells=rows[0] + [""] * (width - len(rows[0])),
                style="alone" if len(rows) == 1 else "")]
    out.append(Line("sep", cells=aligns))
    out += [Line("row", cells=row + [""] * (width - len(row))) for row in rows[1:]]
    return out, j


#: Quotes nested deeper than this are read as text (no recursion without end).
MAX_QUOTE_DEPTH = 12


def _is_quote(line: str) -> bool:
    return bool(_QUOTE.match(line)) and not _COMPARISON.match(line)


def sign_lines(lines: list[str]) -> set[int]:
    """Indices of the lines whose « + », « - » or « – » is a sign typed before a figure,
    not a bullet: a line « + 2 … » always (a plus is no list marker people type), and
    each line of a run of consecutive lines « ± figure » holding such a plus — a balance,
    « Effectif : 12 / + 2 intérimaires / - 1 départ » prints as typed. Lines « - 1 … »
    with no « + 2 » beside them stay a list (« - » is the list marker the guide names)."""
    signs: set[int] = set()
    run: list[int] = []
    plus = False
    for index, line in enumerate([*lines, ""]):
        line = _LEADING_JUNK.sub("", line)
        if _SIGN_FIGURE.match(line):
            run.append(index)
            plus = plus or bool(_PLUS_FIGURE.match(line))
            continue
        if plus:
            signs.update(run)
        run, plus = [], False
    return signs


def read(text: str, depth: int = 0) -> list[Line]:
    """The structure of ``text`` (see the module's rules)."""
    lines = repair(text).split("\n")
    signs = sign_lines(lines)
    reader = _Reader()
    i = 0
    while i < len(lines):
        raw = _LEADING_JUNK.sub("", lines[i])
        fence = _FENCE.match(raw)
        if fence and (end := _closing_fence(lines, i, fence.group(1))) is not None:
            reader._end_list()
            reader._blank()
            reader.out += [Line("code", line) for line in lines[i : end + 1]]
            reader.out.append(Line("blank"))
            i = end + 1
            continue
        leading = raw[: len(raw) - len(raw.lstrip(_SPACE))]
        if _is_table_start(lines, i):
            table, i = _read_table(lines, i)
            if reader.stack and _columns(leading) >= 2:  # under an item: the item's table
                level = len(reader.stack) - 1
                reader.out.append(Line("blank"))
                reader.out += [Line("cont", _table_line(row, False, marks=False), level)
                               for row in table]
                reader.gap = reader.loose = True
            else:
                reader._end_list()
                reader._blank()
                reader.out += [*table, Line("blank")]
            continue
        if _is_quote(raw) and not (reader.stack and _columns(leading) >= 2) and \
                depth < MAX_QUOTE_DEPTH:
            block = []
            while i < len(lines) and _is_quote(lines[i]):
                block.append(_QUOTE.sub("", lines[i], count=1))
                i += 1
            reader._end_list()
            reader._blank()
            reader.out += [Line("quote", inner=read("\n".join(block), depth + 1)),
                           Line("blank")]
            continue
        if not raw.strip(_SPACE + "\u200b\ufeff"):
            reader.blank()
        elif (match := _ITEM.match(raw)) and not _RULE.match(raw.strip(_SPACE)) \
                and i not in signs:
            reader.item(match)
        else:
            reader.text(raw)
        i += 1
    out = reader.out
    while out and out[0].kind == "blank":
        out.pop(0)
    while out and out[-1].kind == "blank":
        out.pop()
    return out


# -- writing the structure out ------------------------------------------------------------


def _escape_start(text: str) -> str:
    """Keep a paragraph line from being read as something the contract did not see."""
    text = _LONG_NUMBER.sub(r"\1\\\2", text)
    text = _REFERENCE.sub(r"\\\1", text)
    heading = text.startswith("#") and not _HEADING.match(text)
    if heading or (_UNDERLINE.match(text) and text.startswith("-")):
        text = "\\" + text
    bare = text.lstrip(" \t")
    if bare.startswith(">") or (bare[:1] in "+-" and _SIGN_FIGURE.match(bare)):
        # a sign typed first (« > 50 % », « + 2 », « - 1 » read as a sign by sign_lines)
        text = text[: len(text) - len(bare)] + "\\" + bare
    if "`" not in text:
        text = _PRODUCT.sub(r"\\*", text)
    return text


_NESTED_MARKER = re.compile(r"^(?:([-*+])|(\d+)([.]))(?=[ \t]|$)")
_TAG = re.compile(r"<(?=[A-Za-z/!?])(?!https?:|mailto:)")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")


def _escape_content(text: str) -> str:
    """The same for the text of an item or its next lines (Markdown would nest a list)."""
    text = _escape_start(text)
    match = _NESTED_MARKER.match(text)
    if match:
        text = "\\" + text if match.group(1) else f"{match.group(2)}\\{text[len(match.group(2)):]}"
    elif text.startswith(">"):
        text = "\\" + text
    return text


def _marker(line: Line, portable: bool) -> str:
    if not line.ordered:
        return "-"
    if portable and line.style in ("alpha", "ALPHA"):
        return "-"
    if portable and line.style == "paren":
        return f"{line.number})"
    return f"{line.number}."


def _item_text(line: Line, portable: bool) -> str:
    content = line.text
    if portable:
        if line.style == "alpha":
            content = f"{chr(ord('a') + line.number - 1)}) {content}"
        elif line.style == "ALPHA":
            content = f"{chr(ord('A') + line.number - 1)}) {content}"
        return _escape_content(content)
    content = _escape_content(content)
    mark = {"alpha": MARK_ALPHA, "ALPHA": MARK_ALPHA_UPPER, "paren": MARK_PAREN}.get(line.style)
    return (mark or "") + content


def _restarts(lines: list[Line]) -> set[int]:
    """Indices of the ordered items whose typed number does not follow the item before
    them in the same list (see the module's rules)."""
    found: set[int] = set()
    open_lists: dict[int, list[int]] = {}  # level → indices of its items so far

    def finish(indices: list[int]) -> None:
        numbers = [lines[i].number for i in indices]
        if len(set(numbers)) <= 1:
            return  # « 1. 1. 1. »: Markdown's lazy numbering
        found.update(i for k, i in enumerate(indices[1:], 1)
                     if numbers[k] != numbers[k - 1] + 1)

    def close(deeper_than: int) -> None:
        for level in [level for level in open_lists if level > deeper_than]:
            finish(open_lists.pop(level))

    for index, line in enumerate(lines):
        if line.kind == "item":
            close(line.level)
            current = open_lists.get(line.level)
            if current and (lines[current[-1]].ordered, lines[current[-1]].style) != (
                    line.ordered, line.style):
                finish(open_lists.pop(line.level))
                current = None
                if line.ordered and line.number != 1:  # « 1) 2) c) »: c) stays c)
                    found.add(index)
            if line.ordered:
                open_lists.setdefault(line.level, []).append(index)
            elif current:
                finish(open_lists.pop(line.level))
        elif line.kind not in ("cont", "blank"):
            close(-1)
    close(-1)
    return found


def write(lines: list[Line], portable: bool = False) -> list[str]:
    """Markdown lines for the structure. ``portable``: hard breaks as two trailing spaces
    (CommonMark, GitHub and Python-Markdown all read them), no private marks, letters
    kept in the text of the items (CommonMark has no lettered lists)."""
    out: list[str] = []
    restarts = set() if portable else _restarts(lines)
    for k, line in enumerate(lines):
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if line.kind == "quote":
            inner = write(line.inner or [], portable)
            out += [("> " + text) if text else ">" for text in inner]
            continue
        if line.kind in ("row", "sep"):
            out.append(_table_line(line, portable))
            continue
        if line.kind == "item":
            number = f"{MARK_NUMBER}{line.number}{MARK_NUMBER_END}" if k in restarts else ""
            text = INDENT * line.level + _marker(line, portable) + " " + number + \
                _item_text(line, portable)
        elif line.kind == "cont":
            text = INDENT * (line.level + 1) + _escape_content(line.text)
        elif line.kind == "p":
            text = _escape_start(line.text)
        elif line.kind == "blank":
            text = ""
        else:
            text = line.text
        if portable and line.kind in ("p", "item", "cont", "heading"):
            text = _ENTITY.sub(r"\\&", _TAG.sub(r"\\<", text))
        breaks = line.kind in ("p", "item", "cont") and nxt is not None and (
            nxt.kind == "cont" or (line.kind == "p" and nxt.kind == "p"))
        if breaks and (len(text) - len(text.rstrip("\\"))) % 2:
            text = text[:-1]  # CommonMark's hard break « \\ »: the break stays, not the sign
        if portable and breaks:
            text += "  "  # a line break, for every Markdown reader
        out.append(text)
    return out


_SEPARATORS = {"": "---", "left": ":--", "center": ":-:", "right": "--:"}


def _table_line(line: Line, portable: bool, marks: bool = True) -> str:
    """A table row as « | a | b | » (every row as wide as the table), or its separator."""
    cells = line.cells or [""]
    if line.kind == "sep":
        return "| " + " | ".join(_SEPARATORS[a] for a in cells) + " |"
    # « 2*3*4 » in a cell is a product too, as in a paragraph (it printed « 234 », fresh8)
    cells = [cell if "`" in cell else _PRODUCT.sub(r"\\*", cell) for cell in cells]
    if portable:
        cells = [_ENTITY.sub(r"\\&", _TAG.sub(r"\\<", cell)) for cell in cells]
    elif marks and line.style == "alone":
        cells = [MARK_HEADER_ONLY + cells[0], *cells[1:]]
    # a cell ending with a backslash would escape the border pipe: a space keeps it a cell
    return "| " + " | ".join(cell + " " if cell.endswith("\\") else cell
                             for cell in cells) + " |"


def to_markdown(text: str) -> str:
    """Canonical Markdown for the renderer (with private style marks on ordered items)."""
    return "\n".join(write(read(text)))


def to_portable(text: str, below: int = 0) -> str:
    """Markdown any reader shows with the structure the person typed (the export).
    ``below``: the level of the heading the text sits under — a heading the person wrote
    goes that many levels deeper (at most ``######``), so that « # Points clés » stays
    inside its step instead of outranking the session in a reader's outline (fresh7)."""
    lines = read(text)
    if below:
        lines = [_deeper(line, below) for line in lines]
    return "\n".join(write(lines, portable=True))


def _deeper(line: Line, below: int) -> Line:
    if line.kind == "quote" and line.inner:
        return Line("quote", inner=[_deeper(inner, below) for inner in line.inner])
    if line.kind != "heading":
        return line
    marks = len(line.text) - len(line.text.lstrip("#"))
    return Line("heading", "#" * min(6, marks + below) + line.text[marks:])
