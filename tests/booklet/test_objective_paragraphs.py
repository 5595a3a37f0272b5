"""The booklet keeps the blank line between two paragraphs of an objective's description.

Found by a fresh-eyes review (fresh6), finding 3 (its booklet part): « Lâcher prise : /
- sur les plannings / - sur les mails / (blank line) / Deuxième paragraphe. » printed
its second paragraph right under the list, as if no blank line had been typed (the
list styles' 3 pt between paragraphs). The control: the lines of one paragraph stay
one line apart, and the paragraph gap is measured against that line step.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date

from test_booklet_helpers import require_poppler

from carnet.booklet import BookletOptions, render_booklet
from carnet.domain import Cadence, Group, Objective, Session, SessionStatus

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                  r"([^<]*)</word>")
DESCRIPTION = "Lâcher prise :\n- sur les plannings\n- sur les mails\n\nDeuxième paragraphe."


def _top_of(words: list[tuple[float, str]], word: str) -> float:
    return next(y for y, w in words if w == word)


def test_a_blank_line_in_a_description_parts_its_paragraphs(store, tmp_path):
    require_poppler()
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence(),
                                   planned_sessions=3))
    store.sessions.add(Session(group.id, 1, date(2026, 11, 9), SessionStatus.HELD))
    store.objectives.add(Objective(group_id=group.id, title="Déléguer",
                                   description=DESCRIPTION))
    pdf = tmp_path / "livret.pdf"
    pdf.write_bytes(render_booklet(store, BookletOptions(invariant=True, lang="fr")).data)
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    page = next(p for p in out.split("<page ") if "plannings" in p)
    words = [(float(y0), w) for _x0, y0, _x1, _y1, w in WORD.findall(page)]
    line_step = _top_of(words, "mails") - _top_of(words, "plannings")
    assert 8 < line_step < 16  # control: the list's lines, one line apart
    gap = _top_of(words, "Deuxième") - _top_of(words, "mails")
    assert gap > line_step * 1.4, f"no paragraph gap: {gap:.1f} pt for a line of {line_step:.1f}"
