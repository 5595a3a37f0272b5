"""Every place of the real window, as a screen reader and a large desktop font see it.

The demo journal is unlocked in the main window with all its extensions; the test
visits the home view, the group editor, a session and every registered view, and
checks that each control a person can reach has a name a screen reader can say.
Then the window is built again under a desktop font half as large again: the key
labels grow with it and none is clipped.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)
from ui_helpers import type_text, unlock_through_ui

from carnet.demo import build_demo
from carnet.store import JournalStore
from carnet.templates import StepKind

INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QAbstractItemView,
    QSlider,
)
VIEWS = {"prepare", "progress", "tags", "timeline", "search"}
UI = Path(__file__).resolve().parents[2] / "carnet" / "ui"


@pytest.fixture
def demo_journal(tmp_path, passphrase) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "demo.carnet"
    store = JournalStore.create(path, passphrase, owner_name="Camille")
    try:
        build_demo(store)
        group = next(g for g in store.groups.list() if g.template_id == "codev")
        sessions = store.sessions.list_by_group(group.id)
        return path, {"group": group.id, "session": sessions[2].id, "last": sessions[-1].id}
    finally:
        store.close()


def open_demo(qtbot, make_window, path: Path, passphrase: str):
    window = make_window()
    window.install_extensions()
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    return window


def settle() -> None:
    """Let the place settle; a session page builds its lower parts on the turns after it
    opened (timed slices): every control of a place is its whole page's."""
    from carnet.ui.session_editor import SessionEditor

    deadline = time.monotonic() + 30
    for editor in [w for w in QApplication.allWidgets() if isinstance(w, SessionEditor)]:
        while editor.building and time.monotonic() < deadline:
            QTest.qWait(5)
        assert not editor.building, "the session page was never whole"
    for _ in range(3):
        QApplication.processEvents()


# -- names for screen readers ---------------------------------------------------------------------


def _described(widget: QWidget) -> str:
    parent = widget.parentWidget()
    where = f" in {type(parent).__name__}#{parent.objectName()}" if parent is not None else ""
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__}#{widget.objectName()} {text[:30]!r}{where}"


def unnamed_controls(window: QWidget) -> tuple[int, list[str]]:
    """(controls checked, those without a name) among the visible controls of ``window``.

    A control is named by its accessible name or by the label whose buddy it is; a
    button's own text is what Qt gives a screen reader, so a button with words on it
    is named too (a lone symbol such as « × » is not).
    """
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy()}
    checked, unnamed = 0, []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible():
            continue
        if widget.window() is not window:
            continue  # popups (a calendar, a completer) belong to their field
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox | QLineEdit):
            continue  # the line edit inside a date or a combo, a field's own icon buttons
        if not isinstance(widget, QAbstractButton) and (
            widget.focusPolicy() == Qt.FocusPolicy.NoFocus
        ):
            continue  # not a control the keyboard reaches (a table's header)
        checked += 1
        if widget.accessibleName().strip() or widget in buddies:
            continue
        if isinstance(widget, QAbstractButton) and any(c.isalnum() for c in widget.text()):
            continue
        unnamed.append(_described(widget))
    return checked, unnamed


def test_every_control_of_every_place_has_a_name(qtbot, make_window, demo_journal, passphrase):
    path, ids = demo_journal
    window = open_demo(qtbot, make_window, path, passphrase)
    workspace = window.workspace
    assert set(window._views) >= VIEWS

    def search() -> None:
        window.actions["find"].trigger()
        type_text(qtbot, window.search_field, "délég")
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)

    places = {
        "home": workspace.show_home,
        "group editor": lambda: workspace.show_group(ids["group"]),
        "new group": workspace.new_group,
        "session": lambda: workspace.show_session(ids["session"]),
        "last session (cycle review)": lambda: workspace.show_session(ids["last"]),
        **{f"view {key}": lambda key=key: window.show_view(key) for key in sorted(window._views)},
        "search results": search,
    }
    offenders: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for place, go in places.items():
        go()
        settle()
        counts[place], unnamed = unnamed_controls(window)
        if unnamed:
            offenders[place] = unnamed
    assert workspace.location() == ("search", None)
    assert offenders == {}, "\n".join(
        f"{place}:\n  " + "\n  ".join(names) for place, names in offenders.items()
    )
    assert counts["session"] > 60 and counts["group editor"] > 15  # the walk saw the controls


