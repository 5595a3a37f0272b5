"""The session's header: date, number n/N, status, themes, my role, title.

The status follows reality: writing in a planned session whose date has come marks
it held (:func:`carnet.domain.status.held_by_writing`), says so under the fields and
offers to undo it; a status the person chose by hand is never changed for them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import SUGGESTED_THEMES, Role, SessionStatus, TopicStatus
from carnet.domain.status import held_by_writing
from carnet.services.planning import keep_due_before_move, move_due_with_session
from carnet.services.session_status import keep_to_bring, settle_brought_topics
from carnet.ui.date_edit import DateEdit
from carnet.ui.fit import fit_combo
from carnet.ui.formats import format_date, pydate, qdate, role_label
from carnet.ui.session_editor.context import (
    EditorContext,
    Ref,
    date_edit_format,
    edit_job,
    scaled,
)
from carnet.ui.session_editor.status import AutoStatusNote, StatusSwitch
from carnet.ui.session_editor.undo import UndoBar
from carnet.ui.session_editor.widgets import TagLineEdit
from carnet.ui.sync.wordings import WordingHint
from carnet.ui.whole_paste import keep_whole

# Sessions whose status the person chose by hand in this run of the app
# (journal path, session id): writing in them never changes it again.
_CHOSEN_BY_HAND: set[tuple[str, int]] = set()


def today() -> date:
    """Today's date (tests replace it)."""
    return date.today()


