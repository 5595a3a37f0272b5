"""Caches that may hold journal text, emptied when the journal locks.

A module that keeps something derived from the person's writing beyond the
widget showing it (a parser's last document, measured words) registers a
function that empties it; ``MainWindow.lock`` calls :func:`forget_all`, so the
lock leaves no journal text in a live Python object. No Qt here: the booklet
registers too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

_forgetters: list[Callable[[], None]] = []


def on_lock(forget: Callable[[], None]) -> Callable[[], None]:
    """Register ``forget`` (usable as a decorator); it must be cheap and never raise."""
    if forget not in _forgetters:
        _forgetters.append(forget)
    return forget


def forget_all() -> None:
    """Empty every registered cache; one that fails does not stop the others."""
    for forget in list(_forgetters):
        try:
            forget()
        except Exception as exc:  # a cache must never stop the lock
            print(f"carnet: a cache was not emptied ({type(exc).__name__})", file=sys.stderr)
