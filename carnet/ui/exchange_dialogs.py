"""The dialogs of File → « Export… » and « Import… » (wired by :mod:`carnet.ui.ext_exchange`).

Imported when one of them opens, not at start: the menu entries are all the
app's first window needs. The replaceable entry points (``run_dialog``,
``choose_folder``) live in :mod:`carnet.ui.exchange_choices`, looked up there at each use.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carnet.ui import exchange_choices, style
from carnet.ui.exchange_choices import (
    INDENT,
    JSON,
    MARKDOWN,
    MAX_CONFLICTS_SHOWN,
    default_folder,
    export_name,
    markdown_destination,
)
from carnet.ui.exchange_words import conflict_text, conflicts_summary
from carnet.ui.services import messages
from carnet.ui.welcome import display_path

if TYPE_CHECKING:
    from carnet.exchange import ImportReport, ParsedExport


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
            "attachment": (self.tr("1 photo or document"),
                           self.tr("%n photos or documents", "", n)),
            "owner_name": (self.tr("the owner's name"), self.tr("the owner's name")),
            "setting": (self.tr("1 journal setting"), self.tr("%n journal settings", "", n)),
        }.get(kind, (f"1 {kind}", f"{n} {kind}"))
        return one if n == 1 else many


def count_phrase(kind: str, n: int) -> str:
    return CountWords().phrase(kind, n)


#: The order in which counts are listed: as a person thinks of a journal.
KIND_ORDER = ("group", "member", "objective", "session", "step_note", "learning", "feeling",
              "keyword", "action", "review", "assessment", "attachment", "topic", "owner_name",
              "setting")


def count_phrases(counts: Counter[str]) -> list[str]:
    kinds = sorted((k for k, n in counts.items() if n),
                   key=lambda k: (KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER), k))
    words = CountWords()
    return [words.phrase(kind, counts[kind]) for kind in kinds]


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
        chosen = exchange_choices.choose_folder(
            self, self.tr("Choose a folder for the Markdown export"), str(default_folder()))
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
        self.conflicts_label = style.label("\n".join(conflicts_summary(conflicts)), wrap=True)
        self.conflicts_view = QPlainTextEdit(
            "\n".join(conflict_text(c, parsed) for c in conflicts[:MAX_CONFLICTS_SHOWN]))
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
