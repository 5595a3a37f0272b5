"""The closing round's one key word."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from carnet.ui.session_editor.context import EditorContext
from carnet.ui.session_editor.step_section import StepSection

MAX_LENGTH = 60


class KeywordBody(QWidget):
    def __init__(self, ctx: EditorContext, section: StepSection) -> None:
        super().__init__()
        self._ctx = ctx
        self._section = section
        self.edit = QLineEdit()
        self.edit.setObjectName("keywordEdit")
        self.edit.setMaxLength(MAX_LENGTH)
        self.edit.setPlaceholderText(self.tr("One word"))
        self.edit.setAccessibleName(self.tr("Key word of the closing round"))
        keyword = ctx.store.keywords.get(ctx.session_id)
        self.edit.setText(keyword.word if keyword else "")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addStretch(1)
        self.edit.textChanged.connect(self._changed)
        ctx.autosaver.watch_focus(self.edit)

    def _changed(self) -> None:
        ctx, session_id = self._ctx, self._ctx.session_id

        def build():
            word = self.edit.text()
            return lambda: ctx.store.keywords.set(session_id, word)

        ctx.autosaver.mark_dirty(("keyword", session_id), build, self._section.mark)
