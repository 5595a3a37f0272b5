"""The action plan: what I will try, by when, and where it stands."""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from carnet.domain import Action, ActionReview, ActionStatus, default_due_date
from carnet.ui.date_edit import DateEdit
from carnet.ui.fit import fit_combo, fit_date_edit
from carnet.ui.formats import action_status_label, format_date, pydate, qdate
from carnet.ui.session_editor.context import (
    EditorContext,
    PendingItem,
    Ref,
    date_edit_format,
    edit_job,
    unflattened,
)
from carnet.ui.session_editor.step_section import StepSection
from carnet.ui.session_editor.undo import RowUndo, UndoBar
from carnet.ui.session_editor.widgets import (
    FIRST_ROWS,
    RowList,
    WrappingLineEdit,
    align_top,
    small_button,
)
from carnet.ui.versions import in_words

_keys = itertools.count(1)
#: The date edit's minimum stands for "no due date".
NO_DATE = QDate(1900, 1, 1)


class ActionRow(QWidget):
    def __init__(self, ctx: EditorContext, body: ActionsBody, action: Action,
                 latest: ActionReview | None = None) -> None:
        super().__init__()
        self._ctx = ctx
        self._body = body
        self._action = action  # keeps what this row does not edit (outcome, details, tags)
        self.key = ("action", ctx.session_id, next(_keys))
        self.ref = Ref(action.id, action if action.id is not None else None
                       ).forget_with(self)
        self.title = WrappingLineEdit(action.title)
        self.title.setObjectName("actionTitle")
        self.title.setAccessibleName(self.tr("Action"))
        self.due = DateEdit()
        self.due.setObjectName("actionDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_edit_format())
        self.due.setToolTip(self.tr("To try by this date"))
        self.due.setAccessibleName(self.tr("To try by"))
        self.due.setMinimumDate(NO_DATE)
        self.due.setSpecialValueText(self.tr("No date"))
        fit_date_edit(self.due)  # « 28 septembre 2026 » whole, whatever the month
        self.due.setDate(qdate(action.due_date) if action.due_date else NO_DATE)
        self.status = QComboBox()
        self.status.setObjectName("actionStatus")
        self.status.setAccessibleName(self.tr("Status of the action"))
        self.status.setAccessibleDescription(self.status.accessibleName())  # see a11y.py
        for status in ActionStatus:
            self.status.addItem(action_status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(action.status.value))
        fit_combo(self.status)
        self.remove = small_button("×", self.tr("Delete this action"))
        # what became of it, written in Préparer: the last follow-up and the outcome,
        # read here (a closed action's left every screen: fresh6)
        self.history = QLabel(self)  # (a parent first: shown alone, it was a window)
        self.history.setObjectName("actionHistory")
        self.history.setProperty("role", "hint")
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        self.show_history(latest, action.outcome)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.due)
        layout.addWidget(self.status)
        layout.addWidget(self.remove)
        align_top(layout)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(layout)
        column.addWidget(self.history)
        self.title.textChanged.connect(lambda: self.changed(soon=False))
        self.due.dateChanged.connect(lambda: self.changed(soon=False))
        self.status.currentIndexChanged.connect(lambda: self.changed(soon=True))
        self.remove.clicked.connect(lambda: body.remove(self))
        for widget in (self.title, self.due):
            ctx.autosaver.watch_focus(widget)

    def show_history(self, latest: ActionReview | None, outcome: str) -> None:
        """« Dernier suivi (date) : … » and « Résultat : … », when there are."""
        lines = []
        if latest is not None and latest.note.strip():
            note = " ".join(in_words(latest.note).split())
            lines.append(self.tr("Last follow-up (%1): %2").replace(
                "%1", format_date(latest.date)).replace("%2", note))
        if outcome.strip():
            lines.append(self.tr("Outcome: %1").replace("%1", " ".join(in_words(outcome).split())))
        self.history.setText("\n".join(lines))
        self.history.setVisible(bool(lines))

    def due_date(self):
        day = self.due.date()
        return None if day == NO_DATE else pydate(day)

    def changed(self, soon: bool) -> None:
        store, ref, base = self._ctx.store, self.ref, self._action

        def build():
            title = unflattened(self.title.text().strip(), ref.base, "title")
            if not title:  # an emptied title is kept as it was until the action is deleted
                return None
            # what this row does not edit (details, outcome, tags) as the page read it:
            # the save keeps the journal's current values of those (see ``edit_job``)
            snapshot = dataclasses.replace(
                ref.base or base,
                title=title,
                due_date=self.due_date(),
                status=ActionStatus(self.status.currentData()),
                tags=list((ref.base or base).tags),
                id=None,
            )
            return edit_job(store, store.actions, ref, snapshot, "actions")

        save = self._ctx.autosaver.save_soon if soon else self._ctx.autosaver.mark_dirty
        save(self.key, build, self._body.section.mark)


