"""The booklet's closing page (« Regard sur le cycle ») prints every end-of-cycle note:
one written at two sessions (the cycle's last session moved) kept only the latest's
text, and a ``cycle.*`` note other than the review's three (the page shows it under its
id) was not printed at all."""

from __future__ import annotations

from datetime import date

from test_booklet_helpers import norm, pdftotext, require_poppler

from carnet.booklet import BookletOptions, render_booklet
from carnet.domain import Cadence, Group, Role, Session, SessionStatus


def test_every_end_of_cycle_note_is_printed(store, tmp_path):
    require_poppler()
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence(),
                                   planned_sessions=3))
    first, second = store.sessions.add_many([
        Session(group.id, 2, date(2026, 11, 9), SessionStatus.HELD, Role.CONSULTANT),
        Session(group.id, 3, date(2026, 11, 23), SessionStatus.HELD, Role.CLIENT),
    ])
    for session in (first, second):
        store.notes.save(session.id, "expose", "Une situation.")
    store.notes.save(first.id, "cycle.self", "Écrit à la séance deux")
    store.notes.save(second.id, "cycle.self", "Écrit à la dernière séance")
    store.notes.save(first.id, "cycle.changes", "Même bilan & <b>")
    store.notes.save(second.id, "cycle.changes", "Même bilan & <b>")  # the same text twice
    store.notes.save(second.id, "cycle.later", "Une note de bilan d’une version plus récente")
    pdf = tmp_path / "livret.pdf"
    pdf.write_bytes(render_booklet(store, BookletOptions(invariant=True, lang="fr")).data)
    text = norm(pdftotext(pdf))
    closing = text[text.rindex("Regard sur le cycle"):]
    assert "Écrit à la dernière séance" in closing  # control: the latest was printed
    assert "Écrit à la séance deux" in closing, "an earlier session's review is left out"
    assert closing.index("Écrit à la dernière séance") < closing.index("Écrit à la séance deux")
    assert "Ce que j’ai appris sur moi (séance 3/3)" in closing
    assert closing.count("Même bilan & <b>") == 1  # the same text is printed once
    assert "Ce qui a changé dans ma pratique Même bilan" in closing  # without a session
    assert "Une note de bilan d’une version plus récente" in closing
