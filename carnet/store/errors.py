"""Errors the store raises. Each message says what happened and what to do;
none ever contains the passphrase or journal content."""

from __future__ import annotations


class StoreError(Exception):
    """Base of every error the store reports to the interface."""


class WrongPassphraseError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Wrong passphrase — or the file is not a Carnet journal. "
            "Check the passphrase (capital letters, accents) and try again."
        )


class NotAJournalError(StoreError):
    """The file is empty, a plain database or unrelated bytes.

    ``reason`` (missing, folder, empty, plain, unreadable, foreign) and ``path``
    let an interface say it in its own language.
    """

    def __init__(self, message: str, reason: str = "", path: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


class DamagedJournalError(StoreError):
    """The passphrase is right but the file is truncated or altered."""


class NewerJournalError(StoreError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"This journal was written by a newer version of Carnet (format {found}; "
            f"this version reads up to {supported}). Update Carnet to open it."
        )
        self.found = found
        self.supported = supported


class NewerKeySchemeError(NewerJournalError):
    """The journal's key is derived with a scheme only a newer Carnet knows."""

    def __init__(self, message: str, version: int = 0) -> None:
        StoreError.__init__(self, message)
        self.found = version
        self.supported = 0


class JournalInUseError(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"The journal {path} is already open in another Carnet window or process. "
            "Close it there first."
        )


class UnsupportedCipherError(StoreError):
    """The SQLCipher library is not version 4, so the file's security is not known."""


class JournalExistsError(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(f"A file already exists at {path}; choose another name.")


class StorageError(StoreError):
    """Writing failed (disk full, read-only folder…); nothing was half-written."""


class ReadOnlyPlaceError(StorageError):
    """The journal's folder cannot be written (a write-protected key, a read-only
    share or disc): its lock file cannot be made there. The journal may still be
    opened read-only (:meth:`JournalStore.open` does, see ``read_only_place``)."""


class NotFoundError(StoreError):
    """The object asked for does not exist (it may have been deleted)."""
