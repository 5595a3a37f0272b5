"""``manifest.json``: what a new device needs to join, readable without secrets.

It holds the format version, the journal id, the Argon2id parameters and salt
and the sync key wrapped with AES-GCM under Argon2id(passphrase) — no name, no
title, no text of the journal. The wrapping binds the journal id as associated
data (``carnet-sync-key|<journal id>``): a manifest copied into another
journal's folder does not unwrap there. A passphrase change re-wraps the same
sync key (new salt): the change files stay readable.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass

from carnet.store import kdf
from carnet.sync import codec, crypto
from carnet.sync.errors import SyncError, Why

NAME = "manifest.json"
FORMAT = "carnet-sync"
VERSION = 1
#: A manifest asking for more than this is refused (it is clear text anyone can edit).
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_PASSES = 64
MAX_LANES = 64


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64")
    return base64.b64decode(text.encode("ascii"), validate=True)


def wrap_aad(journal_id: str) -> bytes:
    return f"carnet-sync-key|{journal_id}".encode("ascii")


@dataclass(frozen=True)
class Manifest:
    journal_id: str
    salt: bytes
    memory_kib: int
    passes: int
    lanes: int
    nonce: bytes
    wrapped: bytes
    key_id: bytes

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT,
            "version": VERSION,
            "journal_id": self.journal_id,
            "kdf": {
                "algorithm": "argon2id",
                "argon2_version": 19,
                "memory_kib": self.memory_kib,
                "passes": self.passes,
                "lanes": self.lanes,
                "salt": _b64(self.salt),
            },
            "sync_key": {
                "cipher": "aes-256-gcm",
                "nonce": _b64(self.nonce),
                "wrapped": _b64(self.wrapped),
                "key_id": self.key_id.hex(),
            },
        }
        return (json.dumps(document, indent=2) + "\n").encode("ascii")

    def unwrap(self, passphrase: str) -> bytes:
        """The sync key, or SyncError(WRONG_PASSPHRASE)."""
        try:
            wrapping = crypto.derive_wrapping_key(
                passphrase, self.salt, memory_kib=self.memory_kib, passes=self.passes,
                lanes=self.lanes)
        except Exception:  # argon2's own refusal of parameters (memory < 8 × lanes…)
            raise SyncError(Why.BAD_MANIFEST) from None
        try:
            key = crypto.open_sealed(wrapping, self.nonce, self.wrapped,
                                     wrap_aad(self.journal_id))
        except crypto.AuthenticationError:
            raise SyncError(Why.WRONG_PASSPHRASE) from None
        if len(key) != crypto.KEY_SIZE or crypto.key_id(key) != self.key_id:
            raise SyncError(Why.BAD_MANIFEST)
        return key


def wrap(journal_id: str, sync_key: bytes, passphrase: str) -> Manifest:
    """A manifest for ``sync_key`` under ``passphrase`` (fresh salt, the journal's parameters)."""
    scheme = kdf.CURRENT
    salt = os.urandom(crypto.SALT_SIZE)
    wrapping = crypto.derive_wrapping_key(passphrase, salt, memory_kib=scheme.memory_kib,
                                          passes=scheme.time_cost, lanes=scheme.parallelism)
    nonce, wrapped = crypto.seal(wrapping, sync_key, wrap_aad(journal_id))
    return Manifest(journal_id=journal_id, salt=salt, memory_kib=scheme.memory_kib,
                    passes=scheme.time_cost, lanes=scheme.parallelism, nonce=nonce,
                    wrapped=wrapped, key_id=crypto.key_id(sync_key))


def parse(data: bytes) -> Manifest:
    """Read a manifest without trusting it (SyncError BAD_MANIFEST / NEWER_MANIFEST)."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SyncError(Why.BAD_MANIFEST) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SyncError(Why.BAD_MANIFEST)
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise SyncError(Why.BAD_MANIFEST)
    if version > VERSION:
        raise SyncError(Why.NEWER_MANIFEST, found=version)
    try:
        params, key = document["kdf"], document["sync_key"]
        journal_id = document["journal_id"]
        memory, passes, lanes = params["memory_kib"], params["passes"], params["lanes"]
        if (params["algorithm"] != "argon2id" or params.get("argon2_version") != 19
                or key["cipher"] != "aes-256-gcm" or not codec.is_id(journal_id)):
            raise ValueError("unknown algorithm")
        for value, top in ((memory, MAX_MEMORY_KIB), (passes, MAX_PASSES), (lanes, MAX_LANES)):
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= top:
                raise ValueError("parameter out of bounds")
        manifest = Manifest(journal_id=journal_id, salt=_unb64(params["salt"]),
                            memory_kib=memory, passes=passes, lanes=lanes,
                            nonce=_unb64(key["nonce"]), wrapped=_unb64(key["wrapped"]),
                            key_id=bytes.fromhex(key["key_id"]))
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise SyncError(Why.BAD_MANIFEST) from None
    if (len(manifest.salt) < 8 or len(manifest.nonce) != crypto.NONCE_SIZE
            or len(manifest.key_id) != crypto.KEY_ID_SIZE):
        raise SyncError(Why.BAD_MANIFEST)
    return manifest
