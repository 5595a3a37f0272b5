"""The booklet's embedded fonts (DejaVu Sans, Noto Emoji) and the characters they draw.

The standard PDF fonts are not embedded and cover Latin-1 only (no œ, no €,
no ’ in some viewers); DejaVu Sans from ``resources/fonts`` covers French and
much more. Emoji (🙂 💪 ✅ 🎯, most beyond the Basic Multilingual Plane) come from
the monochrome Noto Emoji font shipped beside it, loaded the first time a text needs
it: :func:`segments` cuts a text into runs of one font each, which the paragraph
fragments and the few canvas draws follow. Without shaping, a ZWJ sequence prints
as its parts side by side (👩‍💻 → 👩💻, the joiner kept, zero width), a flag as its
two regional letters, a skin tone as a swatch after the hand: every character
the person typed is on the page and comes back from copy-paste. A character no font
has is printed as its Unicode name in brackets (« [EGYPTIAN HIEROGLYPH A001] »),
never dropped and never a bare « � ». reportlab writes characters beyond U+FFFF
into the ToUnicode map as five hex digits, which readers decode as garbage:
:func:`_to_unicode_cmap` writes UTF-16 surrogate pairs instead.
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
#: the emoji font, one face for every style (bold or italic emoji would be guesses)
EMOJI: Final = "CarnetEmoji"

_FILES: Final = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_EMOJI_FILE: Final = "NotoEmoji-Regular.ttf"
REPLACEMENT: Final = "\ufffd"
#: used instead when the font has no U+FFFD (checked in its cmap)
FALLBACK_REPLACEMENTS: Final = ("\u25a1", "?")
#: parts of an emoji sequence (joiner, variation selectors, keycap, skin tones, tags):
#: they print in the font of the character they follow
_JOINERS: Final = frozenset(
    {0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)}
)
_EMOJI_PRESENTATION: Final = 0xFE0F
_TEXT_PRESENTATION: Final = 0xFE0E
_lock = threading.Lock()
_WIDTH_CACHE_MAX = 200_000


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with UTF-16 (surrogate pairs) for code points beyond
    U+FFFF: reportlab writes « <01> <1F642> », which readers take as U+1F64 + « 2 »."""
    def utf16(cp: int) -> str:
        return chr(cp).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(cp)}>" for i, cp in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


def _font_class():
    """TTFont with a cache of string widths: a booklet measures the same words
    thousands of times while breaking lines, and reportlab's pure-Python width sum
    is a fifth of the layout time. Its ToUnicode maps are right beyond U+FFFF."""
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

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

        def addObjects(self, doc):
            state = self.state.get(doc)
            subsets = [list(subset) for subset in state.subsets] if state else []
            super().addObjects(doc)  # (forgets the document's state)
            for n, subset in enumerate(subsets):
                if max(subset, default=0) <= 0xFFFF:
                    continue
                base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
                name = base.decode("pdfdoc")
                doc.idToObject["toUnicodeCMap:" + name].content = _to_unicode_cmap(name, subset)

    return CachedWidthTTFont
_coverage: frozenset[int] | None = None
_emoji: frozenset[int] | None = None


def _load(font_class, name: str, filename: str):
    path = resource_path("fonts", filename)
    try:
        return font_class(name, str(path))
    except OSError as exc:
        from carnet.booklet.errors import BookletError

        raise BookletError(
            f"The booklet font {filename} is missing or unreadable ({exc}); "
            "reinstall Carnet.", "font", filename=filename,
        ) from None


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
            faces[name] = _load(font_class, name, filename)
            pdfmetrics.registerFont(faces[name])
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        # The regular face decides (the others lack a few scripts: a missing bold glyph
        # still shows as a box). Beyond U+FFFF too, now that the ToUnicode map is right.
        _coverage = frozenset(faces[REGULAR].face.charToGlyph)
        return _coverage


def emoji_coverage() -> frozenset[int]:
    """The emoji font's code points (the font is read and registered on first use:
    50 ms that a booklet without emoji never pays)."""
    global _emoji
    if _emoji is not None:
        return _emoji
    register_fonts()
    with _lock:
        if _emoji is None:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics

            face = _load(_font_class(), EMOJI, _EMOJI_FILE)
            pdfmetrics.registerFont(face)
            for bold in (0, 1):  # <b>/<i> markup around an emoji keeps this face
                for italic in (0, 1):
                    addMapping(EMOJI, bold, italic, EMOJI)
            _emoji = frozenset(face.face.charToGlyph)
        return _emoji


@on_lock
def forget_widths() -> None:
    """The measured strings are words of the journal: forgotten when it locks."""
    if _coverage is None:
        return
    from reportlab.pdfbase import pdfmetrics

    for name in (*_FILES, *((EMOJI,) if _emoji is not None else ())):
        widths = getattr(pdfmetrics.getFont(name), "_widths", None)
        if widths is not None:
            widths.clear()


