"""Themes and tags, the timeline of every session, and the « View » menu entries."""

from __future__ import annotations

import pytest
from insights_helpers import build_journal, open_window
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QScrollArea

from carnet.domain import SUGGESTED_THEMES
from carnet.ui.models.tags import ITEM_ROLE, TaggedItemsModel, TagListModel, tag_rows
from carnet.ui.models.timeline import SESSION_ID_ROLE, STATUS_ROLE, THEMES, TITLE, TimelineModel

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
    assert "«\u00a0" not in model.index(0, THEMES, model.index(0, 0)).data()


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


# -- reachable from the sidebar; one date style; the title column ----------------------------------
def test_the_sidebar_opens_progress_themes_and_timeline(qtbot, window):
    sidebar = window.workspace.sidebar
    for key in ("progress", "tags", "timeline"):
        button = sidebar.view_buttons[key]
        assert button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.workspace.location() == (key, None)
        assert button.isChecked() and not sidebar.home_button.isChecked()
        assert [k for k, b in sidebar.view_buttons.items() if b.isChecked()] == [key]
    qtbot.mouseClick(sidebar.home_button, Qt.MouseButton.LeftButton)
    assert window.workspace.location() == ("home", None)
    assert not any(b.isChecked() for b in sidebar.view_buttons.values())
    window.workspace.show_session(window.ids["a"][0])  # a session row: no view button lit
    window.show_view("tags")
    window.workspace.show_session(window.ids["a"][0])
    assert not any(b.isChecked() for b in sidebar.view_buttons.values())


def test_a_view_not_registered_has_no_sidebar_button(qtbot, make_window, journal_path, passphrase):
    from ui_helpers import unlock_through_ui

    build_journal(journal_path, passphrase)
    window = make_window()  # no extension installed: no progress, themes or timeline
    window.show()
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    assert not any(b.isVisible() for b in window.workspace.sidebar.view_buttons.values())
    assert window.workspace.sidebar.home_button.isVisible()


def test_themes_write_dates_as_everywhere_else(qtbot, window):
    from carnet.ui import formats

    view = _tags(window)
    rows = [view.item_model.index(r, 0).data(ITEM_ROLE) for r in range(view.item_model.rowCount())]
    dated = [r for r in range(len(rows)) if rows[r].day is not None]
    assert dated
    for r in dated:
        shown = view.item_model.index(r, 4).data()
        assert shown == formats.format_date(rows[r].day)
        assert "/" not in shown and str(rows[r].day.year) in shown
    timeline = _timeline(window)
    first = timeline.model.index(0, 0, timeline.model.index(0, 0))
    session = window.store.sessions.get(first.data(SESSION_ID_ROLE))
    assert first.data() == formats.format_date(session.date)


def test_the_timeline_shows_each_session_title(qtbot, window):
    session = window.store.sessions.get(window.ids["a"][0])
    session.title = "Déléguer <b>sans</b> tout lâcher & 🙂"
    window.store.sessions.update(session)
    window.go_home()
    view = _timeline(window)
    model = view.model
    assert model.headerData(TITLE, Qt.Orientation.Horizontal) == "Title"
    titles = {}
    for month in range(model.rowCount()):
        parent = model.index(month, 0)
        for row in range(model.rowCount(parent)):
            titles[model.index(row, 0, parent).data(SESSION_ID_ROLE)] = model.index(
                row, TITLE, parent)
    index = titles[window.ids["a"][0]]
    assert index.data() == "Déléguer <b>sans</b> tout lâcher & 🙂"  # plain text, as typed
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    assert titles[window.ids["a"][1]].data() == ""  # the control: an untitled session
    date_cell = index.siblingAtColumn(0)
    assert date_cell.data(Qt.ItemDataRole.ToolTipRole).endswith("Held")  # the status said
    assert date_cell.data(Qt.ItemDataRole.AccessibleTextRole).endswith("Held")
    assert index.siblingAtColumn(1).data().startswith(f"{session.number} · ")  # number first
