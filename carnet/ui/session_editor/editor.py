"""The session editor: one session of a group as a guided journal page.

The page follows the group's template: the header, then each part of the format
with its steps (title, prompts for my role, an editor that fits the step's kind),
at the cycle's last session its review (see ``cycle``), then the topics to bring
next time. Every edit autosaves (see ``autosave``).
"""

from __future__ import annotations

import importlib
import sys
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
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
from carnet.ui.os_words import store_reason
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
from carnet.ui.session_editor.focus import FocusMixin
from carnet.ui.session_editor.header import SessionHeader
from carnet.ui.session_editor.navigation import set_tab_order, settle_layouts
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
from carnet.ui.session_editor.widgets import RowList

if TYPE_CHECKING:  # imported with the end of the page (see ``_build``)
    from carnet.ui.session_editor.topics import TopicsBody

#: The page's column at the reference 10 pt font (it grows with the font).
COLUMN_WIDTH = 860
#: Below this width the table of contents hides, leaving the page its room.
TOC_MIN_WIDTH = 980
#: The rest of the page is built in slices of about this long (seconds), one per turn
#: of the event loop, so typing, scrolling and painting never wait for the whole page.
SLICE_S = 0.008
#: The first slice waits for the first screen's paint, or this long (ms) at most.
FIRST_SLICE_MS = 100
#: ... and starts this long (ms) after that paint: the frame reaches the screen and the
#: input waiting is served before the rest of the page is built.
AFTER_PAINT_MS = 25


def _interface_language() -> str:
    try:
        from carnet.ui.i18n import current_language

        return current_language()
    except ImportError:  # pragma: no cover - the shell's module is optional here
        return "fr"


#: Modules a page needs after its first paint (typing, pasting), not for it.
LATER_MODULES = ("carnet.notes.editing",)


def _import_later() -> None:
    """Import what the page needs once painted (see ``LATER_MODULES``)."""
    for name in LATER_MODULES:
        if name not in sys.modules:
            importlib.import_module(name)


#: Queued first after the first screen, maybe before the rest of a part it ended on:
#: what finishes that part goes through it too.
_import_later.rest_of_part = True  # type: ignore[attr-defined]


