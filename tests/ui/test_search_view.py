"""Search while typing in the toolbar field, filters, the way back to the text."""

from __future__ import annotations

import html
from datetime import timedelta

import pytest
from insights_helpers import HOSTILE, build_journal, open_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QAbstractItemModelTester
from ui_helpers import type_text

from carnet.domain import Role
from carnet.store.search import HIGHLIGHT_END, HIGHLIGHT_START
from carnet.ui.models.search_results import (
    HIT_ROLE,
    HTML_ROLE,
    SearchResultsModel,
    snippet_html,
    snippet_plain,
)
from carnet.ui.search_view import effective_query


@pytest.fixture
def journal(journal_path, passphrase):
    return journal_path, build_journal(journal_path, passphrase)


@pytest.fixture
def window(qtbot, make_window, journal, passphrase):
    path, ids = journal
    window = open_window(qtbot, make_window, path, passphrase)
    window.ids = ids
    return window


def _search_view(window):
    return window.workspace.view("search")


def _showing_search(window) -> bool:
    return window.workspace is not None and window.workspace.location()[0] == "search"


def _type_query(qtbot, window, text: str):
    """Type into the toolbar field key by key; wait for the debounced results."""
    field = window.search_field
    field.setFocus()
    field.clear()
    type_text(qtbot, field, text)
    qtbot.waitUntil(lambda: _showing_search(window) and _search_view(window).query == text,
                    timeout=3000)
    return _search_view(window)


def _hits(view):
    return [view.model.index(r).data(HIT_ROLE) for r in range(view.model.rowCount())]


def _plain(view) -> list[str]:
    return [snippet_plain(h.snippet) for h in _hits(view)]


# -- typing -----------------------------------------------------------------------------------
def test_typing_without_accents_finds_delegation(qtbot, window):
    qtbot.keyClicks(window.search_field, "delegation")
    qtbot.waitUntil(lambda: _showing_search(window)
                    and _search_view(window).query == "delegation", timeout=3000)
    view = _search_view(window)
    texts = _plain(view)
    assert any("Je travaille la délégation" in t for t in texts)
    assert any("groupe RPM" in t for t in texts)
    assert {h.kind for h in _hits(view)} == {"note", "learning", "topic", "feeling"}
    assert "délégation" in view.model.index(0).data(HTML_ROLE)


def test_a_prefix_with_accents_and_any_case_finds_it_too(qtbot, window):
    for query in ("délég", "DELEG", "Délég"):
        view = _type_query(qtbot, window, query)
        texts = _plain(view)
        assert any("Je travaille la délégation" in t for t in texts), query
        assert any("Déléguer le planning" in t for t in texts), query  # « déléguer » too


def test_one_letter_waits_and_return_searches_at_once(qtbot, window):
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "d")
    timer = window.insights.timer
    assert timer.isActive()  # control: the letter started the debounce…
    qtbot.waitUntil(lambda: not timer.isActive())  # …which ran out: one letter searches nothing
    assert window.workspace.location() == ("home", None)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert _showing_search(window)
    view = _search_view(window)
    assert view.model.rowCount() == 0
    assert "two letters" in view.status.text()


def test_results_show_kind_group_session_and_date(qtbot, window):
    view = _type_query(qtbot, window, "travaille")
    hits = _hits(view)
    assert len(hits) == 1
    text = view.model.index(0).data()
    assert text.startswith("Note · ")
    assert "Codev Alpha" in text
    assert "session 2" in text
    session = window.store.sessions.get(window.ids["a"][1])
    from carnet.ui import formats

    assert formats.format_date(session.date) in text
    assert "1 result" in view.status.text()


def test_down_moves_from_the_field_into_the_results(qtbot, window):
    view = _type_query(qtbot, window, "delegation")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert view.results.hasFocus()
    assert view.results.currentIndex().row() == 0


# -- the way back to the text ----------------------------------------------------------------------
def test_activating_a_note_opens_its_session_at_the_step(qtbot, window):
    view = _type_query(qtbot, window, "travaille")
    view.results.setFocus()
    view.results.setCurrentIndex(view.model.index(0))
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    session_id = window.ids["a"][1]
    qtbot.waitUntil(lambda: window.workspace.current_session_id == session_id)
    editor = window.workspace.session_editor
    section = editor.sections["synthese"]
    text_edit = section.body.editor

    def at_the_step() -> bool:
        return text_edit.hasFocus() and text_edit.textCursor().selectedText() == "travaille"

    qtbot.waitUntil(at_the_step)
    scroll = section.parentWidget()
    while scroll is not None and not hasattr(scroll, "verticalScrollBar"):
        scroll = scroll.parentWidget()
    top = section.mapTo(scroll.widget(), section.rect().topLeft()).y()
    bar = scroll.verticalScrollBar()
    assert bar.value() == min(max(0, top - 16), bar.maximum())
    assert bar.value() > 0


