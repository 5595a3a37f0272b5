"""Saving the one-page preparation sheet where the person chooses, then offering to open it.

The file chooser goes through ``messages().save_file`` and the opening through
``open_document``: both replaceable by tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from carnet.services.planning import Preparation
from carnet.store import JournalStore
from carnet.ui.services import messages


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrepSheet", text)


def open_document(path: Path) -> bool:
    """Open a file with the desktop's viewer (replaced in tests)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def suggested_name(preparation: Preparation) -> str:
    day = preparation.next_session.date if preparation.next_session else preparation.today
    return f"preparation-{day.isoformat()}.pdf"


def save_prep_sheet(parent: QWidget | None, preparation: Preparation,
                    group_names: Mapping[int, str], lang: str, *,
                    store: JournalStore) -> Path | None:
    """Ask where, write the sheet, offer to open it. The written path, or None.

    Names the groups mask leave the journal as their pseudonyms (``store`` lists them),
    as the group page promises and as in the booklet."""
    from carnet.booklet.anonymise import journal_anonymiser
    from carnet.booklet.prep_sheet import build_prep_sheet

    folder = Path.home() / "Documents"
    if not folder.is_dir():
        folder = Path.home()
    chosen = messages().save_file(parent, _tr("Save the preparation sheet"),
                                  str(folder / suggested_name(preparation)),
                                  _tr("PDF documents (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    from carnet.ui.synced_folder import may_write_in_clear

    if not may_write_in_clear(parent, store, path):
        return None
    if not path.parent.is_dir():
        messages().error(parent, _tr("Sheet not saved"),
                         _tr("The folder %1 does not exist: choose another place.")
                         .replace("%1", str(path.parent)))
        return None
    try:
        hide = journal_anonymiser(store, [preparation.group.id if preparation.group
                                          else None])
        build_prep_sheet(preparation, path, "en" if lang == "en" else "fr",
                         group_names=group_names, hide=hide)
    except Exception as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        messages().error(parent, _tr("Sheet not saved"),
                         _tr("The preparation sheet could not be written to %1 (%2). "
                             "Choose another folder.").replace("%1", str(path))
                         .replace("%2", detail))
        return None
    if messages().question(parent, _tr("Sheet saved"),
                           _tr("The preparation sheet was saved to %1.\n\nThis file is not "
                               "encrypted: keep it somewhere private.\n\nOpen it now?")
                           .replace("%1", str(path))):
        open_document(path)
    return path
