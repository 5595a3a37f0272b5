"""The ``booklet`` sub-command: the personal progress booklet as a PDF, headless.

    carnet booklet --out livret.pdf [--group NAME] [--from DATE] [--to DATE]
                   [--no-anonymize] [--paper a4|letter] [--lang fr|en]

Imported automatically by ``carnet.cli`` (modules named ``cli_*``); reportlab is
imported only when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from carnet import terminal_text
from carnet.cli import EXIT_USAGE, CliError, open_store, register
from carnet.ui.booklet_words import booklet_error_text


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return terminal_text.translate("CommandLine", text, disambiguation, n)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _tr("%1 is not a date (expected YYYY-MM-DD, e.g. 2025-03-14)").replace(
                "%1", repr(text))
        ) from None


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.pdf", type=Path,
                        help=_tr("the PDF file to write (replaced if it exists)"))
    parser.add_argument("--group", metavar="NAME", action="append",
                        help=_tr("only this group (repeat for several; default: all)"))
    parser.add_argument("--from", dest="date_from", metavar="DATE", type=_day,
                        help=_tr("first day of the period (YYYY-MM-DD)"))
    parser.add_argument("--to", dest="date_to", metavar="DATE", type=_day,
                        help=_tr("last day of the period (YYYY-MM-DD)"))
    parser.add_argument("--no-anonymize", "--no-anonymise", dest="anonymise",
                        action="store_false",
                        help=_tr("keep other participants' real names (anonymised by default)"))
    parser.add_argument("--mask", metavar="NAME", action="append", default=[],
                        help=_tr("another name to hide (repeatable)"))
    parser.add_argument("--omit-name", action="store_true",
                        help=_tr("leave my own name off the cover"))
    parser.add_argument("--include-unheld", action="store_true",
                        help=_tr("also include sessions with notes that are not marked held "
                                 "(planned or missed); otherwise they are left out and listed"))
    parser.add_argument("--attachments", action="store_true",
                        help=_tr("put the sessions' photos in their chapters and list their PDFs"))
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    parser.add_argument("--lang", choices=("fr", "en"), default=None,
                        help=_tr("language of the booklet's own words (default: the "
                                 "language of these messages)"))


def _group_ids(store, names: list[str] | None) -> list[int] | None:
    if not names:
        return None
    ids = []
    for name in names:
        group = store.groups.find_by_name(name)
        if group is None:
            known = ", ".join(g.name for g in store.groups.list()) or _tr("none")
            raise CliError(_tr("no group named %1 (groups: %2)").replace("%1", repr(name))
                           .replace("%2", known), EXIT_USAGE)
        ids.append(group.id)
    return ids


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{100 * done // max(total, 1):3d} %", end="", file=sys.stderr, flush=True)


def _left_out_message(store, sessions) -> str:
    """How many sessions with notes the booklet leaves out, which, why, and the way in."""
    from carnet.booklet.texts import short_date

    names = {g.id: g.name for g in store.groups.list()}
    listed = "; ".join(
        _tr("%1, session %2, %3 (%4)").replace("%1", names.get(s.group_id, "?"))
        .replace("%2", str(s.number))
        .replace("%3", short_date(s.date, terminal_text.language()))
        .replace("%4", {"planned": _tr("planned", "session status"),
                        "held": _tr("held", "session status"),
                        "missed": _tr("missed", "session status")}.get(s.status.value,
                                                                        s.status.value))
        for s in sessions[:10])
    if len(sessions) > 10:
        listed += _tr("; and %1 more").replace("%1", str(len(sessions) - 10))
    if len(sessions) == 1:
        text = _tr("warning: 1 session of the period has notes or documents but is left out, "
                   "because only sessions marked held are told: %1. Add --include-unheld to "
                   "include it, or mark it held.").replace("%1", listed)
    else:
        text = _tr("warning: %1 sessions of the period have notes or documents but are left "
                   "out, because only sessions marked held are told: %2. Add --include-unheld "
                   "to include them, or mark them held.").replace("%1", str(len(sessions))).replace(
                       "%2", listed)
    return "carnet: " + text


def _cmd_booklet(args: argparse.Namespace) -> int:
    from carnet.booklet import BookletError, BookletOptions, build_booklet, left_out

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CliError(_tr("--from is after --to"), EXIT_USAGE)
    with open_store(args) as store:
        options = BookletOptions(
            date_from=args.date_from, date_to=args.date_to,
            group_ids=_group_ids(store, args.group), anonymise=args.anonymise,
            extra_names=args.mask, omit_owner_name=args.omit_name, paper=args.paper,
            lang=args.lang or terminal_text.language(), include_unheld=args.include_unheld,
            attachments=args.attachments,
        )
        unheld = left_out(store, options)
        try:
            result = build_booklet(store, options, args.out, progress=_progress)
        except BookletError as exc:
            raise CliError(booklet_error_text(exc)) from None
        finally:
            if sys.stderr.isatty():
                print("\r", end="", file=sys.stderr)
        if unheld:
            print(_left_out_message(store, unheld), file=sys.stderr)
    print(_tr("Booklet written (NOT encrypted): %1 (%n pages)", n=result.pages)
          .replace("%1", str(result.path)))
    if not args.anonymise:
        print("carnet: " + _tr("warning: the booklet shows other participants' real names"),
              file=sys.stderr)
    return 0


register("booklet", _tr("write the personal progress booklet (PDF, not encrypted)"), _configure,
         _cmd_booklet)
