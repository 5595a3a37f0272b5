"""A pipe table typed in a note is printed as a table, in the preview, the booklet and
the preparation sheet, with every cell; the Markdown export keeps it a Markdown table.

Controls: lines with pipes but no separator line stay text; « a | b » over « --- »
stays a line and a rule (never a table nor a heading)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from test_booklet_helpers import norm, pdftotext, require_poppler, small_journal

from carnet.booklet import BookletOptions, build_booklet
from carnet.booklet.mdrender import MarkdownRenderer
from carnet.booklet.note_tables import MAX_COLUMNS, TableBlock
from carnet.booklet.styles import shared_styles
from carnet.notes.normalise import read, split_row, to_portable
from carnet.notes.render import to_html
from carnet.templates import load_templates

NOTE = (
    "Mon tableau :\n"
    "| Qui | Quoi | Quand |\n"
    "|---|:-:|--:|\n"
    "| **moi** <b> & ]]> | `a|b` et a\\|b | demain 🙂 |\n"
    "| x | y | z | colonne en trop |\n"
    "| seule |\n"
    "fin du texte"
)


@pytest.fixture(autouse=True)
def _fonts():
    """The renderer alone (no build) needs the booklet's fonts registered, as a build does."""
    from carnet.booklet.fonts import register_fonts

    register_fonts()


def build(store, tmp_path, notes):
    small_journal(store, notes=notes)
    out = tmp_path / "livret.pdf"
    build_booklet(store, BookletOptions(parts=frozenset({"sessions"})), out,
                  templates=load_templates(user_dir=None))
    return out


# -- reading -----------------------------------------------------------------------------------


def test_a_table_right_after_text_is_read_as_a_table_with_every_cell():
    kinds = [line.kind for line in read(NOTE)]
    assert kinds == ["p", "blank", "row", "sep", "row", "row", "row", "blank", "p"]
    rows = [line.cells for line in read(NOTE) if line.kind == "row"]
    # the row with an extra cell widens the table; the short row is padded
    assert rows[0] == ["Qui", "Quoi", "Quand", ""]
    assert rows[2] == ["x", "y", "z", "colonne en trop"]
    assert rows[3] == ["seule", "", "", ""]
    assert split_row("| `a|b` et a\\|b | c |") == ["`a|b` et a\\|b", "c"]


@pytest.mark.parametrize("text", [
    "a | b\n---",  # a line then a rule
    "a | b\nc | d",  # pipes, no separator
    "| a |\n\n|---|",  # a blank line between
])
def test_controls_are_not_tables(text):
    assert not any(line.kind in ("row", "sep") for line in read(text))
    assert "<table" not in to_html(text)


def test_the_html_has_the_table_and_escapes_its_cells():
    html = to_html(NOTE)
    assert html.count("<table") == 1 and html.count("<tr>") == 4
    assert len(re.findall("<th[ >]", html)) == 4 and len(re.findall("<td[ >]", html)) == 12
    assert '<th align="center">Quoi</th>' in html and '<th align="right">Quand</th>' in html
    assert "<strong>moi</strong> &lt;b&gt; &amp; ]]&gt;" in html
    assert "<code>a|b</code> et a|b" in html
    assert "colonne en trop" in html
    assert "<p>Mon tableau :</p>" in html and "<p>fin du texte</p>" in html


def test_the_export_keeps_a_markdown_table():
    portable = to_portable(NOTE)
    assert "| Qui | Quoi | Quand |  |" in portable
    assert "| --- | :-: | --: | --- |" in portable
    # (« <b> » escaped: GitHub would take it for HTML, as in the rest of the export)
    assert "| **moi** \\<b> & ]]> | `a|b` et a\\|b | demain 🙂 |  |" in portable
    assert "Mon tableau :\n\n| Qui" in portable  # a blank line: every reader sees a table
    assert "<strong>moi</strong> &lt;b&gt;" in to_html(portable)  # read back the same


# -- the booklet ----------------------------------------------------------------------------


def test_the_booklet_prints_a_table_not_pipes(store, tmp_path):
    require_poppler()
    out = build(store, tmp_path, {"expose": NOTE})
    text = norm(pdftotext(out))
    assert "|" not in text.replace("a|b et a|b", "")
    for cell in ("moi <b> & ]]>", "a|b et a|b", "demain 🙂", "colonne en trop", "seule",
                 "Mon tableau :", "fin du texte"):
        assert cell in text, cell
    layout = pdftotext(out, layout=True)  # the rows, as a reader sees them
    assert re.search(r"Qui +Quoi +Quand", layout)
    assert re.search(r"moi <b> & ]]> +a\|b et a\|b +demain 🙂", layout)
    assert re.search(r"x +y +z +colonne en trop", layout)


