"""Attachments as a feature of the window: the thumbnail cache empties at lock.

The rest is built with each session page (``SessionDocuments``) and goes with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from carnet.ui.attachments import cache

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Idempotent: a second call adds nothing."""
    if getattr(window, "_attachments_installed", False):
        return
    window._attachments_installed = True
    window.journalLocked.connect(cache.clear)
