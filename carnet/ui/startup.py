"""What the app's process does before it builds its first window, to paint it sooner.

Two costs a bare PySide window does not pay, taken off the first paint's path (issue 18):

* **fontconfig's set-up.** The first text measured (the unlock page's) makes Qt read
  fontconfig's configuration and font caches (``FcInit``: ~5 ms, mostly XML parsing).
  :func:`warm_font_config` runs that on another thread while the UI thread imports Qt;
  the library then answers Qt's own ``FcInit`` at once. Same work, same result, on
  another core.
* **PySide's source scans.** Once PySide is imported, every module an ``import``
  statement names for the first time has its whole source file read by PySide
  (``shibokensupport.feature``), to learn whether it uses PySide — for the opt-in
  ``from __feature__ import snake_case``, which Carnet never uses. ~30 modules before
  the first paint, ~3 ms. :func:`import_qt` records the answer first, without reading
  anything, for the modules already loaded and for Carnet's own.

Nothing here changes what the window shows or does; where the mechanisms are not
there (another platform, another PySide), each step is skipped.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec

#: Where a function of no argument may start a thread (see :func:`warm_font_config`).
NATIVE_THREAD_ABIS = frozenset({"x86_64", "aarch64"})
#: fontconfig 2.11 made its initialisation safe from two threads at once.
FONTCONFIG_THREAD_SAFE = 21100
#: PySide's record of the modules it scanned, in this module (name -> feature selection:
#: 0 "uses PySide, no feature", -1 "not PySide's": the scan's two answers).
FEATURE_MODULE = "shibokensupport.feature"


def warm_font_config() -> bool:
    """Start fontconfig's initialisation on a native thread (Linux); True when started.

    A thread of the C library, not of Python: it runs ``FcInit`` and ends without ever
    taking the interpreter's lock, so the UI thread never waits for it (a Python thread
    would take the lock to start and to end, and wait its turn on a busy machine)."""
    if not sys.platform.startswith("linux") or os.uname().machine not in NATIVE_THREAD_ABIS:
        return False
    import ctypes  # loaded already (carnet.hardening): no cost here

    try:
        fontconfig = ctypes.CDLL("libfontconfig.so.1")  # Qt's, loaded with it anyway
        if fontconfig.FcGetVersion() < FONTCONFIG_THREAD_SAFE:
            return False
        libc = ctypes.CDLL(None)
        thread = ctypes.c_ulong()
        # FcInit as the thread's function: it takes no argument and returns an int that
        # the thread's end ignores (what the x86-64 and AArch64 calling conventions allow).
        start = ctypes.cast(fontconfig.FcInit, ctypes.c_void_p)
        if libc.pthread_create(ctypes.byref(thread), None, start, None) != 0:
            return False
        libc.pthread_detach(thread)  # nobody joins it: its resources go when it ends
    except (OSError, AttributeError):  # no fontconfig (Qt uses another font database)
        return False
    return True


def import_qt() -> bool:
    """Import QtCore, then spare PySide's source scans (see the module's docstring):
    the modules loaded so far, and every ``carnet`` module imported from now on, are
    recorded as the scan would record them. True when PySide's record was found."""
    import PySide6.QtCore  # noqa: F401 - installs PySide's import hook and its record

    known = getattr(sys.modules.get(FEATURE_MODULE), "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return False
    for name in list(sys.modules):
        known.setdefault(name, 0 if _is_carnet(name) else -1)
    if not any(isinstance(finder, _CarnetModules) for finder in sys.meta_path):
        sys.meta_path.insert(0, _CarnetModules(known))
    return True


def _is_carnet(name: str) -> bool:
    return name == "carnet" or name.startswith("carnet.")


class _CarnetModules:
    """An import finder that finds nothing: it records each ``carnet`` module about to be
    imported as using PySide (the scan's answer for a module of a Qt app: its feature
    selection, none, is the same either way), so PySide does not read its source."""

    def __init__(self, known: dict) -> None:
        self._known = known

    def find_spec(self, name: str, path: object = None,
                  target: object = None) -> ModuleSpec | None:
        if _is_carnet(name):
            self._known.setdefault(name, 0)
        return None
