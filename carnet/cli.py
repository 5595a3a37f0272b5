"""The ``carnet`` command line: starts the desktop app, or runs a headless job.

Sub-commands live in a registry so other modules can add theirs in a few
lines (see :func:`register`). Modules named ``carnet/cli_*.py`` are imported
automatically before the arguments are parsed; keep their top level light
(import heavy libraries inside the handler) so the app still starts fast.

Rules every handler follows, enforced here: the passphrase is read from a
prompt or from stdin, never from argv or the environment; errors are one
line on stderr (``carnet: …``) and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import getpass
import importlib
import os
import pkgutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import carnet
from carnet import paths

if TYPE_CHECKING:
    from carnet.store import JournalStore

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

#: Options of the desktop app (``carnet.ui.app``) that take a value.
GUI_LANGUAGES = ("fr", "en")
_GUI_VALUE_OPTIONS = frozenset({"--lang"})
_PARSER_ONLY_OPTIONS = frozenset({"-h", "--help", "--version"})

#: Extra modules that register sub-commands, besides the ``carnet.cli_*`` ones.
EXTENSION_MODULES: list[str] = []

Handler = Callable[[argparse.Namespace], "int | None"]
Configure = Callable[[argparse.ArgumentParser], None]


class CliError(Exception):
    """A failure to report as one line on stderr, then exit with ``code``.

    The message must never contain the passphrase.
    """

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Configure | None
    handler: Handler
    journal_options: bool = True


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
                raise CliError("the passphrase on standard input is not valid UTF-8") from None
        else:
            line = stream.readline()
        if not line:
            raise CliError("no passphrase on standard input (one per line expected)")
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
        raise CliError("the passphrase must not be empty")
    return passphrase


def read_passphrase(
    args: argparse.Namespace,
    prompt: str = "Phrase de passe : ",
    *,
    getpass_fn: Callable[[str], str] = getpass.getpass,
) -> str:
    """The passphrase of an existing journal: next stdin line, or a hidden prompt."""
    if getattr(args, "passphrase_stdin", False):
        return _check_not_empty(_stdin(args).next_line())
    return _check_not_empty(getpass_fn(prompt))


def ask_new_passphrase(
    args: argparse.Namespace,
    prompt: str = "Nouvelle phrase de passe : ",
    *,
    getpass_fn: Callable[[str], str] = getpass.getpass,
) -> str:
    """A new passphrase: asked twice at a prompt (must match), once on stdin."""
    if getattr(args, "passphrase_stdin", False):
        return _check_not_empty(_stdin(args).next_line())
    first = _check_not_empty(getpass_fn(prompt))
    second = getpass_fn("Confirmez la phrase de passe : ")
    if first != second:
        raise CliError("the two passphrases differ; nothing was changed")
    return first


# -- journals ------------------------------------------------------------------------


def journal_path(args: argparse.Namespace) -> Path:
    """``--journal`` or the default journal; resolved late so CARNET_HOME applies."""
    value = getattr(args, "journal", None)
    return Path(value).expanduser() if value else paths.default_journal_path()


def require_new_file(path: Path) -> None:
    if path.exists():
        raise CliError(f"a file already exists at {path}; choose another path")


@contextlib.contextmanager
def open_store(args: argparse.Namespace) -> Iterator[JournalStore]:
    """Read the passphrase, open the journal, and close it whatever happens.

    Store errors (wrong passphrase, damaged file, journal in use…) propagate as
    they are; :func:`main` prints them as one line and exits 1.
    """
    from carnet.store import JournalStore

    path = journal_path(args)
    if not path.exists():
        raise CliError(f"no journal at {path} (create one with `carnet init`)")
    passphrase = read_passphrase(args)
    store = JournalStore.open(path, passphrase)
    try:
        yield store
    finally:
        store.close()


def _create_store(args: argparse.Namespace, owner_name: str = "") -> JournalStore:
    from carnet.store import JournalStore

    path = journal_path(args)
    require_new_file(path)
    passphrase = ask_new_passphrase(args, "Phrase de passe du nouveau carnet : ")
    return JournalStore.create(path, passphrase, owner_name=owner_name)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# -- built-in sub-commands --------------------------------------------------------


def _cmd_init(args: argparse.Namespace) -> int:
    store = _create_store(args, owner_name=args.owner or "")
    store.close()
    print(f"Journal created: {store.path}")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from carnet.demo import build_demo

    if args.sessions is not None and args.sessions < 0:
        raise CliError("--sessions must be 0 or more", EXIT_USAGE)
    store = _create_store(args)
    try:
        build_demo(store, sessions=args.sessions)
    except BaseException:
        store.close()
        _remove_quietly(store.path)  # a half-filled demo is of no use to anyone
        raise
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
        raise CliError(f"{out} already exists; choose another name or add --force")
    with open_store(args) as store:
        written = store.backup_to(out)
    print(f"Encrypted backup written (same passphrase): {written}")
    return EXIT_OK


def _cmd_passwd(args: argparse.Namespace) -> int:
    from carnet.store import JournalStore

    path = journal_path(args)
    if not path.exists():
        raise CliError(f"no journal at {path} (create one with `carnet init`)")
    old = read_passphrase(args, "Phrase de passe actuelle : ")
    store = JournalStore.open(path, old)
    try:
        new = ask_new_passphrase(args)
        if new == old:
            raise CliError("the new passphrase is the same as the current one; nothing changed")
        from carnet.store.backups import change_passphrase_with_backup

        backup = change_passphrase_with_backup(store, old, new, paths.backups_dir())
    finally:
        store.close()
    print("Passphrase changed.")
    print(f"The previous version is kept, with the OLD passphrase, in {backup}")
    print("If you changed it because the old one leaked, delete that backup.")
    return EXIT_OK


def _configure_init(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--owner", metavar="NAME", help="the name shown on the journal")


def _configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sessions",
        type=int,
        metavar="N",
        help="generate N sessions over several groups (for benchmarks) "
        "instead of the hand-written sample",
    )


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


register("init", "create a new, empty journal", _configure_init, _cmd_init)
register("demo", "create a journal filled with sample content", _configure_demo, _cmd_demo)
register("check", "check the journal's integrity (prints ok)", None, _cmd_check)
register("backup", "write an encrypted copy of the journal", _configure_backup, _cmd_backup)
register(
    "passwd",
    "change the passphrase (keeps a backup under the old one)",
    None,
    _cmd_passwd,
)


# -- parser and entry point ---------------------------------------------------------


def _load_extensions() -> None:
    """Import the modules that register more sub-commands."""
    names = [
        f"carnet.{info.name}"
        for info in pkgutil.iter_modules(carnet.__path__)
        if info.name.startswith("cli_")
    ]
    for name in [*names, *EXTENSION_MODULES]:
        try:
            importlib.import_module(name)
        except Exception as exc:  # one broken extension must not break the others
            short = name.rsplit(".", 1)[-1]
            print(
                f"carnet: the {short!r} commands could not be loaded ({type(exc).__name__})",
                file=sys.stderr,
            )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carnet",
        usage="carnet [--demo] [--lang {fr,en}] [JOURNAL]\n       carnet COMMAND [options]",
        description="Carnet — a personal, encrypted logbook for peer-practice groups. "
        "Without a command, opens the desktop app (on JOURNAL if given).",
    )
    parser.add_argument("--version", action="version", version=f"carnet {carnet.__version__}")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo journal")
    parser.add_argument("--lang", choices=GUI_LANGUAGES, help="the app's interface language")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS.values():
        sub = subparsers.add_parser(command.name, help=command.help, description=command.help)
        if command.journal_options:
            sub.add_argument(
                "--journal",
                metavar="PATH",
                help=f"the journal file (default: {paths.default_journal_path()})",
            )
            sub.add_argument(
                "--passphrase-stdin",
                action="store_true",
                help="read the passphrase from the first line of standard input "
                "(passwd: current on line 1, new on line 2)",
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
        from carnet.ui.app import main as gui_main
    except ModuleNotFoundError as exc:
        gc.enable()
        if exc.name not in ("carnet.ui.app", "carnet.ui"):
            raise
        print("The Carnet window is coming soon; meanwhile, see `carnet --help`.")
        return EXIT_OK
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


def _run(argv: list[str]) -> int:
    first = _first_positional(argv)
    if (first is not None and not _names_a_file(first)) or \
            _PARSER_ONLY_OPTIONS.intersection(argv):
        _load_extensions()  # the app alone needs no registry: it starts sooner
    if _gui_requested(argv):
        return _start_gui(argv)
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
    except (StoreError, ValueError) as exc:
        print(f"carnet: {_one_line(exc)}", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK if result is None else int(result)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``carnet`` and ``python -m carnet``; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from carnet.hardening import disable_core_dumps

    disable_core_dumps()  # a core file would hold decrypted journal pages
    try:
        return _run(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_USAGE)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        # The message may quote the person's writing or a path: name the type only.
        print(f"carnet: unexpected error: {type(exc).__name__}", file=sys.stderr)
        return EXIT_FAILURE
