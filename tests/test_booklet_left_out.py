"""The booklet never drops a session with content in silence (issue 13, trap 1).

Sessions with notes that are not marked held (still planned, or missed) are left
out of the booklet — and said so, with the way to include them: ``left_out()``
for the dialog, a warning and ``--include-unheld`` for ``carnet booklet``.
"""

from __future__ import annotations

import os
import subprocess
from datetime import date

import fast_kdf
import pytest
from test_booklet_helpers import norm, pdftotext, require_poppler

from carnet.booklet import BookletOptions, left_out, render_booklet
from carnet.domain import Cadence, Group, Learning, Role, Session, SessionStatus
from carnet.store import JournalStore


@pytest.fixture
def journal(journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille Martin")
    group = store.groups.add(Group(name="Codév du jeudi", template_id="codev",
                                   planned_sessions=4, cadence=Cadence()))
    held, planned, missed, ahead = store.sessions.add_many([
        Session(group.id, 1, date(2025, 1, 9), SessionStatus.HELD, Role.CLIENT),
        Session(group.id, 2, date(2025, 2, 6), SessionStatus.PLANNED, Role.CONSULTANT),
        Session(group.id, 3, date(2025, 3, 6), SessionStatus.MISSED, Role.CONSULTANT),
        Session(group.id, 4, date(2025, 4, 3), SessionStatus.PLANNED, Role.CONSULTANT),
    ])
    store.notes.save(held.id, "expose", "Première séance tenue.")
    store.notes.save(planned.id, "expose", "Séance écrite mais restée planifiée.")
    store.learnings.add(Learning(session_id=missed.id, text="Appris malgré l’absence"))
    ids = {"held": held.id, "planned": planned.id, "missed": missed.id, "ahead": ahead.id}
    yield store, ids
    store.close()


def test_left_out_lists_sessions_with_content_that_are_not_held(journal):
    store, ids = journal
    assert [s.id for s in left_out(store, BookletOptions())] == [ids["planned"], ids["missed"]]
    # The period and the groups apply; with include_unheld nothing is left out.
    assert [s.id for s in left_out(store, BookletOptions(date_to=date(2025, 2, 28)))] == [
        ids["planned"]]
    assert left_out(store, BookletOptions(include_unheld=True)) == []


def test_included_on_request(journal, tmp_path):
    require_poppler()
    store, _ids = journal
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(render_booklet(store, BookletOptions(invariant=True)).data)
    text = norm(pdftotext(pdf))
    assert "Première séance tenue." in text and "restée planifiée" not in text
    pdf.write_bytes(render_booklet(store, BookletOptions(invariant=True,
                                                         include_unheld=True)).data)
    text = norm(pdftotext(pdf))
    assert "restée planifiée" in text and "Appris malgré l’absence" in text
    assert "Première séance tenue." in text


def test_a_session_holding_only_documents_is_said_and_included(journal, tmp_path):
    """fresh7 F11: a session « manquée » holding the facilitator's handout (no note) was
    neither printed nor said left out (``written_in`` ignored attachments): the handout
    left the booklet in silence."""
    require_poppler()
    from attachment_files import pdf as pdf_bytes

    from carnet.domain.attachment import PDF_MIME, Attachment

    store, ids = journal
    missed = store.sessions.add(Session(store.sessions.get(ids["held"]).group_id, 5,
                                        date(2025, 5, 1), SessionStatus.MISSED,
                                        Role.CONSULTANT))
    data = pdf_bytes("Support de l animatrice")
    store.attachments.add(Attachment(session_id=missed.id, mime=PDF_MIME, size=len(data),
                                     sha256="", filename="support-animatrice.pdf"), data)
    assert missed.id in [s.id for s in left_out(store, BookletOptions(attachments=True))]
    out = tmp_path / "b.pdf"
    out.write_bytes(render_booklet(store, BookletOptions(
        invariant=True, attachments=True, include_unheld=True)).data)
    assert "support-animatrice" in norm(pdftotext(out))


def carnet(journal_path, passphrase, *args):
    env = {**os.environ, "CARNET_HOME": str(journal_path.parent / "home")}
    return subprocess.run(
        [*fast_kdf.python(), "-m", "carnet", *args, "--journal", str(journal_path),
         "--passphrase-stdin"],
        input=passphrase + "\n", capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )


def test_the_command_says_what_it_leaves_out_and_the_flag_includes_it(
        journal, journal_path, passphrase, tmp_path):
    require_poppler()
    store, _ids = journal
    store.close()
    out = tmp_path / "livret.pdf"
    done = carnet(journal_path, passphrase, "booklet", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "2 sessions of the period have notes or documents but are left out" in done.stderr
    assert "session 2, 6\u00a0Feb\u00a02025 (planned)" in done.stderr  # (not ISO: G15)
    assert "session 3, 6\u00a0Mar\u00a02025 (missed)" in done.stderr
    assert "--include-unheld" in done.stderr
    assert "restée planifiée" not in norm(pdftotext(out))

    done = carnet(journal_path, passphrase, "booklet", "--out", str(out), "--include-unheld")
    assert done.returncode == 0, done.stderr
    assert "left out" not in done.stderr
    assert "restée planifiée" in norm(pdftotext(out))
