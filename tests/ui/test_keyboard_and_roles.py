"""What the screen-reader walk checks, held at Qt level too (runs without an AT-SPI bus).

Return presses the focused push button everywhere, as in dialogs, without taking
Return from text fields or a dialog's default button; choice groups are radio
buttons; the unlock screen's field and eye are named; the charts' table has row
headers; a search result is read without Markdown marks; labels are linked.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
)
from ui_helpers import unlock_through_ui

from carnet.store.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from carnet.ui.a11y import speakable
from carnet.ui.models.search_results import SearchResultsModel
from carnet.ui.prepare.review import StatusPicker
from carnet.ui.session_editor.widgets import ScaleButtons
from carnet.ui.unlock import UnlockPage


@pytest.fixture
def styled():
    """The app's stylesheet, as ``carnet`` installs it; the test's own look restored after."""
    from carnet.ui.style import apply_style

    app = QApplication.instance()
    font, sheet, style_name = QFont(app.font()), app.styleSheet(), app.style().name()
    apply_style(app)
    yield app
    app.setStyleSheet(sheet)
    app.setFont(font)
    app.setStyle(style_name)


@pytest.fixture
def full_window(qtbot, make_window, seeded_journal, passphrase):
    """The main window with every view installed, unlocked on a seeded journal."""
    window = make_window()
    window.install_extensions()
    window.show()
    qtbot.waitExposed(window)
    window.start(seeded_journal[0])
    unlock_through_ui(qtbot, window, passphrase)
    return window


def role(widget) -> QAccessible.Role:
    return QAccessible.queryAccessibleInterface(widget).role()


# -- Return ------------------------------------------------------------------------------------------


def test_return_on_a_focused_button_opens_the_next_session(qtbot, styled, main_window):
    window = main_window
    home = window.workspace.home
    window.workspace.show_home()
    assert home.open_button.isVisible() and window.workspace.location()[0] == "home"
    home.open_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(home.open_button.hasFocus)
    qtbot.keyClick(home.open_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.location()[0] == "session")


def test_return_keeps_its_meaning_in_fields_and_dialogs(qtbot, styled):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    field, text = QLineEdit(), QPlainTextEdit()
    ok, other = QPushButton("OK"), QPushButton("Other")
    ok.setDefault(True)
    for widget in (field, text, ok, other):
        layout.addWidget(widget)
    pressed: list[str] = []
    ok.clicked.connect(lambda: pressed.append("ok"))
    other.clicked.connect(lambda: pressed.append("other"))
    dialog.show()
    qtbot.waitExposed(dialog)

    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Return)  # a new line, not a button
    assert text.toPlainText() == "\n" and pressed == []
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the dialog's default button
    assert pressed == ["ok"]
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Return)  # the focused button
    assert pressed == ["ok", "other"]


def test_every_push_button_is_pressed_by_return_once_styled(qtbot, styled):
    button = QPushButton("Open")
    qtbot.addWidget(button)
    button.show()
    assert button.autoDefault()  # the stylesheet's rule; without it Return does nothing
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert pressed == [True]


# -- choices are radio buttons ------------------------------------------------------------------------


@pytest.mark.parametrize("stars", [True, False])
def test_a_scale_is_a_group_of_radio_buttons(qtbot, stars):
    scale = ScaleButtons(5, stars=stars, name="Rating")
    qtbot.addWidget(scale)
    scale.show()
    changes: list[int] = []
    scale.valueChanged.connect(changes.append)
    assert {role(b) for b in scale.buttons} == {QAccessible.Role.RadioButton}
    qtbot.mouseClick(scale.buttons[2], Qt.MouseButton.LeftButton)
    assert scale.value() == 3 and [b.isChecked() for b in scale.buttons].count(True) == 1
    if stars:
        assert [b.text() for b in scale.buttons] == ["★", "★", "★", "☆", "☆"]
    qtbot.mouseClick(scale.buttons[2], Qt.MouseButton.LeftButton)  # the chosen one clears
    assert scale.value() == 0 and not any(b.isChecked() for b in scale.buttons)
    scale.buttons[1].setFocus()
    qtbot.keyClick(scale.buttons[1], Qt.Key.Key_Return)  # Return chooses…
    qtbot.keyClick(scale.buttons[1], Qt.Key.Key_Return)  # …and never clears
    assert scale.value() == 2 and changes == [3, 0, 2]


def test_the_action_status_picker_is_a_group_of_radio_buttons(qtbot):
    picker = StatusPicker()
    qtbot.addWidget(picker)
    assert {role(b) for b in picker.buttons.values()} == {QAccessible.Role.RadioButton}


# -- names and labels ---------------------------------------------------------------------------------


def test_the_unlock_field_and_its_eye_are_named_and_the_eye_takes_the_focus(qtbot):
    page = UnlockPage()
    qtbot.addWidget(page)
    assert page.passphrase_edit.accessibleName() == "Passphrase"
    eyes = [b for b in page.passphrase_edit.findChildren(QToolButton) if b.accessibleName()]
    assert [b.accessibleName() for b in eyes] == ["Show the passphrase"]
    assert eyes[0].focusPolicy() & Qt.FocusPolicy.TabFocus
    assert page.passphrase_edit.focusPolicy() == Qt.FocusPolicy.StrongFocus  # unchanged


def test_a_search_result_is_read_without_markdown_marks():
    model = SearchResultsModel()
    snippet = f"le **{HIGHLIGHT_START}conflit{HIGHLIGHT_END}** entre _deux_ agents"
    model.set_hits([SearchHit("note", 1, None, None, None, None, None, snippet)],
                   ["Note · séance 2"])
    index = model.index(0)
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Note · séance 2 — le conflit entre deux agents"
    assert speakable("# Titre\n**gras** et `code`, snake_case intact") == (
        "Titre\ngras et code, snake_case intact")


def test_the_progress_table_has_row_headers(qtbot, full_window):
    view = full_window.show_view("progress")
    model = view.table.model()
    assert model.rowCount() > 3
    headers = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert headers == [model.measure_label(r) for r in range(model.rowCount())]
    assert model.headerData(model.rowCount(), Qt.Orientation.Vertical) is None
    assert not view.table.tabKeyNavigation()  # Tab leaves the table
    captions = [label for label in view.findChildren(QLabel) if label.buddy() is view.table]
    assert captions and view.table.accessibleDescription()


def test_the_topics_tab_names_its_fields_and_links_its_captions(qtbot, full_window):
    view = full_window.show_view("prepare")
    topics = view.topics
    named = [topics.new_edit, topics.list, topics.title_edit, topics.draft_edit]
    assert all(widget.accessibleName() for widget in named)
    buddies = {label.buddy() for label in topics.findChildren(QLabel) if label.buddy()}
    assert {topics.title_edit, topics.draft_edit, topics.session_combo} <= buddies
    captions = [label for label in view.findChildren(QLabel) if label.buddy() is view.group_combo]
    assert [label.text() for label in captions] == ["Group"]


def test_tab_goes_from_the_passphrase_to_its_confirmation_and_the_eye_keeps_letters_out(
        qtbot):
    """Found in a review (real window): Tab from « Passphrase » landed on the eye inside
    the field; the confirmation typed there went onto the end of the passphrase, shown
    in clear (the space had toggled the eye). Tab now reaches « Confirm » first, the eye
    after it, and letters typed while the eye has the focus go nowhere."""
    from carnet.ui.welcome import WelcomePage

    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.passphrase_edit.setFocus()
    qtbot.waitUntil(page.passphrase_edit.hasFocus)
    qtbot.keyClicks(page.passphrase_edit, "abc def")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Tab)
    assert page.confirm_edit.hasFocus()
    qtbot.keyClicks(page.confirm_edit, "abc def")
    assert (page.passphrase_edit.text(), page.confirm_edit.text()) == ("abc def", "abc def")
    eye = next(b for b in page.passphrase_edit.findChildren(QToolButton) if b.accessibleName())
    qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Tab)
    assert eye.hasFocus()  # still reached by Tab, after the confirmation
    qtbot.keyClicks(eye, "xyz")
    assert page.passphrase_edit.text() == "abc def"  # nothing typed onto the passphrase
    assert page.passphrase_edit.echoMode() == page.passphrase_edit.EchoMode.Password
    qtbot.keyClick(eye, Qt.Key.Key_Space)  # control: the eye still toggles from the keyboard
    assert page.passphrase_edit.echoMode() == page.passphrase_edit.EchoMode.Normal