class SessionEditor(FocusMixin, QWidget):
    """Shows and autosaves one session; the shell calls ``load``/``flush``/``clear``."""

    saveStateChanged = Signal(str)  # noqa: N815 - "saving" | "saved" | "error"
    sessionChanged = Signal(int)  # noqa: N815 - header edits saved: refresh the sidebar
    errorOccurred = Signal(str)  # noqa: N815 - a save failed; the draft stays here
    #: « Add an extra session » under « … was already planned »: the group's id
    extraSessionRequested = Signal(int)  # noqa: N815
    #: Every part of the page is built (the first screenful is built by ``load``).
    pageBuilt = Signal()  # noqa: N815

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
        #: The sections built so far (``sections`` finishes the page first).
        self._sections: dict[str, StepSection] = {}
        self._topics: TopicsBody | None = None
        self._documents: SessionDocuments | None = None  # photos and PDFs of the page
        #: True when the page shows the end-of-cycle review.
        self.cycle_shown = False
        self._topics_card: StepSection | None = None
        self._holder: QWidget | None = None
        self._page: QWidget | None = None
        self._look: tuple[float, bool] | None = None
        self._tab_timer = QTimer(self, singleShot=True, interval=0)
        self._tab_timer.timeout.connect(self._order_tabs)
        self._column: QVBoxLayout | None = None
        #: What is left to build of the page, in page order (see ``_build``).
        self._pending: deque[Callable[[], QWidget | None]] = deque()
        self._slice_timer = QTimer(self, singleShot=True, interval=0)
        self._slice_timer.timeout.connect(self._build_slice)

        self.autosaver = Autosaver(self)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("sessionScroll")
        self._scroll.setAccessibleName(self.tr("Session page"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The scroll area keeps one stage; pages come and go in it. Taking a page out of
        # the scroll area itself re-styled its ~600 widgets on their way out (~170 ms).
        self._stage = QWidget()
        self._stage.setObjectName("sessionStage")
        # The page grows downwards while it is built: what is on screen need not be
        # painted again each time (it was, every slice: ~40 widgets, the notes' text).
        self._stage.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._stage_layout = QVBoxLayout(self._stage)
        self._stage_layout.setContentsMargins(0, 0, 0, 0)
        self._scroll.setWidget(self._stage)
        # Scrolled towards what is not built yet: build it now, not a slice later.
        self._scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
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
        # An entry of a part not built yet: the page is built down to it first.
        self.toc.before_go = lambda target: self._build_through(lambda: not target.isHidden())
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
                self.tr("This session could not be opened: %1").replace(
                    "%1", store_reason(str(exc), reading=True))
            )
            self.errorOccurred.emit(str(exc))
            return True
        self.toc.show_state(self.autosaver.state)
        return True

    def flush(self) -> bool:
        """Write every pending edit now and wait for the disk; False if some is unsaved."""
        self.autosaver.flush()
        return not self.autosaver.has_unsaved

    def unsaved_reasons(self) -> list[str]:
        """Why some edit of the page is not written (after ``flush``); empty if all is."""
        return self.autosaver.unsaved_reasons()

    def clear(self) -> None:
        """Save, then drop every content widget and undo history (the journal is locking)."""
        self.flush()
        self._teardown()
        self._show_placeholder(self.tr("Choose a session to open its page of the journal."))

    def release(self) -> bool:
        """Destroy the page while it is hidden (the person went Home, to a view…); True
        if it was. What was typed is saved first; a page whose last change could not be
        saved is kept, draft and all. Coming back rebuilds the page in any case
        (``load``), so only the memory it held is given up."""
        if self._page is None or not self.flush():
            return False
        self.clear()
        return True

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
        kinds = [
            Step(f"_{kind.value}", 0, kind, Localized(title))
            for kind, title in (
                (StepKind.LEARNINGS, self.tr("My learnings")),
                (StepKind.FEELING, self.tr("My feelings")),
                (StepKind.KEYWORD, self.tr("My key word")),
                (StepKind.ACTIONS, self.tr("My actions")),
                (StepKind.RATINGS, self.tr("My progress")),
            )
        ] if template is None else []
        # (the feelings step keeps words written before an emotion as its note)
        known = {s.id for s in steps} | {s.id for s in kinds}
        orphans = [
            Step(step_id, 0, StepKind.TEXT, Localized(self._orphan_title(step_id, ctx.lang)))
            for step_id in notes
            if step_id not in known and not is_cycle_step(step_id)
        ]
        orphans += kinds
        if orphans:
            parts.append((0, self.tr("Other notes")))
            steps += orphans
        return parts, steps

    def _orphan_title(self, step_id: str, lang: str) -> str:
        """A note of a step the group's format has not: titled with that step's title
        in the format it came from (« Exposé — Co-développement »), never its raw id."""
        return self.templates.step_title_elsewhere(step_id, lang) or step_id

    def _shows_cycle(self, ctx: EditorContext, notes: list[str]) -> bool:
        """At the cycle's last session, or wherever a review note was written."""
        if any(is_cycle_step(step_id) for step_id in notes):
            return True
        group_sessions = ctx.store.sessions.list_by_group(ctx.group.id)
        return is_cycle_end(ctx.session, group_sessions, ctx.group.planned_sessions)

    def _build(self, ctx: EditorContext) -> None:
        """Build what the first screen shows now, and queue the rest of the page.

        The rest comes in slices of a few milliseconds on the next turns of the event
        loop (``_build_slice``), or at once when something needs it: a scroll towards
        it, a search hit or a « go to » (``_build_through``), or any reader of
        ``sections`` or ``topics`` (``finish_build``). A part not built yet has no
        widget, so nothing can be typed in it and nothing of it is ever saved: its
        stored text stays as it is until its section reads it.
        """
        page = QWidget()
        page.setObjectName("sessionPage")
        page.setAttribute(Qt.WidgetAttribute.WA_StaticContents)  # see the stage's
        column = QVBoxLayout()
        column.setContentsMargins(36, 30, 36, 48)
        column.setSpacing(14)
        outer = QHBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        holder = QWidget()
        holder.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        holder.setMaximumWidth(scaled(COLUMN_WIDTH))
        self._holder = holder
        holder.setLayout(column)
        self._column = column
        self._page = page
        # On the stage from the start, hidden: what is built gets the page's style (and its
        # fonts) at once, so its height is known before the first screen is shown.
        page.hide()
        self._stage_layout.addWidget(page)
        self._documents = documents = SessionDocuments(ctx.store, ctx.session_id, page)
        outer.addWidget(holder, 100)
        outer.addStretch(1)

        self.header = SessionHeader(ctx, lambda sid=ctx.session_id: self.sessionChanged.emit(sid))
        self.header.roleChanged.connect(self._role_changed)
        self.header.extraRequested.connect(self.extraSessionRequested)
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
        column.addStretch(1)  # the page's parts go above it

        notes = list(ctx.store.notes.list_by_session(ctx.session_id))
        parts, steps = self._steps(ctx, notes)
        shown_kinds: set[StepKind] = set()
        pending = self._pending

        def step_piece(step: Step) -> Callable[[], None]:
            def build() -> None:
                role = ctx.session.role
                section = StepSection(step, step.title.get(ctx.lang), holder)  # hidden
                section.set_prompts(step.prompts_for(role.value, ctx.lang))
                if step.kind != StepKind.TEXT and step.kind in shown_kinds:
                    hint = QLabel(self.tr("Filled in above, in this page's first such step."))
                    hint.setObjectName("emptyHint")
                    section.set_body(hint)
                else:
                    shown_kinds.add(step.kind)
                    section.set_body(make_body(step.kind, ctx, step, section))
                    documents.attach_to_step(section)

                def register() -> None:
                    if ctx.session.role != role:  # changed in the header meanwhile
                        section.set_prompts(step.prompts_for(ctx.session.role.value, ctx.lang))
                    self._sections[step.id] = section

                self._place_next(section, register)

            return build

        def add_steps(chosen: list[Step]) -> None:
            pending.extend(step_piece(step) for step in chosen)

        def add_part(number: int | None, title: str, toc: str, intro: str = "") -> None:
            # The heading now (the contents list is whole from the start), placed in turn.
            heading = self._part_heading(number, title, intro)
            heading.setParent(holder)
            heading.hide()
            self.toc.add(toc, heading)

            def build() -> QWidget:
                self._place(heading, space=18)
                return heading

            pending.append(build)

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
        pending.append(lambda: self._place(documents.card()))
        add_part(None, self.tr("Topics to bring to a future session"), self.tr("Topics to bring"))

        def topics_piece() -> None:
            from carnet.ui.session_editor.topics import TopicsBody

            topics_card = StepSection(
                Step("_topics", 0, StepKind.TEXT, Localized("")),
                self.tr("My backlog for this group"),
                holder,  # hidden until placed; deleted with the page if never placed
            )
            topics_card.set_prompts(
                [self.tr("Which situation would I bring next time? How urgent?")])
            topics = TopicsBody(ctx, topics_card.mark)
            topics_card.set_body(topics)

            def register() -> None:
                self._topics, self._topics_card = topics, topics_card

            self._place_next(topics_card, register)

        pending.append(topics_piece)

        # The first screenful, before the page is shown: what a person sees at once.
        ctx.text_width = self._text_width()
        self.header.ensurePolished()
        header = self._height_at(self.header, self._column_width())
        self._build_height(self._screen_room() - header)
        # Then, first of the rest: the code the first paint did not need (a key would).
        pending.appendleft(_import_later)

        page.show()
        self._scroll.verticalScrollBar().setValue(0)
        self._stack.setCurrentWidget(self._scroll)
        self.toc.setVisible(self.width() >= scaled(TOC_MIN_WIDTH))
        self._order_tabs()
        if pending:
            # The rest after the first screen is painted (or soon, if it is not shown).
            page.installEventFilter(self)
            self._slice_timer.start(FIRST_SLICE_MS)
        else:
            self._built()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The page's first paint: its first screen is on screen, build the rest."""
        if watched is self._page and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self._pending:  # a breath first: the frame reaches the screen, input comes
                self._slice_timer.start(AFTER_PAINT_MS)
        return False

    def _screen_room(self) -> int:
        """How tall the first screen is: the page's room when it is shown, else that of
        the view it is about to replace (the workspace's stack), else the window's.

        The window's height alone counted the toolbar and the status bar as page: a
        part wholly below the screen was built (and laid out, and painted) before the
        first paint."""
        parent = self.parentWidget()
        if self.isVisible():  # the page's scroll area takes the editor's height
            height = self.height()  # (its viewport's is stale while the area is hidden)
        elif parent is not None and parent.isVisible():
            height = parent.height()
        else:
            window = self.window()
            height = window.height() if window is not self and window.isVisible() else 0
            height = max(height, self.height(), self._scroll.viewport().height())
        return max(height, scaled(600))

    def _text_width(self) -> int:
        """The width a step's text field will get: the column, less its margins and the
        card's (see ``_build`` and ``StepSection``)."""
        room = self._scroll.viewport().width() if self.isVisible() else self.width()
        return max(200, min(scaled(COLUMN_WIDTH), room) - 2 * 36 - 2 * 22 - 2)

    def _place(self, widget: QWidget, space: int = 0) -> QWidget:
        """Put ``widget`` at the end of the page (above its closing stretch)."""
        column = self._column
        assert column is not None
        if space:
            column.insertSpacing(column.count() - 1, space)
        column.insertWidget(column.count() - 1, widget)
        # Shown now (not at the layout's queued show): a « go to » that built it may focus
        # it at once; a part heading waited hidden for its turn.
        widget.show()
        widget.ensurePolished()  # styled now (fonts, margins): its size hint is the real one
        # Rows added later (a new learning, another feeling) take their place in the order:
        # every list body says so by its ``rowsChanged`` (RowList, FeelingsBody).
        lists: list[RowList] = []
        for source in widget.findChildren(QWidget):
            signal = getattr(source, "rowsChanged", None)
            if signal is not None:
                # A method of ours, not the timer's C++ slot (PySide keeps a string
                # per connection to a C++ slot, never freed: issue 19)
                signal.connect(self._rows_changed)
            if isinstance(source, RowList) and source.unbuilt:
                lists.append(source)
        # A long list's stored rows come next, a row per piece, before anything below.
        for rows in reversed(lists):
            self._pending.appendleft(self._rows_piece(rows))
        return widget

    def _place_next(self, widget: QWidget, register: Callable[[], None]) -> None:
        """Place ``widget``, a part just made (a hidden child of the page's column), as
        the very next piece: styling and laying out a part cost about as much as making
        it, and the two halves in one piece made the longest pieces of the page (a key
        typed meanwhile waited for both). The part is known to the page (``register``)
        once placed; hidden until then, nothing can be typed in it."""

        def place() -> QWidget:
            register()
            return self._place(widget)

        place.rest_of_part = True  # type: ignore[attr-defined]
        self._pending.appendleft(place)

    def _rows_piece(self, rows: RowList) -> Callable[[], QWidget | None]:
        """Build the next row of ``rows``; while rows wait, the same piece comes next."""

        def build() -> None:
            if shiboken6.isValid(rows) and rows.build_more(1):
                self._pending.appendleft(build)

        build.rest_of_part = True  # type: ignore[attr-defined]
        return build

    # -- the rest of the page ---------------------------------------------------------------
    @property
    def building(self) -> bool:
        """True while parts of the page are still to be built."""
        return bool(self._pending)

    @property
    def sections(self) -> dict[str, StepSection]:
        """Every step's section, by step id (the page is finished first)."""
        self.finish_build()
        return self._sections

    @property
    def topics(self) -> TopicsBody | None:
        """The backlog at the end of the page (the page is finished first)."""
        self.finish_build()
        return self._topics

    @property
    def documents(self) -> SessionDocuments | None:
        """The page's photos and PDFs, with their strips and card (the page finished)."""
        self.finish_build()
        return self._documents

    def finish_build(self) -> None:
        """Build every part of the page not built yet, now."""
        self._build_through(lambda: False)

    def _build_through(self, done: Callable[[], bool]) -> None:
        """Build the page in order until ``done()`` is true (or the page is whole).

        A part is built whole: the rest of a list begun (see ``_rows_piece``) too.
        """
        if not self._pending:
            return
        pending = self._pending
        while pending and (not done() or getattr(pending[0], "rest_of_part", False)):
            self._build_next()
        self._built_now()

    def _built_now(self) -> None:
        """After parts were built out of turn: laid out now (what asked for them may
        click, focus or scroll there at once), the keyboard order, the end if it is."""
        settle_layouts()
        if self._pending:
            self._order_tabs()
        else:
            self._slice_timer.stop()
            self._built()

    def _build_slice(self) -> None:
        """One slice of the page, then the event loop's turn (input and painting first).

        A piece is begun only if one as long as the last fits before the slice's end:
        two pieces of 6 ms in a slice of 8 made a 12 ms wait for a key typed meanwhile.
        """
        now = time.perf_counter()
        deadline = now + SLICE_S
        while self._pending:
            self._build_next()
            took, now = time.perf_counter() - now, time.perf_counter()
            if now + took > deadline:
                break
        if self._pending:
            self._slice_timer.start(0)
        else:
            self._built()

    def _build_next(self) -> QWidget | None:
        """Build the next part; if the journal cannot be read, say so on the page."""
        try:
            return self._pending.popleft()()
        except StoreError as exc:
            self._pending.clear()
            notice = QLabel(self.tr("The rest of this page could not be read: %1")
                            .replace("%1", store_reason(str(exc), reading=True)))
            notice.setObjectName("loadError")
            notice.setWordWrap(True)
            self._place(notice)
            self.errorOccurred.emit(str(exc))
            return notice

    def _build_height(self, room: int) -> None:
        """Build the next parts until about ``room`` pixels of page were added."""
        spacing = self._column.spacing() if self._column is not None else 0
        width = self._column_width()
        used = 0
        while self._pending and used < room:
            widget = self._build_next()
            if widget is not None:
                used += self._height_at(widget, width) + spacing

    def _column_width(self) -> int:
        """The width the page's parts get: the column, less its margins (see ``_build``)."""
        if self._scroll.isVisible():
            room = self._scroll.viewport().width()
        else:  # its size is not known yet: the editor's, less the contents list's
            room = self.width()
            if room >= scaled(TOC_MIN_WIDTH):
                room -= self.toc.width()
        return max(100, min(scaled(COLUMN_WIDTH), room) - 2 * 36)

    @staticmethod
    def _height_at(widget: QWidget, width: int) -> int:
        """``widget``'s height at ``width`` (a wrapped label is shorter wide than its
        size hint says: summing the hints, the first screen stopped short of its
        bottom)."""
        if widget.hasHeightForWidth():
            height = widget.heightForWidth(width)
            if height >= 0:
                return height
        return widget.sizeHint().height()

    def _scrolled(self, value: int) -> None:
        """Scrolled near the end of what is built: the next screens now, so the scroll
        never shows a gap; at the very end (End, the scroll bar dragged down) the rest."""
        if not self._pending or self._page is None or not self._page.isVisible():
            return
        bar = self._scroll.verticalScrollBar()
        if value >= bar.maximum():
            self.finish_build()
        elif value + 2 * bar.pageStep() >= bar.maximum():
            self._build_height(2 * bar.pageStep())
            self._built_now()

    def _built(self) -> None:
        self._order_tabs()
        self.pageBuilt.emit()

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

    def _rows_changed(self) -> None:
        self._tab_timer.start()

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
        """Writing in the session may change its status (see ``SessionHeader``) — not a
        feeling noted « before the session », on the morning of the meeting (fresh6)."""
        if self.header is not None and is_content_key(key) and not self._felt_before(key):
            self.header.content_written()

    def _felt_before(self, key: object) -> bool:
        """``key`` is the save of a feeling row « before the session »."""
        if not (isinstance(key, tuple) and key and key[0] == "feeling"):
            return False
        from carnet.domain import Moment

        for section in self._sections.values():
            rows_of = getattr(section.body, "rows_of", None)
            if callable(rows_of) and any(row.key == key for row in rows_of(Moment.BEFORE)):
                return True
        return False

    def _role_changed(self, role: str) -> None:
        """The prompts follow my role (the sections built later read it from the session)."""
        if self.ctx is None:
            return
        for section in self._sections.values():
            section.set_prompts(section.step.prompts_for(Role(role).value, self.ctx.lang))

    # -- tearing down ------------------------------------------------------------------------
    def _teardown(self) -> None:
        self.autosaver.forget()
        self._slice_timer.stop()
        self._pending.clear()  # the build of this page ends here: nothing more is added
        self._column = None
        self.toc.clear()
        self.toc.hide()
        self._tab_timer.stop()
        self._sections.clear()
        self.header = None
        self._topics = None
        self._documents = None
        self._topics_card = None
        self._holder = None
        self.cycle_shown = False
        self.ctx = None
        self.current_session_id = None
        if self._page is not None:
            page, self._page = self._page, None
            page.removeEventFilter(self)
            self._stage_layout.removeWidget(page)
            # Deleted now, where it is: out of the stage first (``takeWidget``, then
            # ``deleteLater``) Qt re-styled its ~600 widgets on their way (~170 ms), and
            # until the next turn they were still the editor's children. Nothing of the
            # page is running here: the shell, a view or a timer asked for this.
            shiboken6.delete(page)

    def _show_placeholder(self, text: str) -> None:
        self._placeholder.setText(text)
        self._stack.setCurrentIndex(0)
