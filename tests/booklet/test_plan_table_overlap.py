"""The booklet's « Mon plan d'action » table: no cell runs into the next (review 3,
fresh3: French dates in words were wider than their columns: « 23 novembre » runs into the status (« 23 novembreen
cours », « 23 novembreà faire ») and the session's date « 23 novembre » runs over the due
date's « 2026 » (5 pt of overlap).

Seen: /tmp/fresh3/livret-anon.pdf page 82 (pdftoppm -r 150, /tmp/fresh3/pdfpng/p82c.png);
`pdftotext` reads « 23 novembreen cours » and « 9 novembre2026 »). The short columns
are now as wide as their widest possible content, in both languages, with the widest
months and every status.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from test_booklet_helpers import require_poppler

from carnet.booklet import BookletOptions, render_booklet
from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Cadence,
    Group,
    Role,
    Session,
    SessionStatus,
)

WORD = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<')


@pytest.fixture
def journal(store):
    group = store.groups.add(Group(name="Co-dév Managers", template_id="codev",
                                   cadence=Cadence()))
    first, second = store.sessions.add_many([
        Session(group.id, 1, date(2026, 11, 9), SessionStatus.HELD, Role.CONSULTANT),
        Session(group.id, 2, date(2026, 11, 23), SessionStatus.HELD, Role.CLIENT),
    ])
    for session in (first, second):
        store.notes.save(session.id, "expose", "Une situation.")
    doing = store.actions.add(Action(session_id=first.id, title="Dire non à une demande",
                                     due_date=date(2026, 11, 23)))
    store.actions.review(ActionReview(doing.id, date(2026, 12, 7), note="Une fois",
                                      status=ActionStatus.IN_PROGRESS))
    store.actions.add(Action(session_id=first.id, title="Déléguer le planning du lundi",
                             due_date=date(2026, 11, 23)))
    store.actions.add(Action(session_id=second.id, title="Proposer un point hebdo",
                             due_date=date(2026, 12, 7)))
    for day, status in ((date(2027, 9, 28), ActionStatus.DROPPED),
                        (date(2027, 9, 1), ActionStatus.POSTPONED),
                        (date(2027, 2, 28), ActionStatus.DONE)):
        action = store.actions.add(Action(session_id=second.id, title=f"Action {status.value}",
                                          due_date=day))
        store.actions.review(ActionReview(action.id, date(2026, 12, 7), status=status,
                                          new_due_date=day if status.value == "postponed"
                                          else None))
    return store


def words_of_page(pdf, page: int) -> list[tuple[float, float, float, str]]:
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf),
                          "-"], check=True, capture_output=True, text=True).stdout
    return [(float(x0), float(y0), float(x1), w) for x0, y0, x1, _y1, w in WORD.findall(out)]


def plan_page(pdf, heading: str = "Échéance") -> int:
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True).stdout).group(1))
    for page in range(1, pages + 1):
        if any(w == heading for *_, w in words_of_page(pdf, page)):
            return page
    raise AssertionError("no action table")


@pytest.mark.parametrize(("lang", "heading", "month"), [("fr", "Échéance", "septembre"),
                                                         ("en", "Due", "September")])
def test_plan_table_cells_do_not_run_into_each_other(journal, tmp_path, lang, heading, month):
    require_poppler()
    assert shutil.which("pdftotext")
    pdf = tmp_path / "livret.pdf"
    pdf.write_bytes(render_booklet(journal, BookletOptions(invariant=True, lang=lang)).data)
    words = words_of_page(pdf, plan_page(pdf, heading))
    assert sum(w == month for *_, w in words) == 2  # control: the dates are on the page
    collisions = []
    for x0, y0, x1, word in words:
        for a0, b0, _a1, other in words:
            if other is word or abs(b0 - y0) > 1 or a0 <= x0:
                continue
            if a0 - x1 < 0.5:  # the next word on the line starts before this one ends
                collisions.append((word, other, round(a0 - x1, 1)))
    assert collisions == [], f"words touching or overlapping in the plan table: {collisions}"
