"""The demo journal's booklet read back with poppler: pages, fonts, French text,
one chapter per held session, and a table of contents that tells the truth."""

from __future__ import annotations

import re
from datetime import date

import pytest
from test_booklet_helpers import fonts, norm, page_count, pdftotext, require_poppler

from carnet.booklet import BookletOptions, build_booklet
from carnet.demo import build_demo
from carnet.domain import SessionStatus
from carnet.store import JournalStore
from carnet.templates import load_templates

PASSPHRASE = "booklet tests"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The hand-written demo journal and its booklet, built once for this module."""
    folder = tmp_path_factory.mktemp("booklet")
    store = JournalStore.create(folder / "demo.carnet", PASSPHRASE)
    build_demo(store, today=date(2025, 6, 15))
    templates = load_templates(user_dir=None)
    out = folder / "livret.pdf"
    result = build_booklet(store, BookletOptions(invariant=True), out, templates=templates)
    yield store, out, result
    store.close()


def held_sessions(store):
    return [s for s in store.sessions.list() if s.status is SessionStatus.HELD]


def test_page_count_is_plausible(demo):
    require_poppler()
    store, out, result = demo
    pages = page_count(out)
    assert pages == result.pages
    held = len(held_sessions(store))
    # a page each for cover, contents, objectives, 1–3 per session, a few for the rest
    assert held + 6 <= pages <= 3 * held + 15


def test_every_font_is_embedded_and_unicode(demo):
    require_poppler()
    _, out, _ = demo
    table = fonts(out)
    assert table, "no font found"
    for row in table:
        assert row["emb"] == "yes", row
        assert row["uni"] == "yes", row
        assert "DejaVu" in row["name"], row


def test_french_text_comes_back_with_its_accents(demo):
    require_poppler()
    store, out, _ = demo
    text = norm(pdftotext(out))
    for words in ("Carnet de bord", "Mes objectifs personnels", "Mes enseignements",
                  "Mon plan d’action", "Regard sur le cycle", "Séance 1/6",
                  "Co-développement professionnel", "réalisée"):
        assert words in text, words
    assert "Document personnel et confidentiel — les contenus des échanges restent dans " \
           "le cadre de la rencontre" in text
    notes = " ".join(n.text for s in held_sessions(store)
                     for n in store.notes.list_by_session(s.id).values())
    for word in ("manœuvre", "« ", "’", "é", "è", "à", "ç"):
        if word in notes:
            assert word in text, word


def test_every_held_session_has_its_chapter_on_the_page_the_build_reports(demo):
    require_poppler()
    store, out, result = demo
    for session in held_sessions(store):
        page = result.chapter_pages[f"session-{session.id}"]
        text = norm(pdftotext(out, page, page))
        assert norm(session.title) in text, (session.title, page)
        assert re.search(rf"SÉANCE {session.number}/\d+ · ", text), page


def _contents(out, first: int, last: int) -> list[tuple[str, int]]:
    """(title, page) rows of the contents pages ``first``…``last``."""
    rows = []
    for page in range(first, last + 1):
        text = pdftotext(out, page, page, layout=True)
        rows += [(m.group(1).strip(), int(m.group(2)))
                 for m in re.finditer(r"^\s*(\S.*?\S)\s+(\d+)\s*$", text, re.M)
                 if not m.group(1).strip().startswith(("Carnet", "CARNET", "Personnel"))]
    return rows


def test_contents_page_numbers_match_the_chapters(demo):
    require_poppler()
    store, out, result = demo
    first_chapter = min(result.chapter_pages.values())
    assert "Sommaire" in pdftotext(out, 2, 2)
    rows = _contents(out, 2, first_chapter - 1)
    titles = [norm(t) for t, _ in rows]
    held = held_sessions(store)
    assert len([t for t in titles if t.startswith("Séance ")]) == len(held)
    for title, page in rows:
        page_text = norm(pdftotext(out, page, page))
        head = norm(title).split(" — ", 1)
        if len(head) == 2:  # « Séance 3/6 — Title… »: the kicker and the title are there
            number = head[0].upper()
            assert number in page_text, (title, page)
            start = head[1].rstrip("…").strip()[:30]
            assert start in page_text, (title, page)
        else:
            assert norm(title).rstrip("…")[:30] in page_text, (title, page)
    # and they are the pages the build itself reports
    sessions = sorted(held, key=lambda s: result.chapter_pages[f"session-{s.id}"])
    reported = [result.chapter_pages[f"session-{s.id}"] for s in sessions]
    listed = [n for t, n in rows if norm(t).startswith("Séance ")]
    assert listed == reported