def test_the_group_form_names_its_fields_by_their_captions(qtbot, make_window, demo_journal,
                                                           passphrase):
    path, ids = demo_journal
    window = open_demo(qtbot, make_window, path, passphrase)
    window.workspace.show_group(ids["group"])
    editor = window.workspace.group_editor
    captions = {
        label.buddy(): label.text() for label in editor.findChildren(QLabel) if label.buddy()
    }
    assert captions[editor.name_edit] == "Name"
    assert captions[editor.format_combo] == "Format"
    assert captions[editor.start_edit] == "First session"
    assert captions[editor.every_spin] == "Meets"
    assert captions[editor.count_spin] == "Sessions planned"
    assert editor.unit_combo.accessibleName()
    assert editor.members_table.accessibleName() == "Members"


# -- a larger desktop font -----------------------------------------------------------------------------


def test_no_stylesheet_sizes_text_in_pixels():
    offenders = [
        f"{file.relative_to(UI)}:{number}"
        for file in sorted(UI.rglob("*.py"))
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"font-size:\s*[\d.]+\s*px", line)
    ]
    assert offenders == []


def clipped_labels(root: QWidget) -> list[str]:
    """Visible labels whose text does not fit: a wrapped one too short, another too small."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() or label.pixmap() is not None:
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(f"{label.objectName() or label.text()[:30]!r}: {needed} px high "
                              f"in {label.height()}")
            continue
        hint = label.sizeHint()
        if hint.width() > label.width() + 1 or hint.height() > label.height() + 1:
            found.append(f"{label.objectName() or label.text()[:30]!r}: {hint.width()}×"
                         f"{hint.height()} in {label.width()}×{label.height()}")
    return found


def key_label_sizes(window, ids) -> dict[str, float]:
    """The point size of the key labels of the home view and of a session."""
    workspace = window.workspace
    workspace.show_home()
    settle()
    home = workspace.home
    sizes = {
        "home title": home.greeting,
        "home subtitle": home.today_label,
        "section caption": home.actions_title,
        "next session": home.next_title,
        "details": home.next_when,
        "button": home.open_button,
        "sidebar": workspace.sidebar.tree,
    }
    result = {name: widget.font().pointSizeF() for name, widget in sizes.items()}
    workspace.show_session(ids["session"])
    settle()
    editor = workspace.session_editor
    section = editor.sections["expose"]
    ratings = next(s.body for s in editor.sections.values() if s.step.kind == StepKind.RATINGS)
    result.update({
        "session heading": editor.header.heading.font().pointSizeF(),
        "step title": section._title.font().pointSizeF(),
        "prompt": section._prompts.itemAt(0).widget().font().pointSizeF(),
        "objective": ratings.rows[0].title.font().pointSizeF(),
        "step text": section.body.editor.font().pointSizeF(),
    })
    prepare = window.show_view("prepare")
    settle()
    result["prepare title"] = prepare.findChild(QLabel, "prepareTitle").font().pointSizeF()
    return result


def test_labels_grow_with_a_larger_desktop_font_and_none_is_clipped(
    qtbot, make_window, demo_journal, passphrase
):
    """As when Carnet starts on a desktop whose font is set 1.5 times larger."""
    from carnet.ui.style import apply_style

    path, ids = demo_journal
    app = QApplication.instance()
    previous_font, previous_sheet = QFont(app.font()), app.styleSheet()
    try:
        apply_style(app)
        window = open_demo(qtbot, make_window, path, passphrase)
        normal = key_label_sizes(window, ids)
        window.close()

        larger = QFont(app.font())
        larger.setPointSizeF(app.font().pointSizeF() * 1.5)
        app.setFont(larger)
        apply_style(app)
        window = open_demo(qtbot, make_window, path, passphrase)
        window.resize(1400, 900)
        large = key_label_sizes(window, ids)
        grown = {name: round(large[name] / normal[name], 2) for name in normal}
        assert all(ratio == pytest.approx(1.5, abs=0.08) for ratio in grown.values()), grown

        for place, go in {
            "home": window.workspace.show_home,
            "session": lambda: window.workspace.show_session(ids["session"]),
        }.items():
            go()
            settle()
            assert clipped_labels(window) == [], place
        window.close()
    finally:
        app.setFont(previous_font)
        app.setStyleSheet(previous_sheet)
