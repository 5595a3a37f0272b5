"""The ``carnet`` command line, run for real: subprocesses on encrypted files in
tmp_path for the main journeys, ``main()`` in-process for the cheaper cases."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import fast_kdf
import pytest

import carnet
from carnet import cli
from carnet.store import JournalStore, verify_passphrase

NEW_PASSPHRASE = "une autre phrase, bien plus longue"


def run(args: list[str], stdin: str = "", home: Path | None = None):
    """Run ``python -m carnet`` with the test's isolated CARNET_HOME."""
    env = dict(os.environ)
    if home is not None:
        env["CARNET_HOME"] = str(home)
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [*fast_kdf.python(), "-m", "carnet", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def text(data: bytes) -> str:
    return data.decode("utf-8")


def assert_one_clean_line(result) -> str:
    err = text(result.stderr)
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("carnet: ")
    return lines[0]


# -- subprocess journeys ---------------------------------------------------------------


def test_version():
    result = run(["--version"])
    assert result.returncode == 0
    assert text(result.stdout).strip() == f"carnet {carnet.__version__}"


def test_init_then_check(tmp_path, passphrase, isolated_home):
    journal = tmp_path / "nouveau.carnet"
    result = run(
        ["init", "--journal", str(journal), "--owner", "Camille", "--passphrase-stdin"],
        stdin=passphrase + "\n",
    )
    assert result.returncode == 0, text(result.stderr)
    assert journal.exists()
    result = run(["check", "--journal", str(journal), "--passphrase-stdin"], passphrase + "\n")
    assert result.returncode == 0, text(result.stderr)
    assert text(result.stdout).strip() == "ok"
    store = JournalStore.open(journal, passphrase)
    try:
        assert store.journal().owner_name == "Camille"
    finally:
        store.close()


def test_default_journal_lives_in_carnet_home(tmp_path, passphrase):
    home = tmp_path / "home"
    result = run(["init", "--passphrase-stdin"], passphrase + "\n", home=home)
    assert result.returncode == 0, text(result.stderr)
    assert (home / "data" / "carnet.journal").exists()
    # The passphrase never reaches the output.
    assert passphrase not in text(result.stdout) + text(result.stderr)


def test_demo_backup_passwd_journey(tmp_path, passphrase, isolated_home):
    journal = tmp_path / "demo.carnet"
    backup = tmp_path / "copie.carnet"
    line = passphrase + "\n"

    result = run(["demo", "--journal", str(journal), "--passphrase-stdin"], line)
    assert result.returncode == 0, text(result.stderr)
    assert text(result.stdout).strip() == str(journal)

    result = run(["check", "--journal", str(journal), "--passphrase-stdin"], line)
    assert (result.returncode, text(result.stdout).strip()) == (0, "ok")

    result = run(
        ["backup", "--journal", str(journal), "--out", str(backup), "--passphrase-stdin"], line
    )
    assert result.returncode == 0, text(result.stderr)
    result = run(["check", "--journal", str(backup), "--passphrase-stdin"], line)
    assert (result.returncode, text(result.stdout).strip()) == (0, "ok")

    result = run(
        ["passwd", "--journal", str(journal), "--passphrase-stdin"],
        f"{passphrase}\n{NEW_PASSPHRASE}\n",
    )
    assert result.returncode == 0, text(result.stderr)
    out = text(result.stdout) + text(result.stderr)
    assert passphrase not in out and NEW_PASSPHRASE not in out

    result = run(["check", "--journal", str(journal), "--passphrase-stdin"], line)
    assert result.returncode == 1
    assert "passphrase" in assert_one_clean_line(result).lower()
    assert text(result.stdout) == ""

    result = run(["check", "--journal", str(journal), "--passphrase-stdin"], NEW_PASSPHRASE + "\n")
    assert (result.returncode, text(result.stdout).strip()) == (0, "ok")

    # The copy taken before the change holds the demo and, rekeyed (the default with
    # --passphrase-stdin, issue 14), opens with the new passphrase only.
    kept = list((isolated_home / "data" / "backups").glob("demo-*-before-passwd.carnet"))
    assert len(kept) == 1
    assert not verify_passphrase(kept[0], passphrase)
    store = JournalStore.open(kept[0], NEW_PASSPHRASE)
    try:
        assert len(store.groups.list()) == 2
    finally:
        store.close()


def test_random_bytes_is_a_clear_error(tmp_path, passphrase):
    junk = tmp_path / "junk.carnet"
    junk.write_bytes(os.urandom(3 * 4096 + 17))
    result = run(["check", "--journal", str(junk), "--passphrase-stdin"], passphrase + "\n")
    assert result.returncode == 1
    assert "journal" in assert_one_clean_line(result).lower()
    assert junk.stat().st_size == 3 * 4096 + 17


# -- in-process: main() with a fake stdin ---------------------------------------------


@pytest.fixture
def stdin(monkeypatch):
    def feed(content: str) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content.encode("utf-8"))))

    return feed


def err_line(capsys) -> str:
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


def test_init_refuses_an_existing_file(tmp_path, passphrase, stdin, capsys):
    journal = tmp_path / "existe.carnet"
    journal.write_bytes(b"precious")
    stdin(passphrase + "\n")
    code = cli.main(["init", "--journal", str(journal), "--passphrase-stdin"])
    assert code == 1
    assert "already exists" in err_line(capsys)
    assert journal.read_bytes() == b"precious"


def test_demo_refuses_an_existing_file(journal_path, store, passphrase, stdin, capsys):
    stdin(passphrase + "\n")
    assert cli.main(["demo", "--journal", str(journal_path), "--passphrase-stdin"]) == 1
    assert "already exists" in err_line(capsys)


