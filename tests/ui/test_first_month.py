"""A first month with Carnet, through the real window, on a real encrypted journal.

Create the journal on the welcome screen → describe a co-développement group whose
first session is today → journal session 1 as the client *without touching its
status*, typing into every "new item" line (learning, action, topic, objective)
without pressing Add → quit with Ctrl+Q → start again: everything is there and
session 1 is held, Home's next session is session 2 → prepare session 2 in
Préparer (review the action) → journal session 2 as a consultant on its date →
build the booklet and read it back with pdftotext: both sessions, their learnings,
the action and its review are in it.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from test_booklet_helpers import norm, pdftotext, require_poppler
from ui_helpers import type_text, unlock_through_ui

from carnet.domain import (
    ActionStatus,
    Cadence,
    CadenceUnit,
    Emotion,
    Moment,
    Role,
    SessionStatus,
    planned_dates,
)
from carnet.templates import StepKind
from carnet.ui.booklet_dialog import BookletDialog
from carnet.ui.models.journal_tree import ID_ROLE
from carnet.ui.session_editor import header as session_header
from carnet.ui.session_editor.step_section import TextBody

TODAY = date.today()
CADENCE = Cadence(1, CadenceUnit.MONTH)
PLANNED = 5
SECOND_DAY = planned_dates(TODAY, CADENCE, 2)[1]
GROUP = "Codév des managers « Lumière »"
OBJECTIVE = "Oser dire non & tenir"
LEARNING_ADDED = "Un résultat se délègue, pas une tâche"
LEARNING_TYPED = "Écouter avant de conseiller — vraiment"
ACTION = "Confier le planning de janvier à L."
TOPIC = "Le conflit de l’équipe du soir"
KEYWORD = "élan"
REVIEW = "Planning confié : « L. a pris la main »"
LEARNING_2 = "Une question ouverte vaut trois conseils"


def first_text(step_id: str) -> str:
    return f"Séance un, étape {step_id} : ce que j’ai exposé"


def second_text(step_id: str) -> str:
    return f"Séance deux, étape {step_id} : ce que j’ai proposé"


# -- driving widgets like a person ----------------------------------------------------------------
def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot, combo: QComboBox, data) -> None:
    target = combo.findData(data)
    assert target >= 0, (combo.objectName(), data)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def retype(qtbot, widget: QWidget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, widget, text)


def click_row(qtbot, view, index) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_session(qtbot, window, session_id: int):
    workspace = window.workspace
    sidebar = workspace.sidebar
    click_row(qtbot, sidebar.tree, sidebar.model.index_of_session(session_id))
    qtbot.waitUntil(lambda: workspace.location() == ("session", session_id), timeout=5000)
    return workspace.session_editor


def body(editor, kind: StepKind):
    return next(s.body for s in editor.sections.values() if s.step.kind == kind)


def text_steps(editor) -> dict[str, TextBody]:
    return {step_id: section.body for step_id, section in editor.sections.items()
            if isinstance(section.body, TextBody)}


def type_in(qtbot, line: QLineEdit, text: str) -> None:
    click(qtbot, line)
    type_text(qtbot, line, text)


def write_steps(qtbot, editor, text) -> list[str]:
    steps = text_steps(editor)
    for step_id, step in steps.items():
        qtbot.mouseClick(step.editor.viewport(), Qt.MouseButton.LeftButton)
        type_text(qtbot, step.editor, text(step_id))
    return sorted(steps)


def quit_with_ctrl_q(qtbot, window) -> None:
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.store is None, timeout=10_000)


# -- the month ------------------------------------------------------------------------------------
def create_journal(qtbot, window, path, passphrase) -> None:
    page = window.welcome
    assert window.pages.currentWidget() is page
    type_text(qtbot, page.owner_edit, "Camille Hébert")
    retype(qtbot, page.path_edit, str(path))
    type_text(qtbot, page.passphrase_edit, passphrase)
    type_text(qtbot, page.confirm_edit, passphrase)
    with qtbot.waitSignal(window.journalOpened, timeout=30_000):
        click(qtbot, page.create_button)
    assert window.is_unlocked and path.is_file()


def create_group(qtbot, window) -> int:
    workspace = window.workspace
    click(qtbot, workspace.sidebar.new_group_button)
    editor = workspace.group_editor
    type_text(qtbot, editor.name_edit, GROUP)
    choose(qtbot, editor.format_combo, "codev")
    editor.start_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    retype(qtbot, editor.every_spin, "1")
    choose(qtbot, editor.unit_combo, CadenceUnit.MONTH.value)
    retype(qtbot, editor.count_spin, str(PLANNED))
    click(qtbot, editor.add_member_button)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    type_text(qtbot, cell, "A.B.")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        click(qtbot, editor.save_button)
    return saved.args[0]


def journal_first_session(qtbot, window, session_id: int) -> list[str]:
    """As the client, on its date; the status is never touched."""
    editor = open_session(qtbot, window, session_id)
    header = editor.header
    assert header.status.currentData() == SessionStatus.PLANNED.value
    choose(qtbot, header.role, Role.CLIENT.value)
    steps = write_steps(qtbot, editor, first_text)
    assert header.status.currentData() == SessionStatus.HELD.value  # it follows reality
    assert header.auto_note.isVisible()

    learnings = body(editor, StepKind.LEARNINGS)
    type_in(qtbot, learnings.list.add_edit, LEARNING_ADDED)
    qtbot.keyClick(learnings.list.add_edit, Qt.Key.Key_Return)
    feelings = body(editor, StepKind.FEELING)
    choose(qtbot, feelings.rows_of(Moment.AFTER)[0].emotion, Emotion.RELIEF.value)
    type_in(qtbot, body(editor, StepKind.KEYWORD).edit, KEYWORD)
    click(qtbot, body(editor, StepKind.RATINGS).rows[0].stars.buttons[3])
    # Every "new item" line typed into, none added.
    type_in(qtbot, learnings.list.add_edit, LEARNING_TYPED)
    type_in(qtbot, body(editor, StepKind.ACTIONS).list.add_edit, ACTION)
    type_in(qtbot, editor.topics.list.add_edit, TOPIC)
    return steps


def type_an_objective(qtbot, window, group_id: int) -> None:
    """The group's "new objective" line: typed into, never confirmed."""
    sidebar = window.workspace.sidebar
    click_row(qtbot, sidebar.tree, sidebar.model.index_of_group(group_id))
    editor = window.workspace.group_editor
    qtbot.waitUntil(lambda: editor.group_id == group_id, timeout=5000)
    click(qtbot, editor.add_objective_button)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit) and editor.objectives_list.isAncestorOf(cell)
    retype(qtbot, cell, OBJECTIVE)


