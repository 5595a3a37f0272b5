"""Errors that stop a sync (or a join) as a whole, as codes the interface words.

A single unreadable file is not an error: it is a :class:`~carnet.sync.report.Problem`
in the report, and the sync goes on with the rest.
"""

from __future__ import annotations

from enum import StrEnum


class Why(StrEnum):
    """Why a whole sync, setup or join did not happen (stable strings)."""

    #: no folder given and none remembered in the journal
    NO_FOLDER = "no_folder"
    #: the folder is not there or cannot be listed (a USB stick out, a share offline)
    FOLDER_UNAVAILABLE = "folder_unavailable"
    #: the folder cannot be written (read-only, full disk); ``detail``
    FOLDER_NOT_WRITABLE = "folder_not_writable"
    #: no Carnet journal in that folder (join); nothing at ``<folder>/Carnet``
    NO_JOURNAL_IN_FOLDER = "no_journal_in_folder"
    #: several journals in that folder: pass ``journal_id`` (``ids``)
    SEVERAL_JOURNALS = "several_journals"
    #: the passphrase does not open the folder's manifest
    WRONG_PASSPHRASE = "wrong_passphrase"  # noqa: S105 (a reason code, not a secret)
    #: the manifest is missing, unreadable or malformed
    BAD_MANIFEST = "bad_manifest"
    #: the manifest was written by a newer Carnet (``found``)
    NEWER_MANIFEST = "newer_manifest"
    #: the folder already holds other journals (``ids``): join one, or pass ``alongside``
    OTHER_JOURNALS = "other_journals"
    #: the journal was not set up for sync yet (no sync key): run setup first
    NOT_SET_UP = "not_set_up"
    #: the manifest's key is not this journal's: setup again with the passphrase
    KEY_MISMATCH = "key_mismatch"
    #: the destination of a join already exists
    JOURNAL_EXISTS = "journal_exists"
    #: the person cancelled (join)
    CANCELLED = "cancelled"
    #: the folder holds no readable change file to build a journal from (join)
    NOTHING_TO_JOIN = "nothing_to_join"


class SyncError(Exception):
    """A sync, setup or join that did not happen; ``why`` and ``details`` say why."""

    def __init__(self, why: Why, **args: object) -> None:
        super().__init__(f"{why.value} {args}" if args else why.value)
        self.why = why
        self.details = dict(args)
