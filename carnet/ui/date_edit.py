"""A date field a person can type a whole date in: « 9 novembre 2026 » gives that day.

Qt's QDateEdit takes typing section by section only. With a long month format
(« 7 décembre 2026 ») a date typed over the whole text (Ctrl+A, then « 9 novembre
2026 ») kept the old day silently: the « 9 » was refused, the month taken, and the
field read « 7 novembre 2026 » — every session of a new group was then planned from the
wrong day (review 3). A click put the cursor before the day, so « 19 » gave 17.

:class:`DateEdit` keeps Qt's section typing and its calendar, and adds:

* a click selects the section under it (the day, the month, the year): what is typed
  replaces it, as after a Tab;
* text typed over more than one section is taken as a whole date when the field is
  left (Tab, Enter, a click elsewhere) or read: « 9 novembre 2026 », « 9 nov. 2026 »,
  « 1er mars », « 09/11/2026 », « 2026-11-09 », « November 9, 2026 » — read by
  :func:`parse_typed_date` in the field's language and in English;
* text that names no date (« 31 février », « bientôt ») is refused visibly: the field
  keeps its date and says so beside it (a tooltip at the field, and ``refused``), never
  a different date silently.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QDateTimeEdit, QToolTip

#: Words that may stand around a date without changing it (« le 9 », « the 9th of »).
_FILLERS = {"le", "la", "du", "de", "en", "the", "of", "on", "er", "st", "nd", "rd", "th"}
#: How long the refusal stays shown at the field (ms).
REFUSAL_MS = 8000


def _folded(text: str) -> str:
    """Lower case, without accents or a final full stop: « Déc. » → « dec »."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).strip(".")


def _month_names(locale: QLocale) -> dict[str, int]:
    names: dict[str, int] = {}
    for place in (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), locale):
        for month in range(1, 13):
            for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                names[_folded(place.monthName(month, kind))] = month
                names[_folded(place.standaloneMonthName(month, kind))] = month
    names.pop("", None)
    return names


def _day_names(locale: QLocale) -> set[str]:
    names: set[str] = set()
    for place in (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), locale):
        for day in range(1, 8):
            for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                names.add(_folded(place.dayName(day, kind)))
    return names


def _month_of(word: str, names: dict[str, int]) -> int | None:
    """The month a word names: whole, or a beginning of three letters or more that only
    one month has (« nov », « sept »; « ju » or « jui » name none)."""
    if word in names:
        return names[word]
    if len(word) < 3:
        return None
    months = {month for name, month in names.items() if name.startswith(word)}
    return months.pop() if len(months) == 1 else None


