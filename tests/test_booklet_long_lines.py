"""A long note is split for reportlab, but never in the middle of a line the person typed.

QA: the booklet broke long notes mid-line about every few thousand characters (the
chunk cut fell at a space); it must fall at the person's own line break.
"""

from __future__ import annotations

from test_booklet_helpers import norm, pdftotext, require_poppler, small_journal

from carnet.booklet import BookletOptions, build_booklet
from carnet.booklet.markup import Run, _chunks
from carnet.templates import load_templates


def typed_lines(count: int) -> list[str]:
    """Short lines of uneven length, so a cut by count of characters falls mid-line."""
    return [f"L{i:04d} {'mot ' * (i % 7)}fin{i:04d}" for i in range(count)]


def test_chunks_are_cut_at_line_breaks_when_there_are_some():
    runs: list[Run] = []
    for i, line in enumerate(typed_lines(600)):
        if i:
            runs.append(Run("", br=True))
        runs.append(Run(line))
    chunks = list(_chunks(runs, limit=500))
    assert len(chunks) > 10
    rebuilt = "\n".join("".join("\n" if r.br else r.text for r in chunk) for chunk in chunks)
    assert rebuilt.split("\n") == typed_lines(600)  # each line whole, none lost
    # Control: one line with no break is still cut (at a space), nothing lost.
    long = [Run("mot " * 400)]
    pieces = list(_chunks(long, limit=500))
    assert len(pieces) > 1
    assert " ".join("".join(r.text for r in p).strip() for p in pieces) == ("mot " * 400).strip()


def test_a_6000_line_note_keeps_each_line_whole_in_the_pdf(store, tmp_path):
    require_poppler()
    lines = typed_lines(6000)
    small_journal(store, notes={"expose": "\n".join(lines)})
    out = tmp_path / "livret.pdf"
    build_booklet(store, BookletOptions(parts=frozenset({"sessions"})), out,
                  templates=load_templates(user_dir=None))
    printed = {norm(line) for line in pdftotext(out).splitlines()}
    broken = [line for line in lines if line not in printed]
    assert broken == []
