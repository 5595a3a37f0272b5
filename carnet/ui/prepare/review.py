"""Reviewing one action: its history, then a new dated review in a few clicks.

A review is a new ``ActionReview`` row (history is never overwritten) whose status
and new due date the store applies to the action in the same transaction
(``store.actions.review``). "Postponed" asks for a new date; "done" and
"dropped" offer the outcome reflection.
"""

from __future__ import annotations

import dataclasses
import html
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import Action, ActionReview, ActionStatus, DomainError, SessionStatus
from carnet.services.planning import ActionItem
from carnet.store import JournalStore
from carnet.store.errors import StoreError
from carnet.ui import formats, style
from carnet.ui.date_edit import DateEdit
from carnet.ui.versions import VersionedTextEdit, in_words

CLOSED = (ActionStatus.DONE, ActionStatus.DROPPED)


#: The session editor's debounce (``session_editor.autosave.DEBOUNCE_MS``, a test ties
#: them): what is typed is written this long after the last key. Not imported from
#: there: that would load the whole session editor with this view.
DRAFT_DELAY_MS = 700


def caption(text: str) -> QLabel:
    widget = style.label(text)
    widget.setObjectName("fieldCaption")
    return widget


class StatusPicker(QWidget):
    """The five statuses as one row of segmented buttons: one click to change."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[ActionStatus, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        statuses = list(ActionStatus)
        for position, status in enumerate(statuses):
            label = formats.action_status_label(status)
            if status is ActionStatus.POSTPONED:
                label = self.tr("Postpone…")
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAutoExclusive(True)  # one of five: a screen reader hears radio buttons
            button.setProperty("role", "segment")
            button.setProperty("status", status.value)
            button.setAccessibleName(formats.action_status_label(status))
            if position == 0:
                button.setObjectName("segmentFirst")
            elif position == len(statuses) - 1:
                button.setObjectName("segmentLast")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.group.addButton(button)
            self.buttons[status] = button
            layout.addWidget(button)
            button.toggled.connect(
                lambda on, s=status: self.changed.emit(s.value) if on else None)
        layout.addStretch(1)

    def status(self) -> ActionStatus | None:
        for status, button in self.buttons.items():
            if button.isChecked():
                return status
        return None

    def set_status(self, status: ActionStatus) -> None:
        self.buttons[ActionStatus(status)].setChecked(True)


class SubmitTextEdit(VersionedTextEdit):
    """A plain text field where Ctrl+Return submits (saves the review); an outcome a
    sync kept in two versions is shown as the session page shows it (``setText``)."""

    submitted = Signal()

    def keyPressEvent(self, event) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ReviewPanel(QFrame):
    """The selected action: what it was, what happened since, and a new review."""

    reviewed = Signal(int)  # the action id
    sessionRequested = Signal(int)  # noqa: N815
    failed = Signal(str)

    def __init__(self, store: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.store = store
        self.item: ActionItem | None = None
        #: The new date shown for an action already postponed (never chosen by the person).
        self._shown_date: date | None = None
        self.today = date.today()
        #: The note being typed, already written as a note-only review (a crash keeps it).
        self._draft_id: int | None = None
        self.last_saved: tuple[int, Action] | None = None
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        self.kicker = style.label(self.tr("ACTION"))
        self.kicker.setObjectName("panelKicker")
        self.title_label = style.label("", wrap=True)
        self.title_label.setObjectName("actionTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin_button = QPushButton()
        self.origin_button.setProperty("role", "link")
        self.origin_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.facts_label = style.label("", wrap=True)
        self.facts_label.setObjectName("actionFacts")
        self.details_label = style.label("", "muted", wrap=True)

        self.history_caption = caption(self.tr("What happened so far"))
        self.history = QLabel()
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        self.history.setOpenExternalLinks(False)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        history_frame = QFrame()
        history_frame.setObjectName("history")
        history_layout = QVBoxLayout(history_frame)
        history_layout.setContentsMargins(12, 2, 4, 2)
        history_layout.addWidget(self.history)
        # The history scrolls on its own past a part of the panel: a long one pushed the
        # new review's field below the fold at 1024×700, only « Save » in sight (G12).
        self.history_scroll = QScrollArea()
        self.history_scroll.setObjectName("historyScroll")
        self.history_scroll.setWidgetResizable(True)
        self.history_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.history_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_scroll.setWidget(history_frame)
        self.history_scroll.viewport().setAutoFillBackground(False)
        self.history_scroll.setAccessibleName(self.tr("What happened so far"))

        self.review_kicker = style.label("")
        self.review_kicker.setObjectName("panelKicker")
        self.status_picker = StatusPicker()
        self.date_caption = caption(self.tr("New date"))
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("postponeDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(formats.medium_date_format() or "yyyy-MM-dd")
        self.date_edit.setMinimumWidth(170)
        self.date_caption.setBuddy(self.date_edit)
        date_row = QHBoxLayout()
        date_row.setSpacing(8)
        date_row.addWidget(self.date_caption)
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        self.date_row = QWidget()
        self.date_row.setLayout(date_row)
        date_row.setContentsMargins(0, 0, 0, 0)

        self.note_caption = caption(self.tr("What happened?"))
        self.note_caption.hide()
        self.note_edit = SubmitTextEdit()
        self.note_edit.setObjectName("reviewNote")
        self.note_edit.setAccessibleName(self.tr("What happened?"))
        self.note_caption.setBuddy(self.note_edit)
        self.note_edit.setPlaceholderText(
            self.tr("What happened? What did I try, what helped, what stopped me?"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(64)
        self.outcome_caption = caption(self.tr("Outcome: what I take from it"))
        self.outcome_edit = SubmitTextEdit()
        self.outcome_edit.setObjectName("reviewOutcome")
        self.outcome_edit.setAccessibleName(self.tr("Outcome: what I take from it"))
        self.outcome_caption.setBuddy(self.outcome_edit)
        self.outcome_edit.setPlaceholderText(
            self.tr("What did this action change? What would I do differently?"))
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setMinimumHeight(60)

        self.save_button = QPushButton(self.tr("Save the review"))
        self.save_button.setObjectName("saveReview")
        self.save_button.setProperty("role", "primary")
        self.save_button.setToolTip(self.tr("Ctrl+Return"))
        self.hint = style.label(self.tr("Kept in the action's history, dated today."), "hint",
                                wrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.save_button)

        content = QWidget()
        content.setObjectName("panelContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(4)
        layout.addWidget(self.kicker)
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.origin_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details_label)
        layout.addSpacing(4)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.history_scroll)
        layout.addSpacing(8)
        layout.addWidget(style.rule())
        layout.addSpacing(6)
        layout.addWidget(self.review_kicker)
        layout.addSpacing(2)
        layout.addWidget(self.status_picker)
        layout.addWidget(self.date_row)
        layout.addSpacing(2)
        layout.addWidget(self.note_caption)
        layout.addWidget(self.note_edit, 3)
        layout.addWidget(self.outcome_caption)
        layout.addWidget(self.outcome_edit, 2)
        layout.addStretch(0)  # takes the room only when the form is hidden

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("Review of the action"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll = scroll
        self._content: QWidget | None = content  # until sized, at the first show
        outer = QVBoxLayout(self)
        outer.setContentsMargins(1, 1, 1, 1)
        outer.addWidget(scroll, 1)
        # The save row stays under the scrolled form, always in sight: « Postponed »
        # adds the date row and a small window used to push it out of view (QA).
        self.footer = QWidget()
        self.footer.setObjectName("panelFooter")
        buttons.setContentsMargins(20, 6, 20, 12)
        self.footer.setLayout(buttons)
        outer.addWidget(self.footer)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        # Signals, in one place
        self.status_picker.changed.connect(self._status_chosen)
        self.note_edit.textChanged.connect(self._update_button)
        self.note_edit.textChanged.connect(self._draft_timer.start)
        self.outcome_edit.textChanged.connect(self._update_button)
        self.date_edit.dateChanged.connect(self._update_button)
        self.save_button.clicked.connect(lambda: self.save())
        self.origin_button.clicked.connect(self._open_origin)
        self.note_edit.submitted.connect(lambda: self.save())
        self.outcome_edit.submitted.connect(lambda: self.save())
        self.show_item(None, self.today)

    def showEvent(self, event) -> None:
        if self._content is not None:
            # Never narrower than the form (the status buttons): the splitter takes the
            # room from the list rather than cut « Postponed » on the right. Measured as
            # the panel is first shown (before the view's splitter is sized), not while
            # it is built: measuring styles every child, and each later step of building
            # the view would style them all again.
            layout = self._content.layout()
            margins = layout.contentsMargins()
            rows = (layout.itemAt(i).widget() for i in range(layout.count()))
            widest = max(w.minimumSizeHint().width() for w in rows if w is not None)
            # Every row counts, shown or not: the form's rows show once an action is chosen.
            self._scroll.setMinimumWidth(max(self._content.minimumSizeHint().width(),
                                             widest + margins.left() + margins.right())
                                         + self._scroll.verticalScrollBar().sizeHint().width())
            self._content = None
        super().showEvent(event)
        if self.item is not None:
            QTimer.singleShot(0, self, self._show_form)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_history()

    def _fit_history(self) -> None:
        """The history as tall as its entries, up to a third of the panel's view (at
        least 80 px): past that it scrolls, and the new review stays in sight."""
        frame = self.history_scroll.widget()
        width = self.history_scroll.viewport().width()
        if width < 100:
            width = max(100, self._scroll.viewport().width() - 40)
        layout = frame.layout()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
            else frame.sizeHint().height()
        cap = max(80, self._scroll.viewport().height() // 3)
        height = min(needed, cap)
        if self.history_scroll.height() != height or self.history_scroll.minimumHeight() != height:
            self.history_scroll.setFixedHeight(height)

    def _show_form(self) -> None:
        if self.item is None or self.note_edit.isHidden() or not self.isVisible():
            return  # (shown later: showEvent does it then)
        for _ in range(2):  # the history measured at its width, then the form laid out
            for _ in range(3):  # (the pending layout passes first: _outcome_into_view)
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self._fit_history()
        # the field's first lines in sight (it stretches: wholly, it may not fit), the
        # panel scrolled as little as that takes
        field = self.note_edit.geometry()
        bar = self._scroll.verticalScrollBar()
        wanted = field.top() + min(field.height(), 96) + 6 - self._scroll.viewport().height()
        if wanted > bar.value():
            bar.setValue(min(wanted, bar.maximum()))

    # -- showing ----------------------------------------------------------------------------
    def show_item(self, item: ActionItem | None, today: date) -> None:
        self.item = item
        self.today = today
        self.note_edit.clear()
        self.outcome_edit.clear()
        self._forget_draft()
        present = item is not None
        for widget in (self.kicker, self.origin_button, self.facts_label, self.history_caption,
                       self.history_scroll, self.review_kicker, self.status_picker,
                       self.note_edit, self.save_button, self.hint):
            widget.setVisible(present)
        if item is None:
            self.title_label.setText(self.tr("Select an action to review it."))
            self.details_label.hide()
            self.date_row.hide()
            self.outcome_caption.hide()
            self.outcome_edit.hide()
            return
        action = item.action
        self.title_label.setText(action.title)
        self.origin_button.setText(
            self.tr("Decided at session %1 on %2 — open it").replace(
                "%1", str(item.origin.number)).replace("%2", formats.format_date(item.origin.date)))
        self.facts_label.setText(self._facts(item))
        self.facts_label.setProperty("late", "true" if item.overdue else "false")
        repolish(self.facts_label)
        self.details_label.setText(in_words(action.details))
        self.details_label.setVisible(bool(action.details.strip()))
        self.history.setText(self._history_html(item))
        self._fit_history()
        self._scroll.verticalScrollBar().setValue(0)
        # once laid out: the new review's field in sight, the panel scrolled as little as
        # it takes (in a small window the action's title stays readable in the list)
        QTimer.singleShot(0, self, self._show_form)
        self.review_kicker.setText(self.tr("NEW REVIEW"))
        self.hint.setText(self.tr("Kept in the action's history, dated %1.").replace(
            "%1", formats.format_date(today)))
        self.outcome_edit.setText(action.outcome)
        self.date_edit.setMinimumDate(formats.qdate(today + timedelta(days=1)))
        self.status_picker.set_status(action.status)
        self.date_row.hide()  # (a status chosen later starts from its own default date)
        self._shown_date = None
        self._status_changed(action.status.value)
        if action.status is ActionStatus.POSTPONED:
            # Already postponed: its own date, and only a date the person changes is a
            # new postponement (a default date, or the previous action's, moved an
            # action only looked at, once the person moved on: found by a review).
            if action.due_date is not None:
                self.date_edit.setDate(formats.qdate(action.due_date))
            self._shown_date = formats.pydate(self.date_edit.date())
            self._update_button()

    def _facts(self, item: ActionItem) -> str:
        action = item.action
        parts = [formats.action_status_label(action.status)]
        if action.due_date is not None:
            due = formats.format_date(action.due_date)
            if item.overdue:
                parts.append(self.tr("overdue: was due %1 (%2)").replace("%1", due).replace(
                    "%2", formats.relative_days(action.due_date, self.today)))
            else:
                parts.append(self.tr("due %1 (%2)").replace("%1", due).replace(
                    "%2", formats.relative_days(action.due_date, self.today)))
        if item.carried_over and action.status is not ActionStatus.POSTPONED:
            parts.append(self.tr("carried over"))  # (« Reportée · … · reportée » otherwise)
        return " · ".join(parts)

    def _history_html(self, item: ActionItem) -> str:
        muted = f"color:{style.MUTED};font-size:9pt"
        entries = []
        for review in reversed(item.reviews):
            head = [formats.format_date(review.date)]
            if review.status is ActionStatus.POSTPONED and review.new_due_date is not None:
                head.append(self.tr("postponed to %1").replace(
                    "%1", formats.format_date(review.new_due_date)))
            elif review.status is not None:
                head.append(formats.action_status_label(review.status))
            elif review.new_due_date is not None:
                head.append(self.tr("new date: %1").replace(
                    "%1", formats.format_date(review.new_due_date)))
            note = html.escape(in_words(review.note).strip()).replace("\n", "<br>")
            body = f"<br>{note}" if note else ""
            entries.append(f"<p style='margin:0 0 8px 0'><span style='{muted}'>"
                           f"{html.escape(' · '.join(head))}</span>{body}</p>")
        if not item.reviews:
            none_yet = self.tr("No review yet.")
            entries.append(f"<p style='margin:0;color:{style.MUTED}'><i>"
                           f"{html.escape(none_yet)}</i></p>")
        return "".join(entries)

    # -- editing ------------------------------------------------------------------------------
    def _default_new_date(self) -> date:
        """The group's next planned session after the action's current date, else in a month."""
        assert self.item is not None
        after = max(self.today, self.item.action.due_date or self.today)
        try:
            later = self.store.sessions.list(status=SessionStatus.PLANNED,
                                             start=after + timedelta(days=1),
                                             group_ids=[self.item.origin.group_id])
        except StoreError:
            later = []
        return later[0].date if later else after + timedelta(days=28)

    def _status_changed(self, value: str) -> None:
        status = ActionStatus(value)
        postponing = status is ActionStatus.POSTPONED and self.item is not None
        if postponing and self.date_row.isHidden():
            self.date_edit.setDate(formats.qdate(self._default_new_date()))
        self.date_row.setVisible(postponing)
        closing = status in CLOSED and self.item is not None
        # an outcome typed (or one the action has) stays in sight whatever the status:
        # hidden by « En cours » after « Faite », it was saved nowhere (fresh6)
        written = self.item is not None and bool(self.outcome_edit.toPlainText().strip())
        self.outcome_caption.setVisible(closing or written)
        self.outcome_edit.setVisible(closing or written)
        self._update_button()

    def _status_chosen(self, value: str) -> None:
        """The person chose a status: « Faite » or « Abandonnée » brings the outcome field
        it shows into view (it appeared below the bottom of the pane, never written:
        fresh6)."""
        hidden = self.outcome_edit.isHidden()
        self._status_changed(value)
        if hidden and not self.outcome_edit.isHidden():
            QTimer.singleShot(0, self, self._outcome_into_view)

    def _outcome_into_view(self) -> None:
        if self.outcome_edit.isVisible():
            # the pending layout passes first: the form's height with the field in it
            for _ in range(3):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            # the last row of the form: the end of it in view shows it whole
            bar = self._scroll.verticalScrollBar()
            bar.setValue(bar.maximum())

    def pending_review(self) -> tuple[ActionReview, str | None] | None:
        """The review the form describes, or None when it would record nothing."""
        item = self.item
        status = self.status_picker.status()
        if item is None or status is None:
            return None
        note = self.note_edit.toPlainText().strip()
        new_date = (formats.pydate(self.date_edit.date())
                    if status is ActionStatus.POSTPONED else None)
        changed = status is not item.action.status or (
            new_date is not None and new_date != item.action.due_date
            and new_date != self._shown_date)  # (shown, never chosen: no change)
        outcome = None
        text = self.outcome_edit.text().strip()  # (as stored: its versions kept apart)
        if (status in CLOSED or self.outcome_edit.isVisibleTo(self)) \
                and text != item.action.outcome.strip():
            outcome = text  # (what the field shows is what is saved, whatever the status)
        if not (changed or note or outcome):
            return None
        review = ActionReview(action_id=item.action.id, date=self.today, note=note,
                              status=status if changed else None,
                              new_due_date=new_date if changed else None)
        return review, outcome

    def _update_button(self) -> None:
        try:
            ready = self.pending_review() is not None
        except DomainError:
            ready = False
        self.save_button.setEnabled(ready)

    def save_draft(self) -> bool:
        """Write the note being typed as a note-only review of today (debounced, like the
        session editor's fields): a crash loses at most the last interval. Emptied, the
        draft goes again. False when it could not be written (it stays in the field)."""
        self._draft_timer.stop()
        if self.item is None:
            return True
        note = self.note_edit.toPlainText().strip()
        try:
            if note and self._draft_id is None:
                self._draft_id = self.store.reviews.add(ActionReview(
                    action_id=self.item.action.id, date=self.today, note=note)).id
            elif note:
                self.store.reviews.update(ActionReview(
                    action_id=self.item.action.id, date=self.today, note=note,
                    id=self._draft_id))
            elif self._draft_id is not None:
                self.store.reviews.delete(self._draft_id)
                self._draft_id = None
        except (StoreError, DomainError) as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def _forget_draft(self) -> None:
        """The field was emptied by the program (another action, saved, lock): the draft
        written so far is a review now, or belongs to the action left."""
        self._draft_timer.stop()
        self._draft_id = None

    def save(self, notify: bool = True) -> bool:
        """Record the review; True when something was saved. ``notify`` False saves
        without asking the view to reload (when it is about to). The draft the autosave
        wrote becomes this review (replaced in one transaction, never written twice)."""
        if self.item is None:
            return False
        try:
            pending = self.pending_review()
            if pending is None:
                return False
            review, outcome = pending
            before = dataclasses.replace(self.item.action)
            with self.store.transaction():
                if self._draft_id is not None:
                    self.store.reviews.delete(self._draft_id)
                action = self.store.actions.review(review, outcome=outcome)
            #: the follow-up just saved and its action as it was: « Annuler » takes it back
            self.last_saved = (review.id, before) if review.id is not None else None
        except (StoreError, DomainError) as exc:
            self.failed.emit(str(exc))
            return False
        # The form now describes the saved action: leaving it must not record the same
        # status and outcome a second time (as an empty-note review).
        self.item = dataclasses.replace(self.item, action=action)
        # « Enregistrer le suivi » pressed from the keyboard is disabled by the clear below:
        # Qt handed the focus to the next widget of the window, the search field (fresh6).
        # It stays in the review, where the next follow-up is written.
        pressed = self.isAncestorOf(QApplication.focusWidget())
        if pressed:
            self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.note_edit.clear()
        self._forget_draft()
        if notify:
            self.reviewed.emit(action.id)
        if pressed:
            self._keep_focus()
        return True

    def take_back(self) -> int | None:
        """Take back the follow-up just saved: deleted, its action's status, date and
        outcome as they were (a follow-up saved on the wrong action, or with a slip,
        could never be corrected: fresh6). The action's id, None when nothing was."""
        if self.last_saved is None:
            return None
        review_id, before = self.last_saved
        self.last_saved = None
        try:
            with self.store.transaction():
                self.store.reviews.delete(review_id)
                current = self.store.actions.get(before.id)
                self.store.actions.update(dataclasses.replace(
                    current, status=before.status, due_date=before.due_date,
                    outcome=before.outcome))
        except (StoreError, DomainError) as exc:
            self.failed.emit(str(exc))
            return None
        return before.id

    def _keep_focus(self) -> None:
        """After a save from the keyboard: the note of the action now shown, else the
        list of actions (the last one left it)."""
        if self.note_edit.isVisible():
            self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        view = self.parentWidget()
        while view is not None and not hasattr(view, "tree"):
            view = view.parentWidget()
        if view is not None:
            view.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_origin(self) -> None:
        if self.item is not None and self.item.origin.id is not None:
            self.sessionRequested.emit(self.item.origin.id)

    def has_pending_review(self) -> bool:
        """A review not saved yet: a note typed, an outcome, or a status or date chosen
        (leaving the action or the view saves it: a « Done » clicked without a note used
        to vanish when the person moved on, and the outcome without a note before it)."""
        if self.note_edit.toPlainText().strip():
            return True
        try:
            return self.pending_review() is not None
        except DomainError:
            return False

    def clear(self) -> None:
        self.item = None
        self.note_edit.clear()
        self.outcome_edit.clear()
        self._forget_draft()
        self.title_label.clear()
        self.history.clear()
        self.details_label.clear()
        self.facts_label.clear()
        self.origin_button.setText("")


def repolish(widget: QWidget) -> None:
    """Apply the stylesheet again after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
