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

import codecs
import importlib
import linecache
import sys
from collections.abc import Iterator
from datetime import datetime
from types import CodeType, ModuleType

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

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
    # the unlock, the backup and the lock
    "argon2",
    "_strptime",
    "subprocess",
    "platform",
    "ctypes.util",
    "encodings.utf_8_sig",
    "carnet.store.backups",
    "carnet.ui.memory",
    "carnet.services.resurface",
    "carnet.ui.resurface_card",
    "carnet.ui.prepare.reminder",
)

#: Classes PySide makes at their first use (with their enums, methods and docstrings:
#: 250–300 objects each): a page's first text block, a sidebar row's brush, a shortcut's
#: keys; a C++ object Qt hands over (an undo stack, a text frame, an animation, the screen).
#: Made mid-day, each class's objects stay among the day's (issue 19); named here, they
#: are made in the warm-up. The list is what ``bench/bench_memory.py --new`` found made
#: after the warm-up in a day (those of a module not loaded are not made).
LAZY_CLASSES: dict[str, str] = {
    "PySide6.QtCore": """
        QKeyCombination QAbstractAnimation QAbstractEventDispatcher QAnimationGroup
        QConcatenateTablesProxyModel QDateTime QEventLoop QFile QFileDevice QFileSelector
        QIOPipe QIdentityProxyModel QLibrary QMargins QParallelAnimationGroup
        QPauseAnimation QPluginLoader QProcess QPropertyAnimation QRangeModel QSaveFile
        QSequentialAnimationGroup QSharedMemory QSignalMapper QSocketNotifier QTemporaryFile
        QThread QTime QTimeLine QTransposeProxyModel QVariantAnimation
        """,
    "PySide6.QtDBus": """
        QDBusAbstractAdaptor QDBusAbstractInterface QDBusAbstractInterfaceBase
        QDBusConnectionInterface QDBusInterface QDBusPendingCall QDBusPendingCallWatcher
        QDBusServer QDBusServiceWatcher QDBusVirtualObject
        """,
    "PySide6.QtGui": """
        QGradient QTextBlock QAbstractTextDocumentLayout QAccessibilityHints
        QDoubleValidator QDrag QInputDevice QInputMethod QIntValidator QMovie
        QOffscreenSurface QOpenGLContext QOpenGLContextGroup QPagedPaintDevice QPdfWriter
        QPixmapCache QPointingDevice QPolygon QPolygonF QPyTextObject
        QRegularExpressionValidator QRgba64 QScreen QSessionManager QStandardItemModel
        QStyleHints QTextBlockGroup QTextFrame QTextList QTextObject QTextObjectInterface
        QTextTable QUndoGroup QUndoStack
        """,
    "PySide6.QtWidgets": """
        QDataWidgetMapper QFileSystemModel QGesture QGraphicsAnchor QGraphicsBlurEffect
        QGraphicsColorizeEffect QGraphicsDropShadowEffect QGraphicsEffect QGraphicsItem
        QGraphicsItemAnimation QGraphicsLayoutItem QGraphicsObject QGraphicsOpacityEffect
        QGraphicsProxyWidget QGraphicsRotation QGraphicsScale QGraphicsScene
        QGraphicsTextItem QGraphicsTransform QGraphicsWidget QItemDelegate QPanGesture
        QPinchGesture QPlainTextDocumentLayout QProxyStyle QScroller QStackedLayout
        QSwipeGesture QTapAndHoldGesture QTapGesture
        """,
}

_classes_made = False

#: Between two modules: this long without keyboard or mouse input.
SLICE_PAUSE_MS = 60
#: After the lock, the method cache is emptied again once what the journal's screens
#: used has been released (``carnet.ui.memory.release_memory``, on the turn after).
FORGET_AFTER_LOCK_MS = 1000


class _Said(QObject):
    said = Signal(str)


class _Listener:
    def heard(self) -> None:
        """Takes fewer arguments than the signal gives."""


def make_lazy_classes() -> None:
    """Make what PySide and Python make at their first use and keep: the classes of
    :data:`LAZY_CLASSES`; the one PySide makes at the first connection of a signal to a
    plain object's method that takes fewer arguments (``PySide.Callable``, a session
    page's pending rows); the UTF-16 codec's entry (the search rows measure their text
    in it); the UTF-8 copy of our code's non-ASCII texts (:func:`encode_texts`) and the
    bytecode copies Shiboken asks for (:func:`copy_bytecode`)."""
    global _classes_made
    _classes_made = True
    for name, classes in LAZY_CLASSES.items():
        module = sys.modules.get(name)
        if module is not None:  # (QtDBus: only where the session watch loaded it)
            for class_name in classes.split():
                getattr(module, class_name, None)
    sender = _Said()
    sender.said.connect(_Listener().heard)
    sender.deleteLater()
    codecs.lookup("utf-16-le")
    # Formats read with strptime (a kept version's heading, a backup's name): each one's
    # pattern is compiled at its first use and kept in ``_strptime``'s cache.
    datetime.strptime("2026-12-07T09:11Z", "%Y-%m-%dT%H:%MZ")
    datetime.strptime("20261207-091100", "%Y%m%d-%H%M%S")
    # Drawn once and kept: the sidebar's markers, the eliding combos' shared filter.
    from carnet.ui import fit, style

    for status in ("held", "planned", "missed"):
        style.status_icon(status)
    style.group_icon()
    fit.eliding_painter()
    ours = [module for name, module in list(sys.modules.items())
            if name.startswith("carnet.") and module is not None]
    encode_texts(ours)
    copy_bytecode(ours)


