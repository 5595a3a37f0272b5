"""The fonts Carnet ships (resources/fonts), handed to Qt once, and again at a lock.

Qt keeps one font engine per family, size and weight it has drawn, each with its
glyph cache and text-shaping tables, until the font database changes. A day of
views and session pages leaves twenty-odd of them (about 1 MiB in thousands of
small blocks) spread over the C heap; after the lock they kept 7 MiB of its pages
resident. Removing an application font and adding it again is Qt's public way to
empty that cache (``removeApplicationFont`` → the database invalidated → the font
cache cleared; ``addApplicationFont`` clears it too): the engines the unlock window
still holds stay, the others go, and the fonts are there again for the next unlock.
"""

from __future__ import annotations

import contextlib

from PySide6.QtGui import QFontDatabase

from carnet import paths

#: The booklet's font, also the charts' (measured and drawn the same on screen).
CHART_FONT = "DejaVuSans.ttf"
#: Monochrome emoji, drawn by Qt's font fallback where the system has none.
EMOJI_FONT = "NotoEmoji-Regular.ttf"

#: file name → Qt's id for it, for each font handed to Qt in this process
_loaded: dict[str, int] = {}


def _path(file_name: str) -> str | None:
    with contextlib.suppress(FileNotFoundError, OSError):
        return str(paths.resource_path("fonts", file_name))
    return None


def load(file_name: str) -> int:
    """Hand a shipped font to Qt, once per process; its Qt id, or -1 when the file is
    missing or Qt refuses it (the system's fonts are used then)."""
    if file_name in _loaded:
        return _loaded[file_name]
    path = _path(file_name)
    font_id = QFontDatabase.addApplicationFont(path) if path else -1
    if font_id >= 0:
        _loaded[file_name] = font_id
    return font_id


def families(file_name: str) -> list[str]:
    """The families Qt found in a shipped font (loading it first), or none."""
    font_id = load(file_name)
    return QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []


def empty_font_cache() -> None:
    """Let Qt drop the font engines and glyphs a day made (at a lock): each shipped font
    handed to Qt is removed, then added again, so none goes missing for the next
    unlock. When none was handed yet, the chart font is (adding one also empties the
    cache, and the charts need it anyway)."""
    loaded = [(name, font_id, _path(name)) for name, font_id in _loaded.items()]
    if not loaded:
        load(CHART_FONT)
        return
    for name, font_id, path in loaded:
        if path is None:  # the file went (an update under way): keep what Qt holds
            continue
        QFontDatabase.removeApplicationFont(font_id)
        del _loaded[name]
    for name, _font_id, path in loaded:
        if path is not None:
            load(name)
