"""``carnet sync`` and ``carnet join`` run for real on encrypted journals in tmp_path.

The passphrase comes from stdin (``--passphrase-stdin``) as for every command;
the first ``carnet sync --folder`` asks before setting the folder up (``--yes``
for scripts) and the folder is remembered; ``carnet join`` builds a journal
that opens with the same passphrase and the same content; every code of a
report is a clear line on stderr, in English or French; Ctrl-C during a join
leaves no journal.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import fast_kdf
import pytest

import carnet.sync as engine
from carnet import cli, cli_sync
from carnet.store import JournalStore, verify_passphrase

MARKER = "Zéphyrine"
NEW = "une autre phrase, bien plus longue"


def run(args: list[str], stdin: str = "", env_extra: dict | None = None):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env_extra or {})}
    env.pop("LANGUAGE", None)
    env.setdefault("LANG", "C.UTF-8")
    return subprocess.run([*fast_kdf.python(), "-m", "carnet", *args], input=stdin.encode(),
                          capture_output=True, env=env, timeout=180, check=False)


def out(result) -> str:
    return result.stdout.decode("utf-8")


def err(result) -> str:
    text = result.stderr.decode("utf-8")
    assert "Traceback" not in text
    return text


def make_journal(path: Path, passphrase: str, text: str = f"Ma situation {MARKER}") -> Path:
    from carnet.domain import Group, Session

    store = JournalStore.create(path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name=f"Codev {MARKER}", template_id="codev"))
        session = store.sessions.add(Session(group_id=group.id, number=1,
                                             date=date(2026, 11, 3)))
        store.notes.save(session.id, "expose", text)
    finally:
        store.close()
    return path


def notes_of(path: Path, passphrase: str) -> list[str]:
    store = JournalStore.open(path, passphrase)
    try:
        return sorted(n.text for s in store.sessions.list()
                      for n in store.notes.list_by_session(s.id).values())
    finally:
        store.close()


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "Dropbox"
    path.mkdir()
    return path


@pytest.fixture
def journal(tmp_path, passphrase) -> Path:
    return make_journal(tmp_path / "bureau.carnet", passphrase)


def sync(journal: Path, passphrase: str, *extra: str, env_extra=None):
    return run(["sync", "--journal", str(journal), "--passphrase-stdin", *extra],
               passphrase + "\n", env_extra)


# -- carnet sync ------------------------------------------------------------------------------------


def test_first_sync_asks_then_remembers_the_folder(journal, folder, passphrase):
    refused = sync(journal, passphrase, "--folder", str(folder))
    assert refused.returncode == cli.EXIT_USAGE
    assert "add --yes" in err(refused)
    assert not (folder / "Carnet").exists()  # nothing written without the yes

    first = sync(journal, passphrase, "--folder", str(folder), "--yes")
    assert first.returncode == 0, err(first)
    assert f"This journal now syncs through {folder}." in out(first)
    assert "Synced: 1 change file sent, 0 received." in out(first)
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "manifest.json" for p in files)
    for file in files:  # no clear text of the journal in the folder
        assert MARKER.encode() not in file.read_bytes() and MARKER not in str(file)

    again = sync(journal, passphrase)  # no --folder: the journal remembers it
    assert again.returncode == 0, err(again)
    assert "Synced: 0 change files sent, 0 received." in out(again)


def test_sync_without_a_folder_says_how_to_start(journal, passphrase):
    result = sync(journal, passphrase)
    assert result.returncode == cli.EXIT_USAGE
    assert err(result).strip() == ("carnet: this journal does not sync yet: give the synced "
                                   "folder with --folder PATH")


def test_the_passphrase_is_never_an_argument(journal, folder):
    result = run(["sync", "--journal", str(journal), "--passphrase", "x", "--folder",
                  str(folder)])
    assert result.returncode == cli.EXIT_USAGE
    assert "unrecognized arguments" in err(result)


def test_wrong_passphrase_is_one_clean_line(journal, folder):
    result = sync(journal, "pas la bonne phrase", "--folder", str(folder), "--yes")
    assert result.returncode == 1
    lines = err(result).strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("carnet: Wrong passphrase")


def test_join_then_both_devices_exchange_their_writing(journal, folder, tmp_path, passphrase):
    assert sync(journal, passphrase, "--folder", str(folder), "--yes").returncode == 0
    other = tmp_path / "portable" / "carnet.carnet"
    other.parent.mkdir()
    joined = run(["join", "--folder", str(folder), "--journal", str(other),
                  "--passphrase-stdin"], passphrase + "\n")
    assert joined.returncode == 0, err(joined)
    assert f"Journal created: {other}" in out(joined)
    assert "Building the journal:" in err(joined)  # progress on stderr
    assert verify_passphrase(other, passphrase)  # the same passphrase opens it
    assert notes_of(other, passphrase) == notes_of(journal, passphrase)

    store = JournalStore.open(other, passphrase)
    try:
        session = store.sessions.list()[0]
        store.notes.save(session.id, "clarification", f"Du portable {MARKER} 🙂")
    finally:
        store.close()
    assert sync(other, passphrase).returncode == 0  # remembered by join
    received = sync(journal, passphrase)
    assert received.returncode == 0
    assert "1 received" in out(received)
    assert f"Du portable {MARKER} 🙂" in notes_of(journal, passphrase)


def test_join_refuses_a_place_inside_the_synced_folder_or_an_existing_file(
        journal, folder, tmp_path, passphrase):
    assert sync(journal, passphrase, "--folder", str(folder), "--yes").returncode == 0
    inside = run(["join", "--folder", str(folder), "--journal", str(folder / "x.carnet"),
                  "--passphrase-stdin"], passphrase + "\n")
    assert inside.returncode == cli.EXIT_USAGE
    assert "inside the synced folder" in err(inside)
    assert not (folder / "x.carnet").exists()
    existing = run(["join", "--folder", str(folder), "--journal", str(journal),
                    "--passphrase-stdin"], passphrase + "\n")
    assert existing.returncode == 1 and "already exists" in err(existing)


def test_join_with_a_wrong_passphrase_creates_nothing(journal, folder, tmp_path, passphrase):
    assert sync(journal, passphrase, "--folder", str(folder), "--yes").returncode == 0
    target = tmp_path / "autre.carnet"
    result = run(["join", "--folder", str(folder), "--journal", str(target),
                  "--passphrase-stdin"], "pas la bonne phrase\n")
    assert result.returncode == 1
    assert "this passphrase does not open the journal synced in" in err(result)
    assert not target.exists()
    empty = tmp_path / "vide"
    empty.mkdir()
    nothing = run(["join", "--folder", str(empty), "--journal", str(target),
                   "--passphrase-stdin"], passphrase + "\n")
    assert nothing.returncode == 1 and "there is no Carnet journal in" in err(nothing)


def test_every_problem_of_the_folder_is_a_clear_line(journal, folder, tmp_path, passphrase):
    assert sync(journal, passphrase, "--folder", str(folder), "--yes").returncode == 0
    store = JournalStore.open(journal, passphrase)
    try:
        ident = store.sync.identity()
    finally:
        store.close()
    mine = folder / "Carnet" / ident.journal_id / ident.device_id
    bundle = sorted(mine.glob("*.cbundle"))[0]
    stranger = folder / "Carnet" / ident.journal_id / ("ab" * 16)
    stranger.mkdir()
    (stranger / "00000001.cbundle").write_bytes(b"not a carnet file at all")  # foreign
    (stranger / "00000002.cbundle").write_bytes(bundle.read_bytes()[:40])  # half downloaded
    (mine / "00000001 (conflicted copy).cbundle").write_bytes(bundle.read_bytes())  # debris
    result = sync(journal, passphrase)
    text = err(result)
    assert result.returncode == 1  # partly synchronised: said, not hidden
    assert "Partly synced" in out(result)
    assert "is not a Carnet change file" in text
    assert "is still being downloaded by your sync tool" in text
    assert all(line.startswith("carnet: ") for line in text.strip().splitlines())
    # the window's sentences (ui/sync/problems.py), in French on the command line too
    french = err(sync(journal, passphrase, env_extra={"LANG": "fr_FR.UTF-8"}))
    assert "n’est pas un fichier de modifications de Carnet" in french, french
    assert "est encore en cours de téléchargement" in french, french
    assert "is not" not in french

    away = tmp_path / "débranché"
    folder.rename(away)
    offline = sync(journal, passphrase)
    assert offline.returncode == 1
    assert f"the sync folder {folder} cannot be reached" in err(offline)


def test_the_journal_file_inside_the_synced_folder_is_refused(
        folder, tmp_path, passphrase):
    journal = make_journal(folder / "carnet.carnet", passphrase)
    lock = Path(str(journal.resolve()) + ".lock")
    lock.unlink()  # left by make_journal: this command must not put one there
    result = sync(journal, passphrase, "--folder", str(folder), "--yes")
    assert result.returncode == cli.EXIT_USAGE
    assert "is inside the synced folder" in err(result)
    assert "move the journal out of this folder first" in err(result)
    assert not (folder / "Carnet").exists() and not lock.exists()
    # set up earlier, the journal moved into the folder since: refused too
    away = make_journal(tmp_path / "ailleurs.carnet", passphrase)
    assert sync(away, passphrase, "--folder", str(folder), "--yes").returncode == 0
    moved = folder / "moved.carnet"
    away.rename(moved)
    Path(str(away) + ".lock").unlink(missing_ok=True)
    before = sorted(p.name for p in folder.rglob("*"))
    result = sync(moved, passphrase)
    assert result.returncode == 1
    assert "is inside the synced folder" in err(result)
    assert "Synced" not in out(result)
    assert sorted(p.name for p in folder.rglob("*")) == before  # no .lock, no change file


def test_join_on_a_missing_folder_says_it_cannot_be_found(tmp_path, passphrase):
    gone = tmp_path / "débranché"
    result = run(["join", "--folder", str(gone), "--journal", str(tmp_path / "b.carnet"),
                  "--passphrase-stdin"], passphrase + "\n")
    assert result.returncode == 1
    assert f"the folder {gone} cannot be found" in err(result)
    assert "next sync" not in err(result)
    assert not (tmp_path / "b.carnet").exists()
    french = run(["join", "--folder", str(gone), "--journal", str(tmp_path / "b.carnet"),
                  "--passphrase-stdin"], passphrase + "\n", {"LANG": "fr_FR.UTF-8"})
    assert f"le dossier {gone} est introuvable" in err(french)


def test_messages_in_french(journal, folder, passphrase):
    result = sync(journal, passphrase, "--folder", str(folder), "--yes",
                  env_extra={"LANG": "fr_FR.UTF-8"})
    assert result.returncode == 0, err(result)
    assert "Synchronisé : 1 fichier de modifications envoyé, 0 reçu." in out(result)
    assert f"Ce carnet se synchronise désormais par {folder}." in out(result)


def test_passwd_rewraps_the_folder_key(journal, folder, tmp_path, passphrase):
    assert sync(journal, passphrase, "--folder", str(folder), "--yes").returncode == 0
    changed = run(["passwd", "--journal", str(journal), "--passphrase-stdin"],
                  f"{passphrase}\n{NEW}\n")
    assert changed.returncode == 0, err(changed)
    old = run(["join", "--folder", str(folder), "--journal", str(tmp_path / "a.carnet"),
               "--passphrase-stdin"], passphrase + "\n")
    assert old.returncode == 1 and not (tmp_path / "a.carnet").exists()  # control
    new = run(["join", "--folder", str(folder), "--journal", str(tmp_path / "b.carnet"),
               "--passphrase-stdin"], NEW + "\n")
    assert new.returncode == 0, err(new)


def test_ctrl_c_during_a_join_leaves_no_journal(journal, folder, tmp_path, passphrase,
                                                monkeypatch, capsys):
    assert sync(journal, passphrase, "--folder", str(folder), "--yes").returncode == 0
    for i in range(3):  # several change files: the join has a next one to stop before
        store = JournalStore.open(journal, passphrase)
        try:
            store.notes.save(store.sessions.list()[0].id, "expose", f"version {i}")
            assert engine.sync_once(store).complete
        finally:
            store.close()
    pressed = []
    original = cli_sync._Progress.__call__

    def progress(self, done, total):
        original(self, done, total)
        if done >= 1 and not pressed:
            pressed.append(done)
            os.kill(os.getpid(), signal.SIGINT)  # the person presses Ctrl-C here

    monkeypatch.setattr(cli_sync._Progress, "__call__", progress)
    monkeypatch.setattr(sys, "stdin", _Stdin(passphrase + "\n"))
    target = tmp_path / "moitié.carnet"
    code = cli.main(["join", "--folder", str(folder), "--journal", str(target),
                     "--passphrase-stdin"])
    assert pressed  # control: interrupted while building
    assert code == cli.EXIT_INTERRUPTED
    assert "cancelled: no journal was created" in capsys.readouterr().err
    assert not target.exists()
    # no journal, no hidden half-built one (the empty lock file stays, by design)
    assert [p.name for p in tmp_path.iterdir()
            if "moitié" in p.name and not p.name.endswith(".lock")] == []


class _Stdin:
    def __init__(self, text: str) -> None:
        import io

        self.buffer = io.BytesIO(text.encode("utf-8"))

    def readline(self) -> str:
        return self.buffer.readline().decode("utf-8")

    def isatty(self) -> bool:
        return False
