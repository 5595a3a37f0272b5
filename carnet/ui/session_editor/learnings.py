"""Learnings (enseignements): add, edit inline, star for the booklet, tag, delete."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from carnet.domain import SUGGESTED_THEMES, Learning
from carnet.ui.session_editor.context import (
    EditorContext,
    PendingItem,
    Ref,
    edit_job,
    scaled,
    show_added,
    unflattened,
)
from carnet.ui.session_editor.step_section import StepSection
from carnet.ui.session_editor.undo import RowUndo, UndoBar
from carnet.ui.session_editor.widgets import (
    FIRST_ROWS,
    RowList,
    TagLineEdit,
    WrappingLineEdit,
    align_top,
    small_button,
)

_keys = itertools.count(1)


class LearningRow(QWidget):
    def __init__(self, ctx: EditorContext, body: LearningsBody, learning: Learning) -> None:
        super().__init__()
        self._ctx = ctx
        self._body = body
        self.key = ("learning", ctx.session_id, next(_keys))
        self.ref = Ref(learning.id, learning if learning.id is not None else None
                       ).forget_with(self)
        self._position = learning.position
        self.star = small_button("☆", self.tr("Star this learning for the booklet"), role="star")
        self.star.setCheckable(True)
        self.star.setChecked(learning.starred)
        self._paint_star()
        self.text = WrappingLineEdit(learning.text)
        self.text.setObjectName("learningText")
        self.text.setAccessibleName(self.tr("Learning"))
        self.tags = TagLineEdit(body.suggestions)
        self.tags.setObjectName("learningTags")
        self.tags.setAccessibleName(self.tr("Tags of the learning"))
        self.tags.set_tags(learning.tags)
        self.tags.setMaximumWidth(scaled(220))
        self.remove = small_button("×", self.tr("Delete this learning"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.star)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.tags)
        layout.addWidget(self.remove)
        align_top(layout)
        self.text.textChanged.connect(lambda: self.changed(soon=False))
        self.tags.textChanged.connect(lambda: self.changed(soon=False))
        self.star.toggled.connect(self._starred)
        self.remove.clicked.connect(lambda: body.remove(self))
        for widget in (self.text, self.tags):
            ctx.autosaver.watch_focus(widget)

    def _paint_star(self) -> None:
        self.star.setText("★" if self.star.isChecked() else "☆")

    def _starred(self) -> None:
        self._paint_star()
        self.changed(soon=True)

    def changed(self, soon: bool) -> None:
        store, ref, session_id = self._ctx.store, self.ref, self._ctx.session_id
        position = self._position

        def build():
            text = unflattened(self.text.text().strip(), ref.base, "text")
            if not text:  # an emptied learning is kept as it was until deleted
                return None
            snapshot = Learning(
                session_id=session_id,
                text=text,
                starred=self.star.isChecked(),
                tags=self.tags.tags(),
                position=position,
            )
            return edit_job(store, store.learnings, ref, snapshot, "learnings")

        save = self._ctx.autosaver.save_soon if soon else self._ctx.autosaver.mark_dirty
        save(self.key, build, self._body.section.mark,
             lambda: show_added(ref, {"text": self.text}))


class LearningsBody(QWidget):
    def __init__(self, ctx: EditorContext, section: StepSection) -> None:
        super().__init__()
        self._ctx = ctx
        self.section = section
        stored = ctx.store.learnings.list_by_session(ctx.session_id)
        known = [use.tag for use in ctx.store.tags.all()]
        self.suggestions = [*SUGGESTED_THEMES, *known]
        self.list = RowList(
            self.tr("A new learning, in one sentence…"),
            self.tr("Add"),
            edit_name=self.tr("New learning"),
            button_name=self.tr("Add the learning"),
        )
        self.list.add_edit.setObjectName("addLearning")
        self.list.addRequested.connect(self.add)
        self.pending = PendingItem(
            ctx, "learning", ctx.store.learnings, self.list.add_edit.text,
            lambda text: Learning(ctx.session_id, text, position=self._next_position()),
            section.mark)
        self.list.add_edit.textChanged.connect(self.pending.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.undo_bar = UndoBar()
        layout.addWidget(self.undo_bar)
        self._undo = RowUndo(ctx, self.list, self.undo_bar,
                             self._capture, self._restore)
        for learning in stored:
            self.list.add_later(lambda learning=learning: LearningRow(ctx, self, learning))
        self.list.build_more(FIRST_ROWS)  # the rest a row at a time (see RowList)

    def rows(self) -> list[LearningRow]:
        self.list.finish()
        layout = self.list.rows
        return [layout.itemAt(i).widget() for i in range(layout.count())]

    def _next_position(self) -> int:
        return max((row._position for row in self.rows()), default=0) + 1

    def add(self, text: str) -> LearningRow:
        position = self._next_position()
        row = LearningRow(self._ctx, self, Learning(self._ctx.session_id, text, position=position))
        row.ref = self.pending.adopt().forget_with(row)  # the line saved it: this row
        self.list.add_row(row)
        row.changed(soon=True)
        return row

    def remove(self, row: LearningRow) -> None:
        """Delete at once; the bar under the list undoes it (star and tags included)."""
        message = self.tr("Learning “%1” deleted.").replace("%1", row.text.text().strip())
        self._undo.delete(row, message)

    def _capture(self, learning_id: int) -> tuple[Learning, str | None]:
        """(Autosave thread) the learning as stored and its sync identity, then the delete."""
        store = self._ctx.store
        learning = store.learnings.get(learning_id)
        uuid = store.sync.uuid_of("learnings", learning_id)
        store.learnings.delete(learning_id)
        return learning, uuid

    def _restore(self, kept: tuple[Learning, str | None]) -> int:
        """(Autosave thread) the learning back under its own identity: under a new one,
        an edit made on another device meanwhile would bring the original back too."""
        learning, uuid = kept
        store = self._ctx.store
        with store.transaction():
            learning.id = None
            store.learnings.add(learning)
            if uuid:
                store.sync.restore_uuid("learnings", learning.id, uuid)
        return learning.id
