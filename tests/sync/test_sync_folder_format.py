"""The folder format without a journal: codec, manifest, atomic writes, the reader's rules.

Every refusal has its control: the same file, unchanged, is read.
"""

from __future__ import annotations

import json
import os
import struct
import time

import pytest

from carnet.sync import atomic, codec, crypto, layout, manifest, reader
from carnet.sync.errors import SyncError, Why
from carnet.sync.report import Code

JID = "0123456789abcdef0123456789abcdef"
DEV = "fedcba9876543210fedcba9876543210"
OTHER = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
KEY = bytes(range(32))


def bundle_bytes(seq=1, *, key=KEY, journal=JID, device=DEV, payload=None,
                 kind=codec.Kind.BUNDLE):
    return codec.encode(key, kind, journal, device, seq, payload or {"records": [seq]})


# -- codec -------------------------------------------------------------------------------


def test_header_is_68_bytes_and_round_trips():
    data = bundle_bytes(7, payload={"records": ["é « » 🙂 <b> & ]]>"]})
    assert codec.HEADER_SIZE == 68
    header = codec.parse_header(data)
    assert (header.kind, header.journal_id, header.device_id, header.seq) == (
        codec.Kind.BUNDLE, JID, DEV, 7)
    assert header.file_length == len(data)
    assert header.key_id == crypto.key_id(KEY)
    assert codec.decode(KEY, data) == {"records": ["é « » 🙂 <b> & ]]>"]}


def test_payload_is_not_in_clear():
    data = bundle_bytes(payload={"records": ["SECRETMARKER" * 20]})
    assert b"SECRETMARKER" not in data
    assert b"SECRETMARKER" not in json.dumps({"x": data.hex()}).encode()


@pytest.mark.parametrize("offset", [0, 9, 20, 40, 50, 60, 70, 80, -1])
def test_a_flipped_byte_anywhere_is_refused(offset):
    data = bytearray(bundle_bytes(payload={"records": ["x" * 200]}))
    assert codec.decode(KEY, bytes(data))  # control: intact, it reads
    data[offset] ^= 0x01
    with pytest.raises((crypto.AuthenticationError, codec.NotASyncFileError,
                        codec.NewerFormatError, codec.MalformedError)):
        header = codec.parse_header(bytes(data))
        codec.decode(KEY, bytes(data), header)


def test_the_header_is_bound_a_bundle_cannot_be_moved_to_another_place():
    """Rewrite the header's device or seq (re-packed, valid): the tag fails."""
    data = bundle_bytes(3)
    header = codec.parse_header(data)
    for moved in (codec.Header(**{**header.__dict__, "seq": 4}),
                  codec.Header(**{**header.__dict__, "device_id": OTHER}),
                  codec.Header(**{**header.__dict__, "journal_id": OTHER}),
                  codec.Header(**{**header.__dict__, "kind": codec.Kind.SNAPSHOT})):
        forged = moved.pack() + data[codec.HEADER_SIZE:]
        with pytest.raises(crypto.AuthenticationError):
            codec.decode(KEY, forged)
    assert codec.decode(KEY, header.pack() + data[codec.HEADER_SIZE:])  # control


def test_another_key_does_not_open():
    with pytest.raises(crypto.AuthenticationError):
        codec.decode(bytes(32), bundle_bytes())


def test_newer_version_is_told_apart():
    data = bytearray(bundle_bytes())
    struct.pack_into(">H", data, 8, 2)
    with pytest.raises(codec.NewerFormatError) as info:
        codec.parse_header(bytes(data))
    assert info.value.version == 2


# -- manifest ------------------------------------------------------------------------------


@pytest.mark.real_kdf  # the manifest carries the journal's real Argon2id parameters
def test_manifest_wraps_and_unwraps_with_nfc_passphrase():
    key = crypto.new_sync_key()
    written = manifest.wrap(JID, key, "e\u0301té « ok »")  # decomposed é
    data = written.to_bytes()
    read = manifest.parse(data)
    assert read.unwrap("été « ok »") == key  # composed é: same bytes after NFC
    with pytest.raises(SyncError) as info:
        read.unwrap("ete « ok »")
    assert info.value.why is Why.WRONG_PASSPHRASE
    document = json.loads(data)
    assert document["format"] == "carnet-sync" and document["version"] == 1
    assert document["kdf"]["memory_kib"] == 80 * 1024  # key scheme 2 (carnet/store/kdf.py)
    assert key.hex() not in data.decode()


