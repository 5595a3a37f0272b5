"""``carnet sync`` and ``carnet join``: the journal kept in step through a synced folder.

The work is the engine's (:mod:`carnet.sync`): this module reads the
passphrase like every other command, asks before a folder is set up, and
words every code of a :class:`~carnet.sync.report.SyncReport` or a
:class:`~carnet.sync.errors.SyncError` in the person's language. The engine is
imported inside the handlers: starting the app does not pay for it.

``carnet sync`` remembers the folder in the journal the first time (after a
question, or ``--yes``); ``carnet join`` builds a new journal from a folder
another device set up, with the same passphrase; Ctrl-C cancels it and leaves
no half journal (the engine builds it under a temporary name).
"""

from __future__ import annotations

import argparse
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from carnet import terminal_text
from carnet.cli import (
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    _no_journal,
    has_terminal,
    journal_path,
    read_passphrase,
    register,
    require_new_file,
    warn_if_key_not_moved,
)
from carnet.ui.sync import problems
from carnet.ui.sync.problems import code_of, os_reason
from carnet.ui.sync.problems import fill as _fill

if TYPE_CHECKING:
    from carnet.sync.errors import SyncError
    from carnet.sync.report import Problem, SyncReport


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return terminal_text.translate("CommandLine", text, disambiguation, n)


# -- words ---------------------------------------------------------------------------------------


def problem_text(problem: Problem, folder: Path | None = None) -> str:
    """One line saying what a report's problem means and what to do: the window's sentence,
    but where the remedy is a command, or the problem is only a warning here."""
    args = problem.args or {}
    code = code_of(problem.code)
    if code == "journal_in_folder":
        return _fill(_tr("warning: the journal file %1 is inside the synced folder. Move it "
                         "out: sync tools damage a journal file in use, and the folder only "
                         "needs Carnet's change files."), args.get("path", "") or problem.file)
    if code == "write_failed":
        return _fill(_tr("the changes of this computer could not be written to the folder "
                         "(%1): they stay in the journal and will be sent at the next sync."),
                     os_reason(str(args.get("detail", ""))) or folder or "")
    if code == "key_mismatch":
        return _tr("the folder is set up with another key than this journal's: set it up "
                   "again with carnet sync --folder PATH.")
    if code == "others_absent":
        names = problems.absent_names(problem)
        return _fill(_tr("warning: none of the devices this journal synced with (%1) is in "
                         "%2: they do not receive this computer's changes, nor it theirs, "
                         "until they sync through the same folder (or this journal goes back "
                         "to theirs with --folder PATH)."),
                     ", ".join(names[:5]) + (", …" if len(names) > 5 else ""), folder or "")
    return problems.problem_text(problem)


def error_text(error: SyncError, folder: Path | None = None) -> str:
    """Why a whole sync, set-up or join did not happen, and what to do."""
    why = code_of(error.why)
    details = error.details or {}
    where = str(details.get("path", "") or folder or "")
    detail = os_reason(str(details.get("detail", "")))
    if why == "no_folder" or why == "not_set_up":
        return _tr("this journal does not sync yet: give the synced folder with --folder PATH")
    if why == "folder_unavailable":
        return _fill(_tr("the sync folder %1 cannot be reached (a drive or a share "
                         "disconnected?). Nothing was changed; your changes will be sent at "
                         "the next sync."), where)
    if why == "folder_not_writable":
        return _fill(_tr("the sync folder %1 cannot be written (read-only or full?): %2"),
                     where, detail)
    if why == "no_journal_in_folder":
        return _fill(_tr("there is no Carnet journal in %1 yet: set sync up on your other "
                         "device first (carnet sync --folder PATH), and let your sync tool "
                         "bring the folder here."), where)
    if why == "several_journals":
        ids = ", ".join(str(i) for i in details.get("ids", []) or [])
        return _fill(_tr("%1 holds several Carnet journals (%2): choose one with "
                         "--journal-id ID"), where, ids)
    if why == "wrong_passphrase":
        return _fill(_tr("this passphrase does not open the journal synced in %1: give the "
                         "passphrase of the journal on your other devices"), where)
    if why == "bad_manifest":
        return _fill(_tr("the description of the synced journal in %1 (manifest.json) is "
                         "missing or damaged; if your sync tool is still downloading, try "
                         "again later"), where)
    if why == "newer_manifest":
        return _tr("the folder was set up by a newer version of Carnet: update Carnet on this "
                   "computer")
    if why == "key_mismatch":
        return _tr("the folder is set up with another key than this journal's (another "
                   "journal, or the passphrase changed elsewhere): nothing was changed")
    if why == "other_journals":
        return _fill(_tr("%1 already holds another Carnet journal: to open that journal on "
                         "this computer, use carnet join --folder PATH; nothing was changed"),
                     where)
    if why == "journal_exists":
        return _fill(_tr("a file already exists at %1; choose another path"),
                     details.get("path", ""))
    if why == "cancelled":
        return _tr("cancelled: no journal was created")
    if why == "nothing_to_join":
        return _fill(_tr("%1 holds no change file this Carnet can read yet: wait until your "
                         "sync tool has finished downloading, then try again"), where)
    return _fill(_tr("the sync did not happen: %1"), why)