class ActionsBody(QWidget):
    def __init__(self, ctx: EditorContext, section: StepSection) -> None:
        super().__init__()
        self._ctx = ctx
        self.section = section
        self.list = RowList(
            self.tr("What will I try before the next session?"),
            self.tr("Add"),
            edit_name=self.tr("New action"),
            button_name=self.tr("Add the action"),
        )
        self.list.add_edit.setObjectName("addAction")
        self.list.addRequested.connect(self.add)
        self.pending = PendingItem(
            ctx, "action", ctx.store.actions, self.list.add_edit.text,
            lambda title: Action(session_id=ctx.session_id, title=title,
                                 due_date=self.default_due()),
            section.mark)
        self.list.add_edit.textChanged.connect(self.pending.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.undo_bar = UndoBar()
        layout.addWidget(self.undo_bar)
        self._undo = RowUndo(ctx, self.list, self.undo_bar,
                             self._capture, self._restore)
        actions = ctx.store.actions.list_by_session(ctx.session_id)
        reviews = ctx.store.reviews.list_for_actions([a.id for a in actions])
        for action in actions:
            noted = [r for r in reviews.get(action.id, []) if r.note.strip()]
            self.list.add_later(lambda action=action, latest=(noted or [None])[-1]:
                                ActionRow(ctx, self, action, latest))
        self.list.build_more(FIRST_ROWS)  # the rest a row at a time (see RowList)

    def rows(self) -> list[ActionRow]:
        self.list.finish()
        layout = self.list.rows
        return [layout.itemAt(i).widget() for i in range(layout.count())]

    def default_due(self):
        """The next session's date (or one cadence later), with this session as edited."""
        ctx = self._ctx
        sessions = [
            ctx.session if s.id == ctx.session.id else s
            for s in ctx.store.sessions.list_by_group(ctx.group.id)
        ]
        return default_due_date(sessions, ctx.session, ctx.group.cadence)

    def add(self, title: str) -> ActionRow:
        action = Action(session_id=self._ctx.session_id, title=title, due_date=self.default_due())
        row = ActionRow(self._ctx, self, action)
        row.ref = self.pending.adopt().forget_with(row)  # the line saved it: this row
        self.list.add_row(row)
        row.changed(soon=True)
        return row

    def remove(self, row: ActionRow) -> None:
        """Delete at once, with its follow-up notes; the bar under the list undoes it."""
        title = row.title.text().strip() or row._action.title
        reviews = len(self._ctx.store.reviews.list_by_action(row.ref.id)) if row.ref.id else 0
        if reviews == 0:
            message = self.tr("Action “%1” deleted.")
        elif reviews == 1:
            message = self.tr("Action “%1” deleted, with its follow-up note.")
        else:
            message = self.tr("Action “%1” deleted, with its %n follow-up notes.", "", reviews)
        self._undo.delete(row, message.replace("%1", title))

    def _capture(self, action_id: int) -> tuple[Action, list, dict]:
        """(Autosave thread) the action and its reviews as stored, their sync identities,
        then the delete."""
        store = self._ctx.store
        action, reviews = store.actions.get(action_id), store.reviews.list_by_action(action_id)
        uuids = {("actions", action_id): store.sync.uuid_of("actions", action_id)}
        for review in reviews:
            uuids[("action_reviews", review.id)] = store.sync.uuid_of("action_reviews", review.id)
        store.actions.delete(action_id)  # the database cascades the reviews
        return action, reviews, uuids

    def _restore(self, kept: tuple[Action, list, dict]) -> int:
        """(Autosave thread) the action back, then each review on it, in one transaction,
        each under its own identity (under new ones, a review or an edit made on another
        device meanwhile would bring the originals back too: the action shown twice)."""
        store = self._ctx.store
        action, reviews, uuids = kept
        with store.transaction():
            old = uuids.get(("actions", action.id))
            action.id = None
            store.actions.add(action)
            if old:
                store.sync.restore_uuid("actions", action.id, old)
            for review in reviews:
                old = uuids.get(("action_reviews", review.id))
                review.id = None
                review.action_id = action.id
                store.reviews.add(review)
                if old:
                    store.sync.restore_uuid("action_reviews", review.id, old)
        return action.id