def _code_objects(modules: list[ModuleType]) -> Iterator[CodeType]:
    """The code of these modules' functions and methods, nested functions included."""
    todo: list[CodeType] = []
    for module in modules:
        for value in list(vars(module).values()):
            if isinstance(value, type) and value.__module__ == module.__name__:
                members = list(vars(value).values())
            else:
                members = [value]
            for member in members:
                member = getattr(member, "__func__", member)  # static and class methods
                for function in ((member.fget, member.fset) if isinstance(member, property)
                                 else (member,)):
                    code = getattr(function, "__code__", None)
                    if isinstance(code, CodeType):
                        todo.append(code)
    seen: set[int] = set()
    while todo:
        code = todo.pop()
        if id(code) in seen:
            continue
        seen.add(id(code))
        yield code
        todo.extend(c for c in code.co_consts if isinstance(c, CodeType))


def encode_texts(modules: list[ModuleType]) -> int:
    """Give the non-ASCII texts of these modules' code (« … », « − », accents) their
    UTF-8 copy now; return how many. A Python string makes that copy the first time
    PySide reads it (``tr()``, any text handed to Qt) and keeps it as long as the
    string lives, here as long as the code: made mid-day, each copy stayed among the
    day's objects (issue 19)."""
    found: set[str] = set()
    for module in modules:
        found.update(value for value in vars(module).values()
                     if isinstance(value, str) and not value.isascii())
        for value in list(vars(module).values()):
            if isinstance(value, type) and value.__module__ == module.__name__:
                found.update(member for member in vars(value).values()
                             if isinstance(member, str) and not member.isascii())
    for code in _code_objects(modules):
        found.update(constant for constant in code.co_consts
                     if isinstance(constant, str) and not constant.isascii())
    for text in found:
        QCoreApplication.translate("", text)  # PySide reads it as UTF-8: the copy is made
    return len(found)


def copy_bytecode(modules: list[ModuleType]) -> int:
    """Make now the copy of its bytecode Python keeps on a function's code the first
    time it is asked for, for our functions that name a Qt class; return how many.
    Shiboken asks for it (to read the calling instruction) whenever a function reads
    an attribute of a Qt class (``Qt.AlignmentFlag``, ``QFont.Weight``): made at that
    function's first run mid-day, each copy stayed among the day's objects — a search
    row's ``direction()`` alone kept a 1 MiB arena of Python's after the lock (issue 19).
    ~300 KiB in all, most of it made during any day anyway."""
    made = 0
    for code in _code_objects(modules):
        if any(name.startswith("Q") for name in code.co_names):
            code.co_code  # noqa: B018 - the attribute's first read makes the copy
            made += 1
    return made


def forget_lookups() -> None:
    """Empty the interpreter's method cache. It keeps the last name looked up in each of
    its 4,096 slots, and PySide looks names up with a fresh string each time (an enum's
    ``value``, at every call taking a Qt enum): all day long those strings replace one
    another among the day's objects, and each one left keeps a 1 MiB arena of Python's
    from being given back after the lock (issue 19). Emptied, it fills again as lookups
    come (a few microseconds of lookups)."""
    sys._clear_type_cache()


class WarmUp(QObject):
    """Imports :data:`MODULES`, one per pause in the input, once per process."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[str] = []
        self._classes_pending = False  # :func:`make_lazy_classes`, once, after the modules
        #: the emoji font (a turn of its own, after the modules): see ``_next``
        self._font_pending = False
        self._watch = IdleWatcher(self, minute_ms=SLICE_PAUSE_MS)
        self._watch.idle.connect(self._next)
        # Made here, not at each lock: ``QTimer.singleShot(ms, callable)`` makes a timer
        # and its wrapper's dict at the lock, among the day's freed memory, and PySide
        # kept that dict after the shot (bench_memory --survivors: the one small object
        # of the day alive after the lock, alone in a 1 MiB arena of Python's).
        self._forget_later = QTimer(self)
        self._forget_later.setSingleShot(True)
        self._forget_later.setInterval(FORGET_AFTER_LOCK_MS)
        self._forget_later.timeout.connect(forget_lookups)

    @property
    def running(self) -> bool:
        return self._watch.active

    def start(self) -> None:
        """Load what is not loaded yet; ``finished`` at once if all of it is."""
        self._pending = [name for name in MODULES if name not in sys.modules]
        self._classes_pending = not _classes_made
        view = sys.modules.get("carnet.ui.markdown_view")  # not imported here for it
        self._font_pending = not getattr(view, "_emoji_font_loaded", False)
        self._next()

    def stop(self) -> None:
        """The journal locked: what is left waits for the next unlock's pause."""
        forget_lookups()
        # and again once the closed journal's pages and views are destroyed and released
        self._forget_later.start()
        self._watch.stop()
        self._pending = []
        self._classes_pending = False
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
        elif self._classes_pending:
            self._classes_pending = False
            make_lazy_classes()
        elif self._font_pending:
            # Emoji in any field (a learning, a title) are drawn with the shipped font
            # where the system has none; the preview loaded it only for itself.
            from carnet.ui import markdown_view

            self._font_pending = False
            markdown_view.load_emoji_font()
        if self._pending or self._classes_pending or self._font_pending:
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
