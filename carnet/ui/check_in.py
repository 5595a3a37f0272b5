"""« Depuis la dernière fois »: the check-in screen for the first minutes of a meeting.

One screen, large type, read at a glance: the actions committed to last time
with their status, what I tried (the latest review note) and what happened
(the outcome); actions still open from before; the key word and the feeling
I left with; the topic I bring. « Print on one page… » writes its print form
(``carnet.booklet.check_in_sheet``). The data comes from ``carnet.services.check_in``;
every text the person wrote is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carnet.notes.plain import strip_markdown
from carnet.services.check_in import CheckIn, CheckInAction, check_in
from carnet.store import JournalStore
from carnet.ui import formats, style
from carnet.ui.services import messages
from carnet.ui.versions import in_words

#: Characters shown of a long note before it is cut (the whole stays in the journal).
MAX_SHOWN = 600
MAX_DRAFT = 900


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckInView", text)


def _cut(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + " […]"


def _interface_language() -> str:
    from carnet.ui.i18n import current_language

    return current_language()


def _stylesheet() -> str:
    pt = style.scaled_pt
    return f"""
    QWidget#checkIn QLabel[ci="kicker"] {{ color: {style.WARM}; font-size: {pt(10)};
        font-weight: 600; letter-spacing: 1px; }}
    QWidget#checkIn QLabel[ci="title"] {{ color: {style.INK}; font-size: {pt(24)};
        font-weight: 600; }}
    QWidget#checkIn QLabel[ci="subtitle"] {{ color: {style.MUTED}; font-size: {pt(13)}; }}
    QWidget#checkIn QLabel[ci="section"] {{ color: {style.ACCENT}; font-size: {pt(15)};
        font-weight: 600; }}
    QWidget#checkIn QLabel[ci="action"] {{ color: {style.INK}; font-size: {pt(15)};
        font-weight: 600; }}
    QWidget#checkIn QLabel[ci="status"] {{ color: {style.ACCENT}; font-size: {pt(11)};
        background: {style.ACCENT_SOFT}; border-radius: 6px; padding: 2px 8px; }}
    QWidget#checkIn QLabel[ci="status"][open="false"] {{ color: {style.MUTED};
        background: {style.PAPER}; }}
    QWidget#checkIn QLabel[ci="body"] {{ color: {style.INK}; font-size: {pt(13)}; }}
    QWidget#checkIn QLabel[ci="caption"] {{ color: {style.MUTED}; font-size: {pt(11)};
        font-weight: 600; }}
    QWidget#checkIn QLabel[ci="muted"] {{ color: {style.MUTED}; font-size: {pt(12)}; }}
    QWidget#checkIn QLabel[ci="keyword"] {{ color: {style.ACCENT}; font-size: {pt(26)};
        font-weight: 600; }}
    """


def _label(text: str, role: str, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # the person's text, never markup
    widget.setProperty("ci", role)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class ActionRow(QFrame):
    """One action: its title and status, what I tried, what happened."""

    def __init__(self, item: CheckInAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInAction")
        self.item = item
        action = item.action
        self.title = _label(action.title, "action")
        self.status = _label(formats.action_status_label(action.status), "status", wrap=False)
        self.status.setProperty("open", "true" if action.is_open else "false")
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.title, 1)
        head.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        self.tried = _label(_cut(in_words(item.tried), MAX_SHOWN), "body")
        self.happened = _label(_cut(in_words(item.happened), MAX_SHOWN), "body")
        self.nothing = _label(self.tr("Nothing noted yet."), "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 10)
        layout.setSpacing(4)
        layout.addLayout(head)
        when = ""
        if item.latest is not None:
            when = " " + self.tr("(%1)").replace("%1", formats.format_date(item.latest.date))
        for caption, field in ((self.tr("What I tried") + when, self.tried),
                               (self.tr("What happened"), self.happened)):
            if field.text():  # only what was noted: read at a glance
                layout.addWidget(_label(caption, "caption"))
                layout.addWidget(field)
            else:
                field.hide()
        layout.addWidget(self.nothing)
        self.nothing.setVisible(not item.tried and not item.happened)
        self.setAccessibleName(action.title)


class CheckInView(QWidget):
    """The check-in of one group (see the module docstring). ``show_for`` chooses it."""

    sessionRequested = Signal(int)  # noqa: N815

    def __init__(self, store: JournalStore, *, lang: str | None = None,
                 today: Callable[[], date] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkIn")
        self.store = store
        self.lang = lang or _interface_language()
        self.today_fn = today or date.today
        self.session_id: int | None = None
        self.group_id: int | None = None
        self.data: CheckIn | None = None
        self.rows: list[ActionRow] = []
        self.setStyleSheet(_stylesheet())

        self.kicker = _label(self.tr("SINCE LAST TIME"), "kicker")
        self.title = _label("", "title")
        self.subtitle = _label("", "subtitle")
        self.print_button = QPushButton(self.tr("&Print on one page…"))
        self.print_button.setObjectName("checkInPrint")
        self.print_button.setProperty("role", "primary")
        self.last_button = QPushButton(self.tr("Open the &last session"))
        self.last_button.setObjectName("checkInOpenLast")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.last_button)
        buttons.addStretch(1)

        self.actions_card, actions_layout = style.card(margins=22)
        actions_layout.addWidget(_label(self.tr("What I committed to"), "section"))
        self.actions_box = QVBoxLayout()
        self.actions_box.setSpacing(0)
        actions_layout.addLayout(self.actions_box)
        self.no_action = _label(self.tr("No action was decided at the last session."), "muted")
        actions_layout.addWidget(self.no_action)
        # actions of earlier sessions followed up since the last one, closed ones too
        self.since_caption = _label(self.tr("Followed up since, from earlier sessions"),
                                    "caption")
        actions_layout.addWidget(self.since_caption)
        self.since_box = QVBoxLayout()
        self.since_box.setSpacing(0)
        actions_layout.addLayout(self.since_box)
        self.older = _label("", "muted")
        actions_layout.addWidget(self.older)

        self.left_card, left_layout = style.card(margins=22)
        left_layout.addWidget(_label(self.tr("What I left with"), "section"))
        self.keyword = _label("", "keyword")
        self.feeling = _label("", "body")
        left_layout.addWidget(self.keyword)
        left_layout.addWidget(self.feeling)
        left_layout.addStretch(1)

        self.topic_card, topic_layout = style.card(margins=22)
        topic_layout.addWidget(_label(self.tr("The topic I bring"), "section"))
        self.topic_title = _label("", "action")
        self.topic_draft = _label("", "body")
        topic_layout.addWidget(self.topic_title)
        topic_layout.addWidget(self.topic_draft)
        topic_layout.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self.left_card, 2)
        columns.addWidget(self.topic_card, 3)

        body = QWidget()
        body.setMaximumWidth(1040)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(14)
        layout.addWidget(self.kicker)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addWidget(self.actions_card)
        layout.addLayout(columns)
        layout.addStretch(1)
        holder = QWidget()
        center = QHBoxLayout(holder)
        center.setContentsMargins(0, 0, 0, 0)
        center.addStretch(1)
        center.addWidget(body, 100)
        center.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.print_button.clicked.connect(self.print_sheet)
        self.last_button.clicked.connect(self._open_last)

    # -- content ---------------------------------------------------------------------------
    def show_for(self, *, session_id: int | None = None, group_id: int | None = None) -> None:
        """The check-in for a session (from its page), else for a group's next session."""
        self.session_id, self.group_id = session_id, group_id
        self.refresh()

    def refresh(self) -> None:
        data = self.data = check_in(self.store, self.today_fn(), session_id=self.session_id,
                                    group_id=self.group_id)
        today = data.today
        group = data.group.name if data.group else ""
        if data.upcoming is not None:
            planned = data.group.planned_sessions if data.group else 0
            head = formats.session_label(data.upcoming.number, planned)
            self.title.setText(f"{group} — {head}" if group else head)
            when = (f"{formats.format_date(data.upcoming.date, 'long')} · "
                    f"{formats.relative_days(data.upcoming.date, today)}")
        else:
            self.title.setText(group or self.tr("No group yet"))
            when = self.tr("No session planned")
        if data.last is not None:
            since = self.tr("since session %1 on %2").replace("%1", str(data.last.number)) \
                .replace("%2", formats.format_date(data.last.date, "long"))
            self.subtitle.setText(f"{when} · {since}")
        else:
            none_before = self.tr("no session held before")
            self.subtitle.setText(f"{when} · {none_before}")
        self.last_button.setEnabled(data.last is not None)
        self._show_actions(data)
        self._show_left_with(data)
        self._show_topic(data)

    def _drop_rows(self) -> None:
        for row in self.rows:
            self.actions_box.removeWidget(row)
            self.since_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []

    def _show_actions(self, data: CheckIn) -> None:
        self._drop_rows()
        for box, items in ((self.actions_box, data.actions), (self.since_box, data.since)):
            for index, item in enumerate(items):
                row = ActionRow(item)
                if index:
                    row.setStyleSheet(
                        f"QFrame#checkInAction {{ border-top: 1px solid {style.LINE}; }}")
                box.addWidget(row)
                self.rows.append(row)
        self.since_caption.setVisible(bool(data.since))
        self.no_action.setVisible(not data.actions)
        if data.last is None:
            self.no_action.setText(self.tr("No session held yet in this group."))
        else:
            self.no_action.setText(self.tr("No action was decided at the last session."))
        if data.older_open:
            titles = ", ".join(self.tr("“%1”").replace("%1", _cut(a.title, 80))
                               for a in data.older_open[:6])
            if len(data.older_open) > 6:
                titles += " …"
            self.older.setText(self.tr("Still open from before: %1").replace("%1", titles))
        self.older.setVisible(bool(data.older_open))

    def _show_left_with(self, data: CheckIn) -> None:
        self.keyword.setText(self.tr("“%1”").replace("%1", data.keyword) if data.keyword else "")
        self.keyword.setVisible(bool(data.keyword))
        feeling = data.feeling
        if feeling is not None:
            emotion = formats.emotion_labels()[feeling.emotion]
            text = self.tr("Feeling: %1 (%2/5)").replace("%1", emotion).replace(
                "%2", str(feeling.intensity))
            if feeling.text.strip():
                text += " — " + _cut(in_words(feeling.text), 300)
            self.feeling.setText(text)
            style_role = "body"
        else:
            self.feeling.setText(self.tr("No feeling noted after the last session.")
                                 if not data.keyword else "")
            style_role = "muted"
        self.feeling.setProperty("ci", style_role)
        self.feeling.style().unpolish(self.feeling)
        self.feeling.style().polish(self.feeling)
        self.feeling.setVisible(bool(self.feeling.text()))

    def _show_topic(self, data: CheckIn) -> None:
        topic = data.topic
        if topic is None:
            self.topic_title.setText(self.tr("No topic waiting."))
            self.topic_draft.setText("")
        else:
            self.topic_title.setText(topic.title)
            self.topic_draft.setText(strip_markdown(_cut(in_words(topic.draft), MAX_DRAFT)))
        self.topic_draft.setVisible(bool(self.topic_draft.text()))

    # -- actions -----------------------------------------------------------------------------
    def _open_last(self) -> None:
        if self.data is not None and self.data.last is not None:
            self.sessionRequested.emit(self.data.last.id)

    def print_sheet(self) -> Path | None:
        """Ask where, write the one-page PDF; the path written, or None."""
        if self.data is None:
            return None
        from carnet.booklet.anonymise import journal_anonymiser
        from carnet.booklet.check_in_sheet import build_check_in_sheet

        folder = Path.home() / "Documents"
        if not folder.is_dir():
            folder = Path.home()
        day = self.data.upcoming.date if self.data.upcoming else self.data.today
        chosen = messages().save_file(self, self.tr("Print the check-in"),
                                      str(folder / f"depuis-la-derniere-fois-{day}.pdf"),
                                      self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from carnet.ui.synced_folder import may_write_in_clear

        if not may_write_in_clear(self, self.store, path):
            return None
        try:
            # Names the groups mask leave the journal as pseudonyms, as in the booklet.
            hide = journal_anonymiser(self.store, [self.data.group.id if self.data.group
                                                   else None])
            build_check_in_sheet(self.data, path, "en" if self.lang == "en" else "fr",
                                 hide=hide)
        except OSError as exc:
            messages().error(self, self.tr("Not printed"),
                             self.tr("The page could not be written to %1 (%2). Choose "
                                     "another folder.").replace("%1", str(path))
                             .replace("%2", exc.strerror or str(exc)))
            return None
        from carnet.ui.prepare.sheet import open_document

        if messages().question(self, self.tr("Page saved"),
                               self.tr("The check-in was saved to %1.\n\nThis file is not "
                                       "encrypted: keep it somewhere private.\n\nOpen it "
                                       "now to print it?").replace("%1", str(path))):
            open_document(path)
        return path

    def flush(self) -> None:
        """Nothing to save: this view only reads the journal."""

    def clear(self) -> None:
        """Forget every text shown (on lock)."""
        self.data = None
        self._drop_rows()
        for label in (self.title, self.subtitle, self.keyword, self.feeling, self.topic_title,
                      self.topic_draft, self.older):
            label.clear()
