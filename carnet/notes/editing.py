"""What the formatting keys do to a line of a note (Qt-free, so it is easy to test).

Enter on a list item starts the next one with the marker the person uses (``•``
stays ``•``, ``3)`` is followed by ``4)``, ``c)`` by ``d)``); on an empty item it ends
the list. Tab and Shift+Tab move an item one level in or out. The list keys put or
take away ``- `` / ``1. `` at the start of lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from carnet.notes.normalise import _ITEM, _RULE

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


def continuation(line: str) -> str | None:
    """What Enter inserts after ``line`` when it is a list item: a newline, the same
    indentation and the next marker. None when the line is not an item."""
    prefix = item_prefix(line)
    if prefix is None:
        return None
    return "\n" + prefix.indent + prefix.next_marker() + " "


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
