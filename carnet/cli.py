"""The ``carnet`` command line: starts the desktop app, or runs a headless job.

Sub-commands live in a registry so other modules can add theirs in a few
lines (see :func:`register`). Modules named ``carnet/cli_*.py`` are imported
automatically before the arguments are parsed; keep their top level light
(import heavy libraries inside the handler) so the app still starts fast.

Rules every handler follows, enforced here: the passphrase is read from a
prompt or from stdin, never from argv or the environment; errors are one
line on stderr (``carnet: …``) and a non-zero exit, never a traceback; every
message goes through ``_tr`` (``carnet.terminal_text``: the locale's language,
or ``--lang``, from the window's translation files); a closed pipe
(``carnet actions | head``) ends quietly.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import carnet
from carnet import paths, terminal_text

if TYPE_CHECKING:  # argparse is imported when a command runs: the app's window does not wait
    import argparse

    from carnet.store import JournalStore

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

# Options of the desktop app (``carnet.ui.app``) that take a value.
GUI_LANGUAGES = ("fr", "en")
_GUI_VALUE_OPTIONS = frozenset({"--lang"})
_PARSER_ONLY_OPTIONS = frozenset({"-h", "--help", "--version"})

#: The modules that add sub-commands (each calls :func:`register` when imported),
#: listed here so a reader sees every command's home; a missing one is an error.
COMMAND_MODULES: tuple[str, ...] = ("carnet.cli_booklet", "carnet.cli_exchange",
                                    "carnet.cli_planning", "carnet.cli_sync")

EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what Unix tools end with when the reader leaves

Handler = Callable[["argparse.Namespace"], "int | None"]
Configure = Callable[["argparse.ArgumentParser"], None]


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return terminal_text.translate("CommandLine", text, disambiguation, n)


class CliError(Exception):
    """A failure to report as one line on stderr, then exit with ``code``.

    The message must never contain the passphrase.
    """

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


class Command:
    """One sub-command (a plain class: a dataclass imports ``dataclasses`` and ``inspect``,
    ~10 ms, and a ``NamedTuple`` compiles its class, ~1 ms, that the app's start does not
    need)."""

    __slots__ = ("configure", "handler", "help", "journal_options", "name")

    def __init__(self, name: str, help: str, configure: Configure | None,
                 handler: Handler, journal_options: bool = True) -> None:
        self.name = name
        self.help = help
        self.configure = configure
        self.handler = handler
        self.journal_options = journal_options


COMMANDS: dict[str, Command] = {}


def register(
    name: str,
    help: str,
    configure: Configure | None,
    handler: Handler,
    *,
    journal_options: bool = True,
) -> None:
    """Add a sub-command.

    ``configure(parser)`` adds its arguments; ``handler(args)`` does the job and
    returns an exit code (``None`` means 0). With ``journal_options`` the parser
    also gets ``--journal PATH`` and ``--passphrase-stdin``, for :func:`open_store`.
    Raise :class:`CliError`, ``StoreError`` or ``ValueError`` to fail cleanly.
    """
    COMMANDS[name] = Command(name, help, configure, handler, journal_options)


# -- passphrases ---------------------------------------------------------------------


class _StdinLines:
    """Successive lines of stdin, read only when needed (passwd reads two)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    def next_line(self) -> str:
        stream = self._stream or sys.stdin
        raw = getattr(stream, "buffer", None)
        if raw is not None:
            data = raw.readline()
            try:
                line = data.decode("utf-8")
            except UnicodeDecodeError:
                raise CliError(_tr("the passphrase on standard input is not valid UTF-8")) from None
        else:
            line = stream.readline()
        if not line:
            raise CliError(_tr("no passphrase on standard input (one per line expected)"))
        if line.endswith("\n"):
            line = line[:-1]
        if line.endswith("\r"):
            line = line[:-1]
        return line


def _stdin(args: argparse.Namespace) -> _StdinLines:
    reader = getattr(args, "_stdin_lines", None)
    if reader is None:
        reader = _StdinLines()
        args._stdin_lines = reader
    return reader


def _check_not_empty(passphrase: str) -> str:
    if passphrase == "":
        raise CliError(_tr("the passphrase must not be empty"))
    return passphrase


