"""File → « Export… » and « Import… »: the journal out to Markdown or JSON, and back in.

Plugged in by ``MainWindow.install_extensions``; the work is done by the Qt-free
:mod:`carnet.exchange`. What this module adds is the person's side of it:

* Export says before and after writing that the result is NOT encrypted, and
  writes only where the person chose (``messages().save_file`` for JSON,
  ``exchange_choices.choose_folder`` for Markdown — both replaceable by tests).
  A chosen folder that already holds other files gets a new sub-folder, never a mix.
* Import checks the whole file and shows what it would add (a dry run) before
  anything is written; a refused file (malformed, hostile, not an export) gives
  a plain message and leaves the journal as it was. Before merging, an
  encrypted backup of the journal is written, so an import can be undone.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from carnet import paths
from carnet.ui import exchange_choices
from carnet.ui.exchange_choices import (
    BACKUP_REASON,
    JSON,
    default_folder,
)
from carnet.ui.exchange_words import conflicts_summary, import_refusal
from carnet.ui.i18n import current_language
from carnet.ui.services import messages

if TYPE_CHECKING:
    from carnet.exchange import ExportResult, ImportReport
    from carnet.store import JournalStore
    from carnet.ui.main_window import MainWindow


@contextlib.contextmanager
def busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def backup_folder(window: MainWindow) -> Path:
    return Path(window.settings.backup_folder or paths.backups_dir())


# -- the menu actions ------------------------------------------------------------------------------


class ExchangeActions(QObject):
    """File → Export… / Import…: dialogs, writing, messages. Holds no journal content."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("exchangeActions")
        self.window = window
        self.export_action = QAction(self.tr("E&xport…"), window)
        self.export_action.setObjectName("exportAction")
        self.export_action.setStatusTip(
            self.tr("Write the journal as Markdown or JSON files (NOT encrypted)"))
        self.import_action = QAction(self.tr("&Import…"), window)
        self.import_action.setObjectName("importAction")
        self.import_action.setStatusTip(
            self.tr("Add the content of a JSON export to this journal"))
        for action in (self.export_action, self.import_action):
            window.add_action("file", action, journal_only=True)
        self._place_in_menu()

        # Signals, in one place
        self.export_action.triggered.connect(self.export)
        self.import_action.triggered.connect(self.import_file)

    def _place_in_menu(self) -> None:
        """Beside the booklet (another way out of the journal), before Lock / Quit."""
        menu = self.window.menus["file"]
        actions = getattr(self.window, "actions", None)
        anchor = actions.get("lock") if isinstance(actions, dict) else None
        if anchor is None or anchor not in menu.actions():
            return
        for action in (self.export_action, self.import_action):
            menu.removeAction(action)
        menu.insertActions(anchor, [self.export_action, self.import_action])
        menu.insertSeparator(anchor)

    def _store(self) -> JournalStore | None:
        store = self.window.store
        if store is not None and self.window.workspace is not None:
            self.window.workspace.flush()
        return store

    # -- export --------------------------------------------------------------------------------
    def export(self) -> ExportResult | None:
        store = self._store()
        if store is None:
            return None
        from carnet.ui.exchange_dialogs import ExportDialog

        dialog = ExportDialog(store.path, self.window, current_language())
        try:
            choice = dialog.choice() if exchange_choices.run_dialog(dialog) else None
        finally:
            dialog.deleteLater()
        if choice is None:
            return None
        from carnet.ui.synced_folder import may_write_in_clear

        if not may_write_in_clear(self.window, store, choice.path):
            return None
        from carnet.exchange import ExportError, export_json, export_markdown
        from carnet.store.errors import StoreError

        try:
            with busy():
                if choice.kind == JSON:
                    result = export_json(store, choice.path, overwrite=choice.overwrite)
                else:
                    result = export_markdown(store, choice.path, lang=choice.lang,
                                             anonymise=choice.anonymise,
                                             templates=self.window.templates)
        except (ExportError, StoreError, OSError) as exc:
            if isinstance(exc, ExportError) and exc.reason:
                from carnet.ui.exchange_words import export_refusal

                messages().error(self.window, self.tr("Export not written"),
                                 export_refusal(exc, str(store.path)))
                return None
            messages().error(self.window, self.tr("Export not written"),
                             self.tr("The export could not be written; nothing was left "
                                     "half-written.") + "\n\n" + _detail(exc))
            return None
        messages().warning(
            self.window, self.tr("Export written — NOT encrypted"),
            self.tr("Your journal was exported to:\n%1").replace("%1", str(result.path))
            + "\n\n" + self.tr("This export is NOT encrypted: anyone who can open it can read "
                               "your journal, including what other participants confided. "
                               "Keep it somewhere private and delete it when you no longer "
                               "need it."))
        self.window.statusBar().showMessage(
            self.tr("Export written (not encrypted): %1").replace("%1", str(result.path)),
            10_000)
        return result

    # -- import --------------------------------------------------------------------------------
    def import_file(self) -> ImportReport | None:
        store = self._store()
        if store is None:
            return None
        chosen = messages().open_file(self.window, self.tr("Import a Carnet export"),
                                      str(default_folder()),
                                      self.tr("Carnet exports (*.json);;All files (*)"))
        if not chosen:
            return None
        source = Path(chosen)
        from carnet.exchange import CarnetImportError, import_json, load_export
        from carnet.store.errors import StoreError

        try:
            with busy():
                parsed = load_export(source)
                preview = import_json(store, parsed, dry_run=True)
        except CarnetImportError as exc:
            messages().error(self.window, self.tr("File not imported"),
                             import_refusal(source.name, exc))
            return None
        except StoreError as exc:
            self._import_failed(exc)
            return None
        if preview.total_added == 0:
            messages().information(
                self.window, self.tr("Nothing to import"),
                self.tr("Everything in %1 is already in your journal. Nothing was changed.")
                .replace("%1", source.name))
            return preview
        from carnet.ui.exchange_dialogs import ImportPreviewDialog, count_phrases

        dialog = ImportPreviewDialog(source, parsed, preview, self.window)
        try:
            accepted = exchange_choices.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        if not accepted or not self._backup_first(store):
            return None
        try:
            with busy():
                report = import_json(store, parsed)
        except (CarnetImportError, StoreError) as exc:
            self._import_failed(exc)
            return None
        self._refresh()
        text = self.tr("Added to your journal:") + "\n• " + "\n• ".join(
            count_phrases(report.added))
        if report.conflicts:
            text += "\n\n" + "\n".join(conflicts_summary(report.conflicts, done=True))
        messages().information(self.window, self.tr("Import done"), text)
        return report

    def _backup_first(self, store: JournalStore) -> bool:
        """An encrypted backup before merging, so the import can be undone; False to stop."""
        if getattr(self.window, "demo", False):
            return True
        from carnet.store.backups import BackupService
        from carnet.store.errors import StoreError

        try:
            with busy():
                BackupService().backup_now(store, backup_folder(self.window),
                                           self.window.settings.backup_count, BACKUP_REASON)
        except (StoreError, OSError, ValueError) as exc:
            return messages().question(
                self.window, self.tr("No backup before the import"),
                self.tr("A backup copy of your journal could not be written before the "
                        "import:\n%1\n\nImport anyway? The import only adds to the journal, "
                        "but it could not be undone.").replace("%1", _detail(exc)))
        return True

    def _import_failed(self, exc: Exception) -> None:
        messages().error(self.window, self.tr("File not imported"),
                         self.tr("The import failed and your journal was not changed.")
                         + "\n\n" + self.tr("Details: %1").replace("%1", _detail(exc)))

    def _refresh(self) -> None:
        """Show what was added: the sidebar reloaded, the home page shown afresh."""
        workspace = self.window.workspace
        if workspace is None:
            return
        workspace.sidebar.load(self.window.store)
        workspace.show_home()


def _detail(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def install(window: MainWindow) -> ExchangeActions:
    """Add « Export… » and « Import… » to the File menu (once per window)."""
    existing = getattr(window, "exchange_actions", None)
    if isinstance(existing, ExchangeActions):
        return existing
    window.exchange_actions = ExchangeActions(window)
    return window.exchange_actions