def summary(report: SyncReport) -> str:
    """The first line of ``carnet sync``: what went out, what came in."""
    sent = (_tr("1 change file sent") if report.sent == 1  # English: 1 said apart
            else _tr("%n change files sent", n=report.sent))
    received = _tr("%n received", n=report.received)
    if report.complete:
        line = _fill(_tr("Synced: %1, %2."), sent, received)
    else:
        line = _fill(_tr("Partly synced: %1, %2."), sent, received)
    for sentence in problems.conflict_sentences(report.conflicted, report.conflicts):
        line += " " + sentence  # (a title's conflict is no « version » in a text)
    return line


# -- Ctrl-C ----------------------------------------------------------------------------------------


@contextmanager
def _cancel_on_interrupt() -> Iterator[threading.Event]:
    """Ctrl-C sets an event the engine polls, instead of raising in the middle of its work."""
    event = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield event
        return
    previous = signal.getsignal(signal.SIGINT)

    def handler(_signum, _frame) -> None:
        if event.is_set():  # a second Ctrl-C: the person insists
            raise KeyboardInterrupt
        event.set()
        print("\n" + _tr("Cancelling…"), file=sys.stderr, flush=True)

    signal.signal(signal.SIGINT, handler)
    try:
        yield event
    finally:
        signal.signal(signal.SIGINT, previous)


# -- carnet sync -----------------------------------------------------------------------------------


def _configure_sync(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--folder", metavar="PATH",
                        help=_tr("the folder your sync tool keeps in step (Nextcloud, "
                                 "Syncthing, Dropbox, a share…); remembered in the journal "
                                 "after the first time"))
    parser.add_argument("--yes", action="store_true",
                        help=_tr("set the folder up without asking (scripts)"))


def _confirm_setup(args: argparse.Namespace, folder: Path, previous: str | None) -> None:
    if previous:
        question = _fill(_tr("This journal syncs through %1. Sync it through %2 from now on? "
                             "[y/N] "), previous, folder)
    else:
        question = _fill(_tr("Sync this journal through %1? Carnet will write its encrypted "
                             "change files in %1/Carnet. [y/N] "), folder)
    if args.yes:
        return
    if getattr(args, "passphrase_stdin", False) or not has_terminal():
        raise CliError(_fill(_tr("the folder %1 is not set up for this journal yet: add --yes "
                                 "to set it up"), folder), EXIT_USAGE)
    try:
        answer = input(question).strip().lower()
    except EOFError:
        answer = ""
    if answer not in ("y", "yes", _tr("y", "yes answer"), _tr("yes", "yes answer")):
        raise CliError(_tr("nothing was changed"), EXIT_FAILURE)


def _folder_arg(value: str) -> Path:
    return Path(value).expanduser().absolute()


def inside(path: Path, folder: Path) -> bool:
    """True when ``path`` (a journal file) lies in ``folder`` or below, links resolved."""
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def _print_problems(report: SyncReport, folder: Path | None) -> None:
    seen: set[str] = set()
    for problem in report.problems:
        line = problem_text(problem, folder)
        if line not in seen:  # the same file reported twice says nothing more
            seen.add(line)
            print("carnet: " + line, file=sys.stderr)


def _journal_inside(path: Path, folder: Path) -> str:
    """The window's refusal, for the command line: nothing is synced."""
    return _fill(_tr("the journal file %1 is inside the synced folder %2. Sync tools damage "
                     "a journal file in use: move the journal out of this folder first (or "
                     "choose another folder); the folder only needs Carnet's change files. "
                     "Nothing was synced."), path, folder)


