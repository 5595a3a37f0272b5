"""A date typed on the keyboard is the date kept, or the field says it cannot take it.

Review 3 (fresh3, tests/review3/test_typed_start_date.py): « Nouveau groupe » ›
« Première séance » › Ctrl+A › « 9 novembre 2026 » › Tab gave « 7 novembre 2026 »:
QDateEdit refused the « 9 » typed over the whole text, took the month, and every session
was planned from the wrong day. A click put the cursor before the day: « 19 » gave 17.
Every date field of the app is now a :class:`carnet.ui.date_edit.DateEdit`.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QVBoxLayout, QWidget
from ui_helpers import type_text

from carnet.ui.date_edit import DateEdit, parse_typed_date

FR = QLocale(QLocale.Language.French, QLocale.Country.France)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
TODAY = date(2026, 12, 7)
SHOWN = QDate(2026, 12, 7)


@pytest.fixture
def make_field(qtbot, french_locale):
    """A DateEdit (« 7 décembre 2026 ») in an active window, beside a line to Tab to."""
    windows = []

    def make(day: QDate | None = SHOWN) -> DateEdit:
        window = QWidget()
        windows.append(window)
        layout = QVBoxLayout(window)
        field = DateEdit(day) if day is not None else DateEdit()
        field.setDisplayFormat("d MMMM yyyy")
        layout.addWidget(field)
        layout.addWidget(QLineEdit())
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        return field

    return make


def retype(qtbot, field, text: str, then=Qt.Key.Key_Tab) -> None:
    """Click in the field, select all of it, type ``text``, then leave with ``then``."""
    field.setFocus()
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, field, text)
    qtbot.keyClick(field, then)


# -- the reviewer's case: the group's first session -------------------------------------------


def test_a_typed_first_session_date_is_kept(qtbot, unlocked, french_locale):
    window = unlocked()
    window.workspace.new_group()
    editor = window.workspace.group_editor
    field = editor.start_edit
    retype(qtbot, field, "9 novembre 2026")
    shown = field.text()
    assert "novembre 2026" in shown  # control: the typing reached the field
    assert field.date().toPython() == date(2026, 11, 9), (
        f"typed 9 novembre 2026, kept « {shown} »")
    assert shown == "9 novembre 2026" and not field.hasFocus()  # shown its own way, left


def test_every_date_field_of_the_app_takes_a_typed_date(qtbot, unlocked, french_locale):
    """No plain QDateEdit is left anywhere a person types a date (control: the list of
    fields found is not empty, and holds the five places the review named)."""
    from carnet.ui.booklet_dialog import BookletDialog

    window = unlocked()
    workspace = window.workspace
    found: dict[str, list[QDateEdit]] = {}
    places = {
        "new group": workspace.new_group,
        "session": lambda: workspace.show_session(window.ids["held"]),
        **{f"view {key}": lambda key=key: window.show_view(key) for key in sorted(window._views)},
    }
    for name, show in places.items():
        show()
        if name == "session":  # the lower steps (the actions) are built after the top
            qtbot.waitUntil(lambda: window.findChild(QDateEdit, "actionDue") is not None)
        found[name] = window.findChildren(QDateEdit)
    dialog = BookletDialog(window.store, window.templates, window)
    qtbot.addWidget(dialog)
    found["booklet"] = dialog.findChildren(QDateEdit)
    names = {f.objectName() or type(f.parent()).__name__ for fields in found.values()
             for f in fields}
    assert {"actionDue", "sessionDate", "postponeDate"} <= names  # control
    plain = sorted({f"{place}: {f.objectName() or type(f.parent()).__name__}"
                    for place, fields in found.items() for f in fields
                    if not isinstance(f, DateEdit)})
    assert plain == [], f"date fields that keep a wrong day when a date is typed: {plain}"


def test_a_date_typed_in_the_session_page_is_saved(qtbot, unlocked, french_locale):
    window = unlocked()
    session_id = window.ids["held"]
    window.workspace.show_session(session_id)
    editor = window.workspace.session_editor
    retype(qtbot, editor.header.date, "3 mars 2026")
    from carnet.templates import StepKind

    actions = next(s.body for s in editor.sections.values() if s.step.kind == StepKind.ACTIONS)
    due = actions.rows()[0].due
    retype(qtbot, due, "9 nov. 2026")
    editor.flush()
    editor.autosaver.queue.wait_idle(10)
    store = window.store
    assert store.sessions.get(session_id).date == date(2026, 3, 3)
    (action,) = store.actions.list_by_session(session_id)
    assert action.due_date == date(2026, 11, 9)


def test_a_typed_date_that_is_none_is_refused_visibly(qtbot, make_field):
    field = make_field()
    field.setToolTip("Première séance")
    retype(qtbot, field, "31 février 2026")
    assert field.date() == QDate(2026, 12, 7)  # kept, never « 28 février » or « 3 mars »
    assert field.text() == "7 décembre 2026"
    assert "31 février 2026" in field.refusal and "7 décembre 2026" in field.refusal
    assert field.property("refused") and field.toolTip() == field.refusal
    retype(qtbot, field, "28 février 2026")  # control: a real date clears the refusal
    assert field.date() == QDate(2026, 2, 28)
    assert not field.refusal and not field.property("refused")
    assert field.toolTip() == "Première séance"


def test_escape_gives_up_what_was_typed(qtbot, make_field):
    field = make_field()
    retype(qtbot, field, "9 novembre", then=Qt.Key.Key_Escape)
    assert (field.date(), field.text(), field.refusal) == (QDate(2026, 12, 7),
                                                           "7 décembre 2026", "")


def test_a_click_selects_the_section_typed_over(qtbot, make_field):
    """« 19 » typed after a click on the day gave « 17 » (the cursor was before the 7)."""
    field = make_field()
    field.setFocus()
    edit = field.lineEdit()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(3, edit.height() // 2))
    qtbot.waitUntil(lambda: edit.selectedText() == "7")
    type_text(qtbot, field, "19")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date() == QDate(2026, 12, 19)


def test_a_date_pasted_whole_is_that_date(qtbot, make_field):
    field = make_field()
    field.setFocus()
    field.setSelectedSection(QDateEdit.Section.DaySection)  # only the day selected
    QApplication.clipboard().setText("  lundi 9 novembre 2026\n")
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2026, 11, 9)


def test_the_special_value_no_date_stays_readable(qtbot, make_field):
    """An action's « Pas de date »: left as it is, it is not a refused typing."""
    field = make_field(None)
    field.setMinimumDate(QDate(1900, 1, 1))
    field.setSpecialValueText("Pas de date")
    field.setDate(QDate(1900, 1, 1))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert (field.date(), field.refusal) == (QDate(1900, 1, 1), "")
    retype(qtbot, field, "9/11/2026")
    assert field.date() == QDate(2026, 11, 9)


