"""How a search result is painted (issue 18): text laid out, never read as markup; the
match in bold where it is (emoji before it, right-to-left text); long snippets elided;
a row laid out again only when what it shows changed; light, dark and selected colours."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import pytest
from insights_helpers import HOSTILE, build_journal, open_window
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from ui_helpers import type_text

from carnet.store.search import HIGHLIGHT_END, HIGHLIGHT_START
from carnet.ui import style
from carnet.ui.models.search_results import (
    HIT_ROLE,
    META_ROLE,
    SearchResultsModel,
    snippet_html,
    snippet_plain,
    snippet_runs,
)
from carnet.ui.result_delegate import ELLIPSIS, ResultDelegate

HEBREW = "שלום לכולם, מילה בעברית"


@pytest.fixture
def window(qtbot, make_window, journal_path, passphrase):
    ids = build_journal(journal_path, passphrase)
    window = open_window(qtbot, make_window, journal_path, passphrase)
    window.ids = ids
    return window


def _search(qtbot, window, text: str):
    field = window.search_field
    field.setFocus()
    field.clear()
    type_text(qtbot, field, text)
    view = window.workspace.view("search")
    qtbot.waitUntil(lambda: window.workspace.location()[0] == "search"
                    and view.query == text and view.model.rowCount() > 0, timeout=5000)
    return view


def _option(view, index, *, selected: bool = False,
            palette: QPalette | None = None) -> QStyleOptionViewItem:
    """The option the list paints ``index`` with, the row at the image's top."""
    option = QStyleOptionViewItem()
    option.widget = view.results
    option.font = view.results.font()
    option.palette = palette if palette is not None else view.results.palette()
    option.state = QStyle.StateFlag.State_Enabled
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    height = view.delegate.sizeHint(option, index).height()
    option.rect = QRect(0, 0, view.results.viewport().width(), height)
    return option


def _render(delegate, option, index) -> QImage:
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


def _snippet_band(option) -> range:
    """The rows of pixels of the snippet's line (the second one)."""
    top = ResultDelegate.PAD_Y + QFontMetricsF(option.font).lineSpacing() + 1
    return range(int(top), option.rect.height() - ResultDelegate.PAD_Y + 2)


def _inked_columns(image: QImage, band: range) -> list[int]:
    background = image.pixel(image.width() - 2, band.start)
    return [x for x in range(image.width() - 4)
            if any(image.pixel(x, y) != background for y in band)]


def _first_difference(one: QImage, other: QImage, band: range) -> int:
    return next(x for x in range(one.width())
                if any(one.pixel(x, y) != other.pixel(x, y) for y in band))


def _cursor_x(layout, position: int) -> float:
    x = layout.lineAt(0).cursorToX(position)
    return x[0] if isinstance(x, tuple) else x


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _unmarked_twin(view, row: int) -> tuple[SearchResultsModel, object]:
    """The same hit, where it comes from included, with no highlight marks."""
    hit = view.model.index(row).data(HIT_ROLE)
    plain = hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    twin = SearchResultsModel()
    twin.set_hits([replace(hit, snippet=plain)], [view.model.index(row).data(META_ROLE)])
    return twin, twin.index(0)


# -- literal text ---------------------------------------------------------------------------------
def test_a_snippet_with_markup_is_painted_as_typed(qtbot, window):
    view = _search(qtbot, window, "zanzibar")
    index = view.model.index(0)
    option = _option(view, index)
    row = view.delegate.row_layout(option, index)
    assert row.texts()[1] == HOSTILE  # « <b>x</b> & <script>… » drawn as characters
    assert row.bold(1) == ["zanzibar"]  # and only the match in bold
    assert HOSTILE in index.data(Qt.ItemDataRole.AccessibleTextRole)  # what is spoken
    assert HOSTILE in row.toPlainText()

    # The pixels: the ink of the snippet's line is as wide as the literal text, far
    # wider than what a painter reading the markup would draw (the control).
    font = option.font
    bold = type(font)(font)
    bold.setWeight(bold.Weight.Bold)
    literal = (QFontMetricsF(font).horizontalAdvance(HOSTILE[:-len("zanzibar")])
               + QFontMetricsF(bold).horizontalAdvance("zanzibar"))
    markup_read = (QFontMetricsF(font).horizontalAdvance("Mot x & alert(1) ")
                   + QFontMetricsF(bold).horizontalAdvance("zanzibar"))
    assert literal - markup_read > 40  # the control tells the two apart
    ink = _inked_columns(_render(view.delegate, option, index), _snippet_band(option))
    drawn = ink[-1] + 1 - ink[0]
    assert abs(drawn - literal) <= 3, (drawn, literal)
    assert abs(drawn - markup_read) > 30


