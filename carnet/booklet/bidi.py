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


_EDGE = re.compile(f"^([{_NEUTRAL_CHARS}]*)(.*?)([{_NEUTRAL_CHARS}]*)$", re.DOTALL)


def _reverse_between(part: str, after_break: bool, before_break: bool) -> str:
    """A piece of a run parted by a bracket left in place: reversed, but the spaces and
    punctuation between it and that bracket stay where they are (they belong to the
    left-to-right text around the bracket)."""
    if not (after_break or before_break):
        return _reverse(part)
    lead, core, trail = _EDGE.match(part).groups()
    if not after_break:
        core, lead = lead + core, ""
    if not before_break:
        core, trail = core + trail, ""
    return lead + _reverse(core) + trail


_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»"}
_CLOSERS = {close: open_ for open_, close in _OPENERS.items()}
#: what may stand between a run's last letter and the bracket that closes one it opened
_BEFORE_CLOSER = re.compile(r"[\s.,:;!?'\"\-–—…/]*")


def visual(text: str) -> str:
    """``text`` (left-to-right paragraph) with each right-to-left run reversed, its
    brackets kept in pairs (the pair rule of Unicode's algorithm, simplified): a pair
    opened in the run and closed just after it is the run's, reversed with it (« שלום
    עולם (שלום) » printed « ) … ) »: the run stopped at its last letter, fresh8's G5);
    a bracket whose partner is outside the run, beyond other words, stays in place and
    parts the run in two."""
    if text.isascii() or not has_rtl(text):
        return text
    out: list[str] = []
    last = 0
    for match in _RUN.finditer(text):
        if match.start() < last:  # (taken into the run before, with its closer)
            continue
        start, end = match.start(), match.end()
        stack: list[int] = []  # positions of the brackets opened in the run
        breaks: list[int] = []  # brackets that stay in place, parting the run
        for index in range(start, end):
            char = text[index]
            if char in _OPENERS:
                stack.append(index)
            elif char in _CLOSERS:
                if stack and text[stack[-1]] == _CLOSERS[char]:
                    stack.pop()
                else:
                    breaks.append(index)  # opened before the run
        while stack:  # opened in the run: closed just after it?
            gap = _BEFORE_CLOSER.match(text, end)
            after = gap.end() if gap else end
            if after < len(text) and text[after] == _OPENERS[text[stack[-1]]]:
                stack.pop()
                end = after + 1
            else:
                break
        breaks += stack
        out.append(text[last:start])
        piece = start
        for index in sorted(breaks):
            out.append(_reverse_between(text[piece:index], piece > start, True) + text[index])
            piece = index + 1
        out.append(_reverse_between(text[piece:end], piece > start, False))
        last = end
    out.append(text[last:])
    return "".join(out)


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