def test_a_table_keeps_within_the_frame_and_wraps_long_cells():
    long_word = "Anticonstitutionnellement" * 6
    note = ("| a | b |\n|---|---|\n| " + "mot " * 200 + f"| {long_word} |")
    flowables = MarkdownRenderer(shared_styles()).render(note)
    block = next(f for f in flowables if isinstance(f, TableBlock))
    _, height = block.wrap(450, 10_000)
    (table,) = block.split(450, 10_000)
    assert sum(table._colWidths) <= 450.01
    assert table.wrap(450, 10_000)[0] <= 450.01
    assert height > 100  # the long cell wrapped over many lines


def test_huge_tables_build_and_keep_their_text(store, tmp_path):
    """200 KB of rows (a grid over many pages, the header repeated) and a 1 MB cell
    (row by row: a row taller than a page cannot be a grid)."""
    require_poppler()
    rows = ["| Quand | Quoi |", "|---|---|"]
    rows += [f"| ligne {i} | une action à mener avec soin, numéro {i} |" for i in range(3200)]
    huge = "| a | b |\n|---|---|\n| " + "mot " * 250_000 + "FIN-CELLULE | fin |"
    out = build(store, tmp_path, {"expose": "\n".join(rows) + "\nFIN-TABLE",
                                  "clarification": huge})
    text = pdftotext(out)
    assert "ligne 3199" in text and "FIN-TABLE" in text and "FIN-CELLULE" in text
    assert text.count("Quand") > 20  # the header on every page of the table
    assert "|" not in text


def test_too_many_columns_print_row_by_row_with_their_headers():
    columns = MAX_COLUMNS + 4
    note = ("| " + " | ".join(f"h{c}" for c in range(columns)) + " |\n"
            + "|" + "---|" * columns + "\n"
            + "| " + " | ".join(f"v{c}" for c in range(columns)) + " |")
    flowables = MarkdownRenderer(shared_styles()).render(note)
    block = next(f for f in flowables if isinstance(f, TableBlock))
    block.wrap(450, 700)
    texts = [part.getPlainText() for part in block.split(450, 10_000)
             if hasattr(part, "getPlainText")]
    for c in range(columns):
        assert f"h{c} : v{c}" in texts
    english = MarkdownRenderer(shared_styles(), "en").render(note)[0]
    english.wrap(450, 700)
    assert "h0: v0" in [part.getPlainText() for part in english.split(450, 10_000)
                        if hasattr(part, "getPlainText")]


def test_the_preparation_sheet_prints_the_table(store, tmp_path):
    require_poppler()
    from carnet.booklet.prep_sheet import build_prep_sheet
    from carnet.domain import Group, Session, Topic
    from carnet.services.planning import prepare

    today = date(2025, 3, 1)
    group = store.groups.add(Group(name="Codév", template_id="codev"))
    store.sessions.add(Session(group.id, 5, date(2025, 3, 4)))
    store.topics.add(Topic(title="Un cas", group_id=group.id, draft=NOTE, priority=1))
    out = build_prep_sheet(prepare(store, today, group.id), tmp_path / "prep.pdf", "fr")
    layout = pdftotext(out, layout=True)
    assert re.search(r"Qui +Quoi +Quand", layout) and re.search(r"x +y +z +colonne en trop",
                                                                 layout)
    assert "| Qui |" not in layout


# -- the preview ---------------------------------------------------------------------------


def test_the_preview_shows_a_table(qtbot):
    from PySide6.QtGui import QTextCursor

    from carnet.ui.markdown_view import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_text(NOTE)
    editor.show_preview(True)
    document = editor.preview.document()
    tables = []
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        cursor.setPosition(block.position())
        if cursor.currentTable() is not None and cursor.currentTable() not in tables:
            tables.append(cursor.currentTable())
        block = block.next()
    assert len(tables) == 1
    table = tables[0]
    assert (table.rows(), table.columns()) == (4, 4)

    def cell(r: int, c: int) -> str:
        first = table.cellAt(r, c).firstCursorPosition()
        last = table.cellAt(r, c).lastCursorPosition()
        first.setPosition(last.position(), QTextCursor.MoveMode.KeepAnchor)
        return first.selectedText()

    assert [cell(0, c) for c in range(3)] == ["Qui", "Quoi", "Quand"]
    assert cell(1, 0) == "moi <b> & ]]>"
    assert cell(1, 1) == "a|b et a|b"
    assert cell(2, 3) == "colonne en trop"
    assert "| Qui |" not in document.toPlainText()


