"""The page does not move under the mouse, and a click on a step never swallows typing.

QA (shots 14 → 16): the first key typed in a planned session dated today showed
« Marquée comme tenue… » above the steps and pushed them ~32 px down, so the next
click hit a prompt, which left the keyboard focus on the scroll area: typing went
nowhere.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from ui_helpers import type_text

from carnet.domain import Group, Role, Session, SessionStatus
from carnet.templates import load_templates
from carnet.ui.session_editor import SessionEditor
from carnet.ui.session_editor.step_section import TextBody


@pytest.fixture
def editor(qtbot, store):
    group = store.groups.add(Group(name="Codév", template_id="codev"))
    session = store.sessions.add(Session(group.id, 1, date.today(), SessionStatus.PLANNED,
                                         Role.CLIENT))
    page = SessionEditor(store, load_templates(user_dir=None), lang="fr")
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.load(session.id)
    yield page
    page.autosaver.queue.wait_idle(10)
    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def text_steps(page):
    return [s for s in page.sections.values() if isinstance(s.body, TextBody)]


def top_of(widget, page) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def test_the_held_note_does_not_push_the_steps_down(qtbot, editor):
    first, second = text_steps(editor)[:2]
    settle()
    before = [top_of(first, editor), top_of(second, editor)]
    qtbot.mouseClick(first.body.editor.viewport(), Qt.MouseButton.LeftButton)
    type_text(qtbot, first.body.editor, "M")
    settle()
    assert editor.header.status.currentData() == SessionStatus.HELD.value  # the note came
    assert editor.header.auto_note.isVisible()
    assert [top_of(first, editor), top_of(second, editor)] == before


def test_the_undo_link_reads_as_an_undo(editor):
    assert editor.header.auto_note.undo.text().startswith("Undo")  # FR: « Annuler : … »


def test_a_click_on_a_prompt_or_a_title_lands_in_the_step(qtbot, editor):
    steps = text_steps(editor)
    second = steps[1]
    prompt = second.findChildren(QLabel, "prompt")[0]
    editor._scroll.ensureWidgetVisible(prompt)
    settle()
    qtbot.mouseClick(prompt, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert QApplication.focusWidget() is second.body.editor
    type_text(qtbot, QApplication.focusWidget(), "vu")
    assert second.body.editor.toPlainText() == "vu"
    title = second.findChild(QLabel, "stepTitle")
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert QApplication.focusWidget() is second.body.editor
    # Control: a click in another step's editor goes there, not to the second.
    qtbot.mouseClick(steps[2].body.editor.viewport(), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is steps[2].body.editor
