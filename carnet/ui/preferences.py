"""The Preferences dialog: language, auto-lock, backups, paper size, reminders,
the calendar file kept up to date, start at login, learnings brought back.

Every value goes through :class:`carnet.ui.settings.Settings` (typed, with
defaults) and nothing else: no journal content is ever written there. The
dialog edits a copy; OK writes it, Cancel forgets it. ``edit_preferences``
opens it and applies what can change at once (the auto-lock delay, the
reminder); the language applies at the next start, as the dialog says.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carnet import paths
from carnet.ui import style
from carnet.ui.fit import fit_combo
from carnet.ui.i18n import pick_language
from carnet.ui.services import choose_directory, run_file_dialog
from carnet.ui.settings import Settings
from carnet.ui.welcome import display_path

if TYPE_CHECKING:
    from carnet.store import JournalStore

#: The width of the explanations under the fields (see ``_section``).
HINT_WIDTH = 400
#: Language names are shown in their own language, never translated.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


@dataclass(frozen=True)
class Preferences:
    """The values the dialog edits (names are those of :class:`Settings`)."""

    language: str
    autolock_minutes: int
    backup_folder: str
    backup_count: int
    paper_size: str
    reminder_days: int
    alarm_days: int
    alarm_minutes: int
    calendar_path: str
    calendar_details: bool
    start_at_login: bool
    resurface: bool

    @classmethod
    def read(cls, settings: Settings) -> Preferences:
        return cls(**{f.name: getattr(settings, f.name) for f in fields(cls)})

    @classmethod
    def defaults(cls) -> Preferences:
        return cls(**{f.name: Settings.registry[f.name].default for f in fields(cls)})

    def write(self, settings: Settings) -> list[str]:
        """Store the values; the names of those that changed."""
        changed = []
        for f in fields(self):
            value = getattr(self, f.name)
            if getattr(settings, f.name) != value:
                changed.append(f.name)
            setattr(settings, f.name, value)
        settings.sync()
        return changed


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """A folder chosen in the app's file dialog, or "" (tests replace this function)."""
    return choose_directory(parent, title, start)


def choose_calendar_file(parent: QWidget | None, title: str, start: str) -> str:
    """A file path chosen in the app's file dialog, or "" (tests replace this function)."""
    return run_file_dialog(parent, title, start, "*.ics", mode=QFileDialog.FileMode.AnyFile,
                           save=True)


