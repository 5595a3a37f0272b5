"""On Home: one learning from before, brought back (``carnet.services.resurface``).

« Il y a 6 mois, sur la délégation, vous aviez appris… » and the learning, in
large type; « Another » shows the next one, « Open the session » goes to where
it was written, « Don't show again » turns the card off (Preferences turns it
on again). The learning is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from carnet.services.resurface import THEME, Resurfaced, candidates
from carnet.ui import formats, style
from carnet.ui.versions import in_words

if TYPE_CHECKING:
    from carnet.store import JournalStore
    from carnet.ui.settings import Settings


class ResurfaceCard(QFrame):
    """One resurfaced learning at a time; hidden when there is none or it is off."""

    sessionRequested = Signal(int)  # noqa: N815

    def __init__(self, store: JournalStore, settings: Settings, *,
                 today: Callable[[], date] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resurfaceCard")
        self.setProperty("role", "card")
        self.store = store
        self.settings = settings
        self.today_fn = today or date.today
        self.items: list[Resurfaced] = []
        self.index = 0
        self.intro = style.label("", "muted", wrap=True)
        self.intro.setObjectName("resurfaceIntro")
        self.text = style.label("", wrap=True)
        self.text.setObjectName("resurfaceText")
        self.text.setStyleSheet(f"color: {style.INK}; font-size: {style.scaled_pt(14)};")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = style.label("", "muted", wrap=True)
        self.open_button = QPushButton(self.tr("Open the session"))
        self.open_button.setObjectName("resurfaceOpen")
        self.next_button = QPushButton(self.tr("Another"))
        self.next_button.setObjectName("resurfaceNext")
        self.next_button.setAccessibleName(self.tr("Show another learning from before"))
        self.off_button = QPushButton(self.tr("Don't show again"))
        self.off_button.setObjectName("resurfaceOff")
        self.off_button.setToolTip(self.tr("Preferences can show it again"))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.off_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        layout.addWidget(self.intro)
        layout.addWidget(self.text)
        layout.addWidget(self.source)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._open)
        self.next_button.clicked.connect(self.show_next)
        self.off_button.clicked.connect(self.turn_off)
        self.hide()

    @property
    def current(self) -> Resurfaced | None:
        return self.items[self.index] if self.items else None

    def refresh(self) -> None:
        if not self.settings.resurface:
            self.clear()
            return
        from carnet.store.errors import StoreError

        today = self.today_fn()
        try:
            self.items = candidates(self.store, today)
        except StoreError:
            self.items = []
        # One a day: the day chooses where to start, « Another » moves on.
        self.index = today.toordinal() % len(self.items) if self.items else 0
        self._show()

    def _when(self, item: Resurfaced) -> str:
        if item.months_ago >= 12:
            years = item.months_ago // 12
            return self.tr("A year ago") if years == 1 else \
                self.tr("%1 years ago").replace("%1", str(years))
        return self.tr("%1 months ago").replace("%1", str(max(item.months_ago, 1)))

    def _show(self) -> None:
        item = self.current
        if item is None:
            self.clear()
            return
        when = self._when(item)
        if item.reason == THEME:
            intro = self.tr("%1, on %2, you had learned…").replace("%1", when).replace(
                "%2", item.theme)
        else:
            intro = self.tr("%1, you had learned…").replace("%1", when)
        self.intro.setText(intro)
        self.text.setText(in_words(item.learning.text).strip())
        planned = item.group.planned_sessions
        self.source.setText(f"{item.group.name} — "
                            f"{formats.session_label(item.session.number, planned)} · "
                            f"{formats.format_date(item.session.date)}")
        self.next_button.setVisible(len(self.items) > 1)
        self.show()

    def show_next(self) -> None:
        if self.items:
            self.index = (self.index + 1) % len(self.items)
            self._show()

    def turn_off(self) -> None:
        self.settings.resurface = False
        self.settings.sync()
        self.clear()

    def _open(self) -> None:
        if self.current is not None:
            self.sessionRequested.emit(self.current.session.id)

    def clear(self) -> None:
        self.items = []
        for label in (self.intro, self.text, self.source):
            label.clear()
        self.hide()
