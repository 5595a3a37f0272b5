"""An older copy of this device's own file (a backup restored in its place) catching up.

A restored backup holds the device identity of the file it replaced, and an
older state of it: the records it had not published when the backup was
written (all of them, if the backup predates the day sync was set up). The
folder shows it: this device's folder holds numbers the file never froze —
the file it replaced carried on from this very state and published them.

Sent again under a new device id, stamped now, those pending records were taken
for fresh edits: the old wordings won everywhere and records deleted since stood
again. So the engine passes what the folder's files of this device after what
this file published hold (``seen``: record uuid → field → the values found
there, as canonical JSON; :func:`value_key`), and for each pending record:

- a field whose pending value the folder already holds is not an edit: its
  pending value is taken back (the folder's state, which followed from it or
  from the same words, is written in the row by the next receive) — so newer
  words win and a record deleted since stays deleted when all its words were
  seen; the creation stamp (``_born``) of a record the folder carries likewise;
- a field whose value the folder never held (words the replaced file changed
  before publishing them, words typed in the restored file, or words lost with
  the replaced file: they cannot be told apart) is kept and sent under the new
  id, stamped with the time it was written here — never a fresh clock: it wins
  only over what was written before it, and otherwise stays beside the newer
  one, as every conflict does (nothing is dropped).

Qt-free; the caller holds the transaction.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any

from carnet.domain.sync import (
    BORN_FIELD,
    FieldState,
    RecordState,
    Sibling,
    format_stamp,
    parse_stamp,
    value_to_json,
)

#: The key of the deletion pseudo-field in ``seen``.
DELETED_KEY = "_deleted"


def value_key(value_json: Any) -> str:
    """A value (as JSON) as compared with the folder's."""
    return json.dumps(value_json, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _pending(state: FieldState | None, old: str, first: int) -> list[Sibling]:
    if state is None:
        return []
    return [s for s in state.siblings if s.dot.device == old and s.dot.seq >= first]


def pending_wall(record: RecordState, old: str, first: int, dirty_at: int | None
                 ) -> int | None:
    """When this file last wrote the record's unpublished words, None if none: its
    dirty mark's time (the capture just made stamped them now), else the newest stamp
    of a value captured here before and not published."""
    if dirty_at is not None:
        return int(dirty_at)
    walls = [parse_stamp(s.stamp)[0]
             for state in [*record.fields.values(), record.deleted]
             for s in _pending(state, old, first)]
    return max(walls, default=None)


def _taken_back(state: FieldState, old: str, first: int) -> FieldState | None:
    sibs = tuple(s for s in state.siblings
                 if not (s.dot.device == old and s.dot.seq >= first))
    if not sibs:
        return None  # (no value known here any more: the folder's comes whole)
    vv = dict(state.vv)
    if vv.get(old, 0) >= first:
        vv[old] = first - 1
        if not vv[old]:
            del vv[old]
    return FieldState(sibs, dict(sorted(vv.items())))


def _already_held(name: str, state: FieldState, old: str, first: int,
                  held: Mapping[str, Collection[str]]) -> bool:
    pending = _pending(state, old, first)
    if not pending:
        return False
    if name == BORN_FIELD:
        return True  # (the folder has its own creation stamp of this record)
    values = held.get(name, ())
    return all(value_key(value_to_json(s.value)) in values for s in pending)


def without_held(record: RecordState, old: str, first: int,
                 held: Mapping[str, Collection[str]]) -> RecordState:
    """The record with the pending values the folder already holds taken back."""
    fields = {}
    for name, state in record.fields.items():
        if _already_held(name, state, old, first, held):
            kept = _taken_back(state, old, first)
            if kept is not None:
                fields[name] = kept
        else:
            fields[name] = state
    deleted = record.deleted
    if deleted is not None and _already_held(DELETED_KEY, deleted, old, first, held):
        deleted = _taken_back(deleted, old, first)
    return RecordState(record.table, record.uuid, record.parents, fields, deleted)


def has_pending(record: RecordState, old: str, first: int) -> bool:
    return any(_pending(state, old, first)
               for state in [*record.fields.values(), record.deleted])


def stamped_when_written(record: RecordState, new: str, wall: int) -> RecordState:
    """The values sent under the new id keep the time they were written, not a fresh
    stamp (a stamp already older is kept)."""
    when = format_stamp(wall, 0, new)

    def restamp(state: FieldState | None) -> FieldState | None:
        if state is None:
            return None
        sibs = tuple(Sibling(s.value, min(s.stamp, when), s.dot) if s.dot.device == new
                     else s for s in state.siblings)
        return FieldState(sibs, state.vv)

    fields = {name: restamp(state) for name, state in record.fields.items()}
    return RecordState(record.table, record.uuid, record.parents, fields,
                       restamp(record.deleted))