def reopen(qtbot, make_window, passphrase):
    from carnet.ui.settings import Settings

    window = make_window(Settings())
    window.install_extensions()
    window.show()
    qtbot.waitExposed(window)
    window.start()  # the last journal, remembered
    unlock_through_ui(qtbot, window, passphrase)
    return window


def check_first_session(window, editor, session_id: int, steps: list[str]) -> None:
    assert editor.header.status.currentData() == SessionStatus.HELD.value
    assert window.store.sessions.get(session_id).status is SessionStatus.HELD
    assert {k: v.text() for k, v in text_steps(editor).items()} == {
        k: first_text(k) for k in steps}
    assert [r.text.text() for r in body(editor, StepKind.LEARNINGS).rows()] == [
        LEARNING_ADDED, LEARNING_TYPED]
    (action,) = body(editor, StepKind.ACTIONS).rows()
    assert action.title.text() == ACTION and action.due_date() == SECOND_DAY
    assert [r.title.text() for r in editor.topics.rows()] == [TOPIC]
    assert body(editor, StepKind.KEYWORD).edit.text() == KEYWORD


def review_the_action(qtbot, window, action_id: int) -> None:
    window.findChild(QAction, "preparePrepareAction").trigger()
    view = window.workspace.stack.currentWidget()
    assert view.objectName() == "prepareView" or hasattr(view, "review")
    assert view.preparation.next_session.number == 2
    index = view.model.index_of_action(action_id)
    assert index.isValid()
    click_row(qtbot, view.tree, index)
    qtbot.waitUntil(lambda: view.review.item is not None
                    and view.review.item.action.id == action_id, timeout=5000)
    click(qtbot, view.review.status_picker.buttons[ActionStatus.DONE])
    click(qtbot, view.review.note_edit)
    type_text(qtbot, view.review.note_edit, REVIEW)
    with qtbot.waitSignal(view.reloaded, timeout=5000):
        click(qtbot, view.review.save_button)


