"""The home view's reminder: a session is near and actions are still open.

« Séance n°5 de RPM — Cadres de santé dans 3 jours : 4 actions ouvertes, 1 en
retard » with a button that opens the preparation view. ``reminder_message``
does the (cheap, one group) query; ``ReminderBanner`` shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from carnet.services.planning import prepare
from carnet.services.session_status import next_session
from carnet.store import JournalStore
from carnet.store.errors import StoreError
from carnet.ui import formats, style
from carnet.ui.style import ACCENT, ACCENT_SOFT


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Reminder", text, None, n)


@dataclass(frozen=True)
class Reminder:
    session_id: int
    group_id: int
    days_left: int
    open_actions: int
    overdue: int
    text: str


def reminder_message(store: JournalStore, today: date | None = None,
                     within_days: int = 3) -> Reminder | None:
    """What to say on opening, or None: a planned session within ``within_days``
    and at least one open action due by then (for that session's group)."""
    today = today or date.today()
    upcoming = next_session(store, today)
    if upcoming is None or (upcoming.date - today).days > within_days:
        return None
    preparation = prepare(store, today, upcoming.group_id)
    count = len(preparation.due_items)
    if not count:
        return None
    group = preparation.group or store.groups.get(upcoming.group_id)
    when = formats.relative_days(upcoming.date, today)
    text = (_tr("Session %1 of %2 %3:").replace("%1", str(upcoming.number))
            .replace("%2", group.name).replace("%3", when))
    actions = _tr("1 open action") if count == 1 else _tr("%n open actions", count)
    text = f"{text} {actions}"
    if preparation.overdue_count:
        text += ", " + _tr("%n overdue", preparation.overdue_count)
    return Reminder(upcoming.id, upcoming.group_id, (upcoming.date - today).days, count,
                    preparation.overdue_count, text)


class ReminderBanner(QFrame):
    """A calm banner with the reminder and « Prepare »; hidden when there is nothing
    to say. Call ``refresh()`` when the home view refreshes."""

    openRequested = Signal(int)  # noqa: N815 - the group id to prepare

    def __init__(self, store: JournalStore, within_days: int = 3,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepareReminder")
        self.setStyleSheet(
            f"QFrame#prepareReminder {{ background: {ACCENT_SOFT}; border-radius: 8px; }}"
            f"QFrame#prepareReminder QLabel {{ color: {ACCENT}; background: transparent; }}")
        self.store = store
        self.within_days = within_days
        self.reminder: Reminder | None = None
        self.text_label = style.label("", wrap=True)
        self.button = QPushButton(self.tr("Prepare the session"))
        self.button.setObjectName("openPrepare")
        self.button.setProperty("role", "primary")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 10)
        layout.setSpacing(12)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._open)
        self.hide()

    def refresh(self, today: date | None = None) -> bool:
        """Show the reminder if one is due; True when shown."""
        try:
            self.reminder = reminder_message(self.store, today, self.within_days)
        except StoreError:
            self.reminder = None
        self.text_label.setText(self.reminder.text if self.reminder else "")
        self.setVisible(self.reminder is not None)
        return self.reminder is not None

    def _open(self) -> None:
        if self.reminder is not None:
            self.openRequested.emit(self.reminder.group_id)

    def clear(self) -> None:
        self.reminder = None
        self.text_label.clear()
        self.hide()
