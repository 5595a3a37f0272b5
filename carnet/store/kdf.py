"""The journal's key: Argon2id over the passphrase, given raw to SQLCipher.

The recipe (docs/key-derivation.md says it for people without Carnet):

* The first 16 bytes of every SQLCipher 4 file are its salt, stored in clear.
  Carnet chooses them: ``b"Crnt"``, one byte of scheme version, 11 random
  bytes. So one file stays the unit (no sidecar, no extra header) and the
  version is read before anything is derived.
* key = Argon2id(password = NFC(passphrase) as UTF-8, salt = those 16 bytes,
  the version's memory / passes / lanes, 32 bytes out), computed by
  argon2-cffi's ``hash_secret_raw``: no crypto of our own.
* SQLCipher receives ``PRAGMA key = "x'<key hex><salt hex>'"``: a raw key, so
  its own PBKDF2 is not what protects the file.

A file whose first bytes are not the tag is an older journal keyed with
SQLCipher's PBKDF2 over the passphrase as typed (:data:`LEGACY`); Carnet
opens it as before and moves it to the current scheme at that unlock. A file
of an older Argon2id version is moved the same way (:func:`is_outdated`).
"""

from __future__ import annotations

import hmac
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MAGIC = b"Crnt"
SALT_SIZE = 16
KEY_SIZE = 32


@dataclass(frozen=True)
class Argon2Scheme:
    """One version of the derivation; a version's parameters never change."""

    version: int
    memory_kib: int
    time_cost: int
    parallelism: int


#: Every scheme Carnet can open, forever. Raise parameters by adding a version.
SCHEMES: dict[int, Argon2Scheme] = {
    # 192 MiB, 3 passes, 2 lanes (2026-11): 474 ms on the reference 2-core machine at
    # load 0.7 (bench_kdf.py, 2026-12-06), above issue 14's 0.25-0.4 s; and 192 MiB on
    # top of the app's 100-190 MiB breaks issue 19's 250 MiB peak. Journals keyed with
    # it still open, and move to the current scheme at their unlock.
    1: Argon2Scheme(version=1, memory_kib=192 * 1024, time_cost=3, parallelism=2),
    # 80 MiB, 7 passes, 2 lanes: ~0.3 s here (6 passes took 235-255 ms quiet at 23:50
    # on 2026-12-06, at the range's edge; bench/README.md has the figures), within issue 14's
    # 0.25-0.4 s. Not more memory: the derivation is a transient inside the app's
    # process, on top of the ~150 MiB the app still holds after a long day and a lock
    # (bench_memory.py), and issue 19 caps the day's peak at 250 MiB.
    2: Argon2Scheme(version=2, memory_kib=80 * 1024, time_cost=7, parallelism=2),
}
#: What new keys use (a new journal, a passphrase change, an upgrade, a sync manifest).
CURRENT = SCHEMES[2]

#: The scheme of journals written before Argon2id: SQLCipher 4's default PBKDF2.
LEGACY = "pbkdf2-sha512-256000"


class UnknownKeySchemeError(Exception):
    """The file is tagged with a scheme this version of Carnet does not know."""

    def __init__(self, version: int) -> None:
        super().__init__(
            f"This journal's key uses a newer scheme (version {version}) than this "
            "version of Carnet knows. Update Carnet to open it."
        )
        self.version = version


@dataclass(frozen=True, repr=False)
class RawKey:
    """A derived key and the salt it was derived with (the file's first 16 bytes)."""

    key: bytes
    salt: bytes

    def sqlcipher_value(self) -> str:
        """The key as SQLCipher's raw-key literal body: ``x'<key><salt>'``."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"

    @property
    def version(self) -> int:
        """The scheme version named by the salt's tag."""
        return self.salt[len(MAGIC)]

    def same_key(self, other: RawKey) -> bool:
        return hmac.compare_digest(self.key + self.salt, other.key + other.salt)

    def __repr__(self) -> str:  # never print the key
        return f"RawKey(version={self.version})"


def new_salt(scheme: Argon2Scheme | None = None) -> bytes:
    """A fresh tagged salt: the tag, the version byte, 11 random bytes.

    ``None`` means :data:`CURRENT`, read at the call (the test suite swaps in a cheap
    scheme of its own for the tests that are not about the key: docs/key-derivation.md).
    """
    scheme = scheme or CURRENT
    return MAGIC + bytes([scheme.version]) + os.urandom(SALT_SIZE - len(MAGIC) - 1)


def scheme_of_salt(salt: bytes) -> Argon2Scheme | None:
    """The Argon2id scheme a file's first 16 bytes name, or None for a PBKDF2 journal."""
    if len(salt) < SALT_SIZE or not salt.startswith(MAGIC):
        return None
    version = salt[len(MAGIC)]
    if version not in SCHEMES:
        raise UnknownKeySchemeError(version)
    return SCHEMES[version]


def is_outdated(version: int | None) -> bool:
    """True when a file keyed with ``version`` (None: PBKDF2) should move to :data:`CURRENT`.

    Only ever up: a known version newer than CURRENT (a later Carnet's, or CURRENT
    swapped by the test suite for its cheap scheme) is never rewritten down.
    ``CURRENT`` is read at the call, like :func:`new_salt`.
    """
    return version is None or version < CURRENT.version


def read_salt(path: Path) -> bytes:
    with Path(path).open("rb") as handle:
        return handle.read(SALT_SIZE)


def normalise(passphrase: str) -> bytes:
    """NFC then UTF-8: the same passphrase typed on another system gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(passphrase: str, salt: bytes) -> RawKey:
    """Argon2id of the passphrase with the scheme the salt names (~0.3 s: off the UI thread)."""
    from argon2.low_level import Type, hash_secret_raw  # costs ~10 ms: only when unlocking

    scheme = scheme_of_salt(salt)
    if scheme is None:
        raise ValueError("This salt names no Argon2id scheme.")
    key = hash_secret_raw(
        secret=normalise(passphrase),
        salt=salt,
        time_cost=scheme.time_cost,
        memory_cost=scheme.memory_kib,
        parallelism=scheme.parallelism,
        hash_len=KEY_SIZE,
        type=Type.ID,
        version=19,
    )
    return RawKey(key=key, salt=salt)


def new_key(passphrase: str, scheme: Argon2Scheme | None = None) -> RawKey:
    """A key for a new file (a new journal, a passphrase change, an upgrade);
    ``None``: :data:`CURRENT`."""
    return derive(passphrase, new_salt(scheme))