def _cmd_sync(args: argparse.Namespace) -> int:
    from carnet.store import JournalStore
    from carnet.sync import SyncError, setup, sync_once

    path = journal_path(args)
    if not path.exists():
        raise CliError(_no_journal(path))
    if args.folder and inside(path.absolute(), _folder_arg(args.folder)):
        raise CliError(_journal_inside(path, _folder_arg(args.folder)), EXIT_USAGE)
    passphrase = read_passphrase(args)
    lock = Path(str(path.resolve()) + ".lock")
    had_lock = lock.exists()
    store = JournalStore.open(path, passphrase)
    folder: Path | None = None
    try:
        warn_if_key_not_moved(store)
        remembered = store.sync.folder
        if not args.folder and remembered and inside(path.absolute(), Path(remembered)):
            store.close()
            if not had_lock:  # opened only to read where it syncs: nothing left there
                lock.unlink(missing_ok=True)
            raise CliError(_journal_inside(path, Path(remembered)))
        if args.folder:
            folder = _folder_arg(args.folder)
            if remembered is None or Path(remembered) != folder:
                _confirm_setup(args, folder, remembered)
                try:
                    setup(store, folder, passphrase)
                except SyncError as exc:
                    raise CliError(error_text(exc, folder)) from None
                if not store.sync.device_label:  # how the other devices list this one
                    store.sync.device_label = socket.gethostname().split(".")[0][:60]
                print(_fill(_tr("This journal now syncs through %1."), folder))
        elif remembered is None:
            raise CliError(_tr("this journal does not sync yet: give the synced folder with "
                               "--folder PATH"), EXIT_USAGE)
        else:
            folder = Path(remembered)
        del passphrase
        with _cancel_on_interrupt() as stop:
            try:
                report = sync_once(store, folder, cancelled=stop.is_set)
            except SyncError as exc:
                raise CliError(error_text(exc, folder)) from None
    finally:
        store.close()
    print(summary(report))
    _print_problems(report, folder)
    if report.cancelled:
        return EXIT_INTERRUPTED
    return EXIT_OK if report.complete else EXIT_FAILURE


# -- carnet join -----------------------------------------------------------------------------------


def _configure_join(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--folder", required=True, metavar="PATH",
                        help=_tr("the synced folder where your other device set sync up"))
    parser.add_argument("--journal-id", metavar="ID",
                        help=_tr("which journal, when the folder holds several"))


class _Progress:
    """« Building the journal: 40 / 120 » on stderr, rewritten in place at a terminal."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        percent = int(100 * done / total) if total else 100
        if percent == self.last:
            return
        self.last = percent
        line = _tr("Building the journal: %1 of %n file(s) (%3 %)", n=total).replace(
            "%1", str(done)).replace("%3", str(percent))
        if self.tty:
            print("\r" + line, end="", file=sys.stderr, flush=True)
        elif percent in (0, 100) or percent % 25 == 0:
            print(line, file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.tty and self.last >= 0:
            print(file=sys.stderr, flush=True)


def _cmd_join(args: argparse.Namespace) -> int:
    from carnet.sync import SyncError, join

    new = journal_path(args)
    require_new_file(new)
    folder = _folder_arg(args.folder)
    if inside(new.absolute(), folder):
        raise CliError(_fill(_tr("%1 is inside the synced folder: sync tools damage a journal "
                                 "file in use. Choose a place outside %2 (the folder only "
                                 "needs Carnet's change files)."), new, folder), EXIT_USAGE)
    if not folder.is_dir():  # said before the passphrase is asked, as the window does
        raise CliError(_fill(_tr("the folder %1 cannot be found (a drive or a share "
                                 "disconnected?). No journal was created."), folder))
    passphrase = read_passphrase(args, _tr("Passphrase of the journal on your other "
                                           "devices: "))
    progress = _Progress()
    kwargs = {"journal_id": args.journal_id} if args.journal_id else {}
    with _cancel_on_interrupt() as stop:
        try:
            report = join(folder, passphrase, new, progress=progress, cancelled=stop.is_set,
                          device_label=socket.gethostname().split(".")[0][:60], **kwargs)
        except SyncError as exc:
            progress.end()
            why = code_of(exc.why)
            if why == "folder_unavailable":  # not « sent at the next sync »: nothing yet
                raise CliError(_fill(_tr("the folder %1 cannot be found (a drive or a share "
                                         "disconnected?). No journal was created."),
                                     folder)) from None
            raise CliError(error_text(exc, folder),
                           EXIT_INTERRUPTED if why == "cancelled" else EXIT_FAILURE) from None
        finally:
            del passphrase
    progress.end()
    if report.cancelled:
        print("carnet: " + _tr("cancelled: no journal was created"), file=sys.stderr)
        return EXIT_INTERRUPTED
    print(_fill(_tr("Journal created: %1 — it opens with the same passphrase and syncs "
                    "through %2."), new, folder))
    _print_problems(report, folder)
    return EXIT_OK if report.complete else EXIT_FAILURE


def _register() -> None:
    register("sync", _tr("send this journal's changes to the synced folder and apply the "
                         "other devices' ones"), _configure_sync, _cmd_sync)
    register("join", _tr("create this device's journal from a synced folder (same "
                         "passphrase as your other devices)"), _configure_join, _cmd_join)


_register()
