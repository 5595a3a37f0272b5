"""After a passphrase change, the folder's copy of the sync key follows it.

The manifest in the synced folder holds the sync key wrapped with a key from
the passphrase, for a new device to join: re-wrapped with the new passphrase
(change files are untouched). If the folder cannot be reached, the engine
keeps the new manifest in the journal and writes it at the next sync.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carnet.store import JournalStore


def rewrap_sync_key(store: JournalStore, new: str) -> bool:
    """Re-wrap (runs where the passphrase change ran); False when the folder could not be
    written now and the new manifest waits in the journal for the next sync."""
    api = store.sync
    if not api.folder or not api.sync_key:
        return True
    from carnet.sync import rewrap

    rewrap(store, None, new)
    return api.pending_manifest is None
