"""The home view: the next session, and what to prepare for it.

Shows past sessions still marked planned with a one-click answer (see
``home_confirm``), the next session to come (date, how far away; the rule is
:func:`carnet.services.session_status.next_session`), the open actions due by then
(overdue ones first) and the topics waiting to be brought to the group.
Every text the person wrote is escaped before it meets rich text.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import Action, Session, SessionStatus, Topic
from carnet.services.session_status import next_session
from carnet.store import JournalStore
from carnet.ui import formats, style
from carnet.ui.home_confirm import PastSessionsCard
from carnet.ui.tab_order import set_tab_order

MAX_ROWS = 12


class RichListLabel(QLabel):
    """A word-wrapped rich-text label that remembers its height at each width.

    Qt lays the label's whole document out again at every ``heightForWidth`` call
    (~1–3 ms for a table of twelve actions), and one layout pass of Home asks it
    many times, at a few widths: the answer is kept until the text, the font or
    the style changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)
        # its links are reached by Tab and opened by Return (fresh6: mouse only); a
        # label without a link is no stop
        keyboard = bool(self.textInteractionFlags()
                        & Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if keyboard and "href=" in text
                            else Qt.FocusPolicy.NoFocus)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 64:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.LanguageChange):
            self._heights.clear()
        super().changeEvent(event)


