"""The home view's question about past sessions still marked planned.

« Did it take place? » — one click answers it (held, or missed: I was not there),
so the journal, the next session and the booklet follow what really happened.
The rule of which sessions are asked about is :func:`carnet.services.session_status.unanswered`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import Group, SessionStatus, TopicStatus
from carnet.services.session_status import Unanswered, keep_to_bring, mark, unanswered
from carnet.store import JournalStore
from carnet.store.errors import StoreError
from carnet.ui import formats, style

MAX_ASKED = 5
# The narrowest a session's title gets before its end is drawn as « … ».
TITLE_MIN_WIDTH = 160


class _ElidedLink(QPushButton):
    """A link-like button that gives up width: its text is drawn with « … » when the
    row is narrower than the title (a long group name no longer widens Home past the
    window, with a horizontal scroll bar and the title cut without a sign)."""

    def __init__(self, text: str) -> None:
        # A button reads « & » as a keyboard mnemonic: a group named « Cadres & co »
        # showed « Cadres _co » and made Alt+Space its shortcut (a fresh-eyes review).
        # The person's words are shown as written: each « & » doubled.
        self.plain_text = text
        super().__init__(text.replace("&", "&&"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), TITLE_MIN_WIDTH), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, self).width()
        option.text = self.fontMetrics().elidedText(
            self.plain_text, Qt.TextElideMode.ElideRight, room).replace("&", "&&")
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


class PastSessionRow(QWidget):
    """One past session: when, which, and the two answers."""

    answered = Signal(int, str)  # session id, status value
    openRequested = Signal(int)  # noqa: N815

    def __init__(self, item: Unanswered, group: Group | None, today: date) -> None:
        super().__init__()
        session = item.session
        self.session_id = session.id
        name = group.name if group else ""
        planned = group.planned_sessions if group else 0
        what = formats.session_label(session.number, planned)
        title = f"{name} — {what}" if name else what
        self.title = _ElidedLink(title)
        self.title.setProperty("role", "link")
        self.title.setCursor(Qt.CursorShape.PointingHandCursor)
        open_text = self.tr("Open the session")
        self.title.setToolTip(f"{title}\n{open_text}")  # the title whole, when elided
        self.title.setAccessibleName(self.tr("Open %1").replace("%1", title))
        when = (f"{formats.format_date(session.date, 'long')} · "
                f"{formats.relative_days(session.date, today)}")
        if item.written:
            when += " · " + self.tr("you wrote in it, but it is still marked planned")
        self.when = style.label(when, "muted", wrap=True)
        self.held_button = QPushButton(self.tr("It took place"))
        self.held_button.setProperty("role", "primary")
        self.held_button.setAccessibleName(
            self.tr("%1 took place").replace("%1", title))
        self.missed_button = QPushButton(self.tr("I was not there"))
        self.missed_button.setAccessibleName(
            self.tr("I was not at %1").replace("%1", title))
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title, 0, Qt.AlignmentFlag.AlignLeft)
        text.addWidget(self.when)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(8)
        row.addLayout(text, 1)
        row.addWidget(self.held_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.missed_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.title.clicked.connect(lambda: self.openRequested.emit(self.session_id))
        self.held_button.clicked.connect(
            lambda: self.answered.emit(self.session_id, SessionStatus.HELD.value))
        self.missed_button.clicked.connect(
            lambda: self.answered.emit(self.session_id, SessionStatus.MISSED.value))


class PastSessionsCard(QWidget):
    """"Did these sessions take place?" with a row per past session still planned."""

    sessionRequested = Signal(int)  # noqa: N815
    statusChanged = Signal(int)  # noqa: N815 - a session's status was set here

    def __init__(self, store: JournalStore | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: JournalStore = store  # type: ignore[assignment] - set before refresh()
        self.rows: list[PastSessionRow] = []
        self._said = ""  # the last answer's sentence (kept above what follows it)
        self.card, layout = style.card()
        self.heading = style.label(self.tr("Did it take place?"), "section")
        self.intro = style.label("", "muted", wrap=True)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(2)
        self.more = style.label("", "hint", wrap=True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.more)
        self.feedback = QLabel()
        self.feedback.setObjectName("pastFeedback")
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setWordWrap(True)
        self.feedback.setProperty("role", "notice")
        self.feedback.linkActivated.connect(self._link)
        # its link reached by Tab and Return too (« Écrire à ce sujet »)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                              | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.feedback.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        outer.addWidget(self.feedback)
        outer.addWidget(self.card)
        self.hide()

    def refresh(self, today: date | None = None, *, keep_feedback: bool = False) -> None:
        today = today or date.today()
        if not keep_feedback:
            self.feedback.clear()
            self.feedback.hide()
        self._drop_rows()
        try:
            asked = unanswered(self.store, today)
            groups = self.store.groups.get_many({a.session.group_id for a in asked})
        except StoreError:
            asked, groups = [], {}
        asked = [a for a in asked if not (groups.get(a.session.group_id)
                                          and groups[a.session.group_id].archived)]
        for item in asked[:MAX_ASKED]:
            row = PastSessionRow(item, groups.get(item.session.group_id), today)
            row.answered.connect(self._answer)
            row.openRequested.connect(self.sessionRequested)
            self.rows_layout.addWidget(row)
            self.rows.append(row)
        extra = len(asked) - MAX_ASKED
        self.more.setText(self.tr("Still to answer: %n more, in orange in the list of sessions.",
                                  "", extra) if extra > 0 else "")
        self.more.setVisible(extra > 0)
        self.intro.setText(
            self.tr("This session is past but still marked planned. Your answer keeps the "
                    "next session, your action plan and the booklet right.") if len(asked) == 1
            else self.tr("These sessions are past but still marked planned. Your answer keeps "
                         "the next session, your action plan and the booklet right."))
        self.card.setVisible(bool(asked))
        self.setVisible(bool(asked) or not self.feedback.isHidden())

    def _answer(self, session_id: int, status: str) -> None:
        # answered from the keyboard: the row goes (and its button with the focus, which
        # Qt handed to the search field: fresh6); the keyboard stays on this card
        focus = QApplication.focusWidget()
        pressed = focus is not None and self.isAncestorOf(focus)
        self._answered(session_id, status)
        if pressed:
            rows = [row for row in self.rows if row.isVisibleTo(self)]
            target = rows[0].held_button if rows else self.feedback
            if target.isVisibleTo(self):
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _answered(self, session_id: int, status: str) -> None:
        try:
            session = mark(self.store, session_id, SessionStatus(status))
            group = self.store.groups.get(session.group_id)
        except StoreError as exc:
            self.feedback.setText(self.tr("The answer could not be saved: %1")
                                  .replace("%1", _escape(str(exc))))
            self.feedback.show()
            return
        what = _escape(f"{group.name} — "
                       f"{formats.session_label(session.number, group.planned_sessions)}")
        if session.status is SessionStatus.HELD:
            text = self.tr("%1 is marked held. <a href='session:%2'>Write about it</a>")
        else:
            text = self.tr("%1 is marked missed. <a href='session:%2'>Open it</a>")
        text = self._said = text.replace("%1", what).replace("%2", str(session.id))
        try:  # held: the topics brought to it were recorded treated there — said
            treated = [t for t in self.store.topics.list_by_session(session.id)
                       if t.status is TopicStatus.TREATED]
        except StoreError:
            treated = []
        if treated and session.status is SessionStatus.HELD:
            titles = ", ".join(_escape(self.tr("“%1”").replace("%1", " ".join(t.title.split())))
                               for t in treated)
            ids = ",".join(str(t.id) for t in treated)
            text += "<br>" + self.tr(
                "Noted treated there: %1, the topic(s) you brought.", "", len(treated)).replace(
                    "%1", titles) + f" <a href='keep-topics:{ids}'>" + self.tr(
                "Keep the topic(s) to bring", "", len(treated)) + "</a>"
        self.feedback.setText(text)
        self.feedback.show()
        self.statusChanged.emit(session_id)

    def _keep_to_bring(self, ids: list[int]) -> None:
        """The case was not treated at the meeting: its topic waits again to be brought."""
        try:
            kept = keep_to_bring(self.store, ids)
        except StoreError as exc:
            self.feedback.setText(self.tr("The answer could not be saved: %1")
                                  .replace("%1", _escape(str(exc))))
            return
        self.feedback.setText(self._said + "<br>" + self.tr(
            "%n topic(s) to bring again, in Préparer.", "", len(kept)))
        self.statusChanged.emit(0)

    def _link(self, href: str) -> None:
        kind, _, ident = href.partition(":")
        if kind == "session" and ident.isdigit():
            self.sessionRequested.emit(int(ident))
        elif kind == "keep-topics":
            self._keep_to_bring([int(i) for i in ident.split(",") if i.isdigit()])

    def _drop_rows(self) -> None:
        for row in self.rows:
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []

    def clear(self) -> None:
        self._drop_rows()
        self.feedback.clear()
        self.feedback.hide()
        self.hide()


def _escape(text: str) -> str:
    import html

    return html.escape(text)
