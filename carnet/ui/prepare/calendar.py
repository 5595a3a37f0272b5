"""Exporting planned sessions and action due dates to a calendar file (.ics).

A small dialog first says plainly that the file is not encrypted and offers
« include details » (names, titles, counts; off by default); then the file chooser
(``messages().save_file``) and ``carnet.services.calendar.write_calendar``.
``ask_options`` is the dialog's entry point, replaceable by tests.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from carnet.services.calendar import IcsOptions, write_calendar
from carnet.store import JournalStore
from carnet.store.errors import StoreError
from carnet.ui import style
from carnet.ui.services import messages


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarExport", text)


class CalendarExportDialog(QDialog):
    """What goes into the calendar file, and the warning that it leaves the journal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the calendar"))
        self.setObjectName("calendarExport")
        self.setMinimumWidth(460)
        intro = style.label(
            self.tr("Your planned sessions and the due dates of your open actions, as a "
                    "calendar file (.ics) that calendar applications can import."),
            wrap=True)
        self.warning = style.label(
            self.tr("This file is not encrypted, and calendars are often synchronised to a "
                    "server. By default it holds the dates and neutral text only, with an "
                    "alarm before each session and on each due date."), "warning", wrap=True)
        self.details_box = QCheckBox(self.tr("Include details"))
        self.details_box.setObjectName("includeDetails")
        self.details_box.setChecked(False)
        self.details_hint = style.label(
            self.tr("Adds your groups' names and places, the titles of your actions and how "
                    "many actions you have to review. Never the text of your notes."),
            "hint", wrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose_button = buttons.addButton(self.tr("Choose the file…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button.setProperty("role", "primary")
        self.choose_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addWidget(self.details_box)
        layout.addWidget(self.details_hint)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def options(self) -> IcsOptions:
        return IcsOptions(include_details=self.details_box.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> IcsOptions | None:
        """The options chosen, or None when cancelled."""
        dialog = cls(parent)
        try:
            return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def ask_options(parent: QWidget | None) -> IcsOptions | None:
    """The dialog's entry point (tests replace it)."""
    return CalendarExportDialog.ask(parent)


def export_calendar(parent: QWidget | None, store: JournalStore) -> Path | None:
    """Ask what and where, then write the .ics; the path written, or None."""
    options = ask_options(parent)
    if options is None:
        return None
    settings = getattr(parent, "settings", None)
    names: dict[str, str] = {}
    if settings is not None:  # the alarm's time chosen in Preferences, the interface language
        from carnet.ui.calendar_feed import format_names, options_from

        options = options_from(settings, options)
        names = format_names(parent, options.lang)
    folder = Path.home() / "Documents"
    if not folder.is_dir():
        folder = Path.home()
    chosen = messages().save_file(parent, _tr("Export the calendar"),
                                  str(folder / "carnet.ics"), _tr("Calendar files (*.ics)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    from carnet.ui.synced_folder import may_write_in_clear

    if not may_write_in_clear(parent, store, path):
        return None
    try:
        write_calendar(store, path, options, format_names=names)
    except (OSError, StoreError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        messages().error(parent, _tr("Calendar not exported"),
                         _tr("The calendar could not be written to %1 (%2). Choose another "
                             "folder.").replace("%1", str(path)).replace("%2", detail))
        return None
    messages().information(parent, _tr("Calendar exported"),
                           _tr("The calendar was saved to %1. Import it in your calendar "
                               "application; exporting again updates the same events.")
                           .replace("%1", str(path)))
    return path
