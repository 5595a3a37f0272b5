"""How a build behaves: progress, cancellation, atomic writing, options, lazy imports."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from test_booklet_helpers import norm, pdftotext, require_poppler, run, small_journal

from carnet.booklet import (
    BookletCancelled,
    BookletError,
    BookletOptions,
    build_booklet,
    render_booklet,
)
from carnet.demo import build_demo
from carnet.templates import load_templates

TEMPLATES = load_templates(user_dir=None)


@pytest.fixture
def folder(tmp_path):
    """An output folder of its own (the journal lives in tmp_path)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


@pytest.fixture
def demo(store):
    build_demo(store, today=date(2025, 6, 15))
    return store


def test_importing_the_package_does_not_import_reportlab_or_markdown():
    code = ("import sys, carnet.booklet, carnet.booklet.options; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('reportlab', 'markdown')))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    assert out.strip() == "[]"


def test_progress_goes_up_to_the_total(demo, tmp_path):
    seen: list[tuple[int, int]] = []
    build_booklet(demo, BookletOptions(), tmp_path / "b.pdf",
                  progress=lambda done, total: seen.append((done, total)), templates=TEMPLATES)
    assert len(seen) > 10
    dones = [d for d, _ in seen]
    assert dones == sorted(dones)
    assert seen[-1][0] == seen[-1][1]


@pytest.mark.parametrize("after", [1, 20, 200])
def test_cancelling_leaves_no_file(demo, folder, after):
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after

    out = folder / "livret.pdf"
    with pytest.raises(BookletCancelled):
        build_booklet(demo, BookletOptions(), out, cancelled=cancelled, templates=TEMPLATES)
    assert list(folder.iterdir()) == []


def test_an_existing_file_is_replaced_whole(demo, folder):
    out = folder / "livret.pdf"
    out.write_bytes(b"old")
    result = build_booklet(demo, BookletOptions(), out, templates=TEMPLATES)
    assert result.path == out
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in folder.iterdir()] == ["livret.pdf"]


def test_unwritable_destinations_give_a_clear_error(store, folder):
    small_journal(store)
    with pytest.raises(BookletError, match="does not exist"):
        build_booklet(store, BookletOptions(), folder / "nope" / "b.pdf", templates=TEMPLATES)
    target = folder / "a-folder.pdf"
    target.mkdir()
    with pytest.raises(BookletError, match="could not be written"):
        build_booklet(store, BookletOptions(), target, templates=TEMPLATES)
    assert [p.name for p in folder.iterdir()] == ["a-folder.pdf"]


def test_invariant_builds_are_identical(demo):
    options = BookletOptions(invariant=True)
    first = render_booklet(demo, options, templates=TEMPLATES).data
    second = render_booklet(demo, options, templates=TEMPLATES).data
    assert first == second


def test_letter_paper_and_english(demo, tmp_path):
    require_poppler()
    out = tmp_path / "letter.pdf"
    build_booklet(demo, BookletOptions(paper="letter", lang="en"), out, templates=TEMPLATES)
    assert "612 x 792 pts" in run("pdfinfo", str(out))
    text = norm(pdftotext(out))
    for words in ("Logbook", "Contents", "My personal objectives", "Session 1/6",
                  "Professional co-development", "Personal and confidential"):
        assert words in text, words


def test_parts_period_and_groups_filter_the_book(demo, tmp_path):
    require_poppler()
    groups = {g.template_id: g for g in demo.groups.list()}
    out = tmp_path / "part.pdf"
    options = BookletOptions(parts=frozenset({"cover", "sessions"}),
                             group_ids=[groups["codev"].id],
                             date_from=date(2025, 1, 1), date_to=date(2025, 3, 31))
    result = build_booklet(demo, options, out, templates=TEMPLATES)
    text = norm(pdftotext(out))
    assert "Mes enseignements" not in text and "Sommaire" not in text
    codev = [s for s in demo.sessions.list_by_group(groups["codev"].id)
             if date(2025, 1, 1) <= s.date <= date(2025, 3, 31)]
    chapters = {k for k in result.chapter_pages if k.startswith("session-")}
    assert {f"session-{s.id}" for s in codev} == chapters
    assert "RPM" not in text


def test_charts_render_to_svg_for_the_app():
    from carnet.booklet.charts import actions_chart, feelings_chart, objectives_chart, to_svg

    svg = to_svg(objectives_chart([("Déléguer « mieux »", [(0, 2), (1, 4)])], ["1", "2"],
                                  400, 200))
    assert svg.lstrip().startswith("<?xml") or "<svg" in svg[:300]
    assert "Déléguer" in svg
    assert "<svg" in to_svg(feelings_chart([("1/2", 3.0, -2.0)], 400, 200, "fr"))
    assert "<svg" in to_svg(actions_chart([("1/2", {})], 400, 200, "fr"))


def test_options_are_checked():
    with pytest.raises(ValueError, match="paper"):
        BookletOptions(paper="a5")
    with pytest.raises(ValueError, match="parts"):
        BookletOptions(parts=frozenset({"index"}))
    with pytest.raises(ValueError, match="period"):
        BookletOptions(date_from=date(2025, 2, 1), date_to=date(2025, 1, 1))


def test_the_garbage_collector_is_back_after_a_build(store):
    import gc

    small_journal(store)
    assert gc.isenabled()
    render_booklet(store, BookletOptions(), templates=TEMPLATES)
    assert gc.isenabled()
    with pytest.raises(BookletCancelled):
        render_booklet(store, BookletOptions(), cancelled=lambda: True, templates=TEMPLATES)
    assert gc.isenabled()


def test_many_groups_keep_the_cover_on_one_page(store, tmp_path):
    require_poppler()
    from carnet.domain import Group, Session

    for n in range(8):
        group = store.groups.add(Group(name=f"Groupe numéro {n} au nom assez long pour deux lignes",
                                       template_id="rpm"))
        store.sessions.add(Session(group_id=group.id, number=1, date=date(2025, 1, 1 + n),
                                   status="held"))
    out = tmp_path / "b.pdf"
    build_booklet(store, BookletOptions(), out, templates=TEMPLATES)
    assert "5 autres groupes" in norm(pdftotext(out, 1, 1))
    assert "Sommaire" in pdftotext(out, 2, 2)


def test_an_unknown_template_and_untitled_sessions_still_make_chapters(store, tmp_path):
    require_poppler()
    from carnet.domain import Group, Session

    group = store.groups.add(Group(name="Format maison", template_id="disparu"))
    session = store.sessions.add(Session(group_id=group.id, number=2, date=date(2025, 3, 1),
                                         status="held"))
    store.notes.save(session.id, "etape_perdue", "Une note dont l’étape n’existe plus.")
    out = tmp_path / "b.pdf"
    result = build_booklet(store, BookletOptions(), out, templates=TEMPLATES)
    page = result.chapter_pages[f"session-{session.id}"]
    text = norm(pdftotext(out, page, page))
    assert "1er mars 2025" in text and "DISPARU" in text
    assert "Autres notes" in text and "Une note dont l’étape n’existe plus." in text


def test_a_session_with_sixty_rated_objectives_still_builds(store):
    from carnet.domain import Assessment, Objective

    session = small_journal(store)
    for n in range(60):
        objective = store.objectives.add(Objective(group_id=session.group_id,
                                                   title=f"Objectif {n}"))
        store.assessments.set(Assessment(objective_id=objective.id, session_id=session.id,
                                         rating=1 + n % 5))
    result = render_booklet(store, BookletOptions(), templates=TEMPLATES)
    assert result.pages > 5
