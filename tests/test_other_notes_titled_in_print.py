"""Notes kept from a group's former format keep their step's title in print and export.

Found by a fresh-eyes review (fresh6), finding 22: a group entered as an RPM that is a
co-développement (its page › Format › Co-développement) keeps its first session's RPM
notes; the session page shows them under « Autres notes » with their step's title
(« Ma réflexion personnelle — RPM … »), but the booklet printed each under a bare
« Autres notes » heading and the Markdown export under the internal ids « ### amorce »,
« ### reflexion ». The reviewer's test is kept with its controls (the old notes are
printed and exported); a second test checks a note no format knows keeps its place.
"""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

from carnet.booklet.build import build_booklet
from carnet.booklet.options import BookletOptions
from carnet.domain import Cadence, CadenceUnit, Group, Session, SessionStatus
from carnet.exchange import export_markdown
from carnet.templates import load_templates

T = date.today()


def _group_now_codev(store):
    group = store.groups.add(Group(name="Groupe", template_id="rpm", planned_sessions=3,
                                   cadence=Cadence(1, CadenceUnit.MONTH),
                                   start_date=T - timedelta(days=30)))
    held, _ = store.sessions.add_many([Session(group.id, 1, T - timedelta(days=30),
                                               SessionStatus.HELD),
                                       Session(group.id, 2, T + timedelta(days=5))])
    store.notes.save_many(held.id, {"amorce": "Ce qui m'a marqué ce mois-ci.",
                                    "reflexion": "Je parle moins, j'écoute plus."})
    group.template_id = "codev"  # the group's page › Format › Co-développement
    store.groups.update(group)
    return held


def _pdf_text(store, tmp_path, templates) -> str:
    pdf = tmp_path / "livret.pdf"
    build_booklet(store, BookletOptions(lang="fr"), pdf, templates=templates)
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_old_notes_keep_their_step_titles_in_the_booklet_and_the_export(store, tmp_path):
    _group_now_codev(store)
    templates = load_templates(user_dir=None)
    rpm = templates.get("rpm").name.get("fr")
    text = _pdf_text(store, tmp_path, templates)
    assert "Je parle moins" in text  # control: the old notes are printed
    assert "Ma réflexion personnelle" in text, "the booklet prints « Autres notes » only"
    assert f"Ma réflexion personnelle — {rpm}" in " ".join(text.split())
    assert text.count("AUTRES NOTES") == 1, "the kicker once, above the first of them"

    folder = tmp_path / "export"
    export_markdown(store, folder, lang="fr", templates=templates)
    page = next(p.read_text(encoding="utf-8") for p in folder.rglob("01-*.md"))
    assert "Je parle moins" in page  # control
    headings = [line for line in page.splitlines() if line.startswith("###")]
    assert "### reflexion" not in headings, headings
    assert f"### Ma réflexion personnelle — {rpm}" in headings, headings


def test_a_note_no_format_knows_is_still_printed(store, tmp_path):
    held = _group_now_codev(store)
    store.notes.save(held.id, "mon_etape", "Étape d’un format disparu")
    templates = load_templates(user_dir=None)
    text = _pdf_text(store, tmp_path, templates)
    assert "Étape d’un format disparu" in text
    folder = tmp_path / "export"
    export_markdown(store, folder, lang="fr", templates=templates)
    page = next(p.read_text(encoding="utf-8") for p in folder.rglob("01-*.md"))
    assert "### mon\\_etape" in page.splitlines()  # the only name it has, as on the page
