"""A note as plain text: Markdown syntax removed, the words kept — for search snippets.

A search snippet is a fragment of the stored text (cut anywhere, with the match
between two marks). It is read as the contract reads the whole note — list markers,
heading and quote signs at line starts, ``**``/``*``/``_``/`` ` `` around words, link
syntax, backslash escapes, a table's pipes (a row reads « a · b », its ``|---|`` line
goes) — and shown without them: « une **mission** » becomes
« une mission », a list item becomes « • item ». The highlight marks survive: they
are ordinary characters to every rule here. Only syntax goes; no word is dropped.
"""

from __future__ import annotations

import re

from carnet.notes.normalise import (
    _COMPARISON,
    _ITEM,
    _TABLE_SEPARATOR,
    repair,
    sign_lines,
    split_row,
)

_LINE_SIGNS = re.compile(r"^[ \t\u00a0]*(?:#{1,6}[ \t]+|(?:>[ \t]?)+)")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)?")
_LINK = re.compile(r"\[([^\]\n]*)\]\((?:[^)\n]*)\)?")
#: what is left of a link cut by the snippet's edge: « …texte](https://… »
_LINK_CUT = re.compile(r"\]\([^)\s]*\)?")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", re.S)
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])", re.S)
_CODE = re.compile(r"`+")
_PAIRS = re.compile(r"(?<!\\)(\*\*|__)")  # a pair cut in two by the snippet's edge
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|&~\"])")
#: escaped characters wait in a private plane while the syntax goes
_MARKS = ("\x02", "\x03")  # the search's highlight marks
_SHELTER = 0xF0000
_SHELTERED = re.compile("[\U000F0000-\U000F007F]")
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$")
_DASHES = re.compile(r"^:?-+:?…?$")  # a separator's cell (a snippet may cut the line)


def _line(line: str, sign: bool = False) -> str:
    if line.lstrip().startswith("|"):  # a table's row
        return " · ".join(cell for cell in split_row(line) if cell and not _DASHES.match(cell))
    match = _ITEM.match(line)
    if match and not _RULE.match(line) and not sign:
        if match.group("num"):
            return f"{match.group('num')}{match.group('end')} {match.group('content')}"
        if match.group("alpha"):
            return f"{match.group('alpha')}) {match.group('content')}"
        return "• " + match.group("content")
    if _COMPARISON.match(line):  # « > 50 % »: a sign the person typed, not a quote's
        return line
    return _LINE_SIGNS.sub("", line)


def _keep_match(match: re.Match) -> str:
    """A link or image as its text; its address too when the search matched in it."""
    whole = match.group(0)
    shown = match.group(1) if match.groups() else ""
    address = whole[whole.find("](") + 2 :].rstrip(")") if "](" in whole else ""
    if any(mark in address for mark in _MARKS):
        return f"{shown} ({address})" if shown else f" ({address})"
    return shown


def strip_markdown(text: str) -> str:
    """``text`` (a whole note or a fragment of one) without Markdown syntax."""
    text = _ESCAPE.sub(lambda m: chr(_SHELTER + ord(m.group(1))), repair(text))
    split = text.split("\n")
    signs = sign_lines(split)
    lines = [_line(line, k in signs) for k, line in enumerate(split) if not _RULE.match(line)
             and not ("|" in line and _TABLE_SEPARATOR.match(line))]
    text = "\n".join(lines)
    text = _IMAGE.sub(_keep_match, text)
    text = _LINK.sub(_keep_match, text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _LINK_CUT.sub(_keep_match, text)
    for _ in range(3):  # nested emphasis: ***both*** or **a *b* c**
        text = _STRONG.sub(lambda m: m.group(2), text)
        text = _EM_STAR.sub(lambda m: m.group(1), text)
        text = _EM_UNDER.sub(lambda m: m.group(1), text)
    text = _PAIRS.sub("", _CODE.sub("", text))
    return _SHELTERED.sub(lambda m: chr(ord(m.group(0)) - _SHELTER), text)


def plain_snippet(snippet: str, start: str = "\x02", end: str = "\x03") -> str:
    """A search snippet on one line, Markdown removed, the ``start``/``end`` marks kept."""
    text = strip_markdown(snippet)
    keep = {start, end}
    text = "".join(c if c in keep or c >= " " else " " for c in text)
    return " ".join(text.split())