def journal_second_session(qtbot, window, session_id: int) -> list[str]:
    editor = open_session(qtbot, window, session_id)
    choose(qtbot, editor.header.role, Role.CONSULTANT.value)
    steps = write_steps(qtbot, editor, second_text)
    learnings = body(editor, StepKind.LEARNINGS)
    type_in(qtbot, learnings.list.add_edit, LEARNING_2)
    click(qtbot, learnings.list.add_button)
    assert editor.header.status.currentData() == SessionStatus.HELD.value
    return steps


def test_a_first_month(qtbot, make_window, tmp_path, passphrase, message_service, monkeypatch):
    require_poppler()
    path = tmp_path / "mon carnet.carnet"
    window = make_window()
    window.install_extensions()
    window.show()
    qtbot.waitExposed(window)
    window.start()
    create_journal(qtbot, window, path, passphrase)
    group_id = create_group(qtbot, window)
    model = window.workspace.sidebar.model
    group_index = model.index_of_group(group_id)
    first_id = model.index(0, 0, group_index).data(ID_ROLE)
    second_id = model.index(1, 0, group_index).data(ID_ROLE)
    assert window.store.sessions.get(first_id).date == TODAY

    steps_1 = journal_first_session(qtbot, window, first_id)
    type_an_objective(qtbot, window, group_id)
    quit_with_ctrl_q(qtbot, window)

    # Start again: everything is there, session 1 is held, Home looks ahead.
    window = reopen(qtbot, make_window, passphrase)
    store = window.store
    assert [o.title for o in store.objectives.list_by_group(group_id)][-1] == OBJECTIVE
    window.workspace.show_home()
    home = window.workspace.home
    assert home._next.id == second_id
    assert home.past_sessions.isHidden()  # nothing to ask: session 1 is held
    editor = open_session(qtbot, window, first_id)
    check_first_session(window, editor, first_id, steps_1)
    (action,) = store.actions.list_by_session(first_id)

    # Prepare session 2: review the action.
    review_the_action(qtbot, window, action.id)
    assert store.actions.get(action.id).status is ActionStatus.DONE

    # A month later, session 2's day: journal it as a consultant.
    monkeypatch.setattr(session_header, "today", lambda: SECOND_DAY)
    steps_2 = journal_second_session(qtbot, window, second_id)
    window.workspace.flush()
    assert store.sessions.get(second_id).status is SessionStatus.HELD

    # The booklet, read back.
    dialog = BookletDialog(store, window.templates, window, paper="a4")
    qtbot.addWidget(dialog)
    assert not dialog.left_out_label.isVisibleTo(dialog)  # nothing left out
    out = tmp_path / "livret.pdf"
    message_service.files.append(str(out))
    dialog.lang.setCurrentIndex(dialog.lang.findData("fr"))
    dialog.generate()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    dialog.wait()
    assert dialog.showing_saved and dialog.saved_path.text() == str(out)
    text = norm(pdftotext(out))
    for step_id in steps_1:
        assert first_text(step_id) in text, step_id
    for step_id in steps_2:
        assert second_text(step_id) in text, step_id
    for line in (LEARNING_ADDED, LEARNING_TYPED, LEARNING_2, ACTION, REVIEW, KEYWORD):
        assert norm(line) in text, (line, text)
    assert "2 séances" in text


@pytest.fixture(autouse=True)
def _fresh_today_rules():
    """Session ids repeat across tests' journals: forget hand-chosen statuses."""
    session_header._CHOSEN_BY_HAND.clear()
    yield
    session_header._CHOSEN_BY_HAND.clear()
