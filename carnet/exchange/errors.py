"""Errors of export and import. Each message says what is wrong and where, so the
interface and the command line can show it as it is, without a traceback."""

from __future__ import annotations


class ExchangeError(Exception):
    """Base of every error raised by :mod:`carnet.exchange`."""


class ExportError(ExchangeError):
    """An export was refused or could not be written; nothing was left half-written
    (the JSON file is replaced atomically; a refused Markdown folder is not touched).

    ``reason`` is a code the interface and the command line word in the person's
    language (the message is a technical detail, in English): ``too_big`` (the JSON
    would be bigger than an import reads; ``size`` its bytes), ``no_folder`` (the folder
    chosen is not there) and ``not_written`` (the system refused: ``errno`` says why),
    both at ``where``; or "" (said as is)."""

    def __init__(self, message: str, reason: str = "", size: int = 0, *,
                 errno: int = 0, where: str = "") -> None:
        self.reason = reason
        self.size = size
        self.errno = errno
        self.where = where
        super().__init__(message)


class CarnetImportError(ExchangeError, ValueError):
    """An import file was refused: the journal was not changed.

    ``path`` names the offending field in the file (``groups[0].sessions[2].date``),
    empty when the file as a whole is the problem. A ``ValueError`` too, so a caller
    that only knows "bad input" still reports it cleanly.

    ``reason`` is a code the interface and the command line word in the person's
    language (``message`` is the technical detail, in English): ``missing``,
    ``denied``, ``unreadable``, ``folder``, ``too_big``, ``not_json`` (not JSON, or
    truncated), ``not_export``, ``newer`` (a newer Carnet wrote it), ``damaged`` (an
    export whose content is not valid: ``path`` says where).
    """

    def __init__(self, path: str, message: str, reason: str = "damaged") -> None:
        self.path = path
        self.message = message
        self.reason = reason
        super().__init__(f"{path}: {message}" if path else message)