def _clock(minutes: int) -> str:
    """A time of day in the locale's short format (18:00, 6:00 PM)."""
    return QLocale().toString(QTime(minutes // 60, minutes % 60), QLocale.FormatType.ShortFormat)


def _count_suffix(spin: QSpinBox, suffix: Callable[[int], str]) -> None:
    """The unit after the number agrees with it, as the language says it (« 1 jour
    avant », « 3 jours avant », « 1 copie »): a fixed suffix said « 1 jour(s) avant »
    and « 1 jours avant » (fresh6)."""
    spin.valueChanged.connect(lambda value: spin.setSuffix(suffix(value)))
    spin.setSuffix(suffix(spin.value()))


def _spin(minimum: int, maximum: int, suffix: str = "", special: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setSuffix(suffix)
    if special:
        spin.setSpecialValueText(special)
    spin.setMinimumWidth(140)
    style.pad_spin_box(spin)
    return spin


class PreferencesDialog(QDialog):
    """Edit the application's preferences (see the module docstring)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 buttons: Sequence[Callable[[QWidget], QPushButton]] = (),
                 store: JournalStore | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        #: the open journal, to know its synced folder (None while locked)
        self.store = store
        #: what the person agreed to keep in the synced folder (see _calendar_agreed)
        self.calendar_agreement = ""
        self._button_builders = list(buttons)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(620)
        self._build()
        self.set_values(Preferences.read(settings))
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for the wrapped explanations (a dialog measures them too short)."""
        layout = self.layout()
        layout.activate()
        width = max(self.minimumWidth(), layout.totalSizeHint().width())
        if self.isVisible():
            width = max(width, self.width())
        height = layout.totalHeightForWidth(width)
        self.setMinimumHeight(height)
        self.resize(width, max(self.height(), height) if self.isVisible() else height)

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        # Interface
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        system = LANGUAGE_NAMES[pick_language("")]
        self.language_combo.addItem(
            self.tr("Same as the system (%1)").replace("%1", system), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setAccessibleName(self.tr("Language of the interface"))
        fit_combo(self.language_combo)
        self.language_hint = style.label(
            self.tr("A new language applies the next time Carnet starts."), "hint", wrap=True)
        self.language_hint.setObjectName("languageHint")

        # Security
        self.autolock_spin = _spin(0, 24 * 60, self.tr(" min"), self.tr("Never"))
        self.autolock_spin.setObjectName("autolockSpin")
        self.autolock_spin.setAccessibleName(self.tr("Lock after this many idle minutes"))
        autolock_hint = style.label(
            self.tr("Carnet locks the journal after this many minutes without keyboard or "
                    "mouse use. 0 never locks: not advised on a shared computer."),
            "hint", wrap=True)

        # Backups
        self.backup_edit = QLineEdit()
        self.backup_edit.setObjectName("backupFolderEdit")
        self.backup_edit.setPlaceholderText(self.tr("The default folder"))
        self.backup_edit.setToolTip(
            self.tr("Default folder: %1").replace("%1", display_path(paths.backups_dir())))
        self.backup_edit.setAccessibleName(self.tr("Backup folder"))
        self.backup_edit.setClearButtonEnabled(True)
        self.backup_choose = QPushButton(self.tr("C&hoose…"))
        self.backup_choose.setObjectName("backupChooseButton")
        self.backup_choose.setAccessibleName(self.tr("Choose the backup folder"))
        self.backup_default = QPushButton(self.tr("Defa&ult"))
        self.backup_default.setObjectName("backupDefaultButton")
        self.backup_default.setAccessibleName(self.tr("Use the default backup folder"))
        folder_row = QHBoxLayout()
        folder_row.setSpacing(6)
        folder_row.addWidget(self.backup_edit, 1)
        folder_row.addWidget(self.backup_choose)
        folder_row.addWidget(self.backup_default)
        self.backup_count_spin = _spin(1, 1000)
        _count_suffix(self.backup_count_spin, lambda n: self.tr(" copies", "", n))
        self.backup_count_spin.setObjectName("backupCountSpin")
        self.backup_count_spin.setAccessibleName(self.tr("Number of backup copies kept"))
        backup_hint = style.label(
            self.tr("An encrypted copy of the journal (same passphrase) is written the first "
                    "time you open it each day and when you close it; the oldest copies "
                    "beyond this number are removed. Default folder: %1").replace(
                "%1", display_path(paths.backups_dir())), "hint", wrap=True)
        self.error_label = style.label("", "error", wrap=True)
        self.error_label.setObjectName("preferencesError")
        self.error_label.hide()

        # Booklet and reminders
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.addItem(self.tr("A4 (21 × 29.7 cm)"), "A4")
        self.paper_combo.addItem(self.tr("Letter (8.5 × 11 in)"), "Letter")
        self.paper_combo.setAccessibleName(self.tr("Default paper size of the booklet"))
        fit_combo(self.paper_combo)
        self.reminder_spin = _spin(0, 60, "", self.tr("On the day"))
        _count_suffix(self.reminder_spin, lambda n: self.tr(" day(s) before", "", n))
        self.reminder_spin.setObjectName("reminderSpin")
        self.reminder_spin.setAccessibleName(
            self.tr("Remind me to review my actions this many days before a session"))

        self._build_between()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(6)
        self._section(layout, self.tr("Interface"), [
            (self.tr("&Language:"), self.language_combo, self.language_hint)])
        self._section(layout, self.tr("Security"), [
            (self.tr("Loc&k after:"), self.autolock_spin, autolock_hint)])
        self._section(layout, self.tr("Backups"), [
            (self.tr("&Folder:"), folder_row, None),
            (self.tr("K&eep:"), self.backup_count_spin, backup_hint)])
        layout.addWidget(self.error_label)
        self._section(layout, self.tr("Booklet and reminders"), [
            (self.tr("&Paper size:"), self.paper_combo, None),
            (self.tr("&Remind me:"), self.reminder_spin, style.label(
                self.tr("How many days before a session the home page reminds you to review "
                        "your action plan."), "hint", wrap=True))])
        self._section(layout, self.tr("Calendar and start"), [
            (self.tr("&Alarm:"), self.alarm_row, self.alarm_hint),
            (self.tr("Calen&dar file:"), self.calendar_row, self.calendar_hint),
            ("", self.calendar_details_box, None),
            ("", self.start_at_login_box, None),
            ("", self.resurface_box, None)])
        layout.addSpacing(8)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setProperty("role", "primary")
        self.ok_button.setDefault(True)
        self.ok_button.setAccessibleName(self.tr("Save the preferences"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))
        self.defaults_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setAccessibleName(self.tr("Restore the default values"))
        for build in self._button_builders:  # other features' pages (« Synchronisation… »)
            buttons.addButton(build(self), QDialogButtonBox.ButtonRole.ResetRole)  # at the left
        layout.addWidget(buttons)

        order = [self.language_combo, self.autolock_spin, self.backup_edit, self.backup_choose,
                 self.backup_default, self.backup_count_spin, self.paper_combo,
                 self.reminder_spin, self.alarm_days_spin, self.alarm_time_edit,
                 self.calendar_edit, self.calendar_choose, self.calendar_stop,
                 self.calendar_details_box, self.start_at_login_box,
                 self.resurface_box]  # then the buttons, in the platform's order
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        # Signals, in one place
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(lambda: self.set_values(Preferences.defaults()))
        self.backup_choose.clicked.connect(self._choose_backup_folder)
        self.backup_default.clicked.connect(self.backup_edit.clear)
        self.backup_edit.textEdited.connect(lambda _text: self.error_label.hide())
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.calendar_choose.clicked.connect(self._choose_calendar_file)
        self.calendar_stop.clicked.connect(self.calendar_edit.clear)
        self.calendar_edit.textEdited.connect(lambda _text: self.error_label.hide())

    def _build_between(self) -> None:
        """Between meetings: the alarm's time, the calendar file, start at login, and
        the learning brought back on the home view."""
        self.alarm_days_spin = _spin(0, 14, "", self.tr("On the day"))
        _count_suffix(self.alarm_days_spin, lambda n: self.tr(" day(s) before", "", n))
        self.alarm_days_spin.setObjectName("alarmDaysSpin")
        self.alarm_days_spin.setAccessibleName(self.tr("Days before a session for its alarm"))
        # A list of half-hours rather than a QTimeEdit, whose Tab key walks its sections.
        self.alarm_time_edit = QComboBox()
        self.alarm_time_edit.setObjectName("alarmTimeEdit")
        for minutes in range(0, 24 * 60, 30):
            self.alarm_time_edit.addItem(_clock(minutes), minutes)
        self.alarm_time_edit.setAccessibleName(self.tr("Time of the session's alarm"))
        fit_combo(self.alarm_time_edit)
        self.alarm_row = QHBoxLayout()
        self.alarm_row.setSpacing(6)
        self.alarm_row.addWidget(self.alarm_days_spin)
        at_label = QLabel(self.tr("a&t"))
        at_label.setBuddy(self.alarm_time_edit)
        self.alarm_row.addWidget(at_label)
        self.alarm_row.addWidget(self.alarm_time_edit)
        self.alarm_row.addStretch(1)
        self.alarm_hint = style.label(
            self.tr("For the calendar file and the notifications; an action rings on its "
                    "due date at 9:00."), "hint", wrap=True)
        self.calendar_edit = QLineEdit()
        self.calendar_edit.setObjectName("calendarPathEdit")
        self.calendar_edit.setPlaceholderText(self.tr("None"))
        self.calendar_edit.setAccessibleName(self.tr("Calendar file kept up to date"))
        self.calendar_edit.setClearButtonEnabled(True)
        self.calendar_choose = QPushButton(self.tr("Choo&se…"))
        self.calendar_choose.setObjectName("calendarChooseButton")
        self.calendar_choose.setAccessibleName(self.tr("Choose the calendar file"))
        self.calendar_stop = QPushButton(self.tr("St&op"))
        self.calendar_stop.setObjectName("calendarStopButton")
        self.calendar_stop.setAccessibleName(self.tr("Stop keeping a calendar file"))
        self.calendar_row = QHBoxLayout()
        self.calendar_row.setSpacing(6)
        self.calendar_row.addWidget(self.calendar_edit, 1)
        self.calendar_row.addWidget(self.calendar_choose)
        self.calendar_row.addWidget(self.calendar_stop)
        self.calendar_hint = style.label(
            self.tr("Rewritten after each change, for a calendar that subscribes to it. "
                    "Not encrypted: dates and neutral text only."), "hint", wrap=True)
        self.calendar_details_box = QCheckBox(
            self.tr("Deta&ils in the calendar: group names, action titles, how many actions "
                    "to review (never your notes)"))
        self.calendar_details_box.setObjectName("calendarDetailsBox")
        self.start_at_login_box = QCheckBox(
            self.tr("Start Carnet when I lo&g in, locked, in the system tray"))
        self.start_at_login_box.setObjectName("startAtLoginBox")
        self.resurface_box = QCheckBox(
            self.tr("On the home page, bring &back something I learned before"))
        self.resurface_box.setObjectName("resurfaceBox")
        for box in (self.calendar_details_box, self.start_at_login_box, self.resurface_box):
            box.setAccessibleName(box.text().replace("&", ""))

    def _section(self, layout: QVBoxLayout, title: str,
                 rows: list[tuple[str, QWidget | QHBoxLayout, QLabel | None]]) -> None:
        heading = style.label(title, "section")
        if layout.count():
            layout.addSpacing(10)
        layout.addWidget(heading)
        form = QFormLayout()
        form.setContentsMargins(0, 4, 0, 0)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for text, field, hint in rows:
            label = QLabel(text)
            label.setMinimumWidth(110)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            buddy = field.itemAt(0).widget() if isinstance(field, QHBoxLayout) else field
            label.setBuddy(buddy)
            form.addRow(label, field)
            if hint is not None:
                # A wrapped label under a field: give it the width it will have, so that
                # its height is measured for that width (QFormLayout does not re-measure).
                hint.setMinimumWidth(HINT_WIDTH)
                form.addRow("", hint)
        layout.addLayout(form)

    # -- values ----------------------------------------------------------------------------------
    def set_values(self, prefs: Preferences) -> None:
        self._select(self.language_combo, prefs.language)
        self.autolock_spin.setValue(prefs.autolock_minutes)
        self.backup_edit.setText(prefs.backup_folder)
        self.backup_count_spin.setValue(prefs.backup_count)
        self._select(self.paper_combo, prefs.paper_size)
        self.reminder_spin.setValue(prefs.reminder_days)
        self.alarm_days_spin.setValue(prefs.alarm_days)
        if self.alarm_time_edit.findData(prefs.alarm_minutes) < 0:
            self.alarm_time_edit.addItem(_clock(prefs.alarm_minutes), prefs.alarm_minutes)
        self._select(self.alarm_time_edit, prefs.alarm_minutes)
        self.calendar_edit.setText(prefs.calendar_path)
        self.calendar_details_box.setChecked(prefs.calendar_details)
        self.start_at_login_box.setChecked(prefs.start_at_login)
        self.resurface_box.setChecked(prefs.resurface)
        self.error_label.hide()
        self._language_changed()

    def values(self) -> Preferences:
        return Preferences(
            language=self.language_combo.currentData(),
            autolock_minutes=self.autolock_spin.value(),
            backup_folder=self.backup_edit.text().strip(),
            backup_count=self.backup_count_spin.value(),
            paper_size=self.paper_combo.currentData(),
            reminder_days=self.reminder_spin.value(),
            alarm_days=self.alarm_days_spin.value(),
            alarm_minutes=int(self.alarm_time_edit.currentData()),
            calendar_path=self.calendar_edit.text().strip(),
            calendar_details=self.calendar_details_box.isChecked(),
            start_at_login=self.start_at_login_box.isChecked(),
            resurface=self.resurface_box.isChecked(),
        )

    @staticmethod
    def _select(combo: QComboBox, data: str | int) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def _language_changed(self, *_args: object) -> None:
        changed = self.language_combo.currentData() != self.settings.language
        style.set_role(self.language_hint, "ok" if changed else "hint")

    def _choose_backup_folder(self) -> None:
        start = self.backup_edit.text().strip() or str(paths.backups_dir())
        if not Path(start).is_dir():
            start = str(Path.home())
        chosen = choose_folder(self, self.tr("Choose the backup folder"), start)
        if chosen:
            self.backup_edit.setText(str(Path(chosen)))
            self.error_label.hide()

    def _choose_calendar_file(self) -> None:
        current = self.calendar_edit.text().strip()
        start = current or str(Path.home() / "carnet.ics")
        chosen = choose_calendar_file(self, self.tr("Choose the calendar file"), start)
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != ".ics":
                path = path.with_name(path.name + ".ics")
            self.calendar_edit.setText(str(path))
            self.error_label.hide()

    def calendar_problem(self) -> str:
        """Why the calendar file's path cannot be used, or ""."""
        text = self.calendar_edit.text().strip()
        if not text:
            return ""
        path = Path(text).expanduser()
        if not path.is_absolute() or not path.parent.is_dir() or path.is_dir():
            return self.tr("The calendar file %1 cannot be written: its folder does not "
                           "exist. Choose another place, or Stop.").replace("%1", text)
        if path.suffix.lower() != ".ics":
            return self.tr("The calendar file's name must end in .ics.")
        if path.exists() and path.is_file():  # never replace a file that is not a calendar
            try:
                with path.open("rb") as handle:
                    head = handle.read(64).lstrip(b"\xef\xbb\xbf \r\n\t")
            except OSError:
                head = b""
            if head and not head.upper().startswith(b"BEGIN:VCALENDAR"):
                return self.tr("%1 exists and is not a calendar file: Carnet will not "
                               "replace it. Choose another name.").replace("%1", text)
        return ""

    def problem(self) -> str:
        """Why the values cannot be saved, or ""."""
        calendar = self.calendar_problem()
        if calendar:
            return calendar
        folder = self.backup_edit.text().strip()
        if folder and not (Path(folder).expanduser().is_absolute()
                           and Path(folder).expanduser().is_dir()):
            return self.tr("The backup folder %1 does not exist. Choose an existing folder, "
                           "or leave the field empty to use the default folder.").replace(
                "%1", folder)
        return ""

    def accept(self) -> None:
        problem, calendar = self.problem(), bool(self.calendar_problem())
        if not problem and not self._calendar_agreed():
            calendar = True
            problem = self.tr("The calendar file will not be kept up to date in the synced "
                              "folder: choose another place for it, or Stop.")
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            self._fit_height()
            field = self.calendar_edit if calendar else self.backup_edit
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()
            return
        super().accept()

    def _calendar_agreed(self) -> bool:
        """False when the calendar file lies in the journal's synced folder and the
        person answers « Non » to keeping it there (asked once; the answer is kept)."""
        text = self.calendar_edit.text().strip()
        if not text or self.store is None:
            return True
        from carnet.ui import synced_folder

        path, details = Path(text).expanduser(), self.calendar_details_box.isChecked()
        if synced_folder.synced_folder_holding(self.store, path) is None or \
                synced_folder.calendar_agreed(self.settings.calendar_synced_ok, path, details):
            return True
        if not synced_folder.may_keep_calendar(self, self.store, path, details):
            return False
        self.calendar_agreement = synced_folder.calendar_agreement(path, details)
        return True

    def save(self) -> list[str]:
        """Write the values to the settings; the names of those that changed."""
        prefs = self.values()
        if prefs.backup_folder:
            prefs = Preferences(**{**prefs.__dict__,
                                   "backup_folder": str(Path(prefs.backup_folder).expanduser())})
        if prefs.calendar_path:
            prefs = Preferences(**{**prefs.__dict__,
                                   "calendar_path": str(Path(prefs.calendar_path).expanduser())})
        changed = prefs.write(self.settings)
        if self.calendar_agreement and self.calendar_agreement != \
                self.settings.calendar_synced_ok:
            self.settings.calendar_synced_ok = self.calendar_agreement
            self.settings.sync()
            changed.append("calendar_synced_ok")
        return changed


# -- entry point (tests replace ``run_dialog``) -----------------------------------------------


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def edit_preferences(parent: QWidget | None, settings: Settings, *,
                     buttons: Sequence[Callable[[QWidget], QPushButton]] = (),
                     store: JournalStore | None = None) -> list[str] | None:
    """Open the dialog; the names of the settings changed, or None when cancelled.
    ``store``: the open journal (a calendar file in its synced folder asks first)."""
    dialog = PreferencesDialog(settings, parent, buttons=buttons, store=store)
    try:
        if not run_dialog(dialog):
            return None
        return dialog.save()
    finally:
        dialog.deleteLater()

