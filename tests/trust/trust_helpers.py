"""Tools the trust tests share: markers, byte search, inotify, page decryption,
tiny or read-only filesystems, and full snapshots of a journal.

Everything here reads or arranges the environment; nothing writes SQL to a
journal except through the store's repositories.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import hashlib
import os
import secrets
import struct
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import fast_kdf
import pytest

from carnet.domain import (
    Action,
    ActionReview,
    Assessment,
    Emotion,
    Feeling,
    Group,
    Learning,
    Member,
    Moment,
    Objective,
    Session,
    Topic,
)
from carnet.store import JournalStore

PAGE_SIZE = 4096
SALT_SIZE = 16
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of each page
KDF_ITER = 256_000


def new_marker() -> str:
    """A unique word: alphanumeric, so the full-text index keeps it as one token."""
    return f"Qzv{secrets.token_hex(6)}Kx"


def needles(marker: str) -> list[bytes]:
    """Every way the marker could appear in bytes: as typed and as the FTS
    index stores it (lower case), in UTF-8 and both UTF-16 byte orders."""
    found: list[bytes] = []
    for text in {marker, marker.lower(), marker.upper()}:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(text.encode(encoding))
    return found


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@dataclass
class ScanResult:
    files: list[Path] = field(default_factory=list)
    hits: list[tuple[Path, bytes]] = field(default_factory=list)
    bytes_read: int = 0


def scan_for(roots: Iterable[Path], patterns: list[bytes]) -> ScanResult:
    """Read every regular file under the roots (files or folders) and report
    which contain any of the patterns."""
    result = ScanResult()
    seen: set[Path] = set()
    for root in roots:
        root = Path(root)
        if not root.exists():
            continue
        candidates = [root] if root.is_file() else sorted(p for p in root.rglob("*"))
        for path in candidates:
            if path in seen or not path.is_file() or path.is_symlink():
                continue
            seen.add(path)
            data = path.read_bytes()
            result.files.append(path)
            result.bytes_read += len(data)
            result.hits += [(path, p) for p in patterns if p in data]
    return result


# -- inotify: files created even if unlinked at once (SQLite's temp files) --------
_IN_OPEN = 0x020
_IN_CREATE = 0x100
_IN_MOVED_TO = 0x080
_IN_CLOSE_WRITE = 0x008


class DirWatch:
    """Records every file created or opened in a folder while it is watched.

    SQLite unlinks its temporary files right after creating them, so listing
    the folder afterwards proves nothing; inotify sees the creation itself.
    """

    def __init__(self, folder: Path) -> None:
        if not sys.platform.startswith("linux"):
            pytest.skip("inotify is Linux only")
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self._fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self._fd < 0:
            pytest.skip("inotify is not available here")
        mask = _IN_CREATE | _IN_OPEN | _IN_MOVED_TO | _IN_CLOSE_WRITE
        if libc.inotify_add_watch(self._fd, os.fsencode(folder), mask) < 0:
            os.close(self._fd)
            pytest.skip(f"cannot watch {folder} with inotify")
        self.events: list[tuple[int, str]] = []

    def poll(self) -> list[tuple[int, str]]:
        """Collect pending events; return all events seen so far."""
        while True:
            try:
                buf = os.read(self._fd, 65536)
            except BlockingIOError:
                return self.events
            offset = 0
            while offset < len(buf):
                _wd, mask, _cookie, length = struct.unpack_from("iIII", buf, offset)
                name = buf[offset + 16 : offset + 16 + length].rstrip(b"\0")
                self.events.append((mask, os.fsdecode(name)))
                offset += 16 + length

    def created(self) -> list[str]:
        """Names of files created, opened or moved in (O_TMPFILE shows as '#<inode>')."""
        return sorted({name for _mask, name in self.poll()})

    def close(self) -> None:
        os.close(self._fd)

    def __enter__(self) -> DirWatch:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# -- decrypting raw pages, free pages included -----------------------------------
def _libcrypto() -> ctypes.CDLL:
    name = ctypes.util.find_library("crypto")
    if name is None:
        pytest.skip("libcrypto (OpenSSL) not found: cannot decrypt raw pages")
    lib = ctypes.CDLL(name)
    lib.EVP_CIPHER_CTX_new.restype = ctypes.c_void_p
    lib.EVP_aes_256_cbc.restype = ctypes.c_void_p
    lib.EVP_DecryptInit_ex.argtypes = [ctypes.c_void_p] * 5
    lib.EVP_CIPHER_CTX_set_padding.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.EVP_DecryptUpdate.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.c_char_p,
        ctypes.c_int,
    ]
    lib.EVP_CIPHER_CTX_free.argtypes = [ctypes.c_void_p]
    return lib


ARGON2_MAGIC = b"Crnt"
#: docs/key-derivation.md, scheme versions 1 and 2, written out here on purpose (not imported).
ARGON2_V1 = {"time_cost": 3, "memory_cost": 196608, "parallelism": 2}
ARGON2_V2 = {"time_cost": 7, "memory_cost": 81920, "parallelism": 2}
ARGON2_VERSIONS = {1: ARGON2_V1, 2: ARGON2_V2}
#: The tests' cheap scheme (tests/fast_kdf.py), the same recipe with its parameters.
TEST_SCHEME = {"time_cost": fast_kdf.SCHEME.time_cost, "memory_cost": fast_kdf.SCHEME.memory_kib,
               "parallelism": fast_kdf.SCHEME.parallelism}


def documented_key(salt: bytes, passphrase: str, parameters: dict | None = None) -> bytes:
    """The journal key by the documented recipe, with argon2-cffi alone."""
    import unicodedata

    from argon2.low_level import Type, hash_secret_raw

    if parameters is None:
        assert salt[:4] == ARGON2_MAGIC and salt[4] in ARGON2_VERSIONS, salt[:5]
        parameters = ARGON2_VERSIONS[salt[4]]
    return hash_secret_raw(
        secret=unicodedata.normalize("NFC", passphrase).encode("utf-8"),
        salt=salt,
        hash_len=32,
        type=Type.ID,
        version=19,
        **parameters,
    )


def file_key(salt: bytes, passphrase: str) -> bytes:
    """The AES key of a file: Argon2id for a tagged salt, else SQLCipher's PBKDF2."""
    if salt[:4] == ARGON2_MAGIC and salt[4] == fast_kdf.VERSION:
        return documented_key(salt, passphrase, TEST_SCHEME)  # a test's journal
    if salt[:4] == ARGON2_MAGIC:
        return documented_key(salt, passphrase)
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ITER, 32)


