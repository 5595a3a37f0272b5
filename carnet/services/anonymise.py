"""Replacing real names by pseudonyms in everything that leaves the journal.

The journal holds other people's situations; members are meant to be known
by a pseudonym, but a first name slips into a note easily. Matching is
case-insensitive, accent-insensitive (« Aurelie » listed, « Aurélie » written,
and the reverse: a name typed without its accent on one keyboard and with it on
another must not print in clear) and whole-word, longest names first (so
« Marie-Claire Dupont » is not left as « Marie-Claire » + pseudonym); the
whitespace inside a name matches any run of spaces or a line break, and
typographic apostrophes and hyphens match their plain forms. Each word of a full
name is masked on its own too where it is written with a capital (« Aurélie, ça
va ? » of « Aurélie Martin »): notes speak of people by their first name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

#: Apostrophes and hyphens a keyboard or a word processor may type for the plain ones.
_PUNCTUATION_FOLD = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character without its accents (« é » → « e », « Ç » → « C »), always one
    character long, so that a position in the folded text is the same position in
    the text: a character whose base is not a single character stays as it is."""
    if char in _PUNCTUATION_FOLD:
        return _PUNCTUATION_FOLD[char]
    base = "".join(c for c in unicodedata.normalize("NFD", char)
                   if not unicodedata.combining(c))
    return base if len(base) == 1 else char


def fold(text: str) -> str:
    """``text`` (NFC) with accents removed, character for character (same length)."""
    if text.isascii():
        return text
    return "".join(_fold_char(c) if not c.isascii() else c for c in text)


def initials(name: str) -> str:
    """« Jean-Paul Durand » → « J.-P. D. »: how an extra masked name is shown."""
    words = []
    for word in name.split():
        parts = [p for p in word.split("-") if p]
        words.append("-".join(f"{p[0].upper()}." for p in parts))
    return " ".join(words) or "X."


#: Words of a full name never masked on their own: particles, and words that begin
#: sentences (« De », « La »…), whatever the name they are part of.
_PARTICLES = frozenset({
    "de", "du", "des", "d", "la", "le", "les", "l", "van", "von", "der", "den", "ter",
    "di", "da", "dos", "das", "del", "della", "el", "al", "ben", "bin", "ibn", "mac",
    "mc", "et", "y", "e", "zu", "af", "av", "st", "ste", "saint", "sainte"})


def name_parts(name: str) -> list[str]:
    """The words of a full name a note may use alone (« Aurélie » and « Martin » of
    « Aurélie Martin »; « Jean-Pierre » of « Jean-Pierre Lefèvre »): none for a
    one-word name, never a particle nor a word of fewer than three letters."""
    words = name.split()
    if len(words) < 2:
        return []
    parts = []
    for word in words:
        word = word.strip("'’.,")
        if len(word) >= 3 and fold(word).casefold() not in _PARTICLES:
            parts.append(word)
    return parts


