"""Why a booklet (or a sheet) was not made, in the person's language.

The booklet layer raises :class:`~carnet.booklet.BookletError` with an English
message and a ``reason`` code; the booklet dialog and ``carnet booklet`` say it
with these sentences (a French window used to show « The booklet could not be
written to … (No space left on device) »). Qt is not imported here: the command
line does not load it to print a line (:func:`carnet.terminal_text.catalogue`).
"""

from __future__ import annotations

import errno as errnos
from typing import TYPE_CHECKING

from carnet import terminal_text

if TYPE_CHECKING:
    from carnet.booklet import BookletError


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return terminal_text.catalogue().translate("BookletWords", text, disambiguation, n)


def _not_written(path: str, code: object) -> str:
    why = {
        errnos.ENOSPC: _tr("the disk is full"),
        errnos.EDQUOT: _tr("your disk quota is used up"),
        errnos.EACCES: _tr("Carnet is not allowed to write there"),
        errnos.EPERM: _tr("Carnet is not allowed to write there"),
        errnos.EROFS: _tr("this disk is read-only"),
        errnos.ENAMETOOLONG: _tr("the file name is too long"),
        errnos.EISDIR: _tr("a folder has that name"),
    }.get(code if isinstance(code, int) else -1, _tr("the system refused to write it"))
    return (_tr("The booklet could not be written to %1: %2. Choose a folder you can "
                "write to, with some free space.").replace("%1", path).replace("%2", why))


def booklet_error_text(error: BookletError) -> str:
    """One or two sentences: what went wrong and what to do."""
    details = error.details
    if error.reason == "no_folder":
        return _tr("The folder %1 does not exist: choose another place.").replace(
            "%1", str(details.get("folder", "")))
    if error.reason == "not_written":
        return _not_written(str(details.get("path", "")), details.get("errno"))
    if error.reason == "layout":
        return _tr("The booklet could not be laid out (%1). Try leaving out a part, or "
                   "report the problem.").replace("%1", str(details.get("kind", "")))
    if error.reason == "font":
        return _tr("The booklet's font %1 is missing or unreadable: reinstall Carnet."
                   ).replace("%1", str(details.get("filename", "")))
    if error.reason == "cancelled":
        return _tr("The booklet was cancelled; no file was written.")
    return str(error)
