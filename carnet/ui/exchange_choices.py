"""What the Export and Import dialogs and the menu actions share: the export
kinds, where an export goes, and the two entry points tests replace
(:func:`run_dialog`, :func:`choose_folder`).

Its own module so that :mod:`carnet.ui.exchange_dialogs` and
:mod:`carnet.ui.ext_exchange` both import it and never each other in a circle.
Callers look the entry points up on this module at each use
(``exchange_choices.run_dialog(...)``) so a test's replacement is seen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtWidgets import QDialog, QWidget

MARKDOWN, JSON = "markdown", "json"
#: Written by a Markdown export in its folder (see docs/export-format.md).
MARKDOWN_MARKER = ".carnet-export.json"
BACKUP_REASON = "before-import"
#: Options under a radio button line up with its text.
INDENT = 26
MAX_CONFLICTS_SHOWN = 200


# -- replaceable entry points (tests replace them) --------------------------------------------


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """A folder chosen in the app's file dialog, or ""."""
    from carnet.ui.services import choose_directory

    return choose_directory(parent, title, start)


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted."""
    from PySide6.QtWidgets import QDialog

    return dialog.exec() == QDialog.DialogCode.Accepted


# -- helpers -------------------------------------------------------------------------------------


def default_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def export_name(today: date | None = None) -> str:
    if today is None:
        from datetime import date

        today = date.today()
    return f"carnet-export-{today.isoformat()}"


def markdown_destination(chosen: Path, today: date | None = None) -> Path:
    """Where a Markdown export goes when the person chose ``chosen``.

    A new or empty folder, or a previous Carnet export, receives it directly;
    any other folder gets a new sub-folder, so nobody's files get mixed in.
    """
    try:
        if not chosen.exists() or not any(chosen.iterdir()):
            return chosen
    except OSError:
        return chosen  # the export says what is wrong with it
    if (chosen / MARKDOWN_MARKER).is_file():
        return chosen
    base = export_name(today)
    candidate, n = chosen / base, 2
    while candidate.exists():
        candidate, n = chosen / f"{base}-{n}", n + 1
    return candidate
