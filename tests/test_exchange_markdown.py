"""Markdown export: one readable file per session plus an index, written only into
a folder that is new, empty or a previous Carnet export."""

from __future__ import annotations

import json
import os
import re
import stat
from datetime import date

import pytest

from carnet.demo import build_demo
from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Assessment,
    Emotion,
    Feeling,
    Group,
    Learning,
    Member,
    Moment,
    Objective,
    Role,
    Session,
    SessionStatus,
    Topic,
)
from carnet.exchange import NOT_ENCRYPTED_WARNING, ExportError, export_markdown
from carnet.exchange.markdown_export import MARKER, inline, slugify

TODAY = date(2026, 3, 15)


def md_files(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.md"))


@pytest.fixture
def demo_store(store):
    build_demo(store, today=TODAY)
    return store


@pytest.fixture
def small_store(store):
    """One codev session with every kind of content, and awkward text."""
    group = store.groups.add(
        Group(name="Codev « Managers » & co", template_id="codev", planned_sessions=6)
    )
    store.members.add(Member(pseudonym="M.D.", masked_names=["Marc Dubois"], group_id=group.id))
    objective = store.objectives.add(Objective(group_id=group.id, title="Mieux déléguer"))
    session = store.sessions.add(
        Session(
            group_id=group.id,
            number=3,
            date=date(2026, 3, 12),
            status=SessionStatus.HELD,
            role=Role.CLIENT,
            themes=["délégation"],
            title="Déléguer <vraiment>",
        )
    )
    store.notes.save(session.id, "expose", "J’ai exposé ma situation à **Marc Dubois**.")
    store.notes.save(session.id, "cycle.bilan", "Bilan de fin de cycle.")
    store.keywords.set(session.id, "Lâcher-prise")
    store.learnings.add(Learning(session_id=session.id, text="Faire confiance", starred=True))
    store.learnings.add(Learning(session_id=session.id, text="<b>gras</b> & ]]>"))
    store.feelings.add(
        Feeling(session_id=session.id, moment=Moment.BEFORE, emotion=Emotion.WORRY, intensity=4)
    )
    store.feelings.add(
        Feeling(
            session_id=session.id,
            moment=Moment.AFTER,
            emotion=Emotion.RELIEF,
            intensity=2,
            text="Allégé",
        )
    )
    action = store.actions.add(
        Action(session_id=session.id, title="Confier le planning", due_date=date(2026, 4, 9))
    )
    store.actions.review(
        ActionReview(
            action_id=action.id,
            date=date(2026, 3, 30),
            note="Premier essai",
            status=ActionStatus.IN_PROGRESS,
        ),
        outcome="Planning confié pour avril",
    )
    store.assessments.set(
        Assessment(objective_id=objective.id, session_id=session.id, rating=3, comment="mieux")
    )
    store.topics.add(Topic(title="Le cas du planning", group_id=group.id, session_id=session.id))
    store.topics.add(Topic(title="Un sujet pour plus tard"))
    return store


def test_one_file_per_session_plus_an_index(demo_store, tmp_path):
    out = tmp_path / "export"
    result = export_markdown(demo_store, out)
    assert result.warning == NOT_ENCRYPTED_WARNING
    files = md_files(out)
    sessions = demo_store.sessions.list()
    assert len(files) == len(sessions) + 1
    assert "index.md" in files
    for group in demo_store.groups.list():
        slug = slugify(group.name)
        for s in demo_store.sessions.list_by_group(group.id):
            assert f"{slug}/{s.number:02d}-{s.date.isoformat()}.md" in files
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "PAS chiffré" in index
    # every link of the index points at a written file
    links = re.findall(r"\]\(([^)]+\.md)\)", index)
    assert sorted(links) == sorted(f for f in files if f != "index.md")
    # the texts written in the journal are there
    for s in sessions:
        text = (out / _file_of(demo_store, s)).read_text(encoding="utf-8")
        for note in demo_store.notes.list_by_session(s.id).values():
            first_line = note.text.strip().splitlines()[0] if note.text.strip() else ""
            assert first_line in text
        for learning in demo_store.learnings.list_by_session(s.id):
            assert learning.text.split()[0] in text
    if os.name == "posix":
        assert stat.S_IMODE((out / "index.md").stat().st_mode) == 0o600


def _file_of(store, session):
    group = store.groups.get(session.group_id)
    return f"{slugify(group.name)}/{session.number:02d}-{session.date.isoformat()}.md"


def test_session_file_follows_the_template_and_reads_well(small_store, tmp_path):
    out = tmp_path / "md"
    export_markdown(small_store, out)
    files = md_files(out)
    assert files == ["codev-managers-co/03-2026-03-12.md", "index.md"]
    text = (out / files[0]).read_text(encoding="utf-8")
    assert text.startswith("# Séance 3 / 6 — Déléguer \\<vraiment\\>\n")
    assert "- **Date :** jeudi 12 mars 2026" in text
    assert "- **Format :** Co-développement professionnel" in text
    assert "- **Mon rôle :** client / porteur" in text
    assert "- **Thèmes :** délégation" in text
    assert "- **Cas apporté :** Le cas du planning" in text
    assert "## 1. Exposé de la situation-problème" in text
    assert "J’ai exposé ma situation à **Marc Dubois**." in text  # Markdown kept as written
    assert "**Lâcher-prise**" in text
    assert "- ★ Faire confiance" in text
    assert "- \\<b\\>gras\\</b\\> & \\]\\]\\>" in text  # shown as typed, not as markup
    assert "**Avant la séance**" in text and "- inquiétude (4/5)" in text
    assert "- soulagement (2/5) : Allégé" in text
    assert "**Confier le planning** — en cours · échéance : jeudi 9 avril 2026" in text
    assert "**Résultat :** Planning confié pour avril" in text
    assert "lundi 30 mars 2026 · en cours : Premier essai" in text
    assert "- Mieux déléguer : ★★★☆☆ 3/5 — mieux" in text
    # a cycle.* note goes with the cycle review, as on the page (fresh6's finding 18)
    assert "## Bilan du cycle" in text and "Bilan de fin de cycle." in text
    assert "## Autres notes" not in text
    # template order: the exposé comes before the learnings, the key word after them
    assert text.index("Exposé") < text.index("Faire confiance") < text.index("Lâcher-prise")
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "## Codev « Managers » & co" in index
    assert "### Mes objectifs" in index and "1. Mieux déléguer" in index
    assert "- M.D." in index
    assert "Marc Dubois" not in index  # members appear by pseudonym only
    assert "Un sujet pour plus tard" in index


def test_anonymise_replaces_masked_names(small_store, tmp_path):
    out = tmp_path / "anon"
    export_markdown(small_store, out, anonymise=True)
    text = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.md"))
    assert "Marc Dubois" not in text
    assert "J’ai exposé ma situation à **M.D.**." in text


def test_anonymise_ignores_accents(small_store, tmp_path):
    """« Marc Dubois » listed, « Marc Dûbois » and « MARC DUBOIS » written: masked too."""
    session = small_store.sessions.list()[0]
    small_store.notes.save(session.id, "expose", "Vu Marc Dûbois puis MARC DUBOIS.")
    out = tmp_path / "anon"
    export_markdown(small_store, out, anonymise=True)
    text = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.md"))
    assert "Vu M.D. puis M.D." in text and "M.D.." not in text
    assert "Dûbois" not in text and "DUBOIS" not in text


def test_english_headings(small_store, tmp_path):
    out = tmp_path / "en"
    export_markdown(small_store, out, lang="en")
    text = (out / "codev-managers-co/03-2026-03-12.md").read_text(encoding="utf-8")
    assert text.startswith("# Session 3 / 6")
    assert "- **Date:** Thursday 12 March 2026" in text
    assert "Professional co-development" in text
    assert "NOT encrypted" in (out / "index.md").read_text(encoding="utf-8")


def test_refuses_a_folder_that_is_not_an_export(small_store, tmp_path):
    folder = tmp_path / "mes documents"
    folder.mkdir()
    (folder / "précieux.txt").write_text("à garder")
    with pytest.raises(ExportError, match="not empty"):
        export_markdown(small_store, folder)
    assert [p.name for p in folder.iterdir()] == ["précieux.txt"]
    a_file = tmp_path / "fichier"
    a_file.write_text("x")
    with pytest.raises(ExportError, match="is a file"):
        export_markdown(small_store, a_file)
    with pytest.raises(ExportError, match="does not exist"):
        export_markdown(small_store, tmp_path / "absent" / "md")


def test_replaces_a_previous_export_and_keeps_other_files(small_store, tmp_path):
    out = tmp_path / "md"
    export_markdown(small_store, out)
    (out / "mes-notes.md").write_text("ajouté à la main")  # not ours: kept
    group = small_store.groups.list()[0]
    session = small_store.sessions.list_by_group(group.id)[0]
    session.date = date(2026, 3, 19)  # the session moves: its file gets a new name
    small_store.sessions.update(session)
    export_markdown(small_store, out)
    assert md_files(out) == ["codev-managers-co/03-2026-03-19.md", "index.md", "mes-notes.md"]
    marker = json.loads((out / MARKER).read_text(encoding="utf-8"))
    assert marker["files"] == ["codev-managers-co/03-2026-03-19.md", "index.md"]
    # a marker pointing outside the folder is never followed
    victim = tmp_path / "victime.md"
    victim.write_text("ne pas effacer")
    marker["files"].append("../victime.md")
    (out / MARKER).write_text(json.dumps(marker), encoding="utf-8")
    export_markdown(small_store, out)
    assert victim.read_text() == "ne pas effacer"


def test_empty_and_planned_sessions_still_get_a_file(store, tmp_path):
    group = store.groups.add(Group(name="Nouveau groupe", template_id="rpm"))
    store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 5, 4)))
    store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 5, 4)))  # a twin
    out = tmp_path / "md"
    export_markdown(store, out)
    assert md_files(out) == [
        "index.md",
        "nouveau-groupe/01-2026-05-04-2.md",
        "nouveau-groupe/01-2026-05-04.md",
    ]
    text = (out / "nouveau-groupe/01-2026-05-04.md").read_text(encoding="utf-8")
    assert "Rien n'a été noté pour cette séance." in text


