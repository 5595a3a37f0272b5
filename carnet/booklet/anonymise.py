"""Replacing real names by pseudonyms in everything the booklet prints.

The journal holds other people's situations; members are meant to be known
by a pseudonym, but a first name slips into a note easily. Matching is
case-insensitive and whole-word, longest names first (so « Marie-Claire
Dupont » is not left as « Marie-Claire » + pseudonym), and the whitespace
inside a name matches any run of spaces or a line break.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping


def initials(name: str) -> str:
    """« Jean-Paul Durand » → « J.-P. D. »: how an extra masked name is shown."""
    words = []
    for word in name.split():
        parts = [p for p in word.split("-") if p]
        words.append("-".join(f"{p[0].upper()}." for p in parts))
    return " ".join(words) or "X."


class Anonymiser:
    """Callable that replaces each masked name by its replacement text."""

    def __init__(self, replacements: Mapping[str, str]) -> None:
        cleaned: dict[str, str] = {}
        for name, replacement in replacements.items():
            key = unicodedata.normalize("NFC", " ".join(name.split()))
            if key and key.casefold() not in {k.casefold() for k in cleaned}:
                cleaned[key] = replacement
        self._lookup = {k.casefold(): v for k, v in cleaned.items()}
        self._pattern: re.Pattern[str] | None = None
        if cleaned:
            names = sorted(cleaned, key=lambda n: (-len(n), n))
            alternatives = "|".join(r"\s+".join(map(re.escape, n.split(" "))) for n in names)
            self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    @property
    def active(self) -> bool:
        return self._pattern is not None

    def _replace(self, match: re.Match[str]) -> str:
        key = " ".join(match.group(0).split()).casefold()
        return self._lookup.get(key, "X.")

    def __call__(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        return self._pattern.sub(self._replace, unicodedata.normalize("NFC", text))


def build_anonymiser(
    members: Iterable[tuple[str, Iterable[str]]], extra_names: Iterable[str] = ()
) -> Anonymiser:
    """An anonymiser from (pseudonym, masked names) pairs plus extra names.

    Members listed first win when two share a masked name (the caller lists the
    booklet's own groups first). Extra names become their initials.
    """
    replacements: dict[str, str] = {}
    seen: set[str] = set()
    for pseudonym, names in members:
        for name in names:
            key = " ".join(name.split()).casefold()
            if key and key not in seen:
                seen.add(key)
                replacements[name] = pseudonym
    for name in extra_names:
        key = " ".join(name.split()).casefold()
        if key and key not in seen:
            seen.add(key)
            replacements[name] = initials(name)
    return Anonymiser(replacements)


def identity(text: str) -> str:
    """The no-op used when anonymisation is off."""
    return text
