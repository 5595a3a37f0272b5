"""The booklet's embedded font (DejaVu Sans) and the characters it can draw.

The standard PDF fonts are not embedded and cover Latin-1 only (no œ, no €,
no ’ in some viewers); DejaVu Sans from ``resources/fonts`` covers French and
much more. A character the font lacks (emoji…) is replaced by a visible
U+FFFD « � » before it reaches reportlab, so nothing is dropped silently.
Imported only when a build starts (it imports reportlab).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from typing import Final

from carnet.caches import on_lock
from carnet.paths import resource_path

FAMILY: Final = "CarnetSans"
REGULAR: Final = "CarnetSans"
BOLD: Final = "CarnetSans-Bold"
ITALIC: Final = "CarnetSans-Oblique"
BOLD_ITALIC: Final = "CarnetSans-BoldOblique"

_FILES: Final = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
REPLACEMENT: Final = "\ufffd"
#: used instead when the font has no U+FFFD (checked in its cmap)
FALLBACK_REPLACEMENTS: Final = ("\u25a1", "?")
#: invisible formatting characters of emoji sequences: dropped, not replaced
_DROPPED: Final = frozenset({0x200D, 0xFE0E, 0xFE0F, 0x20E3})
_lock = threading.Lock()
_WIDTH_CACHE_MAX = 200_000


def _font_class():
    """TTFont with a cache of string widths: a booklet measures the same words
    thousands of times while breaking lines, and reportlab's pure-Python width sum
    is a fifth of the layout time."""
    from reportlab.pdfbase.ttfonts import TTFont

    class CachedWidthTTFont(TTFont):
        def __init__(self, *args, **kw) -> None:
            super().__init__(*args, **kw)
            self._widths: dict[str, float] = {}

        def stringWidth(self, text, size, encoding="utf8"):
            unit = self._widths.get(text)
            if unit is None:
                if len(self._widths) > _WIDTH_CACHE_MAX:
                    self._widths.clear()
                unit = self._widths[text] = TTFont.stringWidth(self, text, 1000.0, encoding)
            return unit * size * 0.001

    return CachedWidthTTFont
_coverage: frozenset[int] | None = None


def register_fonts() -> frozenset[int]:
    """Register the four faces once per process; return the code points drawn as is."""
    global _coverage
    with _lock:
        if _coverage is not None:
            return _coverage
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        font_class = _font_class()

        faces = {}
        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            try:
                faces[name] = font_class(name, str(path))
            except OSError as exc:
                from carnet.booklet.errors import BookletError

                raise BookletError(
                    f"The booklet font {filename} is missing or unreadable ({exc}); "
                    "reinstall Carnet.", "font", filename=filename,
                ) from None
            pdfmetrics.registerFont(faces[name])
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        # The regular face decides (the others lack a few scripts: a missing bold glyph
        # still shows as a box). Only the Basic Multilingual Plane: reportlab's
        # ToUnicode map garbles characters beyond it, so copy-paste would lie.
        covered = {cp for cp in faces[REGULAR].face.charToGlyph if cp <= 0xFFFF}
        _coverage = frozenset(covered)
        return _coverage


@on_lock
def forget_widths() -> None:
    """The measured strings are words of the journal: forgotten when it locks."""
    if _coverage is None:
        return
    from reportlab.pdfbase import pdfmetrics

    for name in _FILES:
        widths = getattr(pdfmetrics.getFont(name), "_widths", None)
        if widths is not None:
            widths.clear()


class _Translation(dict):
    """``str.translate`` table computed lazily, one decision per code point."""

    def __init__(self, covered: frozenset[int]) -> None:
        super().__init__()
        self.covered = covered
        self.replacement = replacement_for(covered)

    def __missing__(self, cp: int) -> str | None:
        category = unicodedata.category(chr(cp))
        value: str | None
        if cp in (9, 10):
            value = chr(cp)
        elif cp == 13:
            value = None  # the \r of \r\n
        elif category == "Cc":
            value = " "
        elif cp in _DROPPED or _is_emoji_modifier(cp):
            value = None
        elif cp in self.covered:
            value = chr(cp)
        elif category == "Zs":
            value = " "
        elif category == "Cf":
            value = None  # invisible formatting (direction marks, zero-width space)
        else:
            value = self.replacement
        self[cp] = value
        return value


def replacement_for(covered: frozenset[int]) -> str:
    """The visible stand-in for a missing glyph: « � » if the font draws it."""
    for candidate in (REPLACEMENT, *FALLBACK_REPLACEMENTS):
        if ord(candidate) in covered:
            return candidate
    return "?"


def _is_emoji_modifier(cp: int) -> bool:
    """Tags, variation selectors and skin tones: parts of an emoji, not characters."""
    return 0xE0000 <= cp <= 0xE007F or 0xFE00 <= cp <= 0xFE0F or 0x1F3FB <= cp <= 0x1F3FF


_ASCII_TROUBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


_table: _Translation | None = None


def clean(text: str) -> str:
    """``text`` in NFC with every character the font lacks made visible as « � »,
    control characters turned into spaces, and emoji joiners dropped."""
    global _table
    if not text:
        return ""
    if text.isascii() and _ASCII_TROUBLE.search(text) is None:
        return text
    if _table is None:
        _table = _Translation(register_fonts())
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).translate(_table)
