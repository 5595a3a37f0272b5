"""The French command line says its refusals in French (found by a fresh-eyes review).

Seen in a terminal under LANG=fr_FR.UTF-8 (journal /tmp/fresh2/J.carnet):
  carnet booklet --out /nonexistent/dir/x.pdf
    → « carnet: The folder /nonexistent/dir does not exist: choose another place. »
  carnet import /tmp/fresh2/nope.json
    → « … ne peut pas être importé, rien n’a été modifié : cannot read
       /tmp/fresh2/nope.json: No such file or directory »
  carnet import bad.json   (a JSON file that is not an export)
    → « … : format: not a Carnet export (expected "format": "carnet-export") »
  carnet --help  → « --version  show program's version number and exit »
Everything else these commands print is French (control below).
"""

from __future__ import annotations

import os
import subprocess
from datetime import date

import fast_kdf
import pytest

from carnet.domain import Cadence, Group, Role, Session, SessionStatus
from carnet.store import JournalStore

ENGLISH = ("The folder", "does not exist", "choose another place", "cannot read",
           "No such file", "not a Carnet export", "expected", "show program's version")


@pytest.fixture
def journal(journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    session = store.sessions.add(
        Session(group.id, 1, date(2025, 1, 9), SessionStatus.HELD, Role.CLIENT))
    store.notes.save(session.id, "expose", "Tenue.")
    store.close()
    return journal_path


def carnet(journal_path, passphrase, *args, journal=True):
    env = {**os.environ, "CARNET_HOME": str(journal_path.parent / "home"),
           "LANG": "fr_FR.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    extra = ["--journal", str(journal_path), "--passphrase-stdin"] if journal else []
    done = subprocess.run([*fast_kdf.python(), "-m", "carnet", *args, *extra],
                          input=passphrase + "\n", capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    return done.stdout + done.stderr


def _english(text: str) -> list[str]:
    return [word for word in ENGLISH if word in text]


def test_control_a_refused_export_is_said_in_french(journal, passphrase, tmp_path):
    """Control (passes): an existing export file is refused in French."""
    out = tmp_path / "x.json"
    out.write_text("{}")
    text = carnet(journal, passphrase, "export", "--format", "json", "--out", str(out))
    assert "existe déjà" in text and not _english(text)


def test_a_booklet_to_a_missing_folder_is_refused_in_french(journal, passphrase, tmp_path):
    text = carnet(journal, passphrase, "booklet", "--out", str(tmp_path / "nope" / "x.pdf"))
    assert not _english(text), text


def test_importing_a_missing_or_foreign_file_is_refused_in_french(journal, passphrase,
                                                                  tmp_path):
    missing = carnet(journal, passphrase, "import", str(tmp_path / "nope.json"))
    foreign = tmp_path / "bad.json"
    foreign.write_text('{"x": 1}')
    wrong = carnet(journal, passphrase, "import", str(foreign))
    assert "n’a pas été modifié" in missing and "n’a pas été modifié" in wrong
    assert not _english(missing) and not _english(wrong), (missing, wrong)


def test_the_help_is_french_throughout(journal, passphrase):
    text = carnet(journal, passphrase, "--help", journal=False)
    assert "afficher cette aide" in text
    assert not _english(text), [line for line in text.splitlines() if "version" in line]


def test_each_import_refusal_and_booklet_failure_is_worded_in_french(monkeypatch, tmp_path):
    """Every reason code has its own French sentence (none falls back to the English
    technical message), in the window's words as on the command line."""
    import errno

    from words_in_french import french

    from carnet.booklet import BookletError
    from carnet.exchange import CarnetImportError, load_export
    from carnet.ui.booklet_words import booklet_error_text
    from carnet.ui.exchange_words import import_refusal

    with french():
        said = {}
        for reason in ("missing", "denied", "unreadable", "folder", "too_big", "not_json",
                       "not_export", "newer", "damaged"):
            said[reason] = import_refusal("x.json", CarnetImportError("a.b", "English", reason))
        assert len(set(said.values())) == len(said)
        for text in said.values():
            assert "x.json" in text and text.endswith("Votre carnet n’a pas été modifié.")
            assert "English" not in text and not _english(text)
        assert "(à a.b)" in said["damaged"]
        for code, words in ((errno.ENOSPC, "le disque est plein"),
                            (errno.EROFS, "lecture seule"), (None, "le système a refusé")):
            text = booklet_error_text(BookletError("English", "not_written",
                                                   path="/m/livret.pdf", errno=code))
            assert words in text and "/m/livret.pdf" in text and "English" not in text
        # the codes the reader gives, on real files
        folder = tmp_path / "dossier"
        folder.mkdir()
        cut = tmp_path / "cut.json"
        cut.write_text('{"format": "carnet-export", "ver')
        newer = tmp_path / "newer.json"
        newer.write_text('{"format": "carnet-export", "version": 99}')
        for path, reason in ((tmp_path / "absent.json", "missing"), (folder, "folder"),
                             (cut, "not_json"), (newer, "newer")):
            with pytest.raises(CarnetImportError) as caught:
                load_export(path)
            assert caught.value.reason == reason, path


def test_a_write_refused_by_the_disk_is_said_in_french():
    """fresh7 F25 (and F5's command line): « l’écriture a échoué ; rien n’a été écrit à
    moitié (The disk is full: the last change was not saved. Free some space and
    retry.) » — the store's English put as it was."""
    from words_in_french import french

    from carnet.cli import store_error_message
    from carnet.store import StorageError

    with french():
        full = store_error_message(StorageError(
            "The disk is full: the last change was not saved. Free some space and retry."))
        locked = store_error_message(StorageError(
            "Cannot create the lock file /m/c.carnet.lock: [Errno 30] Read-only file "
            "system: '/m/c.carnet.lock'"))
    assert full.startswith("l’écriture a échoué") and "disque" in full, full  # control
    assert "lecture seule" in locked, locked
    for text in (full, locked):
        assert not _english(text) and "Errno" not in text and "lock file" not in text, text


def test_a_full_disk_is_said_in_french_by_a_command(tmp_path, passphrase):
    """The reviewer's case, end to end: `carnet --lang fr import` into a journal on a full
    disk (tests/review7/test_f25_cli_full_disk_english.py, adopted)."""
    import errno
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent / "trust"))
    from trust_helpers import tmpfs
    from ui_helpers import seed_journal

    from carnet.exchange import export_json

    other = tmp_path / "autre.carnet"
    seed_journal(other, passphrase)
    store = JournalStore.open(other, passphrase)
    try:
        export_json(store, tmp_path / "export.json")
    finally:
        store.close()
    with tmpfs(tmp_path / "small", size="1m") as disk:
        journal = disk / "carnet.carnet"
        JournalStore.create(journal, passphrase, owner_name="Camille").close()
        fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for size in (65536, 4096, 512, 1):
                while True:
                    try:
                        os.write(fd, bytes(size))
                    except OSError as exc:
                        if exc.errno != errno.ENOSPC:
                            raise
                        break
        finally:
            os.close(fd)
        env = {**os.environ, "CARNET_HOME": str(tmp_path / "home"), "LANG": "fr_FR.UTF-8",
               "LC_ALL": "", "LANGUAGE": ""}
        done = subprocess.run(
            [*fast_kdf.python(), "-m", "carnet", "--lang", "fr", "import",
             str(tmp_path / "export.json"), "--journal", str(journal), "--passphrase-stdin"],
            input=passphrase + "\n", capture_output=True, text=True, env=env, timeout=120,
            check=False)
    said = done.stdout + done.stderr
    assert done.returncode != 0, said  # control: refused
    for english in ("disk is full", "Free some space", "last change", "database or disk"):
        assert english not in said, said
