"""The holes an adversarial review found (issue 14, points 5–9), each closed and pinned.

Every test here failed on the code before the fix (see the issue's note):

5. a passphrase change through a symlink rekeys the real file (the link stays a
   link), and the single-writer lock is the real file's;
6. after a change, no backup of the journal still opens with the old passphrase:
   rekeyed (the default with --passphrase-stdin) or deleted (--old-backups delete);
7. the command line refuses the passphrases the window refuses, with its words;
8. files 0600 and folders 0700 under umask 022, and `carnet ics` says the file
   is not encrypted;
9. a kill -9 while `init`, `demo` or `import --new-journal` creates a journal
   leaves no file at the path, or a complete journal; the path stays usable.
"""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import fast_kdf
import pytest

from carnet import paths
from carnet.store import JournalInUseError, JournalStore, verify_passphrase
from carnet.store.backups import BackupService, list_backups

OLD = "ancienne phrase « de passe » 1"
NEW = "nouvelle phrase, bien plus longue 2"
ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], stdin: str = "", umask: int | None = None):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [*fast_kdf.python(), "-m", "carnet", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        env=env,
        timeout=180,
        check=False,
        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None,
    )


def opens_with(path: Path, passphrase: str) -> bool:
    return verify_passphrase(path, passphrase)


# -- 5. symlinks -----------------------------------------------------------------------------


@pytest.fixture
def linked(tmp_path) -> tuple[Path, Path]:
    real = tmp_path / "real" / "journal.carnet"
    JournalStore.create(real, OLD).close()
    link = tmp_path / "lien.carnet"
    link.symlink_to(real)
    return real, link


def test_cli_passwd_through_a_symlink_rekeys_the_real_file(linked):
    real, link = linked
    result = run(["passwd", "--journal", str(link), "--passphrase-stdin"], f"{OLD}\n{NEW}\n")
    assert result.returncode == 0, result.stderr.decode()
    assert link.is_symlink() and link.resolve() == real
    assert opens_with(real, NEW) and not opens_with(real, OLD)


def test_store_passphrase_change_through_a_symlink(linked):
    from carnet.store.backups import change_passphrase_with_backup

    real, link = linked
    store = JournalStore.open(link, OLD)
    try:
        change_passphrase_with_backup(store, OLD, NEW, paths.backups_dir())
    finally:
        store.close()
    assert link.is_symlink()
    assert opens_with(real, NEW) and not opens_with(real, OLD)


def test_lock_is_on_the_real_file(linked):
    real, link = linked
    store = JournalStore.open(real, OLD)
    try:
        with pytest.raises(JournalInUseError):
            JournalStore.open(link, OLD)
    finally:
        store.close()
    JournalStore.open(link, OLD).close()  # control: free again once closed


# -- 6. old backups after a change -------------------------------------------------------------


def _backups_of(journal: Path, count: int) -> list[Path]:
    store = JournalStore.open(journal, OLD)
    try:
        service = BackupService(clock=lambda: datetime(2026, 11, 1, 9, 0, 0))
        reasons = ["close", "daily", "close", "daily"][:count]
        return [service.backup_now(store, paths.backups_dir(), reason=r) for r in reasons]
    finally:
        store.close()


@pytest.fixture
def journal_with_backups(tmp_path):
    journal = tmp_path / "journal.carnet"
    JournalStore.create(journal, OLD).close()
    written = _backups_of(journal, 4)
    other = tmp_path / "autre.carnet"  # another journal's backup and a foreign file: untouched
    JournalStore.create(other, OLD).close()
    store = JournalStore.open(other, OLD)
    foreign_backup = BackupService().backup_now(store, paths.backups_dir())
    store.close()
    foreign_file = paths.backups_dir() / "notes.txt"
    foreign_file.write_text("rien à voir")
    return journal, written, foreign_backup, foreign_file


def test_cli_passwd_rekeys_every_old_backup_by_default_with_stdin(journal_with_backups):
    journal, _written, foreign_backup, foreign_file = journal_with_backups
    result = run(["passwd", "--journal", str(journal), "--passphrase-stdin"], f"{OLD}\n{NEW}\n")
    assert result.returncode == 0, result.stderr.decode()
    backups = list_backups(paths.backups_dir(), journal)
    assert len(backups) == 5  # the four and the one written before the change
    for info in backups:
        assert opens_with(info.path, NEW), info.path.name
        assert not opens_with(info.path, OLD), info.path.name
    assert opens_with(foreign_backup, OLD) and foreign_file.read_text() == "rien à voir"
    out = result.stdout.decode()
    assert "5" in out and OLD not in out and NEW not in out