# -- reading a typed date ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("9 novembre 2026", date(2026, 11, 9)),
    ("9 Novembre 2026", date(2026, 11, 9)),
    ("9 nov. 2026", date(2026, 11, 9)),
    ("9 nov 26", date(2026, 11, 9)),
    ("1er mars", date(2026, 3, 1)),
    ("le 9 décembre", date(2026, 12, 9)),
    ("9 decembre 2026", date(2026, 12, 9)),
    ("lundi 9 novembre 2026", date(2026, 11, 9)),
    ("09/11/2026", date(2026, 11, 9)),
    ("9.11.2026", date(2026, 11, 9)),
    ("9-11", date(2026, 11, 9)),
    ("2026-11-09", date(2026, 11, 9)),
    ("November 9, 2026", date(2026, 11, 9)),
    ("9", date(2026, 12, 9)),
    ("2027 sept 12", date(2027, 9, 12)),
    ("9 11 novembre 2026", None),  # three numbers with a month: not sure which is which
    ("31 février 2026", None),
    ("bientôt", None),
    ("jui 2026", None),  # juin or juillet
    ("9 novembre 2026 et 10", None),
    ("32/11/2026", None),
    ("11/2026", None),
    ("", None),
])
def test_typed_dates_read_in_french(text, expected):
    assert parse_typed_date(text, FR, TODAY) == expected


def test_numbers_follow_the_locale_order():
    assert parse_typed_date("11/9/2026", US, TODAY) == date(2026, 11, 9)
    assert parse_typed_date("11/9/2026", FR, TODAY) == date(2026, 9, 11)  # control
    assert parse_typed_date("9 novembre 2026", US, TODAY) is None  # French words not in EN


def test_a_click_then_the_field_destroyed_at_once_raises_nothing(qtbot):
    """A click in a date field, then a lock destroying the page before the next turn:
    the section selection posted by the click raised on the deleted field (fresh4)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    field = DateEdit()
    field.show()
    field.setFocus()
    release = QMouseEvent(QEvent.Type.MouseButtonRelease, QPointF(5, 5), QPointF(5, 5),
                          Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton,
                          Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(field.lineEdit(), release)
    shiboken6.delete(field)
    qtbot.wait(20)  # the posted selection's turn: pytest-qt fails the test if it raises