def has_terminal() -> bool:
    """True when a hidden prompt can be shown (getpass reads the terminal, not stdin)."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return sys.stdin is not None and sys.stdin.isatty()
    os.close(fd)
    return True


def _prompt(getpass_fn: Callable[[str], str] | None, prompt: str) -> str:
    """A hidden prompt, or a clear error when there is no terminal to show it on."""
    no_terminal = _tr("no terminal to ask the passphrase on: run it in a terminal, or give "
                      "the passphrase on standard input with --passphrase-stdin")
    if getpass_fn is None:
        import getpass

        if not has_terminal():
            raise CliError(no_terminal)
        getpass_fn = getpass.getpass
    try:
        return getpass_fn(prompt)
    except EOFError:
        raise CliError(no_terminal) from None


def read_passphrase(
    args: argparse.Namespace,
    prompt: str | None = None,
    *,
    getpass_fn: Callable[[str], str] | None = None,
) -> str:
    """The passphrase of an existing journal: next stdin line, or a hidden prompt."""
    if getattr(args, "passphrase_stdin", False):
        return _check_not_empty(_stdin(args).next_line())
    return _check_not_empty(_prompt(getpass_fn, prompt or _tr("Passphrase: ")))


def strength_words(score: int) -> str:
    """The window's words for a passphrase score (same strings, same translations)."""
    from carnet.passphrase_policy import MIN_LENGTH

    words = [
        terminal_text.translate("WelcomePage", "Too short (at least %1 characters)").replace(
            "%1", str(MIN_LENGTH)),
        terminal_text.translate("WelcomePage", "Weak — add a few words"),
        terminal_text.translate("WelcomePage", "Fair"),
        terminal_text.translate("WelcomePage", "Strong"),
        terminal_text.translate("WelcomePage", "Very strong"),
    ]
    return words[score]


def check_new_passphrase(passphrase: str) -> str:
    """The window's policy: refuse what it refuses, with its words."""
    from carnet.passphrase_policy import passphrase_score

    _check_not_empty(passphrase)
    score = passphrase_score(passphrase)
    if score < 1:
        raise CliError(_tr("this passphrase cannot be used: %1; nothing was changed").replace(
            "%1", strength_words(score)))
    return passphrase


def ask_new_passphrase(
    args: argparse.Namespace,
    prompt: str | None = None,
    *,
    getpass_fn: Callable[[str], str] | None = None,
) -> str:
    """A new passphrase, checked against the policy: asked twice at a prompt, once on stdin."""
    from carnet.passphrase_policy import passphrase_score

    if getattr(args, "passphrase_stdin", False):
        return check_new_passphrase(_stdin(args).next_line())
    first = check_new_passphrase(_prompt(getpass_fn, prompt or _tr("New passphrase: ")))
    print(_tr("Strength: %1").replace("%1", strength_words(passphrase_score(first))),
          file=sys.stderr)
    second = _prompt(getpass_fn, _tr("Confirm the passphrase: "))
    if first != second:
        raise CliError(_tr("the two passphrases differ; nothing was changed"))
    return first


# -- journals ------------------------------------------------------------------------


def journal_path(args: argparse.Namespace) -> Path:
    """``--journal`` or the default journal; resolved late so CARNET_HOME applies."""
    value = getattr(args, "journal", None)
    return Path(value).expanduser() if value else paths.default_journal_path()


def require_new_file(path: Path) -> None:
    if path.exists() or path.is_symlink():
        raise CliError(
            _tr("a file already exists at %1; choose another path").replace("%1", str(path)))


@contextlib.contextmanager
def open_store(args: argparse.Namespace) -> Iterator[JournalStore]:
    """Read the passphrase, open the journal, and close it whatever happens.

    Store errors (wrong passphrase, damaged file, journal in use…) propagate as
    they are; :func:`main` prints them as one line and exits 1.
    """
    from carnet.store import JournalStore

    path = journal_path(args)
    if not path.exists():
        raise CliError(_no_journal(path))
    passphrase = read_passphrase(args)
    store = JournalStore.open(path, passphrase)
    try:
        warn_if_key_not_moved(store)
        yield store
    finally:
        store.close()


