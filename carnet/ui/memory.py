"""Give back what a closed journal used: Python's cycles, the C heap, Qt's pixmap cache.

After the lock destroys the workspace, the memory it used is free inside the
process but glibc keeps most of it (freed blocks in the middle of its heap are
not returned to the system): ``malloc_trim`` returns it, so a long day of
lock/unlock cycles does not ratchet the resident size up.
"""

from __future__ import annotations

import gc
import linecache
import sys

from PySide6.QtGui import QPixmapCache

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


def release_memory() -> None:
    """Collect Python's cycles, empty Qt's pixmap cache and the source-line cache, return
    free heap to the system."""
    QPixmapCache.clear()
    # PySide reads the source of every module imported after it (``inspect.getsource``,
    # to look for ``from __feature__ import``), and ``linecache`` keeps each file's
    # lines: ~5 MiB of small strings by the end of a day, spread over the allocator's
    # arenas. Only tracebacks read them again, from the files.
    linecache.clearcache()
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
