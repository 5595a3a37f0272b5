"""No cyclic garbage collection while a big job holds many objects it made.

Used by a sync's join and a booklet's build. A join decodes the snapshot (tens of MB
of JSON: millions of dicts and lists that live until the journal is written) and
builds rows from it. Each time the collector runs it walks every one of those
objects again, to free almost nothing (they die by reference counting when the join
returns): on the 2,000-session journal, the snapshot's ``json.loads`` takes three
times as long with the collector on (0.9 s instead of 0.3 s), and the whole join an
eighth more CPU. Memory is unchanged (what a join frees goes by reference counting);
the collector is put back as it was, also on failure or Cancel.

A booklet's build is the same: hundreds of thousands of small objects that live
until it ends, scanned again and again (a sixth of the build time) to free almost
nothing.

Pauses nest and may overlap across threads (a join and a booklet share the one
count): the last one out puts the collector back as the first one found it.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Collections off inside (usable as a decorator: each call pauses anew)."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
