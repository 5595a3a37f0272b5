"""The first journey through the real window, end to end, as a person would make it.

First run → create the journal → describe a co-développement group → write its first
session (every step, a learning, feelings, the key word, an action, a rating) → quit →
start again → a wrong passphrase, then the right one → everything is still there, on
screen and in the encrypted journal. Widgets are driven with clicks and key presses;
the store is only read, to check.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
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
from carnet.ui.models.journal_tree import ID_ROLE
from carnet.ui.session_editor.step_section import TextBody

OWNER = "Camille Hébert"
GROUP = "Codév des cadres « Lumière »"
START = date(2025, 3, 6)
CADENCE = Cadence(2, CadenceUnit.WEEK)
PLANNED = 5
MEMBER = "A.B."
LEARNING = "Déléguer un résultat, pas une tâche"
LEARNING_TAGS = ["délégation", "posture"]
BEFORE = (Emotion.WORRY, 4, "peur d’être jugée")
AFTER = (Emotion.RELIEF, 2, "soulagée d’avoir été écoutée")
KEYWORD = "élan"
ACTION = "Confier le planning d’avril à L."
RATING = (4, "j’ai commencé à lâcher prise")


def step_text(step_id: str) -> str:
    return f"Étape {step_id} : j’ai noté « l’essentiel »"


# -- driving widgets like a person ---------------------------------------------------------------


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot, combo: QComboBox, data) -> None:
    """Pick the entry holding ``data`` with the keyboard, as from a closed list."""
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
    """Select everything in a field (Ctrl+A) and type over it."""
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, widget, text)


def click_row(qtbot, tree, index: QModelIndex) -> None:
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def body(editor, kind: StepKind):
    return next(s.body for s in editor.sections.values() if s.step.kind == kind)


def text_steps(editor) -> dict[str, TextBody]:
    return {
        step_id: section.body
        for step_id, section in editor.sections.items()
        if isinstance(section.body, TextBody)
    }


def open_session(qtbot, window, session_id: int):
    """Click the session's row in the sidebar; the session editor shows it."""
    workspace = window.workspace
    sidebar = workspace.sidebar
    click_row(qtbot, sidebar.tree, sidebar.model.index_of_session(session_id))
    qtbot.waitUntil(lambda: workspace.location() == ("session", session_id), timeout=5000)
    return workspace.session_editor


# -- the journey -------------------------------------------------------------------------------------


def create_journal(qtbot, window, path, passphrase) -> None:
    page = window.welcome
    assert window.pages.currentWidget() is page
    type_text(qtbot, page.owner_edit, OWNER)
    retype(qtbot, page.path_edit, str(path))
    type_text(qtbot, page.passphrase_edit, passphrase)
    type_text(qtbot, page.confirm_edit, passphrase)
    assert "match" in page.match_label.text()
    with qtbot.waitSignal(window.journalOpened, timeout=30_000):
        click(qtbot, page.create_button)
    assert window.is_unlocked and path.is_file()
    assert window.pages.currentWidget() is window.workspace


