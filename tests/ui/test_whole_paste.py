"""A long paste in a one-line field is kept whole, or refused with a message; never cut.

Review 3 (fresh3, tests/review3/test_big_paste_new_line.py): 200 KB pasted in « Un
nouvel enseignement… », then Entrée: the learning kept its first 32,767 characters, the
QLineEdit's default maximum, without a word. Every one-line field that takes the
person's words now goes through :func:`carnet.ui.whole_paste.keep_whole`.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import Cadence, Group, Role, Session, SessionStatus
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor
from carnet.ui.whole_paste import LINE_MAX_CHARS, keep_whole

END = "FIN-DU-GRAND-COLLAGE"
BIG = " ".join(f"{n}. délégation & « confiance » <b>écoute</b>" for n in range(2500)) + " " + END


@pytest.fixture
def editor(qtbot, store):
    editor = SessionEditor(store, load_templates(user_dir=None), lang="fr")
    qtbot.addWidget(editor)
    editor.resize(1200, 900)
    editor.show()
    yield editor
    editor.autosaver.queue.wait_idle(10)
    editor.close()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def session(store):
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    return store.sessions.add(
        Session(group.id, 1, date(2026, 12, 7), SessionStatus.HELD, Role.CONSULTANT))


def paste(qtbot, line, text: str, click: bool = True) -> None:
    if click:
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    QApplication.clipboard().setText(text)
    qtbot.keyClick(line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def new_line(editor, kind: str):
    if kind == "topic":
        return editor.topics.list.add_edit
    step = {"learning": StepKind.LEARNINGS, "action": StepKind.ACTIONS}[kind]
    return next(s.body for s in editor.sections.values() if s.step.kind == step).list.add_edit


def test_a_long_paste_in_the_new_learning_line_is_kept_whole(qtbot, store, editor, session):
    assert len(BIG) > 100_000
    editor.load(session.id)
    line = new_line(editor, "learning")
    paste(qtbot, line, BIG)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    editor.flush()
    editor.autosaver.queue.wait_idle(10)
    (learning,) = store.learnings.list_by_session(session.id)
    assert learning.text.startswith("0. délégation")  # control: the paste was saved
    assert learning.text.endswith(END), (
        f"pasted {len(BIG)} characters, the learning keeps {len(learning.text)}")


@pytest.mark.parametrize("kind", ["action", "topic"])
def test_a_long_paste_in_the_other_new_lines_is_kept_whole(qtbot, store, editor, session,
                                                           kind):
    editor.load(session.id)
    line = new_line(editor, kind)
    paste(qtbot, line, BIG)
    editor.flush()  # saved as the pending item, before Entrée
    editor.autosaver.queue.wait_idle(10)
    if kind == "action":
        (item,) = store.actions.list_by_session(session.id)
    else:
        (item,) = store.topics.list(group_id=session.group_id)
    assert item.title.startswith("0. délégation") and item.title.endswith(END)


def _journal_lines(root: QWidget) -> list[QLineEdit]:
    """The one-line fields of ``root`` a person writes in: not a spin box's or a date
    field's own line, nor an editable combo's."""
    return [line for line in root.findChildren(QLineEdit)
            if not isinstance(line.parent(), (QAbstractSpinBox, QComboBox))]


def test_every_one_line_field_of_the_pages_keeps_a_paste_whole(qtbot, unlocked):
    """The session page, the group page and Préparer: no field left to cut a paste at
    Qt's 32,767 or at its own limit (control: the fields the review named are found)."""
    from carnet.ui.prepare import open_prepare

    window = unlocked()
    workspace = window.workspace
    workspace.show_session(window.ids["held"])
    editor = workspace.session_editor
    editor.finish_build()  # the lower steps and the topics are built after the top
    lines = {"session": _journal_lines(editor)}
    workspace.show_group(window.ids["group"])
    lines["group"] = _journal_lines(workspace.group_editor)
    prepare = open_prepare(window)
    lines["prepare"] = _journal_lines(prepare.topics)  # the topics tab, built when asked
    names = {line.objectName() for found in lines.values() for line in found}
    assert {"addLearning", "addAction", "addTopic", "newTopic", "topicTitle",
            "keywordEdit"} <= names
    cut = sorted(f"{page}: {line.objectName() or line.accessibleName() or type(line).__name__}"
                 for page, found in lines.items() for line in found
                 if not line.property("keepsWhole"))
    assert cut == [], f"one-line fields that cut a long paste: {cut}"


