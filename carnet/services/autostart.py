"""Starting Carnet when the person logs in — locked, in the system tray.

On Linux (and other XDG desktops) a ``.desktop`` file in the autostart folder
(``$XDG_CONFIG_HOME/autostart``, by default ``~/.config/autostart``). The file
names the program only: no journal path, no passphrase. Written and removed by
the Preferences setting, off by default.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

FILE_NAME = "carnet.desktop"
#: Marks the file as Carnet's, so that a file someone else wrote is never removed.
MARK = "X-Carnet-Autostart=true"


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def desktop_file() -> Path:
    return autostart_dir() / FILE_NAME


def command() -> list[str]:
    """The command that starts Carnet in the tray."""
    if getattr(sys, "frozen", False):  # a packaged executable
        return [sys.executable, "--tray"]
    return [sys.executable, "-m", "carnet", "--tray"]


def _quote(arg: str) -> str:
    """An argument of a desktop entry's Exec key (the specification's quoting)."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`='):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace(
        "$", "\\$")
    return f'"{escaped}"'


def entry_text(argv: list[str] | None = None, comment: str = "") -> str:
    exec_line = " ".join(_quote(a) for a in (argv or command())).replace("%", "%%")
    lines = ["[Desktop Entry]", "Type=Application", "Name=Carnet",
             f"Comment={comment}" if comment else "", f"Exec={exec_line}",
             "Icon=carnet", "Terminal=false", "X-GNOME-Autostart-enabled=true", MARK]
    return "\n".join(line for line in lines if line) + "\n"


def is_enabled() -> bool:
    try:
        return MARK in desktop_file().read_text(encoding="utf-8")
    except OSError:
        return False


def enable(argv: list[str] | None = None, comment: str = "") -> Path:
    """Write the autostart entry (atomically); its path."""
    path = desktop_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.partial")
    tmp.write_text(entry_text(argv, comment), encoding="utf-8")
    os.replace(tmp, path)
    return path


def disable() -> bool:
    """Remove Carnet's autostart entry; True when one was removed. A file of the same
    name that Carnet did not write is left alone."""
    path = desktop_file()
    if not is_enabled():
        return False
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return True
