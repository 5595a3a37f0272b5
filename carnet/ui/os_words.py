"""Why a file could not be read or written, or the journal refused a change, in the
person's language.

The system's own words (``strerror``: « No such file or directory », « Read-only file
system ») and the store's messages are English: put as they were into a French
sentence, a refused photo read « il n’a pas pu être lu (No such file or directory) »
(fresh7, F2 and F8). Each reason is read from its code (an ``errno`` or its name) and
said with what the person can do. Qt is not imported here (the command line says the
same sentences through :func:`carnet.terminal_text.catalogue`).
"""

from __future__ import annotations

import errno

from carnet import terminal_text


def _tr(text: str) -> str:
    return terminal_text.catalogue().translate("OsWords", text, None, -1)


def _name(code: int | str | None) -> str:
    if isinstance(code, int):
        return errno.errorcode.get(code, "")
    return code or ""


_NETWORK = {"ETIMEDOUT", "EHOSTDOWN", "EHOSTUNREACH", "ENOTCONN", "ESTALE", "ENETDOWN",
            "ENETUNREACH", "ECONNABORTED", "ECONNRESET"}


def read_reason(code: int | str | None) -> str:
    """Why a chosen file could not be read (``code``: an errno or its name)."""
    name = _name(code)
    if name == "ENOENT":
        return _tr("it is no longer there (moved, renamed or deleted since it was chosen)")
    if name in ("EACCES", "EPERM"):
        return _tr("Carnet is not allowed to read it")
    if name == "EISDIR":
        return _tr("it is a folder")
    if name == "EIO":
        return _tr("the disk could not read it (a drive removed, or failing?)")
    if name in _NETWORK:
        return _tr("the network share holding it did not answer")
    return _tr("the system could not read it")


def write_reason(code: int | str | None) -> str:
    """Why a file could not be written in the place chosen."""
    name = _name(code)
    if name in ("ENOSPC", "EDQUOT"):
        return _tr("the disk is full")
    if name == "EROFS":
        return _tr("that place is read-only (a locked USB key, a read-only share)")
    if name in ("EACCES", "EPERM"):
        return _tr("Carnet is not allowed to write there")
    if name in ("ENOENT", "ENOTDIR"):
        return _tr("that folder no longer exists")
    if name == "EIO":
        return _tr("the disk could not write (a drive removed, or failing?)")
    if name in _NETWORK:
        return _tr("the network share did not answer")
    return _tr("the system refused to write there")


def store_reason(message: str, *, reading: bool = False) -> str:
    """Why the journal refused a change (or, ``reading``, could not be read), from the
    store's (English) message."""
    lowered = message.lower()
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return _tr("the disk holding the journal is full")
    if "read-only" in lowered or "readonly" in lowered:
        return _tr("the journal file is read-only")
    if "locked" in lowered or "busy" in lowered:
        return _tr("the journal was busy; try again")
    if any(word in lowered for word in ("malformed", "not a database", "damaged", "corrupt")):
        return _tr("the journal file is damaged: restore a backup (File › Restore a backup…)")
    if reading:
        return _tr("the journal could not be read")
    return _tr("the journal could not write it")


def known_store_reason(message: str) -> str | None:
    """:func:`store_reason` when the message is one of the store's known refusals (a
    full disk, a read-only or busy or damaged file), else None (a rule's own words)."""
    said = store_reason(message)
    return None if said in (store_reason(""), store_reason("", reading=True)) else said


def store_words(exc: BaseException, *, reading: bool = False) -> str:
    """:func:`store_reason` of an exception, as a sentence (capital, full stop)."""
    words = store_reason(str(exc), reading=reading)
    return words[:1].upper() + words[1:] + "."
