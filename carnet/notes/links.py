"""Which link targets a note may keep: the one rule the preview, the paste and the
renderer share (apart from :mod:`carnet.notes.render`, so the editor can check a link
without loading the Markdown renderer)."""

from __future__ import annotations

from urllib.parse import urlsplit

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def is_safe_link(target: str) -> bool:
    """True for an absolute http(s) or mailto address, the only ones a note may keep."""
    try:
        parts = urlsplit(target.strip())
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in SAFE_SCHEMES:
        return False
    return bool(parts.path) if scheme == "mailto" else bool(parts.netloc)
