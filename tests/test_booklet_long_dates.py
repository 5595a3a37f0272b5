"""One date style: the booklet writes « 6 décembre 2026 », never « 06/12/26 » (issue 13).

The action table's session and due columns and its « Dernier suivi (…) » label
used a numeric style, the charts « 6/11 », while the rest of the booklet, the
preparation and check-in sheets and the Markdown export write dates in words.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from test_booklet_helpers import norm, pdftotext, require_poppler

from carnet.booklet import BookletOptions, render_booklet
from carnet.domain import (
    Action,
    ActionReview,
    Cadence,
    Group,
    Role,
    Session,
    SessionStatus,
)

#: « 06/12/26 », « 6/12 »; not « Séance 1/10 » (of the cycle).
NUMERIC = re.compile(r"(?<!séance )(?<!session )\b\d{1,2}/\d{1,2}(/\d{2,4})?\b", re.I)


@pytest.fixture
def journal(store):
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    first, second = store.sessions.add_many([
        Session(group.id, 1, date(2026, 11, 6), SessionStatus.HELD, Role.CLIENT),
        Session(group.id, 2, date(2026, 11, 20), SessionStatus.HELD, Role.CONSULTANT),
    ])
    for session in (first, second):
        store.notes.save(session.id, "expose", "Une situation.")
    action = store.actions.add(Action(session_id=first.id, title="Déléguer le planning",
                                      due_date=date(2026, 12, 9)))
    store.actions.review(ActionReview(action.id, date(2026, 12, 6), note="Fait à moitié"))
    return store


@pytest.mark.parametrize(("lang", "review", "due"), [
    ("fr", "Dernier suivi (6 décembre 2026)", "9 décembre"),
    ("en", "(6 December 2026)", "9 December"),
])
def test_the_booklet_writes_dates_in_words(journal, tmp_path, lang, review, due):
    require_poppler()
    pdf = tmp_path / f"{lang}.pdf"
    pdf.write_bytes(render_booklet(journal, BookletOptions(invariant=True, lang=lang)).data)
    text = norm(pdftotext(pdf))
    flat = " ".join(text.split())
    assert review in flat
    assert due in flat
    assert [m.group(0) for m in NUMERIC.finditer(flat)] == []