def test_a_cdata_end_and_ampersand_are_painted_as_typed(qtbot, window):
    window.store.notes.save(window.ids["a"][0], "expose", "fin ]]> & &amp; <i>quokka</i>")
    view = _search(qtbot, window, "quokka")
    index = view.model.index(0)
    row = view.delegate.row_layout(_option(view, index), index)
    assert row.texts()[1] == "fin ]]> & &amp; <i>quokka</i>"
    assert row.bold(1) == ["quokka"]
    assert "fin ]]> & &amp; <i>quokka</i>" in index.data(Qt.ItemDataRole.ToolTipRole)


# -- where the bold is --------------------------------------------------------------------------
S, E = HIGHLIGHT_START, HIGHLIGHT_END


@pytest.mark.parametrize("marked", [
    f"a <i>&amp; {S}dé{E}l\n{S}x",  # escaped text, a run left open at the end
    f"{S}un{S} deux{E} trois{E} {S}{E}quatre",  # a start inside a run, an end outside, empty
    f"🎉 {S}zéphyrine{E}{S}🚀{E} **gras** fin",  # emoji, two runs side by side, Markdown
    "rien de marqué",  # control: nothing bold
])
def test_the_runs_drawn_bold_are_those_the_rich_text_made_bold(marked):
    plain, runs = snippet_runs(marked)
    assert plain == snippet_plain(marked)
    bold = [html.unescape(b) for b in re.findall(r"<b>(.*?)</b>", snippet_html(marked))
            if b]  # an empty <b></b> draws nothing
    assert [plain[start:start + length] for start, length in runs] == bold
    assert bool(runs) == (S in marked)


# -- where the bold is --------------------------------------------------------------------------
def test_the_match_is_bold_where_it_is_after_emoji(qtbot, window):
    """Qt counts an emoji as two characters: the bold run must still start on the word."""
    before = "🎉🌍 avant "
    window.store.notes.save(window.ids["a"][0], "expose", f"{before}zéphyrine après 🚀")
    view = _search(qtbot, window, "zéphyrine")
    index = view.model.index(0)
    option = _option(view, index)
    row = view.delegate.row_layout(option, index)
    assert row.bold(1) == ["zéphyrine"]
    assert row.texts()[1] == f"{before}zéphyrine après 🚀"
    # Painted: the row differs from its twin without marks from the word on, not before.
    _twin, twin_index = _unmarked_twin(view, 0)  # the model kept alive while painted
    assert view.delegate.row_layout(_option(view, twin_index), twin_index).bold(1) == []
    band = _snippet_band(option)
    marked = _render(view.delegate, option, index)
    plain = _render(view.delegate, _option(view, twin_index), twin_index)
    word_x = ResultDelegate.PAD_X + _cursor_x(row.layouts[1], _utf16(before))
    differs = _first_difference(marked, plain, band)
    assert word_x - 2 <= differs <= word_x + 3, (differs, word_x)
    # The control: one character earlier (what counting in Python characters gives).
    assert differs > ResultDelegate.PAD_X + _cursor_x(row.layouts[1], _utf16(before) - 2)


def test_right_to_left_snippet_reads_from_the_right(qtbot, window):
    window.store.notes.save(window.ids["a"][0], "expose", HEBREW)
    view = _search(qtbot, window, "מילה")
    index = view.model.index(0)
    option = _option(view, index)
    row = view.delegate.row_layout(option, index)
    assert row.texts()[1] == HEBREW
    assert row.bold(1) == ["מילה"]
    body = row.layouts[1].textOption()
    assert body.textDirection() == Qt.LayoutDirection.RightToLeft
    # Control: a French snippet reads from the left.
    french = _search(qtbot, window, "zanzibar")
    french_row = french.delegate.row_layout(_option(french, french.model.index(0)),
                                            french.model.index(0))
    assert french_row.layouts[1].textOption().textDirection() == \
        Qt.LayoutDirection.LeftToRight
    assert not french.results.viewport().grab().isNull()  # painted, nothing raised