def raw_key_literal(path: Path, passphrase: str) -> str:
    """``x'<key><salt>'`` for a tagged file, by the documented recipe."""
    salt = Path(path).read_bytes()[:SALT_SIZE]
    return f"x'{documented_key(salt, passphrase).hex()}{salt.hex()}'"


def _export_copy(source: Path, dest: Path, passphrase: str, dest_key: str) -> None:
    """``source`` (a tagged journal) re-encrypted into ``dest`` under ``dest_key``."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(source), isolation_level=None)
    try:
        conn.execute(f'PRAGMA key = "{raw_key_literal(source, passphrase)}"')
        conn.execute("ATTACH DATABASE ? AS other KEY ?", (str(dest), dest_key))
        conn.execute("SELECT sqlcipher_export('other')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA other.user_version = {int(version)}")
        conn.execute("DETACH DATABASE other")
    finally:
        conn.close()


def make_legacy_journal(source: Path, dest: Path, passphrase: str) -> None:
    """A copy of an Argon2id journal keyed the way Carnet did before it:
    SQLCipher's PBKDF2 over the passphrase (what an old journal is)."""
    _export_copy(source, dest, passphrase, passphrase)
    assert Path(dest).read_bytes()[:4] != ARGON2_MAGIC


def make_scheme_journal(source: Path, dest: Path, passphrase: str, version: int = 1) -> None:
    """A copy of a journal keyed with Argon2id scheme ``version`` by the documented
    recipe alone (a fresh tagged salt): what a journal of an older Carnet is."""
    salt = ARGON2_MAGIC + bytes([version]) + secrets.token_bytes(SALT_SIZE - 5)
    key = documented_key(salt, passphrase)
    _export_copy(source, dest, passphrase, f"x'{key.hex()}{salt.hex()}'")
    assert Path(dest).read_bytes()[:SALT_SIZE] == salt


def decrypt_pages(path: Path, passphrase: str) -> list[bytes]:
    """Every page of a SQLCipher 4 file decrypted with the passphrase, free pages too.

    ``sqlcipher_export`` copies rows, never free pages, so it cannot show
    whether deleted text was wiped; decrypting the file page by page can.
    Page 1 comes back without its 16-byte salt.
    """
    data = Path(path).read_bytes()
    key = file_key(data[:SALT_SIZE], passphrase)
    lib = _libcrypto()
    pages = []
    for start in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        page = data[start : start + PAGE_SIZE]
        offset = SALT_SIZE if start == 0 else 0
        body = page[offset : PAGE_SIZE - RESERVE]
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        ctx = lib.EVP_CIPHER_CTX_new()
        try:
            lib.EVP_DecryptInit_ex(ctx, lib.EVP_aes_256_cbc(), None, key, iv)
            lib.EVP_CIPHER_CTX_set_padding(ctx, 0)
            out = ctypes.create_string_buffer(len(body) + 32)
            written = ctypes.c_int(0)
            lib.EVP_DecryptUpdate(ctx, out, ctypes.byref(written), body, len(body))
            pages.append(out.raw[: written.value])
        finally:
            lib.EVP_CIPHER_CTX_free(ctx)
    return pages