def warn_if_key_not_moved(store: JournalStore) -> None:
    """Say it when the journal opened but its key could not be moved to the current scheme.

    The window says it in its status bar; a command would otherwise go on under the
    older, weaker key without a word (the store keeps the reason in
    ``key_upgrade_error``). A warning on stderr: the command still does its job.
    """
    if store.key_upgrade_error:
        print("carnet: " + _tr(
            "warning: the journal's key could not be strengthened (its folder is read-only "
            "or the disk is full). The journal opens as before; Carnet will try again the "
            "next time it is opened."), file=sys.stderr)


def _no_journal(path: Path) -> str:
    return _tr("no journal at %1 (create one with `carnet init`)").replace("%1", str(path))


def _create_store(
    args: argparse.Namespace, owner_name: str = "", fill: Callable | None = None
) -> JournalStore:
    """A new journal, complete or not at all (``fill`` runs before it gets its name)."""
    from carnet.store import JournalStore

    path = journal_path(args)
    require_new_file(path)
    passphrase = ask_new_passphrase(args, _tr("Passphrase of the new journal: "))
    return JournalStore.create(path, passphrase, owner_name=owner_name, fill=fill)


# -- built-in sub-commands --------------------------------------------------------


def _cmd_init(args: argparse.Namespace) -> int:
    store = _create_store(args, owner_name=args.owner or "")
    store.close()
    print(_tr("Journal created: %1").replace("%1", str(store.path)))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from carnet.demo import build_demo

    if args.sessions is not None and args.sessions < 0:
        raise CliError(_tr("--sessions must be 0 or more"), EXIT_USAGE)
    store = _create_store(args, fill=lambda new: build_demo(new, sessions=args.sessions))
    store.close()
    print(store.path)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        problems = store.integrity_problems()
    if not problems:
        print("ok")
        return EXIT_OK
    for problem in problems:
        print(problem)
    return EXIT_FAILURE


def _cmd_backup(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.exists() and not args.force:
        raise CliError(
            _tr("%1 already exists; choose another name or add --force").replace("%1", str(out)))
    with open_store(args) as store:
        written = store.backup_to(out)
    print(_tr("Encrypted backup written (same passphrase): %1").replace("%1", str(written)))
    return EXIT_OK


def _ask_old_backups(args: argparse.Namespace, count: int) -> str:
    """``--old-backups``, else the question on a terminal, else (scripts) rekey."""
    if args.old_backups:
        return args.old_backups
    if getattr(args, "passphrase_stdin", False) or count == 0 or not has_terminal():
        return "rekey"
    question = _tr(
        "%n backup(s) of this journal open with the current passphrase. After the change, "
        "rekey them to the new passphrase (r) or delete them (d)? [r/d] ", n=count)
    while True:
        try:
            answer = input(question).strip().lower()
        except EOFError:
            return "rekey"
        if answer in ("", "r", _tr("r", "rekey answer")):
            return "rekey"
        if answer in ("d", _tr("d", "delete answer")):
            return "delete"


def _cmd_passwd(args: argparse.Namespace) -> int:
    from carnet.store import JournalStore
    from carnet.store.backups import change_passphrase_with_backup, list_backups

    path = journal_path(args)
    if not path.exists():
        raise CliError(_no_journal(path))
    old = read_passphrase(args, _tr("Current passphrase: "))
    store = JournalStore.open(path, old)
    try:
        warn_if_key_not_moved(store)
        new = ask_new_passphrase(args)
        if new == old:
            raise CliError(
                _tr("the new passphrase is the same as the current one; nothing was changed"))
        folder = paths.backups_dir()
        choice = _ask_old_backups(args, len(list_backups(folder, store.path)) + 1)
        from carnet.ui.sync.problems import (
            devices_with_the_old_passphrase,
            passphrase_changed_here,
        )

        elsewhere = devices_with_the_old_passphrase(store)
        result = change_passphrase_with_backup(store, old, new, folder, old_backups=choice)
        sync_problem = _rewrap_sync_key(store, new)
    finally:
        store.close()
    print(passphrase_changed_here(elsewhere) if elsewhere else
          _tr("Passphrase changed: from now on only the new one opens the journal."))
    if sync_problem is not None:
        print(_tr("carnet: warning: the synced folder still asks a new device for the old "
                  "passphrase (%1); `carnet sync` updates it once the folder can be "
                  "reached.").replace("%1", sync_problem), file=sys.stderr)
    if result.rekeyed:
        print(_tr("%n backup(s) rekeyed: they open with the new passphrase only (in %1).",
                  n=len(result.rekeyed)).replace("%1", str(folder)))
    if result.deleted:
        print(_tr("%n backup(s) deleted (in %1).", n=len(result.deleted)).replace(
            "%1", str(folder)))
    for failed, _reason in result.failed:
        print(_tr("carnet: warning: %1 could be neither rekeyed nor deleted; it may still "
                  "open with the old passphrase: delete it yourself.").replace(
                      "%1", str(failed)), file=sys.stderr)
    return EXIT_FAILURE if result.failed else EXIT_OK


def _rewrap_sync_key(store: JournalStore, new: str) -> str | None:
    """After a passphrase change, wrap the folder's copy of the sync key with the new one
    (a new device joins with the new passphrase); why it could not, or None."""
    folder = store.sync.folder
    if not folder:
        return None
    from carnet.sync import SyncError, rewrap

    try:
        rewrap(store, Path(folder), new)
    except SyncError as exc:
        return str(getattr(exc.why, "value", exc.why))
    except OSError as exc:
        return _one_line(exc.strerror or exc)
    if store.sync.pending_manifest is not None:  # kept in the journal for the next sync
        return _tr("%1 cannot be reached now").replace("%1", str(folder))
    return None


def _configure_init(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--owner", metavar="NAME", help=_tr("the name shown on the journal"))


def _configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sessions",
        type=int,
        metavar="N",
        help=_tr("generate N sessions over several groups (for benchmarks) "
                 "instead of the hand-written sample"),
    )


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE",
                        help=_tr("the backup file to write"))
    parser.add_argument("--force", action="store_true", help=_tr("replace FILE if it exists"))