class HomeView(QWidget):
    sessionRequested = Signal(int)  # noqa: N815
    newGroupRequested = Signal()  # noqa: N815
    sessionChanged = Signal(int)  # noqa: N815 - a status was answered here

    def __init__(self, store: JournalStore | None, reminder_days: int = 3,
                 parent: QWidget | None = None) -> None:
        """``store`` None: built empty, before the journal is open (``open`` gives it)."""
        super().__init__(parent)
        self.setObjectName("page")
        self.store: JournalStore = store  # type: ignore[assignment] - None until open()
        self.reminder_days = reminder_days
        self._next: Session | None = None

        self.greeting = style.label("", "title")
        self.today_label = style.label("", "subtitle")
        self.reminder = style.label("", "notice", wrap=True)
        self.reminder.hide()
        self.builtin_reminder = True
        self._extra: list[QWidget] = []

        self.past_sessions = PastSessionsCard(store)
        self.next_card, next_layout = style.card()
        next_layout.addWidget(style.label(self.tr("Next session"), "section"))
        self.next_title = style.label("", "heading", wrap=True)
        self.next_when = style.label("", "muted", wrap=True)
        self.next_details = style.label("", "muted", wrap=True)
        #: Other groups meeting the same day (one card names one session; the others
        #: would not be seen on Home at all).
        self.same_day = self._rich_label()
        self.same_day.hide()
        self.open_button = QPushButton(self.tr("Open the session"))
        self.open_button.setProperty("role", "primary")
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        for widget in (self.next_title, self.next_when, self.next_details, self.same_day):
            next_layout.addWidget(widget)
        next_layout.addLayout(row)

        self.actions_card, actions_layout = style.card()
        self.actions_title = style.label(self.tr("Actions to review before then"), "section")
        self.actions_list = self._rich_label()
        actions_layout.addWidget(self.actions_title)
        actions_layout.addWidget(self.actions_list)
        actions_layout.addStretch(1)

        self.topics_card, topics_layout = style.card()
        topics_layout.addWidget(style.label(self.tr("Topics to bring"), "section"))
        self.topics_list = self._rich_label()
        topics_layout.addWidget(self.topics_list)
        topics_layout.addStretch(1)

        self.empty_card, empty_layout = style.card(margins=24)
        empty_layout.addWidget(style.label(self.tr("Start with your group"), "heading"))
        empty_layout.addWidget(style.label(
            self.tr("Describe the group you take part in — its format, its rhythm, its "
                    "members' pseudonyms — and Carnet plans its sessions for you."),
            "muted", wrap=True))
        self.new_group_button = QPushButton(self.tr("Create a group…"))
        self.new_group_button.setProperty("role", "primary")
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.new_group_button)
        empty_row.addStretch(1)
        empty_layout.addLayout(empty_row)

        # Every group archived (the end of a cycle): not a first start. What was written
        # stays in the sidebar and the booklet; a new cycle starts with a new group.
        self.archived_card, archived_layout = style.card(margins=24)
        archived_layout.addWidget(style.label(self.tr("Your groups' cycles are over"), "heading"))
        self.archived_text = style.label("", "muted", wrap=True)
        self.archived_text.setTextFormat(Qt.TextFormat.PlainText)
        archived_layout.addWidget(self.archived_text)
        self.new_cycle_button = QPushButton(self.tr("Create a group for a new cycle…"))
        archived_row = QHBoxLayout()
        archived_row.addWidget(self.new_cycle_button)
        archived_row.addStretch(1)
        archived_layout.addLayout(archived_row)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self.actions_card, 3)
        columns.addWidget(self.topics_card, 2)

        body = self._body = QWidget()
        body.setMaximumWidth(980)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(16)
        layout.addWidget(self.greeting)
        layout.addWidget(self.today_label)
        layout.addWidget(self.reminder)
        self._extra_layout = QVBoxLayout()
        self._extra_layout.setSpacing(12)
        layout.addLayout(self._extra_layout)
        layout.addWidget(self.empty_card)
        layout.addWidget(self.archived_card)
        layout.addWidget(self.past_sessions)
        layout.addWidget(self.next_card)
        layout.addLayout(columns)
        layout.addStretch(1)

        holder = QWidget()
        center = QHBoxLayout(holder)
        center.setContentsMargins(0, 0, 0, 0)
        center.addStretch(1)
        center.addWidget(body, 100)  # as wide as its maximum, centred by the stretches
        center.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setAccessibleName(self.tr("Home"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.open_button.clicked.connect(self._open_next)
        self.new_group_button.clicked.connect(self.newGroupRequested)
        self.new_cycle_button.clicked.connect(self.newGroupRequested)
        self.past_sessions.sessionRequested.connect(self.sessionRequested)
        self.past_sessions.statusChanged.connect(self._status_answered)

    def open(self, store: JournalStore, reminder_days: int) -> None:
        """The journal this view shows (it was built before the journal opened)."""
        self.store = store
        self.reminder_days = reminder_days
        self.past_sessions.store = store

    def _rich_label(self) -> QLabel:
        widget = RichListLabel()
        widget.setTextFormat(Qt.TextFormat.RichText)
        widget.setWordWrap(True)
        widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        widget.setOpenExternalLinks(False)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                       | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        widget.linkActivated.connect(self._link)
        return widget

    # -- content ---------------------------------------------------------------------------
    def refresh(self, today: date | None = None, *, keep_feedback: bool = False) -> None:
        try:
            self._fill(today or date.today(), keep_feedback)
        finally:
            # Tab in reading order: the cards at the top (« Depuis la dernière fois »,
            # the past sessions' questions) are built after the ones under them, and
            # Qt's order is the order widgets were made — Tab went from the actions
            # card back up to « Depuis la dernière fois » (an earlier review)
            set_tab_order(self._body)

    def _fill(self, today: date, keep_feedback: bool) -> None:
        owner = self.store.journal().owner_name.strip()
        first = owner.split()[0] if owner else ""
        self.greeting.setText(self.tr("Hello, %1").replace("%1", first) if first
                              else self.tr("Hello"))
        self.today_label.setText(formats.format_date(today, "long"))

        has_groups = self.store.groups.any(include_archived=False)
        archived = [] if has_groups else [
            g.name for g in self.store.groups.list(include_archived=True) if g.archived]
        self.empty_card.setVisible(not has_groups and not archived)
        self.archived_card.setVisible(bool(archived))
        if archived:
            self.archived_text.setText(self.tr(
                "%n group(s) archived: %1. Their sessions and everything you wrote stay in "
                "the list of sessions, in search and in the booklet. For a new cycle, create "
                "its group; “Reactivate this group”, on an archived group's page, brings one "
                "back.", "", len(archived)).replace(
                    "%1", ", ".join(self.tr("“%1”").replace("%1", name) for name in archived)))
            still = self.store.actions.count(open_only=True)
            if still:  # (every group archived: they are theirs; fresh6 found them on no card)
                self.archived_text.setText(self.archived_text.text() + " " + self.tr(
                    "%n action(s) are still open in them: Préparer lists them under « All "
                    "groups ».", "", still))
        self._next = next_session(self.store, today)
        self.past_sessions.refresh(today, keep_feedback=keep_feedback)
        self.next_card.setVisible(has_groups)
        self.actions_card.setVisible(has_groups)
        self.topics_card.setVisible(has_groups)
        self.reminder.hide()
        if not has_groups:
            return
        self._show_next(today)
        actions, total = self._actions_due()
        self._show_actions(actions, total, today)
        self._show_topics(self._topics_to_bring())
        for widget in self._extra:
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()
        if (self.builtin_reminder and self._next and actions
                and 0 <= (self._next.date - today).days <= self.reminder_days):
            self.reminder.setText(self.tr(
                "Your next session is %1: a good moment to review your action plan and "
                "note what happened.").replace("%1", formats.relative_days(self._next.date, today)))
            self.reminder.show()

    def _actions_due(self) -> tuple[list[Action], int]:
        """The first rows of « Actions to review before then » and how many there are
        (not every open action built): those Préparer lists for the next session — its
        group's open actions due by then or with no due date (fresh6: an undated one was
        left out though the banner counted it) — then the other groups' due by then (not
        archived ones')."""
        actions = self.store.actions
        if self._next is None:
            due = {"open_only": True, "dated_only": True}
            shown = actions.list(**due, limit=MAX_ROWS)
            return shown, actions.count(**due) if len(shown) == MAX_ROWS else len(shown)
        horizon, group_id = self._next.date, self._next.group_id
        mine = {"open_only": True, "due_by": horizon, "group_id": group_id, "undated_too": True}
        shown = actions.list(**mine, limit=MAX_ROWS)
        # (not an archived group's: « no longer proposed on Home », its page says)
        active = self.store.groups.ids(archived=False)
        others = {"open_only": True, "due_by": horizon, "group_ids": active}
        if len(shown) < MAX_ROWS:
            listed = {a.id for a in shown}
            more = [a for a in actions.list(**others, limit=len(listed) + MAX_ROWS)
                    if a.id not in listed]
            shown += more[:MAX_ROWS - len(shown)]
        if len(shown) < MAX_ROWS:
            return shown, len(shown)
        total = (actions.count(**mine) + actions.count(**others)
                 - actions.count(open_only=True, due_by=horizon, group_ids=[group_id]))
        return shown, total

    def _same_day_sessions(self) -> list[Session]:
        """The other groups' sessions planned the day of the next one."""
        session = self._next
        if session is None:
            return []
        return [other for other in self.store.sessions.list(
                    status=SessionStatus.PLANNED, start=session.date, end=session.date)
                if other.id != session.id and other.group_id != session.group_id]

    def _topics_to_bring(self) -> list[Topic]:
        """Open and scheduled topics of every group meeting next (and those of no group)."""
        from carnet.services.planning import still_to_bring

        if self._next is None:
            return still_to_bring(self.store, self.store.topics.list())
        group_ids = [self._next.group_id]
        group_ids += [s.group_id for s in self._same_day_sessions()
                      if s.group_id not in group_ids]
        seen: set[int] = set()
        topics: list[Topic] = []
        for group_id in group_ids:
            for topic in still_to_bring(self.store, self.store.topics.list(group_id=group_id)):
                if topic.id not in seen:
                    seen.add(topic.id)
                    topics.append(topic)
        topics.sort(key=lambda t: t.priority)  # stable: each group's order kept
        return topics

    def _show_same_day(self) -> None:
        others = self._same_day_sessions()
        links = []
        for other in others:
            group = self.store.groups.get(other.group_id)
            title = f"{group.name} — {formats.session_label(other.number, group.planned_sessions)}"
            links.append(f"<a href='session:{other.id}' style='color:{style.ACCENT}'>"
                         f"{html.escape(title)}</a>")
        if links:
            self.same_day.setText(html.escape(self.tr("The same day: %1")).replace(
                "%1", " · ".join(links)))
        else:
            self.same_day.clear()
        self.same_day.setVisible(bool(links))

    def _show_next(self, today: date) -> None:
        session = self._next
        self._show_same_day()
        if session is None:
            self.next_title.setText(self.tr("No session planned"))
            self.next_when.setText(self.tr("Add a session to a group with Ctrl+N."))
            self.next_details.setText("")
            self.open_button.hide()
            return
        group = self.store.groups.get(session.group_id)
        self.next_title.setText(
            f"{group.name} — {formats.session_label(session.number, group.planned_sessions)}")
        self.next_when.setText(
            f"{formats.format_date(session.date, 'long')} · "
            f"{formats.relative_days(session.date, today)}")
        details = [self.tr("My role: %1").replace("%1", formats.role_label(session.role))]
        if group.place:
            details.append(group.place)
        if session.themes:
            details.append(", ".join(session.themes))
        self.next_details.setText(" · ".join(details))
        self.open_button.show()

    def _show_actions(self, actions: list[Action], total: int, today: date) -> None:
        """The first ``MAX_ROWS`` of the ``total`` actions due, and how many more."""
        if not actions:
            empty = self.tr("No open action due by then.")
            self.actions_list.setText(
                f"<span style='color:{style.MUTED}'>{html.escape(empty)}</span>")
            return
        rows = []
        mine = self._next.group_id if self._next is not None else None
        groups: dict[int, str] = {}
        for action in actions[:MAX_ROWS]:
            due = formats.format_date(action.due_date, "medium") if action.due_date else ""
            late = action.is_overdue(today)
            colour = style.ERROR if late else style.MUTED
            note = (self.tr("overdue since %1").replace("%1", due) if late
                    else self.tr("due %1").replace("%1", due)) if due else ""
            group_id = self.store.sessions.get(action.session_id).group_id
            if mine is not None and group_id != mine:  # another group's: said which
                if group_id not in groups:
                    groups[group_id] = self.store.groups.get(group_id).name
                note = f"{groups[group_id]} · {note}" if note else groups[group_id]
            rows.append(
                f"<tr><td style='padding:3px 10px 3px 0'>•</td>"
                f"<td style='padding:3px 0'><a href='session:{action.session_id}' "
                f"style='color:{style.INK};text-decoration:none'>{html.escape(action.title)}</a>"
                f"<br><span style='color:{colour};font-size:9pt'>"
                f"{html.escape(formats.action_status_label(action.status))}"
                f"{' · ' + html.escape(note) if note else ''}</span></td></tr>")
        more = total - MAX_ROWS
        more_text = self.tr("and %n more", "", more)
        tail = (f"<p style='color:{style.MUTED}'>{html.escape(more_text)}</p>"
                if more > 0 else "")
        self.actions_list.setText(f"<table>{''.join(rows)}</table>{tail}")

    def _show_topics(self, topics) -> None:
        if not topics:
            empty = self.tr("Nothing waiting. Note a situation when one comes up.")
            self.topics_list.setText(
                f"<span style='color:{style.MUTED}'>{html.escape(empty)}</span>")
            return
        rows = []
        for topic in topics[:MAX_ROWS]:
            marker = "★ " if topic.priority == 1 else ""
            rows.append(f"<tr><td style='padding:3px 10px 3px 0'>•</td>"
                        f"<td style='padding:3px 0'>{marker}{html.escape(topic.title)}</td></tr>")
        self.topics_list.setText(f"<table>{''.join(rows)}</table>")

    def add_widget(self, widget: QWidget, *, replaces_reminder: bool = False) -> None:
        """An extension's widget under the greeting (refreshed with the view)."""
        self._extra.append(widget)
        self._extra_layout.addWidget(widget)
        if replaces_reminder:
            self.builtin_reminder = False
            self.reminder.hide()

    def _status_answered(self, session_id: int) -> None:
        self.refresh(keep_feedback=True)
        self.sessionChanged.emit(session_id)

    def clear(self) -> None:
        self.past_sessions.clear()
        for widget in (self.greeting, self.today_label, self.reminder, self.next_title,
                       self.next_when, self.next_details, self.same_day, self.actions_list,
                       self.topics_list, self.archived_text):
            widget.clear()
        self._next = None
        for widget in self._extra:
            clear = getattr(widget, "clear", None)
            if callable(clear):
                clear()

    # -- navigation --------------------------------------------------------------------------
    def _open_next(self) -> None:
        if self._next is not None:
            self.sessionRequested.emit(self._next.id)

    def _link(self, href: str) -> None:
        kind, _, ident = href.partition(":")
        if kind == "session" and ident.isdigit():
            self.sessionRequested.emit(int(ident))
