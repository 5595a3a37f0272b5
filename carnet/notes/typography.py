"""French typography for print: the spaces that must not break, never stored.

Before « : ; ! ? » and inside « », French puts a space that never starts a line.
The person types an ordinary space (or none inside guillemets); the booklet and the
preparation sheet print a non-breaking one. Only spaces already typed before
``: ; ! ?`` change (``https://``, ``10:30`` or an English « Note: » stay as typed);
guillemets always get theirs. A narrow no-break space typed by the person becomes a
plain no-break space: reportlab would break a line at U+202F.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
_BEFORE = re.compile(r"[ \t\u202f]+([?!:;»])")
_AFTER_OPEN = re.compile(r"«[ \t\u202f]*(?=[^\s\u00a0])|«[ \t\u202f]+$")
_BEFORE_CLOSE = re.compile(r"(?<=[^\s\u00a0])»")


def french_spacing(text: str) -> str:
    """``text`` with the no-break spaces French print needs (see the module)."""
    if "«" not in text and "»" not in text and "\u202f" not in text \
            and _BEFORE.search(text) is None:
        return text
    text = _BEFORE.sub(NBSP + r"\1", text.replace("\u202f", NBSP))
    if "«" in text or "»" in text:
        text = _BEFORE_CLOSE.sub(NBSP + "»", _AFTER_OPEN.sub("«" + NBSP, text))
    return text