def test_the_group_page_lists_edit_in_fields_that_keep_a_paste_whole(qtbot, unlocked):
    window = unlocked()
    window.workspace.show_group(window.ids["group"])
    page = window.workspace.group_editor
    page.add_objective_button.click()
    objective = page.objectives_list.findChild(QLineEdit)
    assert objective is not None and objective.maxLength() > LINE_MAX_CHARS
    table = page.members_table
    table.editItem(table.item(0, 0))
    member = table.findChild(QLineEdit)
    assert member is not None and member.maxLength() > LINE_MAX_CHARS


@pytest.fixture
def small_field(qtbot):
    """A field that holds 20 characters (as a caption holds 2,000), beside its window."""
    window = QWidget()
    field = keep_whole(QLineEdit("début"), limit=20)
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    field.window_ref = window
    return field


def test_a_paste_longer_than_the_field_is_refused_and_said(qtbot, small_field,
                                                           message_service):
    paste(qtbot, small_field, "0123456789" * 3)  # 30: more than the field holds
    assert small_field.text() == "début", "the paste was cut"
    ((kind, title, text),) = message_service.shown
    assert kind == "warning" and title and "30" in text and "20" in text
    assert "notes" in text  # a short field (a caption) says where longer texts go
    small_field.selectAll()
    paste(qtbot, small_field, "0123456789" * 2, click=False)  # control: 20 replaces the 5 selected
    assert small_field.text() == "0123456789" * 2 and len(message_service.shown) == 1


def test_the_context_menu_paste_is_checked_too(qtbot, small_field, message_service):
    QApplication.clipboard().setText("x" * 30)

    def choose_paste():
        menu = QApplication.activePopupWidget()
        [action] = [a for a in menu.actions() if a.objectName() == "edit-paste"]
        action.trigger()
        menu.close()

    QTimer.singleShot(100, choose_paste)
    QApplication.sendEvent(small_field, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), small_field.mapToGlobal(QPoint(5, 5))))
    assert small_field.text() == "début"
    assert [kind for kind, _t, _x in message_service.shown] == ["warning"]
    QApplication.clipboard().setText("fin")  # control: a short paste goes in
    QTimer.singleShot(100, choose_paste)
    small_field.setCursorPosition(len(small_field.text()))
    QApplication.sendEvent(small_field, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), small_field.mapToGlobal(QPoint(5, 5))))
    assert small_field.text() == "débutfin"


def test_a_paste_past_what_an_export_carries_is_refused(qtbot, message_service):
    field = keep_whole(QLineEdit("début"))
    qtbot.addWidget(field)
    field.show()
    paste(qtbot, field, "x" * (LINE_MAX_CHARS + 1))
    assert field.text() == "début"
    ((kind, _title, text),) = message_service.shown
    assert kind == "warning" and "notes" not in text  # no note takes more either
    paste(qtbot, field, "x" * 40_000)  # control: past Qt's 32,767, kept whole
    assert len(field.text()) == 40_005


def test_a_stored_text_longer_than_qt_s_default_is_shown_whole(qtbot):
    field = keep_whole(QLineEdit())
    qtbot.addWidget(field)
    field.setText("x" * 100_000)  # another device's long title: never cut by setText
    assert len(field.text()) == 100_000


def test_the_line_limit_is_what_an_export_carries():
    from carnet.exchange.json_export import MAX_STRING_CHARS

    assert LINE_MAX_CHARS == MAX_STRING_CHARS
