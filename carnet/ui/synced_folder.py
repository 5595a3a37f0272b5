"""Before a file leaves the journal in clear, into the folder the journal syncs through.

The guide promises that Carnet writes only encrypted change files into the synced
folder. A booklet, an export, a calendar or a sheet saved there (Carnet suggests
Documents, which many sync clients back up) was written without a word, and the sync
client sent every note in clear to the cloud (fresh7, F19). :func:`may_write_in_clear`
asks first, « Non » by default.

The calendar file kept up to date (Preferences) is rewritten after every change, with
no one to ask at that moment: it asks once, in Preferences (:func:`may_keep_calendar`),
and the answer is kept in the settings as :func:`calendar_agreement` (the file's real
path, and whether it holds the details). Without that, ``CalendarFeedKeeper`` holds it
back and says so.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from carnet.store import JournalStore


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncedFolder", text)


def synced_folder_holding(store: JournalStore | None, path: Path | str) -> Path | None:
    """The journal's synced folder when ``path`` lies inside it, else None."""
    if store is None:
        return None
    folder = None
    with contextlib.suppress(Exception):  # a closed or damaged store: nothing to say
        folder = store.sync.folder
    if not folder:
        return None
    try:
        root = Path(folder).expanduser().resolve()
        target = Path(path).expanduser().resolve()
    except (OSError, RuntimeError):
        return None
    return root if target == root or root in target.parents else None


def may_write_in_clear(parent: QWidget | None, store: JournalStore | None,
                       path: Path | str) -> bool:
    """True to write ``path`` (not encrypted); asks first when it lies in the synced
    folder, « Non » by default."""
    folder = synced_folder_holding(store, path)
    if folder is None:
        return True
    from carnet.ui.services import messages

    return messages().question(
        parent, _tr("This folder is synced"),
        _tr("“%1” is inside the folder your journal syncs through (%2). This file is NOT "
            "encrypted: the sync client would send everything in it to the cloud, in "
            "clear.\n\nWrite it there anyway?").replace("%1", str(path)).replace(
                "%2", str(folder)))


def calendar_agreement(path: Path | str, details: bool) -> str:
    """What the person agreed to keep in the synced folder: the calendar file's real
    path, with the details (groups' names and places, actions' titles) or without."""
    try:
        real = Path(path).expanduser().resolve()
    except (OSError, RuntimeError):
        real = Path(path).expanduser()
    return f"{'details' if details else 'neutral'}:{real}"


def calendar_agreed(agreed: str, path: Path | str, details: bool) -> bool:
    """True when ``agreed`` (a :func:`calendar_agreement`) covers the file at ``path``
    with or without the details: agreeing to the details covers less."""
    return agreed in {calendar_agreement(path, details), calendar_agreement(path, True)}


def may_keep_calendar(parent: QWidget | None, store: JournalStore | None,
                      path: Path | str, details: bool) -> bool:
    """True to keep the calendar file at ``path``; asks first when it lies in the synced
    folder, « Non » by default."""
    folder = synced_folder_holding(store, path)
    if folder is None:
        return True
    from carnet.ui.services import messages

    holds = (_tr("your groups' names and places and your action titles") if details else
             _tr("the dates of your sessions and of your actions' due dates, without any "
                 "name or title"))
    return messages().question(
        parent, _tr("This folder is synced"),
        _tr("“%1” is inside the folder your journal syncs through (%2). This calendar file "
            "is NOT encrypted and Carnet rewrites it after each change: the sync client "
            "would send %3 to the cloud, in clear.\n\nKeep it up to date there anyway?")
        .replace("%1", str(path)).replace("%2", str(folder)).replace("%3", holds))
