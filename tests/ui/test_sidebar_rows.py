"""The sidebar and Home after the unlock work of issue 14: what they show is unchanged.

The sidebar lists sessions from a lean read (no themes until a tooltip asks): every
session of a group is there when it is expanded, a session added after the unlock
appears, a search result in a collapsed group is revealed and selected, a tooltip
still names the themes. Home builds only the dozen actions it shows and says how many
more there are.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from ui_helpers import MARKER, type_text, unlock_through_ui

from carnet.domain import Action, ActionStatus, Cadence, Group, Session, SessionStatus
from carnet.store import JournalStore
from carnet.ui import formats
from carnet.ui.home_view import MAX_ROWS
from carnet.ui.models.journal_tree import ID_ROLE, KIND_ROLE, STATUS_ROLE
from carnet.ui.models.search_results import HIT_ROLE

TODAY = date.today()


def _open(qtbot, make_window, path, passphrase):
    window = make_window(extensions=True)
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    return window


def _rows(model, parent):
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


@pytest.fixture
def journal(journal_path, passphrase):
    """Three groups of twelve sessions (past held or missed, later planned), themes on
    some, and « Gamma » with fifteen open actions due before its next session."""
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        ids: dict[str, object] = {}
        for g, name in enumerate(("Alpha", "Beta", "Gamma")):
            group = store.groups.add(Group(name=name, template_id="codev",
                                           cadence=Cadence(), planned_sessions=10))
            sessions = store.sessions.add_many([
                Session(group.id, n, TODAY + timedelta(days=30 * (n - 9) + g),
                        status=(SessionStatus.PLANNED if n >= 9 else
                                SessionStatus.MISSED if n == 4 else SessionStatus.HELD),
                        themes=[f"thème {MARKER}", "délégation"] if n == 5 else [])
                for n in range(1, 13)])
            ids[name] = group.id
            ids[f"{name} sessions"] = [s.id for s in sessions]
        gamma = ids["Gamma sessions"]
        for k in range(MAX_ROWS + 3):
            store.actions.add(Action(gamma[3], f"Action {k:02d} <b>&</b>",
                                     due_date=TODAY - timedelta(days=k % 5)))
        return journal_path, ids
    finally:
        store.close()


def test_expanding_a_group_lists_all_its_sessions_in_order(qtbot, make_window, journal,
                                                            passphrase):
    path, ids = journal
    window = _open(qtbot, make_window, path, passphrase)
    tree, model = window.workspace.sidebar.tree, window.workspace.sidebar.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Alpha", "Beta", "Gamma"]
    group = model.index_of_group(ids["Beta"])
    assert tree.isExpanded(group)  # as at every first unlock: every group open
    tree.collapse(group)
    assert not tree.isExpanded(group)
    tree.expand(group)
    rows = _rows(model, group)
    expected = window.store.sessions.list_by_group(ids["Beta"])
    assert [index.data(ID_ROLE) for index in rows] == [s.id for s in expected]
    assert len(rows) == 12
    for index, session in zip(rows, expected, strict=True):
        assert index.data(KIND_ROLE) == "session"
        assert index.data(STATUS_ROLE) == session.status.value
        assert index.data(Qt.ItemDataRole.AccessibleTextRole) == (
            f"{formats.session_label(session.number, 10)}, "
            f"{formats.format_date(session.date, 'long')}, "
            f"{formats.session_status_label(session.status)}")
        assert index.data().startswith(f"{session.number}")
        assert tree.visualRect(index).height() > 0  # laid out, on the tree's rows


def test_a_tooltip_names_the_sessions_themes(qtbot, make_window, journal, passphrase):
    path, ids = journal
    window = _open(qtbot, make_window, path, passphrase)
    model = window.workspace.sidebar.model
    themed = model.index_of_session(ids["Alpha sessions"][4])
    plain = model.index_of_session(ids["Alpha sessions"][3])
    tip = themed.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[-1] == f"thème {MARKER}, délégation"
    assert "Held" in tip
    # Control: a session without themes has no themes line.
    assert plain.data(Qt.ItemDataRole.ToolTipRole).splitlines()[-1] == "Missed"
    window.lock()
    assert model.rowCount() == 0  # nothing left to ask the closed journal about


def test_a_session_added_after_the_unlock_appears_selected(qtbot, make_window, journal,
                                                            passphrase):
    path, ids = journal
    window = _open(qtbot, make_window, path, passphrase)
    sidebar = window.workspace.sidebar
    group = sidebar.model.index_of_group(ids["Alpha"])
    sidebar.tree.collapse(group)
    before = sidebar.model.rowCount(group)
    for session_id in ids["Alpha sessions"][8:]:  # no planned meeting left to open
        session = window.store.sessions.get(session_id)
        session.status = SessionStatus.MISSED
        window.store.sessions.update(session)
    new_id = window.workspace.new_session(ids["Alpha"])
    assert new_id is not None
    group = sidebar.model.index_of_group(ids["Alpha"])
    assert sidebar.model.rowCount(group) == before + 1
    index = sidebar.model.index_of_session(new_id)
    assert index.parent() == group  # in its place by date (dated today: among the others)
    assert sidebar.tree.currentIndex() == index and sidebar.tree.isExpanded(group)
    assert sidebar.selected() == ("session", new_id)


def test_a_search_result_in_a_collapsed_group_is_revealed_and_selected(
        qtbot, make_window, journal, passphrase):
    path, ids = journal
    target = ids["Gamma sessions"][2]
    window = _open(qtbot, make_window, path, passphrase)
    window.store.notes.save(target, "expose", f"Une situation {MARKER} difficile")
    sidebar = window.workspace.sidebar
    group = sidebar.model.index_of_group(ids["Gamma"])
    sidebar.tree.collapse(group)
    assert not sidebar.tree.isExpanded(group)
    field = window.search_field
    field.setFocus()
    type_text(qtbot, field, MARKER)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    view = window.workspace.view("search")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    rows = [r for r in range(view.model.rowCount())
            if view.model.index(r, 0).data(HIT_ROLE).session_id == target]
    assert rows, "the note is found"
    view.results.setFocus()
    view.results.setCurrentIndex(view.model.index(rows[0], 0))
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.current_session_id == target)
    index = sidebar.model.index_of_session(target)
    assert sidebar.tree.isExpanded(index.parent())
    assert sidebar.tree.currentIndex() == index
    assert sidebar.selected() == ("session", target)


def test_home_shows_the_first_actions_and_how_many_more(qtbot, make_window, journal,
                                                         passphrase):
    path, _ids = journal
    window = _open(qtbot, make_window, path, passphrase)
    home = window.workspace.home
    due = window.store.actions.list(open_only=True, due_by=home._next.date)
    assert len(due) == MAX_ROWS + 3

    def escaped(action) -> str:
        return action.title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    text = home.actions_list.text()
    assert all(escaped(a) in text for a in due[:MAX_ROWS])  # the first dozen, in order
    assert [text.index(escaped(a)) for a in due[:MAX_ROWS]] == sorted(
        text.index(escaped(a)) for a in due[:MAX_ROWS])
    assert not any(escaped(a) in text for a in due[MAX_ROWS:])
    assert "and 3 more" in text
    # Control: with no more than a screenful, no « more » line, every one shown.
    for action in due[MAX_ROWS:]:
        action.status = ActionStatus.DONE
        window.store.actions.update(action)
    home.refresh()
    text = home.actions_list.text()
    assert "more" not in text and all(escaped(a) in text for a in due[:MAX_ROWS])
