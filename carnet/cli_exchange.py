"""``carnet export`` and ``carnet import``: the journal to Markdown or JSON, and back.

Loaded automatically by ``carnet.cli`` (every ``carnet/cli_*.py`` module is);
the exchange code is imported inside the handlers so that starting the app
does not pay for it. Exports are NOT encrypted: the warning goes to stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from carnet.cli import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    ask_new_passphrase,
    open_store,
    register,
    require_new_file,
)


def _warn_not_encrypted() -> None:
    from carnet.exchange import NOT_ENCRYPTED_WARNING

    print(f"carnet: warning: {NOT_ENCRYPTED_WARNING}", file=sys.stderr)


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("markdown", "json"),
        required=True,
        help="markdown: a folder of readable files; json: the complete journal, re-importable",
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="markdown: a new or empty folder (or a previous export); json: the file to write",
    )
    parser.add_argument("--force", action="store_true", help="json: replace PATH if it exists")
    parser.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help="markdown: language of the headings"
    )
    parser.add_argument(
        "--anonymise",
        action="store_true",
        help="markdown: replace the members' masked names by their pseudonyms in the texts",
    )


def _cmd_export(args: argparse.Namespace) -> int:
    from carnet.exchange import ExportError, export_json, export_markdown

    out = Path(args.out).expanduser()
    if args.format == "json" and args.anonymise:
        raise CliError("--anonymise applies to the Markdown export only", EXIT_USAGE)
    if args.format == "json" and out.exists() and not args.force:
        raise CliError(f"{out} already exists; choose another name or add --force")
    with open_store(args) as store:
        try:
            if args.format == "json":
                result = export_json(store, out, overwrite=args.force)
            else:
                result = export_markdown(store, out, lang=args.lang, anonymise=args.anonymise)
        except ExportError as exc:
            raise CliError(str(exc)) from None
    _warn_not_encrypted()
    print(f"Export written (NOT encrypted): {result.path}")
    return EXIT_OK


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.json", help="a JSON export of a Carnet journal")
    parser.add_argument(
        "--new-journal",
        metavar="PATH",
        help="create a new encrypted journal at PATH from the file (asks a new passphrase) "
        "instead of merging into the journal",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="check the file and say what would be added, without changing anything",
    )


def _print_report(report) -> None:
    print(report.summary())
    for conflict in report.conflicts:
        print(f"  kept the journal's version: {conflict}")


def _cmd_import(args: argparse.Namespace) -> int:
    from carnet.exchange import CarnetImportError, import_into_new_journal, import_json, load_export

    source = Path(args.file).expanduser()
    try:
        parsed = load_export(source)  # a bad file is refused before any passphrase is asked
    except CarnetImportError as exc:
        raise CliError(f"{source} cannot be imported, nothing was changed: {exc}") from None
    if args.new_journal:
        if args.dry_run:
            raise CliError("--dry-run applies to a merge, not to --new-journal", EXIT_USAGE)
        target = Path(args.new_journal).expanduser()
        require_new_file(target)
        passphrase = ask_new_passphrase(args, "Phrase de passe du nouveau carnet : ")
        report = import_into_new_journal(parsed, target, passphrase)
        _print_report(report)
        print(f"Journal created: {target}")
        return EXIT_OK
    with open_store(args) as store:
        report = import_json(store, parsed, dry_run=args.dry_run)
    _print_report(report)
    return EXIT_OK


register(
    "export",
    "export the journal to Markdown or JSON (the result is NOT encrypted)",
    _configure_export,
    _cmd_export,
)
register(
    "import",
    "import a JSON export into the journal, or into a new journal (never duplicates)",
    _configure_import,
    _cmd_import,
)
