"""Whatever the person wrote, the booklet builds and gives it back literally.

reportlab's Paragraph parses markup and Python-Markdown passes raw HTML through:
each hostile string below must come back from pdftotext as typed, never be
interpreted, never crash the build, never be dropped."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_booklet_helpers import norm, page_count, pdftotext, require_poppler, small_journal, squash

from carnet.booklet import BookletOptions, build_booklet, render_booklet
from carnet.domain import Action, Feeling, Learning
from carnet.templates import load_templates

LONG_WORD = "Anticonstitutionnellement" * 20  # 500 characters, no space
LONG_URL = "https://exemple.org/" + "chemin/" * 68 + "fin"  # ~500 characters
HOSTILE = {
    "expose": "Texte <b>pas gras</b> et </para> puis &amp; et & seul, ]]> fin.",
    "clarification": "Balise non fermée <i>italique? et <font color='red'>rouge",
    "contrat": '<img src="http://example.com/pixel.png"> <a href="javascript:alert(1)">clic</a>'
               " <script>alert('x')</script>",
    "consultation": f"Un mot très long : {LONG_WORD} et une adresse {LONG_URL} .",
    "synthese": "Émoji : 👍 et 🦄 ; symboles œ € « guillemets » l’apostrophe.",
    "partage": "Hébreu : שלום עולם ; arabe : مرحبا.",
    "feedback": "",
}


def build(store, tmp_path, **options):
    out = tmp_path / "livret.pdf"
    result = build_booklet(store, BookletOptions(**options), out,
                           templates=load_templates(user_dir=None))
    return out, result


def test_hostile_notes_come_back_literally(store, tmp_path):
    require_poppler()
    small_journal(store, notes=HOSTILE)
    out, _ = build(store, tmp_path, parts=frozenset({"sessions"}))
    text = norm(pdftotext(out))
    for literal in ("<b>pas gras</b>", "</para>", "&amp;", "& seul", "]]>",
                    "<i>italique?", "<font color='red'>rouge",
                    '<img src="http://example.com/pixel.png">',
                    '<a href="javascript:alert(1)">clic</a>', "<script>alert('x')</script>",
                    "œ € « guillemets » l’apostrophe", "שלום עולם"):
        assert literal in text, literal
    assert squash(LONG_WORD) in squash(text)
    assert squash(LONG_URL) in squash(text)


def test_emoji_print_and_missing_glyphs_are_named(store, tmp_path):
    """An emoji prints from the emoji font; a character no font has prints as its
    name (tests/booklet/test_print_emoji.py has the rest)."""
    require_poppler()
    small_journal(store, notes={"expose": "avant 👍 après 𓀀 fin"})
    out, _ = build(store, tmp_path, parts=frozenset({"sessions"}))
    assert "avant 👍 après [EGYPTIAN HIEROGLYPH A001] fin" in norm(pdftotext(out))


def test_a_200000_character_paragraph_builds_and_is_all_there(store, tmp_path):
    require_poppler()
    sentence = "Une phrase de la séance, avec son accent. "
    text = (sentence * (200_000 // len(sentence) + 1))[:200_000] + " FIN-DU-TEXTE"
    small_journal(store, notes={"expose": text})
    out, result = build(store, tmp_path, parts=frozenset({"sessions"}))
    assert result.pages > 40
    back = squash(pdftotext(out))
    assert "FIN-DU-TEXTE" in back
    for margin in ("Personneletconfidentiel", "CARNETDEBORD", "Séance1/6·10janv.2025"):
        back = back.replace(margin, "")  # running header and footer between pages
    back = re.sub(r"\d+", "", back)  # page numbers
    assert squash(text.replace("FIN-DU-TEXTE", "")) in back


def test_markdown_is_rendered_but_never_fetches_or_links(store, tmp_path):
    require_poppler()
    note = ("# Titre\n\nDu **gras**, de l’*italique*, `code`.\n\n- un\n- deux\n\n"
            "> une citation\n\n[le site](https://exemple.fr) et ![photo](file:///etc/passwd)"
            "\n\n```\nif a < b && c:\n    <b>bloc</b>\n```")
    small_journal(store, notes={"expose": note})
    out, _ = build(store, tmp_path, parts=frozenset({"sessions"}))
    text = norm(pdftotext(out))
    assert "Titre" in text and "# Titre" not in text
    assert "Du gras, de l’italique, code." in text
    assert "• un" in text and "• deux" in text
    assert "une citation" in text
    assert "le site (https://exemple.fr)" in text
    assert "[image : photo]" in text
    assert "if a < b && c: <b>bloc</b>" in text
    data = out.read_bytes()
    assert b"/URI" not in data and b"/Link" not in data.replace(b"/Dest", b"")
    assert b"root:" not in data  # /etc/passwd was not read


def test_user_text_in_every_other_place_is_escaped_too(store, tmp_path):
    require_poppler()
    session = small_journal(store)
    store.learnings.add(Learning(session_id=session.id, text="<b>appris</b> & retenu",
                                 starred=True, tags=["<tag>"]))
    store.actions.add(Action(session_id=session.id, title="</para> agir",
                             due_date=date(2025, 2, 1), outcome="]]> résultat &amp;"))
    store.keywords.set(session.id, "<mot>")
    store.feelings.add(Feeling(session_id=session.id, moment="before", emotion="joy",
                               intensity=4, text="<i>content</i>"))
    out, _ = build(store, tmp_path)
    text = norm(pdftotext(out))
    for literal in ("<b>appris</b> & retenu", "<tag>", "</para> agir", "]]> résultat &amp;",
                    "« <mot> »", "<i>content</i>"):
        assert literal in text, literal


def test_empty_steps_and_an_empty_journal_build(store, tmp_path):
    require_poppler()
    out, result = build(store, tmp_path)
    assert result.pages >= 3
    assert "Aucune séance" in norm(pdftotext(out))
    small_journal(store, notes={"expose": "", "clarification": "   \n\n  "})
    out, result = build(store, tmp_path)
    assert page_count(out) == result.pages


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=st.lists(TEXT, min_size=1, max_size=3), title=TEXT)
def test_any_text_makes_a_valid_pdf(store, notes, title):
    session = store.sessions.list()
    if not session:
        small_journal(store)
        session = store.sessions.list()
    session = session[0]
    session.title = title
    store.sessions.update(session)
    store.notes.save_many(session.id, dict(zip(("expose", "clarification", "contrat"), notes,
                                               strict=False)))
    result = render_booklet(store, BookletOptions(parts=frozenset({"toc", "sessions"})),
                            templates=load_templates(user_dir=None))
    assert result.data.startswith(b"%PDF-") and result.data.rstrip().endswith(b"%%EOF")
    assert result.pages >= 2


@pytest.mark.parametrize("text", ["\x00\x01\x1b[31m", "a\r\nb\rc", "👨\u200d👩\u200d👧", "\u202e" * 3])
def test_control_characters_never_break_the_build(store, text):
    small_journal(store, notes={"expose": text})
    result = render_booklet(store, BookletOptions(parts=frozenset({"sessions"})),
                            templates=load_templates(user_dir=None))
    assert result.pages >= 1


def test_the_replacement_character_is_one_the_font_has():
    from carnet.booklet.fonts import REPLACEMENT, clean, register_fonts, replacement_for

    covered = register_fonts()
    assert ord(REPLACEMENT) in covered
    assert clean("a\U0001f44db") == "a\U0001f44db"  # printed by the emoji font
    assert clean("a\U00013000b") == "a[EGYPTIAN HIEROGLYPH A001]b"
    assert clean("a\ud800b") == f"a{REPLACEMENT}b"  # a lone surrogate has no name
    assert replacement_for(frozenset({0x25A1})) == "\u25a1"
    assert replacement_for(frozenset()) == "?"


def test_a_huge_session_title_keeps_its_chapter_in_the_contents(store, tmp_path):
    require_poppler()
    session = small_journal(store)
    session.title = "Titre interminable " * 5000
    store.sessions.update(session)
    out, result = build(store, tmp_path, parts=frozenset({"toc", "sessions"}))
    assert f"session-{session.id}" in result.chapter_pages
    assert "Titre interminable" in pdftotext(out, 1, 1)  # in the contents, shortened
