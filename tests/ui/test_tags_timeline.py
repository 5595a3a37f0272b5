"""Themes and tags, the timeline of every session, and the « View » menu entries."""

from __future__ import annotations

import pytest
from insights_helpers import build_journal, open_window
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QScrollArea

from carnet.domain import SUGGESTED_THEMES
from carnet.ui.tags_view import ITEM_ROLE, TaggedItemsModel, TagListModel, tag_rows
from carnet.ui.timeline_view import SESSION_ID_ROLE, STATUS_ROLE, TimelineModel

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def window(qtbot, make_window, journal_path, passphrase):
    ids = build_journal(journal_path, passphrase)
    window = open_window(qtbot, make_window, journal_path, passphrase)
    window.ids = ids
    return window


def double_click(qtbot, view, index) -> None:
    """A real double click: press and release, then the second press (QTest's mouseDClick
    alone sends no first press, so the view would not know which item was pressed)."""
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _tags(window):
    window.insights.actions["tags"].trigger()
    assert window.workspace.location() == ("tags", None)
    return window.workspace.view("tags")


def _rows(model) -> list[tuple[str, str]]:
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


# -- themes and tags -----------------------------------------------------------------------------
def test_every_tag_with_its_count_and_unused_themes_greyed(qtbot, window):
    view = _tags(window)
    rows = _rows(view.tag_model)
    assert rows[:2] == [("délégation", "4"), ("Motivation", "1")]  # used first, by name
    names = [name.casefold() for name, _ in rows]
    assert names.count("motivation") == 1  # a used suggestion is not listed twice
    unused = [t for t in SUGGESTED_THEMES if t not in ("délégation", "motivation")]
    assert rows[2:] == [(t, "—") for t in unused]
    grey = view.tag_model.index(2, 0)
    assert grey.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert grey.data(Qt.ItemDataRole.FontRole).italic()
    assert view.tag_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    QAbstractItemModelTester(view.tag_model, FATAL)


def test_everything_under_a_tag_and_double_click_opens_it(qtbot, window):
    view = _tags(window)
    assert view.current_tag == "délégation"  # the first tag is shown at once
    items = [view.item_model.index(r, 0).data(ITEM_ROLE) for r in range(view.item_model.rowCount())]
    assert sorted(i.kind for i in items) == ["action", "learning", "session", "topic"]
    by_kind = {i.kind: i for i in items}
    assert by_kind["learning"].text == "La délégation se prépare"
    assert by_kind["action"].session_number == 2
    assert by_kind["topic"].group == "Codev Alpha" and by_kind["topic"].session_id is None
    QAbstractItemModelTester(view.item_model, FATAL)

    row = items.index(by_kind["learning"])
    double_click(qtbot, view.items, view.item_model.index(row, 1))
    qtbot.waitUntil(lambda: window.workspace.current_session_id == window.ids["a"][2])
    editor = window.workspace.session_editor
    learnings = next(s for s in editor.sections.values() if s.step.kind.value == "learnings")
    bar = editor.findChild(QScrollArea, "sessionScroll").verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)  # scrolled down to the learnings
    assert learnings.visibleRegion().boundingRect().height() > 0

    window.insights.actions["tags"].trigger()  # the topic of the backlog: its next session
    row = items.index(by_kind["topic"])
    double_click(qtbot, view.items, view.item_model.index(row, 1))
    qtbot.waitUntil(lambda: window.workspace.current_session_id == window.ids["a"][3])


def test_an_unused_theme_says_so(qtbot, window):
    view = _tags(window)
    assert view.select_tag("cohésion d'équipe")
    assert view.item_model.rowCount() == 0
    assert "Nothing is filed" in view.items_hint.text()
    assert view.select_tag("MOTIVATION")  # case does not matter
    assert view.item_model.rowCount() == 1


def test_a_new_tag_appears_when_the_view_is_shown_again(qtbot, window):
    _tags(window)
    learning = window.store.learnings.list_by_session(window.ids["a"][0])[0]
    learning.tags = ["écoute"]
    window.store.learnings.update(learning)
    window.go_home()
    view = _tags(window)
    assert ("écoute", "1") in _rows(view.tag_model)


def test_tag_models_on_their_own(qtbot):
    tags = TagListModel()
    QAbstractItemModelTester(tags, FATAL)
    tags.set_rows(tag_rows([("b", 2), ("A", 1)], suggested=("a", "c")))
    assert _rows(tags) == [("A", "1"), ("b", "2"), ("c", "—")]
    items = TaggedItemsModel()
    QAbstractItemModelTester(items, FATAL)


# -- the timeline ------------------------------------------------------------------------------------
def _timeline(window):
    window.insights.actions["timeline"].trigger()
    assert window.workspace.location() == ("timeline", None)
    return window.workspace.view("timeline")


def test_every_session_on_one_line_month_by_month(qtbot, window):
    view = _timeline(window)
    model = view.model
    QAbstractItemModelTester(model, FATAL)
    sessions = []
    for month in range(model.rowCount()):
        parent = model.index(month, 0)
        assert model.rowCount(parent) >= 1
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            sessions.append((index.data(SESSION_ID_ROLE), index.data(STATUS_ROLE),
                             model.index(row, 1, parent).data()))
    ids = window.ids
    all_ids = [s for s, _, _ in sessions]
    assert sorted(all_ids) == sorted(ids["a"] + ids["b"])
    dates = [window.store.sessions.get(s).date for s in all_ids]
    assert dates == sorted(dates)
    planned = [s for s, status, _ in sessions if status == "planned"]
    assert planned == [ids["a"][3]]


def test_planned_sessions_look_different(qtbot, window):
    view = _timeline(window)
    model = view.model
    last_month = model.index(model.rowCount() - 1, 0)
    planned = model.index(0, 0, last_month)
    assert planned.data(STATUS_ROLE) == "planned"
    assert planned.data(Qt.ItemDataRole.FontRole).italic()
    assert planned.data(Qt.ItemDataRole.ForegroundRole) is not None
    held = model.index(0, 0, model.index(0, 0))
    assert held.data(STATUS_ROLE) == "held"
    assert held.data(Qt.ItemDataRole.FontRole) is None
    assert "«\u00a0" not in model.index(0, 5, model.index(0, 0)).data()


def test_double_click_opens_the_session(qtbot, window):
    view = _timeline(window)
    model = view.model
    first_month = model.index(0, 0)
    index = model.index(0, 1, first_month)
    double_click(qtbot, view.tree, index)
    qtbot.waitUntil(lambda: window.workspace.current_session_id == index.data(SESSION_ID_ROLE))


def test_timeline_model_on_its_own(qtbot):
    model = TimelineModel()
    QAbstractItemModelTester(model, FATAL)
    assert model.rowCount() == 0 and model.parent(QModelIndex()) == QModelIndex()


# -- the menu ---------------------------------------------------------------------------------------------
def test_view_menu_entries_follow_home_and_the_lock(qtbot, window, passphrase):
    menu = window.menus["view"]
    texts = [a.text() for a in menu.actions()]
    start = texts.index(window.actions["home"].text())
    assert texts[start + 1 : start + 4] == ["Pro&gress", "T&hemes and tags", "T&imeline"]
    for key in ("progress", "tags", "timeline"):
        action = window.insights.actions[key]
        assert action.isEnabled() and not action.shortcut().isEmpty()
        action.trigger()
        assert window.workspace.location() == (key, None)
    window.lock()
    assert not any(window.insights.actions[k].isEnabled() for k in ("progress", "tags", "timeline"))
