"""The command line's traps (issue 13, items 5 and 7), one test each, run for real.

* every message in the locale's language, or ``--lang``'s, from the window's
  translation files (and English never loads Qt; French loads QtCore only);
* no terminal and no --passphrase-stdin: a clear message, not "EOFError";
* a closed pipe (``carnet actions | head -1``) ends quietly;
* every sub-command's usage line is its own ("usage: carnet NAME …").

Each failed on the code before the fix.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import fast_kdf
import pytest

from carnet import cli
from carnet.domain import Action, Group, Session
from carnet.store import JournalStore

PASS = "une phrase de passe assez longue"


def run(args: list[str], stdin: str = "", lang: str | None = "C.UTF-8", **extra):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL",
                                                           "LC_MESSAGES", "LANG")}
    if lang is not None:
        env["LANG"] = lang
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [*fast_kdf.python(), "-m", "carnet", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        env=env,
        timeout=180,
        check=False,
        **extra,
    )


@pytest.fixture
def journal(tmp_path):
    path = tmp_path / "j.carnet"
    JournalStore.create(path, PASS).close()
    return path


# -- language ------------------------------------------------------------------------------


def test_messages_follow_the_locale_and_lang(journal, tmp_path):
    missing = tmp_path / "absent.carnet"
    english = run(["check", "--journal", str(missing)], lang="en_GB.UTF-8")
    french = run(["check", "--journal", str(missing)], lang="fr_FR.UTF-8")
    forced = run(["--lang", "fr", "check", "--journal", str(missing)], lang="en_US.UTF-8")
    assert english.stderr.decode().startswith("carnet: no journal at ")
    assert french.stderr.decode().startswith("carnet: aucun carnet à ")
    assert forced.stderr.decode() == french.stderr.decode()
    other = run(["check", "--journal", str(missing)], lang="de_DE.UTF-8")
    assert other.stderr.decode() == english.stderr.decode()  # unsupported: English

    wrong = run(["check", "--journal", str(journal), "--passphrase-stdin"], "pas ça\n",
                lang="fr_FR.UTF-8")
    assert wrong.returncode == 1
    assert "Phrase de passe incorrecte" in wrong.stderr.decode()
    assert "Wrong passphrase" not in wrong.stderr.decode()

    out = tmp_path / "e.json"
    export = run(["export", "--journal", str(journal), "--format", "json", "--out", str(out),
                  "--passphrase-stdin"], PASS + "\n", lang="fr_FR.UTF-8")
    assert export.returncode == 0, export.stderr.decode()
    said = export.stdout.decode() + export.stderr.decode()
    assert "Export écrit (NON chiffré)" in said and "n’est PAS chiffré" in said
    assert "NOT encrypted" not in said and "written" not in said


def test_french_passwd_and_policy_words(journal):
    weak = run(["passwd", "--journal", str(journal), "--passphrase-stdin"], f"{PASS}\ncourt\n",
               lang="fr_FR.UTF-8")
    assert weak.returncode == 1
    assert "Trop courte" in weak.stderr.decode() or "trop court" in weak.stderr.decode().lower()
    done = run(["passwd", "--journal", str(journal), "--passphrase-stdin"],
               f"{PASS}\nune toute nouvelle phrase\n", lang="fr_FR.UTF-8")
    assert done.returncode == 0, done.stderr.decode()
    assert "Phrase de passe changée" in done.stdout.decode()
    assert "Passphrase changed" not in done.stdout.decode()


def test_help_in_french_and_english():
    french = run(["--lang", "fr", "--help"]).stdout.decode()
    assert "créer un nouveau carnet vide" in french and "chiffré" in french
    english = run(["--help"]).stdout.decode()
    assert "create a new, empty journal" in english


def test_english_never_loads_qt_and_french_only_qtcore(tmp_path):
    for lang, allowed in (("C.UTF-8", set()), ("fr_FR.UTF-8", {"PySide6.QtCore"})):
        # PySide6's own helpers come with QtCore; no GUI module may.
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "carnet", "check", "--journal",
             str(tmp_path / "absent.carnet")],
            capture_output=True, env={**os.environ, "LANG": lang, "LC_ALL": "", "LANGUAGE": ""},
            timeout=120, check=False,
        )
        assert result.returncode == 1
        imported = {line.split("|")[-1].strip() for line in result.stderr.decode().splitlines()
                    if line.startswith("import time:")}
        qt = {name for name in imported
              if name.startswith("PySide6.") and not name.startswith("PySide6.support")}
        assert qt == allowed, (lang, sorted(qt))


# -- no terminal ---------------------------------------------------------------------------


def test_no_terminal_and_no_stdin_option_is_a_clear_message(journal):
    result = run(["check", "--journal", str(journal)], stdin="", start_new_session=True)
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "EOFError" not in err and "Traceback" not in err
    assert err.startswith("carnet: no terminal") and "--passphrase-stdin" in err
    assert len(err.strip().splitlines()) == 1
    # control: with the option, the same stdin is read as the passphrase
    ok = run(["check", "--journal", str(journal), "--passphrase-stdin"], PASS + "\n",
             start_new_session=True)
    assert ok.returncode == 0 and ok.stdout.decode().strip() == "ok"


# -- closed pipe ---------------------------------------------------------------------------


def test_closed_pipe_ends_quietly(tmp_path):
    path = tmp_path / "many.carnet"
    store = JournalStore.create(path, PASS)
    group = store.groups.add(Group(name="Groupe", template_id="codev"))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 5)))
    with store.transaction():
        for i in range(1500):
            store.actions.add(Action(session_id=session.id, title=f"Action numéro {i} " * 3))
    store.close()
    env = {**os.environ, "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [*fast_kdf.python(), "-m", "carnet", "actions", "--journal", str(path), "--passphrase-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    proc.stdin.write((PASS + "\n").encode())
    proc.stdin.close()
    first = proc.stdout.readline()  # what `head -1` reads…
    proc.stdout.close()  # …before it leaves
    err = proc.stderr.read().decode()
    proc.wait(120)
    assert first.startswith(b"Action")
    assert err == "", err
    assert proc.returncode in (0, 141)
    # control: read to the end, the table is far bigger than a pipe's buffer
    whole = run(["actions", "--journal", str(path), "--passphrase-stdin"], PASS + "\n")
    assert whole.returncode == 0 and len(whole.stdout) > 65536


# -- usage lines ---------------------------------------------------------------------------


def test_every_subcommand_has_its_own_usage_line():
    cli._load_extensions()
    names = sorted(cli.COMMANDS)
    assert {"init", "demo", "check", "backup", "passwd", "export", "import"} <= set(names)
    for name in names:
        result = run([name, "--help"])
        assert result.returncode == 0, name
        first = result.stdout.decode().splitlines()[0]
        assert first.startswith(f"usage: carnet {name} "), first
        assert "COMMAND" not in first and "[options]" not in first, first
    main = run(["--help"]).stdout.decode().splitlines()
    assert main[0] == "usage: carnet [--demo] [--lang {fr,en}] [JOURNAL]"
    assert main[1].strip() == "carnet COMMAND [options]"
    wrong = run(["demo", "--sessions", "x"])
    assert wrong.returncode == 2
    assert wrong.stderr.decode().splitlines()[0].startswith("usage: carnet demo ")


def test_argparse_words_follow_the_language_too():
    french = run(["--lang", "fr", "demo", "--sessions", "x"])
    err = french.stderr.decode()
    assert french.returncode == 2
    assert err.startswith("usage : carnet demo ") and "erreur" in err and "invalide" in err
    english = run(["demo", "--sessions", "x"])
    assert english.stderr.decode().startswith("usage: carnet demo ")
    assert "error: argument --sessions: invalid int value" in english.stderr.decode()