class SessionHeader(QWidget):
    """Edits ``ctx.session`` in place; ``roleChanged`` updates the prompts below."""

    roleChanged = Signal(str)  # noqa: N815 - Qt naming
    extraRequested = Signal(int)  # noqa: N815 - « Add an extra session »: the group's id

    def __init__(self, ctx: EditorContext, on_saved: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("sessionHeader")
        self._ctx = ctx
        self._on_saved = on_saved
        session, group = ctx.session, ctx.group
        # the session as the page read it: a save carries only what was changed here
        self._ref = Ref(session.id, session).forget_with(self)
        planned = group.planned_sessions

        self.group_label = QLabel(group.name)
        self.group_label.setObjectName("groupName")
        self.group_label.setTextFormat(Qt.TextFormat.PlainText)
        self.heading = QLabel()
        self.heading.setObjectName("sessionHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.title = keep_whole(QLineEdit(session.title))  # a long paste never cut
        self.title.setObjectName("sessionTitle")
        self.title.setCursorPosition(0)
        self.title.setPlaceholderText(self.tr("Title or case of the session (optional)"))
        self.title.setAccessibleName(self.tr("Title or case of the session"))

        self.date = DateEdit(qdate(session.date))
        self.date.setObjectName("sessionDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_edit_format())
        self.number = QSpinBox()
        self.number.setObjectName("sessionNumber")
        self.number.setRange(1, max(200, planned, session.number))
        self.number.setValue(session.number)
        self.number.setSuffix(f" / {planned}")
        self.number.setMinimumWidth(scaled(90))
        self.number.setToolTip(self.tr("Number of this session in the cycle (planned sessions)"))
        self.status = StatusSwitch(session.status)
        self.auto_note = AutoStatusNote()
        # « 2 actions dues le 28 décembre suivent la séance au 4 janvier. [Les laisser…] »:
        # a moved meeting takes the actions due at it, said and declinable (never silent)
        self.moved_note = UndoBar()
        self.moved_note.setObjectName("movedActions")
        self.moved_note.undoRequested.connect(self._keep_due_dates)
        #: moves made by the saves (on the autosave thread), said once each save is done
        self._moves: list[tuple[tuple[int, ...], date, date]] = []
        self._shown_move: tuple[tuple[int, ...], date, date] | None = None
        # « Noté traité à cette séance : « … », le sujet que vous avez apporté. [Le garder
        # à apporter] »: held, the topics brought to it are recorded treated, said here
        self.topic_note = UndoBar()
        self.topic_note.setObjectName("treatedTopics")
        self.topic_note.undoRequested.connect(self._keep_topics_to_bring)
        # « La séance 7 (10 décembre 2026) était déjà prévue : la voici, rien n’a été
        # ajouté. [Ajouter une séance en plus] »: « Nouvelle séance » opened a planned
        # meeting; the way to the extra meeting the person may have wanted
        self.planned_note = UndoBar()
        self.planned_note.setObjectName("alreadyPlanned")
        self.planned_note.button.setText(self.tr("Add an extra session"))
        self.planned_note.button.setObjectName("addExtraSession")
        self.planned_note.undoRequested.connect(self._extra_requested)
        #: topics a save's status change settled (on the autosave thread), said once saved
        self._settled: list[list] = []
        self._treated_ids: tuple[int, ...] = ()
        self.role = QComboBox()
        self.role.setObjectName("sessionRole")
        roles = list(ctx.template.roles) if ctx.template else list(Role)
        if session.role not in roles:
            roles.append(session.role)  # never hide the stored role
        for role in roles:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(session.role.value))
        fit_combo(self.role)
        self.role.setEnabled(len(roles) > 1)
        known = [use.tag for use in ctx.store.tags.all()]
        template_themes = [t.get(ctx.lang) for t in ctx.template.themes] if ctx.template else []
        self.themes = TagLineEdit([*SUGGESTED_THEMES, *template_themes, *known])
        self.themes.setObjectName("sessionThemes")
        self.themes.setPlaceholderText(
            self.tr("Themes, separated by commas (delegation, conflict…)")
        )
        self.themes.set_tags(session.themes)

        self._fields: list[QWidget] = []
        for text, widget in (
            (self.tr("Date"), self.date),
            (self.tr("Session"), self.number),
            (self.tr("Status"), self.status),
            (self.tr("My role"), self.role),
        ):
            field = QWidget()
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(3)
            caption = QLabel(text)
            caption.setObjectName("fieldCaption")
            caption.setBuddy(widget)
            widget.setAccessibleName(text)
            column.addWidget(caption)
            column.addWidget(widget)
            self._fields.append(field)
        self.number.setAccessibleName(self.tr("Number of the session in the cycle"))
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(8)
        self._columns = 0
        self._arrange(4)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        themes_caption = QLabel(self.tr("Themes"))
        themes_caption.setObjectName("fieldCaption")
        themes_caption.setBuddy(self.themes)
        self.themes.setAccessibleName(self.tr("Themes"))
        form.addRow(themes_caption, self.themes)

        layout = QVBoxLayout(self)
        # Free to get narrower than four fields in a row: resizeEvent then uses two rows.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumWidth(360)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.group_label)
        layout.addWidget(self.heading)
        layout.addWidget(self.title)
        self.title_wordings = WordingHint("sessions", "title")  # (two devices, two titles)
        self.title_wordings.kept.connect(self._keep_title)  # not the C++ slot (issue 19)
        self.title_wordings.load(ctx.store, session.id)
        layout.addWidget(self.title_wordings)
        layout.addSpacing(6)
        layout.addLayout(self._grid)
        layout.addLayout(form)
        layout.addWidget(self.auto_note)
        layout.addWidget(self.moved_note)
        layout.addWidget(self.topic_note)
        layout.addWidget(self.planned_note)
        if self._key() not in _CHOSEN_BY_HAND and held_by_writing(ctx.session, today()):
            self.auto_note.reserve_room()
        self._update_heading()

        self.title.textChanged.connect(lambda: self._edited(soon=False))
        self.themes.textChanged.connect(lambda: self._edited(soon=False))
        self.date.dateChanged.connect(lambda: self._edited(soon=False))
        self.number.valueChanged.connect(lambda: self._edited(soon=False))
        self.status.currentIndexChanged.connect(lambda: self._edited(soon=True))
        self.status.activated.connect(self._chosen_by_hand)
        self.auto_note.undoRequested.connect(self._undo_auto_status)
        self.role.currentIndexChanged.connect(self._role_edited)
        for widget in (self.title, self.themes, self.date, self.number):
            ctx.autosaver.watch_focus(widget)

    def say_already_planned(self, text: str) -> None:
        """« Nouvelle séance » opened this planned meeting: say so, with the button that
        adds an extra session to the group instead (``extraRequested``)."""
        self.planned_note.offer(text)
        self.planned_note.button.setAccessibleName(self.planned_note.button.text())

    def _extra_requested(self) -> None:
        self.planned_note.hide()
        self.extraRequested.emit(self._ctx.group.id)

    def _arrange(self, columns: int) -> None:
        """Date, number, status and role on one line, or two lines when narrow."""
        if columns == self._columns:
            return
        self._columns = columns
        for field in self._fields:
            self._grid.removeWidget(field)
        for index, field in enumerate(self._fields):
            self._grid.addWidget(field, index // columns, index % columns)
        for column in range(5):
            self._grid.setColumnStretch(column, 0)
        self._grid.setColumnStretch(columns, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = sum(f.sizeHint().width() for f in self._fields) + 3 * self._grid.horizontalSpacing()
        self._arrange(4 if event.size().width() >= wide else 2)

    def _update_heading(self) -> None:
        session, planned = self._ctx.session, self._ctx.group.planned_sessions
        number = (
            self.tr("Session %1 of %2")
            .replace("%1", str(session.number))
            .replace("%2", str(planned))
            if session.number <= planned
            else self.tr("Session %1").replace("%1", str(session.number))
        )
        self.heading.setText(f"{number} · {format_date(session.date, 'long')}")

    # -- the status follows reality -----------------------------------------------------------
    def _key(self) -> tuple[str, int]:
        return str(self._ctx.store.path), self._ctx.session_id

    def content_written(self) -> None:
        """Something was written in the session: a planned one whose day has come is held."""
        if self._key() in _CHOSEN_BY_HAND or not held_by_writing(self._ctx.session, today()):
            return
        self.status.setCurrentIndex(self.status.findData(SessionStatus.HELD.value))
        self.auto_note.show()

    def _keep_title(self, title: str) -> None:
        self.title.setText(title)

    def _chosen_by_hand(self) -> None:
        _CHOSEN_BY_HAND.add(self._key())
        self.auto_note.hide()

    def _undo_auto_status(self) -> None:
        _CHOSEN_BY_HAND.add(self._key())
        self.status.setCurrentIndex(self.status.findData(SessionStatus.PLANNED.value))
        self.auto_note.hide()

    def _role_edited(self) -> None:
        self._edited(soon=True)
        self.roleChanged.emit(self.role.currentData())

    def _edited(self, soon: bool) -> None:
        session = self._ctx.session
        session.title = self.title.text().strip()
        session.themes = self.themes.tags()
        session.date = pydate(self.date.date())
        session.number = self.number.value()
        session.status = SessionStatus(self.status.currentData())
        session.role = Role(self.role.currentData())
        self._update_heading()
        ctx = self._ctx

        ref = self._ref
        moves, settled = self._moves, self._settled

        def build():
            job = edit_job(ctx.store, ctx.store.sessions, ref, ctx.session_snapshot(),
                           "sessions")

            def run() -> None:
                # a planned meeting moved: the actions due at it follow (same transaction)
                with ctx.store.transaction():
                    before = ref.base.date if ref.base is not None else None
                    status_before = ref.base.status if ref.base is not None else None
                    job()
                    saved = ref.base
                    if saved is not None and status_before is not None \
                            and saved.status is not status_before:
                        # held: the topics brought to it are treated there (and back)
                        settled.append(settle_brought_topics(ctx.store, saved))
                    if before is not None and saved is not None and saved.date != before:
                        moved = move_due_with_session(ctx.store, saved, before)
                        if moved:  # said on the page once saved (_saved)
                            moves.append((tuple(moved), before, saved.date))

            return run

        save = ctx.autosaver.save_soon if soon else ctx.autosaver.mark_dirty
        save(("session", ctx.session_id), build, None, self._saved)

    def _saved(self) -> None:
        self._on_saved()
        if self._settled:
            changed = self._settled[-1]
            self._settled.clear()
            with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
                self._say_treated(changed)
        if not self._moves:
            return
        ids, before, after = self._moves[-1]
        self._moves.clear()
        self._shown_move = (ids, before, after)
        try:
            self.moved_note.button.setText(self.tr("Keep %n action(s) due on %1", "",
                                                   len(ids)).replace("%1", format_date(before)))
            self.moved_note.button.show()
            self.moved_note.offer(self.tr(
                "%n open action(s) due on %1, the day of this session, moved with it to %2.",
                "", len(ids)).replace("%1", format_date(before)).replace(
                    "%2", format_date(after)))
        except RuntimeError:  # the page was closed meanwhile
            pass

    def _say_treated(self, changed: list) -> None:
        treated = [t for t in changed if t.status is TopicStatus.TREATED]
        if not changed:
            return
        if not treated:  # the session is no longer held: brought again, nothing to say
            self._treated_ids = ()
            self.topic_note.hide()
            return
        self._treated_ids = tuple(t.id for t in treated)
        titles = ", ".join(self.tr("“%1”").replace("%1", " ".join(t.title.split()))
                           for t in treated)
        self.topic_note.button.setText(self.tr("Keep the topic(s) to bring", "",
                                               len(treated)))
        self.topic_note.button.show()
        self.topic_note.offer(self.tr(
            "Noted treated at this session: %1, the topic(s) you brought.", "",
            len(treated)).replace("%1", titles))

    def _keep_topics_to_bring(self) -> None:
        """The case was not treated after all: its topic waits again among those to bring."""
        ids, self._treated_ids = self._treated_ids, ()
        if not ids:
            return
        store, kept = self._ctx.store, []

        def build():
            def run() -> None:
                kept.extend(keep_to_bring(store, ids))
            return run

        def done() -> None:
            try:
                had_focus = self.topic_note.button.hasFocus()
                self.topic_note.button.hide()
                if had_focus:
                    self.themes.setFocus(Qt.FocusReason.OtherFocusReason)
                if kept:
                    self.topic_note.label.setText(self.tr(
                        "%n topic(s) to bring again, in Préparer.", "", len(kept)))
                else:
                    self.topic_note.hide()
                self._on_saved()
            except RuntimeError:
                pass

        self._ctx.autosaver.save_soon(("kept-topics", self._ctx.session_id), build, None,
                                      done)

    def _keep_due_dates(self) -> None:
        """The person declines the move of the actions: back on their former date."""
        if self._shown_move is None:
            return
        ids, before, after = self._shown_move
        self._shown_move = None
        store, kept = self._ctx.store, []

        def build():
            def run() -> None:
                kept.extend(keep_due_before_move(store, ids, before, after))
            return run

        def done() -> None:
            try:
                had_focus = self.moved_note.button.hasFocus()
                self.moved_note.button.hide()
                if had_focus:  # the keyboard stays in the header, not sent down the page
                    self.date.setFocus(Qt.FocusReason.OtherFocusReason)
                if kept:
                    self.moved_note.label.setText(self.tr(
                        "%n action(s) due on %1 again, as before the session moved.", "",
                        len(kept)).replace("%1", format_date(before)))
                else:  # changed meanwhile (Préparer, another device): theirs is kept
                    self.moved_note.hide()
                self._on_saved()
            except RuntimeError:
                pass

        self._ctx.autosaver.save_soon(("moved-actions", self._ctx.session_id), build, None,
                                      done)