def test_check_on_empty_file(tmp_path, passphrase, stdin, capsys):
    empty = tmp_path / "vide.carnet"
    empty.touch()
    stdin(passphrase + "\n")
    assert cli.main(["check", "--journal", str(empty), "--passphrase-stdin"]) == 1
    line = err_line(capsys)
    assert line.startswith("carnet: ") and "empty" in line


def test_check_without_journal(tmp_path, capsys):
    missing = tmp_path / "absent.carnet"
    assert cli.main(["check", "--journal", str(missing), "--passphrase-stdin"]) == 1
    assert "no journal" in err_line(capsys)


def test_no_passphrase_on_stdin(journal_path, store, stdin, capsys):
    store.close()
    stdin("")
    assert cli.main(["check", "--journal", str(journal_path), "--passphrase-stdin"]) == 1
    assert "standard input" in err_line(capsys)


def test_backup_refuses_to_overwrite(journal_path, store, passphrase, stdin, capsys, tmp_path):
    store.close()
    out = tmp_path / "déjà.carnet"
    out.write_bytes(b"x")
    stdin(passphrase + "\n")
    args = ["backup", "--journal", str(journal_path), "--out", str(out), "--passphrase-stdin"]
    assert cli.main(args) == 1
    assert "already exists" in err_line(capsys)
    stdin(passphrase + "\n")
    assert cli.main([*args, "--force"]) == 0
    JournalStore.open(out, passphrase).close()


def test_journal_in_use_is_one_line(journal_path, store, passphrase, stdin, capsys):
    stdin(passphrase + "\n")
    assert cli.main(["check", "--journal", str(journal_path), "--passphrase-stdin"]) == 1
    assert "already open" in err_line(capsys)


def test_usage_error_exits_2(capsys):
    assert cli.main(["check", "--no-such-option"]) == 2
    assert cli.main(["chek"]) == 2
    assert "Traceback" not in capsys.readouterr().err


# -- passphrase helpers -------------------------------------------------------------------


def fake_getpass(*answers: str):
    replies = iter(answers)
    return lambda prompt="": next(replies)


def test_new_passphrase_confirmation_must_match():
    args = cli.build_parser().parse_args(["init"])
    with pytest.raises(cli.CliError, match="differ"):
        cli.ask_new_passphrase(args, getpass_fn=fake_getpass("un secret", "un secreT"))
    same = "même phrase de passe"
    assert cli.ask_new_passphrase(args, getpass_fn=fake_getpass(same, same)) == same
    with pytest.raises(cli.CliError, match="empty"):
        cli.ask_new_passphrase(args, getpass_fn=fake_getpass("", ""))


def test_error_messages_never_hold_the_passphrase():
    args = cli.build_parser().parse_args(["init"])
    with pytest.raises(cli.CliError) as caught:
        cli.ask_new_passphrase(args, getpass_fn=fake_getpass("s3cret-1", "s3cret-2"))
    assert "s3cret" not in str(caught.value)


def test_stdin_lines_keep_spaces_and_drop_line_ends(stdin):
    stdin("  avec espaces  \r\nseconde phrase\n")
    args = cli.build_parser().parse_args(["passwd", "--passphrase-stdin"])
    assert cli.read_passphrase(args) == "  avec espaces  "
    assert cli.ask_new_passphrase(args) == "seconde phrase"


# -- the extension API and the last-resort handlers ------------------------------------


@pytest.fixture
def extra_command():
    names: list[str] = []

    def add(name: str, handler, configure=None, **options) -> None:
        names.append(name)
        cli.register(name, f"test command {name}", configure, handler, **options)

    yield add
    for name in names:
        cli.COMMANDS.pop(name, None)


def test_register_adds_a_subcommand(extra_command, journal_path, store, passphrase, stdin, capsys):
    store.close()

    def configure(parser):
        parser.add_argument("--shout", action="store_true")

    def handler(args):
        with cli.open_store(args) as opened:
            name = opened.journal().owner_name
        print(name.upper() if args.shout else name)
        return 0

    extra_command("whoami", handler, configure)
    stdin(passphrase + "\n")
    code = cli.main(["whoami", "--journal", str(journal_path), "--passphrase-stdin", "--shout"])
    assert code == 0
    assert capsys.readouterr().out.strip() == "CAMILLE MARTIN"


def test_unexpected_errors_name_the_type_only(extra_command, capsys):
    def boom(args):
        raise RuntimeError("something the person wrote")

    extra_command("boom", boom, journal_options=False)
    assert cli.main(["boom"]) == 1
    line = err_line(capsys)
    assert line == "carnet: unexpected error: RuntimeError"


def test_keyboard_interrupt_exits_130(extra_command, capsys):
    def interrupted(args):
        raise KeyboardInterrupt

    extra_command("interrupted", interrupted, journal_options=False)
    assert cli.main(["interrupted"]) == 130
    assert "Traceback" not in capsys.readouterr().err


def test_store_and_value_errors_are_one_line(extra_command, capsys):
    def invalid(args):
        raise ValueError("rating: must be a whole number from 1 to 5")

    extra_command("invalid", invalid, journal_options=False)
    assert cli.main(["invalid"]) == 1
    assert err_line(capsys) == "carnet: rating: must be a whole number from 1 to 5"


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], True),
        (["--demo"], True),
        (["--lang", "en"], True),
        (["--lang", "fr", "journal.carnet"], True),
        (["check"], False),
        (["--version"], False),
        (["--help"], False),
        (["chek"], False),
    ],
)
def test_which_arguments_start_the_app(argv, gui):
    assert cli._gui_requested(argv) is gui

