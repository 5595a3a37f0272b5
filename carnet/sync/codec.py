"""One change file: a clear header, a nonce, AES-GCM(zlib(JSON payload)).

The header (docs/sync-format.md draws every byte) is the associated data of
the cipher: journal, device, number, kind and key id cannot be changed
without the tag failing, so a file cannot be replayed into another journal,
another device's place or another number. The payload is the only secret
part; the file name repeats the header for people and sync clients only.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass
from enum import IntEnum

from carnet.sync import crypto

MAGIC = b"CARNETSB"
#: The format this Carnet writes and the highest it reads.
FORMAT_VERSION = 1
#: magic, format version, kind, flags, journal id, device id, key id, seq, body length
_HEADER = struct.Struct(">8sHBB16s16s8sQQ")
HEADER_SIZE = _HEADER.size  # 68
#: Bytes a reader needs to tell the format version before anything else.
PREFIX_SIZE = len(MAGIC) + 2
FLAG_ZLIB = 0x01
#: A payload inflating beyond this is refused (no file of ours comes near it).
MAX_PAYLOAD = 1024 * 1024 * 1024


class Kind(IntEnum):
    BUNDLE = 1
    SNAPSHOT = 2


class NotASyncFileError(Exception):
    """The bytes do not start with the magic: not a file of ours."""


class NewerFormatError(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


class MalformedError(Exception):
    """A header of ours whose fields cannot be right (unknown kind, bad flags)."""


@dataclass(frozen=True)
class Header:
    kind: Kind
    journal_id: str
    device_id: str
    key_id: bytes
    seq: int
    body_length: int
    flags: int = FLAG_ZLIB
    version: int = FORMAT_VERSION

    def pack(self) -> bytes:
        return _HEADER.pack(MAGIC, self.version, int(self.kind), self.flags,
                            id_bytes(self.journal_id), id_bytes(self.device_id),
                            self.key_id, self.seq, self.body_length)

    @property
    def file_length(self) -> int:
        return HEADER_SIZE + self.body_length


def id_bytes(hex_id: str) -> bytes:
    """A journal or device id (32 hex digits) as its 16 bytes."""
    raw = bytes.fromhex(hex_id)
    if len(raw) != 16:
        raise ValueError("A sync id is 32 hexadecimal digits.")
    return raw


def is_id(text: str) -> bool:
    return len(text) == 32 and all(c in "0123456789abcdef" for c in text)


def parse_header(data: bytes) -> Header:
    """The header at the start of ``data``; raises NotASyncFileError, NewerFormatError,
    MalformedError."""
    if len(data) < PREFIX_SIZE or not data.startswith(MAGIC):
        raise NotASyncFileError
    version = int.from_bytes(data[len(MAGIC):PREFIX_SIZE], "big")
    if version > FORMAT_VERSION:
        raise NewerFormatError(version)
    if version < 1 or len(data) < HEADER_SIZE:
        raise MalformedError("short header")
    _, version, kind, flags, journal, device, key_id, seq, length = _HEADER.unpack_from(data)
    if kind not in (Kind.BUNDLE, Kind.SNAPSHOT) or flags != FLAG_ZLIB:
        raise MalformedError("kind or flags")
    if length < crypto.NONCE_SIZE + crypto.TAG_SIZE:
        raise MalformedError("body length")
    return Header(kind=Kind(kind), journal_id=journal.hex(), device_id=device.hex(),
                  key_id=key_id, seq=seq, body_length=length, flags=flags, version=version)


def encode(sync_key: bytes, kind: Kind, journal_id: str, device_id: str, seq: int,
           payload: dict) -> bytes:
    """The complete bytes of a change file."""
    plain = zlib.compress(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    body_length = crypto.NONCE_SIZE + len(plain) + crypto.TAG_SIZE
    header = Header(kind=kind, journal_id=journal_id, device_id=device_id,
                    key_id=crypto.key_id(sync_key), seq=seq, body_length=body_length)
    packed = header.pack()
    nonce, sealed = crypto.seal(sync_key, plain, packed)
    return packed + nonce + sealed


def decode(sync_key: bytes, data: bytes, header: Header | None = None) -> dict:
    """The payload of a complete file (crypto.AuthenticationError if it does not verify)."""
    header = header or parse_header(data)
    if len(data) != header.file_length:
        raise MalformedError("length")
    packed = data[:HEADER_SIZE]
    nonce = data[HEADER_SIZE:HEADER_SIZE + crypto.NONCE_SIZE]
    plain = crypto.open_sealed(sync_key, nonce, data[HEADER_SIZE + crypto.NONCE_SIZE:], packed)
    inflater = zlib.decompressobj()
    raw = inflater.decompress(plain, MAX_PAYLOAD)
    if inflater.unconsumed_tail or not inflater.eof:
        raise MalformedError("payload")
    del plain, inflater
    text = raw.decode("utf-8")
    del raw  # (a snapshot's tens of MB: not held while its objects are built)
    payload = json.loads(text)
    if not isinstance(payload, dict):
        raise MalformedError("payload")
    return payload
