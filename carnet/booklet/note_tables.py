"""A table typed in a note (GitHub's pipe table) → flowables that keep every cell.

The columns share the frame's width in proportion to their text (each at least a
short word wide), cells wrap (long words too), the header row is repeated on each page.
Long tables are cut into pieces of a few dozen rows: reportlab measures a table again
at every page break, so one table of thousands of rows costs quadratic time.

Some tables cannot be a grid on A4 without hiding text: more columns than fit, or a
cell so long that its row would be taller than a page (reportlab cannot split a row).
Those print row by row instead: each cell as « header : text », a thin rule between
rows. Nothing is cut and nothing overflows the margin.
"""

from __future__ import annotations

from itertools import pairwise

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from carnet.booklet.markup import Para, Run, para, paragraphs
from carnet.booklet.styles import PAPER_TINT, RULE, Styles

#: columns that still make a readable grid on an A4 frame (~480 pt)
MAX_COLUMNS = 8
#: rows per reportlab Table (the header repeats at the start of each piece anyway)
ROWS_PER_PIECE = 40
#: a row taller than this (points) is printed row by row: it would not fit a page
MAX_ROW_HEIGHT = 480
#: characters a cell may hold before the table is printed row by row (the cost of
#: measuring it in a narrow column is not worth it: it would not fit a page either)
MAX_CELL = 3000
_PAD = 4
_ALIGN = {"center": TA_CENTER, "right": TA_RIGHT}


class NoteTable:
    """A table being read from the note's HTML: rows of cells of runs."""

    def __init__(self) -> None:
        self.rows: list[tuple[bool, list[list[Run]]]] = []  # (header row, cells)
        self.aligns: list[str] = []
        self._row: list[list[Run]] | None = None
        self._header = False

    def start_row(self, header: bool) -> None:
        self._row, self._header = [], header

    def add_cell(self, runs: list[Run], align: str, header: bool) -> None:
        if self._row is None:
            self.start_row(header)
        assert self._row is not None
        column = len(self._row)
        if len(self.aligns) <= column:
            self.aligns.append(align)
        self._row.append(runs)
        self._header = self._header or header

    def end_row(self) -> None:
        if self._row is not None:
            self.rows.append((self._header, self._row))
        self._row = None


def _length(runs: list[Run]) -> int:
    return sum(len(r.text) for r in runs)


def _widths(rows: list[list[list[Run]]], columns: int, width: float) -> list[float]:
    """Column widths in proportion to their text, the longest line of a column counting
    up to 40 characters and a column at least one short word (about 7) wide."""
    weights = []
    for c in range(columns):
        longest = max((_length(row[c]) for row in rows if c < len(row)), default=0)
        weights.append(min(max(longest, 7), 40))
    total = sum(weights)
    return [width * w / total for w in weights]


def _cell_style(styles: Styles, header: bool, align: str):
    base = styles.variant(styles.cell, fontSize=9, leading=12)
    return styles.variant(base, alignment=_ALIGN.get(align, TA_LEFT)) if align else base


def _grid(table: NoteTable, styles: Styles, width: float) -> list[Flowable] | None:
    """The table as reportlab Tables, or None when it cannot be a grid on the page."""
    columns = max(len(cells) for _, cells in table.rows)
    rows = [cells + [[]] * (columns - len(cells)) for _, cells in table.rows]
    widths = _widths(rows, columns, width)
    grid: list[list[Para]] = []
    heights: list[float] = []
    for (header, _), cells in zip(table.rows, rows, strict=True):
        line = []
        height = 0.0
        for c, runs in enumerate(cells):
            align = table.aligns[c] if c < len(table.aligns) else ""
            if header:
                runs = [Run(r.text, True, r.italic, r.code, r.link, r.br) for r in runs]
            cell = para(runs, _cell_style(styles, header, align))
            height = max(height, cell.wrap(widths[c] - 2 * _PAD, MAX_ROW_HEIGHT * 4)[1])
            line.append(cell)
        if height > MAX_ROW_HEIGHT:
            return None
        grid.append(line)
        heights.append(height)
    head = 1 if table.rows[0][0] else 0
    pieces: list[Flowable] = []
    body = grid[head:] or [[]]
    for start in range(0, max(len(body), 1), ROWS_PER_PIECE):
        chunk = grid[:head] + body[start : start + ROWS_PER_PIECE] if body != [[]] else grid
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if head:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), PAPER_TINT))
        piece = Table(chunk, colWidths=widths, repeatRows=head, hAlign="LEFT",
                      style=TableStyle(commands), spaceBefore=2 if not start else 0,
                      spaceAfter=8 if start + ROWS_PER_PIECE >= len(body) else 0)
        pieces.append(piece)
    return pieces


