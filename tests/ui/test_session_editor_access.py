"""The session editor reached by others (focus_step, focus_item), by the keyboard and by
screen readers, and read under light and dark palettes at any font size."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from carnet.domain import Moment
from carnet.store import JournalStore
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor
from carnet.ui.session_editor.step_section import PREVIEW_SHORTCUT

#: Set CARNET_SHOTS=/some/folder to keep the light and dark screenshots.
SHOTS = os.environ.get("CARNET_SHOTS")
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit)


@pytest.fixture(scope="module")
def templates():
    return load_templates(user_dir=None)


@pytest.fixture
def make_editor(qtbot, templates):
    editors: list[SessionEditor] = []

    def make(store: JournalStore, height: int = 900) -> SessionEditor:
        editor = SessionEditor(store, templates, lang="fr")
        qtbot.addWidget(editor)
        editor.resize(1200, height)
        editor.show()
        editor.activateWindow()
        qtbot.waitExposed(editor)
        editors.append(editor)
        return editor

    yield make
    for editor in editors:
        editor.autosaver.queue.wait_idle(10)
        editor.close()
        editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def demo_store(store):
    demo = pytest.importorskip("carnet.demo")
    demo.build_demo(store, today=date(2025, 6, 1))
    return store


def codev_sessions(store: JournalStore):
    group = next(g for g in store.groups.list() if g.template_id == "codev")
    return store.sessions.list_by_group(group.id)


def body(editor: SessionEditor, kind: StepKind):
    return next(s.body for s in editor.sections.values() if s.step.kind == kind)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def in_view(editor: SessionEditor, widget: QWidget) -> bool:
    viewport = editor._scroll.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return 0 <= top < viewport.height()


# -- focus_step and focus_item -----------------------------------------------------------------


def test_focus_step_scrolls_to_the_step_and_puts_the_cursor_in_it(qtbot, demo_store, make_editor):
    last = codev_sessions(demo_store)[-1]
    editor = make_editor(demo_store, height=600)
    editor.load(last.id)
    assert editor._scroll.verticalScrollBar().value() == 0

    assert editor.focus_step("cycle.carry_on") is True
    section = editor.sections["cycle.carry_on"]
    source = section.body.editor
    qtbot.waitUntil(lambda: focused() is source, timeout=3000)
    assert source.textCursor().atEnd()
    assert in_view(editor, section) or in_view(editor, source)

    expose = editor.sections["expose"].body
    expose.show_preview(True)
    assert editor.focus_step("expose") is True
    assert not expose.is_previewing  # back to writing
    qtbot.waitUntil(lambda: focused() is expose.editor, timeout=3000)
    assert in_view(editor, editor.sections["expose"])

    assert editor.focus_step("mot_cle") is True
    qtbot.waitUntil(lambda: focused() is body(editor, StepKind.KEYWORD).edit, timeout=3000)
    assert editor.focus_step("ressenti") is True
    first_feeling = body(editor, StepKind.FEELING).rows_of(Moment.BEFORE)[0]
    qtbot.waitUntil(lambda: focused() is first_feeling.emotion, timeout=3000)

    assert editor.focus_step("no_such_step") is False
    editor.clear()
    assert editor.focus_step("expose") is False


def test_focus_item_finds_each_kind_of_item(qtbot, demo_store, make_editor):
    store = demo_store
    session = codev_sessions(store)[2]  # session 3: every closing widget filled
    editor = make_editor(store, height=600)
    editor.load(session.id)
    learning = store.learnings.list_by_session(session.id)[-1]
    action = store.actions.list_by_session(session.id)[0]
    feeling = store.feelings.list_by_session(session.id)[-1]
    keyword = store.keywords.get(session.id)
    assessment = store.assessments.list_by_session(session.id)[0]
    topic = editor.topics.rows()[-1]

    expected = {
        ("learning", learning.id): lambda: next(
            r.text for r in body(editor, StepKind.LEARNINGS).rows() if r.ref.id == learning.id
        ),
        ("action", action.id): lambda: next(
            r.title for r in body(editor, StepKind.ACTIONS).rows() if r.ref.id == action.id
        ),
        ("feeling", feeling.id): lambda: next(
            r.text
            for m in Moment
            for r in body(editor, StepKind.FEELING).rows_of(m)
            if r.ref.id == feeling.id
        ),
        ("keyword", keyword.id): lambda: body(editor, StepKind.KEYWORD).edit,
        ("assessment", assessment.id): lambda: next(
            r.stars.buttons[assessment.rating - 1]
            for r in body(editor, StepKind.RATINGS).rows
            if r.objective.id == assessment.objective_id
        ),
        ("topic", topic.ref.id): lambda: topic.title,
    }
    for (kind, ref_id), widget in expected.items():
        editor._scroll.verticalScrollBar().setValue(0)
        assert editor.focus_item(kind, ref_id) is True, kind
        target = widget()
        qtbot.waitUntil(lambda t=target: focused() is t, timeout=3000)
        assert in_view(editor, target), kind

    assert editor.focus_item("learning", 999_999) is False
    assert editor.focus_item("keyword", keyword.id + 1000) is False
    assert editor.focus_item("objective", 1) is False


def test_search_reveals_a_review_note_at_the_matched_word(qtbot, demo_store, make_editor):
    last = codev_sessions(demo_store)[-1]
    editor = make_editor(demo_store, height=600)
    editor.load(last.id)
    assert editor.show_match("note", "cycle.self", "vigilance")
    source = editor.sections["cycle.self"].body.editor
    qtbot.waitUntil(lambda: focused() is source, timeout=3000)
    assert source.textCursor().selectedText() == "vigilance"
    assert in_view(editor, source)


# -- screen readers and keyboard ---------------------------------------------------------------


def _named(widget: QWidget, buddies: set[QWidget]) -> bool:
    return bool(widget.accessibleName().strip()) or widget in buddies


@pytest.mark.parametrize("which", ["client", "last"])
def test_every_control_has_an_accessible_name(qtbot, demo_store, make_editor, which):
    sessions = codev_sessions(demo_store)
    session = sessions[2] if which == "client" else sessions[-1]
    editor = make_editor(demo_store)
    editor.load(session.id)
    body(editor, StepKind.LEARNINGS).add("Une de plus")  # rows added later are named too
    body(editor, StepKind.FEELING).add_row(Moment.AFTER)
    buddies = {label.buddy() for label in editor.findChildren(QLabel) if label.buddy()}
    checked = 0
    unnamed = []
    for widget in editor.findChildren(QWidget):
        if widget.window() is not editor.window():
            continue  # popups (calendar, completer) belong to their field
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a date or number field
        if isinstance(widget, INPUTS) or (
            isinstance(widget, QAbstractButton) and widget.isVisibleTo(editor)
        ):
            checked += 1
            if not _named(widget, buddies):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert checked > 60
    assert unnamed == []


def test_tab_follows_the_page(qtbot, demo_store, make_editor):
    """Header → steps in order → closing widgets → review → topics, rows added later included."""
    last = codev_sessions(demo_store)[-1]
    editor = make_editor(demo_store)
    editor.load(last.id)
    learnings = body(editor, StepKind.LEARNINGS)
    editor.header.title.setFocus()
    qtbot.waitUntil(lambda: focused() is editor.header.title, timeout=3000)
    qtbot.keyClicks(learnings.list.add_edit, "Added from the keyboard")
    qtbot.keyClick(learnings.list.add_edit, Qt.Key.Key_Return)
    new_row = learnings.rows()[-1]
    qtbot.waitUntil(lambda: not editor._tab_timer.isActive(), timeout=3000)

    visited: list[QWidget] = []
    editor.header.title.setFocus()
    for _ in range(400):
        widget = focused()
        if widget is None:
            break
        if not visited or visited[-1] is not widget:  # Tab walks a date's day, month, year
            if widget in visited:
                break
            visited.append(widget)
        if widget is editor.topics.list.add_edit:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert visited[-1] is editor.topics.list.add_edit

    def first(widget: QWidget) -> int:
        return visited.index(widget)

    landmarks = [editor.header.title, editor.header.date, editor.header.themes]
    for section in editor.sections.values():
        inside = [w for w in visited if section.isAncestorOf(w)]
        if inside:
            landmarks.append(inside[0])
    landmarks.append(editor.topics.list.add_edit)
    assert [first(w) for w in landmarks] == sorted(first(w) for w in landmarks)
    # the step's Write/Preview switch (above its text) comes just before the text, and only
    # one of the two is a stop
    expose = editor.sections["expose"].body
    assert first(expose.preview_button) == first(expose.editor) - 1
    assert expose.write_button not in visited
    # a learning added after loading sits with the others, before the add line
    assert first(new_row.text) < first(new_row.tags) < first(learnings.list.add_edit)
    # each 1–5 scale is a single stop
    scale = body(editor, StepKind.FEELING).rows_of(Moment.BEFORE)[0].intensity
    assert sum(b in visited for b in scale.buttons) == 1


def test_scales_answer_arrows_and_digits(qtbot, store, make_editor):
    from carnet.domain import Cadence, Group, Session

    group = store.groups.add(Group(name="G", template_id="codev", cadence=Cadence()))
    session = store.sessions.add(Session(group.id, 1, date(2025, 3, 12)))
    editor = make_editor(store)
    editor.load(session.id)
    row = body(editor, StepKind.FEELING).rows_of(Moment.BEFORE)[0]
    row.emotion.setFocus()
    qtbot.keyClick(row.emotion, Qt.Key.Key_Down)  # the first emotion
    assert row.intensity.value() == 3
    button = row.intensity.buttons[2]
    button.setFocus()
    qtbot.waitUntil(lambda: focused() is button, timeout=3000)
    qtbot.keyClick(button, Qt.Key.Key_Right)
    assert focused() is row.intensity.buttons[3]
    qtbot.keyClick(focused(), Qt.Key.Key_5)
    assert row.intensity.value() == 5 and focused() is row.intensity.buttons[4]
    assert [b.focusPolicy() != Qt.FocusPolicy.NoFocus for b in row.intensity.buttons] == [
        False,
        False,
        False,
        False,
        True,
    ]
    editor.flush()
    (feeling,) = store.feelings.list_by_session(session.id)
    assert feeling.intensity == 5


def test_preview_shortcut_toggles_the_focused_step(qtbot, demo_store, make_editor):
    session = codev_sessions(demo_store)[2]
    editor = make_editor(demo_store)
    editor.load(session.id)
    step = editor.sections["contrat"].body
    other = editor.sections["expose"].body
    step.editor.setFocus()
    qtbot.waitUntil(lambda: focused() is step.editor, timeout=3000)
    keys = QKeySequence(PREVIEW_SHORTCUT)[0]
    qtbot.keyClick(step.editor, keys.key(), keys.keyboardModifiers())
    assert step.is_previewing and not other.is_previewing
    assert focused() is step.preview  # the focus stays in the step
    assert step.preview.toPlainText()
    qtbot.keyClick(step.preview, keys.key(), keys.keyboardModifiers())
    assert not step.is_previewing and focused() is step.editor
    assert PREVIEW_SHORTCUT.split("+")[-1] in step.preview_button.toolTip()


def test_preview_shortcut_is_free_in_the_main_window(qtbot, main_window):
    taken = {
        key.toString() for action in main_window.findChildren(QAction) for key in action.shortcuts()
    }
    assert taken  # the window's actions were found
    assert QKeySequence(PREVIEW_SHORTCUT).toString() not in taken
    workspace = main_window.workspace
    workspace.show_session(main_window.ids["held"])
    editor = workspace.session_editor
    step = editor.sections["expose"].body
    step.editor.setFocus()
    qtbot.waitUntil(lambda: focused() is step.editor, timeout=3000)
    keys = QKeySequence(PREVIEW_SHORTCUT)[0]
    qtbot.keyClick(step.editor, keys.key(), keys.keyboardModifiers())
    assert step.is_previewing


# -- text size and palettes ----------------------------------------------------------------------


def test_text_follows_the_application_font(qtbot, demo_store, make_editor):
    app = QApplication.instance()
    previous = QFont(app.font())
    editor = make_editor(demo_store)
    editor.load(codev_sessions(demo_store)[2].id)
    assert not re.search(r"font-size:\s*[\d.]+px", editor.styleSheet())
    title = editor.sections["expose"]._title
    heading = editor.header.heading
    base = QFont(app.font())
    sizes = (title.font().pointSizeF(), heading.font().pointSizeF())
    try:
        bigger = QFont(base)
        bigger.setPointSizeF(base.pointSizeF() * 1.5)
        app.setFont(bigger)
        qtbot.waitUntil(lambda: title.font().pointSizeF() > sizes[0] * 1.3, timeout=3000)
        assert heading.font().pointSizeF() == pytest.approx(sizes[1] * 1.5, rel=0.05)
        assert title.font().pointSizeF() == pytest.approx(sizes[0] * 1.5, rel=0.05)
    finally:
        app.setFont(previous)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2b2b2b",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7aed",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize("scheme", ["light", "dark palette", "dark palette and app stylesheet"])
def test_text_is_readable_under_light_and_dark_palettes(
    qtbot, demo_store, make_editor, scheme, tmp_path
):
    from carnet.ui.style import apply_style

    app = QApplication.instance()
    previous_sheet, previous_palette = app.styleSheet(), QPalette(app.palette())
    try:
        if scheme != "dark palette":
            apply_style(app)
        else:
            app.setStyleSheet("")
        if scheme != "light":
            app.setPalette(dark_palette())
        editor = make_editor(demo_store)
        editor.resize(1280, 900)
        session = codev_sessions(demo_store)[2]
        editor.load(session.id)
        editor.finish_build()  # the lower steps are built over the next turns
        for _ in range(3):
            QApplication.processEvents()
        page = editor._page.grab().toImage()
        if SHOTS:
            folder = Path(SHOTS)
            folder.mkdir(parents=True, exist_ok=True)
            editor.grab().save(str(folder / f"session_{scheme.replace(' ', '_')}.png"))

        def background(widget: QWidget, x: int, y: int) -> QColor:
            point = widget.mapTo(editor._page, QPoint(x, y))
            return page.pixelColor(point)

        def ink(widget: QWidget) -> QColor:
            return widget.palette().color(widget.foregroundRole())

        ratings = body(editor, StepKind.RATINGS)
        learning = body(editor, StepKind.LEARNINGS).rows()[0]
        source = editor.sections["expose"].body.editor
        checks = {
            "step title": (editor.sections["expose"]._title, 4.5),
            "prompt": (editor.sections["expose"]._prompts.itemAt(0).widget(), 3.0),
            "session heading": (editor.header.heading, 4.5),
            "objective": (ratings.rows[0].title, 4.5),
            "feelings caption": (editor.findChild(QLabel, "subLabel"), 3.0),
        }
        for name, (label, minimum) in checks.items():
            ratio = contrast(ink(label), background(label, label.width() - 2, 1))
            assert ratio >= minimum, (scheme, name, ratio)
        for name, field in {"step text": source, "learning": learning.text}.items():
            ratio = contrast(ink(field), background(field, field.width() - 4, field.height() // 2))
            assert ratio >= 4.5, (scheme, name, ratio)
        placeholder = editor.topics.list.add_edit
        ratio = contrast(
            placeholder.palette().color(QPalette.ColorRole.PlaceholderText),
            background(placeholder, placeholder.width() - 4, placeholder.height() // 2),
        )
        assert ratio >= 2.5, (scheme, "placeholder", ratio)
        editor.clear()
    finally:
        app.setStyleSheet(previous_sheet)
        app.setPalette(previous_palette)
