"""« Mes objectifs personnels » in the booklet: an objective rated once shows that rating
alone (review 3, fresh3: it read « Auto-évaluation : ●●●○○ → ●●●○○ », an evolution from a
rating to itself, as if it had been rated twice and had not moved).

Seen: /tmp/fresh3/livret-anon.pdf page 3 (`pdftotext`), objectives rated at séance 1 only.
"""

from __future__ import annotations

from datetime import date

from test_booklet_helpers import norm, pdftotext, require_poppler

from carnet.booklet import BookletOptions, render_booklet
from carnet.domain import Assessment, Cadence, Group, Objective, Role, Session, SessionStatus


def test_one_rating_is_not_shown_as_an_evolution(store, tmp_path):
    require_poppler()
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    once = store.objectives.add(Objective(group_id=group.id, title="Oser dire non"))
    twice = store.objectives.add(Objective(group_id=group.id, title="Écouter vraiment"))
    first, second = store.sessions.add_many([
        Session(group.id, 1, date(2026, 11, 9), SessionStatus.HELD, Role.CONSULTANT),
        Session(group.id, 2, date(2026, 11, 23), SessionStatus.HELD, Role.CLIENT),
    ])
    store.assessments.add(Assessment(once.id, first.id, 2))
    store.assessments.add(Assessment(twice.id, first.id, 2))
    store.assessments.add(Assessment(twice.id, second.id, 4))
    for session in (first, second):
        store.notes.save(session.id, "expose", "Une situation.")
    pdf = tmp_path / "livret.pdf"
    pdf.write_bytes(render_booklet(store, BookletOptions(invariant=True, lang="fr")).data)
    text = norm(pdftotext(pdf, 1, 4))
    assert "●●○○○ → ●●●●○" in text  # control: two ratings are an evolution
    assert "●●○○○ → ●●○○○" not in text, "one rating printed as a move from itself to itself"
    assert "Oser dire non Auto-évaluation : ●●○○○ 2. Écouter vraiment" in text  # shown once
