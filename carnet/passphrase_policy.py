"""The one passphrase policy: the window's forms and the command line apply it alike.

Qt-free, so the command line checks a new passphrase without loading Qt. The
words that describe a score are ``carnet.ui.welcome.strength_text`` in the
window and the same translated strings in ``carnet.cli``.
"""

from __future__ import annotations

import math

#: Fewer characters than this is "too short": refused everywhere.
MIN_LENGTH = 8


def passphrase_score(text: str) -> int:
    """A rough strength from 0 (too short) to 4 (very strong).

    Estimates the entropy from the length and the kinds of characters, and
    rewards several words; repeated characters count once per run.
    """
    if len(text) < MIN_LENGTH:
        return 0
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() for c in text):
        pool += 20
    if any(ord(c) > 127 for c in text):
        pool += 20
    runs = sum(1 for i, c in enumerate(text) if i == 0 or c != text[i - 1])
    distinct = len(set(text.casefold()))
    effective = min(runs, distinct * 3)
    bits = effective * math.log2(max(pool, 2))
    if len(text.split()) >= 4:
        bits += 15
    if bits < 40:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4


def acceptable(text: str) -> bool:
    """True when a new passphrase meets the minimum (score 1 or more)."""
    return passphrase_score(text) >= 1
