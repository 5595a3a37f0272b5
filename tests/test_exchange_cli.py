"""``carnet export`` and ``carnet import`` run for real, in subprocesses, with the
passphrase on stdin and CARNET_HOME in tmp_path."""

from __future__ import annotations

import json
import os
import subprocess

import fast_kdf

from carnet.store import JournalStore

NEW_PASSPHRASE = "la phrase du carnet importé, assez longue"


def run(args, stdin, home):
    env = dict(os.environ)
    env["CARNET_HOME"] = str(home)
    env["PYTHONIOENCODING"] = "utf-8"
    result = subprocess.run(
        [*fast_kdf.python(), "-m", "carnet", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    return result.returncode, out, err


def counts(path, passphrase):
    store = JournalStore.open(path, passphrase)
    try:
        sessions = store.sessions.list()
        return {
            "groups": len(store.groups.list()),
            "sessions": len(sessions),
            "learnings": sum(len(store.learnings.list_by_session(s.id)) for s in sessions),
            "actions": len(store.actions.list()),
            "topics": len(store.topics.list()),
        }
    finally:
        store.close()


def test_export_and_import_journeys(tmp_path, passphrase):
    home = tmp_path / "home"
    journal = tmp_path / "carnet.journal"
    line = passphrase + "\n"
    code, _, err = run(["demo", "--journal", str(journal), "--passphrase-stdin"], line, home)
    assert code == 0, err
    original = counts(journal, passphrase)
    assert original["sessions"] > 0

    # JSON export: the warning on stderr, the file on disk
    out = tmp_path / "export.json"
    code, stdout, err = run(
        [
            "export",
            "--format",
            "json",
            "--out",
            str(out),
            "--journal",
            str(journal),
            "--passphrase-stdin",
        ],
        line,
        home,
    )
    assert code == 0, err
    assert "NOT encrypted" in err
    assert "NOT encrypted" in stdout
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "carnet-export"

    # no silent overwrite
    code, _, err = run(
        [
            "export",
            "--format",
            "json",
            "--out",
            str(out),
            "--journal",
            str(journal),
            "--passphrase-stdin",
        ],
        line,
        home,
    )
    assert code == 1 and "already exists" in err

    # into a new journal, with its own passphrase
    copy = tmp_path / "copie.carnet"
    code, stdout, err = run(
        ["import", str(out), "--new-journal", str(copy), "--passphrase-stdin"],
        NEW_PASSPHRASE + "\n",
        home,
    )
    assert code == 0, err
    assert "Journal created" in stdout
    assert counts(copy, NEW_PASSPHRASE) == original

    # merged twice into the copy: nothing added
    for _ in range(2):
        code, stdout, err = run(
            ["import", str(out), "--journal", str(copy), "--passphrase-stdin"],
            NEW_PASSPHRASE + "\n",
            home,
        )
        assert code == 0, err
        assert "added nothing" in stdout
    assert counts(copy, NEW_PASSPHRASE) == original

    # Markdown export: the warning again, and the files
    folder = tmp_path / "markdown"
    code, _, err = run(
        [
            "export",
            "--format",
            "markdown",
            "--out",
            str(folder),
            "--journal",
            str(journal),
            "--passphrase-stdin",
        ],
        line,
        home,
    )
    assert code == 0, err
    assert "NOT encrypted" in err
    assert len(list(folder.rglob("*.md"))) == original["sessions"] + 1


def test_a_bad_file_is_refused_in_one_line_before_the_passphrase(tmp_path, passphrase):
    home = tmp_path / "home"
    journal = tmp_path / "carnet.journal"
    code, _, err = run(
        ["init", "--journal", str(journal), "--passphrase-stdin"], passphrase + "\n", home
    )
    assert code == 0, err
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "carnet-export", "version": 1, "journal": {}, "groups": [], "topics": []}'
    )
    before = journal.read_bytes()
    code, _stdout, err = run(["import", str(bad), "--journal", str(journal)], "", home)
    assert code == 1
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1
    assert lines[0].startswith("carnet: ")
    assert "damaged (at journal.owner_name)" in lines[0]  # where, in the person's words
    assert "Your journal was not changed" in lines[0]
    assert journal.read_bytes() == before
    # and a new journal is not created from it
    target = tmp_path / "nouveau.carnet"
    code, _, err = run(["import", str(bad), "--new-journal", str(target)], "", home)
    assert code == 1
    assert not target.exists()


def test_an_older_export_says_in_french_that_both_versions_are_kept(tmp_path, passphrase):
    """A learning edited in the journal after the export: importing the older file adds
    its version beside (nothing dropped) — the command says so, in the person's language,
    and no longer claims that the journal's version alone was kept (found in a review:
    an English line under a French summary that said the opposite)."""
    home = tmp_path / "home"
    journal = tmp_path / "carnet.journal"
    line = passphrase + "\n"
    assert run(["demo", "--sessions", "3", "--journal", str(journal), "--passphrase-stdin"],
               line, home)[0] == 0
    out = tmp_path / "export.json"
    assert run(["export", "--format", "json", "--out", str(out), "--journal", str(journal),
                "--passphrase-stdin"], line, home)[0] == 0
    store = JournalStore.open(journal, passphrase)
    try:
        session = next(s for s in store.sessions.list()
                       if store.learnings.list_by_session(s.id))
        learning = store.learnings.list_by_session(session.id)[0]
        exported = learning.text
        learning.text = "Reformulé après l’export 🌱"
        store.learnings.update(learning)
    finally:
        store.close()
    env_lang = os.environ.get("LANG")
    os.environ["LANG"] = "fr_FR.UTF-8"
    try:
        code, stdout, err = run(["import", str(out), "--journal", str(journal),
                                 "--passphrase-stdin"], line, home)
    finally:
        if env_lang is None:
            os.environ.pop("LANG")
        else:
            os.environ["LANG"] = env_lang
    assert code == 0, err
    assert "les deux versions ont été gardées" in stdout, stdout
    assert "modifié dans votre carnet depuis l’écriture de ce fichier" in stdout, stdout
    assert "kept" not in stdout and "garde sa propre version" not in stdout, stdout
    store = JournalStore.open(journal, passphrase)
    try:
        texts = [x.text for x in store.learnings.list_by_session(session.id)]
    finally:
        store.close()
    assert "Reformulé après l’export 🌱" in texts and exported in texts  # both, as said