def test_manifest_bound_to_its_journal():
    key = crypto.new_sync_key()
    document = json.loads(manifest.wrap(JID, key, "pass phrase").to_bytes())
    document["journal_id"] = OTHER
    moved = manifest.parse(json.dumps(document).encode())
    with pytest.raises(SyncError) as info:
        moved.unwrap("pass phrase")
    assert info.value.why is Why.WRONG_PASSPHRASE


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(format="other"),
    lambda d: d["kdf"].update(memory_kib=10**12),
    lambda d: d["kdf"].update(salt="***"),
    lambda d: d.pop("sync_key"),
    lambda d: d.update(journal_id="../../etc"),
])
def test_bad_manifests_are_refused(mutate):
    document = json.loads(manifest.wrap(JID, KEY, "pass phrase").to_bytes())
    manifest.parse(json.dumps(document).encode())  # control
    mutate(document)
    with pytest.raises(SyncError) as info:
        manifest.parse(json.dumps(document).encode())
    assert info.value.why is Why.BAD_MANIFEST


def test_newer_manifest_is_told_apart():
    document = json.loads(manifest.wrap(JID, KEY, "pass phrase").to_bytes())
    document["version"] = 9
    with pytest.raises(SyncError) as info:
        manifest.parse(json.dumps(document).encode())
    assert info.value.why is Why.NEWER_MANIFEST
    with pytest.raises(SyncError):
        manifest.parse(b"\xff\xfe not json")


# -- atomic writes --------------------------------------------------------------------------


def test_write_new_never_replaces(tmp_path):
    path = tmp_path / "d" / "00000001.cbundle"
    assert atomic.write_new(path, b"first") is atomic.Outcome.WRITTEN
    assert atomic.write_new(path, b"second") is atomic.Outcome.EXISTS
    assert path.read_bytes() == b"first"
    assert os.listdir(path.parent) == ["00000001.cbundle"]  # no temporary left
    assert (path.stat().st_mode & 0o777) == 0o600


def test_a_leftover_temp_file_is_replaced_and_ignored(tmp_path):
    path = tmp_path / "00000002.cbundle"
    atomic.temp_name(path).write_bytes(b"half")
    assert layout.ignored(atomic.temp_name(path).name)
    atomic.write_new(path, b"whole")
    assert path.read_bytes() == b"whole"
    assert not atomic.temp_name(path).exists()


def test_replace_is_whole(tmp_path):
    path = tmp_path / "manifest.json"
    atomic.replace(path, b"one")
    atomic.replace(path, b"two")
    assert path.read_bytes() == b"two"
    assert sorted(os.listdir(tmp_path)) == ["manifest.json"]


# -- the reader and the debris of sync clients ---------------------------------------------------


@pytest.fixture
def journal(tmp_path):
    folder = layout.journal_dir(tmp_path, JID)
    (folder / DEV).mkdir(parents=True)
    (folder / "manifest.json").write_bytes(manifest.wrap(JID, KEY, "pass phrase").to_bytes())
    return folder


def put(journal, name, data, device=DEV):
    path = journal / device / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def scan(journal):
    return reader.scan(journal, JID, crypto.key_id(KEY))


def test_reader_reads_conflicted_copies_and_duplicates(journal):
    put(journal, "00000001.cbundle", bundle_bytes(1))
    put(journal, "00000001 (conflicted copy 2026-12-06).cbundle", bundle_bytes(1))
    put(journal, "00000002.sync-conflict-20261206-101010-ABCDEF.cbundle", bundle_bytes(2))
    put(journal, "00000003 (1).cbundle", bundle_bytes(3))
    put(journal, "snapshot-00000003.csnap", bundle_bytes(3, kind=codec.Kind.SNAPSHOT))
    result = scan(journal)
    assert result.rejected == []
    assert sorted((f.kind.name, f.seq) for f in result.found) == [
        ("BUNDLE", 1), ("BUNDLE", 1), ("BUNDLE", 2), ("BUNDLE", 3), ("SNAPSHOT", 3)]


