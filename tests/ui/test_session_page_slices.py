"""The rest of a session's page comes in small pieces (issue 18): a key typed while the
page is built waits for one piece, never for a heavy part whole.

A heavy part is split: a step's section is made in one piece and placed (styled, laid
out) in the next, and a long list (30 actions) gets its stored rows a row per piece.
The tests look at the structure, turn by turn of the event loop (how long a piece
takes is measured by ``bench/bench_views.py``, not here); and at what must not change:
every row there in its stored order, an action added meanwhile after them, « go to »
finding a row not built yet, nothing saved for what was not built, a 1 MB note whole.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget
from ui_helpers import type_text

from carnet.domain import Action, Cadence, Group, Role, Session, SessionStatus
from carnet.templates import load_templates
from carnet.ui.session_editor import SessionEditor
from carnet.ui.session_editor.actions import ActionsBody
from carnet.ui.session_editor.step_section import StepSection, TextBody

ACTIONS = 30
#: A 1 MB note, in paragraphs (« synthese » is below the first screen).
BIG = ("Une ligne de la note, avec **du gras** et une [liaison](https://exemple.org). " * 12
       + "\n\n")
BIG_NOTE = BIG * (1_000_000 // len(BIG))


@pytest.fixture(scope="module")
def templates():
    return load_templates(user_dir=None)


@pytest.fixture
def heavy(store):
    """A co-développement session: a 1 MB note, 30 actions, every text step written."""
    group = store.groups.add(Group(name="Codév", template_id="codev", planned_sessions=6,
                                   cadence=Cadence()))
    session = store.sessions.add(Session(group.id, 1, date(2025, 3, 12), SessionStatus.HELD,
                                         Role.CLIENT))
    for step in ("expose", "clarification", "contrat", "consultation", "feedback"):
        store.notes.save(session.id, step, f"{step} : " + BIG * 2)
    store.notes.save(session.id, "synthese", BIG_NOTE)
    ids = [store.actions.add(Action(session_id=session.id, title=f"Action {n:02d} à essayer",
                                    due_date=date(2025, 4, 9))).id for n in range(ACTIONS)]
    return {"session": session.id, "actions": ids}


@pytest.fixture
def editor(qtbot, store, templates):
    editor = SessionEditor(store, templates, lang="fr")
    qtbot.addWidget(editor)
    editor.resize(1200, 860)
    editor.show()
    qtbot.waitExposed(editor)
    yield editor
    editor.clear()  # the build ends with the test (the journal is closed after it)
    editor.autosaver.queue.wait_idle(10)
    editor.close()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _actions_body(editor: SessionEditor) -> ActionsBody | None:
    """The action list if its step is on the page, without building anything."""
    section = editor._sections.get("plan_action")
    return section.body if section is not None else None


def _built_rows(body: ActionsBody | None) -> int:
    return body.list.rows.count() if body is not None else 0


def _turns(qtbot, editor: SessionEditor, look) -> list:
    """Turn the event loop one turn at a time until the page is whole; ``look()`` after
    each turn."""
    seen = []
    editor.grab()  # the first screen painted: the rest begins
    for _ in range(5_000):
        if not editor.building:
            break
        QCoreApplication.processEvents()
        seen.append(look())
        qtbot.wait(1)
    assert not editor.building
    return seen


def _build_until(editor: SessionEditor, done) -> None:
    """Build piece by piece, as the slices do, until ``done()`` (nothing finished early)."""
    while editor._pending and not done():
        editor._build_next()


def test_a_long_action_list_comes_a_few_rows_per_turn_in_its_stored_order(
        qtbot, store, heavy, editor):
    editor.load(heavy["session"])
    assert editor.building and _actions_body(editor) is None  # control: below the first screen
    counts = [n for n in _turns(qtbot, editor, lambda: _built_rows(_actions_body(editor))) if n]
    # The rows came over several turns (main built the 30 in one piece: [30, 30, …]).
    growth = sorted(set(counts))
    assert growth[-1] == ACTIONS
    assert len(growth) >= 5, growth
    assert growth[0] < ACTIONS // 3
    body = _actions_body(editor)
    assert [row.ref.id for row in body.rows()] == heavy["actions"]
    assert [row.title.text() for row in body.rows()] == \
        [f"Action {n:02d} à essayer" for n in range(ACTIONS)]


def test_rows_not_built_yet_are_built_first_by_what_needs_them(qtbot, store, heavy, editor):
    editor.load(heavy["session"])
    # Built as the slices do through the action step: its first rows, not all of them.
    _build_until(editor, lambda: "plan_action" in editor._sections)
    body = _actions_body(editor)
    assert body is not None and 0 < _built_rows(body) < ACTIONS  # control: rows wait
    # What asks for a part by its step (focus, a search hit, the contents) gets it whole.
    editor._build_through(lambda: "plan_action" in editor._sections)
    assert _built_rows(body) == ACTIONS
    assert QApplication.focusWidget() is None or not body.isAncestorOf(
        QApplication.focusWidget())


def test_go_to_an_action_not_built_yet_builds_it_and_focuses_it(qtbot, store, heavy, editor):
    editor.load(heavy["session"])
    _build_until(editor, lambda: "plan_action" in editor._sections)
    body = _actions_body(editor)
    assert 0 < _built_rows(body) < ACTIONS  # control: rows wait
    assert editor.focus_item("action", heavy["actions"][-1])
    assert _built_rows(body) == ACTIONS
    assert QApplication.focusWidget() is body.rows()[-1].title


def test_an_action_added_while_rows_wait_comes_after_them(qtbot, store, heavy, editor):
    editor.load(heavy["session"])
    _build_until(editor, lambda: "plan_action" in editor._sections)
    body = _actions_body(editor)
    assert 0 < _built_rows(body) < ACTIONS  # control: rows wait
    body.list.add_edit.setText("Une nouvelle action")
    body.list.add_edit.returnPressed.emit()
    titles = [row.title.text() for row in body.rows()]
    assert titles[:ACTIONS] == [f"Action {n:02d} à essayer" for n in range(ACTIONS)]
    assert titles[ACTIONS:] == ["Une nouvelle action"]
    assert editor.flush()
    stored = store.actions.list_by_session(heavy["session"])
    assert [a.title for a in stored][-1] == "Une nouvelle action"
    assert [a.id for a in stored][:ACTIONS] == heavy["actions"]


def test_a_part_is_made_in_one_piece_and_placed_in_the_next(qtbot, store, heavy, editor):
    editor.load(heavy["session"])

    def look() -> tuple[bool, bool]:
        """(the 1 MB note's section exists, it is placed and known to the page)."""
        made = [s for s in editor._holder.findChildren(StepSection) if s.step.id == "synthese"]
        return bool(made), "synthese" in editor._sections

    states = [look()]
    while editor._pending:  # piece by piece, as the slices take them
        editor._build_next()
        states.append(look())
    # Made, hidden and unknown to the page after one piece, placed by the next (main:
    # both in one piece, never seen apart).
    made = states.index((True, False))
    assert states[made + 1] == (True, True)
    section = editor._sections["synthese"]
    assert section.body.text() == BIG_NOTE  # the 1 MB note whole
    editor.finish_build()
    assert section.isVisible() and isinstance(section.body, TextBody)


def test_a_part_made_but_not_placed_is_placed_by_what_needs_it(qtbot, store, heavy, editor):
    editor.load(heavy["session"])
    _build_until(editor, lambda: bool([
        s for s in editor._holder.findChildren(StepSection) if s.step.id == "synthese"]))
    made = next(s for s in editor._holder.findChildren(StepSection) if s.step.id == "synthese")
    assert "synthese" not in editor._sections and not made.isVisible()  # control
    assert editor.focus_step("synthese")
    assert editor._sections["synthese"] is made and made.isVisible()
    assert QApplication.focusWidget() is made.body.editor
    type_text(qtbot, made.body.editor, " ajouté")
    assert editor.flush()
    assert store.notes.get(heavy["session"], "synthese").text == BIG_NOTE + " ajouté"


def test_nothing_is_saved_for_a_page_left_while_its_rows_and_parts_wait(
        qtbot, store, heavy, editor):
    before_notes = {k: n.text for k, n in store.notes.list_by_session(heavy["session"]).items()}
    before_actions = [(a.id, a.title, a.status) for a in
                      store.actions.list_by_session(heavy["session"])]
    editor.load(heavy["session"])
    _build_until(editor, lambda: "plan_action" in editor._sections)
    assert editor.building and _built_rows(_actions_body(editor)) < ACTIONS  # control
    editor.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(50)
    assert {k: n.text for k, n in store.notes.list_by_session(heavy["session"]).items()} == \
        before_notes
    assert [(a.id, a.title, a.status) for a in
            store.actions.list_by_session(heavy["session"])] == before_actions
    assert not [w for w in QApplication.allWidgets() if isinstance(w, StepSection)]


def test_a_search_hit_in_a_row_not_built_yet_is_found_and_selected(qtbot, store, heavy, editor):
    editor.load(heavy["session"])
    assert _actions_body(editor) is None  # control: the list is below the first screen
    assert editor.show_match("action", needle="Action 29")
    body = _actions_body(editor)
    last = body.list.rows.itemAt(body.list.rows.count() - 1).widget()
    assert _built_rows(body) == ACTIONS  # the whole list, not only the rows begun with it
    assert QApplication.focusWidget() is last.title
    assert last.title.textCursor().selectedText() == "Action 29"


def test_the_first_screen_is_the_view_s_room_not_the_window_s(qtbot, store, templates):
    """In a window with a toolbar and a status bar, the page's first screen is the room
    of the view it replaces: filled to its bottom, and no part built wholly below it
    (the window's height counted the bars as page: one part more, made, laid out and
    painted before the first paint)."""
    from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar

    group = store.groups.add(Group(name="Codév", template_id="codev", planned_sessions=6,
                                   cadence=Cadence()))
    session = store.sessions.add(Session(group.id, 1, date(2025, 3, 12), SessionStatus.HELD,
                                         Role.CLIENT))
    store.notes.save(session.id, "expose", "Une note courte.")  # short parts: many fit
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = QToolBar()
    bar.addWidget(QLabel("Rechercher"))
    bar.setMinimumHeight(240)  # a tall toolbar: the window is much taller than the view
    window.addToolBar(bar)
    window.statusBar().showMessage("Prêt")
    stack = QStackedWidget()
    home = QLabel("Accueil")
    stack.addWidget(home)
    editor = SessionEditor(store, templates, lang="fr")
    stack.addWidget(editor)
    window.setCentralWidget(stack)
    window.resize(1280, 1100)
    window.show()
    qtbot.waitExposed(window)
    assert window.height() - stack.height() >= 240  # control: the bars take room
    editor.load(session.id)  # while Home is shown, as a click in the sidebar does
    try:
        stack.setCurrentWidget(editor)
        from carnet.ui.session_editor.navigation import settle_layouts

        settle_layouts()
        viewport = editor._scroll.viewport()
        tops = {sid: s.mapTo(viewport, s.rect().topLeft()).y()
                for sid, s in editor._sections.items()}
        placed = [w for w in editor._holder.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) if w.isVisible()]
        bottom = max(w.mapTo(viewport, w.rect().bottomLeft()).y() for w in placed)
        assert bottom >= viewport.height()  # the screen is filled: no gap at its bottom
        assert all(top < viewport.height() for top in tops.values()), (tops, viewport.height())
        assert editor.building
    finally:
        editor.clear()  # the build ends with the test (the journal is closed after it)