def test_activating_a_learning_opens_the_learnings_step(qtbot, window):
    view = _type_query(qtbot, window, "prepare")
    row = next(r for r, h in enumerate(_hits(view)) if h.kind == "learning")
    view.results.activated.emit(view.model.index(row))
    session_id = window.ids["a"][2]
    qtbot.waitUntil(lambda: window.workspace.current_session_id == session_id)
    editor = window.workspace.session_editor
    learnings = next(s for s in editor.sections.values() if s.step.kind.value == "learnings")

    def on_the_learning() -> bool:
        focused = window.focusWidget()
        return (focused is not None and learnings.isAncestorOf(focused)
                and focused.textCursor().selectedText() == "prépare"
                and focused.toPlainText() == "La délégation se prépare")

    qtbot.waitUntil(on_the_learning)


def test_activating_a_backlog_topic_opens_the_groups_next_session(qtbot, window):
    view = _type_query(qtbot, window, "planning")
    row = next(r for r, h in enumerate(_hits(view)) if h.kind == "topic")
    view.results.activated.emit(view.model.index(row))
    planned = window.ids["a"][3]
    qtbot.waitUntil(lambda: window.workspace.current_session_id == planned)


# -- filters ------------------------------------------------------------------------------------
def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_filters_narrow_the_results(qtbot, window):
    view = _type_query(qtbot, window, "délég")
    everything = {(h.kind, h.ref_id) for h in _hits(view)}
    ids = window.ids

    _choose(view.group_combo, ids["beta"])
    assert [(h.kind, h.session_id) for h in _hits(view)] == [("note", ids["b"][0])]
    _choose(view.group_combo, 0)

    _choose(view.kind_combo, "learning")
    assert {h.kind for h in _hits(view)} == {"learning"}
    _choose(view.kind_combo, "")

    _choose(view.role_combo, Role.CLIENT.value)
    assert {h.session_id for h in _hits(view)} == {ids["a"][1]}
    _choose(view.role_combo, "")

    _choose(view.tag_combo, "délégation")
    tagged = {(h.kind, h.session_id) for h in _hits(view)}
    assert ("learning", ids["a"][2]) in tagged  # the learning carries the tag
    assert ("note", ids["a"][1]) in tagged  # its session has the theme
    assert ("note", ids["b"][0]) not in tagged
    _choose(view.tag_combo, "")

    third = window.store.sessions.get(ids["a"][2])
    from carnet.ui import formats

    view.from_date.setDate(formats.qdate(third.date - timedelta(days=1)))
    view.from_check.setChecked(True)
    assert {h.session_id for h in _hits(view)} == {ids["a"][2]}
    view.from_check.setChecked(False)
    second = window.store.sessions.get(ids["a"][1])
    view.to_date.setDate(formats.qdate(second.date))
    view.to_check.setChecked(True)
    assert {h.session_id for h in _hits(view)} == {ids["b"][0], ids["a"][1]}
    view.to_check.setChecked(False)

    assert {(h.kind, h.ref_id) for h in _hits(view)} == everything


# -- changes and safety ------------------------------------------------------------------------------
def test_a_deleted_or_emptied_note_leaves_the_results(qtbot, window):
    view = _type_query(qtbot, window, "travaille")
    assert view.model.rowCount() == 1
    window.store.notes.save(window.ids["a"][1], "synthese", "")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert view.model.rowCount() == 0
    assert "Nothing found" in view.status.text()

    view = _type_query(qtbot, window, "groupe RPM")
    assert view.model.rowCount() == 1
    window.store.notes.delete(window.ids["b"][0], "exploration")
    window.go_home()
    window.show_view("search")  # coming back searches again
    assert view.model.rowCount() == 0


def test_a_snippet_is_escaped_before_the_match_is_bolded(qtbot, window):
    view = _type_query(qtbot, window, "zanzibar")
    assert view.model.rowCount() == 1
    rich = view.model.index(0).data(HTML_ROLE)
    assert "<script" not in rich and "<b>x</b>" not in rich
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;" in rich
    assert "<b>zanzibar</b>" in rich
    doc = QTextDocument()
    doc.setHtml(rich)
    assert "<b>x</b> & <script>alert(1)</script> zanzibar" in doc.toPlainText()
    assert HOSTILE in view.model.index(0).data(Qt.ItemDataRole.ToolTipRole)


def test_lone_letters_are_left_out_when_longer_words_are_there():
    assert effective_query("réunion d'équipe") == "réunion équipe"
    assert effective_query("charge d") == "charge"
    assert effective_query("dé") == "dé"
    assert effective_query("  délégation  ") == "délégation"
    assert effective_query("a b") == "a b"


def test_snippet_html_on_its_own():
    marked = f"a <i>&amp; {HIGHLIGHT_START}dé{HIGHLIGHT_END}l\n{HIGHLIGHT_START}x"
    assert snippet_html(marked) == "a &lt;i&gt;&amp;amp; <b>dé</b>l <b>x</b>"
    assert snippet_plain(marked) == "a <i>&amp; dél x"


