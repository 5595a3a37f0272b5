"""What the formatting keys do to a line of a note (Qt-free, so it is easy to test).

Enter on a list item starts the next one with the marker the person uses (``•``
stays ``•``, ``3)`` is followed by ``4)``, ``c)`` by ``d)``); on an empty item it ends
the list; on a sign before a figure (« + 2 intérimaires ») it starts a plain line.
Shift+Enter in an item goes to a new line of the same item (indented), and Enter
there starts the next item (:func:`continued_item`). Tab and Shift+Tab move an item
one level in or out. The list keys put or take away ``- `` / ``1. `` at the start
of lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from carnet.notes.normalise import _ITEM, _RULE, _SIGN_FIGURE, sign_lines

#: One level of nesting, as the contract reads it.
INDENT = "    "


@dataclass(frozen=True)
class Prefix:
    """The start of a list item line: indentation, marker (``-``, ``3)``, ``c)``…)."""

    indent: str
    marker: str
    start: int  # where the item's text begins in the line
    content: str

    @property
    def ordered(self) -> bool:
        return self.marker[:1].isalnum()

    def next_marker(self) -> str:
        """The marker of the item after this one."""
        head, end = self.marker[:-1], self.marker[-1]
        if head.isdigit():
            return f"{int(head) + 1}{end}"
        if len(head) == 1 and head.isalpha():
            return (chr(ord(head) + 1) if head.lower() != "z" else head) + end
        return self.marker


def item_prefix(line: str) -> Prefix | None:
    """The list prefix of ``line``, or None when the line is not a list item."""
    match = _ITEM.match(line)
    if match is None or _RULE.match(line.strip()):
        return None
    start = match.start("content")
    marker = line[len(match.group("indent")) : start].rstrip(" \t\u00a0\u2007\u202f")
    return Prefix(match.group("indent"), marker, start, match.group("content"))


def empty_item(line: str) -> bool:
    """True for a list marker with nothing after it (Enter there ends the list)."""
    ended = line if line.endswith((" ", "\t", "\u00a0")) else line + " "
    prefix = item_prefix(ended)
    return prefix is not None and not prefix.content.strip()


def signed(line: str, above: Iterable[str] = ()) -> bool:
    """True when ``line`` begins with a sign before a figure the contract prints as
    typed (« + 2 intérimaires », « - 1 départ » under it: normalise.sign_lines), not a
    list marker; ``above`` are the lines over it, the nearest first."""
    if not _SIGN_FIGURE.match(line):
        return False
    run = [line]
    for text in above:
        if not _SIGN_FIGURE.match(text):
            break
        run.insert(0, text)
    return len(run) - 1 in sign_lines(run)


def continuation(line: str, above: Iterable[str] = ()) -> str | None:
    """What Enter inserts after ``line`` when it is a list item: a newline, the same
    indentation and the next marker. None when the line is not an item, or is a sign
    before a figure (:func:`signed`; ``above`` as there): no « + » to delete."""
    prefix = item_prefix(line)
    if prefix is None or signed(line, above):
        return None
    return "\n" + prefix.indent + prefix.next_marker() + " "


def continued_item(line: str, above: Iterable[str]) -> Prefix | None:
    """The list item ``line`` belongs to when it is a line Shift+Enter began inside an
    item (indented past the item's marker, no marker of its own); ``above`` are the
    lines over it, the nearest first. None when ``line`` continues no item (a blank
    line, or a line at the margin, between them ends the search)."""
    width = len(line) - len(line.lstrip())
    if width < 2 or item_prefix(line) is not None:
        return None
    for text in above:
        prefix = item_prefix(text)
        if prefix is not None:
            if len(prefix.indent) < width:
                return prefix
            continue  # a deeper item: the line may continue the one it sits in
        if not text.strip() or len(text) - len(text.lstrip()) < 2:
            return None
    return None


def renumbered(line: str, number: int) -> str:
    """``line`` with its ordered marker set to ``number`` (its style kept)."""
    prefix = item_prefix(line)
    if prefix is None or not prefix.ordered:
        return line
    head, end = prefix.marker[:-1], prefix.marker[-1]
    value = str(number) if head.isdigit() else chr(ord("a" if head.islower() else "A") +
                                                   max(0, min(number, 26) - 1))
    return f"{prefix.indent}{value}{end} {line[prefix.start:]}"


def without_prefix(line: str) -> str:
    """``line`` without its list marker and indentation."""
    prefix = item_prefix(line)
    return line if prefix is None else line[prefix.start :]
