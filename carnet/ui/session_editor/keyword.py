"""The closing round's one key word.

A key word is meant to be short, but what the person writes is theirs: a phrase pasted
here (« oser dire non sans culpabiliser quand c'est juste pour l'équipe et pour moi »)
was cut at 60 characters without a word (review 3). It is now kept whole, and a quiet
line under it says that a key word is best short — the person decides. Past
:data:`MAX_LENGTH` (what an export carries for a key word) a paste is refused, said
(:func:`carnet.ui.whole_paste.keep_whole`), never cut.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from carnet.ui.session_editor.context import EditorContext
from carnet.ui.session_editor.step_section import StepSection
from carnet.ui.whole_paste import keep_whole

#: The longest key word kept: an export carries a key word of up to 1,000 characters
#: (``carnet.exchange.json_export.MAX_SHORT_CHARS``) and an import refuses a longer one.
MAX_LENGTH = 1_000
#: Past this, the line under the field says that a key word is best short.
SHORT_LENGTH = 60


class KeywordBody(QWidget):
    def __init__(self, ctx: EditorContext, section: StepSection) -> None:
        super().__init__()
        self._ctx = ctx
        self._section = section
        self.edit = keep_whole(QLineEdit(), MAX_LENGTH)
        self.edit.setObjectName("keywordEdit")
        self.edit.setPlaceholderText(self.tr("One word"))
        self.edit.setAccessibleName(self.tr("Key word of the closing round"))
        keyword = ctx.store.keywords.get(ctx.session_id)
        self.edit.setText(keyword.word if keyword else "")
        self.edit.setCursorPosition(0)
        self.long_hint = QLabel(self.tr(
            "A key word is best short: a word, or a few. Yours is kept whole, as written."))
        self.long_hint.setObjectName("keywordLong")
        self.long_hint.setProperty("role", "hint")
        self.long_hint.setWordWrap(True)
        self.long_hint.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.long_hint)
        self._sync_hint()
        self.edit.textChanged.connect(self._changed)
        ctx.autosaver.watch_focus(self.edit)

    def _sync_hint(self) -> None:
        long = len(self.edit.text().strip()) > SHORT_LENGTH
        self.long_hint.setVisible(long)
        if long:  # the field read by a screen reader says it too
            self.edit.setAccessibleDescription(self.long_hint.text())
        else:
            self.edit.setAccessibleDescription("")

    def _changed(self) -> None:
        self._sync_hint()
        ctx, session_id = self._ctx, self._ctx.session_id

        def build():
            word = self.edit.text()
            return lambda: ctx.store.keywords.set(session_id, word)

        ctx.autosaver.mark_dirty(("keyword", session_id), build, self._section.mark)