def create_group(qtbot, window) -> int:
    workspace = window.workspace
    click(qtbot, workspace.sidebar.new_group_button)
    editor = workspace.group_editor
    assert workspace.stack.currentWidget() is editor and editor.is_new

    type_text(qtbot, editor.name_edit, GROUP)
    choose(qtbot, editor.format_combo, "codev")
    editor.start_edit.setDate(QDate(START.year, START.month, START.day))
    retype(qtbot, editor.every_spin, str(CADENCE.every))
    choose(qtbot, editor.unit_combo, CADENCE.unit.value)
    retype(qtbot, editor.count_spin, str(PLANNED))
    assert editor.objectives_list.count() > 0  # the format's objectives are offered

    click(qtbot, editor.add_member_button)
    cell = QApplication.focusWidget()  # the new row's pseudonym, open for typing
    assert isinstance(cell, QLineEdit) and editor.members_table.isAncestorOf(cell)
    type_text(qtbot, cell, MEMBER)
    qtbot.keyClick(cell, Qt.Key.Key_Return)  # the table commits the cell just after
    qtbot.waitUntil(lambda: editor.members_table.item(0, 0).text() == MEMBER, timeout=5000)

    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        click(qtbot, editor.save_button)
    group_id = saved.args[0]

    # Its planned sessions appear in the sidebar, under the group.
    model = workspace.sidebar.model
    group_index = model.index_of_group(group_id)
    assert group_index.data() == GROUP
    assert model.rowCount(group_index) == PLANNED
    labels = [model.index(row, 0, group_index).data() for row in range(PLANNED)]
    assert labels[0].startswith(f"1/{PLANNED}") and labels[-1].startswith(f"{PLANNED}/{PLANNED}")
    assert workspace.sidebar.tree.isExpanded(group_index)
    return group_id


def write_session(qtbot, window, session_id: int, next_date: date) -> list[str]:
    """Write the whole page of the session; the ids of the text steps written."""
    editor = open_session(qtbot, window, session_id)
    header = editor.header
    choose(qtbot, header.status, SessionStatus.HELD.value)
    choose(qtbot, header.role, Role.CLIENT.value)

    steps = text_steps(editor)
    assert {"expose", "clarification", "contrat", "consultation", "synthese", "feedback"} <= set(
        steps
    )
    for step_id, step in steps.items():
        qtbot.mouseClick(step.editor.viewport(), Qt.MouseButton.LeftButton)
        type_text(qtbot, step.editor, step_text(step_id))

    learnings = body(editor, StepKind.LEARNINGS)
    type_text(qtbot, learnings.list.add_edit, LEARNING)
    qtbot.keyClick(learnings.list.add_edit, Qt.Key.Key_Return)
    (learning,) = learnings.rows()
    click(qtbot, learning.star)
    assert learning.star.isChecked()
    type_text(qtbot, learning.tags, ", ".join(LEARNING_TAGS))

    feelings = body(editor, StepKind.FEELING)
    for moment, (emotion, intensity, text) in ((Moment.BEFORE, BEFORE), (Moment.AFTER, AFTER)):
        row = feelings.rows_of(moment)[0]
        choose(qtbot, row.emotion, emotion.value)
        click(qtbot, row.intensity.buttons[intensity - 1])
        type_text(qtbot, row.text, text)

    type_text(qtbot, body(editor, StepKind.KEYWORD).edit, KEYWORD)

    actions = body(editor, StepKind.ACTIONS)
    type_text(qtbot, actions.list.add_edit, ACTION)
    click(qtbot, actions.list.add_button)
    (action,) = actions.rows()
    assert action.due_date() == next_date  # by default, the next session's date
    assert action.due.date() == QDate(next_date.year, next_date.month, next_date.day)

    rating = body(editor, StepKind.RATINGS).rows[0]
    click(qtbot, rating.stars.buttons[RATING[0] - 1])
    type_text(qtbot, rating.comment, RATING[1])
    return sorted(steps)


def check_on_screen(editor, step_ids: list[str], next_date: date) -> None:
    header = editor.header
    assert header.status.currentData() == SessionStatus.HELD.value
    assert header.role.currentData() == Role.CLIENT.value
    steps = text_steps(editor)
    assert sorted(steps) == step_ids
    for step_id, step in steps.items():
        assert step.text() == step_text(step_id), step_id
    (learning,) = body(editor, StepKind.LEARNINGS).rows()
    assert learning.text.text() == LEARNING and learning.star.isChecked()
    assert learning.tags.tags() == LEARNING_TAGS
    feelings = body(editor, StepKind.FEELING)
    for moment, (emotion, intensity, text) in ((Moment.BEFORE, BEFORE), (Moment.AFTER, AFTER)):
        (row,) = feelings.rows_of(moment)
        assert row.emotion.currentData() == emotion.value
        assert row.intensity.value() == intensity and row.text.text() == text
    assert body(editor, StepKind.KEYWORD).edit.text() == KEYWORD
    (action,) = body(editor, StepKind.ACTIONS).rows()
    assert action.title.text() == ACTION and action.due_date() == next_date
    rating = body(editor, StepKind.RATINGS).rows[0]
    assert (rating.stars.value(), rating.comment.text()) == RATING