def _row_by_row(table: NoteTable, styles: Styles, lang: str = "fr") -> list[Flowable]:
    """Each row as its cells one under the other, « header : text » (« header: text »
    in English), rules between."""
    header = table.rows[0][1] if table.rows[0][0] else []
    body = table.rows[1:] if header else table.rows
    out: list[Flowable] = []
    if not body:  # a header alone: its cells on one line
        runs = []
        for c, cell in enumerate(header):
            if c:
                runs.append(Run(" · "))
            runs += [Run(r.text, True, r.italic, r.code, r.link, r.br) for r in cell]
        return paragraphs(runs, styles.body, styles)
    style = styles.variant(styles.body, spaceAfter=2)
    for k, (_, cells) in enumerate(body):
        if k:
            out.append(HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=2,
                                  spaceAfter=4))
        for c, cell in enumerate(cells):
            label = header[c] if c < len(header) else []
            runs: list[Run] = []
            if any(r.text.strip() for r in label):
                runs += [Run(r.text, True, r.italic, r.code, r.link, r.br) for r in label
                         if not r.br]
                runs.append(Run(" : " if lang == "fr" else ": ", True))
            runs += cell
            if any(r.text.strip() for r in runs):
                out += paragraphs(runs, style, styles)
    out.append(HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=2,
                          spaceAfter=8))
    return out


def table_flowables(table: NoteTable, styles: Styles, width: float,
                    lang: str = "fr") -> list[Flowable]:
    """The note's table as a grid on the page, or row by row when a grid would hide
    text (see the module's docstring)."""
    if not table.rows:
        return []
    columns = max(len(cells) for _, cells in table.rows)
    longest = max((_length(cell) for _, cells in table.rows for cell in cells), default=0)
    if columns <= MAX_COLUMNS and longest <= MAX_CELL:
        grid = _grid(table, styles, width)
        if grid is not None:
            return grid
    return _row_by_row(table, styles, lang)


class TableBlock(Flowable):
    """The note's table, laid out for the width it is given (a card's or the page's):
    whole when it fits, otherwise handed to the frame as its pieces, which split by rows."""

    def __init__(self, table: NoteTable, styles: Styles, lang: str = "fr") -> None:
        super().__init__()
        self.table = table
        self.styles = styles
        self.lang = lang
        self._parts: list[Flowable] = []
        self._built_for: float | None = None
        self._sizes: list[tuple[float, float]] = []

    def _build(self, width: float) -> list[Flowable]:
        if width != self._built_for:
            self._parts = table_flowables(self.table, self.styles, width, self.lang)
            self._built_for = width
        return self._parts

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        parts = self._build(availWidth)
        self._sizes = [part.wrap(availWidth, availHeight) for part in parts]
        gaps = sum(p.getSpaceAfter() + q.getSpaceBefore() for p, q in pairwise(parts))
        self.width = availWidth
        self.height = sum(h for _, h in self._sizes) + gaps
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        """The pieces, the first cut to ``availHeight`` (the frame places it as is)."""
        parts = self._build(availWidth)
        if not parts:
            return []
        first = parts[0]
        if first.wrap(availWidth, availHeight)[1] <= availHeight:
            return list(parts)
        pieces = first.split(availWidth, availHeight)
        return [*pieces, *parts[1:]] if pieces else []

    def getSpaceBefore(self) -> float:
        return self._parts[0].getSpaceBefore() if self._parts else 0

    def getSpaceAfter(self) -> float:
        return self._parts[-1].getSpaceAfter() if self._parts else 0

    def draw(self) -> None:
        y = self.height
        for k, (part, (_, height)) in enumerate(zip(self._parts, self._sizes, strict=True)):
            if k:
                y -= self._parts[k - 1].getSpaceAfter() + part.getSpaceBefore()
            part.drawOn(self.canv, 0, y - height)
            y -= height
