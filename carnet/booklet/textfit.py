"""Fitting one line of text into a width, with an ellipsis."""

from __future__ import annotations

from carnet.booklet.bidi import visual
from carnet.booklet.fonts import clean, string_width


def fit(text: str, font: str, size: float, width: float) -> str:
    """One line of ``text`` shortened with « … » to ``width`` points, ready for
    ``fonts.draw_string`` (right-to-left runs in visual order, emoji measured in
    their own font)."""
    text = " ".join(clean(text).split())
    if string_width(text, font, size) <= width:
        return visual(text)
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if string_width(text[:mid].rstrip() + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return visual(text[:low].rstrip() + "…")