def test_cli_passwd_can_delete_old_backups(journal_with_backups):
    journal, _written, foreign_backup, foreign_file = journal_with_backups
    result = run(
        ["passwd", "--journal", str(journal), "--passphrase-stdin", "--old-backups", "delete"],
        f"{OLD}\n{NEW}\n",
    )
    assert result.returncode == 0, result.stderr.decode()
    assert list_backups(paths.backups_dir(), journal) == []
    assert opens_with(journal, NEW)
    assert foreign_backup.exists() and foreign_file.exists()


def test_store_change_rekeys_or_deletes_old_backups(journal_with_backups):
    from carnet.store.backups import change_passphrase_with_backup

    journal, written, *_ = journal_with_backups
    store = JournalStore.open(journal, OLD)
    try:
        result = change_passphrase_with_backup(
            store, OLD, NEW, paths.backups_dir(), old_backups="rekey"
        )
        assert len(result.rekeyed) == 5 and result.failed == []
        assert all(opens_with(p, NEW) for p in written)
        result = change_passphrase_with_backup(
            store, NEW, OLD, paths.backups_dir(), old_backups="delete"
        )
        assert len(result.deleted) == 6 and result.failed == []
    finally:
        store.close()
    assert list_backups(paths.backups_dir(), journal) == []


# -- 7. one passphrase policy ----------------------------------------------------------------


@pytest.mark.parametrize("weak", ["a", " ", "1234567", "       "])
def test_cli_refuses_what_the_window_refuses(tmp_path, weak):
    journal = tmp_path / "faible.carnet"
    result = run(["init", "--journal", str(journal), "--passphrase-stdin"], weak + "\n")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "at least 8 characters" in err or "au moins 8 caractères" in err, err
    assert not journal.exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == []
    from carnet.passphrase_policy import acceptable

    assert not acceptable(weak)  # the window's rule says the same


def test_cli_policy_on_passwd_demo_and_import(tmp_path):
    journal = tmp_path / "j.carnet"
    JournalStore.create(journal, OLD).close()
    result = run(["passwd", "--journal", str(journal), "--passphrase-stdin"], f"{OLD}\na\n")
    assert result.returncode == 1 and opens_with(journal, OLD)
    demo = tmp_path / "demo.carnet"
    result = run(["demo", "--journal", str(demo), "--passphrase-stdin"], "court\n")
    assert result.returncode == 1 and not demo.exists()
    export = tmp_path / "export.json"
    result = run(["export", "--journal", str(journal), "--format", "json", "--out", str(export),
                  "--passphrase-stdin"], OLD + "\n")
    assert result.returncode == 0, result.stderr.decode()
    target = tmp_path / "importe.carnet"
    result = run(["import", str(export), "--new-journal", str(target), "--passphrase-stdin"],
                 "x\n")
    assert result.returncode == 1 and not target.exists()
    # control: a passphrase the window accepts is accepted here too
    result = run(["demo", "--journal", str(demo), "--passphrase-stdin"], "huit car\n")
    assert result.returncode == 0, result.stderr.decode()


# -- 8. private files ------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_private_whatever_the_umask(tmp_path, isolated_home):
    journal = tmp_path / "j.carnet"
    line = OLD + "\n"
    steps = [
        ["init", "--journal", str(journal), "--passphrase-stdin"],
        ["backup", "--journal", str(journal), "--out", str(tmp_path / "copie.carnet"),
         "--passphrase-stdin"],
        ["export", "--journal", str(journal), "--format", "json", "--out",
         str(tmp_path / "e.json"), "--passphrase-stdin"],
        ["export", "--journal", str(journal), "--format", "markdown", "--out",
         str(tmp_path / "md"), "--passphrase-stdin"],
        ["ics", "--journal", str(journal), "--out", str(tmp_path / "cal.ics"),
         "--passphrase-stdin"],
        ["booklet", "--journal", str(journal), "--out", str(tmp_path / "livret.pdf"),
         "--passphrase-stdin"],
    ]
    outputs = {}
    for argv in steps:
        result = run(argv, line, umask=0o022)
        assert result.returncode == 0, (argv[0], result.stderr.decode())
        outputs[argv[0]] = result
    result = run(["passwd", "--journal", str(journal), "--passphrase-stdin"],
                 f"{OLD}\n{NEW}\n", umask=0o022)
    assert result.returncode == 0, result.stderr.decode()
    files = [journal, Path(f"{journal}.lock"), tmp_path / "copie.carnet", tmp_path / "e.json",
             tmp_path / "cal.ics", tmp_path / "livret.pdf",
             *list_backups(paths.backups_dir(), journal)]
    files = [f.path if hasattr(f, "path") else f for f in files]
    files += [p for p in (tmp_path / "md").rglob("*") if p.is_file()]
    assert len(files) > 8
    assert {str(f): oct(_mode(f)) for f in files} == {str(f): oct(0o600) for f in files}
    folders = [paths.backups_dir(), tmp_path / "md",
               *[p for p in (tmp_path / "md").rglob("*") if p.is_dir()]]
    assert {str(d): oct(_mode(d)) for d in folders} == {str(d): oct(0o700) for d in folders}
    ics = outputs["ics"]
    said = (ics.stdout + ics.stderr).decode().lower()
    assert "not encrypted" in said or "non chiffré" in said, said


