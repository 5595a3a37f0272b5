"""Where Carnet finds its resources and keeps its files.

Qt-free so the store and the command line can use it. Tests redirect every
folder with the CARNET_HOME environment variable (never used for secrets).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "carnet"


def resources_dir() -> Path:
    """The resources folder: inside the package when installed from a wheel,
    at the top of the source tree otherwise."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("Carnet's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _home_override() -> Path | None:
    value = os.environ.get("CARNET_HOME")
    return Path(value) if value else None


def _user_dir(kind: str, xdg_variable: str, default: str) -> Path:
    """platformdirs' ``user_<kind>_dir`` for Carnet. On Linux its XDG rule is followed
    here when the variables are plain (``$XDG_…`` absolute, else an absolute ``$HOME``):
    importing platformdirs costs ~6 ms (it compiles regular expressions) that the
    first window need not wait for. Anything else asks platformdirs
    (tests/test_first_screen_paths.py holds the two to the same answers)."""
    if sys.platform.startswith("linux"):
        xdg = os.environ.get(xdg_variable, "")
        if os.path.isabs(xdg):
            return Path(os.path.join(xdg, APP_NAME))
        home = os.environ.get("HOME", "")
        if not xdg and os.path.isabs(home):
            return Path(os.path.join(os.path.expanduser(default), APP_NAME))
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, False))


def config_dir() -> Path:
    home = _home_override()
    return home / "config" if home else _user_dir("config", "XDG_CONFIG_HOME", "~/.config")


def data_dir() -> Path:
    home = _home_override()
    return home / "data" if home else _user_dir("data", "XDG_DATA_HOME", "~/.local/share")


def cache_dir() -> Path:
    home = _home_override()
    return home / "cache" if home else _user_dir("cache", "XDG_CACHE_HOME", "~/.cache")


def user_templates_dir() -> Path:
    return config_dir() / "templates"


def default_journal_path() -> Path:
    return data_dir() / "carnet.journal"


def backups_dir() -> Path:
    return data_dir() / "backups"
