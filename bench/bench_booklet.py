"""Booklet build times (issue 5) against plain reportlab on the same machine.

    .venv/bin/python bench/bench_booklet.py [--sessions 300] [--runs 3]

Prints: the time to build the hand-written demo's booklet (16 sessions, target ≤ 1 s,
first build in a fresh process: imports and font loading included, then warm), the
300-session generated journal's (target ≤ 10 s), and pages per second against plain
reportlab (SimpleDocTemplate + Paragraphs of the journal's own note text in the same
DejaVu font, same page count) built in the same run (target ≥ 0.7×). Figures only:
no test asserts timings.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import PASSPHRASE, demo_journal

CACHE = Path(tempfile.gettempdir()) / "carnet-bench"


def sample_journal() -> Path:
    """The hand-written demo (2 groups, 16 sessions), built once."""
    from carnet.demo import build_demo
    from carnet.store import JournalStore

    CACHE.mkdir(exist_ok=True)
    path = CACHE / "demo-sample.carnet"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        store = JournalStore.create(partial, PASSPHRASE, "Camille Martin")
        build_demo(store, today=date(2025, 6, 15))
        store.close()
        partial.rename(path)
    return path


def build_ours(path: Path, out: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, pages) of one booklet build, journal already open."""
    from carnet.booklet import BookletOptions, build_booklet
    from carnet.store import JournalStore

    store = JournalStore.open(path, PASSPHRASE)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        result = build_booklet(store, BookletOptions(), out)
        return time.perf_counter() - wall, time.process_time() - cpu, result.pages
    finally:
        store.close()


_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_MARKS = re.compile(r"[*_`#>]")


def journal_texts(path: Path) -> list[tuple[str, bool]]:
    """The journal's texts cut like the booklet cuts them — session titles (as headings),
    the notes' paragraphs and list items, learnings, actions — with Markdown signs
    removed: (text, is_heading) pairs, in session order."""
    from carnet.store import JournalStore

    store = JournalStore.open(path, PASSPHRASE)
    try:
        pieces: list[tuple[str, bool]] = []
        for session in store.sessions.list(status="held"):
            pieces.append((session.title or f"Séance {session.number}", True))
            for note in store.notes.list_by_session(session.id).values():
                for block in re.split(r"\n\s*\n", note.text):
                    lines = block.split("\n")
                    if any(_LIST_ITEM.match(line) for line in lines):
                        pieces += [(_MARKS.sub("", _LIST_ITEM.sub("", ln)), False)
                                   for ln in lines if ln.strip()]
                    elif block.strip():
                        pieces.append((_MARKS.sub("", block), False))
            pieces += [(item.text, False) for item in store.learnings.list_by_session(session.id)]
            pieces += [(item.title, False) for item in store.actions.list_by_session(session.id)]
        return pieces or [("Texte de remplissage.", False)]
    finally:
        store.close()


def build_plain(pieces: list[tuple[str, bool]], pages: int, out: Path):
    """Plain reportlab: the same kind of text as escaped Paragraphs until ``pages`` pages
    (SimpleDocTemplate, DejaVu Sans, no Markdown, no tables, no charts)."""
    from xml.sax.saxutils import escape

    from reportlab import rl_config
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from carnet.paths import resource_path

    rl_config.useA85 = 0
    fonts = (("PlainDejaVu", "DejaVuSans.ttf"), ("PlainDejaVuBold", "DejaVuSans-Bold.ttf"))
    for name, file in fonts:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    body = ParagraphStyle("plain", fontName="PlainDejaVu", fontSize=10, leading=14.6,
                          spaceAfter=6)
    heading = ParagraphStyle("plainh", fontName="PlainDejaVuBold", fontSize=14, leading=18,
                             spaceBefore=12, spaceAfter=6)
    texts = [(escape(text), head) for text, head in pieces]
    count = len(texts)
    for _ in range(5):  # adjust the amount of text until the page counts match
        wall, cpu = time.perf_counter(), time.process_time()
        story = [Paragraph(texts[i % len(texts)][0], heading if texts[i % len(texts)][1]
                           else body) for i in range(count)]
        doc = SimpleDocTemplate(str(out), initialFontName="PlainDejaVu")
        doc.build(story)
        made = doc.page
        elapsed = time.perf_counter() - wall, time.process_time() - cpu
        if abs(made - pages) <= max(1, pages // 50):
            break
        count = max(1, round(count * pages / made))
    return elapsed[0], elapsed[1], made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    out = CACHE / "bench-booklet.pdf"
    CACHE.mkdir(exist_ok=True)

    sample = sample_journal()
    first = build_ours(sample, out)
    warm = [build_ours(sample, out) for _ in range(args.runs)]
    print(f"demo booklet (16 sessions): {first[2]} pages")
    print(f"  first build in this process   {first[0]:6.2f} s wall  {first[1]:6.2f} s CPU"
          "   (target ≤ 1 s)")
    print(f"  warm build, median of {args.runs}      "
          f"{statistics.median(w[0] for w in warm):6.2f} s wall  "
          f"{statistics.median(w[1] for w in warm):6.2f} s CPU")

    big = demo_journal(args.sessions)
    ours = [build_ours(big, out) for _ in range(args.runs)]
    wall = statistics.median(o[0] for o in ours)
    cpu = statistics.median(o[1] for o in ours)
    pages = ours[0][2]
    print(f"{args.sessions}-session journal: {pages} pages")
    print(f"  booklet, median of {args.runs}         {wall:6.2f} s wall  {cpu:6.2f} s CPU"
          "   (target ≤ 10 s)")

    texts = journal_texts(big)
    plain = [build_plain(texts, pages, CACHE / "bench-plain.pdf") for _ in range(args.runs)]
    plain_wall = statistics.median(p[0] for p in plain)
    plain_cpu = statistics.median(p[1] for p in plain)
    plain_pages = plain[0][2]
    print(f"  plain reportlab, {plain_pages} pages     {plain_wall:6.2f} s wall  "
          f"{plain_cpu:6.2f} s CPU")
    ours_rate, plain_rate = pages / cpu, plain_pages / plain_cpu
    print(f"  pages per CPU second: booklet {ours_rate:.0f}, plain reportlab {plain_rate:.0f}"
          f" → {ours_rate / plain_rate:.2f}×   (target ≥ 0.7×)")
    print(f"  pages per wall second: booklet {pages / wall:.0f}, plain reportlab "
          f"{plain_pages / plain_wall:.0f} → {(pages / wall) / (plain_pages / plain_wall):.2f}×")


if __name__ == "__main__":
    main()
