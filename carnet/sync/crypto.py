"""The two primitives of the folder, both from well-kept libraries.

* Argon2id (argon2-cffi, as the journal's key in ``carnet/store/kdf.py``, same
  parameters) turns the passphrase into a key that wraps the sync key.
* AES-256-GCM (``cryptography``) seals every file: a random 96-bit nonce per
  file, the file's clear header as associated data.

No crypto of our own: this module only names the parameters.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from carnet.store import kdf

KEY_SIZE = 32
NONCE_SIZE = 12
TAG_SIZE = 16
SALT_SIZE = 16
KEY_ID_SIZE = 8


class AuthenticationError(Exception):
    """The tag did not verify: another key, or altered bytes."""


def new_sync_key() -> bytes:
    return os.urandom(KEY_SIZE)


def key_id(sync_key: bytes) -> bytes:
    """8 bytes naming a sync key without revealing it (HMAC-SHA256 of a fixed label).

    Written in each file's clear header so that a reader tells « sealed with
    another key » from « damaged » before trying to open it.
    """
    return hmac.new(sync_key, b"carnet-sync-key-id", hashlib.sha256).digest()[:KEY_ID_SIZE]


def seal(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """(nonce, ciphertext with its tag)."""
    nonce = os.urandom(NONCE_SIZE)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise AuthenticationError from None


def derive_wrapping_key(
    passphrase: str, salt: bytes, *, memory_kib: int, passes: int, lanes: int
) -> bytes:
    """Argon2id(NFC(passphrase), salt) → 32 bytes (~0.3 s with the journal's parameters)."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret=kdf.normalise(passphrase),
        salt=salt,
        time_cost=passes,
        memory_cost=memory_kib,
        parallelism=lanes,
        hash_len=KEY_SIZE,
        type=Type.ID,
        version=19,
    )