def unicode_label(char: str) -> str:
    """A readable stand-in for a character no font draws: its Unicode name in brackets."""
    name = unicodedata.name(char, "")
    return f"[{name}]" if name else f"[U+{ord(char):04X}]"


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
        elif cp in (0x2028, 0x2029):
            value = "\n"  # line and paragraph separators: DejaVu draws them as nothing
        elif cp == 13:
            value = None  # the \r of \r\n
        elif category == "Cc":
            value = " "
        elif cp in self.covered or cp in _JOINERS:
            value = chr(cp)  # (a joiner the emoji font lacks is dropped by segments)
        elif category == "Zs":
            value = " "
        elif category == "Cf":
            value = None  # invisible formatting (direction marks, zero-width space)
        elif category == "Cs":
            value = self.replacement  # a lone surrogate: no character to name
        elif cp in emoji_coverage():
            value = chr(cp)
        else:
            value = unicode_label(chr(cp))
        self[cp] = value
        return value


def replacement_for(covered: frozenset[int]) -> str:
    """The visible stand-in for a broken character: « � » if the font draws it."""
    for candidate in (REPLACEMENT, *FALLBACK_REPLACEMENTS):
        if ord(candidate) in covered:
            return candidate
    return "?"


_ASCII_TROUBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


_table: _Translation | None = None


def clean(text: str) -> str:
    """``text`` in NFC with every character no font has written as its name in
    brackets, control characters turned into spaces; emoji and their joiners kept."""
    global _table
    if not text:
        return ""
    if text.isascii() and _ASCII_TROUBLE.search(text) is None:
        return text
    if _table is None:
        _table = _Translation(register_fonts())
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).translate(_table)


_emoji_chars: re.Pattern | None = None


def _ranges(points: set[int]) -> str:
    """A regular-expression character class body for ``points``."""
    parts, ordered = [], sorted(points)
    start = prev = ordered[0]
    for cp in [*ordered[1:], None]:
        if cp is not None and cp == prev + 1:
            prev = cp
            continue
        parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        if cp is not None:
            start = prev = cp
    return "".join(parts)


def _emoji_pattern() -> re.Pattern | None:
    """Characters that may need the emoji font (None while no text needed it)."""
    global _emoji_chars
    if _emoji_chars is None and _emoji is not None:
        needs = (set(_emoji) - set(register_fonts())) | set(_JOINERS)
        _emoji_chars = re.compile(f"[{_ranges(needs)}]")
    return _emoji_chars


def segments(text: str) -> list[tuple[str, bool]]:
    """``text`` (cleaned) cut into runs of one font: (text, in the emoji font).

    A character both fonts have goes to the emoji font when followed by the emoji
    presentation selector (« ❤️ », a keycap « 1️⃣ »); joiners, selectors, skin tones
    and tags follow the character before them (into the emoji font if the text font
    lacks them); a joiner no font has is dropped (it is invisible)."""
    pattern = _emoji_pattern()
    if pattern is None or pattern.search(text) is None:
        return [(text, False)]
    covered, emoji = register_fonts(), emoji_coverage()
    out: list[tuple[list[str], bool]] = []
    chars = list(text)
    for i, char in enumerate(chars):
        cp = ord(char)
        nxt = ord(chars[i + 1]) if i + 1 < len(chars) else 0
        if cp in _JOINERS:
            previous = out[-1][1] if out else False
            if previous and cp in emoji:
                in_emoji = True
            elif cp in covered:
                in_emoji = previous and cp in emoji
            elif cp in emoji:
                in_emoji = True
            else:
                continue
        elif cp in covered:
            in_emoji = nxt in (_EMOJI_PRESENTATION, 0x20E3) and cp in emoji
        else:
            in_emoji = cp in emoji
        if out and out[-1][1] == in_emoji:
            out[-1][0].append(char)
        else:
            out.append(([char], in_emoji))
    return [("".join(chars_), in_emoji) for chars_, in_emoji in out]


def markup(text: str) -> str:
    """``text`` (cleaned, in visual order) escaped for reportlab's Paragraph markup, its
    emoji in ``<font face>`` of the emoji font (the sheets' few markup paragraphs)."""
    from xml.sax.saxutils import escape

    return "".join(f'<font face="{EMOJI}">{escape(part)}</font>' if emoji else escape(part)
                   for part, emoji in segments(text))


def string_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` printed in ``font`` with emoji in the emoji font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(part, EMOJI if emoji else font, size)
               for part, emoji in segments(text))


def draw_string(canv, x: float, y: float, text: str, font: str, size: float,
                anchor: str = "start") -> None:
    """``canv.drawString`` with emoji in the emoji font (anchor: start, middle, end).
    The canvas font is ``font`` afterwards."""
    parts = segments(text)
    if anchor != "start":
        width = string_width(text, font, size)
        x -= width if anchor == "end" else width / 2
    for part, emoji in parts:
        face = EMOJI if emoji else font
        canv.setFont(face, size)
        canv.drawString(x, y, part)
        x += canv.stringWidth(part, face, size)
    canv.setFont(font, size)
