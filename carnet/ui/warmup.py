"""Load the code of the pages and views while the person pauses after unlocking.

Each page and view imports its modules at its first open (start-up and unlock stay
quick). Imported in the middle of a day, that code, which lives as long as the
process, lands among the objects of the view being built (its rows, its widgets'
wrappers): once the view is gone those scattered survivors keep Python's 1 MiB
arenas from being given back, ~14 MiB after a day on a large journal (issue 19).
Loaded here, in the pause after the unlock, it sits next to what the unlock built,
and the first open of every view and page no longer waits for it.

One module per event-loop turn, each turn only after a short pause in the input
(``SLICE_PAUSE_MS``): the person who starts typing meanwhile waits for at most one
module (~25 ms for the largest), not for the whole list (~250 ms of Python).
"""

from __future__ import annotations

import importlib
import linecache
import sys

from PySide6.QtCore import QObject, Signal

from carnet.ui.idle import IdleWatcher

#: The modules the pages, views and the lock load at first use, each after those it
#: imports (``python -X importtime``), so that each turn loads one module's own code.
#: tests/ui/test_memory.py checks that a day (every view, a group, a session, the
#: lock) loads no module of ours not listed here.
MODULES = (
    # the session page
    "carnet.services.attachment_intake",
    "carnet.ui.attachments.intake",
    "carnet.ui.attachments.flow",
    "carnet.ui.attachments.strip",
    "carnet.ui.attachments.texts",
    "carnet.ui.attachments.documents",
    "carnet.ui.session_editor.autosave",
    "carnet.services.page_merge",
    "carnet.ui.session_editor.context",
    "carnet.notes",
    "carnet.notes.links",
    "carnet.ui.note_editor",
    "carnet.ui.markdown_view",
    "carnet.ui.session_editor.step_section",
    "carnet.ui.session_editor.bodies",
    "carnet.ui.session_editor.cycle",
    "carnet.ui.session_editor.navigation",
    "carnet.ui.session_editor.focus",
    "carnet.ui.fit",
    "carnet.ui.session_editor.status",
    "carnet.ui.session_editor.widgets",
    "carnet.ui.sync.wordings",
    "carnet.ui.session_editor.header",
    "carnet.ui.session_editor.styles",
    "carnet.ui.session_editor.toc",
    "carnet.ui.session_editor.editor",
    "carnet.ui.session_editor",
    "carnet.ui.session_editor.undo",
    "carnet.ui.session_editor.actions",
    "carnet.ui.session_editor.feelings",
    "carnet.ui.session_editor.keyword",
    "carnet.ui.session_editor.learnings",
    "carnet.ui.session_editor.ratings",
    "carnet.ui.session_editor.topics",
    "carnet.notes.normalise",
    "carnet.notes.editing",
    # a group's page
    "carnet.booklet.anonymise",
    "carnet.services.groups",
    "carnet.ui.group_editor",
    # Prepare
    "carnet.services.planning",
    "carnet.ui.models.preparation",
    "carnet.ui.prepare.delegate",
    "carnet.ui.prepare.review",
    "carnet.ui.prepare.styles",
    "carnet.ui.models.topics",
    "carnet.ui.prepare.backlog",
    "carnet.ui.prepare.topics",
    "carnet.ui.prepare.widgets",
    "carnet.ui.prepare.view",
    # Progress, search, themes and tags, timeline
    "carnet.services.progress",
    "carnet.ui.models.progress_table",
    "carnet.ui.progress_view",
    "carnet.notes.plain",
    "carnet.ui.models.search_results",
    "carnet.ui.result_delegate",
    "carnet.ui.search_view",
    "carnet.ui.models.tags",
    "carnet.ui.tags_view",
    "carnet.ui.models.timeline",
    "carnet.ui.timeline_view",
    # the check-in
    "carnet.services.check_in",
    "carnet.ui.check_in",
    # the lock (closes the dialogs)
    "carnet.ui.trust.dialogs",
    # a codec the search rows look up at their first paint
    "encodings.utf_16_le",
)

#: Between two modules: this long without keyboard or mouse input.
SLICE_PAUSE_MS = 60


class WarmUp(QObject):
    """Imports :data:`MODULES`, one per pause in the input, once per process."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[str] = []
        #: the emoji font (a turn of its own, after the modules): see ``_next``
        self._font_pending = False
        self._watch = IdleWatcher(self, minute_ms=SLICE_PAUSE_MS)
        self._watch.idle.connect(self._next)

    @property
    def running(self) -> bool:
        return self._watch.active

    def start(self) -> None:
        """Load what is not loaded yet; ``finished`` at once if all of it is."""
        self._pending = [name for name in MODULES if name not in sys.modules]
        view = sys.modules.get("carnet.ui.markdown_view")  # not imported here for it
        self._font_pending = not getattr(view, "_emoji_font_loaded", False)
        self._next()

    def stop(self) -> None:
        """The journal locked: what is left waits for the next unlock's pause."""
        self._watch.stop()
        self._pending = []
        self._font_pending = False

    def _next(self) -> None:
        self._drop_loaded()
        if self._pending:
            name = self._pending.pop(0)
            try:
                importlib.import_module(name)
            except ImportError as exc:  # a build without it: its view will say so at open
                print(f"carnet: {name} not preloaded ({exc})", file=sys.stderr)
            self._drop_loaded()
        elif self._font_pending:
            # Emoji in any field (a learning, a title) are drawn with the shipped font
            # where the system has none; the preview loaded it only for itself.
            from carnet.ui import markdown_view

            self._font_pending = False
            markdown_view.load_emoji_font()
        if self._pending or self._font_pending:
            self._watch.start(1)
            return
        self._watch.stop()
        # PySide reads the source of every module imported after it (looking for
        # ``from __feature__ import``) and ``linecache`` keeps its lines: ~6 MiB of
        # small strings by now, useless until a traceback (which reads the files
        # again). Let go here, they leave room in Python's arenas for the day's
        # objects, which then need fewer new arenas (the lock empties it too).
        linecache.clearcache()
        self.finished.emit()

    def _drop_loaded(self) -> None:
        while self._pending and self._pending[0] in sys.modules:
            del self._pending[0]  # loaded meanwhile (by a view the person opened)
