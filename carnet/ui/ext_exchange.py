"""File → « Export… » and « Import… »: the journal out to Markdown or JSON, and back in.

Plugged in by ``MainWindow.install_extensions``; the work is done by the Qt-free
:mod:`carnet.exchange`. What this module adds is the person's side of it:

* Export says before and after writing that the result is NOT encrypted, and
  writes only where the person chose (``messages().save_file`` for JSON,
  :func:`choose_folder` for Markdown — both replaceable by tests). A chosen
  folder that already holds other files gets a new sub-folder, never a mix.
* Import checks the whole file and shows what it would add (a dry run) before
  anything is written; a refused file (malformed, hostile, not an export) gives
  a plain message and leaves the journal as it was. Before merging, an
  encrypted backup of the journal is written, so an import can be undone.
"""

from __future__ import annotations

import contextlib
import itertools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carnet import paths
from carnet.store.errors import StoreError
from carnet.ui import style
from carnet.ui.i18n import current_language
from carnet.ui.services import messages
from carnet.ui.welcome import display_path

if TYPE_CHECKING:
    from carnet.exchange import ExportResult, ImportReport, ParsedExport
    from carnet.store import JournalStore
    from carnet.ui.main_window import MainWindow

MARKDOWN, JSON = "markdown", "json"
#: Written by a Markdown export in its folder (see docs/export-format.md).
MARKDOWN_MARKER = ".carnet-export.json"
BACKUP_REASON = "before-import"
#: Options under a radio button line up with its text.
INDENT = 26
MAX_CONFLICTS_SHOWN = 200


# -- replaceable entry points (tests replace them) --------------------------------------------


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """A folder chosen in the system's dialog, or ""."""
    return QFileDialog.getExistingDirectory(parent, title, start,
                                            QFileDialog.Option.ShowDirsOnly)


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


# -- helpers -------------------------------------------------------------------------------------


def default_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def export_name(today: date | None = None) -> str:
    return f"carnet-export-{(today or date.today()).isoformat()}"


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


@contextlib.contextmanager
def busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class CountWords(QObject):
    """« 3 sessions », « 1 learning »: objects counted, in words (``self.tr`` literals,
    so that lupdate finds every phrase)."""

    def phrase(self, kind: str, n: int) -> str:
        one, many = {
            "group": (self.tr("1 group"), self.tr("%n groups", "", n)),
            "member": (self.tr("1 member"), self.tr("%n members", "", n)),
            "objective": (self.tr("1 objective"), self.tr("%n objectives", "", n)),
            "session": (self.tr("1 session"), self.tr("%n sessions", "", n)),
            "step_note": (self.tr("1 step note"), self.tr("%n step notes", "", n)),
            "keyword": (self.tr("1 key word"), self.tr("%n key words", "", n)),
            "learning": (self.tr("1 learning"), self.tr("%n learnings", "", n)),
            "feeling": (self.tr("1 feeling"), self.tr("%n feelings", "", n)),
            "action": (self.tr("1 action"), self.tr("%n actions", "", n)),
            "review": (self.tr("1 action follow-up"), self.tr("%n action follow-ups", "", n)),
            "assessment": (self.tr("1 self-rating"), self.tr("%n self-ratings", "", n)),
            "topic": (self.tr("1 topic to bring"), self.tr("%n topics to bring", "", n)),
            "owner_name": (self.tr("the owner's name"), self.tr("the owner's name")),
            "setting": (self.tr("1 journal setting"), self.tr("%n journal settings", "", n)),
        }.get(kind, (f"1 {kind}", f"{n} {kind}"))
        return one if n == 1 else many


def count_phrase(kind: str, n: int) -> str:
    return CountWords().phrase(kind, n)


#: The order in which counts are listed: as a person thinks of a journal.
KIND_ORDER = ("group", "member", "objective", "session", "step_note", "learning", "feeling",
              "keyword", "action", "review", "assessment", "topic", "owner_name", "setting")


def count_phrases(counts: Counter[str]) -> list[str]:
    kinds = sorted((k for k, n in counts.items() if n),
                   key=lambda k: (KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER), k))
    words = CountWords()
    return [words.phrase(kind, counts[kind]) for kind in kinds]


