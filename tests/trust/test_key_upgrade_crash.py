"""The move of an old journal to the current key scheme at unlock, killed at random moments.

Two moves, each its own run: a PBKDF2 journal (from before Argon2id) and an
Argon2id scheme-1 journal (192 MiB), both to the current scheme 2 (80 MiB).
A child process (writer_process.py, mode probe) unlocks a copy of an old
journal, which moves it to the current scheme. We SIGKILL it at a random moment of its
run: a third of the kills anywhere from its start; a third from the moment the
copy is begun until the child's exit, as measured uncut and scaled to the
machine's pace in that cycle (the export, its check, the rename, the reopen);
a third within 3 ms of the moment the journal's path names the new file (the
rename is a few milliseconds before the child's end: under load 13 windows
timed from the copy landed no kill after it in 55). After
every kill: exactly one of the two keyings (the old one: SQLCipher's PBKDF2
over the passphrase, or the documented recipe with scheme 1's parameters; the
new one: the documented recipe with scheme 2's) opens the file, both
integrity checks pass and every row of every table is there. Each keying is
tried whatever the file's tag says. Kills must land on both sides of the
rename, and the next unlock removes any leftover copy.
"""

from __future__ import annotations

import contextlib
import functools
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from carnet.domain import Group, Session
from carnet.store import JournalStore
from tests.trust.trust_helpers import (
    ARGON2_VERSIONS,
    documented_key,
    make_legacy_journal,
    make_scheme_journal,
    new_marker,
    write_everywhere,
)

WRITER = Path(__file__).with_name("writer_process.py")
PASS = "ancienne phrase « PBKDF2 » d'avant"
#: Kills a move: enough for each of the three kinds of moment to land several on each
#: side of the rename (the checks below: a third of them aim just after it), few
#: enough for the suite's budget (55 kills a move took 223 + 107 s on CI's 2 cores;
#: 21 gave 12 old / 16 new keyings for scheme 1, 30 gave 20 / 11 for PBKDF2).
KILLS = {"pbkdf2": 21, "scheme1": 21}

#: The moves themselves: Carnet's own schemes (not tests/fast_kdf.py's).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200), pytest.mark.real_kdf]


def _spawn(journal: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), "probe", str(journal)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    proc.stdin.write(PASS + "\n")
    proc.stdin.close()
    return proc


#: The old keying of each run, and the new one (the current scheme, 2).
MOVES = {"pbkdf2": ("pbkdf2", "scheme2"), "scheme1": ("scheme1", "scheme2")}


@functools.lru_cache(maxsize=64)
def _argon2_literal(salt: bytes, version: int) -> str:
    """The documented recipe with scheme ``version``'s parameters over this salt."""
    key = documented_key(salt, PASS, ARGON2_VERSIONS[version])
    return f"x'{key.hex()}{salt.hex()}'"