# -- filesystems that really refuse root -------------------------------------------
def _run(argv: list[str]) -> subprocess.CompletedProcess:
    """Run a system tool; a missing tool is reported like a refusal."""
    try:
        return subprocess.run(argv, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        return subprocess.CompletedProcess(argv, 127, "", f"{argv[0]} is not installed")


@contextlib.contextmanager
def tmpfs(folder: Path, size: str = "1m", read_only: bool = False) -> Iterator[Path]:
    """Mount a small tmpfs on ``folder`` (root only); skip the test if we cannot.

    Permission bits do not stop root, a full or read-only filesystem does.
    Always unmounted, even when the test fails.
    """
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size},mode=0755" + (",ro" if read_only else "")
    done = _run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)])
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[Path]:
    """``chattr +i``: even root can neither modify nor replace nor add entries.

    Skips when the filesystem does not support it; always cleared afterwards
    (pytest could not delete the temporary folder otherwise).
    """
    done = _run(["chattr", "+i", str(path)])
    if done.returncode != 0:
        pytest.skip(f"chattr +i not possible here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)


# -- writing through every field, and reading everything back ------------------------
def write_everywhere(store: JournalStore, marker: str) -> dict[str, int]:
    """Put ``marker`` into every kind of text field the repositories accept."""
    m = marker
    store.set_owner_name(f"Propriétaire {m}")
    store.set_setting("signature", f"réglage {m}")
    group = store.groups.add(
        Group(
            name=f"Groupe {m}",
            template_id="codev",
            facilitator=f"Animatrice {m}",
            place=f"Salle {m}",
            ground_rules=f"Règles {m}",
            notes=f"Notes {m}",
            start_date=date(2026, 1, 12),
        )
    )
    store.members.add(Member(pseudonym=f"P-{m}", masked_names=[f"Nom {m}"], group_id=group.id))
    objective = store.objectives.add(
        Objective(group_id=group.id, title=f"Objectif {m}", description=f"Pourquoi {m}")
    )
    session = store.sessions.add(
        Session(
            group_id=group.id,
            number=1,
            date=date(2026, 1, 12),
            status="held",
            themes=[f"thème {m}"],
            title=f"Séance {m}",
        )
    )
    store.notes.save(session.id, "expose", f"La situation de {m} :\n\n**très** délicate.")
    store.learnings.add(Learning(session_id=session.id, text=f"Appris {m}", tags=[f"tag {m}"]))
    store.feelings.add(
        Feeling(
            session_id=session.id,
            moment=Moment.AFTER,
            emotion=Emotion.RELIEF,
            intensity=4,
            text=f"Ressenti {m}",
        )
    )
    store.keywords.set(session.id, m)
    action = store.actions.add(
        Action(
            session_id=session.id,
            title=f"Action {m}",
            details=f"Détails {m}",
            outcome=f"Résultat {m}",
            tags=[f"étiquette {m}"],
        )
    )
    store.reviews.add(ActionReview(action_id=action.id, date=date(2026, 2, 1), note=f"Suivi {m}"))
    store.assessments.set(
        Assessment(objective_id=objective.id, session_id=session.id, rating=3, comment=f"Note {m}")
    )
    store.topics.add(
        Topic(title=f"Sujet {m}", group_id=group.id, draft=f"Brouillon {m}", tags=[f"s {m}"])
    )
    return {"group": group.id, "session": session.id, "action": action.id}


def snapshot(store: JournalStore) -> dict:
    """Everything the repositories can read back, in a comparable form."""
    groups = store.groups.list()
    data: dict = {"journal": store.journal(), "groups": groups}
    action_ids: list[int] = []
    for group in groups:
        gid = group.id
        sessions = store.sessions.list_by_group(gid)
        actions = store.actions.list_by_group(gid)
        action_ids += [a.id for a in actions]
        data[f"group{gid}"] = {
            "members": store.members.list_by_group(gid),
            "objectives": store.objectives.list_by_group(gid),
            "sessions": sessions,
            "notes": {s.id: store.notes.list_by_session(s.id) for s in sessions},
            "learnings": store.learnings.list_by_group(gid),
            "feelings": store.feelings.list_by_group(gid),
            "keywords": store.keywords.list_by_group(gid),
            "actions": actions,
            "assessments": store.assessments.list_by_group(gid),
        }
    data["reviews"] = store.reviews.list_for_actions(action_ids)
    data["topics"] = store.topics.list()
    data["tags"] = store.tags.all()
    return data


def raw_tables(store: JournalStore) -> dict[str, list[tuple]]:
    """Every row of every table (the search index included), read-only: the
    belt to the repositories' braces, catching a table no repository shows."""
    names = [
        r[0]
        for r in store.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index_%' ORDER BY name"
        )
    ]
    return {
        name: sorted((tuple(r) for r in store.db.query(f'SELECT * FROM "{name}"')), key=repr)
        for name in names
    }
