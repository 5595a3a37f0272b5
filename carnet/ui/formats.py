"""Dates, relative days and vocabulary labels as the interface shows them.

Dates go through QLocale (the default locale follows the chosen language), so
"12 mars 2025" in French and "March 12, 2025" in American English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from carnet.domain import ActionStatus, Emotion, Role, SessionStatus

_WEEKDAY = re.compile(r"d{4}[,.]?\s*")


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("formats", text, disambiguation, n)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def medium_date_format() -> str:
    """The locale's long date format without the weekday ("d MMMM yyyy")."""
    fmt = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    return _WEEKDAY.sub("", fmt).strip(" ,")


_DAY = re.compile(r"(?<![d'])d(?![d'])")


def _first_of_month(fmt: str, day: date, locale: QLocale) -> str:
    """French writes the first of a month « 1er octobre » (as the booklet and the
    Markdown export do): the window wrote « 1 octobre » (fresh7)."""
    if day.day == 1 and locale.language() == QLocale.Language.French:
        return _DAY.sub("d'er'", fmt, count=1)
    return fmt


def date_formatter() -> Callable[[date], str]:
    """``format_date(day)`` (the medium style) for many days: the locale and its format
    read once (a view of two thousand sessions formats as many dates)."""
    locale, fmt = QLocale(), medium_date_format()
    return lambda day: locale.toString(QDate(day.year, day.month, day.day),
                                       _first_of_month(fmt, day, locale))


def format_date(day: date | None, style: str = "medium") -> str:
    """``short`` 12/03/2025, ``medium`` 12 mars 2025, ``long`` mercredi 12 mars 2025."""
    if day is None:
        return ""
    locale = QLocale()
    if style == "long":
        return locale.toString(qdate(day), _first_of_month(
            locale.dateFormat(QLocale.FormatType.LongFormat), day, locale))
    if style == "short":
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
        return locale.toString(qdate(day), fmt)
    return locale.toString(qdate(day), _first_of_month(medium_date_format(), day, locale))


def relative_days(day: date, today: date) -> str:
    """"today", "tomorrow", "in 5 days", "3 days ago"."""
    delta = (day - today).days
    if delta == 0:
        return _tr("today")
    if delta == 1:
        return _tr("tomorrow")
    if delta == -1:
        return _tr("yesterday")
    if delta > 1:
        return _tr("in %n days", None, delta)
    return _tr("%n days ago", None, -delta)


def session_status_label(status: SessionStatus) -> str:
    return {
        SessionStatus.PLANNED: _tr("Planned"),
        SessionStatus.HELD: _tr("Held"),
        SessionStatus.MISSED: _tr("Missed"),
    }[SessionStatus(status)]


def role_label(role: Role) -> str:
    return {
        Role.CLIENT: _tr("Client (bringing the situation)"),
        Role.CONSULTANT: _tr("Consultant"),
        Role.PARTICIPANT: _tr("Participant"),
        Role.FACILITATOR: _tr("Facilitator"),
    }[Role(role)]


def action_status_label(status: ActionStatus) -> str:
    return {
        ActionStatus.TODO: _tr("To do"),
        ActionStatus.IN_PROGRESS: _tr("In progress"),
        ActionStatus.DONE: _tr("Done"),
        ActionStatus.DROPPED: _tr("Dropped"),
        ActionStatus.POSTPONED: _tr("Postponed"),
    }[ActionStatus(status)]


def session_label(number: int, planned: int) -> str:
    """"Session 3/10" (or "Session 12" past the planned count)."""
    if planned and number <= planned:
        return _tr("Session %1/%2").replace("%1", str(number)).replace("%2", str(planned))
    return _tr("Session %1").replace("%1", str(number))


def emotion_labels() -> dict[Emotion, str]:
    """The feeling picker's words, translated (source strings in English); here, not in
    the session editor, so that the check-in shows them without loading the editor."""
    return {
        Emotion.JOY: QCoreApplication.translate("Emotion", "joy"),
        Emotion.CONFIDENCE: QCoreApplication.translate("Emotion", "confidence"),
        Emotion.SERENITY: QCoreApplication.translate("Emotion", "serenity"),
        Emotion.CURIOSITY: QCoreApplication.translate("Emotion", "curiosity"),
        Emotion.PRIDE: QCoreApplication.translate("Emotion", "pride"),
        Emotion.GRATITUDE: QCoreApplication.translate("Emotion", "gratitude"),
        Emotion.RELIEF: QCoreApplication.translate("Emotion", "relief"),
        Emotion.SURPRISE: QCoreApplication.translate("Emotion", "surprise"),
        Emotion.WORRY: QCoreApplication.translate("Emotion", "worry"),
        Emotion.FRUSTRATION: QCoreApplication.translate("Emotion", "frustration"),
        Emotion.ANGER: QCoreApplication.translate("Emotion", "anger"),
        Emotion.SADNESS: QCoreApplication.translate("Emotion", "sadness"),
        Emotion.FATIGUE: QCoreApplication.translate("Emotion", "tiredness"),
        Emotion.FEAR: QCoreApplication.translate("Emotion", "fear"),
    }