def _connect(journal: Path, keying: str) -> sqlcipher3.Connection | None:
    """A connection if this keying opens the file, else None."""
    conn = sqlcipher3.connect(str(journal), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if keying.startswith("scheme"):
        literal = _argon2_literal(journal.read_bytes()[:16], int(keying[len("scheme"):]))
        conn.execute(f'PRAGMA key = "{literal}"')
    else:
        conn.execute("PRAGMA key = '" + PASS.replace("'", "''") + "'")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        return None
    return conn


def _dump(conn: sqlcipher3.Connection) -> dict[str, list[str]]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {n: sorted(repr(tuple(r)) for r in conn.execute(f'SELECT * FROM "{n}"')) for n in names}


def _check(journal: Path, expected: dict, keyings: tuple[str, str]) -> str:
    """Which keying opens the file (exactly one must); integrity and rows checked."""
    opened = {k: _connect(journal, k) for k in keyings}
    winners = [k for k, c in opened.items() if c is not None]
    try:
        assert len(winners) == 1, f"keyings that open the file: {winners}"
        conn = opened[winners[0]]
        for pragma in ("cipher_integrity_check", "integrity_check"):
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
            assert rows in ([], ["ok"]), (pragma, rows[:3])
        assert _dump(conn) == expected
    finally:
        for conn in opened.values():
            if conn is not None:
                conn.close()
    return winners[0]


def _wait_for_copy(folder: Path, proc: subprocess.Popen) -> float | None:
    """Poll until the upgrade's copy is begun beside the journal (or the child ends).

    Its partial file (``..journal.carnet.upgrade.partial``) exists for the whole
    export, the finished copy (``.journal.carnet.upgrade``) only for its check and
    rename: on a loaded machine a poll could miss the latter alone.
    """
    while proc.poll() is None:
        if any(".journal.carnet.upgrade" in p.name for p in folder.iterdir()):
            return time.monotonic()
        time.sleep(0.001)
    return None


def _wait_for_rename(journal: Path, inode: int, proc: subprocess.Popen) -> None:
    """Poll until the journal's path names another file (the move's rename), or the
    child ends: the moment after the rename is a few milliseconds long, too short for
    a window timed from the copy to land in it often on a loaded machine."""
    while proc.poll() is None:
        with contextlib.suppress(FileNotFoundError):
            if os.stat(journal).st_ino != inode:
                return
        time.sleep(0.0005)


@pytest.mark.parametrize("old", sorted(MOVES))
def test_upgrade_killed_at_random_moments(tmp_path, old):
    keyings = MOVES[old]
    old_keying, new_keying = keyings
    source = tmp_path / "source.carnet"
    store = JournalStore.create(source, PASS)
    write_everywhere(store, new_marker())
    group = store.groups.add(Group(name="Autre", template_id="rpm"))
    for number in range(1, 40):
        session = store.sessions.add(
            Session(group_id=group.id, number=number, date=date(2026, 1, 1))
        )
        store.notes.save(session.id, "intro", f"Séance {number} " * 200)
    store.close()
    pristine = tmp_path / "pristine.carnet"
    if old == "pbkdf2":
        make_legacy_journal(source, pristine, PASS)
    else:
        make_scheme_journal(source, pristine, PASS, version=1)
    pristine_head = pristine.read_bytes()[:16]
    conn = _connect(pristine, old_keying)
    expected = _dump(conn)
    conn.close()
    assert len(expected["step_notes"]) == 40

    folder = tmp_path / "live"
    folder.mkdir()
    journal = folder / "journal.carnet"
    for _attempt in range(5):  # the uncut run, timed (a poll that missed the copy: again)
        shutil.copyfile(pristine, journal)
        started = time.monotonic()
        proc = _spawn(journal)
        copy_seen = _wait_for_copy(folder, proc)
        assert proc.stdout.readline().strip() == "opened", proc.stderr.read()
        proc.wait(120)
        done = time.monotonic()  # the child's exit: it still runs after saying "opened"
        proc.stdout.close()
        proc.stderr.close()
        assert _check(journal, expected, keyings) == new_keying  # control: uncut, it moves
        if copy_seen is not None:
            break
    assert copy_seen is not None
    whole, late = [done - started], [done - copy_seen]
    before_copy = copy_seen - started

    rng = random.Random(20261206)
    outcomes: Counter = Counter()
    leftovers_seen = cycle = 0
    kills = KILLS[old]
    while outcomes["killed"] < kills and cycle < 3 * kills:
        cycle += 1
        if journal.read_bytes()[:16] != pristine_head:  # moved: start from the old one
            shutil.copyfile(pristine, journal)
        spawned = time.monotonic()
        proc = _spawn(journal)
        inode = os.stat(journal).st_ino
        if cycle % 3 == 0:  # anywhere: start-up, PBKDF2, Argon2id, the copy
            time.sleep(rng.uniform(0.0, statistics.median(whole[-7:])))
        elif cycle % 3 == 2:  # right after the rename: its folder fsync, the reopen, the exit
            _wait_for_rename(journal, inode, proc)
            time.sleep(rng.uniform(0.0, 0.003))
        else:  # from the moment the copy is begun: export, fsync, check, rename, reopen
            seen = _wait_for_copy(folder, proc)
            # The window follows the machine's pace in this very run (how long the child
            # took to reach the copy, against the uncut run): on a machine busier than
            # during the uncut run, a fixed window would end before every rename.
            pace = (seen - spawned) / before_copy if seen is not None else 1.0
            time.sleep(rng.uniform(0.0, 1.1 * statistics.median(late[-7:]) * pace))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.stdout.read().strip() == "opened":
            outcomes["finished"] += 1
        elif proc.returncode == -signal.SIGKILL:
            outcomes["killed"] += 1
        proc.stdout.close()
        proc.stderr.close()
        outcomes[_check(journal, expected, keyings)] += 1
        leftovers_seen += len([p for p in folder.iterdir() if p.name.startswith(".")])
    print(f"{old}: {cycle} cycles (child {whole[0]:.2f} s, {late[0]:.2f} s from the copy): "
          f"{dict(outcomes)}, leftover files seen after kills: {leftovers_seen}")
    assert outcomes["killed"] >= kills
    assert outcomes[old_keying] >= 5 and outcomes[new_keying] >= 5, outcomes
    store = JournalStore.open(journal, PASS)
    assert store.key_scheme == "argon2id-v2"
    store.close()
    assert sorted(p.name for p in folder.iterdir()) == ["journal.carnet", "journal.carnet.lock"]
