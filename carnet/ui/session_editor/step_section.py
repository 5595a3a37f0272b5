"""One template step on the page: its title, its prompts for my role, its editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from carnet.templates import Step
from carnet.ui.markdown_view import PREVIEW_CSS, MarkdownEditor
from carnet.ui.session_editor.context import EditorContext, Ref, note_job, show_added

#: Write ⇄ Preview in the step that has the focus. Ctrl+E is "end of line" in text
#: fields on GNOME and KDE, and Ctrl+Shift+P opens the progress view.
PREVIEW_SHORTCUT = "Ctrl+Shift+E"


class StepSection(QFrame):
    """A card: title, muted italic prompts (role-specific), then the step's body."""

    def __init__(self, step: Step, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName("stepSection")
        self.setProperty("role", "card")
        self.setProperty("kind", step.kind.value)
        self.title = title
        self._title = QLabel(title)
        self._title.setObjectName("stepTitle")
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setWordWrap(True)
        self._unsaved = QLabel(self.tr("Not saved — will retry"))
        self._unsaved.setObjectName("unsavedMark")
        self._unsaved.setToolTip(
            self.tr(
                "This change could not be written to the journal yet. It stays here and is saved "
                "again with your next edit."
            )
        )
        self._unsaved.hide()
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._title, 1)
        top.addWidget(self._unsaved, 0, Qt.AlignmentFlag.AlignTop)
        self._prompts = QVBoxLayout()
        self._prompts.setSpacing(3)
        self.body_layout = QVBoxLayout(self)
        self.body_layout.setContentsMargins(22, 18, 22, 20)
        self.body_layout.setSpacing(8)
        self.body_layout.addLayout(top)
        self.body_layout.addLayout(self._prompts)
        self.body: QWidget | None = None

    def mousePressEvent(self, event) -> None:
        """A click on the title, a prompt or the card's margin writes in the step.

        Labels take no focus, so without this the click left it on the scroll area
        and the next keys went nowhere.
        """
        target = self._entry()
        if target is not None:
            target.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def _entry(self) -> QWidget | None:
        """Where typing goes in this step: its editor (or preview), else its first field."""
        body = self.body
        if body is None:
            return None
        for name in ("editor", "preview", "edit"):
            widget = getattr(body, name, None)
            if isinstance(widget, QWidget) and widget.isVisible() and widget.isEnabled():
                return widget
        for widget in body.findChildren(QWidget):
            if (widget.focusPolicy() & Qt.FocusPolicy.ClickFocus) == Qt.FocusPolicy.ClickFocus \
                    and widget.isVisible() and widget.isEnabled():
                return widget
        return None

    def set_body(self, body: QWidget) -> None:
        self.body = body
        self.body_layout.addSpacing(4)
        self.body_layout.addWidget(body)
        self._title.setBuddy(getattr(body, "editor", None) or getattr(body, "edit", None) or body)
        describe = getattr(body, "describe", None)
        if callable(describe):
            describe(self.prompt_texts())

    def set_prompts(self, prompts: list[str]) -> None:
        while self._prompts.count():
            item = self._prompts.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        for text in prompts:
            label = QLabel(text)
            label.setObjectName("prompt")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            self._prompts.addWidget(label)
            label.setVisible(True)  # at once, not after the layout's queued show
        describe = getattr(self.body, "describe", None)
        if callable(describe):
            describe(prompts)

    def prompt_texts(self) -> list[str]:
        texts = []
        for index in range(self._prompts.count()):
            widget = self._prompts.itemAt(index).widget()
            if isinstance(widget, QLabel):
                texts.append(widget.text())
        return texts

    def mark(self, state: str) -> None:
        """Show the "not saved" mark while a save of this step failed."""
        if state == "error":
            self._unsaved.show()
        elif state == "saved":
            self._unsaved.hide()


class TextBody(MarkdownEditor):
    """A free-text step: Markdown, saved as the step's note."""

    def __init__(self, ctx: EditorContext, step: Step, section: StepSection) -> None:
        super().__init__()
        self.editor.setPlaceholderText(self.tr("Write here…"))
        self._ctx = ctx
        self._step_id = step.id
        self._section = section
        title = section.title or step.id
        self.editor.setAccessibleName(title)
        self.preview.setAccessibleName(self.tr("Preview of «%1»").replace("%1", title))
        self.preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read and follow links by keys
        self.write_button.setAccessibleName(self.tr("Write «%1»").replace("%1", title))
        self.preview_button.setAccessibleName(self.tr("Preview «%1»").replace("%1", title))
        keys = QKeySequence(PREVIEW_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        for button in (self.write_button, self.preview_button):
            button.setToolTip(f"{button.toolTip()} ({keys})".lstrip())
            button.toggled.connect(self._sync_segment)
        self._sync_segment()
        if ctx.dark:
            self.preview.document().setDefaultStyleSheet(PREVIEW_CSS + DARK_PREVIEW_CSS)
        shortcut = QShortcut(QKeySequence(PREVIEW_SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle_preview)
        if ctx.text_width:
            self.editor.assume_width(ctx.text_width)
        note = ctx.store.notes.get(ctx.session_id, step.id)
        #: the note as the page knows it (see ``note_job``)
        self.ref = Ref(None, note.text if note else "").forget_with(self)
        self.set_text(note.text if note else "")
        self.edited.connect(self._changed)
        ctx.autosaver.watch_focus(self.editor)

    def describe(self, prompts: list[str]) -> None:
        self.editor.setAccessibleDescription(" ".join(prompts))

    def _sync_segment(self, *_args: object) -> None:
        """Only the button that switches (not the current mode's) is a Tab stop."""
        for button in (self.write_button, self.preview_button):
            button.setFocusPolicy(
                Qt.FocusPolicy.NoFocus if button.isChecked() else Qt.FocusPolicy.TabFocus
            )

    def toggle_preview(self) -> None:
        """The shortcut: switch, keeping the focus in this step."""
        previewing = not self.is_previewing
        self.show_preview(previewing)
        (self.preview if previewing else self.editor).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_text(self) -> None:
        """Back to writing, with the cursor at the end of the text."""
        if self.is_previewing:
            self.show_preview(False)
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.ensureCursorVisible()

    def _changed(self) -> None:
        ctx, step_id, session_id = self._ctx, self._step_id, self._ctx.session_id

        ref = self.ref

        def build():
            return note_job(ctx.store, ref, session_id, step_id, self.text())

        ctx.autosaver.mark_dirty(("note", session_id, step_id), build, self._section.mark,
                                 lambda: show_added(ref, {"text": self.editor}))

    def arrived(self, text: str) -> bool:
        """A sync brought ``text`` for this note: shown at once if the person has not
        touched the note since the page read it (the cursor kept); if they have, their
        next save keeps both (see ``note_job``). True when shown."""
        if text == self.ref.base or self.text() != self.ref.base:
            return False
        field = self.editor
        position = field.textCursor().position()
        self.ref.base = text
        self.set_text(text)
        cursor = field.textCursor()
        cursor.setPosition(min(position, len(text)))
        field.setTextCursor(cursor)
        return True


#: The preview on a dark page: light text, quiet code blocks, a readable link colour.
DARK_PREVIEW_CSS = """
blockquote { color: #b9b0a4; }
code, pre { background: #34312c; }
a { color: #8cc3c8; }
.alt { color: #a59d92; }
th { background-color: #34312c; }
table { border-color: #5a554d; }
"""
