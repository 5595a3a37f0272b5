"""A small right-to-left helper: reportlab draws characters left to right in the
order given, so Hebrew or Arabic text must be handed over in visual order.

Not the full Unicode bidi algorithm: runs of right-to-left letters (with the
spaces and punctuation between them) are reversed, brackets mirrored; a
paragraph that starts with a right-to-left letter is laid out line by line
in logical order first, then each line is reordered and aligned right.
No Arabic shaping (letters keep their isolated forms).
"""

from __future__ import annotations

import re
import unicodedata

_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_HAS_RTL = re.compile(f"[{_RTL_CHARS}]")
_NEUTRAL_CHARS = r"\s.,:;!?'\"()\[\]{}«»\-–—…/"
_RUN = re.compile(f"[{_RTL_CHARS}]+(?:[{_NEUTRAL_CHARS}]*[{_RTL_CHARS}]+)*")
_MIRROR = str.maketrans("()[]{}«»<>", ")(][}{»«><")


def has_rtl(text: str) -> bool:
    return _HAS_RTL.search(text) is not None


def _reverse(text: str) -> str:
    return text[::-1].translate(_MIRROR)


def visual(text: str) -> str:
    """``text`` (left-to-right paragraph) with each right-to-left run reversed."""
    if text.isascii() or not has_rtl(text):
        return text
    return _RUN.sub(lambda m: _reverse(m.group(0)), text)


def is_rtl_paragraph(text: str) -> bool:
    """True when the first strong letter is right-to-left (the paragraph's direction)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


_LTR_RUN = re.compile(
    rf"[^{_RTL_CHARS}{_NEUTRAL_CHARS}]+(?:[{_NEUTRAL_CHARS}]+[^{_RTL_CHARS}{_NEUTRAL_CHARS}]+)*"
)


def visual_rtl_line(line: str) -> str:
    """One line of a right-to-left paragraph in visual order: segments in reverse
    order, right-to-left ones reversed, left-to-right words (numbers, Latin names)
    kept as they are."""
    segments: list[str] = []
    last = 0
    for match in _LTR_RUN.finditer(line):
        if match.start() > last:
            segments.append(_reverse(line[last : match.start()]))
        segments.append(match.group(0))
        last = match.end()
    if last < len(line):
        segments.append(_reverse(line[last:]))
    return "".join(reversed(segments))