def test_inline_escaping():
    assert inline("# titre") == "\\# titre"
    assert inline("1. premier") == "1\\. premier"
    assert inline("a_b *c* [d](e) <f> | g") == "a\\_b \\*c\\* \\[d\\](e) \\<f\\> \\| g"
    assert inline("&amp; &") == "\\&amp; &"
    assert inline("ligne\nsuivante") == "ligne suivante"
    assert slugify("Équipe « Δ » / RPM") == "equipe-rpm"
    assert slugify("🙂") == "groupe"
    assert slugify("CON") == "groupe-con"


def test_a_text_kept_in_two_versions_is_worded_as_the_page_words_it(small_store, tmp_path):
    """fresh7's F16: a note written on two computers before they synced keeps both texts;
    the export wrote the stored heading — « **Version de l'autre appareil** (other
    device's version) · 2026-12-07T14:56Z », half English, UTC — where the page and the
    booklet say « — Autre version · 7 déc. 2026, 15:56 — » (local time). A learning kept
    in two versions too."""
    from datetime import UTC, datetime

    from carnet.domain.sync import OtherVersion, join_versions

    store = small_store
    session = store.sessions.list()[0]
    when = datetime(2026, 12, 7, 14, 56, tzinfo=UTC)
    other = OtherVersion(when, "Écrit sur l’ordinateur de la maison.")
    store.notes.save(session.id, "expose",
                     join_versions("Écrit sur l’ordinateur du travail.", [other]))
    learning = store.learnings.list_by_session(session.id)[0]
    learning.text = join_versions("Réécrit au travail", [OtherVersion(when, "Réécrit à la maison")])
    store.learnings.update(learning)
    out = tmp_path / "md"
    export_markdown(store, out, lang="fr")
    page = (out / md_files(out)[0]).read_text(encoding="utf-8")
    assert "maison" in page and "travail" in page  # control: every version kept
    assert "other device" not in page and "Version de l" not in page, page
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\dZ", page), page
    assert page.count("Autre version") == 2, page


def test_a_heading_written_in_a_note_stays_under_its_step(store, tmp_path):
    """fresh7's F22: « # Points clés » written in a note was a second top-level chapter
    of the session's file (any reader's outline, a conversion to Word), above its own
    step's « ### »; the booklet and the preview print it under its step. A note's
    headings now come below the step's (at most ######)."""
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    session = store.sessions.add(Session(group.id, 1, date(2026, 11, 2), SessionStatus.HELD,
                                         Role.CLIENT))
    store.notes.save(session.id, "expose",
                     "# Points clés\n\nDéléguer.\n\n## Détail\n\nPlus tard.\n\n> #### Cité")
    export_markdown(store, tmp_path / "export", lang="fr")
    page = (tmp_path / "export" / md_files(tmp_path / "export")[0]).read_text(encoding="utf-8")
    lines = page.splitlines()
    assert "Points clés" in page  # control
    assert [line for line in lines if line.startswith("# ")] == [lines[0]]  # the session's
    assert "#### Points clés" in lines and "##### Détail" in lines, page
    assert "> ###### Cité" in lines, page