def _configure_passwd(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--old-backups",
        choices=("rekey", "delete"),
        help=_tr("what to do with the journal's backups, which open with the current "
                 "passphrase: rekey them to the new one or delete them (asked at a "
                 "terminal; with --passphrase-stdin and no choice: rekey)"),
    )


def _register_builtins() -> None:
    register("init", _tr("create a new, empty journal"), _configure_init, _cmd_init)
    register("demo", _tr("create a journal filled with sample content"), _configure_demo,
             _cmd_demo)
    register("check", _tr("check the journal's integrity (prints ok)"), None, _cmd_check)
    register("backup", _tr("write an encrypted copy of the journal"), _configure_backup,
             _cmd_backup)
    register("passwd", _tr("change the passphrase (the journal's backups are rekeyed "
                           "or deleted)"), _configure_passwd, _cmd_passwd)


_register_builtins()


# -- parser and entry point ---------------------------------------------------------


def _load_extensions() -> None:
    """Import the modules that register more sub-commands (:data:`COMMAND_MODULES`)."""
    for name in COMMAND_MODULES:
        importlib.import_module(name)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="carnet",
        usage="carnet [--demo] [--lang {fr,en}] [JOURNAL]\n       carnet COMMAND [options]",
        description=_tr("Carnet — a personal, encrypted logbook for peer-practice groups. "
                        "Without a command, opens the desktop app (on JOURNAL if given)."),
    )
    # (help given: Python 3.11's version action does not pass its own through argparse._)
    parser.add_argument("--version", action="version", version=f"carnet {carnet.__version__}",
                        help=_tr("show program's version number and exit"))
    parser.add_argument("--demo", action="store_true",
                        help=_tr("open the app on a fresh demo journal"))
    parser.add_argument("--lang", choices=GUI_LANGUAGES,
                        help=_tr("the language of the app and of these messages"))
    # prog: each sub-command's usage line is "carnet NAME …", not the main usage's two lines.
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", prog="carnet")
    for command in COMMANDS.values():
        text = terminal_text.translate("CommandLine", command.help)
        sub = subparsers.add_parser(command.name, help=text, description=text)
        if command.journal_options:
            sub.add_argument(
                "--journal",
                metavar="PATH",
                help=_tr("the journal file (default: %1)").replace(
                    "%1", str(paths.default_journal_path())),
            )
            sub.add_argument(
                "--passphrase-stdin",
                action="store_true",
                help=_tr("read the passphrase from the first line of standard input "
                         "(passwd: current on line 1, new on line 2)"),
            )
        if command.configure is not None:
            command.configure(sub)
        sub.set_defaults(_handler=command.handler)
    return parser


