"""The tests' cheap key scheme (tests/fast_kdf.py) is in force where it should be, and
only there: a journal it keys is refused by Carnet as shipped.

Controls of the suite's own machinery: if the cheap scheme stopped being used, the
suite would only be slower; if it leaked into the tests marked ``real_kdf`` or could be
opened by the real app, the key tests would prove nothing, or a weak file could pass
for a journal.
"""

from __future__ import annotations

import subprocess
import sys

import fast_kdf
import pytest

from carnet.store import JournalStore, NewerKeySchemeError, kdf

PASS = "phrase de passe « essai »"


def _version(path) -> int:
    salt = kdf.read_salt(path)
    assert salt[:4] == kdf.MAGIC
    return salt[4]


def test_a_test_journal_uses_the_cheap_scheme(store, journal_path):
    assert store.key_scheme == f"argon2id-v{fast_kdf.VERSION}"
    assert _version(journal_path) == fast_kdf.VERSION
    assert kdf.CURRENT.memory_kib < min(kdf.SCHEMES[v].memory_kib for v in (1, 2))


@pytest.mark.real_kdf
def test_a_real_kdf_test_has_exactly_carnets_schemes(tmp_path):
    assert kdf.CURRENT is kdf.SCHEMES[2] and set(kdf.SCHEMES) == {1, 2}
    path = tmp_path / "journal.carnet"
    JournalStore.create(path, PASS).close()
    assert _version(path) == 2


@pytest.mark.real_kdf
def test_carnet_as_shipped_refuses_a_cheap_keyed_file(tmp_path):
    fast_kdf.install()
    try:
        path = tmp_path / "journal.carnet"
        JournalStore.create(path, PASS).close()
    finally:
        fast_kdf.uninstall()
    with pytest.raises(NewerKeySchemeError):  # this process, as Carnet has it
        JournalStore.open(path, PASS)
    done = subprocess.run(  # the real command line, which never registers it
        [sys.executable, "-m", "carnet", "check", "--journal", str(path), "--passphrase-stdin"],
        input=PASS + "\n", capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode != 0 and "newer" in done.stderr, done.stderr
    # control: the same file opens in a child started the tests' way
    fast_kdf.install()
    try:
        child = subprocess.run(
            [*fast_kdf.python(), "-m", "carnet", "check", "--journal", str(path),
             "--passphrase-stdin"],
            input=PASS + "\n", capture_output=True, text=True, timeout=120, check=False)
    finally:
        fast_kdf.uninstall()
    assert child.returncode == 0, child.stderr


def test_a_child_started_the_tests_way_keys_with_the_cheap_scheme(tmp_path):
    path = tmp_path / "journal.carnet"
    done = subprocess.run(
        [*fast_kdf.python(), "-m", "carnet", "init", "--journal", str(path),
         "--passphrase-stdin"],
        input=PASS + "\n", capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert _version(path) == fast_kdf.VERSION
    JournalStore.open(path, PASS).close()