def backup_folder(window: MainWindow) -> Path:
    return Path(window.settings.backup_folder or paths.backups_dir())


@dataclass(frozen=True)
class ExportChoice:
    kind: str
    path: Path
    lang: str = "fr"
    anonymise: bool = True
    overwrite: bool = False


def fit_height(dialog: QDialog) -> None:
    """Tall enough for its wrapped labels (a dialog measures them too short by itself)."""
    layout = dialog.layout()
    layout.activate()
    width = max(dialog.minimumWidth(), layout.totalSizeHint().width())
    if dialog.isVisible():
        width = max(width, dialog.width())
    height = layout.totalHeightForWidth(width)
    dialog.setMinimumHeight(height)
    dialog.resize(width, max(dialog.height(), height) if dialog.isVisible() else height)


# -- export -------------------------------------------------------------------------------------


class ExportDialog(QDialog):
    """What to export, and where: the warning first, then the format, then the place."""

    def __init__(self, journal_path: Path | None = None, parent: QWidget | None = None,
                 lang: str = "fr") -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the journal"))
        self.setMinimumWidth(600)
        self.journal_path = Path(journal_path) if journal_path else None
        self.destination: Path | None = None
        self._overwrite = False

        intro = style.label(self.tr("Copy your journal out of Carnet: to read, print or archive "
                                    "it, or to move it to another computer."), wrap=True)
        self.warning = style.label(
            self.tr("The export is NOT encrypted: anyone who can open the files can read your "
                    "journal, including what other participants confided. Keep it somewhere "
                    "private and delete it when you no longer need it."), "warning", wrap=True)
        self.warning.setObjectName("exportWarning")

        self.markdown_radio = QRadioButton(self.tr("&Markdown — files to read"))
        self.markdown_radio.setObjectName("markdownRadio")
        self.markdown_radio.setAccessibleName(self.tr("Export as Markdown files"))
        self.json_radio = QRadioButton(self.tr("&JSON — the complete journal in one file"))
        self.json_radio.setObjectName("jsonRadio")
        self.json_radio.setAccessibleName(self.tr("Export as one JSON file"))
        self.formats = QButtonGroup(self)
        self.formats.addButton(self.markdown_radio)
        self.formats.addButton(self.json_radio)
        self.markdown_radio.setChecked(True)

        self.anonymise_box = QCheckBox(self.tr("Replace the names to mask by the &pseudonyms"))
        self.anonymise_box.setObjectName("anonymiseBox")
        self.anonymise_box.setAccessibleName(self.tr("Anonymise the Markdown export"))
        self.anonymise_box.setChecked(True)
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("headingsLanguage")
        self.lang_combo.addItem("Français", "fr")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(lang), 0))
        self.lang_combo.setAccessibleName(self.tr("Language of the headings"))
        lang_label = style.label(self.tr("&Headings in:"))
        lang_label.setBuddy(self.lang_combo)
        markdown_hint = style.label(self.tr("One file per session and an index, to read, "
                                            "print or archive."), "hint", wrap=True)
        json_hint = style.label(self.tr("Everything the journal holds, in a file Carnet can "
                                        "import again: to move or merge a journal."), "hint",
                                wrap=True)
        options = QVBoxLayout()
        options.setContentsMargins(INDENT, 0, 0, 4)
        options.setSpacing(6)
        options.addWidget(markdown_hint)
        language = QHBoxLayout()
        language.addWidget(self.anonymise_box)
        language.addStretch(1)
        language.addWidget(lang_label)
        language.addWidget(self.lang_combo)
        options.addLayout(language)
        json_options = QVBoxLayout()
        json_options.setContentsMargins(INDENT, 0, 0, 0)
        json_options.addWidget(json_hint)

        self.destination_edit = QLineEdit()
        self.destination_edit.setObjectName("exportDestination")
        self.destination_edit.setReadOnly(True)
        self.destination_edit.setPlaceholderText(self.tr("Not chosen yet"))
        self.destination_edit.setAccessibleName(self.tr("Where the export will be written"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setObjectName("chooseDestination")
        self.choose_button.setAccessibleName(self.tr("Choose where to write the export"))
        where_label = style.label(self.tr("&Destination:"))
        where_label.setBuddy(self.choose_button)
        where = QHBoxLayout()
        where.setSpacing(6)
        where.addWidget(where_label)
        where.addWidget(self.destination_edit, 1)
        where.addWidget(self.choose_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setProperty("role", "primary")
        self.export_button.setDefault(True)
        self.export_button.setAccessibleName(self.tr("Write the export"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Close without exporting"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addSpacing(4)
        layout.addWidget(style.label(self.tr("Format"), "section"))
        layout.addWidget(self.markdown_radio)
        layout.addLayout(options)
        layout.addWidget(self.json_radio)
        layout.addLayout(json_options)
        layout.addSpacing(4)
        layout.addLayout(where)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        order = [self.markdown_radio, self.anonymise_box, self.lang_combo, self.json_radio,
                 self.destination_edit, self.choose_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        # Signals, in one place
        self.formats.buttonToggled.connect(self._format_changed)
        fit_height(self)
        self.choose_button.clicked.connect(self.choose_destination)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    @property
    def kind(self) -> str:
        return JSON if self.json_radio.isChecked() else MARKDOWN

    def _format_changed(self, *_args: object) -> None:
        markdown = self.kind == MARKDOWN
        self.anonymise_box.setEnabled(markdown)
        self.lang_combo.setEnabled(markdown)
        self.set_destination(None)

    def set_destination(self, path: Path | None, overwrite: bool = False) -> None:
        self.destination = path
        self._overwrite = overwrite
        self.destination_edit.setText(display_path(path) if path else "")
        self.destination_edit.setToolTip(str(path) if path else "")

    def choose_destination(self) -> bool:
        """Ask where to write; True when a place was chosen."""
        if self.kind == JSON:
            return self._choose_json()
        chosen = choose_folder(self, self.tr("Choose a folder for the Markdown export"),
                               str(default_folder()))
        if not chosen:
            return False
        self.set_destination(markdown_destination(Path(chosen)))
        return True

    def _choose_json(self) -> bool:
        suggested = default_folder() / f"{export_name()}.json"
        chosen = messages().save_file(self, self.tr("Export the journal as JSON"),
                                      str(suggested), self.tr("JSON files (*.json)"))
        if not chosen:
            return False
        path = Path(chosen)
        # The system's dialog already confirmed replacing the exact name it returned.
        confirmed = path.exists()
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
            confirmed = False
        if self.journal_path is not None and path.exists() and \
                path.resolve() == self.journal_path.resolve():
            messages().error(self, self.tr("Export the journal"),
                             self.tr("The export cannot replace the journal itself. "
                                     "Choose another name."))
            return False
        if path.exists() and not confirmed and not messages().question(
                self, self.tr("Replace the file?"),
                self.tr("%1 already exists. Replace it with the export?").replace(
                    "%1", str(path))):
            return False
        self.set_destination(path, overwrite=path.exists())
        return True

    def accept(self) -> None:
        if self.destination is None and not self.choose_destination():
            return
        super().accept()

    def choice(self) -> ExportChoice | None:
        if self.destination is None:
            return None
        return ExportChoice(kind=self.kind, path=self.destination,
                            lang=self.lang_combo.currentData(),
                            anonymise=self.anonymise_box.isChecked(),
                            overwrite=self._overwrite)


# -- import --------------------------------------------------------------------------------------


class ImportPreviewDialog(QDialog):
    """What an import would add (from a dry run), before anything is written."""

    def __init__(self, source: Path, parsed: ParsedExport, preview: ImportReport,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import a Carnet export"))
        self.setMinimumWidth(520)

        heading = style.label(self.tr("Importing %1 will add to your journal:").replace(
            "%1", source.name), "heading", wrap=True)
        facts = []
        exported = _exported_on(parsed.exported_at)
        if exported:
            facts.append(self.tr("Exported on %1.").replace("%1", exported))
        names = [g.group.name for g in parsed.groups]
        if names:
            facts.append(self.tr("Groups in this file: %1.").replace("%1", ", ".join(names)))
        self.about_label = style.label(" ".join(facts), "muted", wrap=True)
        self.about_label.setObjectName("importAbout")
        self.about_label.setVisible(bool(facts))

        self._added = count_phrases(preview.added)
        self.added_card, card_layout = style.card(margins=14, spacing=4)
        self.added_card.setObjectName("importAdded")
        self.added_card.setAccessibleName(self.tr("What the import will add"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        rows = (len(self._added) + 1) // 2
        for i, phrase in enumerate(self._added):
            grid.addWidget(style.label("• " + phrase), i % rows, i // rows)
        grid.setColumnStretch(2, 1)
        card_layout.addLayout(grid)

        skipped = preview.skipped.total()
        self.skipped_label = style.label(
            self.tr("1 item is already in your journal and stays as it is.") if skipped == 1
            else self.tr("%n items are already in your journal and stay as they are.", "",
                         skipped), "muted", wrap=True)
        self.skipped_label.setVisible(skipped > 0)

        conflicts = preview.conflicts
        self.conflicts_label = style.label(
            self.tr("1 difference: your journal keeps its own version.") if len(conflicts) == 1
            else self.tr("%n differences: your journal keeps its own version.", "",
                         len(conflicts)), wrap=True)
        self.conflicts_view = QPlainTextEdit("\n".join(conflicts[:MAX_CONFLICTS_SHOWN]))
        self.conflicts_view.setObjectName("importConflicts")
        self.conflicts_view.setReadOnly(True)
        self.conflicts_view.setTabChangesFocus(True)
        self.conflicts_view.setMaximumHeight(110)
        self.conflicts_view.setAccessibleName(self.tr("Differences kept as in your journal"))
        for widget in (self.conflicts_label, self.conflicts_view):
            widget.setVisible(bool(conflicts))

        notice = style.label(
            self.tr("Importing only adds: nothing in your journal is replaced or deleted. An "
                    "encrypted backup copy of your journal is written first."), "notice",
            wrap=True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setProperty("role", "primary")
        self.import_button.setDefault(True)
        self.import_button.setAccessibleName(self.tr("Import into the journal"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Close without importing"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.about_label)
        layout.addWidget(self.added_card)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts_view)
        layout.addWidget(notice)
        layout.addWidget(buttons)

        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    def added(self) -> list[str]:
        return list(self._added)


def _exported_on(stamp: str) -> str:
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return ""
    from carnet.ui import formats

    return formats.format_date(moment.date(), "long")


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
        dialog = ExportDialog(store.path, self.window, current_language())
        try:
            choice = dialog.choice() if run_dialog(dialog) else None
        finally:
            dialog.deleteLater()
        if choice is None:
            return None
        from carnet.exchange import ExportError, export_json, export_markdown

        try:
            with busy():
                if choice.kind == JSON:
                    result = export_json(store, choice.path, overwrite=choice.overwrite)
                else:
                    result = export_markdown(store, choice.path, lang=choice.lang,
                                             anonymise=choice.anonymise,
                                             templates=self.window.templates)
        except (ExportError, StoreError, OSError) as exc:
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

        try:
            with busy():
                parsed = load_export(source)
                preview = import_json(store, parsed, dry_run=True)
        except CarnetImportError as exc:
            messages().error(
                self.window, self.tr("File not imported"),
                self.tr("%1 cannot be imported: it is not a Carnet export, or it is damaged. "
                        "Your journal was not changed.").replace("%1", source.name)
                + "\n\n" + self.tr("Details: %1").replace("%1", str(exc)))
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
        dialog = ImportPreviewDialog(source, parsed, preview, self.window)
        try:
            accepted = run_dialog(dialog)
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
            text += "\n\n" + (self.tr("1 difference: your journal kept its own version.")
                              if len(report.conflicts) == 1 else
                              self.tr("%n differences: your journal kept its own version.", "",
                                      len(report.conflicts)))
        messages().information(self.window, self.tr("Import done"), text)
        return report

    def _backup_first(self, store: JournalStore) -> bool:
        """An encrypted backup before merging, so the import can be undone; False to stop."""
        if getattr(self.window, "demo", False):
            return True
        from carnet.store.backups import BackupService

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
