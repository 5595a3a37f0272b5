"""What the person asked for (BookletOptions) and what they got (BuildResult).

Plain dataclasses with no reportlab import, so the dialog and the command line
can build options while the unlock window stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Final

#: The booklet's parts, in book order; each can be left out.
PARTS: Final = (
    "cover",
    "toc",
    "objectives",
    "sessions",
    "learnings",
    "actions",
    "charts",
    "closing",
)
PAPERS: Final = ("a4", "letter")
LANGS: Final = ("fr", "en")


@dataclass
class BookletOptions:
    """The choices of the booklet dialog or the ``booklet`` command.

    ``group_ids`` / ``session_ids`` None mean "all"; dates are inclusive and
    None means open-ended. Anonymisation is on by default because the journal
    holds other people's situations.
    """

    date_from: date | None = None
    date_to: date | None = None
    group_ids: list[int] | None = None
    session_ids: list[int] | None = None
    parts: frozenset[str] = frozenset(PARTS)
    anonymise: bool = True
    extra_names: list[str] = field(default_factory=list)
    omit_owner_name: bool = False
    paper: str = "a4"
    lang: str = "fr"
    #: also tell sessions with notes that are not marked held (planned or missed);
    #: without it they are left out, and :func:`carnet.booklet.left_out` says which
    include_unheld: bool = False
    #: photos in their session's chapter, PDFs listed by caption (issue 16)
    attachments: bool = False
    #: reproducible output (fixed dates and ids) for tests
    invariant: bool = False

    def __post_init__(self) -> None:
        self.paper = (self.paper or "a4").lower()
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {self.paper!r}")
        self.lang = (self.lang or "fr")[:2].lower()
        if self.lang not in LANGS:
            self.lang = "fr"
        unknown = set(self.parts) - set(PARTS)
        if unknown:
            raise ValueError(f"unknown booklet parts: {', '.join(sorted(unknown))}")
        self.parts = frozenset(self.parts)
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("the period ends before it starts")
        self.extra_names = [n.strip() for n in self.extra_names if n and n.strip()]

    def has(self, part: str) -> bool:
        return part in self.parts


@dataclass(frozen=True)
class BuildResult:
    """A finished booklet: its page count and where it was written (None: in memory)."""

    pages: int
    path: Path | None = None
    data: bytes | None = None
    chapter_pages: dict[str, int] = field(default_factory=dict)