def test_settings_file_private(tmp_path, isolated_home):
    """The app's settings file (carnet.ini), written by a process started as `carnet` is."""
    code = (
        "import os, sys; os.umask(0o022)\n"
        "from carnet.hardening import private_files; private_files()\n"
        "from carnet.ui.settings import Settings\n"
        "s = Settings(); s.qsettings.setValue('probe', 1); s.sync()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), check=False)
    assert result.returncode == 0, result.stderr.decode()
    ini = paths.config_dir() / "carnet.ini"
    assert _mode(ini) == 0o600 and _mode(paths.config_dir()) == 0o700


# -- 9. never half-born ----------------------------------------------------------------------


def _creation_argv(kind: str, target: Path, export: Path) -> list[str]:
    if kind == "init":
        return ["init", "--journal", str(target), "--passphrase-stdin"]
    if kind == "demo":
        return ["demo", "--journal", str(target), "--passphrase-stdin"]
    return ["import", str(export), "--new-journal", str(target), "--passphrase-stdin"]


def _spawn(argv: list[str]) -> subprocess.Popen:
    proc = subprocess.Popen([*fast_kdf.python(), "-m", "carnet", *argv], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    proc.stdin.write((OLD + "\n").encode())
    proc.stdin.close()
    return proc


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_kill_during_creation_leaves_nothing_or_a_whole_journal(tmp_path):
    source = tmp_path / "source.carnet"
    result = run(["demo", "--journal", str(source), "--passphrase-stdin"], OLD + "\n")
    assert result.returncode == 0
    store = JournalStore.open(source, OLD)
    full_groups = len(store.groups.list())
    full_sessions = store.sessions.count()
    store.close()
    export = tmp_path / "export.json"
    assert run(["export", "--journal", str(source), "--format", "json", "--out", str(export),
                "--passphrase-stdin"], OLD + "\n").returncode == 0
    json.loads(export.read_text())

    rng = random.Random(14)
    outcomes: dict[str, int] = {}
    for kind in ("init", "demo", "import"):
        folder = tmp_path / kind
        folder.mkdir()
        target = folder / "nouveau.carnet"
        started = time.monotonic()
        proc = _spawn(_creation_argv(kind, target, export))
        proc.wait(180)
        whole = time.monotonic() - started
        assert proc.returncode == 0 and target.exists()
        target.unlink()
        for cycle in range(12):
            proc = _spawn(_creation_argv(kind, target, export))
            time.sleep(rng.uniform(0.3 * whole, 1.0 * whole))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            if target.exists():
                assert target.stat().st_size > 0, f"{kind} cycle {cycle}: an empty file"
                store = JournalStore.open(target, OLD)
                try:
                    assert store.integrity_problems() == []
                    if kind != "init":
                        assert len(store.groups.list()) == full_groups
                        assert store.sessions.count() == full_sessions
                finally:
                    store.close()
                outcomes[f"{kind}: whole"] = outcomes.get(f"{kind}: whole", 0) + 1
                target.unlink()
            else:
                outcomes[f"{kind}: none"] = outcomes.get(f"{kind}: none", 0) + 1
            assert not Path(f"{target}-journal").exists(), f"{kind} cycle {cycle}"
        # the path stays usable after every kill
        proc = _spawn(_creation_argv(kind, target, export))
        proc.wait(180)
        assert proc.returncode == 0 and target.exists(), kind
    print(outcomes)
    assert sum(v for k, v in outcomes.items() if k.endswith("none")) >= 3