def test_the_query_is_kept_nowhere(qtbot, window, settings, isolated_home, journal_path):
    _type_query(qtbot, window, "zanzibar")
    window.lock()
    assert window.search_field.text() == ""
    settings.sync()
    needle = b"zanzibar"
    for path in [*isolated_home.rglob("*"), *journal_path.parent.rglob("*")]:
        if path.is_file():
            assert needle not in path.read_bytes(), path


def test_lock_drops_the_results_and_typing_then_does_nothing(qtbot, window, passphrase):
    view = _type_query(qtbot, window, "delegation")
    assert view.model.rowCount() > 0
    window.lock()
    assert window.workspace is None
    window.search_field.setText("delegation")  # disabled while locked; nothing must break
    assert not window.insights.timer.isActive()  # no search waits to run on a locked journal
    assert window.workspace is None


def test_results_model_passes_the_model_tester(qtbot, window):
    view = _type_query(qtbot, window, "delegation")
    QAbstractItemModelTester(view.model,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    _type_query(qtbot, window, "zanzibar")
    fresh = SearchResultsModel()
    QAbstractItemModelTester(fresh, QAbstractItemModelTester.FailureReportingMode.Fatal)
    fresh.set_hits([view.model.index(0).data(HIT_ROLE)], ["Note"])
    fresh.clear()
    assert html.escape("<") == "&lt;"


# -- many results: the first page at once, the rest as the list scrolls ---------------------------
def _add_learnings(window, count: int, word: str = "zéphyrine") -> list[int]:
    """``count`` learnings holding ``word``, oldest first; their ids."""
    from carnet.domain import Learning

    session_id = window.ids["a"][0]
    return [window.store.learnings.add(Learning(session_id, f"{word} numéro {n}")).id
            for n in range(count)]


def _scroll_to_the_end(qtbot, view) -> None:
    """As a person does: the scroll bar to its end until nothing more comes."""
    bar = view.results.verticalScrollBar()
    for _ in range(20):
        rows = view.model.rowCount()
        bar.setValue(bar.maximum())
        qtbot.wait(1)  # the list's fetch timer
        if view.model.rowCount() == rows and not view.model.canFetchMore():
            return
    raise AssertionError("the list kept fetching")


def test_many_results_come_a_page_at_a_time_and_all_of_them_scroll_in(qtbot, window):
    from carnet.ui.models.search_results import PAGE
    from carnet.ui.search_view import LIMIT

    ids = _add_learnings(window, 75)
    view = _type_query(qtbot, window, "zéphyrine")
    assert view.model.total == 75
    assert "75 results" in view.status.text()  # the true total, not the page
    assert PAGE <= view.model.rowCount() < 75  # control: only a first page is listed
    _scroll_to_the_end(qtbot, view)
    hits = _hits(view)
    assert [h.ref_id for h in hits] == list(reversed(ids))  # every one, newest first, once
    assert "75 results" in view.status.text()
    # The same as one search of them all.
    assert hits == window.store.search("zéphyrine", limit=LIMIT)


def test_past_a_hundred_the_hundred_most_recent_are_listed(qtbot, window):
    from carnet.ui.search_view import LIMIT

    ids = _add_learnings(window, LIMIT + 23)
    view = _type_query(qtbot, window, "zéphyrine")
    assert view.model.total == LIMIT
    assert f"The {LIMIT} most recent results" in view.status.text()
    view.model.fetch_all()
    assert [h.ref_id for h in _hits(view)] == list(reversed(ids))[:LIMIT]
    assert not view.model.canFetchMore()


def test_a_result_past_the_first_page_opens_its_session(qtbot, window):
    from carnet.domain import Learning
    from carnet.ui.models.search_results import PAGE

    oldest = window.store.learnings.add(
        Learning(window.ids["a"][2], "zéphyrine la première")).id
    _add_learnings(window, PAGE + 10)
    view = _type_query(qtbot, window, "zéphyrine")
    assert oldest not in [h.ref_id for h in _hits(view)]  # control: not on the first page
    view.results.setFocus()
    view.results.setCurrentIndex(view.model.index(0))
    for _ in range(10):  # the keyboard to the end of the list: it fetches what follows
        qtbot.keyClick(view.results, Qt.Key.Key_End)
        if not view.model.canFetchMore():
            break
        qtbot.wait(1)
    qtbot.keyClick(view.results, Qt.Key.Key_End)
    last = view.results.currentIndex()
    assert last.row() == view.model.rowCount() - 1 == PAGE + 10
    assert last.data(HIT_ROLE).ref_id == oldest
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.current_session_id == window.ids["a"][2])


def test_a_result_gone_between_two_pages_is_not_counted(qtbot, window):
    from carnet.ui.models.search_results import PAGE

    ids = _add_learnings(window, PAGE + 5)
    view = _type_query(qtbot, window, "zéphyrine")
    assert f"{PAGE + 5} results" in view.status.text()
    for learning_id in ids[:3]:  # the oldest three, not listed yet, leave the journal
        window.store.learnings.delete(learning_id)
    view.model.fetch_all()
    assert [h.ref_id for h in _hits(view)] == list(reversed(ids[3:]))
    assert view.model.total == PAGE + 2
    assert f"{PAGE + 2} results" in view.status.text()  # says what is there
