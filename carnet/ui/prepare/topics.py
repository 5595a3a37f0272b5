"""Topics to bring: the backlog, a short exposé draft for each, and « bring it to
a session », which makes the topic that session's case and pre-fills its exposé
(the logic is in ``backlog``).

Edits are saved as the person types (debounced) and on ``flush()``; the
session's exposé text is never overwritten: an existing text gets the draft
appended under a separator.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import DomainError, SessionStatus, Topic, TopicStatus
from carnet.store import JournalStore
from carnet.store.errors import StoreError
from carnet.templates import TemplateSet
from carnet.ui import formats, style
from carnet.ui.models.topics import TopicListModel
from carnet.ui.prepare.backlog import Attached, attach_topic, codev_prompts
from carnet.ui.prepare.delegate import CardDelegate
from carnet.ui.prepare.review import caption
from carnet.ui.services import messages
from carnet.ui.versions import VersionedTextEdit
from carnet.ui.whole_paste import keep_whole

SAVE_DELAY_MS = 700
MAX_SESSIONS = 24
# A topic written in its draft first is titled with the draft's first words.
DRAFT_TITLE_WORDS = 8
DRAFT_TITLE_CHARS = 80


class TopicsPanel(QWidget):
    """Backlog on the left, the selected topic's editor on the right."""

    changed = Signal()  # topics were added, attached or deleted: the view reloads
    added = Signal()  # a topic was written in the editor itself: the counts follow
    sessionRequested = Signal(int)  # noqa: N815
    failed = Signal(str)
    saveStateChanged = Signal(str)  # noqa: N815

    def __init__(self, store: JournalStore, templates: TemplateSet, lang: str = "fr",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.templates = templates
        self.lang = lang
        self.today = date.today()
        self.group_id: int | None = None
        self.group_names: dict[int, str] = {}
        self.topic: Topic | None = None
        self._filling = False
        self._dirty = False
        self._last_session_id: int | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        #: The topic the "new topic" line was saved as (debounced), until « Add » adopts it.
        self._pending_id: int | None = None
        self._new_timer = QTimer(self)
        self._new_timer.setSingleShot(True)
        self._new_timer.setInterval(SAVE_DELAY_MS)

        # -- the backlog
        self.new_edit = keep_whole(QLineEdit())  # a long paste never cut (whole_paste.py)
        self.new_edit.setObjectName("newTopic")
        # A hint short enough for the narrow column beside the editor (« Une situation à
        # … » was cut); the whole sentence in the tooltip and for a screen reader.
        self.new_edit.setPlaceholderText(self.tr("New topic…"))
        self.new_edit.setToolTip(self.tr("A situation I would like to bring"))
        self.new_edit.setAccessibleName(self.tr("A situation I would like to bring"))
        self.add_button = QPushButton(self.tr("Add"))
        add_row = QHBoxLayout()
        add_row.setSpacing(6)
        add_row.addWidget(self.new_edit, 1)
        add_row.addWidget(self.add_button)
        self.model = TopicListModel(self._subtitle, self)
        self.list = QListView()
        self.list.setObjectName("topicList")
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Topics to bring"))
        self.delegate = CardDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setMouseTracking(True)
        self.list.setSpacing(2)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.empty_hint = style.label(
            self.tr("No topic waiting. Note a situation when one comes up: "
                    "a sentence is enough."), wrap=True)
        self.empty_hint.setObjectName("emptyHint")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addLayout(add_row)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty_hint)
        left_layout.addStretch(0)  # only when the list is hidden (no topic)

        # -- the editor
        self.kicker = style.label(self.tr("TOPIC"))
        self.kicker.setObjectName("panelKicker")
        self.title_edit = keep_whole(QLineEdit())
        self.title_edit.setObjectName("topicTitle")
        self.title_edit.setPlaceholderText(self.tr("The situation in a few words"))
        self.title_edit.setAccessibleName(self.tr("Topic: the situation in a few words"))
        self.kicker.setBuddy(self.title_edit)
        self.priority = QComboBox()
        self.priority.setObjectName("topicPriority")
        self.priority.setAccessibleName(self.tr("Priority of the topic"))
        self.priority.setAccessibleDescription(self.priority.accessibleName())  # see a11y.py
        for code, text in ((1, self.tr("High priority")), (2, self.tr("Normal priority")),
                           (3, self.tr("Low priority"))):
            self.priority.addItem(text, code)
        self.state_label = style.label("", "muted", wrap=True)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title_edit, 1)
        head.addWidget(self.priority)
        self.prompts_label = style.label("", wrap=True)
        self.prompts_label.setObjectName("prompt")
        self.draft_edit = VersionedTextEdit()  # (a draft kept in two versions: in words)
        self.draft_edit.setObjectName("topicDraft")
        self.draft_edit.setPlaceholderText(
            self.tr("The situation, described objectively; what is a problem for me; "
                    "what I am looking for from the group."))
        self.draft_edit.setMinimumHeight(110)
        self.draft_edit.setTabChangesFocus(True)

        self.session_combo = QComboBox()
        self.session_combo.setObjectName("attachSession")
        self.session_combo.setMinimumWidth(160)
        self.attach_button = QPushButton(self.tr("Bring to this session"))
        self.attach_button.setObjectName("attachTopic")
        self.attach_button.setProperty("role", "primary")
        attach_row = QVBoxLayout()  # on two lines: fits a narrow panel (QA at 1200 px)
        attach_row.setSpacing(6)
        attach_row.addWidget(self.session_combo)
        attach_row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignRight)
        self.feedback = style.label("", wrap=True)
        self.feedback.setObjectName("feedback")
        self.open_session_button = QPushButton(self.tr("Open the session"))
        self.open_session_button.setProperty("role", "link")
        self.open_session_button.hide()
        self.delete_button = QPushButton(self.tr("Delete this topic…"))
        self.delete_button.setProperty("role", "link")
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_session_button)
        bottom.addStretch(1)
        bottom.addWidget(self.delete_button)

        content = QWidget()
        content.installEventFilter(self)  # a click beside the fields writes in the draft
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(6)
        layout.addWidget(self.kicker)
        layout.addLayout(head)
        layout.addWidget(self.state_label)
        layout.addSpacing(6)
        layout.addWidget(draft_caption := caption(self.tr("Exposé draft")))
        draft_caption.setBuddy(self.draft_edit)  # named by its caption, the prompts describe it
        layout.addWidget(self.prompts_label)
        layout.addWidget(self.draft_edit, 1)
        layout.addSpacing(8)
        layout.addWidget(attach_caption := caption(self.tr(
            "Bring it to a session: it becomes the session's case and pre-fills its exposé")))
        attach_caption.setBuddy(self.session_combo)
        layout.addLayout(attach_row)
        layout.addWidget(self.feedback)
        layout.addSpacing(4)
        layout.addLayout(bottom)
        # The draft field scrolls itself and gives up its room first; only when even its
        # least height does not fit (a small window, a large font) does the panel scroll,
        # rather than squeeze the prompts until their last lines are cut.
        self.editor = QFrame()
        self.editor.setObjectName("panel")
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(1, 1, 1, 1)
        scroll = QScrollArea()
        scroll.setObjectName("topicEditorScroll")
        scroll.setAccessibleName(self.tr("The chosen topic"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        # Never narrower than what the editor needs: the splitter then takes the room
        # from the list instead of cutting the editor on the right (no side scrollbar).
        scroll.setMinimumWidth(content.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())
        editor_layout.addWidget(scroll)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("topicSplit")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(12)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        self.prompts_label.setText("\n".join(f"• {p}" for p in codev_prompts(templates, lang)))
        self.draft_edit.setAccessibleName(draft_caption.text())
        self.draft_edit.setAccessibleDescription(" ".join(codev_prompts(templates, lang)))

        # Signals, in one place
        self.new_edit.returnPressed.connect(self.add_topic)
        self.new_edit.textChanged.connect(self._new_timer.start)
        self._new_timer.timeout.connect(self.save_new_line)
        self.add_button.clicked.connect(self.add_topic)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.title_edit.textEdited.connect(self._edited)
        self.priority.activated.connect(self._priority_chosen)
        self.draft_edit.textChanged.connect(self._draft_changed)
        self._timer.timeout.connect(self.flush)
        self.attach_button.clicked.connect(self.attach)
        self.delete_button.clicked.connect(self.delete_topic)
        self.open_session_button.clicked.connect(
            lambda: self._last_session_id and self.sessionRequested.emit(self._last_session_id))
        self._show(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click on the editor's captions, prompts or margin (they take no focus) sends
        the keys to the draft, not to the button clicked last (a space pressed it)."""
        if event.type() == QEvent.Type.MouseButtonPress:
            self.draft_edit.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return super().eventFilter(watched, event)

    # -- the list ------------------------------------------------------------------------------
    def _subtitle(self, topic: Topic) -> str:
        parts = []
        if topic.group_id is not None and topic.group_id in self.group_names:
            parts.append(self.group_names[topic.group_id])
        elif topic.group_id is None:
            parts.append(self.tr("Any group"))
        if topic.status is TopicStatus.SCHEDULED:
            parts.append(self.tr("brought to a session"))
        words = len(topic.draft.split())
        parts.append(self.tr("no draft yet") if not words else
                     (self.tr("1 word") if words == 1 else self.tr("%n words", "", words)))
        return " · ".join(parts)

    def load(self, topics: list[Topic], group_id: int | None, group_names: dict[int, str],
             today: date, select_id: int | None = None) -> None:
        self.flush()
        self.today = today
        self.group_id = group_id
        self.group_names = dict(group_names)
        keep = select_id if select_id is not None else (self.topic.id if self.topic else None)
        # The topic the "new topic" line is saved as shows in the list once added, not twice.
        topics = [t for t in topics if t.id is None or t.id != self._pending_id]
        self._loading = True
        try:
            self.model.set_topics(topics)
        finally:
            self._loading = False
        self.list.setVisible(bool(topics))
        self.empty_hint.setVisible(not topics)
        if topics:
            row = max(self.model.row_of(keep), 0)
            self.list.setCurrentIndex(self.model.index(row, 0))
            self._show(self.model.topics[row])
        else:
            self._show(None)

    def topic_titles(self) -> list[str]:
        return [t.title for t in self.model.topics]

    def select_topic(self, topic_id: int) -> bool:
        row = self.model.row_of(topic_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading:
            return
        self.flush()
        row = current.row() if current.isValid() else -1
        topic = self.model.topics[row] if 0 <= row < len(self.model.topics) else None
        if topic is not self.topic:
            self._show(topic)

    # -- the editor ---------------------------------------------------------------------------
    def _show(self, topic: Topic | None) -> None:
        self.topic = topic
        # as read: a save carries only what was changed here (carnet/services/page_merge.py)
        self._base = dataclasses.replace(topic, tags=list(topic.tags)) if topic else None
        self._filling = True
        try:
            # Always ready to take words: with no topic, what is typed here becomes one
            # (``flush``). A disabled field looked like this one and dropped the keys.
            self.delete_button.setEnabled(topic is not None)
            self.title_edit.setText(topic.title if topic else "")
            self.draft_edit.setText(topic.draft if topic else "")
            self.priority.setCurrentIndex(self.priority.findData(topic.priority if topic else 2))
        finally:
            self._filling = False
        self.feedback.clear()
        self.open_session_button.hide()
        self._state_text()
        self._fill_sessions()

    def _state_text(self) -> None:
        topic = self.topic
        if topic is None:
            self.state_label.setText(self.tr(
                "No topic chosen: what you write here becomes a new topic."))
            return
        if topic.status is TopicStatus.SCHEDULED and topic.session_id is not None:
            try:
                session = self.store.sessions.get(topic.session_id)
            except StoreError:
                session = None
            if session is not None:
                self.state_label.setText(self.tr("The case of session %1 on %2.").replace(
                    "%1", str(session.number)).replace("%2", formats.format_date(session.date)))
                return
        self.state_label.setText(self.tr("In the backlog since %1.").replace(
            "%1", formats.format_date(topic.created_at.date()) if topic.created_at else "—"))

    def _fill_sessions(self) -> None:
        self.session_combo.clear()
        topic = self.topic
        if topic is None:
            # Says why it is unavailable: an empty white list looked ready to choose.
            self.session_combo.addItem(self.tr("Write or choose a topic first"), 0)
            self.session_combo.setEnabled(False)
            self.attach_button.setEnabled(False)
            return
        group_ids = [topic.group_id] if topic.group_id is not None else (
            [self.group_id] if self.group_id is not None else None)
        try:
            sessions = self.store.sessions.list(status=SessionStatus.PLANNED, start=self.today,
                                                group_ids=group_ids)[:MAX_SESSIONS]
        except StoreError:
            sessions = []
        for session in sessions:
            label = self.tr("Session %1 · %2").replace("%1", str(session.number)).replace(
                "%2", formats.format_date(session.date))
            name = self.group_names.get(session.group_id)
            if name and group_ids is None:
                label = f"{name} — {label}"
            self.session_combo.addItem(label, session.id)
            if session.id == topic.session_id:
                self.session_combo.setCurrentIndex(self.session_combo.count() - 1)
        if not sessions:
            self.session_combo.addItem(self.tr("No planned session ahead"), 0)
        self.session_combo.setEnabled(bool(sessions))
        self.attach_button.setEnabled(bool(sessions))

    def _edited(self) -> None:
        if self._filling:
            return
        if self.topic is None and not self._typed_without_topic():
            return  # a priority alone makes no topic
        self._dirty = True
        self.saveStateChanged.emit("saving")
        self._timer.start()

    def _draft_changed(self) -> None:
        self._edited()

    def _priority_chosen(self) -> None:
        self._edited()
        self.flush()

    def _typed_without_topic(self) -> bool:
        return bool(self.title_edit.text().strip() or self.draft_edit.toPlainText().strip())

    def _draft_title(self, draft: str) -> str:
        """A title for a topic written in its draft first: the draft's first words."""
        line = next((ln.strip() for ln in draft.splitlines() if ln.strip()), "")
        words = line.split()
        title = " ".join(words[:DRAFT_TITLE_WORDS])
        if len(title) > DRAFT_TITLE_CHARS:
            title = title[:DRAFT_TITLE_CHARS].rstrip()
        return title + "…" if title != line else title

    def _add_typed_topic(self) -> bool:
        """Words typed in the editor with no topic chosen become a topic (titled from
        the draft's first words when no title was typed), selected in the list without
        refilling the fields (the cursor stays where the person types)."""
        title = self.title_edit.text().strip()
        draft = self.draft_edit.text()
        if not title and not draft.strip():
            self._dirty = False
            return True
        try:
            topic = self.store.topics.add(Topic(
                title=title or self._draft_title(draft), group_id=self.group_id, draft=draft,
                priority=int(self.priority.currentData() or 2)))
        except (StoreError, DomainError) as exc:
            self.failed.emit(str(exc))
            return False
        self._dirty = False
        self.topic = topic
        self._base = dataclasses.replace(topic, tags=list(topic.tags))
        if not title:
            self._filling = True
            try:
                self.title_edit.setText(topic.title)
            finally:
                self._filling = False
        self._loading = True
        try:
            self.model.set_topics([*self.model.topics, topic])
            self.list.setCurrentIndex(self.model.index(self.model.row_of(topic.id), 0))
        finally:
            self._loading = False
        self.list.setVisible(True)
        self.empty_hint.setVisible(False)
        self.delete_button.setEnabled(True)
        self._state_text()
        self._fill_sessions()
        self.saveStateChanged.emit("saved")
        self.added.emit()
        return True

    def flush(self) -> bool:
        """Save the topic being edited now; False if it could not be saved."""
        self._timer.stop()
        if not self._dirty:
            return True
        if self.topic is None:
            return self._add_typed_topic()
        topic = self.topic
        title = self.title_edit.text().strip()
        topic.title = title or topic.title
        topic.draft = self.draft_edit.text()
        topic.priority = int(self.priority.currentData() or 2)
        try:
            added = self._save_over_sync(topic)
        except (StoreError, DomainError) as exc:
            self.failed.emit(str(exc))
            return False
        self._dirty = False
        if added:  # the other device's draft, below the person's (the cursor stays)
            keep = self.draft_edit.textCursor()
            position, anchor = keep.position(), keep.anchor()
            end = QTextCursor(self.draft_edit.document())
            end.movePosition(QTextCursor.MoveOperation.End)
            self._filling = True
            try:
                end.insertText(self.draft_edit.shown(added))  # (its heading in words)
                self.draft_edit.mark_versions()
            finally:
                self._filling = False
            keep.setPosition(anchor)
            keep.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            self.draft_edit.setTextCursor(keep)
        self.saveStateChanged.emit("saved")
        self.model.changed(topic)
        return True

    def _save_over_sync(self, topic: Topic) -> str:
        """Write ``topic`` as edited here over what a sync may have brought since it was
        read: only what was changed here; a draft changed on both sides keeps both
        (returns what was added after the person's draft, shown in the field)."""
        from carnet.services.page_merge import merge_record, write_merged

        base = getattr(self, "_base", None)
        with self.store.transaction():
            current = self.store.topics.get(topic.id) if base is not None else None
            if current is None:
                self.store.topics.update(topic)
                return ""
            merged = merge_record("topics", base, topic, current)
            write_merged(self.store, self.store.topics, "topics", merged)
        self._base = merged.base
        for name in ("title", "draft", "priority", "status", "session_id", "tags",
                     "group_id"):
            setattr(topic, name, getattr(merged.record, name))
        return merged.added.get("draft", "")

    def save_new_line(self) -> bool:
        """Write the "new topic" line as the topic it will become (debounced, like the
        session editor's "new item" lines): a crash loses at most the last interval.
        Emptied, that topic goes again. False when it could not be written."""
        self._new_timer.stop()
        title = self.new_edit.text().strip()
        try:
            if title and self._pending_id is None:
                topic = self.store.topics.add(Topic(title=title, group_id=self.group_id))
                self._pending_id = topic.id
            elif title:
                topic = self.store.topics.get(self._pending_id)
                if topic.title != title:
                    topic.title = title
                    self.store.topics.update(topic)
            elif self._pending_id is not None:
                self.store.topics.delete(self._pending_id)
                self._pending_id = None
        except (StoreError, DomainError) as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def commit_new(self) -> None:
        """A title typed in the "new topic" line and not added yet becomes a topic
        (on leaving the view, locking or quitting: nothing typed is lost)."""
        if self.new_edit.text().strip():
            self.add_topic()

    # -- commands ------------------------------------------------------------------------------
    def add_topic(self) -> Topic | None:
        title = self.new_edit.text().strip()
        if not title:
            self.new_edit.setFocus()
            return None
        self.flush()
        if not self.save_new_line():  # what the line saved becomes the topic: written once
            return None
        try:
            topic = self.store.topics.get(self._pending_id)
        except StoreError as exc:
            self.failed.emit(str(exc))
            return None
        self._pending_id = None
        self.new_edit.clear()
        self._new_timer.stop()
        topics = [*self.model.topics, topic]
        self.load(topics, self.group_id, self.group_names, self.today, select_id=topic.id)
        self.draft_edit.setFocus()
        self.changed.emit()
        return topic

    def attach(self) -> Attached | None:
        """Bring the selected topic to the session chosen in the list."""
        if self.topic is None or not self.flush():
            return None
        session_id = self.session_combo.currentData()
        if not session_id:
            return None
        topic = self.topic
        try:
            session = self.store.sessions.get(int(session_id))
            result = attach_topic(self.store, self.templates, topic, session)
        except (StoreError, DomainError) as exc:
            self.failed.emit(str(exc))
            return None
        where = self.tr("session %1 on %2").replace("%1", str(session.number)).replace(
            "%2", formats.format_date(session.date))
        messages_by_how = {
            "filled": self.tr("Brought to %1: its exposé now holds your draft."),
            "appended": self.tr("Brought to %1: your draft was added below what the exposé "
                                "already held."),
            "already": self.tr("Brought to %1: its exposé already holds this draft."),
            "none": self.tr("Brought to %1."),
        }
        self._last_session_id = session.id
        self.changed.emit()
        self.select_topic(topic.id)
        said = messages_by_how[result.how].replace("%1", where)
        if result.now_client:
            said += " " + self.tr("You are its client (the one who brings the case).")
        self.feedback.setText(said)
        self.open_session_button.show()
        return result

    def delete_topic(self) -> bool:
        topic = self.topic
        if topic is None:
            return False
        if not messages().question(self, self.tr("Delete the topic"),
                                   self.tr("Delete « %1 » and its draft?").replace(
                                       "%1", topic.title)):
            return False
        self._dirty = False
        try:
            self.store.topics.delete(topic.id)
        except StoreError as exc:
            self.failed.emit(str(exc))
            return False
        self.topic = None
        self.load([t for t in self.model.topics if t.id != topic.id], self.group_id,
                  self.group_names, self.today)
        self.changed.emit()
        return True

    def clear(self) -> None:
        self._timer.stop()
        self._dirty = False
        self.topic = None
        self.model.set_topics([])
        self._filling = True
        self.title_edit.clear()
        self.draft_edit.clear()
        self._filling = False
        self.new_edit.clear()
        self._new_timer.stop()
        self._pending_id = None  # written already (lock flushes first): a topic now
        self.feedback.clear()
        self.session_combo.clear()