def _numeric_order(locale: QLocale) -> str:
    """« dmy », « mdy » or « ymd »: the order of the locale's short numeric date."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    order = ""
    for char in fmt:
        key = {"d": "d", "M": "m", "y": "y"}.get(char)
        if key and key not in order:
            order += key
    return order if sorted(order) == ["d", "m", "y"] else "dmy"


def _year(text: str, default: int) -> int | None:
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        return 2000 + int(text)
    return None if text else default


def parse_typed_date(text: str, locale: QLocale, current: date) -> date | None:
    """The date ``text`` names, or None when it names none (or several).

    The missing parts are those of ``current`` (the field's date): « 9 » is the 9th
    of the month shown, « 9 novembre » the 9 November of the year shown. Month names
    are read in ``locale``'s language and in English, whole or begun (« nov. »), with
    or without accents; a weekday and « le », « 1er » are read past.
    """
    tokens = re.findall(r"\d+|[^\W\d_]+", text)
    if not tokens or len(text) > 60:
        return None
    months, days = _month_names(locale), _day_names(locale)
    numbers: list[str] = []
    month: int | None = None
    for token in tokens:
        if token.isdigit():
            numbers.append(token)
            continue
        word = _folded(token)
        found = _month_of(word, months)
        if found is not None and month is None:
            month = found
        elif word in days or word in _FILLERS:
            continue
        else:
            return None  # a word that is no month: not a date this field can be sure of
    try:
        if month is not None:
            if not 1 <= len(numbers) <= 2:
                return None
            day_text, year_text = numbers[0], numbers[1] if len(numbers) == 2 else ""
            if len(day_text) == 4 and year_text:  # « 2026 novembre 9 »
                day_text, year_text = year_text, day_text
            year = _year(year_text, current.year)
            return None if year is None else date(year, month, int(day_text))
        if len(numbers) == 1 and len(numbers[0]) <= 2:
            return date(current.year, current.month, int(numbers[0]))
        if len(numbers) == 3 and len(numbers[0]) == 4:  # ISO: 2026-11-09
            return date(int(numbers[0]), int(numbers[1]), int(numbers[2]))
        order = _numeric_order(locale).replace("y", "") if len(numbers) == 2 else \
            _numeric_order(locale)
        if len(numbers) != len(order) or len(numbers) not in (2, 3):
            return None
        parts = dict(zip(order, numbers, strict=True))
        year = _year(parts.get("y", ""), current.year)
        if year is None or len(parts["d"]) > 2 or len(parts["m"]) > 2:
            return None
        return date(year, int(parts["m"]), int(parts["d"]))
    except ValueError:  # 31 février, month 13…
        return None


class DateEdit(QDateEdit):
    """A QDateEdit that takes a whole typed date, or says it cannot (see the module)."""

    #: A typed text was refused (the text; the field kept its date).
    refused = Signal(str)
    #: A whole date is being typed (or pasted): the field's text changed, its date not
    #: yet (``commit`` takes it). Qt's own signals are quiet meanwhile (``_set_free``).
    typing = Signal()

    def __init__(self, *args) -> None:
        super().__init__(*args)
        #: The last refusal's sentence, shown at the field until its date changes.
        self.refusal = ""
        #: A whole date is being typed: the keys go to the text as typed (keyPressEvent).
        self._free = False
        self._own_tip = ""
        self.lineEdit().installEventFilter(self)
        self.dateChanged.connect(self._forget_refusal)

    # -- what the field holds -------------------------------------------------------------------
    def _shown(self) -> str:
        """The text of the field's own date (its special value's text at the minimum)."""
        if self.specialValueText() and super().date() == self.minimumDate():
            return self.specialValueText()
        return self.textFromDateTime(self.dateTime())

    def typed_date(self) -> QDate | None:
        """The date the field's text names: its own when the text is its own, None when
        the text names no date the field can hold."""
        text = self.lineEdit().text()
        if text == self._shown():
            return super().date()
        if self.specialValueText() and text == self.specialValueText():
            return self.minimumDate()
        result = super().validate(text, len(text))
        state, fixed = (result[0], result[1]) if isinstance(result, tuple) else (result, text)
        if state == QValidator.State.Acceptable and fixed == text:
            day = self.dateTimeFromText(text).date()  # Qt reads its own format
        else:
            found = parse_typed_date(text, self.locale(), super().date().toPython())
            day = QDate(found.year, found.month, found.day) if found else QDate()
        if day.isValid() and self.minimumDate() <= day <= self.maximumDate():
            return day
        return None

    def date(self) -> QDate:
        """The field's date; while a date is being typed in it, the date typed when it
        names one (a save by shortcut, the keyboard still in the field, reads it)."""
        if self.lineEdit().text() != self._shown():
            typed = self.typed_date()
            if typed is not None:
                return typed
        return super().date()

    def commit(self) -> bool:
        """Take the typed text as the field's date; False, said at the field, when it
        names no date the field can hold (its date is kept)."""
        self._set_free(False)
        text = self.lineEdit().text()
        if text == self._shown():
            return True
        day = self.typed_date()
        if day is None:
            self._refuse(text)
            return False
        self._show_own(day)  # the same date typed another way is shown the field's way
        self._forget_refusal()
        return True

    def _show_own(self, day: QDate) -> None:
        """Set ``day`` and show it: the text is put back quietly first, so that Qt, which
        listens to it (and read the typed text), starts again from its own date."""
        edit = self.lineEdit()
        edit.blockSignals(True)
        edit.setText(self._shown())
        edit.blockSignals(False)
        self.setDate(day)
        self.setDateTime(self.dateTime())  # Qt rewrites the text from its date

    def _refuse(self, text: str) -> None:
        shown = self._shown()
        self.refusal = QCoreApplication.translate(
            "DateEdit", "“%1” is not a date this field can take: it keeps “%2”.").replace(
                "%1", " ".join(text.split())).replace("%2", shown)
        self.setProperty("refused", True)
        self._repolish()
        super().setToolTip(self.refusal)
        self.setAccessibleDescription(self.refusal)
        self._show_own(super().date())
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.refusal, self,
                              self.rect(), REFUSAL_MS)
        self.refused.emit(text)

    def _forget_refusal(self) -> None:
        if self.refusal:
            self.refusal = ""
            self.setProperty("refused", False)
            self._repolish()
            super().setToolTip(self._own_tip)
            self.setAccessibleDescription("")

    def setToolTip(self, text: str) -> None:
        """The field's own tooltip, shown again once a refusal is forgotten."""
        self._own_tip = text
        if not self.refusal:
            super().setToolTip(text)

    def _repolish(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)

    # -- typing ---------------------------------------------------------------------------------
    def validate(self, text: str, pos: int) -> object:
        """Qt's validation, except while a whole date is typed: the text is then the
        person's, never changed (Qt made « 31 février » « 28 février »), read when the
        field is left."""
        if self._free:
            return QValidator.State.Intermediate, text, pos
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid and _may_be_typed_date(text):
            return QValidator.State.Intermediate, text, pos
        return result

    def _set_free(self, free: bool) -> None:
        """While a whole date is typed, the text is the person's: QDateTimeEdit, which
        follows its text and cursor, would put its own date back at the first key."""
        if free != self._free:
            self._free = free
            self.lineEdit().blockSignals(free)

    def _spans_sections(self) -> bool:
        """More than one section is selected (Ctrl+A, a drag), or none is left."""
        edit = self.lineEdit()
        selected = edit.selectedText()
        if not edit.text():
            return True
        if self.specialValueText() and edit.text() == self.specialValueText():
            edit.selectAll()  # « Pas de date »: what is typed replaces it
            return True
        return bool(selected) and (selected == edit.text()
                                   or re.search(r"[\W_]", selected.strip()) is not None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Escape and self._typed():
            self._set_free(False)  # what was typed is given up: the field's date stays
            self._show_own(super().date())
            self.lineEdit().selectAll()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self._typed():
            forward = key == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.focusNextPrevChild(forward)
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.lineEdit().selectAll()  # Qt ignores it on the special value (« Pas de date »)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            pasted = " ".join(QGuiApplication.clipboard().text().split())
            if pasted:
                if not self._free and re.search(r"[\W_]", pasted):
                    self.lineEdit().selectAll()  # a whole date pasted: it replaces the field's
                self._set_free(True)
                self.lineEdit().insert(pasted[:60])
                self.typing.emit()
            return
        modifiers = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier
                                         | Qt.KeyboardModifier.MetaModifier)
        typing = not modifiers and (
            (bool(event.text()) and event.text()[0].isprintable())
            or key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete))
        if self._free or (typing and self._spans_sections()):
            self._set_free(True)
            self.lineEdit().event(event)  # straight to the text: no propagation back here
            self.typing.emit()
            return
        super().keyPressEvent(event)

    def _typed(self) -> bool:
        """Something was typed that is not (yet) the field's date."""
        return self._free or self.lineEdit().text() != self._shown()

    def has_typed(self) -> bool:
        """A date is being typed and not yet taken (``commit`` takes it)."""
        return self._typed()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab after a date typed whole leaves the field (Qt's Tab would go on to its next
        section) once the date is taken; refused, the keyboard stays, the date selected."""
        if not self._typed():
            if self.specialValueText() and self.lineEdit().text() == self.specialValueText():
                # « Pas de date » has no sections: Qt's Tab went to the day section that
                # is not there, again and again, and the keyboard never left the field.
                return QAbstractSpinBox.focusNextPrevChild(self, next)
            return super().focusNextPrevChild(next)
        if self.commit():
            return QAbstractSpinBox.focusNextPrevChild(self, next)
        self.lineEdit().selectAll()
        return True

    def focusOutEvent(self, event) -> None:
        self.commit()
        super().focusOutEvent(event)

    # -- a click selects the section under it ----------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease
                and not self._free and not self.lineEdit().hasSelectedText()):
            # (with the field as context: dropped if a lock destroys it meanwhile)
            QTimer.singleShot(0, self, self._select_section_at_cursor)
        return super().eventFilter(watched, event)

    def _select_section_at_cursor(self) -> None:
        """Qt follows the cursor to its section (``currentSection``): select it whole,
        so what is typed replaces it (a click before « 7 » then « 19 » gave 17)."""
        edit = self.lineEdit()
        if edit.hasSelectedText() or not self.hasFocus() or edit.text() != self._shown():
            return
        section = self.currentSection()
        if section != QDateTimeEdit.Section.NoSection:
            self.setSelectedSection(section)


def _may_be_typed_date(text: str) -> bool:
    return 0 < len(text) <= 60 and re.fullmatch(r"[\w\s.,/'’-]*", text) is not None
