"""Constructs that printed differently than typed (each with its control):

* emoji in the preparation and check-in sheets' own paragraphs (titles, actions, the
  group's name) went through a one-font markup path: once the booklet printed emoji,
  they were empty boxes there and pdftotext lost them;
* CommonMark's hard break « \\ » at the end of a line printed its backslash;
* a long line in a code block ran past the preview's right edge (a scroll bar, the end of
  the line out of sight), while the booklet wraps it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from test_booklet_helpers import norm, pdftotext, require_poppler, small_journal

from carnet.booklet import BookletOptions, build_booklet
from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Group,
    Session,
    SessionStatus,
    Topic,
    TopicStatus,
)
from carnet.notes.normalise import to_portable
from carnet.notes.render import to_html
from carnet.templates import load_templates

TODAY = date(2025, 3, 1)


@pytest.fixture
def emoji_group(store):
    group = store.groups.add(Group(name="Codév 🎯", template_id="codev"))
    held = store.sessions.add(Session(group.id, 4, TODAY - timedelta(days=30),
                                      SessionStatus.HELD))
    upcoming = store.sessions.add(Session(group.id, 5, TODAY + timedelta(days=3)))
    action = store.actions.add(Action(held.id, "Déléguer 💪 le planning ✅",
                                      due_date=upcoming.date))
    store.actions.review(ActionReview(action.id, TODAY - timedelta(days=5), note="Revue 🙂 ok",
                                      status=ActionStatus.IN_PROGRESS))
    store.topics.add(Topic(title="Sujet 🎯 important", group_id=group.id, draft="Exposé 🙂",
                           session_id=upcoming.id, status=TopicStatus.SCHEDULED, priority=1))
    return group


def test_the_preparation_sheet_prints_emoji_in_its_own_paragraphs(store, emoji_group, tmp_path):
    require_poppler()
    from carnet.booklet.prep_sheet import build_prep_sheet
    from carnet.services.planning import prepare

    out = build_prep_sheet(prepare(store, TODAY, emoji_group.id), tmp_path / "prep.pdf", "fr")
    text = norm(pdftotext(out))
    for wanted in ("Codév 🎯", "Déléguer 💪 le planning ✅", "Revue 🙂 ok", "Sujet 🎯 important",
                   "Exposé 🙂"):
        assert wanted in text, wanted


def test_the_check_in_sheet_prints_emoji(store, emoji_group, tmp_path):
    require_poppler()
    from carnet.booklet.check_in_sheet import render_check_in_sheet
    from carnet.services.check_in import check_in

    out = tmp_path / "check.pdf"
    out.write_bytes(render_check_in_sheet(check_in(store, TODAY, group_id=emoji_group.id), "fr"))
    text = norm(pdftotext(out))
    for wanted in ("Codév 🎯", "Déléguer 💪 le planning ✅", "Sujet 🎯 important"):
        assert wanted in text, wanted


def test_markup_puts_emoji_in_their_font_and_escapes_the_rest():
    from carnet.booklet.fonts import EMOJI, clean, markup

    assert markup("a <b> & ]]>") == "a &lt;b&gt; &amp; ]]&gt;"  # control: no emoji
    assert markup(clean("a 🙂 <b>")) == f'a <font face="{EMOJI}">🙂</font> &lt;b&gt;'


# -- the backslash hard break -----------------------------------------------------------------


def test_a_backslash_line_end_is_a_line_break_not_a_printed_sign(store, tmp_path):
    require_poppler()
    note = "ligne un\\\nligne deux\n\n- item\\\n  suite"
    html = to_html(note)
    assert "ligne un<br" in html and "\\" not in html
    assert "item<br" in html
    assert to_portable(note) == "ligne un  \nligne deux\n\n- item  \n    suite"
    small_journal(store, notes={"expose": note})
    out = tmp_path / "livret.pdf"
    build_booklet(store, BookletOptions(parts=frozenset({"sessions"})), out,
                  templates=load_templates(user_dir=None))
    layout = [" ".join(line.split()) for line in pdftotext(out, layout=True).split("\n")]
    assert "ligne un" in layout and "ligne deux" in layout and "\\" not in "".join(layout)


@pytest.mark.parametrize(("note", "shown"), [
    ("ligne un\\\\\nligne deux", "ligne un\\<br"),  # an escaped backslash stays one
    ("fin du paragraphe\\", "fin du paragraphe\\</p>"),  # no next line: a sign
    ("C:\\dossier\\\n\nautre", "C:\\dossier\\</p>"),  # a blank line follows
])
def test_controls_a_backslash_that_is_not_a_break_stays(note, shown):
    assert shown in to_html(note)


# -- the preview ----------------------------------------------------------------------------


def test_a_long_code_line_wraps_in_the_preview(qtbot):
    from carnet.ui.markdown_view import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.resize(500, 400)
    editor.show()
    line = "x_" * 200
    editor.set_text(f"```\n{line}\ncourt\n```")
    editor.show_preview(True)
    qtbot.wait(10)
    document = editor.preview.document()
    assert document.idealWidth() <= document.textWidth() + 1
    assert editor.preview.horizontalScrollBar().maximum() == 0
    assert line in document.toPlainText().replace("\u2028", "").replace("\n", "")
    assert re.search(r"x_x_", document.toPlainText())


# -- numbers typed in an ordered list ---------------------------------------------------------

OUT_OF_SEQUENCE = "Points :\n1. un\n2. deux\n5. cinq\n6. six\n\n1) a\n2) b\nd) d"


def test_an_item_typed_out_of_sequence_keeps_its_number(store, tmp_path, qtbot):
    require_poppler()
    html = to_html(OUT_OF_SEQUENCE).replace("\n", "")
    assert '<ol start="5"><li>cinq</li><li>six</li></ol>' in html
    assert 'start="4"' in html and 'type="a"' in html  # « d) » after « 1) 2) »
    small_journal(store, notes={"expose": OUT_OF_SEQUENCE})
    out = tmp_path / "livret.pdf"
    build_booklet(store, BookletOptions(parts=frozenset({"sessions"})), out,
                  templates=load_templates(user_dir=None))
    lines = [" ".join(line.split()) for line in pdftotext(out, layout=True).split("\n")]
    for wanted in ("1. un", "2. deux", "5. cinq", "6. six", "1) a", "2) b", "d) d"):
        assert wanted in lines, wanted

    from carnet.ui.markdown_view import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_text(OUT_OF_SEQUENCE)
    editor.show_preview(True)
    labels = {}
    block = editor.preview.document().begin()
    while block.isValid():
        if block.textList() is not None:
            labels[block.text()] = block.textList().itemText(block)
        block = block.next()
    assert labels == {"un": "1.", "deux": "2.", "cinq": "5.", "six": "6.", "a": "1)",
                      "b": "2)", "d": "d)"}


@pytest.mark.parametrize(("note", "html"), [
    ("1. un\n1. deux\n1. trois", "<ol><li>un</li><li>deux</li><li>trois</li></ol>"),  # lazy
    ("3. trois\n4. quatre", '<ol start="3"><li>trois</li><li>quatre</li></ol>'),
    ("1. un\n   - sous\n2. deux", "<ol><li>un<ul><li>sous</li></ul></li><li>deux</li></ol>"),
])
def test_controls_numbers_in_sequence_make_one_list(note, html):
    assert to_html(note).replace("\n", "") == html


def test_the_export_keeps_the_typed_numbers():
    assert to_portable("1. un\n2. deux\n5. cinq") == "1. un\n2. deux\n5. cinq"


def test_unicode_line_separators_are_line_breaks(store, tmp_path):
    """U+2028 / U+2029 (an import, a paste kept raw) show as line breaks in Qt's preview;
    DejaVu draws them as nothing, so the booklet glued the two lines together."""
    require_poppler()
    from carnet.booklet.fonts import clean

    assert clean("a\u2028b\u2029c") == "a\nb\nc"
    assert clean("a\u2009b") == "a\u2009b"  # control: another space stays as typed
    assert "un<br" in to_html("un\u2028deux")
    small_journal(store, notes={"expose": "ligne un\u2028ligne deux\u2029ligne trois"})
    out = tmp_path / "livret.pdf"
    build_booklet(store, BookletOptions(parts=frozenset({"sessions"})), out,
                  templates=load_templates(user_dir=None))
    lines = [" ".join(line.split()) for line in pdftotext(out, layout=True).split("\n")]
    assert "ligne un" in lines and "ligne deux" in lines and "ligne trois" in lines
