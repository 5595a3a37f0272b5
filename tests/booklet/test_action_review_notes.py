"""Every review note of an action reaches the booklet's action plan: only the last review
was printed, and when it had no note (a status set, a date moved) the earlier notes were
not printed at all. The preparation sheet shows the latest review that has a note."""

from __future__ import annotations

from datetime import date

from test_booklet_helpers import norm, pdftotext, require_poppler

from carnet.booklet import BookletOptions, render_booklet
from carnet.booklet.prep_sheet import render_prep_sheet
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
from carnet.services.planning import prepare


def test_every_review_note_is_printed(store, tmp_path):
    require_poppler()
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    held, _ = store.sessions.add_many([
        Session(group.id, 1, date(2026, 11, 9), SessionStatus.HELD, Role.CONSULTANT),
        Session(group.id, 2, date(2026, 12, 21)),
    ])
    store.notes.save(held.id, "expose", "Une situation.")
    action = store.actions.add(Action(held.id, "Dire non à une demande",
                                      due_date=date(2026, 12, 14)))
    store.actions.review(ActionReview(action.id, date(2026, 11, 20), note="Essai un & <b>"))
    store.actions.review(ActionReview(action.id, date(2026, 11, 27), note="Essai deux"))
    store.actions.review(ActionReview(action.id, date(2026, 12, 4),
                                      status=ActionStatus.IN_PROGRESS))  # no note
    other = store.actions.add(Action(held.id, "Déléguer le planning"))
    store.actions.review(ActionReview(other.id, date(2026, 11, 20), note="Seul suivi"))

    pdf = tmp_path / "livret.pdf"
    pdf.write_bytes(render_booklet(store, BookletOptions(invariant=True, lang="fr")).data)
    text = norm(pdftotext(pdf))
    plan = text[text.rindex("Mon plan d’action"):]
    assert "Dernier suivi (20 novembre 2026) : Seul suivi" in plan  # control
    assert "Suivi (20 novembre 2026) : Essai un & <b>" in plan, "an earlier note is left out"
    assert "Dernier suivi (27 novembre 2026) : Essai deux" in plan
    assert plan.index("Essai un") < plan.index("Essai deux")

    sheet = tmp_path / "fiche.pdf"
    sheet.write_bytes(render_prep_sheet(prepare(store, date(2026, 12, 7), group.id), "fr"))
    text = norm(pdftotext(sheet))
    assert "Dire non à une demande" in text  # control
    assert "Dernier suivi (27 novembre 2026) : Essai deux" in text
