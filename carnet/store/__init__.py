"""SQLCipher storage: the only place that writes SQL."""

from __future__ import annotations

from carnet.store.errors import (
    DamagedJournalError,
    JournalExistsError,
    JournalInUseError,
    NewerJournalError,
    NewerKeySchemeError,
    NotAJournalError,
    NotFoundError,
    StorageError,
    StoreError,
    UnsupportedCipherError,
    WrongPassphraseError,
)
from carnet.store.journal_store import JournalStore, verify_passphrase
from carnet.store.schema import SCHEMA_VERSION
from carnet.store.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchFilters, SearchHit

__all__ = [
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "SCHEMA_VERSION",
    "DamagedJournalError",
    "JournalExistsError",
    "JournalInUseError",
    "JournalStore",
    "NewerJournalError",
    "NewerKeySchemeError",
    "NotAJournalError",
    "NotFoundError",
    "SearchFilters",
    "SearchHit",
    "StorageError",
    "StoreError",
    "UnsupportedCipherError",
    "WrongPassphraseError",
    "verify_passphrase",
]