def test_reader_skips_temporaries_and_locks_silently(journal):
    for name in (".00000004.cbundle.tmp", "~$00000004.cbundle", "00000004.cbundle.tmp",
                 "00000004.cbundle.partial", "00000004.cbundle.part", ".syncthing.x.tmp",
                 "desktop.ini", "Thumbs.db", ".DS_Store"):
        put(journal, name, b"whatever")
    (journal / ".stversions").mkdir()
    (journal / ".stversions" / "00000001.cbundle").write_bytes(b"old")
    (journal / "manifest (conflicted copy).json").write_bytes(b"{}")
    result = scan(journal)
    assert result.found == [] and result.rejected == []
    put(journal, "00000004.cbundle", bundle_bytes(4))  # control: the real one is read
    assert [f.seq for f in scan(journal).found] == [4]


def test_reader_tells_each_kind_of_unusable_file(journal):
    whole = bundle_bytes(5, payload={"records": ["y" * 5000]})
    put(journal, "00000005.cbundle", whole[: len(whole) // 2])
    put(journal, "00000006.cbundle", bundle_bytes(6)[:5])  # not even the header yet
    newer = bytearray(bundle_bytes(7))
    struct.pack_into(">H", newer, 8, 3)
    put(journal, "00000007.cbundle", bytes(newer))
    put(journal, "00000008.cbundle", bundle_bytes(8, key=bytes(32)))
    put(journal, "00000009.cbundle", bundle_bytes(9, journal=OTHER))
    put(journal, "00000010.cbundle", bundle_bytes(10) + b"extra")
    put(journal, "notes.txt", b"hello, this is not ours")
    result = scan(journal)
    codes = {r.rel.split("/")[-1]: r.code for r in result.rejected}
    assert codes == {
        "00000005.cbundle": Code.INCOMPLETE,
        "00000006.cbundle": Code.INCOMPLETE,
        "00000007.cbundle": Code.NEWER_VERSION,
        "00000008.cbundle": Code.OTHER_KEY,
        "00000009.cbundle": Code.OTHER_JOURNAL,
        "00000010.cbundle": Code.DAMAGED,
        "notes.txt": Code.FOREIGN_FILE,
    }
    assert result.found == []
    newer_item = next(r for r in result.rejected if r.code is Code.NEWER_VERSION)
    assert newer_item.found == 3


def test_reader_never_raises_on_odd_entries(journal):
    (journal / DEV / "a-folder.cbundle").mkdir()
    os.symlink(journal / "nowhere", journal / DEV / "dangling.cbundle")
    put(journal, "empty.cbundle", b"")
    result = scan(journal)
    assert {r.code for r in result.rejected} <= {Code.INCOMPLETE, Code.FOREIGN_FILE}
    assert scan(journal.parent / "absent").found == []


def test_ids_in_names_only_no_text(journal):
    put(journal, "00000001.cbundle", bundle_bytes(1))
    names = [p.name for p in journal.rglob("*")]
    assert all(n in ("manifest.json", DEV, "00000001.cbundle") for n in names)


def test_a_file_rewritten_in_place_is_read_again(journal):
    """The reader remembers files it has read; a same-size rewrite within the same
    clock tick (times are coarse) must not be taken for the old file."""
    path = put(journal, "00000001.cbundle", bundle_bytes(1))
    assert [f.seq for f in scan(journal).found] == [1]
    raw = bytearray(path.read_bytes())
    struct.pack_into(">H", raw, 8, 5)
    stat = path.stat()
    path.write_bytes(bytes(raw))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # even with the old mtime
    assert [r.code for r in scan(journal).rejected] == [Code.NEWER_VERSION]


def test_a_file_replaced_with_its_old_time_is_read_again(journal, monkeypatch):
    """A sync client replaces a file (temp + rename) and keeps the original's mtime:
    the inode tells it apart, even for a file remembered long ago."""
    monkeypatch.setattr(reader, "RACY_SECONDS", -60.0)  # remember every file at once
    path = put(journal, "00000002.cbundle", bundle_bytes(2))
    old = time.time() - 3600
    os.utime(path, (old, old))
    assert [f.seq for f in scan(journal).found] == [2]
    assert [f.seq for f in scan(journal).found] == [2]  # (from memory)
    raw = bytearray(path.read_bytes())
    struct.pack_into(">H", raw, 8, 5)
    tmp = path.with_name("replacement")
    tmp.write_bytes(bytes(raw))
    os.utime(tmp, (old, old))
    os.replace(tmp, path)
    assert [r.code for r in scan(journal).rejected] == [Code.NEWER_VERSION]
