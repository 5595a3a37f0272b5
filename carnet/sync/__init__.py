"""End-to-end encrypted sync through a folder the person already syncs (issue 15).

The engine's API (docs/sync-format.md describes the folder):

* :func:`setup` — make a folder this journal's sync folder (manifest created or verified);
* :func:`sync_once` — publish this device's changes, apply the others', report;
* :func:`join` — build a new journal on this device from the folder;
* :func:`rewrap` — after a passphrase change, re-wrap the sync key in the manifest.

Nothing here speaks SQL (``store.sync`` does) nor words a message: a
:class:`SyncReport` carries codes (:class:`Code`) and a :class:`SyncError`
a reason (:class:`Why`); the command line and the interface translate them.
"""

from __future__ import annotations

from carnet.sync.engine import join, remember_place, rewrap, setup, sync_once
from carnet.sync.errors import SyncError, Why
from carnet.sync.report import Code, DeviceInfo, Problem, SyncReport

__all__ = [
    "Code",
    "DeviceInfo",
    "Problem",
    "SyncError",
    "SyncReport",
    "Why",
    "join",
    "remember_place",
    "rewrap",
    "setup",
    "sync_once",
]
