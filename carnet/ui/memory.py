"""Give back what a closed journal used: Python's cycles, the C heap, Qt's caches.

After the lock destroys the workspace, the memory it used is free inside the
process but glibc keeps most of it (freed blocks in the middle of its heap are
not returned to the system): ``malloc_trim`` returns it, so a long day of
lock/unlock cycles does not ratchet the resident size up.

``malloc_trim`` can only return a page no live block touches. What Qt cached during
the day for widgets that outlive the lock (the stylesheet's rules for the window's
own frame, in every state it was drawn in) and the font engines of every size and
weight the day drew, with their glyphs, are a few thousand small blocks, about 2 MiB
spread over the day's pages: they kept 12 MiB of the C heap resident after the
lock, and the next unlock's allocations went around them. Both caches are emptied
at the lock, before the trim; Qt rebuilds what the unlock window and the next
unlock draw.
"""

from __future__ import annotations

import gc
import linecache
import sys
from collections.abc import Callable, Iterable

from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication

_trim = None
_looked_up = False


def _malloc_trim():
    """glibc's ``malloc_trim``, or None elsewhere (musl, macOS, Windows)."""
    global _trim, _looked_up
    if not _looked_up:
        _looked_up = True
        if sys.platform.startswith("linux"):
            import ctypes  # at the first lock, not at start (ctypes.util imports subprocess)
            import ctypes.util

            try:
                _trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
                _trim.argtypes = [ctypes.c_size_t]
                _trim.restype = ctypes.c_int
            except (OSError, AttributeError):
                _trim = None
    return _trim


def trim_heap() -> None:
    """Return the C heap's free pages to the system (glibc), nothing else; safe on any
    thread (the background jobs call it on theirs)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def release_page() -> None:
    """A page was torn down while the journal stays open: collect the cycles its Python
    wrappers left (only what was built since the unlock: the rest is frozen, so this
    is short) and return the freed heap. Caches still useful while the journal is
    open stay (``release_memory`` empties them at the lock)."""
    gc.collect()
    trim_heap()


def forget_style_rules() -> None:
    """Empty the stylesheet's caches (the rules it resolved for each widget, in each
    state drawn): the application's stylesheet set again, unchanged, is how Qt clears
    them all; the widgets still shown are polished again from it."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        sheet = app.styleSheet()
        if sheet:
            app.setStyleSheet(sheet)


def release_memory(rehome: Iterable[Callable[[], None]] = ()) -> None:
    """Collect Python's cycles, empty Qt's pixmap, stylesheet and font caches and the
    source-line cache, return free heap to the system.

    ``rehome``: what makes afresh the few objects kept while locked, called once the
    closed journal's objects are freed. Python gives a 1 MiB arena back only when
    nothing in it lives: a kept object made mid-day holds a whole arena of freed
    ones; made again here it lands beside the other kept objects (its allocator
    fills the fullest arenas first)."""
    from carnet.ui import fonts

    QPixmapCache.clear()
    forget_style_rules()
    fonts.empty_font_cache()
    # PySide reads the source of every module imported after it (``inspect.getsource``,
    # to look for ``from __feature__ import``), and ``linecache`` keeps each file's
    # lines: ~5 MiB of small strings by the end of a day, spread over the allocator's
    # arenas. Only tracebacks read them again, from the files.
    linecache.clearcache()
    gc.collect()
    for make_afresh in rehome:
        make_afresh()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