# -- a table pasted from Word or a browser -----------------------------------------------------

PASTED = (
    "<p>Avant</p><table><caption>Légende</caption>"
    "<tr><th>Qui</th><th>Quoi</th></tr>"
    "<tr><td><p>moi</p><p>et <b>toi</b></p></td><td>a|b <i>x</i></td><td>en trop</td></tr>"
    "<tr><td>seul</td></tr></table><p>Après</p>"
)


def test_a_pasted_table_becomes_a_pipe_table():
    from carnet.notes.paste import html_to_markdown

    assert html_to_markdown(PASTED) == (
        "Avant\n\nLégende\n\n"
        "| Qui | Quoi |  |\n| --- | --- | --- |\n"
        "| moi et **toi** | a\\|b *x* | en trop |\n| seul |  |  |\n\nAprès")
    # a table inside a cell is its text; an empty table is nothing (controls)
    assert html_to_markdown("<table><tr><td>x<table><tr><td>in</td></tr></table>y</td>"
                            "<td>z</td></tr></table>") == "| x in y | z |\n| --- | --- |"
    assert html_to_markdown("<table><tr><td> </td></tr></table><p>rien</p>") == "rien"
    assert html_to_markdown("<p>a · b</p>") == "a · b"


def test_pasting_a_table_shows_a_table_in_the_preview(qtbot):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QTextCursor

    from carnet.ui.markdown_view import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setHtml(PASTED)
    mime.setText("Avant Qui Quoi moi et toi a|b x en trop seul Après")
    editor.editor.insertFromMimeData(mime)
    assert "| Qui | Quoi |  |" in editor.text()
    editor.show_preview(True)
    cursor = QTextCursor(editor.preview.document())
    block = editor.preview.document().begin()
    table = None
    while block.isValid() and table is None:
        cursor.setPosition(block.position())
        table = cursor.currentTable()
        block = block.next()
    assert table is not None and (table.rows(), table.columns()) == (3, 3)


def test_the_check_in_view_and_search_read_a_table_as_words():
    """The check-in view shows a topic's draft as plain text (strip_markdown): a table's
    rows read « a · b », its separator line goes; a line with a pipe inside stays."""
    from carnet.notes.plain import plain_snippet, strip_markdown

    assert strip_markdown(NOTE).split("\n") == [
        "Mon tableau :", "Qui · Quoi · Quand", "moi <b> & ]]> · a|b et a|b · demain 🙂",
        "x · y · z · colonne en trop", "seule", "fin du texte"]
    assert strip_markdown("a | b et c|d") == "a | b et c|d"  # control: not a row
    assert "---" not in plain_snippet("…| une \x02mission\x03 | x |\n|---|---|…")


def test_a_table_under_a_list_item_is_a_table_in_the_item():
    note = "- item\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n  suite\n- autre\n- trois"
    html = to_html(note).replace("\n", "")
    assert "<li><p>item</p><table" in html and "<td>1</td><td>2</td>" in html
    assert "<p>suite</p></li><li>autre</li><li>trois</li></ul>" in html
    # unindented, the table ends the list (control: before, both printed raw pipes)
    html = to_html("- item\n| a | b |\n|---|---|\n| 1 | 2 |").replace("\n", "")
    assert html.startswith("<ul><li>item</li></ul><table")
    assert "|" not in re.sub(r"<[^>]+>", "", html)


def test_a_header_alone_prints_no_empty_row():
    html = to_html("| a | b |\n|---|---|")
    assert "<tbody>" not in html and "<th" in html and "\ue015" not in html
    assert "<tbody>" in to_html("| a | b |\n|---|---|\n|  |  |")  # control: a typed empty row
    assert "\ue015" not in to_portable("| a | b |\n|---|---|")
    block = MarkdownRenderer(shared_styles()).render("| a | b |\n|---|---|")[0]
    block.wrap(450, 700)
    (table,) = block.split(450, 10_000)
    assert len(table._cellvalues) == 1
