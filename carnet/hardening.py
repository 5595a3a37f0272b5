"""Process hardening: no core dump may carry the unlocked journal to disk.

A core dump is a plaintext copy of the process memory: the decrypted pages,
the derived key, the text being typed. Qt-free; the app shell and the command
line call :func:`disable_core_dumps` first thing at start.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys

_log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def limit_core_size() -> bool:
    """Set RLIMIT_CORE to (0, 0): the kernel then writes no core file.

    The hard limit is lowered too, so nothing later in the process can raise
    it again without privileges. False where there is no such limit (Windows).
    """
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError) as exc:
        _log.warning("could not limit the core size: %s", exc)
        return False
    return True


def _libc() -> ctypes.CDLL | None:
    if sys.platform.startswith("linux"):
        # glibc's soname, loaded directly: find_library runs ldconfig (~10 ms at start).
        with contextlib.suppress(OSError):
            return ctypes.CDLL("libc.so.6", use_errno=True)
    from ctypes.util import find_library  # runs a subprocess: only where glibc's did not load

    name = find_library("c")
    if name is None:
        return None
    return ctypes.CDLL(name, use_errno=True)


def mark_not_dumpable() -> bool:
    """``prctl(PR_SET_DUMPABLE, 0)`` on Linux: no core dump, even through a
    ``core_pattern`` pipe such as systemd-coredump or apport, and no ptrace
    attach or /proc/<pid>/mem reading by other processes of the same user.
    False elsewhere or when the call failed."""
    if not sys.platform.startswith("linux"):
        return False
    libc = _libc()
    if libc is None:
        return False
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        _log.warning("prctl(PR_SET_DUMPABLE, 0) failed: errno %d", ctypes.get_errno())
        return False
    return True


def is_dumpable() -> bool | None:
    """The process's dumpable flag on Linux (None where it cannot be read)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    if libc is None:
        return None
    return libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0


def disable_core_dumps() -> bool:
    """Best effort, never raises: True when core dumps are off by at least one means.

    Both means are applied where available (RLIMIT_CORE on every POSIX system,
    PR_SET_DUMPABLE on Linux); elsewhere this is a no-op returning False.
    """
    limited = limit_core_size()
    undumpable = mark_not_dumpable()
    return limited or undumpable


def private_files() -> None:
    """Every file Carnet creates 0600 and every folder 0700, whatever the umask.

    The journal, its lock and backups are created 0600 explicitly by the
    store; this covers the rest (settings file, exports, booklets, ``.ics``,
    their folders), written by Qt, reportlab or plain ``open``. Called first
    thing by ``carnet`` (app and command line).
    """
    import os

    os.umask(0o077)
