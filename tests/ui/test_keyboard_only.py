"""The session editor with the keyboard only: Tab, typing and Return — no mouse."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget
from ui_helpers import type_text

from carnet.domain import Cadence, Emotion, Group, Moment, Objective, Role, Session, SessionStatus
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor


@pytest.fixture
def editor(qtbot, store):
    group = store.groups.add(
        Group(name="Codév", template_id="codev", planned_sessions=6, cadence=Cadence())
    )
    store.objectives.add(Objective(group.id, "Mieux déléguer"))
    session = store.sessions.add(
        Session(group.id, 1, date(2025, 3, 12), SessionStatus.HELD, Role.CLIENT)
    )
    widget = SessionEditor(store, load_templates(user_dir=None), lang="fr")
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)
    widget.load(session.id)
    widget.session_id = session.id
    yield widget
    widget.autosaver.queue.wait_idle(10)
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus was lost"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:
    qtbot.keyClick(focused(), key, modifier)
    return focused()


def tab_to(qtbot, target: QWidget, limit: int = 80) -> list[QWidget]:
    """Press Tab until ``target`` has the focus; the widgets passed on the way."""
    passed: list[QWidget] = []
    for _ in range(limit):
        if focused() is target:
            return passed
        passed.append(focused())
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}; stopped at {focused()!r}")


def test_write_the_first_step_with_the_keyboard_only(qtbot, store, editor):
    # Tab into the page from wherever the window put the focus: the header comes first.
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    first_step = editor.sections["expose"].body.editor
    passed = tab_to(qtbot, first_step)
    header = editor.header
    assert header.title in passed and header.themes in passed  # the header, then the step
    # in the step, only its Write/Preview switch, above the text, comes before the text
    expose = editor.sections["expose"]
    assert [w for w in passed if any(s.isAncestorOf(w) for s in editor.sections.values())] \
        == [expose.body.preview_button]

    type_text(qtbot, focused(), "J’ai exposé ma situation : déléguer sans tout reprendre.")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, focused(), "Le groupe m’a aidée à voir « le fond ».")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the step saves it, without waiting
    assert focused() is not first_step
    qtbot.waitUntil(lambda: editor.autosaver.state == "saved", timeout=5000)
    note = store.notes.get(editor.session_id, "expose")
    assert note is not None
    assert note.text == (
        "J’ai exposé ma situation : déléguer sans tout reprendre.\n"
        "Le groupe m’a aidée à voir « le fond »."
    )


def test_closing_widgets_with_the_keyboard_only(qtbot, store, editor):
    def body(kind: StepKind):
        return next(s.body for s in editor.sections.values() if s.step.kind == kind)

    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    # A learning: type it in the add line, Return adds it and the line is ready for another.
    learnings = body(StepKind.LEARNINGS)
    tab_to(qtbot, learnings.list.add_edit)
    type_text(qtbot, focused(), "Déléguer un résultat, pas une tâche")
    press(qtbot, Qt.Key.Key_Return)
    assert [r.text.text() for r in learnings.rows()] == ["Déléguer un résultat, pas une tâche"]
    assert focused() is learnings.list.add_edit

    # A feeling before the session: an emotion from the list, an intensity by its digit.
    row = body(StepKind.FEELING).rows_of(Moment.BEFORE)[0]
    tab_to(qtbot, row.emotion)
    press(qtbot, Qt.Key.Key_Down)
    assert row.emotion.currentData() == next(iter(Emotion)).value
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() in row.intensity.buttons  # the scale is one stop
    press(qtbot, Qt.Key.Key_4)
    assert row.intensity.value() == 4
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is row.text
    type_text(qtbot, focused(), "un peu tendue")
    press(qtbot, Qt.Key.Key_Return)  # Return moves on from a one-line field

    # The key word, then the rating of the objective.
    keyword = body(StepKind.KEYWORD).edit
    tab_to(qtbot, keyword)
    type_text(qtbot, focused(), "élan")
    stars = body(StepKind.RATINGS).rows[0].stars
    tab_to(qtbot, stars.buttons[0])
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)  # the second star
    assert stars.value() == 2

    # Write ⇄ Preview from the keyboard, in the step being written.
    step = editor.sections["feedback"].body
    tab_to(qtbot, step.editor)
    type_text(qtbot, focused(), "**Merci**")
    press(
        qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert step.is_previewing and "Merci" in step.preview.toPlainText()
    press(
        qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert focused() is step.editor

    editor.flush()
    session_id = editor.session_id
    assert [x.text for x in store.learnings.list_by_session(session_id)] == [
        "Déléguer un résultat, pas une tâche"
    ]
    (feeling,) = store.feelings.list_by_session(session_id)
    assert (feeling.emotion, feeling.intensity, feeling.text) == (
        next(iter(Emotion)),
        4,
        "un peu tendue",
    )
    assert store.keywords.get(session_id).word == "élan"
    (assessment,) = store.assessments.list_by_session(session_id)
    assert assessment.rating == 2
    assert store.notes.get(session_id, "feedback").text == "**Merci**"