def _start_gui(argv: list[str]) -> int:
    # Start-up builds what lives as long as the app (Qt's classes and enums, modules):
    # no garbage collection walks it meanwhile. The app collects again, and freezes
    # those objects out of later collections, once its first window shows.
    gc.disable()
    try:
        from carnet.ui import startup

        startup.warm_font_config()  # on another core while Qt is imported
        startup.import_qt()  # and PySide reads no source of ours to learn what it is
        from carnet.ui.app import main as gui_main
        from carnet.ui.app import plain_arguments
    except ModuleNotFoundError as exc:
        gc.enable()
        if exc.name not in ("carnet.ui.app", "carnet.ui"):
            raise
        print("The Carnet window is coming soon; meanwhile, see `carnet --help`.")
        return EXIT_OK
    if plain_arguments(argv) is None:
        _argparse_in_language()  # the app's arguments go through argparse: its words too
    try:
        code = int(gui_main(argv) or 0)
    finally:
        gc.enable()
    # The process ends next. Frozen, its objects (Qt's many wrappers and enums) are not
    # walked again by the interpreter's last garbage collection: ~40 ms sooner gone.
    gc.freeze()
    return code


def _first_positional(argv: list[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _GUI_VALUE_OPTIONS:
            skip = True
        elif arg == "--" or not arg.startswith("-"):
            return arg
    return None


def _gui_requested(argv: list[str]) -> bool:
    """True when argv is for the app: no command, or a journal file to open.

    A positional word that is neither a command nor looks like a file goes to
    argparse, so a typo (``carnet chek``) is reported instead of opening a window.
    """
    if _PARSER_ONLY_OPTIONS.intersection(argv):
        return False
    first = _first_positional(argv)
    if first is None:
        return True
    if first == "--" or first in COMMANDS:
        return False
    candidate = Path(first).expanduser()
    return bool(candidate.suffix) or candidate.exists() or os.sep in first


def _one_line(message: object) -> str:
    return " ".join(str(message).split()) or "failed"


def _names_a_file(word: str) -> bool:
    """A word no command can be: it has a file suffix or a folder in it."""
    return word != "--" and (bool(Path(word).suffix) or os.sep in word)


def _cli_language(argv: list[str]) -> str | None:
    """``--lang`` given before the command word (after it, it belongs to the command)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--" or not arg.startswith("-"):
            return None
    return None


def store_error_message(exc: BaseException) -> str:
    """A store error in the chosen language (the store itself speaks English only)."""
    from carnet.store import (
        DamagedJournalError,
        JournalInUseError,
        NewerJournalError,
        NotAJournalError,
        StorageError,
        UnsupportedCipherError,
        WrongPassphraseError,
    )

    if isinstance(exc, WrongPassphraseError):
        return _tr("Wrong passphrase — or the file is not a Carnet journal. Check the "
                   "passphrase (capital letters, accents) and try again.")
    if isinstance(exc, JournalInUseError):
        return _tr("the journal is already open in another Carnet window or process; "
                   "close it there first")
    if isinstance(exc, NewerJournalError):
        return _tr("this journal was written by a newer version of Carnet; update Carnet "
                   "to open it")
    if isinstance(exc, DamagedJournalError):
        return _tr("the journal is damaged; nothing was changed. Restore the latest backup "
                   "(the app offers it when unlocking).")
    if isinstance(exc, NotAJournalError):
        name = Path(exc.path).name if exc.path else ""
        said = {
            "missing": _tr("no journal at %1"),
            "folder": _tr("%1 is a folder, not a journal file"),
            "empty": _tr("%1 is empty: it is not a Carnet journal"),
            "plain": _tr("%1 is an unencrypted SQLite database, not a Carnet journal"),
            "foreign": _tr("%1 is an encrypted database but not a Carnet journal"),
            "unreadable": _tr("%1 is not a Carnet journal, or it is damaged beyond reading; "
                              "open another file or restore a backup"),
        }.get(exc.reason)
        if said and name:
            return said.replace("%1", exc.path if exc.reason in ("missing", "folder") else name)
        return _tr("this file is not a Carnet journal, or it is damaged beyond reading")
    if isinstance(exc, UnsupportedCipherError):
        return _tr("this installation cannot protect the journal (SQLCipher 4 is needed); "
                   "reinstall Carnet")
    if isinstance(exc, StorageError):
        # the store's English (« The disk is full: … », « Cannot create the lock file …:
        # [Errno 30] Read-only file system »), said from its code (fresh7 F25, F5)
        import re

        from carnet.ui.os_words import store_reason, write_reason

        found = re.search(r"\[Errno (\d+)\]", str(exc))
        reason = write_reason(int(found.group(1))) if found else store_reason(str(exc))
        return _tr("writing failed; nothing was half-written") + " (" + reason + ")"
    return _one_line(exc)


def _argparse_in_language() -> None:
    """argparse's own words (usage, options, its errors) in the chosen language too."""
    if terminal_text.language() == terminal_text.FALLBACK:
        return
    import argparse

    words = {
        "usage: ": _tr("usage: "),
        "positional arguments": _tr("positional arguments"),
        "options": _tr("options"),
        "show this help message and exit": _tr("show this help message and exit"),
        "show program's version number and exit": _tr("show program's version number and exit"),
        "%(prog)s: error: %(message)s\n": _tr("%(prog)s: error: %(message)s\n"),
        "the following arguments are required: %s":
            _tr("the following arguments are required: %s"),
        "unrecognized arguments: %s": _tr("unrecognized arguments: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            _tr("invalid choice: %(value)r (choose from %(choices)s)"),
        "argument %(argument_name)s: %(message)s": _tr("argument %(argument_name)s: %(message)s"),
        "expected one argument": _tr("expected one argument"),
        "invalid %(type)s value: %(value)r": _tr("invalid %(type)s value: %(value)r"),
    }
    argparse._ = lambda text: words.get(text, text)


def _run(argv: list[str]) -> int:
    terminal_text.set_language(_cli_language(argv))
    first = _first_positional(argv)
    if (first is not None and not _names_a_file(first)) or \
            _PARSER_ONLY_OPTIONS.intersection(argv):
        _register_builtins()  # their help, in the language just chosen
        _load_extensions()  # the app alone needs no registry: it starts sooner
    if _gui_requested(argv):
        return _start_gui(argv)
    _argparse_in_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _start_gui(argv)
    from carnet.store import StoreError  # not before: the app's window does not wait for it

    try:
        result = args._handler(args)
    except CliError as exc:
        print(f"carnet: {_one_line(exc)}", file=sys.stderr)
        return exc.code
    except StoreError as exc:
        print(f"carnet: {store_error_message(exc)}", file=sys.stderr)
        return EXIT_FAILURE
    except ValueError as exc:
        print(f"carnet: {_one_line(exc)}", file=sys.stderr)
        return EXIT_FAILURE
    _flush_stdout()
    return EXIT_OK if result is None else int(result)


def _flush_stdout() -> None:
    """Flush now, so that a reader gone away (``| head``) is seen here, not at exit."""
    if sys.stdout is not None:
        sys.stdout.flush()


def _quiet_broken_pipe() -> int:
    """The reader of our output left (``carnet actions | head``): stop quietly.

    What follows would write to the dead pipe again (Python flushes stdout at
    exit and would print "Exception ignored … BrokenPipeError"): point stdout
    at /dev/null first.
    """
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return EXIT_BROKEN_PIPE


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``carnet`` and ``python -m carnet``; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from carnet.hardening import disable_core_dumps, private_files

    disable_core_dumps()  # a core file would hold decrypted journal pages
    private_files()  # 0600 files and 0700 folders, whatever the umask
    try:
        return _run(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_USAGE)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except Exception as exc:
        # The message may quote the person's writing or a path: name the type only.
        print("carnet: " + _tr("unexpected error: %1").replace("%1", type(exc).__name__),
              file=sys.stderr)
        return EXIT_FAILURE
