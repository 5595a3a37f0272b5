"""The action-plan table: what I committed to, when, and what came of it."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from carnet.booklet import texts
from carnet.booklet.collect import ActionItem
from carnet.booklet.fonts import BOLD, REGULAR, register_fonts
from carnet.booklet.markup import Run, para, text_runs
from carnet.booklet.styles import INK, PAPER_TINT, RULE, STATUS_COLORS, TEXT, Geometry, Styles
from carnet.domain import ActionStatus

#: rows per table: a table is re-measured at every page break (quadratic in its rows)
ROWS_PER_TABLE = 400
#: characters per cell before the text is split over continuation rows
CELL_LIMIT = 1000
#: the action and outcome columns share what the three short columns leave, in this ratio
_TEXT_SHARES = (0.30, 0.35)
#: the cells' font size and side padding (see ``_table``)
FONT_SIZE = 8
PADDING = 3.5
MUTED_HEX = "#5f6773"
_STATUS_TEXT = {"dropped": colors.HexColor("#8c8478"), "todo": colors.HexColor("#6b7a89")}


def _cut(text: str, limit: int = CELL_LIMIT) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut at spaces when possible."""
    pieces = []
    while len(text) > limit:
        cut = text.rfind(" ", limit // 2, limit)
        cut = cut if cut > 0 else limit
        pieces.append(text[:cut])
        text = text[cut:].lstrip()
    pieces.append(text)
    return pieces


def _pack(pieces: list[list[Run]]) -> list[list[Run]]:
    """Pieces of text gathered into cells of about CELL_LIMIT characters each."""
    cells: list[list[Run]] = []
    size = 0
    for piece in pieces:
        length = sum(len(r.text) for r in piece)
        if cells and size + length < CELL_LIMIT:
            cells[-1] += [Run("", br=True), *piece]
            size += length
        else:
            cells.append(list(piece))
            size = length
    return cells


def cell_date(day, lang: str) -> str:
    """« 20 janvier\n2025 »: the long style of the rest of the booklet, the year on its
    own line because table columns are narrow (one date style everywhere)."""
    if day is None:
        return "—"
    words = texts.long_date(day, lang)
    head, _, year = words.rpartition(" ")
    return f"{head}\n{year}"


@lru_cache(maxsize=8)
def short_columns(lang: str) -> tuple[float, float, float]:
    """Widths of the session, due date and status columns: their widest possible content
    (any day of any month in words, « 1er septembre », every status, the longest word
    of their heading) plus the padding. Those cells are plain strings that never wrap:
    narrower, « 23 novembre » ran into the next cell (« 23 novembreen cours »)."""
    register_fonts()  # (once per process; measured with the faces the table is drawn in)

    def width(text: str, font: str = REGULAR) -> float:
        return stringWidth(text, font, FONT_SIZE)

    days = [cell_date(date(2026, month, day), lang) for month in range(1, 13)
            for day in (1, 28)]
    day_width = max(width(line) for text in days for line in text.split("\n"))
    session_width = max(day_width, width("n°\u00a0999"))
    status_width = max(width(texts.status_label(status, lang), BOLD) for status in ActionStatus)

    def heading(key: str) -> float:
        return max(width(word, BOLD) for word in texts.text(lang, key).split())

    pad = 2 * PADDING + 1.5  # (and a little air between two cells' texts)
    return (max(session_width, heading("col_session")) + pad,
            max(day_width, heading("col_due")) + pad,
            max(status_width, heading("col_status")) + pad)


def column_widths(frame_width: float, lang: str) -> list[float]:
    """The five columns: the short ones as wide as their widest content, the action and
    its outcome sharing the rest."""
    session, due, status = short_columns(lang)
    rest = max(frame_width - session - due - status, frame_width * 0.4)
    total = sum(_TEXT_SHARES)
    return [rest * _TEXT_SHARES[0] / total, session, due, status,
            rest * _TEXT_SHARES[1] / total]


def _row_cells(a: ActionItem, s: Styles, lang: str) -> list[list]:
    """One action as one row, or several when its texts are very long (a table row
    cannot be taller than a page)."""
    left = [text_runs(p, bold=True) for p in _cut(a.title)]
    left += [text_runs(p, color=MUTED_HEX) for p in _cut(a.details) if p.strip()]
    right = [text_runs(p) for p in _cut(a.outcome) if p.strip()]
    reviews = a.reviews or ([a.last_review] if a.last_review is not None else [])
    for index, review in enumerate(reviews):  # every review's note, the last one named so
        if not review.note.strip():
            continue
        key = "col_review" if index == len(reviews) - 1 else "review_earlier"
        label = f"{texts.text(lang, key)} ({texts.long_date(review.date, lang)}) : "
        for i, piece in enumerate(_cut(review.note)):
            runs = text_runs(piece, italic=True, color=MUTED_HEX)
            right.append([Run(label, italic=True, color=MUTED_HEX), *runs] if i == 0 else runs)
    left = _pack(left)
    right = _pack(right) or [[Run("—", color="#8c9bab")]]
    number = a.session_label.partition(" · ")[0]
    # our own short strings are drawn as plain table strings: much cheaper than paragraphs
    session = f"n°\u00a0{number}\n{cell_date(a.session_date, lang)}"
    status = texts.status_label(a.status, lang)
    rows = []
    for i in range(max(len(left), len(right))):
        rows.append([
            para(left[i], s.cell) if i < len(left) else "",
            session if i == 0 else "",
            cell_date(a.due, lang) if i == 0 else "",
            status if i == 0 else "",
            para(right[i], s.cell) if i < len(right) else "",
        ])
    return rows


def action_tables(actions: list[ActionItem], s: Styles, geo: Geometry, lang: str) -> list:
    """The action plan as a few consecutive tables that read as one."""
    header = [para(texts.text(lang, key), s.cell_head) for key in
              ("col_action", "col_session", "col_due", "col_status", "col_outcome")]
    widths = column_widths(geo.frame_width, lang)
    result = []
    rows: list[list] = []
    statuses: list[tuple[int, str]] = []
    for index, action in enumerate(actions):
        statuses.append((len(rows) + 1, action.status.value))
        rows += _row_cells(action, s, lang)
        if len(rows) >= ROWS_PER_TABLE or index == len(actions) - 1:
            result.append(_table([header, *rows], widths, statuses))
            rows, statuses = [], []
    return result


def _table(rows: list[list], widths: list[float], statuses: list[tuple[int, str]]) -> Table:
    # rows do not split (reportlab's in-row splitting misplaces the repeated header);
    # long texts were already cut over several rows, each well under a page
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), 10.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
        ("FONTNAME", (3, 1), (3, -1), BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    # one command for all rows: a table re-processes every command at each page break
    commands += [("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, PAPER_TINT]),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE)]
    commands += [("TEXTCOLOR", (3, r), (3, r), _STATUS_TEXT.get(code) or STATUS_COLORS[code])
                 for r, code in statuses]
    table.setStyle(TableStyle(commands))
    return table
