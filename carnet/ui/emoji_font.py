"""The shipped emoji font (Noto Emoji, OFL), handed to Qt's fallback once per process.

Where the system has no emoji font, an emoji in any field (a title, a key word, a
learning) is drawn with it rather than as an empty box. Kept apart from the Markdown
view (~40 ms to import) so that the app can load it while the passphrase is typed,
before any field of the journal is built: a field built before it keeps its box.
"""

from __future__ import annotations

_loaded = False


def load() -> None:
    """Add the font to Qt's font database (~17 ms), once; nothing if the file is gone
    (the system's fonts only)."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    from carnet.ui import fonts

    fonts.load(fonts.EMOJI_FONT)  # (given back to Qt at each lock: carnet.ui.fonts)
