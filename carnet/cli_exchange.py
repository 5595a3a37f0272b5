"""``carnet export`` and ``carnet import``: the journal to Markdown or JSON, and back.

Loaded automatically by ``carnet.cli`` (every ``carnet/cli_*.py`` module is);
the exchange code is imported inside the handlers so that starting the app
does not pay for it. Exports are NOT encrypted: the warning goes to stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from carnet import terminal_text
from carnet.cli import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    ask_new_passphrase,
    open_store,
    register,
    require_new_file,
)
from carnet.ui.exchange_words import (
    conflict_text,
    conflicts_summary,
    export_refusal,
    import_refusal,
)


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return terminal_text.translate("CommandLine", text, disambiguation, n)


def _warn_not_encrypted() -> None:
    from carnet.exchange import NOT_ENCRYPTED_WARNING, NOT_ENCRYPTED_WARNING_FR

    text = NOT_ENCRYPTED_WARNING_FR if terminal_text.language() == "fr" else NOT_ENCRYPTED_WARNING
    print("carnet: " + _tr("warning: %1").replace("%1", text), file=sys.stderr)


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("markdown", "json"),
        required=True,
        help=_tr("markdown: a folder of readable files; json: the complete journal, "
                 "re-importable"),
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help=_tr("markdown: a new or empty folder (or a previous export); json: the file "
                 "to write"),
    )
    parser.add_argument("--force", action="store_true",
                        help=_tr("json: replace PATH if it exists"))
    parser.add_argument(
        "--lang", choices=("fr", "en"), default=None,
        help=_tr("markdown: language of the headings (default: the language of these "
                 "messages)"),
    )
    parser.add_argument(
        "--anonymise",
        action="store_true",
        help=_tr("markdown: replace the members' masked names by their pseudonyms in the "
                 "texts"),
    )


def _cmd_export(args: argparse.Namespace) -> int:
    from carnet.exchange import ExportError, export_json, export_markdown

    out = Path(args.out).expanduser()
    if args.format == "json" and args.anonymise:
        raise CliError(_tr("--anonymise applies to the Markdown export only"), EXIT_USAGE)
    if args.format == "json" and out.exists() and not args.force:
        raise CliError(
            _tr("%1 already exists; choose another name or add --force").replace("%1", str(out)))
    with open_store(args) as store:
        try:
            if args.format == "json":
                result = export_json(store, out, overwrite=args.force)
            else:
                result = export_markdown(store, out, lang=args.lang or terminal_text.language(),
                                         anonymise=args.anonymise)
        except ExportError as exc:
            raise CliError(export_refusal(exc, str(store.path))) from None
    _warn_not_encrypted()
    print(_tr("Export written (NOT encrypted): %1").replace("%1", str(result.path)))
    return EXIT_OK


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.json",
                        help=_tr("a JSON export of a Carnet journal"))
    parser.add_argument(
        "--new-journal",
        metavar="PATH",
        help=_tr("create a new encrypted journal at PATH from the file (asks a new "
                 "passphrase) instead of merging into the journal"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=_tr("check the file and say what would be added, without changing anything"),
    )


def _kind_words(kind: str, n: int) -> str:
    words = {
        "action": _tr("%n action(s)", n=n), "assessment": _tr("%n rating(s)", n=n),
        "feeling": _tr("%n feeling(s)", n=n), "group": _tr("%n group(s)", n=n),
        "keyword": _tr("%n key word(s)", n=n), "learning": _tr("%n learning(s)", n=n),
        "member": _tr("%n member(s)", n=n), "objective": _tr("%n objective(s)", n=n),
        "owner_name": _tr("the owner's name"), "review": _tr("%n action review(s)", n=n),
        "session": _tr("%n session(s)", n=n), "setting": _tr("%n setting(s)", n=n),
        "step_note": _tr("%n step note(s)", n=n), "topic": _tr("%n topic(s)", n=n),
        "attachment": _tr("%n photo(s) or document(s)", n=n),
    }
    return words.get(kind, f"{n} {kind}")


def _print_report(report, parsed=None) -> None:
    added = ", ".join(_kind_words(k, n) for k, n in sorted(report.added.items()) if n)
    if added:
        text = (_tr("Import would add %1") if report.dry_run else _tr("Import added %1")
                ).replace("%1", added)
    else:  # (a whole sentence: « n’a rien ajouté », not « a ajouté rien »)
        text = _tr("Import would add nothing") if report.dry_run else _tr(
            "Import added nothing")
    if report.skipped.total():
        text += _tr("; %n already present", n=report.skipped.total())
    print(text + ".")
    for line in conflicts_summary(report.conflicts, done=not report.dry_run):
        print(line)
    for conflict in report.conflicts:
        print("  " + conflict_text(conflict, parsed))


def _cmd_import(args: argparse.Namespace) -> int:
    from carnet.exchange import CarnetImportError, import_into_new_journal, import_json, load_export

    source = Path(args.file).expanduser()
    try:
        parsed = load_export(source)  # a bad file is refused before any passphrase is asked
    except CarnetImportError as exc:
        raise CliError(import_refusal(str(source), exc)) from None
    if args.new_journal:
        if args.dry_run:
            raise CliError(_tr("--dry-run applies to a merge, not to --new-journal"), EXIT_USAGE)
        target = Path(args.new_journal).expanduser()
        require_new_file(target)
        passphrase = ask_new_passphrase(args, _tr("Passphrase of the new journal: "))
        report = import_into_new_journal(parsed, target, passphrase)
        _print_report(report, parsed)
        print(_tr("Journal created: %1").replace("%1", str(target)))
        return EXIT_OK
    with open_store(args) as store:
        report = import_json(store, parsed, dry_run=args.dry_run)
    _print_report(report, parsed)
    return EXIT_OK


register(
    "export",
    _tr("export the journal to Markdown or JSON (the result is NOT encrypted)"),
    _configure_export,
    _cmd_export,
)
register(
    "import",
    _tr("import a JSON export into the journal, or into a new journal (never duplicates)"),
    _configure_import,
    _cmd_import,
)
