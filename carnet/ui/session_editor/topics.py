"""Situations to bring to a future session: the group's backlog, at the end of the page."""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from carnet.domain import Topic, TopicStatus
from carnet.ui.session_editor.context import (
    EditorContext,
    PendingItem,
    Ref,
    edit_job,
    priority_labels,
    unflattened,
)
from carnet.ui.session_editor.undo import RowUndo, UndoBar
from carnet.ui.session_editor.widgets import (
    FIRST_ROWS,
    RowList,
    WrappingLineEdit,
    align_top,
    small_button,
)

_keys = itertools.count(1)


class TopicRow(QWidget):
    def __init__(self, ctx: EditorContext, body: TopicsBody, topic: Topic) -> None:
        super().__init__()
        self._ctx = ctx
        self._body = body
        self._topic = topic
        self.key = ("topic", next(_keys))
        self.ref = Ref(topic.id, topic if topic.id is not None else None).forget_with(self)
        self.title = WrappingLineEdit(topic.title)
        self.title.setObjectName("topicTitle")
        self.title.setAccessibleName(self.tr("Topic to bring"))
        self.priority = QComboBox()
        self.priority.setObjectName("topicPriority")
        self.priority.setAccessibleName(self.tr("Priority of the topic"))
        self.priority.setAccessibleDescription(self.priority.accessibleName())  # see a11y.py
        for value, label in priority_labels().items():
            self.priority.addItem(label, value)
        self.priority.setCurrentIndex(self.priority.findData(topic.priority))
        self.remove = small_button("×", self.tr("Remove this topic"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.priority)
        layout.addWidget(self.remove)
        align_top(layout)
        self.title.textChanged.connect(lambda: self.changed(soon=False))
        self.priority.currentIndexChanged.connect(lambda: self.changed(soon=True))
        self.remove.clicked.connect(lambda: body.remove(self))
        ctx.autosaver.watch_focus(self.title)

    def changed(self, soon: bool) -> None:
        store, ref, base = self._ctx.store, self.ref, self._topic

        def build():
            title = unflattened(self.title.text().strip(), ref.base, "title")
            if not title:
                return None
            # the draft, status and tags as the page read them: kept as the journal has
            # them now unless changed here (see ``edit_job``)
            snapshot = dataclasses.replace(
                ref.base or base,
                title=title,
                priority=self.priority.currentData(),
                tags=list((ref.base or base).tags),
                id=None,
            )
            return edit_job(store, store.topics, ref, snapshot, "topics")

        save = self._ctx.autosaver.save_soon if soon else self._ctx.autosaver.mark_dirty
        save(self.key, build, self._body.mark)


class TopicsBody(QWidget):
    """Open topics of this group (and unassigned ones), editable; new ones join the group."""

    def __init__(self, ctx: EditorContext, mark=None) -> None:
        super().__init__()
        self._ctx = ctx
        self.mark = mark or (lambda _state: None)
        self.list = RowList(
            self.tr("A situation I would like to bring…"),
            self.tr("Add"),
            edit_name=self.tr("New topic to bring"),
            button_name=self.tr("Add the topic"),
        )
        self.list.add_edit.setObjectName("addTopic")
        self.list.addRequested.connect(self.add)
        self.pending = PendingItem(
            ctx, "topic", ctx.store.topics, self.list.add_edit.text,
            lambda title: Topic(title=title, group_id=ctx.group.id), self.mark)
        self.list.add_edit.textChanged.connect(self.pending.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.undo_bar = UndoBar()
        layout.addWidget(self.undo_bar)
        self._undo = RowUndo(ctx, self.list, self.undo_bar, self._capture, self._restore)
        for topic in ctx.store.topics.list(group_id=ctx.group.id, status=TopicStatus.OPEN):
            self.list.add_later(lambda topic=topic: TopicRow(ctx, self, topic))
        self.list.build_more(FIRST_ROWS)  # the rest a row at a time (see RowList)

    def rows(self) -> list[TopicRow]:
        self.list.finish()
        layout = self.list.rows
        return [layout.itemAt(i).widget() for i in range(layout.count())]

    def add(self, title: str) -> TopicRow:
        row = TopicRow(self._ctx, self, Topic(title=title, group_id=self._ctx.group.id))
        row.ref = self.pending.adopt().forget_with(row)  # the line saved it: this row
        self.list.add_row(row)
        row.changed(soon=True)
        return row

    def remove(self, row: TopicRow) -> None:
        """Delete at once, with the draft of its exposé written in Préparer (the row does
        not show it); the bar under the list undoes it (fresh6: it was gone for good)."""
        message = self.tr("Topic “%1” deleted.").replace("%1", " ".join(row.title.text().split()))
        self._undo.delete(row, message)

    def _capture(self, topic_id: int) -> tuple[Topic, str | None]:
        """(Autosave thread) the topic as stored (draft, status, tags) and its sync
        identity, then the delete."""
        store = self._ctx.store
        topic = store.topics.get(topic_id)
        uuid = store.sync.uuid_of("topics", topic_id)
        store.topics.delete(topic_id)
        return topic, uuid

    def _restore(self, kept: tuple[Topic, str | None]) -> int:
        """(Autosave thread) the topic back under its own identity (see learnings)."""
        topic, uuid = kept
        store = self._ctx.store
        with store.transaction():
            topic.id = None
            store.topics.add(topic)
            if uuid:
                store.sync.restore_uuid("topics", topic.id, uuid)
        return topic.id