def check_in_store(store, group_id: int, session_id: int, step_ids: list[str]) -> None:
    assert store.journal().owner_name == OWNER
    group = store.groups.get(group_id)
    assert (group.name, group.template_id, group.cadence) == (GROUP, "codev", CADENCE)
    assert (group.planned_sessions, group.start_date) == (PLANNED, START)
    assert [m.pseudonym for m in store.members.list_by_group(group_id)] == [MEMBER]
    sessions = store.sessions.list_by_group(group_id)
    assert [s.date for s in sessions] == planned_dates(START, CADENCE, PLANNED)
    session = store.sessions.get(session_id)
    assert (session.status, session.role) == (SessionStatus.HELD, Role.CLIENT)

    notes = store.notes.list_by_session(session_id)
    assert {step_id: notes[step_id].text for step_id in step_ids} == {
        step_id: step_text(step_id) for step_id in step_ids
    }
    (learning,) = store.learnings.list_by_session(session_id)
    assert (learning.text, learning.starred, learning.tags) == (LEARNING, True, LEARNING_TAGS)
    feelings = {f.moment: f for f in store.feelings.list_by_session(session_id)}
    for moment, expected in ((Moment.BEFORE, BEFORE), (Moment.AFTER, AFTER)):
        feeling = feelings[moment]
        assert (feeling.emotion, feeling.intensity, feeling.text) == expected
    assert store.keywords.get(session_id).word == KEYWORD
    (action,) = store.actions.list_by_session(session_id)
    assert (action.title, action.status) == (ACTION, ActionStatus.TODO)
    assert action.due_date == sessions[1].date
    objective = store.objectives.list_by_group(group_id)[0]
    (assessment,) = store.assessments.list_by_session(session_id)
    assert (assessment.objective_id, assessment.rating, assessment.comment) == (
        objective.id,
        *RATING,
    )


def test_first_journey_written_through_the_window_and_found_again(
    qtbot, make_window, tmp_path, passphrase
):
    path = tmp_path / "mon carnet.carnet"

    # First run: the welcome screen.
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
    next_date = planned_dates(START, CADENCE, 2)[1]
    step_ids = write_session(qtbot, window, first_id, next_date)

    # Quit: closing the window saves what is pending and closes the journal.
    window.close()
    assert window.store is None

    # Start again: the unlock screen for that journal.
    from carnet.ui.settings import Settings

    again = make_window(Settings())
    again.install_extensions()
    again.show()
    qtbot.waitExposed(again)
    again.start()
    page = again.unlock
    assert again.pages.currentWidget() is page and page.path == path

    # A wrong passphrase first: an inline message, and the field ready for another try.
    qtbot.waitUntil(page.passphrase_edit.isEnabled)
    type_text(qtbot, page.passphrase_edit, "pas la bonne phrase")
    with qtbot.waitSignal(again.opener.failed, timeout=30_000):
        click(qtbot, page.unlock_button)
    assert page.error_label.isVisible() and "Wrong passphrase" in page.error_label.text()
    assert not again.is_unlocked and page.passphrase_edit.text() == ""
    unlock_through_ui(qtbot, again, passphrase)
    assert again.is_unlocked

    # The same session: everything typed is there, on screen and in the journal.
    editor = open_session(qtbot, again, first_id)
    check_on_screen(editor, step_ids, next_date)
    check_in_store(again.store, group_id, first_id, step_ids)
