"""Preferences of the application, declared once, typed, with defaults.

Stored with QSettings in an INI file in Carnet's config folder (so tests that
set CARNET_HOME get their own). Only preferences live here: window geometry,
language, the *path* of the last journal… never journal content and never a
passphrase. Unknown keys cannot be written: every value goes through a declared
:class:`Setting`.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from carnet import paths

T = TypeVar("T")

_TRUE = {"1", "true", "yes", "on"}


class Setting(Generic[T]):
    """One declared preference: a key, a type and a default value.

    Used as a descriptor on :class:`Settings`: ``settings.autolock_minutes``
    reads the typed value (the default when absent or unreadable) and
    assignment writes it.
    """

    def __init__(
        self,
        key: str,
        default: T,
        *,
        minimum: int | None = None,
        maximum: int | None = None,
        choices: tuple[str, ...] | None = None,
    ) -> None:
        self.key = key
        self.default = default
        self.kind: type = type(default)
        self.minimum = minimum
        self.maximum = maximum
        self.choices = choices
        self.name = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        owner.registry = {**getattr(owner, "registry", {}), name: self}

    def __get__(self, obj: Settings | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return self.convert(obj.qsettings.value(self.key, None))

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.key, self.to_storage(self.validate(value)))

    # -- conversions --------------------------------------------------------------
    def validate(self, value: Any) -> T:
        if self.kind is bytes:
            value = bytes(value.data() if isinstance(value, QByteArray) else value)
        elif self.kind is bool:
            value = bool(value)
        elif self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"setting {self.name} expects a whole number")
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"setting {self.name} must be at least {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"setting {self.name} must be at most {self.maximum}")
        elif self.kind is str:
            if not isinstance(value, str):
                raise TypeError(f"setting {self.name} expects a text")
            if self.choices is not None and value not in self.choices:
                raise ValueError(f"setting {self.name} must be one of {self.choices}")
        return value

    def to_storage(self, value: T) -> Any:
        if self.kind is bytes:
            return QByteArray(value)
        return value

    def convert(self, raw: Any) -> T:
        """The stored value as the declared type; the default if it cannot be read."""
        if raw is None:
            return self.default
        try:
            if self.kind is bytes:
                value: Any = bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)
            elif self.kind is bool:
                value = raw if isinstance(raw, bool) else str(raw).strip().lower() in _TRUE
            elif self.kind is int:
                value = int(raw)
            else:
                value = str(raw)
            return self.validate(value)
        except (TypeError, ValueError):
            return self.default


class Settings:
    """The application's preferences (see the module docstring)."""

    registry: dict[str, Setting] = {}  # filled by Setting.__set_name__

    #: "" follows the system locale; otherwise "fr" or "en".
    language = Setting("ui/language", "", choices=("", "fr", "en"))
    #: The last journal opened or created (its path only).
    last_journal = Setting("journal/last_path", "")
    window_geometry = Setting("window/geometry", b"")
    window_state = Setting("window/state", b"")
    splitter_state = Setting("window/splitter", b"")
    #: Lock the journal after this many idle minutes; 0 never locks.
    autolock_minutes = Setting("security/autolock_minutes", 10, minimum=0, maximum=24 * 60)
    #: "" means the default folder (carnet.paths.backups_dir()).
    backup_folder = Setting("backup/folder", "")
    backup_count = Setting("backup/count", 10, minimum=1, maximum=1000)
    paper_size = Setting("booklet/paper_size", "A4", choices=("A4", "Letter"))
    #: Days before a session when the home view reminds to review the action plan.
    reminder_days = Setting("reminders/days", 3, minimum=0, maximum=60)
    #: The alarm of a session (calendar and desktop notification): days before, and
    #: the time of day in minutes after midnight (18:00 the day before by default).
    alarm_days = Setting("reminders/alarm_days", 1, minimum=0, maximum=14)
    alarm_minutes = Setting("reminders/alarm_minutes", 18 * 60, minimum=0, maximum=24 * 60 - 1)
    #: A calendar file kept up to date at this path ("" = none).
    calendar_path = Setting("calendar/subscription_path", "")
    #: Group names, counts and action titles in the calendar (never note text).
    calendar_details = Setting("calendar/details", False)
    #: The calendar file the person agreed to keep inside the journal's synced folder
    #: (synced_folder.calendar_agreement: its real path, with or without the details).
    calendar_synced_ok = Setting("calendar/synced_ok", "")
    #: Start Carnet, locked and in the system tray, when the person logs in.
    start_at_login = Setting("system/start_at_login", False)
    #: Show one learning from before on the home view.
    resurface = Setting("home/resurface", True)
    #: Only while start_at_login is on (Carnet then starts locked): the coming
    #: reminders as dates, kinds, counts and ids (no text), so that it can say
    #: "Séance demain : 3 actions à revoir"; and the keys of those already shown.
    reminder_schedule = Setting("reminders/schedule", "")
    reminders_shown = Setting("reminders/shown", "")

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            folder = paths.config_dir()
            folder.mkdir(parents=True, exist_ok=True)
            qsettings = QSettings(str(folder / "carnet.ini"), QSettings.Format.IniFormat)
        self.qsettings = qsettings

    @classmethod
    def keys(cls) -> list[str]:
        return [s.key for s in cls.registry.values()]

    def reset(self, name: str) -> None:
        """Forget a stored value: the default applies again."""
        self.qsettings.remove(self.registry[name].key)

    def sync(self) -> None:
        self.qsettings.sync()

    @property
    def file_name(self) -> str:
        return self.qsettings.fileName()
