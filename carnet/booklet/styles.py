"""The booklet's look: paper, margins, colours and paragraph styles in one place."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle

from carnet.booklet.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR

INK = colors.HexColor("#1f3a5f")  # headings
ACCENT = colors.HexColor("#b85c38")  # kickers, rules
TEXT = colors.HexColor("#262626")
MUTED = colors.HexColor("#5f6773")
PAPER_TINT = colors.HexColor("#f6f1e9")  # cards
RULE = colors.HexColor("#d9cfc1")
LINK = colors.HexColor("#2b5d8a")
CODE = colors.HexColor("#7a3b2e")
SERIES = [
    colors.HexColor(c)
    for c in ("#1f3a5f", "#b85c38", "#5a8f5a", "#8a6bb0", "#c49a2c", "#3c8d99", "#a3485f")
]
STATUS_COLORS = {
    "done": colors.HexColor("#5a8f5a"),
    "in_progress": colors.HexColor("#c49a2c"),
    "todo": colors.HexColor("#8c9bab"),
    "postponed": colors.HexColor("#b85c38"),
    "dropped": colors.HexColor("#c8c2b8"),
}


@dataclass(frozen=True)
class Geometry:
    """Page size and the text block; the same for every body page."""

    width: float
    height: float
    left: float = 68
    right: float = 68
    top: float = 74
    bottom: float = 66

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


def geometry(paper: str) -> Geometry:
    width, height = LETTER if paper == "letter" else A4
    return Geometry(width, height)


def _style(name: str, **kw) -> ParagraphStyle:
    base = {
        "fontName": REGULAR,
        "bulletFontName": REGULAR,
        "fontSize": 10,
        "leading": 14.6,
        "textColor": TEXT,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """Every paragraph style of the booklet, by role."""

    def __init__(self) -> None:
        self.body = _style("body", spaceAfter=6)
        self.body_cont = _style("body_cont", spaceAfter=0)
        self.muted = _style("muted", textColor=MUTED, fontSize=9, leading=13)
        self.small = _style("small", fontSize=8.5, leading=11.5, textColor=MUTED)
        self.cover_title = _style(
            "cover_title", fontName=BOLD, fontSize=34, leading=40, textColor=INK, spaceAfter=8
        )
        self.cover_sub = _style("cover_sub", fontSize=14, leading=19, textColor=ACCENT)
        self.cover_name = _style(
            "cover_name", fontName=BOLD, fontSize=16, leading=21, textColor=TEXT, spaceBefore=4
        )
        self.cover_line = _style("cover_line", fontSize=11, leading=16, textColor=TEXT)
        self.cover_format = _style(
            "cover_format", fontSize=10, leading=14, textColor=MUTED, spaceAfter=6
        )
        self.cover_counts = _style(
            "cover_counts", fontSize=9.5, leading=14, textColor=ACCENT, spaceBefore=4
        )
        self.cover_notice = _style(
            "cover_notice", fontName=ITALIC, fontSize=8.4, leading=12.5, textColor=MUTED
        )
        self.kicker = _style(
            "kicker", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT, spaceAfter=3
        )
        self.h1 = _style(
            "h1", fontName=BOLD, fontSize=21, leading=26, textColor=INK, spaceAfter=10,
        )
        self.h2 = _style(
            "h2", fontName=BOLD, fontSize=14, leading=18, textColor=INK, spaceBefore=12,
            spaceAfter=6,
        )
        self.h3 = _style(
            "h3", fontName=BOLD, fontSize=11.5, leading=15, textColor=INK, spaceBefore=10,
            spaceAfter=4,
        )
        self.step_kicker = _style(
            "step_kicker", fontName=BOLD, fontSize=8, leading=10, textColor=ACCENT,
            spaceBefore=12, spaceAfter=1,
        )
        self.chapter_title = _style(
            "chapter_title", fontName=BOLD, fontSize=17, leading=22, textColor=INK,
            spaceAfter=4,
        )
        self.step_title = _style(
            "step_title", fontName=BOLD, fontSize=11.5, leading=15, textColor=INK,
            spaceBefore=2, spaceAfter=4,
        )
        self.meta = _style("meta", fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=10)
        self.card_label = _style(
            "card_label", fontName=BOLD, fontSize=8.5, leading=12, textColor=INK
        )
        self.card_value = _style("card_value", fontSize=9, leading=12.5)
        self.card_strong = _style("card_strong", fontName=BOLD, fontSize=9, leading=12.5)
        self.card_note = _style(
            "card_note", fontName=ITALIC, fontSize=8.6, leading=12, textColor=MUTED,
            leftIndent=10, spaceBefore=1,
        )
        self.note_h1 = _style(
            "note_h1", fontName=BOLD, fontSize=11, leading=14.5, spaceBefore=6, spaceAfter=3,
        )
        self.note_h2 = _style(
            "note_h2", fontName=BOLD, fontSize=10.2, leading=14, spaceBefore=5, spaceAfter=2,
        )
        self.note_h3 = _style(
            "note_h3", fontName=BOLD_ITALIC, fontSize=10, leading=14, spaceBefore=4,
            spaceAfter=2,
        )
        self.item = _style("item", leftIndent=16, bulletIndent=4, spaceAfter=3)
        self.quote = _style(
            "quote", fontName=ITALIC, textColor=colors.HexColor("#4a4f57"), leftIndent=14,
            spaceAfter=6,
        )
        self.code = _style(
            "code", fontSize=8.8, leading=12, textColor=CODE, backColor=PAPER_TINT,
            borderPadding=(3, 4, 3, 4), leftIndent=4, rightIndent=4, spaceBefore=2,
            spaceAfter=8,
        )
        self.learning = _style("learning", leftIndent=16, bulletIndent=2, spaceAfter=4)
        self.starred = _style(
            "starred", leftIndent=16, bulletIndent=2, spaceAfter=4, bulletColor=ACCENT
        )
        self.learning_source = _style(
            "learning_source", fontSize=8, leading=10, textColor=MUTED, leftIndent=16,
            spaceAfter=5,
        )
        self.cell = _style("cell", fontSize=8.5, leading=11)
        self.cell_status = _style("cell_status", fontSize=7.8, leading=11)
        self.cell_head = _style(
            "cell_head", fontName=BOLD, fontSize=8, leading=10, textColor=colors.white
        )
        self.cell_muted = _style(
            "cell_muted", fontName=ITALIC, fontSize=8, leading=10.5, textColor=MUTED
        )
        self.chart_title = _style(
            "chart_title", fontName=BOLD, fontSize=11, leading=15, textColor=INK,
            spaceBefore=8, spaceAfter=2,
        )
        self.centered_small = _style(
            "centered_small", fontSize=8.5, leading=12, textColor=MUTED, alignment=TA_CENTER
        )

    def variant(self, style: ParagraphStyle, **kw) -> ParagraphStyle:
        """A cached copy of ``style`` with some attributes changed."""
        return _variant(style, tuple(sorted(kw.items())))


@cache
def shared_styles() -> Styles:
    """The one Styles of the process: styles never change, and sharing them keeps the
    variant and fragment caches from growing with every build (the dialog's live
    page count builds often)."""
    return Styles()


@cache
def _variant(style: ParagraphStyle, changes: tuple) -> ParagraphStyle:
    suffix = "+".join(f"{k}={v}" for k, v in changes)
    return ParagraphStyle(f"{style.name}[{suffix}]", parent=style, **dict(changes))