class Anonymiser:
    """Callable that replaces each masked name by its replacement text.

    ``proper``: names masked only where they are written as a name, with a capital
    (the parts of a full name: « Martin » in « Martin a dit », not « martin-pêcheur »)."""

    def __init__(self, replacements: Mapping[str, str], proper: Iterable[str] = ()) -> None:
        cleaned: dict[str, str] = {}
        for name, replacement in replacements.items():
            key = fold(unicodedata.normalize("NFC", " ".join(name.split())))
            if key and key.casefold() not in {k.casefold() for k in cleaned}:
                cleaned[key] = replacement
        self._lookup = {k.casefold(): v for k, v in cleaned.items()}
        self._proper = {fold(unicodedata.normalize("NFC", name)).casefold() for name in proper}
        self._pattern: re.Pattern[str] | None = None
        if cleaned:
            names = sorted(cleaned, key=lambda n: (-len(n), n))
            alternatives = "|".join(r"\s+".join(map(re.escape, n.split(" "))) for n in names)
            self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    @property
    def active(self) -> bool:
        return self._pattern is not None

    def __call__(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        text = unicodedata.normalize("NFC", text)
        folded = fold(text)  # (same length: a match's span is the same in ``text``)
        parts: list[str] = []
        end = 0
        for match in self._pattern.finditer(folded):
            key = " ".join(match.group(0).split()).casefold()
            if key in self._proper and not match.group(0)[:1].isupper():
                continue  # a common word that is also part of a name: left as written
            replacement = self._lookup.get(key, "X.")
            parts += (text[end:match.start()], replacement)
            end = match.end()
            if replacement.endswith(".") and text[end:end + 1] == ".":
                end += 1  # « … et de Martin. » → « … et de A.M. », not « A.M.. »
        if not parts:
            return text
        parts.append(text[end:])
        return "".join(parts)


def build_anonymiser(
    members: Iterable[tuple[str, Iterable[str]]], extra_names: Iterable[str] = ()
) -> Anonymiser:
    """An anonymiser from (pseudonym, masked names) pairs plus extra names.

    Members listed first win when two share a masked name (the caller lists the
    booklet's own groups first). Extra names, and the names of a member without a
    pseudonym (never an empty replacement: the name would vanish from the sentence),
    become their initials.
    """
    replacements: dict[str, str] = {}
    seen: set[str] = set()
    wholes: list[tuple[str, str]] = []
    for pseudonym, names in members:
        for name in names:
            key = " ".join(name.split()).casefold()
            if key and key not in seen:
                seen.add(key)
                replacements[name] = " ".join(pseudonym.split()) or initials(name)
                wholes.append((name, replacements[name]))
    for name in extra_names:
        key = " ".join(name.split()).casefold()
        if key and key not in seen:
            seen.add(key)
            replacements[name] = initials(name)
            wholes.append((name, replacements[name]))
    # A note speaks of « Aurélie », not « Aurélie Martin »: each word of a full name is
    # masked too (with a capital), after every whole name (a whole name wins a word).
    proper: list[str] = []
    for name, replacement in wholes:
        for part in name_parts(name):
            key = part.casefold()
            if key not in seen:
                seen.add(key)
                replacements[part] = replacement
                proper.append(part)
    return Anonymiser(replacements, proper)


def journal_anonymiser(store, first_group_ids: Iterable[int | None] = ()) -> Anonymiser:
    """Every group's masked names (archived groups too) replaced by their pseudonym: the
    group page promises it for everything that leaves the journal, so the one-page sheets
    use it as the booklet does. Members of ``first_group_ids`` win a shared name."""
    first = {gid for gid in first_group_ids if gid is not None}
    ordered = sorted(store.groups.list(), key=lambda g: g.id not in first)
    return build_anonymiser(
        (m.pseudonym, m.masked_names) for g in ordered for m in store.members.list_by_group(g.id)
    )


class Masking:
    """An anonymiser that remembers whether it replaced anything, so a sheet can say
    that the names it prints are pseudonyms (the person sees why the text differs)."""

    def __init__(self, hide: Callable[[str], str] | None = None) -> None:
        self.hide = hide or identity
        self.used = False

    def __call__(self, text: str) -> str:
        shown = self.hide(text)
        if not self.used and shown != text and shown != unicodedata.normalize("NFC", text):
            self.used = True
        return shown


def hide_in_file_name(filename: str, hide: Callable[[str], str]) -> str:
    """An attached file's name as an anonymised page may show it: « retour-de-Thomas-
    Lefevre.pdf » → « retour de T.L. T.L. » (its words apart, so that a name between
    hyphens or underscores is found; its extension dropped: the page says the kind),
    or the name unchanged when it holds no masked name."""
    stem, dot, _suffix = filename.rpartition(".")
    readable = " ".join(re.sub(r"[_\-.]+", " ", stem if dot else filename).split())
    hidden = hide(readable)
    return filename if hidden == unicodedata.normalize("NFC", readable) else hidden


def identity(text: str) -> str:
    """The no-op used when anonymisation is off."""
    return text
