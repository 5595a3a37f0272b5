"""« Préparer la prochaine séance »: what I promised, what happened, what I bring.

For one group (by default the group of the next session) or across groups: the
next session and how far away it is, every open action due by then grouped by
the session it came from (overdue ones stand out, carried-over ones carry a
badge), a review panel to update each in a few clicks, the backlog of topics to
bring, and a one-page preparation sheet. Data is loaded when the view is shown
(``refresh``), with one query per concept (``carnet.services.planning.prepare``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import Session, SessionStatus
from carnet.services.planning import ActionItem, Preparation, prepare
from carnet.services.session_status import next_session
from carnet.store import JournalStore
from carnet.store.errors import StoreError
from carnet.templates import TemplateSet
from carnet.ui import formats, style
from carnet.ui.fit import elide_combo
from carnet.ui.models.preparation import PreparationModel, Roles
from carnet.ui.prepare.delegate import CardDelegate, value
from carnet.ui.prepare.review import ReviewPanel, repolish
from carnet.ui.prepare.styles import prepare_stylesheet
from carnet.ui.prepare.topics import TopicsPanel
from carnet.ui.prepare.widgets import ActionTree, PageTabs

#: The section "due after the next session" starts open when it is this short.
LATER_EXPANDED_MAX = 8
ALL_GROUPS = -1  # the selector's "All groups" (not None: PySide 6.12 mishandles None data)


def _interface_language() -> str:
    try:
        from carnet.ui.i18n import current_language

        return current_language()
    except ImportError:  # pragma: no cover - the shell always ships it
        return "fr"


class PrepareView(QWidget):
    sessionRequested = Signal(int)  # noqa: N815
    saveStateChanged = Signal(str)  # noqa: N815
    errorOccurred = Signal(str)  # noqa: N815
    reloaded = Signal()  # after every (re)load of the content

    def __init__(self, store: JournalStore, templates: TemplateSet, *,
                 lang: str | None = None, today: Callable[[], date] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preparePage")
        self.store = store
        self.templates = templates
        self.lang = lang or _interface_language()
        self.today_fn = today or date.today
        self.today = self.today_fn()
        self.preparation: Preparation | None = None
        self.group_names: dict[int, str] = {}
        self._chosen_group: int | None = None  # None until the person or the default chose
        self._loading = False

        # -- header
        self.title = style.label(self.tr("Preparing the next session"))
        self.title.setObjectName("prepareTitle")
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("groupSelector")
        elide_combo(self.group_combo, minimum_chars=20)
        self.group_combo.setAccessibleName(self.tr("Group"))
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.title, 1)
        group_caption = style.label(self.tr("Group"), "muted")
        header.addWidget(group_caption)
        group_caption.setBuddy(self.group_combo)  # a combo box's name on Linux is its value
        header.addWidget(self.group_combo)

        # -- the next session
        self.next_card = QFrame()
        self.next_card.setObjectName("panel")
        self.next_kicker = style.label(self.tr("NEXT SESSION"))
        self.next_kicker.setObjectName("nextKicker")
        self.next_heading = style.label("", wrap=True)
        self.next_heading.setObjectName("nextHeading")
        self.next_when = style.label("", wrap=True)
        self.next_when.setObjectName("nextWhen")
        self.next_counts = style.label("", wrap=True)
        self.next_counts.setObjectName("nextCounts")
        self.countdown = style.label("")
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sheet_button = QPushButton(self.tr("Preparation sheet (PDF)…"))
        self.sheet_button.setObjectName("sheetButton")
        self.sheet_button.setToolTip(self.tr("One page with your open actions and the topic "
                                             "you bring, to print or keep at hand"))
        self.calendar_button = QPushButton(self.tr("Add to my calendar (.ics)…"))
        self.calendar_button.setProperty("role", "link")
        heading_row = QHBoxLayout()
        heading_row.setSpacing(12)
        heading_row.addWidget(self.next_heading, 1)
        heading_row.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignTop)
        facts = QHBoxLayout()
        facts.setSpacing(14)
        facts_text = QVBoxLayout()
        facts_text.setSpacing(1)
        facts_text.addWidget(self.next_when)
        facts_text.addWidget(self.next_counts)
        facts.addLayout(facts_text, 1)
        facts.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignBottom)
        facts.addWidget(self.sheet_button, 0, Qt.AlignmentFlag.AlignBottom)
        card_layout = QVBoxLayout(self.next_card)
        card_layout.setContentsMargins(20, 12, 16, 12)
        card_layout.setSpacing(2)
        card_layout.addWidget(self.next_kicker)
        card_layout.addLayout(heading_row)
        card_layout.addLayout(facts)

        # -- actions: tree on the left, review on the right
        self.model = PreparationModel(self)
        self.tree = ActionTree()
        self.tree.setObjectName("actionTree")
        self.tree.setModel(self.model)
        self.delegate = CardDelegate(self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setMouseTracking(True)
        self.tree.setAnimated(False)
        self.tree.setAccessibleName(self.tr("Open actions"))
        self.review = ReviewPanel(store)
        self.actions_split = QSplitter(Qt.Orientation.Horizontal)
        self.actions_split.setObjectName("prepareSplit")
        self.actions_split.setChildrenCollapsible(False)
        self.actions_split.setHandleWidth(12)
        self.actions_split.addWidget(self.tree)
        self.actions_split.addWidget(self.review)
        self.actions_split.setStretchFactor(0, 5)
        self.actions_split.setStretchFactor(1, 6)
        self.actions_empty = style.label("", wrap=True)
        self.actions_empty.setObjectName("emptyHint")
        self.actions_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.actions_stack = QStackedWidget()
        self.actions_stack.addWidget(self.actions_split)
        self.actions_stack.addWidget(self.actions_empty)
        actions_page = QWidget()
        actions_layout = QVBoxLayout(actions_page)
        actions_layout.setContentsMargins(0, 10, 0, 0)
        actions_layout.addWidget(self.actions_stack)

        self._topics: TopicsPanel | None = None  # built when its tab is first shown
        self.topics_page = QWidget()
        topics_layout = QVBoxLayout(self.topics_page)
        topics_layout.setContentsMargins(0, 10, 0, 0)
        self.feedback = style.label("")
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # « Annuler » beside « Suivi enregistré »: the follow-up just saved taken back
        self.undo_review_button = QPushButton(self.tr("Undo"))
        self.undo_review_button.setObjectName("undoReview")
        self.undo_review_button.setProperty("role", "link")
        self.undo_review_button.setAccessibleName(self.tr("Take back the follow-up just saved"))
        self.undo_review_button.hide()
        status = QWidget()
        status_row = QHBoxLayout(status)
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.setSpacing(8)
        status_row.addWidget(self.feedback, 1)
        status_row.addWidget(self.undo_review_button)
        self.tabs = PageTabs(status)
        self.tabs.addTab(actions_page, "")
        self.tabs.addTab(self.topics_page, "")
        self._sized = False

        body = QWidget()
        body.setObjectName("prepareBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 14, 28, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.next_card)
        layout.addWidget(self.tabs, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body)

        # Once every child is in place: one polish pass instead of one per added widget.
        self.setStyleSheet(prepare_stylesheet(style.app_point_size()))

        # Signals, in one place
        self.group_combo.activated.connect(self._group_chosen)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.clicked.connect(self._clicked)
        self.review.reviewed.connect(self._reviewed)
        self.undo_review_button.clicked.connect(self._take_back)
        self.review.failed.connect(self._failed)
        self.review.sessionRequested.connect(self.sessionRequested)
        self.tabs.bar.currentChanged.connect(self._tab_changed)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.calendar_button.clicked.connect(self.export_calendar)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized and self.width() > 200:
            self._sized = True
            room = max(self.tabs.width(), 600)
            self.actions_split.setSizes([int(room * 0.45), int(room * 0.55)])

    def hideEvent(self, event) -> None:
        # Leaving the view (another page of the workspace): what was typed is kept.
        try:
            self.flush()
        except StoreError as exc:
            self._failed(str(exc))
        super().hideEvent(event)

    @property
    def topics(self) -> TopicsPanel:
        """The topics tab, built on first use (most visits are about the actions)."""
        if self._topics is None:
            panel = TopicsPanel(self.store, self.templates, self.lang)
            self._topics = panel
            room = max(self.tabs.width(), 600)
            panel.splitter.setSizes([int(room * 0.42), int(room * 0.58)])
            panel.changed.connect(self._topics_changed)
            panel.added.connect(self._topic_added)
            panel.failed.connect(self._failed)
            panel.sessionRequested.connect(self.sessionRequested)
            panel.saveStateChanged.connect(self.saveStateChanged)
            self.topics_page.layout().addWidget(panel)
            panel.show()  # a layout would only show it from the event loop
            if self.preparation is not None:
                panel.load(self.preparation.topics, self.group_id, self.group_names, self.today)
        return self._topics

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.topics  # noqa: B018 - builds the tab

    # -- what is shown ---------------------------------------------------------------------
    @property
    def group_id(self) -> int | None:
        return self._chosen_group if self._chosen_group not in (None, ALL_GROUPS) else None

    def _fill_groups(self) -> None:
        groups = self.store.groups.list(include_archived=True)
        self.group_names = {g.id: g.name for g in groups}
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All groups"), ALL_GROUPS)
        for group in groups:
            if not group.archived or group.id == self._chosen_group:
                self.group_combo.addItem(group.name, group.id)
        self.group_combo.blockSignals(False)

    def _default_group(self) -> int:
        upcoming = next_session(self.store, self.today)
        return upcoming.group_id if upcoming is not None else ALL_GROUPS

    def refresh(self, today: date | None = None) -> None:
        """Load everything again (called each time the view is shown)."""
        self.flush()
        self.today = today or self.today_fn()
        try:
            self._fill_groups()
            if self._chosen_group is None or (self._chosen_group != ALL_GROUPS
                                              and self._chosen_group not in self.group_names):
                self._chosen_group = self._default_group()
            self.group_combo.setCurrentIndex(max(self.group_combo.findData(self._chosen_group),
                                                 0))
            self._reload()
        except StoreError as exc:
            self._failed(str(exc))

    def select_group(self, group_id: int | None) -> None:
        """Show one group (an id) or every group (None)."""
        self._chosen_group = ALL_GROUPS if group_id is None else group_id
        index = self.group_combo.findData(self._chosen_group)
        if index >= 0:
            self.group_combo.setCurrentIndex(index)
        self.flush()
        self._reload()

    def _group_chosen(self, index: int) -> None:
        self.select_group(None if self.group_combo.itemData(index) == ALL_GROUPS
                          else int(self.group_combo.itemData(index)))

    def _reload(self, keep_action: int | None = None) -> None:
        if keep_action is None and self.review.item is not None:
            keep_action = self.review.item.action.id
        self._loading = True
        try:
            preparation = prepare(self.store, self.today, self.group_id)
            self.preparation = preparation
            self.model.load(preparation, self.group_names, show_group=self.group_id is None)
            for row in range(self.model.rowCount()):
                index = self.model.index(row, 0)
                later = self.model.section_is_later(row)
                if not later or self.model.rowCount(index) <= LATER_EXPANDED_MAX:
                    self.tree.expand(index)
        finally:
            self._loading = False
        self._show_header(preparation)
        self._show_actions(preparation, keep_action)
        if self._topics is not None:
            self._topics.load(preparation.topics, self.group_id, self.group_names, self.today)
        self._tab_titles(preparation)
        self.reloaded.emit()

    def _session_name(self, session: Session) -> str:
        name = self.group_names.get(session.group_id, "")
        label = self.tr("Session %1").replace("%1", str(session.number))
        return f"{label} — {name}" if name else label

    def _show_header(self, preparation: Preparation) -> None:
        upcoming = preparation.next_session
        late = False
        if upcoming is not None:
            self.next_heading.setText(self._session_name(upcoming))
            when = [formats.format_date(upcoming.date, "long")]
            if upcoming.themes:
                when.append(", ".join(upcoming.themes))
            self.next_when.setText(" · ".join(when))
            self.countdown.setText(formats.relative_days(upcoming.date, self.today))
        else:
            missed = self._past_planned()
            if missed is not None:
                late = True
                self.next_heading.setText(self._session_name(missed))
                self.next_when.setText(self.tr(
                    "Planned on %1 and not journaled yet: open it to note what happened, or "
                    "mark it missed.").replace("%1", formats.format_date(missed.date, "long")))
                self.countdown.setText(self.tr("overdue"))
            else:
                self.next_heading.setText(self.tr("No session planned"))
                self.next_when.setText(self.tr("Plan the group's next session to see what "
                                               "to prepare for it."))
                self.countdown.setText("")
        self.countdown.setVisible(bool(self.countdown.text()))
        self.countdown.setProperty("late", "true" if late else "false")
        repolish(self.countdown)
        due = preparation.due_items
        parts = [self.tr("1 open action") if len(due) == 1
                 else self.tr("%n open actions", "", len(due))]
        if preparation.overdue_count:
            parts.append(self.tr("%n overdue", "", preparation.overdue_count))
        topics = len(preparation.topics)
        parts.append(self.tr("1 topic to bring") if topics == 1
                     else self.tr("%n topics to bring", "", topics))
        self.next_counts.setText(" · ".join(parts))

    def _past_planned(self) -> Session | None:
        """The latest session still "planned" although its date has passed."""
        group_ids = [self.group_id] if self.group_id is not None else None
        past = self.store.sessions.list(status=SessionStatus.PLANNED,
                                        end=self.today - timedelta(days=1), group_ids=group_ids)
        return past[-1] if past else None

    def _tab_titles(self, preparation: Preparation) -> None:
        due = len(preparation.due_items)
        self.tabs.setTabText(0, self.tr("Actions to review (%1)").replace("%1", str(due)))
        self.tabs.setTabText(1, self.tr("Topics to bring (%1)").replace(
            "%1", str(len(preparation.topics))))

    def _show_actions(self, preparation: Preparation, keep_action: int | None) -> None:
        if self.model.rowCount() == 0:
            self.actions_empty.setText(
                self.tr("Nothing to review: no open action is due by the next session.\n"
                        "Your action plans are written in each session, at the step "
                        "« action plan »."))
            self.actions_stack.setCurrentWidget(self.actions_empty)
            self.review.show_item(None, self.today)
            return
        self.actions_stack.setCurrentWidget(self.actions_split)
        index = self.model.index_of_action(keep_action) if keep_action is not None else None
        if index is None or not index.isValid():
            first = self.model.action_indexes()
            index = first[0] if first else QModelIndex()
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)
            self.review.show_item(self.model.item(index), self.today)

    # -- reactions ------------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        item = self.model.item(current)
        if item is None:
            return
        left = self.review.item
        if left is not None and left.action.id != item.action.id \
                and self.review.has_pending_review():
            # Nothing typed or chosen is lost: the review is saved before moving on, and
            # said (a closed action leaves the list).
            action_id = item.action.id
            if self.review.save(notify=False):
                QTimer.singleShot(0, lambda: self._saved_on_the_way(
                    left.action.id, left.action.title, action_id))
                return
        self.review.show_item(item, self.today)

    def _saved_on_the_way(self, saved_id: int, title: str, keep_action: int) -> None:
        """The review of the action left was saved as the person moved to another."""
        self._reload(keep_action=keep_action)
        if self.model.index_of_action(saved_id).isValid():
            text = self.tr("Review of « %1 » saved.").replace("%1", title)
        else:
            text = self.tr("Review saved: « %1 » is closed and leaves the list.").replace(
                "%1", title)
        self._say(text)
        self.undo_review_button.setVisible(self.review.last_saved is not None)
        self.saveStateChanged.emit("saved")

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid() and value(index, Roles.KIND) in ("session", "later"):
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def _reviewed(self, action_id: int) -> None:
        item = self.review.item
        title = item.action.title if item is not None else ""
        self._reload(keep_action=action_id)
        still_open = self.model.index_of_action(action_id).isValid()
        text = (self.tr("Review saved.") if still_open else
                self.tr("Review saved: « %1 » is closed and leaves the list.").replace(
                    "%1", title))
        self._say(text)
        self.undo_review_button.setVisible(self.review.last_saved is not None)
        self.saveStateChanged.emit("saved")

    def _take_back(self) -> None:
        """« Annuler »: the follow-up just saved is taken back, its action as before and
        shown again (reopened if the follow-up had closed it)."""
        focused = self.undo_review_button.hasFocus()
        action_id = self.review.take_back()
        self.undo_review_button.hide()
        if action_id is None:
            return
        self._reload(keep_action=action_id)
        self._say(self.tr("Follow-up taken back: the action is as it was."))
        self.saveStateChanged.emit("saved")
        if focused:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _topics_changed(self) -> None:
        preparation = prepare(self.store, self.today, self.group_id)
        self.preparation = preparation
        self._show_header(preparation)
        self.topics.load(preparation.topics, self.group_id, self.group_names, self.today)
        self._tab_titles(preparation)

    def _topic_added(self) -> None:
        """A topic was written in the editor: the counts follow, the panel is not
        reloaded (the person is typing in it)."""
        self.preparation = prepare(self.store, self.today, self.group_id)
        self._show_header(self.preparation)
        self._tab_titles(self.preparation)

    def _failed(self, message: str) -> None:
        from carnet.ui.os_words import known_store_reason

        said = known_store_reason(message)  # the store's English, in the person's words
        self._say(self.tr("Not saved: %1.").replace("%1", said) if said else message,
                  error=True)
        self.errorOccurred.emit(message)

    def _say(self, text: str, error: bool = False) -> None:
        self.undo_review_button.hide()  # (offered again by a save, right after it)
        self.feedback.setText(text)
        self.feedback.setProperty("state", "error" if error else "")
        repolish(self.feedback)

    # -- commands ---------------------------------------------------------------------------------
    def current_item(self) -> ActionItem | None:
        return self.review.item

    def select_action(self, action_id: int) -> bool:
        index = self.model.index_of_action(action_id)
        if not index.isValid():
            return False
        self.tabs.setCurrentIndex(0)
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def save_sheet(self) -> None:
        from carnet.ui.prepare.sheet import save_prep_sheet

        self.flush()
        preparation = prepare(self.store, self.today, self.group_id)
        save_prep_sheet(self, preparation, self.group_names, self.lang, store=self.store)

    def export_calendar(self) -> None:
        from carnet.ui.prepare.calendar import export_calendar

        export_calendar(self, self.store)

    # -- lifecycle -----------------------------------------------------------------------------
    def flush(self) -> list[str]:
        """Save what is typed and not yet saved (a review note, a topic's draft);
        return why something stays unsaved (what the journal said), empty if all is."""
        reasons: list[str] = []

        def refused(message: str) -> None:
            if message not in reasons:
                reasons.append(message)

        sources = [self.review.failed] + ([self._topics.failed] if self._topics else [])
        for signal in sources:
            signal.connect(refused)
        try:
            if self.review.has_pending_review() and not self.review.save(notify=False) \
                    and not reasons:
                refused(self.tr("the review was not saved"))
            if self._topics is not None:
                self._topics.flush()
                self._topics.commit_new()
        finally:
            for signal in sources:
                signal.disconnect(refused)
        return reasons

    def flush_for_sync(self) -> list[str]:
        """Before a sync: what the autosave would write — the follow-up being typed as
        its draft, the topic being edited — never the review itself (saved, its field
        emptied: a note typed across a sync became several follow-ups, « sept » cut in
        two — fresh8's G10), nor the « new topic » line half typed."""
        reasons: list[str] = []
        sources = [self.review.failed] + ([self._topics.failed] if self._topics else [])
        for signal in sources:
            signal.connect(reasons.append)
        try:
            self.review.save_draft()
            if self._topics is not None:
                self._topics.flush()
        finally:
            for signal in sources:
                signal.disconnect(reasons.append)
        return list(dict.fromkeys(reasons))

    def editing(self) -> bool:
        """The person is at work here: a follow-up, an outcome or a status not saved, a
        topic or a « new topic » line typed, the keyboard in a field holding words. A
        sync's re-read waits (it would save the review and empty its fields)."""
        focus = QApplication.focusWidget()
        topics = self._topics
        typing = isinstance(focus, QLineEdit | QPlainTextEdit) and self.isAncestorOf(focus) \
            and bool(focus.text() if isinstance(focus, QLineEdit) else focus.toPlainText())
        return typing or self.review.has_pending_review() \
            or (topics is not None and (topics._dirty or bool(topics.new_edit.text().strip())))

    def clear(self) -> None:
        """Forget every piece of journal content shown (on lock)."""
        self.review.clear()
        if self._topics is not None:
            self._topics.clear()
        self.model.clear()
        self.preparation = None
        for widget in (self.next_heading, self.next_when, self.next_counts, self.countdown,
                       self.feedback):
            widget.clear()
        self.group_combo.clear()
        self.group_names = {}
