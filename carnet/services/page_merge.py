"""A page's edit saved over a record a sync changed meanwhile (issue 15).

A page reads a record, the person edits some of its fields, and the page saves
later. Meanwhile a sync may have brought another device's edit of that record.
Writing the page's whole copy back would put the old values over the new ones
— and, the page's save being a local edit that has seen the other device's
version, the other device's words would be gone on every device, with no
conflict said. So a save carries only what the person changed, based on what
the page had read (three-way: ``base`` read, ``mine`` on the page, ``current``
in the journal now):

* a field the person did not change keeps the journal's current value;
* a field changed only here takes the page's value;
* a long free text (``LONG_TEXT_FIELDS``) changed on both sides keeps both: the
  person's text, then the other device's under the same « Version de l'autre
  appareil » block a sync conflict shows (the page shows it too);
* a list of words (tags, themes) changed on both sides: the person's additions
  and removals applied to the journal's current list;
* a short text (a title, a name: ``SHORT_TEXT_FIELDS``) changed on both sides:
  the person's value (the newest edit), and the other device's wording is kept
  beside it in the field's sync state, remembered as a wording conflict (offered
  on the Synchronisation page) exactly as if the two devices had reworded it at
  the same time (:func:`write_merged`);
* any other field changed on both sides: the person's value (the newest edit).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any, TypeVar

from carnet.domain.sync import (
    LONG_TEXT_FIELDS,
    OTHER_VERSION_HEADING,
    OTHER_VERSION_SEPARATOR,
    SHORT_TEXT_FIELDS,
)

R = TypeVar("R")


def other_version_block(text: str, when: datetime | None = None) -> str:
    """The block that shows another device's version under the person's text."""
    stamp = (when or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%MZ")
    return f"{OTHER_VERSION_SEPARATOR}{OTHER_VERSION_HEADING} · {stamp}\n\n{text}"


def merge_text(base: str, mine: str, current: str, *, long: bool = True
               ) -> tuple[str, str]:
    """(text to save, what was added after ``mine`` — "" when nothing) for one field."""
    if mine in (base, current):
        return current, ""
    if current == base:
        return mine, ""
    if not long or not (current or "").strip() or current in mine:
        return mine, ""  # nothing of theirs to keep, or already there (shown before)
    if not (mine or "").strip():
        return current, current  # emptied here, rewritten there: their words stay
    block = other_version_block(current)
    return mine + block, block


def _merge_list(base: list, mine: list, current: list) -> list:
    added = [x for x in mine if x not in base]
    removed = {x for x in base if x not in mine}
    kept = [x for x in current if x not in removed]
    return kept + [x for x in added if x not in kept]


@dataclasses.dataclass
class Merged:
    """The record to write, what the page now shows, and the texts added to its fields."""

    record: Any
    base: Any
    added: dict[str, str]
    changed: bool
    #: short texts changed here and, differently, elsewhere since the page read them:
    #: field → the wording the page had read (the other device's is kept beside)
    wordings: dict[str, str] = dataclasses.field(default_factory=dict)


def merge_record(table: str, base: R, mine: R, current: R) -> Merged:
    """Three-way merge of one record (dataclasses of one type; ``id`` is current's).

    ``Merged.base`` is the new base of the page: for each field the value its widget
    derives from (what the person changed, with any other device's version added to
    it; the old base for a field the person did not touch, still shown as read).
    """
    values: dict[str, Any] = {}
    shown: dict[str, Any] = {}
    added: dict[str, str] = {}
    wordings: dict[str, str] = {}
    for item in dataclasses.fields(mine):  # type: ignore[arg-type]
        name = item.name
        if name == "id":
            continue
        was, now, other = (getattr(r, name) for r in (base, mine, current))
        if now == was:
            values[name], shown[name] = other, was
            continue
        shown[name] = now
        if isinstance(now, str) and isinstance(was, str) and isinstance(other, str):
            values[name], extra = merge_text(
                was, now, other, long=(table, name) in LONG_TEXT_FIELDS)
            if extra:
                added[name] = extra
                shown[name] = values[name]
            if ((table, name) in SHORT_TEXT_FIELDS and other not in (was, now)
                    and other.strip()):
                wordings[name] = was  # theirs stays beside the person's (write_merged)
        elif isinstance(now, list) and isinstance(was, list) and isinstance(other, list):
            values[name] = now if other == was else _merge_list(was, now, other)
            shown[name] = list(now)
        else:
            values[name] = now  # changed here (and maybe there): the person's, the newest
    record = dataclasses.replace(current, **values)  # type: ignore[type-var]
    new_base = dataclasses.replace(base, **shown)  # type: ignore[type-var]
    return Merged(record, new_base, added, record != current, wordings)


def write_merged(store: Any, repo: Any, table: str, merged: Merged) -> None:
    """Write a page's merged record (in the caller's transaction); a short text the
    person reworded while another device's wording of it arrived keeps that wording
    beside theirs, as a wording conflict the Synchronisation page offers — not
    replaced by an edit that never showed it."""
    if merged.changed:
        repo.update(merged.record)
    if merged.wordings and getattr(merged.record, "id", None) is not None:
        store.sync.keep_wordings_beside(table, merged.record.id, merged.wordings)


def _value(record: Any, name: str) -> Any:
    return record.get(name) if isinstance(record, dict) else getattr(record, name, None)


def unseen_wordings(table: str, base: Any, mine: Any, current: Any) -> dict[str, str]:
    """The short texts of a record (``SHORT_TEXT_FIELDS``) the person changed since
    ``base`` while another device changed them differently: field → the wording read.
    (Records as dataclasses or dicts of fields.)"""
    out: dict[str, str] = {}
    for t, name in SHORT_TEXT_FIELDS:
        if t != table:
            continue
        was, now, other = (_value(r, name) for r in (base, mine, current))
        if (isinstance(was, str) and isinstance(now, str) and isinstance(other, str)
                and now != was and other not in (was, now) and other.strip()):
            out[name] = was
    return out


def form_wordings(base: Any, mine: Any, current: Any) -> list[tuple[str, int, dict[str, str]]]:
    """:func:`unseen_wordings` of a group page (``services.groups.GroupForm``): its
    group, its members and its objectives, each matched by id. (table, row id, fields)
    for :meth:`store.sync.keep_wordings_beside`, called in the save's transaction."""
    out: list[tuple[str, int, dict[str, str]]] = []
    if current.group.id is not None:
        found = unseen_wordings("groups", base.group, mine.group, current.group)
        if found:
            out.append(("groups", current.group.id, found))
    rows = (
        ("members", [(m.id, m) for m in base.members], [(m.id, m) for m in mine.members],
         [(m.id, m) for m in current.members]),
        ("objectives", [(i, {"title": t}) for i, t in base.objectives],
         [(i, {"title": t}) for i, t in mine.objectives],
         [(i, {"title": t}) for i, t in current.objectives]),
    )
    for table, was_rows, mine_rows, now_rows in rows:
        was, now = dict(was_rows), dict(now_rows)
        for ident, row in mine_rows:
            if ident is None or ident not in was or ident not in now:
                continue
            found = unseen_wordings(table, was[ident], row, now[ident])
            if found:
                out.append((table, ident, found))
    return out
