"""Where things live in the synced folder, and which names the reader skips.

```
<folder>/Carnet/<journal id>/manifest.json
<folder>/Carnet/<journal id>/<device id>/<seq:08d>.cbundle
<folder>/Carnet/<journal id>/<device id>/snapshot-<seq:08d>.csnap
```

Ids are random hex: no name, no title anywhere in the folder. The reader
trusts the authenticated header of a file, not its name; a name only decides
what is not worth opening (temporary files of Carnet and of sync clients).
"""

from __future__ import annotations

from pathlib import Path

ROOT = "Carnet"
BUNDLE_SUFFIX = ".cbundle"
SNAPSHOT_PREFIX = "snapshot-"
SNAPSHOT_SUFFIX = ".csnap"

#: Suffixes of files still being written by us or a sync client (Nextcloud ``.part``,
#: Chrome/Edge downloads, Resilio ``.!sync``, OneDrive ``.tmp``…).
TEMP_SUFFIXES = (".tmp", ".partial", ".part", ".crdownload", ".download", ".!sync", ".~tmp")
#: Files the operating system drops in any folder; never reported.
OS_JUNK = frozenset({"desktop.ini", "thumbs.db", "icon\r", ".ds_store"})


def journal_dir(folder: Path, journal_id: str) -> Path:
    return Path(folder) / ROOT / journal_id


def bundle_path(journal: Path, device_id: str, seq: int) -> Path:
    return journal / device_id / f"{seq:08d}{BUNDLE_SUFFIX}"


def snapshot_path(journal: Path, device_id: str, seq: int) -> Path:
    return journal / device_id / f"{SNAPSHOT_PREFIX}{seq:08d}{SNAPSHOT_SUFFIX}"


def ignored(name: str) -> bool:
    """Names never opened: dot files (ours and Syncthing's temporaries), Office-style
    ``~$`` locks, temporary suffixes, the operating system's own files."""
    lower = name.lower()
    return (name.startswith((".", "~$")) or lower.endswith(TEMP_SUFFIXES)
            or lower in OS_JUNK)


def is_manifest_name(name: str) -> bool:
    """``manifest.json`` and the copies sync clients make of it (``manifest (1).json``…)."""
    lower = name.lower()
    return lower.startswith("manifest") and (lower.endswith(".json")
                                             or ".sync-conflict-" in lower)


def journal_ids(folder: Path) -> list[str]:
    """The journals a folder holds (``<folder>/Carnet/<id>/manifest.json``)."""
    from carnet.sync.codec import is_id

    root = Path(folder) / ROOT
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return []
    return [p.name for p in entries if is_id(p.name) and (p / "manifest.json").is_file()]