# -- long snippets ------------------------------------------------------------------------------
def test_a_long_snippet_is_elided_to_the_row_and_whole_in_the_tooltip(qtbot, window):
    long_words = " ".join(f"anticonstitutionnellement{n}" for n in range(14))
    window.store.notes.save(window.ids["a"][0], "expose", f"ornithorynque {long_words}")
    view = _search(qtbot, window, "ornithorynque")
    index = view.model.index(0)
    option = _option(view, index)
    row = view.delegate.row_layout(option, index)
    width = option.rect.width() - 2 * ResultDelegate.PAD_X
    shown = row.texts()[1]
    whole = index.data(Qt.ItemDataRole.ToolTipRole)
    assert shown.endswith(ELLIPSIS) and len(shown) < len(whole)
    assert whole.startswith(shown[:-1])  # the beginning, cut, never another text
    assert row.layouts[1].lineAt(0).naturalTextWidth() <= width
    assert row.bold(1) == ["ornithorynque"]
    # Control: a short one is drawn whole.
    short = _search(qtbot, window, "zanzibar")
    short_row = short.delegate.row_layout(_option(short, short.model.index(0)),
                                          short.model.index(0))
    assert not short_row.texts()[1].endswith(ELLIPSIS)


HEBREW_WORD = "אבגדהוזחטיכלמנסעפצקרשת"


@pytest.mark.parametrize(("note", "match"), [
    (" ".join([HEBREW_WORD + "א" * n for n in range(12)]) + " עטלף", "עטלף"),  # from the right
    ("ornithorynque " + " ".join([HEBREW_WORD + "ב" * n for n in range(12)]), "ornithorynque"),
], ids=["right-to-left", "left-to-right with a right-to-left run"])
def test_long_snippets_in_either_direction_are_elided_to_fit(qtbot, window, note, match):
    window.store.notes.save(window.ids["a"][0], "expose", note)
    view = _search(qtbot, window, match)
    index = view.model.index(0)
    option = _option(view, index)
    row = view.delegate.row_layout(option, index)
    shown, whole = row.texts()[1], index.data(Qt.ItemDataRole.ToolTipRole)
    assert shown.endswith(ELLIPSIS) and whole.startswith(shown[:-1])
    assert row.layouts[1].lineAt(0).naturalTextWidth() <= option.rect.width() - 2 * 12
    assert not view.results.viewport().grab().isNull()


# -- laid out once ------------------------------------------------------------------------------
def test_a_row_is_laid_out_again_only_when_it_changed(qtbot, window):
    view = _search(qtbot, window, "zanzibar")
    index = view.model.index(0)
    first = view.delegate.row_layout(_option(view, index), index)
    view.set_query("zanzib")  # another search, the same hit, the same word in bold
    index = view.model.index(0)
    assert view.delegate.row_layout(_option(view, index), index) is first
    # Control: the note changed, the row is laid out anew and shows the change.
    window.store.notes.save(window.ids["a"][2], "expose", "zanzibar, autrement dit")
    view.set_query("zanzibar")
    index = view.model.index(0)
    again = view.delegate.row_layout(_option(view, index), index)
    assert again is not first and again.texts()[1] == "zanzibar, autrement dit"
    # No result left, no row kept (they hold the journal's text); nor after locking.
    view.set_query("z")
    assert view.delegate._rows == {}
    view.set_query("zanzibar")
    view.delegate.row_layout(_option(view, view.model.index(0)), view.model.index(0))
    assert view.delegate._rows
    delegate = view.delegate
    window.lock()
    assert delegate._rows == {}


# -- colours ------------------------------------------------------------------------------------
def _kind_and_body_colours(view, option, index) -> tuple[QColor, QColor]:
    row = view.delegate.row_layout(option, index)
    return row.pieces[0][0].color, row.pieces[1][0].color


def test_colours_in_light_dark_and_selected_rows(qtbot, window):
    view = _search(qtbot, window, "zanzibar")
    index = view.model.index(0)
    light = QPalette(view.results.palette())
    light.setColor(QPalette.ColorRole.Text, QColor("#202020"))
    kind, body = _kind_and_body_colours(view, _option(view, index, palette=light), index)
    assert kind == QColor(style.ACCENT) and body == QColor("#202020")
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    kind, body = _kind_and_body_colours(view, _option(view, index, palette=dark), index)
    assert kind == QColor("#e8e8e8") == body  # the accent would not read on dark
    light.setColor(QPalette.ColorRole.HighlightedText, QColor("#fafafa"))
    kind, body = _kind_and_body_colours(
        view, _option(view, index, palette=light, selected=True), index)
    assert kind == QColor("#fafafa") == body
