"""Where Carnet finds its resources and keeps its files.

Qt-free so the store and the command line can use it. Tests redirect every
folder with the CARNET_HOME environment variable (never used for secrets).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

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


def config_dir() -> Path:
    home = _home_override()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    home = _home_override()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, False))


def cache_dir() -> Path:
    home = _home_override()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, False))


def user_templates_dir() -> Path:
    return config_dir() / "templates"


def default_journal_path() -> Path:
    return data_dir() / "carnet.journal"


def backups_dir() -> Path:
    return data_dir() / "backups"
