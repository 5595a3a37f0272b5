"""The session editor: one session of a group as a guided journal page.

The page follows the group's template: the header, then each part of the format
with its steps (title, prompts for my role, an editor that fits the step's kind),
at the cycle's last session its review (see ``cycle``), then the topics to bring
next time. Every edit autosaves (see ``autosave``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import Role
from carnet.store import JournalStore
from carnet.store.errors import StoreError
from carnet.templates import Localized, Step, StepKind, Template, TemplateSet
from carnet.ui.attachments.documents import SessionDocuments
from carnet.ui.session_editor.autosave import Autosaver
from carnet.ui.session_editor.bodies import make_body
from carnet.ui.session_editor.context import EditorContext, scaled
from carnet.ui.session_editor.cycle import (
    cycle_intro,
    cycle_steps,
    cycle_title,
    is_cycle_end,
    is_cycle_step,
)
from carnet.ui.session_editor.feelings import FeelingsBody
from carnet.ui.session_editor.focus import FocusMixin
from carnet.ui.session_editor.header import SessionHeader
from carnet.ui.session_editor.navigation import set_tab_order
from carnet.ui.session_editor.status import is_content_key
from carnet.ui.session_editor.step_section import DARK_PREVIEW_CSS, StepSection, TextBody
from carnet.ui.session_editor.styles import (
    DARK,
    LIGHT,
    base_point_size,
    editor_palette,
    editor_stylesheet,
    is_dark_scheme,
)
from carnet.ui.session_editor.toc import TableOfContents
from carnet.ui.session_editor.topics import TopicsBody
from carnet.ui.session_editor.widgets import RowList

#: The page's column at the reference 10 pt font (it grows with the font).
COLUMN_WIDTH = 860
#: Below this width the table of contents hides, leaving the page its room.
TOC_MIN_WIDTH = 980


def _interface_language() -> str:
    try:
        from carnet.ui.i18n import current_language

        return current_language()
    except ImportError:  # pragma: no cover - the shell's module is optional here
        return "fr"


class SessionEditor(FocusMixin, QWidget):
    """Shows and autosaves one session; the shell calls ``load``/``flush``/``clear``."""

    saveStateChanged = Signal(str)  # noqa: N815 - "saving" | "saved" | "error"
    sessionChanged = Signal(int)  # noqa: N815 - header edits saved: refresh the sidebar
    errorOccurred = Signal(str)  # noqa: N815 - a save failed; the draft stays here

    def __init__(
        self,
        store: JournalStore,
        templates: TemplateSet,
        parent: QWidget | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionEditor")
        self.store = store
        self.templates = templates
        self.lang = lang or _interface_language()
        self.current_session_id: int | None = None
        self.ctx: EditorContext | None = None
        self.header: SessionHeader | None = None
        self.sections: dict[str, StepSection] = {}
        self.topics: TopicsBody | None = None
        self.documents: SessionDocuments | None = None  # photos and PDFs of the page
        #: True when the page shows the end-of-cycle review.
        self.cycle_shown = False
        self._topics_card: StepSection | None = None
        self._holder: QWidget | None = None
        self._page: QWidget | None = None
        self._look: tuple[float, bool] | None = None
        self._tab_timer = QTimer(self, singleShot=True, interval=0)
        self._tab_timer.timeout.connect(self._order_tabs)

        self.autosaver = Autosaver(self)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("sessionScroll")
        self._scroll.setAccessibleName(self.tr("Session page"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._placeholder = QLabel(self.tr("Choose a session to open its page of the journal."))
        self._placeholder.setObjectName("placeholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        placeholder_page = QWidget()
        placeholder_page.setObjectName("placeholderPage")
        QVBoxLayout(placeholder_page).addWidget(self._placeholder)
        self._stack = QStackedWidget()
        self._stack.addWidget(placeholder_page)
        self._stack.addWidget(self._scroll)
        self.toc = TableOfContents(self._scroll)
        self.toc.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.toc)

        # Signals of the editor, in one place.
        self.autosaver.stateChanged.connect(self.saveStateChanged)
        self.autosaver.stateChanged.connect(self.toc.show_state)
        self.autosaver.failed.connect(self.errorOccurred)
        self.autosaver.edited.connect(self._written)
        self._apply_look()

    # -- the shell's interface ------------------------------------------------------------
    def load(self, session_id: int, *, discard: bool = False) -> bool:
        """Show ``session_id``, after saving what was being written in the previous one.

        False when that could not be saved: the previous page stays, with its
        draft (the failure was reported), since destroying it would lose the
        text; ``discard=True`` (the person agreed) replaces it anyway.
        """
        if not self.flush() and self._page is not None and not discard:
            return False
        self._teardown()
        try:
            session = self.store.sessions.get(session_id)
            group = self.store.groups.get(session.group_id)
            objectives = self.store.objectives.list_by_group(group.id)
            template = self.templates.get(group.template_id)
            ctx = EditorContext(
                self.store, self.autosaver, session, group, template, self.lang, objectives
            )
            ctx.dark = bool(self._look and self._look[1])
            self.ctx = ctx
            self.current_session_id = session_id
            self._build(ctx)
        except StoreError as exc:
            self._teardown()
            self._show_placeholder(
                self.tr("This session could not be opened: %1").replace("%1", str(exc))
            )
            self.errorOccurred.emit(str(exc))
            return True
        self.toc.show_state(self.autosaver.state)
        return True

    def flush(self) -> bool:
        """Write every pending edit now and wait for the disk; False if some is unsaved."""
        self.autosaver.flush()
        return not self.autosaver.has_unsaved

    def clear(self) -> None:
        """Save, then drop every content widget and undo history (the journal is locking)."""
        self.flush()
        self._teardown()
        self._show_placeholder(self.tr("Choose a session to open its page of the journal."))

    # -- building the page ------------------------------------------------------------------
    def _steps(
        self, ctx: EditorContext, notes: list[str]
    ) -> tuple[list[tuple[int, str]], list[Step]]:
        """The parts and steps to show, with stored notes of unknown steps at the end."""
        template: Template | None = ctx.template
        if template is not None:
            parts = [(p.number, p.title.get(ctx.lang)) for p in template.parts]
            steps = list(template.steps)
        else:
            parts, steps = [], []
        known = {s.id for s in steps}
        orphans = [
            Step(step_id, 0, StepKind.TEXT, Localized(self._orphan_title(step_id, ctx.lang)))
            for step_id in notes
            if step_id not in known and not is_cycle_step(step_id)
        ]
        if template is None:
            orphans += [
                Step(f"_{kind.value}", 0, kind, Localized(title))
                for kind, title in (
                    (StepKind.LEARNINGS, self.tr("My learnings")),
                    (StepKind.FEELING, self.tr("My feelings")),
                    (StepKind.KEYWORD, self.tr("My key word")),
                    (StepKind.ACTIONS, self.tr("My actions")),
                    (StepKind.RATINGS, self.tr("My progress")),
                )
            ]
        if orphans:
            parts.append((0, self.tr("Other notes")))
            steps += orphans
        return parts, steps

    def _orphan_title(self, step_id: str, lang: str) -> str:
        """A note of a step the group's format has not: titled with that step's title
        in the format it came from (« Exposé — Co-développement »), never its raw id."""
        for template in self.templates:
            for step in template.steps:
                if step.id == step_id:
                    return f"{step.title.get(lang)} — {template.name.get(lang)}"
        return step_id

    def _shows_cycle(self, ctx: EditorContext, notes: list[str]) -> bool:
        """At the cycle's last session, or wherever a review note was written."""
        if any(is_cycle_step(step_id) for step_id in notes):
            return True
        group_sessions = ctx.store.sessions.list_by_group(ctx.group.id)
        return is_cycle_end(ctx.session, group_sessions, ctx.group.planned_sessions)

    def _build(self, ctx: EditorContext) -> None:
        page = QWidget()
        page.setObjectName("sessionPage")
        column = QVBoxLayout()
        column.setContentsMargins(36, 30, 36, 48)
        column.setSpacing(14)
        outer = QHBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(scaled(COLUMN_WIDTH))
        self._holder = holder
        holder.setLayout(column)
        self.documents = documents = SessionDocuments(ctx.store, ctx.session_id, page)
        outer.addWidget(holder, 100)
        outer.addStretch(1)

        self.header = SessionHeader(ctx, lambda sid=ctx.session_id: self.sessionChanged.emit(sid))
        self.header.roleChanged.connect(self._role_changed)
        column.addWidget(self.header)
        self.toc.add(self.tr("The session"), self.header)
        if ctx.template is None:
            notice = QLabel(
                self.tr(
                    "The template «%1» of this group is not available: your notes are shown "
                    "without its steps."
                ).replace("%1", ctx.group.template_id)
            )
            notice.setObjectName("loadError")
            notice.setWordWrap(True)
            column.addWidget(notice)

        notes = list(ctx.store.notes.list_by_session(ctx.session_id))
        parts, steps = self._steps(ctx, notes)
        shown_kinds: set[StepKind] = set()

        def add_steps(chosen: list[Step]) -> None:
            for step in chosen:
                section = StepSection(step, step.title.get(ctx.lang))
                section.set_prompts(step.prompts_for(ctx.session.role.value, ctx.lang))
                if step.kind != StepKind.TEXT and step.kind in shown_kinds:
                    hint = QLabel(self.tr("Filled in above, in this page's first such step."))
                    hint.setObjectName("emptyHint")
                    section.set_body(hint)
                else:
                    shown_kinds.add(step.kind)
                    section.set_body(make_body(step.kind, ctx, step, section))
                    documents.attach_to_step(section)
                self.sections[step.id] = section
                column.addWidget(section)

        def add_part(number: int | None, title: str, toc: str, intro: str = "") -> None:
            heading = self._part_heading(number, title, intro)
            column.addSpacing(18)
            column.addWidget(heading)
            self.toc.add(toc, heading)

        for number, title in parts:
            if number:  # part 0, "Other notes", comes after the cycle review
                add_part(number, title, f"{number}. {title}")
                add_steps([s for s in steps if s.part == number])
        self.cycle_shown = self._shows_cycle(ctx, notes)
        if self.cycle_shown:
            add_part(None, cycle_title(), cycle_title(), cycle_intro())
            add_steps(cycle_steps(notes))
        for number, title in parts:
            if not number:
                add_part(None, title, title, self.tr(
                    "Written under another format of this group (or one no longer "
                    "installed): kept here, nothing is lost."))
                add_steps([s for s in steps if s.part == 0])

        add_part(None, documents.title(), documents.title())
        column.addWidget(documents.card())
        add_part(None, self.tr("Topics to bring to a future session"), self.tr("Topics to bring"))
        topics_card = StepSection(
            Step("_topics", 0, StepKind.TEXT, Localized("")), self.tr("My backlog for this group")
        )
        topics_card.set_prompts([self.tr("Which situation would I bring next time? How urgent?")])
        self.topics = TopicsBody(ctx, topics_card.mark)
        topics_card.set_body(self.topics)
        self._topics_card = topics_card
        column.addWidget(topics_card)
        column.addStretch(1)

        self._page = page
        self._scroll.setWidget(page)
        self._scroll.verticalScrollBar().setValue(0)
        self._stack.setCurrentWidget(self._scroll)
        self.toc.setVisible(self.width() >= scaled(TOC_MIN_WIDTH))
        self._order_tabs()
        # Rows added later (a new learning, another feeling) take their place in the order.
        for source in page.findChildren(RowList) + page.findChildren(FeelingsBody):
            source.rowsChanged.connect(self._tab_timer.start)

    @staticmethod
    def _part_heading(number: int | None, title: str, intro: str = "") -> QWidget:
        heading = QWidget()
        heading.setObjectName("partHeading")
        row = QHBoxLayout(heading)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        if number:
            badge = QLabel(str(number))
            badge.setObjectName("partNumber")
            row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        label = QLabel(title)
        label.setObjectName("partTitle")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if intro:
            text = QVBoxLayout()
            text.setSpacing(4)
            text.addWidget(label)
            note = QLabel(intro)
            note.setObjectName("partIntro")
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            text.addWidget(note)
            row.addLayout(text, 1)
        else:
            row.addWidget(label, 1)
        return heading

    def _order_tabs(self) -> None:
        """Tab follows the page: header, steps in order, closing widgets, topics."""
        if self._page is not None:
            set_tab_order(self._page)

    # -- look: font size and light or dark --------------------------------------------------
    def _apply_look(self) -> None:
        """Restyle for the application font and scheme, when either changed."""
        look = (round(base_point_size(), 2), is_dark_scheme())
        if look == self._look:
            return
        self._look = look
        base, dark = look
        self.setStyleSheet(editor_stylesheet(base, dark))
        self.setPalette(editor_palette(DARK if dark else LIGHT))
        self.toc.setFixedWidth(scaled(230))
        if self._holder is not None:
            self._holder.setMaximumWidth(scaled(COLUMN_WIDTH))
        if self.ctx is not None:
            self.ctx.dark = dark
        from carnet.ui.markdown_view import PREVIEW_CSS

        for body in self.findChildren(TextBody):
            css = PREVIEW_CSS + (DARK_PREVIEW_CSS if dark else "")
            body.preview.document().setDefaultStyleSheet(css)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.ApplicationFontChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._apply_look()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The contents panel gives its room to the page when the editor is narrow."""
        super().resizeEvent(event)
        wide = event.size().width() >= scaled(TOC_MIN_WIDTH)
        self.toc.setVisible(self._page is not None and wide)

    def _written(self, key: object) -> None:
        """Writing in the session may change its status (see ``SessionHeader``)."""
        if self.header is not None and is_content_key(key):
            self.header.content_written()

    def _role_changed(self, role: str) -> None:
        if self.ctx is None:
            return
        for section in self.sections.values():
            section.set_prompts(section.step.prompts_for(Role(role).value, self.ctx.lang))

    # -- tearing down ------------------------------------------------------------------------
    def _teardown(self) -> None:
        self.autosaver.forget()
        self.toc.clear()
        self.toc.hide()
        self._tab_timer.stop()
        self.sections.clear()
        self.header = None
        self.topics = None
        self.documents = None
        self._topics_card = None
        self._holder = None
        self.cycle_shown = False
        self.ctx = None
        self.current_session_id = None
        if self._page is not None:
            page = self._scroll.takeWidget()
            if page is not None:
                page.setParent(None)
                page.deleteLater()
            self._page = None

    def _show_placeholder(self, text: str) -> None:
        self._placeholder.setText(text)
        self._stack.setCurrentIndex(0)
