"""fresh8's G3 (a trap): « 2*3*4 = 24 » typed in a table cell prints « 234 = 24 » (the 3 in italics).

fresh7's F9 fixed the product in a paragraph (``_PRODUCT`` in carnet/notes/normalise.py,
applied by ``_escape_start``); a table row's cells are written out without it, so the
Aperçu, the booklet and the sheets lose both stars in a table. (Adopted from branch
fresh8, tests/review8/.)"""

from test_booklet_helpers import norm, pdftotext, require_poppler, small_journal

from carnet.booklet import BookletOptions, build_booklet
from carnet.notes.normalise import to_portable
from carnet.notes.render import to_html
from carnet.templates import load_templates

NOTE = "| Qui | Calcul |\n|---|---|\n| J.B. | 2*3*4 = 24 |\n"


def test_a_product_in_a_table_cell_is_shown_as_typed():
    assert "2*3*4 = 24" in to_html("2*3*4 = 24")  # control: fixed in a paragraph
    html = to_html(NOTE)
    assert "2*3*4 = 24" in html, html
    assert "<em>gras</em>" in to_html("| a | b |\n|---|---|\n| *gras* | `2*3` |\n")  # control
    assert "2\\*3\\*4 = 24" in to_portable(NOTE)  # the export: any reader shows it so


def test_a_product_in_a_table_cell_is_printed_as_typed(store, tmp_path):
    require_poppler()
    small_journal(store, notes={"expose": NOTE})
    out = tmp_path / "livret.pdf"
    build_booklet(store, BookletOptions(parts=frozenset({"sessions"})), out,
                  templates=load_templates(user_dir=None))
    text = norm(pdftotext(out))
    assert "2*3*4 = 24" in text, text
