"""Sync's data and merge rules: pure, no SQL, no Qt, no I/O (issue 15).

Every record of a journal carries, per field, a *field state*: the values
still standing (siblings) and a version vector (what this copy has seen).
A value is stamped with a dot ``(device, seq)`` — the number of the bundle
that carries it — and a hybrid-logical-clock stamp. Merging two states of a
field is a dotted-version-vector join: commutative, associative, idempotent,
so devices applying each other's bundles in any order, any number of times,
end with the same state. The row written in the journal is *rendered* from
that state: last writer wins, except long free texts (a step note…), where
concurrent versions are all shown, so nothing a person wrote is dropped.

Deletion is a pseudo-field; a deletion that had not seen an edit loses to it
(the record, and its ancestors, stay). See /docs/sync-format.md.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

#: Fields whose concurrent versions are all kept in the rendered text.
LONG_TEXT_FIELDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("step_notes", "text"),
        ("learnings", "text"),
        ("feelings", "text"),
        ("actions", "details"),
        ("actions", "outcome"),
        ("action_reviews", "note"),
        ("topics", "draft"),
        ("groups", "ground_rules"),
        ("groups", "notes"),
        ("objectives", "description"),
        ("assessments", "comment"),
    }
)

#: Fields holding a set of words: concurrent versions are united, never one dropped
#: (a masked name lost on one device would print a real name in the anonymised
#: booklet; a tag added on each device keeps both). The tags of every tagged record
#: travel as the field ``tags`` (a list); a member's masked names as JSON text.
SET_FIELDS: frozenset[tuple[str, str]] = frozenset({("members", "masked_names")})
TAGS_FIELD = "tags"

#: Every record's place among its siblings: the clock stamp its first capture gave it
#: (a pseudo-field, set once, the same on every device). Lists a session shows are
#: ordered by it, so every device lists them in the order they were written, not in
#: the order its own rows happened to be inserted (uuid order after a join).
#: Not an edit: it never keeps a deleted record standing (see ``kept_self``).
BORN_FIELD = "_born"

#: The heading of each other device's version inside a merged long text
#: (data, not interface: the same bytes on every device, in both languages).
OTHER_VERSION_HEADING = "**Version de l'autre appareil** (other device's version)"
OTHER_VERSION_SEPARATOR = "\n\n---\n"

#: The person's words in each table: what a deleted record's state (its tombstone) no
#: longer holds. A tombstone keeps what the merge needs — uuid, parents, every
#: sibling's dot and stamp, version vectors, the deletion — and the structural values
#: (dates, statuses, numbers…); its words become None. Should a concurrent edit made
#: elsewhere bring the record back, the device that made it still has them.
WORDS_FIELDS: frozenset[tuple[str, str]] = frozenset(
    {
        *(("groups", n) for n in ("name", "facilitator", "place", "ground_rules", "notes")),
        ("members", "pseudonym"), ("members", "masked_names"),
        ("objectives", "title"), ("objectives", "description"),
        ("sessions", "title"), ("sessions", TAGS_FIELD),
        ("step_notes", "text"),
        ("learnings", "text"), ("learnings", TAGS_FIELD),
        ("feelings", "text"),
        ("keywords", "word"),
        *(("actions", n) for n in ("title", "details", "outcome", TAGS_FIELD)),
        ("action_reviews", "note"),
        ("assessments", "comment"),
        *(("topics", n) for n in ("title", "draft", TAGS_FIELD)),
        *(("attachments", n) for n in ("caption", "filename", TAGS_FIELD)),
    }
)

VersionVector = Mapping[str, int]


# -- JSON of values (bytes travel as base64) ---------------------------------------


def value_to_json(value: Any) -> Any:
    """A field value as plain JSON: bytes become ``{"b64": …}`` (no field holds a dict)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, tuple):
        return [value_to_json(v) for v in value]
    return value


def value_from_json(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"b64"}:
        return base64.b64decode(value["b64"], validate=True)
    return value


def canonical(value: Any) -> str:
    """A deterministic text of a value: ties broken the same way on every device."""
    return json.dumps(value_to_json(value), sort_keys=True, ensure_ascii=False)


# -- hybrid logical clock ----------------------------------------------------------

_MAX_COUNTER = 9999


def format_stamp(wall_ms: int, counter: int, device: str) -> str:
    """``"%013d-%04d-%s"``: sortable as a string, wall time first."""
    return f"{wall_ms:013d}-{counter:04d}-{device}"


def parse_stamp(stamp: str) -> tuple[int, int, str]:
    wall, counter, device = stamp.split("-", 2)
    return int(wall), int(counter), device


def stamp_iso(stamp: str) -> str:
    """The stamp's wall time in UTC, minutes (``2026-12-06T19:30Z``): same text everywhere."""
    wall_ms = parse_stamp(stamp)[0]
    return datetime.fromtimestamp(wall_ms / 1000, UTC).strftime("%Y-%m-%dT%H:%MZ")


class HybridClock:
    """Wall time + counter, never going back: a device whose clock is a day off
    moves everyone's clock forward instead of winning forever."""

    def __init__(self, device: str, last: str | None = None) -> None:
        self.device = device
        self.wall, self.counter = (0, 0)
        if last:
            self.wall, self.counter, _ = parse_stamp(last)

    def tick(self, now_ms: int) -> str:
        """A new stamp, greater than every stamp made or seen before."""
        if now_ms > self.wall:
            self.wall, self.counter = now_ms, 0
        else:
            self.counter += 1
            if self.counter > _MAX_COUNTER:
                self.wall, self.counter = self.wall + 1, 0
        return format_stamp(self.wall, self.counter, self.device)

    def observe(self, stamp: str) -> None:
        """A remote stamp seen: the next tick comes after it."""
        wall, counter, _ = parse_stamp(stamp)
        if (wall, counter) > (self.wall, self.counter):
            self.wall, self.counter = wall, counter

    @property
    def last(self) -> str:
        return format_stamp(self.wall, self.counter, self.device)


# -- dots, siblings, field states ---------------------------------------------------


@dataclass(frozen=True, order=True)
class Dot:
    """Who made a value and in which of its bundles: never reused for another value."""

    device: str
    seq: int

    def covered_by(self, vv: VersionVector) -> bool:
        return self.seq <= vv.get(self.device, 0)

    def to_json(self) -> list:
        return [self.device, self.seq]

    @classmethod
    def from_json(cls, data: Any) -> Dot:
        device, seq = data
        if not isinstance(device, str) or not isinstance(seq, int) or isinstance(seq, bool):
            raise ValueError("bad dot")
        return cls(device, seq)


@dataclass(frozen=True)
class Sibling:
    """One value still standing, with its clock stamp and dot."""

    value: Any
    stamp: str
    dot: Dot

    def to_json(self) -> dict:
        return {"v": value_to_json(self.value), "t": self.stamp, "d": self.dot.to_json()}

    @classmethod
    def from_json(cls, data: Mapping) -> Sibling:
        stamp = data["t"]
        if not isinstance(stamp, str) or len(stamp) < 20 or stamp[13] != "-" or stamp[18] != "-":
            raise ValueError("bad stamp")
        return cls(value_from_json(data["v"]), stamp, Dot.from_json(data["d"]))

    def order_key(self) -> tuple[str, str]:
        """Last writer: greatest (stamp, device)."""
        return (self.stamp, self.dot.device)


def _vv_max(a: VersionVector, b: VersionVector) -> dict[str, int]:
    out = dict(a)
    for device, seq in b.items():
        if seq > out.get(device, 0):
            out[device] = seq
    return dict(sorted(out.items()))


def _pick(a: Sibling, b: Sibling) -> Sibling:
    """Two siblings with one dot are one value; choose deterministically anyway
    (a copy that could not send the value, e.g. deleted bytes, sent None)."""
    return max(a, b, key=lambda s: (s.value is not None, s.stamp, canonical(s.value)))


@dataclass(frozen=True)
class FieldState:
    """The values of one field still standing, and what this copy has seen."""

    siblings: tuple[Sibling, ...] = ()
    vv: dict[str, int] = field(default_factory=dict)

    @classmethod
    def edit(cls, base: FieldState | None, value: Any, stamp: str, dot: Dot) -> FieldState:
        """A local write: it replaces every value this device has seen."""
        vv = _vv_max(base.vv if base else {}, {dot.device: dot.seq})
        return cls((Sibling(value, stamp, dot),), vv)

    def merge(self, other: FieldState) -> FieldState:
        """Dotted-version-vector join (commutative, associative, idempotent)."""
        mine = {s.dot: s for s in self.siblings}
        theirs = {s.dot: s for s in other.siblings}
        kept: dict[Dot, Sibling] = {}
        for dot, sib in mine.items():
            if dot in theirs:
                kept[dot] = _pick(sib, theirs[dot])
            elif not dot.covered_by(other.vv):
                kept[dot] = sib
        for dot, sib in theirs.items():
            if dot not in mine and not dot.covered_by(self.vv):
                kept[dot] = sib
        return FieldState(tuple(kept[d] for d in sorted(kept)), _vv_max(self.vv, other.vv))

    def winner(self) -> Sibling | None:
        return max(self.siblings, key=Sibling.order_key, default=None)

    def newest_first(self) -> list[Sibling]:
        return sorted(self.siblings, key=Sibling.order_key, reverse=True)

    def to_json(self) -> dict:
        return {"s": [s.to_json() for s in self.siblings], "vv": dict(self.vv)}

    @classmethod
    def from_json(cls, data: Mapping) -> FieldState:
        vv = data["vv"]
        if not isinstance(vv, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
            for k, v in vv.items()
        ):
            raise ValueError("bad version vector")
        sibs = [Sibling.from_json(s) for s in data["s"]]
        if len(sibs) > 1:
            sibs.sort(key=lambda s: s.dot)
        return cls(tuple(sibs), dict(sorted(vv.items())) if len(vv) > 1 else dict(vv))


def _text_of(sib: Sibling) -> str:
    return sib.value if isinstance(sib.value, str) else str(sib.value or "")


def render_long_text(state: FieldState) -> str:
    """The newest text, then each other version (newest first) in a visible block.

    Identical versions are shown once, and an empty version (a text emptied on one
    device while another edited it) is no version to show: the edit is kept, without a
    heading over nothing. The result is the same on every device.
    """
    parts: list[str] = []
    seen: set[str] = set()
    for sib in state.newest_first():
        text = _text_of(sib)
        if text in seen or not text.strip():
            continue
        seen.add(text)
        if not parts:
            parts.append(text)
        else:
            parts.append(
                f"{OTHER_VERSION_SEPARATOR}{OTHER_VERSION_HEADING} · {stamp_iso(sib.stamp)}"
                f"\n\n{text}"
            )
    return "".join(parts)


def _ascii_fold(word: str) -> str:
    """SQLite's NOCASE: only ASCII letters fold (the tags table's key uses it)."""
    return word.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _words(value: Any, encoded: bool) -> list[str]:
    if encoded:
        try:
            value = json.loads(value) if isinstance(value, str) and value else []
        except ValueError:
            return [value] if isinstance(value, str) else []
    if not isinstance(value, list):
        return []
    return [w for w in value if isinstance(w, str)]


def render_set(state: FieldState, *, encoded: bool) -> Any:
    """The union of every version's words: the newest version's order, then the words
    only older concurrent versions hold (newest first). ``encoded``: the field is JSON
    text (masked names), else a list (tags)."""
    words: list[str] = []
    seen: set[str] = set()
    for sib in state.newest_first():
        for word in _words(sib.value, encoded):
            key = _ascii_fold(word)
            if key not in seen:
                seen.add(key)
                words.append(word)
    return json.dumps(words, ensure_ascii=False) if encoded else words


def render(table: str, name: str, state: FieldState | None) -> Any:
    """The value written in the journal's row for this field (None: no value at all)."""
    if state is None or not state.siblings:
        return None
    if len(state.siblings) > 1:
        if (table, name) in LONG_TEXT_FIELDS:
            return render_long_text(state)
        if name == TAGS_FIELD or (table, name) in SET_FIELDS:
            return render_set(state, encoded=name != TAGS_FIELD)
    winner = state.winner()
    return winner.value if winner else None


def visible(state: FieldState | None, deleted: FieldState | None) -> FieldState | None:
    """The values of a field a record shows. When an edit its deletion had not seen
    brought the record back, the values that deletion had seen are not shown beside
    that edit (the deletion was their last word: a tombstone keeps no words, so some
    copies no longer hold them); when the deletion saw them all (the record is back
    for a child's sake), they stand. The same on every copy (field and deletion
    states merge alike)."""
    if state is None or deleted is None or not deleted.siblings:
        return state
    unseen = tuple(s for s in state.siblings if not s.dot.covered_by(deleted.vv))
    if not unseen or len(unseen) == len(state.siblings):
        return state
    return FieldState(unseen, state.vv)


def has_hole(table: str, name: str, state: FieldState | None) -> bool:
    """The field shows words this copy no longer holds (dropped with a tombstone; the
    record stands again): they are to be found, and said again."""
    return (table, name) in WORDS_FIELDS and state is not None and any(
        s.value is None for s in state.siblings)


def shows_versions(table: str, name: str, state: FieldState | None) -> bool:
    """True when the rendered text holds more than one version (a conflict to report)."""
    if state is None or (table, name) not in LONG_TEXT_FIELDS:
        return False
    return len({_text_of(s) for s in state.siblings if _text_of(s).strip()}) > 1


#: Short texts (titles, names, places, captions): one wording is shown in the row,
#: the last writer's, so that a title stays a title on every device. Concurrent
#: wordings stay in the field's state until an edit replaces them: an apply reports
#: them as conflicts and the Synchronisation page offers each one (``other_wordings``).
SHORT_TEXT_FIELDS: frozenset[tuple[str, str]] = frozenset(
    f for f in WORDS_FIELDS
    if f not in LONG_TEXT_FIELDS and f not in SET_FIELDS and f[1] != TAGS_FIELD
)


def other_wordings(table: str, name: str, state: FieldState | None) -> list[Sibling]:
    """The concurrent wordings of a short text that its row does not show (newest
    first): distinct from the shown one and from each other, not empty. The same on
    every device (the state is)."""
    if state is None or len(state.siblings) < 2 or (table, name) not in SHORT_TEXT_FIELDS:
        return []
    winner = state.winner()
    seen = {_text_of(winner)} if winner is not None else set()
    out = []
    for sib in state.newest_first():
        text = _text_of(sib)
        if sib.value is None or not text.strip() or text in seen:
            continue
        seen.add(text)
        out.append(sib)
    return out


def shows_wordings(table: str, name: str, state: FieldState | None) -> bool:
    """True when a short text holds a concurrent wording its row does not show."""
    return bool(other_wordings(table, name, state))


# -- reading a merged long text back (the window and the booklet word the blocks) ------

_VERSION_BLOCK = re.compile(
    re.escape(OTHER_VERSION_SEPARATOR + OTHER_VERSION_HEADING)
    + r" · (\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})Z\n\n"
)


@dataclass(frozen=True)
class OtherVersion:
    """One concurrent version inside a merged long text: when it was written (UTC,
    to the minute) and its text."""

    when: datetime
    text: str


def _block_time(match: re.Match) -> datetime | None:
    try:
        return datetime(*(int(g) for g in match.groups()), tzinfo=UTC)
    except ValueError:  # (a heading typed by hand with a date that is no date)
        return None


def split_versions(text: str) -> tuple[str, list[OtherVersion]]:
    """A long text as ``render_long_text`` (or a sync arriving under typing) wrote it:
    the text, then each other version. Nothing is lost: the text and the versions'
    texts are every character of ``text`` but the blocks' separators and headings
    (``join_versions`` gives ``text`` back). A heading whose date is no date is
    text, not a block."""
    if OTHER_VERSION_HEADING not in text:
        return text, []
    matches = [m for m in _VERSION_BLOCK.finditer(text) if _block_time(m) is not None]
    if not matches:
        return text, []
    main = text[: matches[0].start()]
    versions = []
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        versions.append(OtherVersion(_block_time(match), text[match.end():end]))
    return main, versions


def join_versions(main: str, versions: Iterable[OtherVersion]) -> str:
    """The stored text of ``split_versions``'s parts (the same bytes on every device)."""
    return main + "".join(
        f"{OTHER_VERSION_SEPARATOR}{OTHER_VERSION_HEADING} · "
        f"{v.when.astimezone(UTC).strftime('%Y-%m-%dT%H:%MZ')}\n\n{v.text}"
        for v in versions
    )


# -- records ---------------------------------------------------------------------


@dataclass(frozen=True)
class RecordState:
    """Everything sync knows of one record: its parents (uuids, fixed at creation),
    each field's state, and the deletion pseudo-field."""

    table: str
    uuid: str
    parents: dict[str, str | None] = field(default_factory=dict)
    fields: dict[str, FieldState] = field(default_factory=dict)
    deleted: FieldState | None = None

    def merge(self, other: RecordState) -> RecordState:
        if (self.table, self.uuid) != (other.table, other.uuid):
            raise ValueError("merging two different records")
        names = sorted(set(self.fields) | set(other.fields))
        fields = {}
        for name in names:
            a, b = self.fields.get(name), other.fields.get(name)
            fields[name] = a.merge(b) if a and b else (a or b)
        deleted = (
            self.deleted.merge(other.deleted)
            if self.deleted and other.deleted
            else (self.deleted or other.deleted)
        )
        if self.parents and other.parents and self.parents != other.parents:
            # Parents never change after creation; should two copies disagree, choose
            # the same one everywhere.
            parents = min(self.parents, other.parents, key=canonical)
        else:
            parents = self.parents or other.parents
        return RecordState(self.table, self.uuid, dict(sorted(parents.items())), fields, deleted)

    def kept_self(self) -> bool:
        """Not deleted, or holding an edit the deletion had not seen."""
        deletion = self.deleted
        if deletion is None or not deletion.siblings:
            return True
        return any(
            not sib.dot.covered_by(deletion.vv)
            for name, state in self.fields.items()
            if name != BORN_FIELD
            for sib in state.siblings
        )

    def without_words(self) -> RecordState:
        """This state as a tombstone keeps it: the person's words (``WORDS_FIELDS``) gone,
        every dot, stamp and version vector kept (the merge is unchanged: a sibling
        and its stripped copy share a dot, and the one with a value wins)."""
        fields = {}
        for name, state in self.fields.items():
            if (self.table, name) in WORDS_FIELDS and any(
                    s.value is not None for s in state.siblings):
                state = FieldState(
                    tuple(Sibling(None, s.stamp, s.dot) for s in state.siblings), state.vv)
            fields[name] = state
        return RecordState(self.table, self.uuid, self.parents, fields, self.deleted)

    def holds_words(self) -> bool:
        return any(
            s.value is not None
            for name, state in self.fields.items()
            if (self.table, name) in WORDS_FIELDS
            for s in state.siblings
        )

    def rendered(self) -> dict[str, Any]:
        return {
            name: render(self.table, name, visible(state, self.deleted))
            for name, state in self.fields.items()
        }

    def to_json(self) -> dict:
        return {
            "table": self.table,
            "uuid": self.uuid,
            "parents": dict(self.parents),
            "fields": {name: state.to_json() for name, state in self.fields.items()},
            "deleted": self.deleted.to_json() if self.deleted else None,
        }

    @classmethod
    def from_json(cls, data: Mapping) -> RecordState:
        table, uuid, parents = data["table"], data["uuid"], data.get("parents") or {}
        if not isinstance(table, str) or not isinstance(uuid, str) or not isinstance(parents, dict):
            raise ValueError("bad record")
        if not all(isinstance(v, str | None) for v in parents.values()):
            raise ValueError("bad parents")
        fields = {str(k): FieldState.from_json(v) for k, v in (data.get("fields") or {}).items()}
        deleted = FieldState.from_json(data["deleted"]) if data.get("deleted") else None
        return cls(table, uuid, dict(sorted(parents.items())), fields, deleted)


# -- the wire form, read without building objects (a join's snapshot, in bulk) ----------
#
# A snapshot holds every record of a journal (tens of thousands). Loading it into a
# new journal needs, per record, little more than its rendered values: these read
# the JSON form directly, for the records whose JSON is exactly what ``to_json``
# writes (``is_canonical_record``: then they mean what ``from_json`` would build).

_RECORD_KEYS = ["table", "uuid", "parents", "fields", "deleted"]
_FIELD_KEYS = ["s", "vv"]
_SIBLING_KEYS = ["v", "t", "d"]


def _canonical_value(value: Any) -> bool:
    """A value ``value_to_json(value_from_json(value))`` gives back unchanged."""
    if type(value) is not dict or set(value) != {"b64"}:
        return True
    text = value["b64"]
    try:
        return isinstance(text, str) and base64.b64encode(
            base64.b64decode(text, validate=True)).decode("ascii") == text
    except ValueError:
        return False


def is_canonical_field(data: Any) -> bool:
    """``FieldState.from_json(data)`` succeeds and its ``to_json()`` equals ``data``."""
    if type(data) is not dict or list(data) != _FIELD_KEYS:
        return False
    sibs, vv = data["s"], data["vv"]
    if type(sibs) is not list or type(vv) is not dict:
        return False
    for seq in vv.values():
        if type(seq) is not int:
            return False
    if len(vv) > 1 and list(vv) != sorted(vv):
        return False
    for sib in sibs:
        if type(sib) is not dict or list(sib) != _SIBLING_KEYS:
            return False
        stamp, dot = sib["t"], sib["d"]
        if type(stamp) is not str or len(stamp) < 20 or stamp[13] != "-" or stamp[18] != "-":
            return False
        if type(dot) is not list or len(dot) != 2 or type(dot[0]) is not str or (
                type(dot[1]) is not int):
            return False
        value = sib["v"]
        if type(value) is dict and not _canonical_value(value):
            return False
    if len(sibs) > 1:  # (from_json sorts siblings by dot)
        dots = [(sib["d"][0], sib["d"][1]) for sib in sibs]
        if dots != sorted(dots):
            return False
    return True


def is_canonical_record(item: Any) -> bool:
    """``RecordState.from_json(item)`` succeeds and its ``to_json()`` equals ``item``,
    keys in the same order: the JSON can be used as it is."""
    if type(item) is not dict or list(item) != _RECORD_KEYS:
        return False
    parents, fields, deleted = item["parents"], item["fields"], item["deleted"]
    if type(item["table"]) is not str or type(item["uuid"]) is not str:
        return False
    if type(parents) is not dict or type(fields) is not dict:
        return False
    for parent in parents.values():
        if parent is not None and type(parent) is not str:
            return False
    if len(parents) > 1 and list(parents) != sorted(parents):
        return False
    for state in fields.values():
        if not is_canonical_field(state):
            return False
    return deleted is None or (bool(deleted) and is_canonical_field(deleted))


def wire_kept_self(item: Mapping) -> bool:
    """``RecordState.kept_self`` of a canonical record's JSON."""
    deleted = item["deleted"]
    if deleted is None or not deleted["s"]:
        return True
    vv = deleted["vv"]
    return any(
        sib["d"][1] > vv.get(sib["d"][0], 0)
        for name, state in item["fields"].items()
        if name != BORN_FIELD
        for sib in state["s"]
    )


def wire_without_words(item: dict) -> dict:
    """``RecordState.without_words`` of a canonical record's JSON."""
    table, fields = item["table"], item["fields"]
    if not any((table, name) in WORDS_FIELDS for name in fields):
        return item
    out = {}
    for name, state in fields.items():
        if (table, name) in WORDS_FIELDS:
            state = {"s": [{"v": None, "t": s["t"], "d": s["d"]} for s in state["s"]],
                     "vv": state["vv"]}
        out[name] = state
    return {**item, "fields": out}


def wire_render(table: str, name: str, data: Mapping | None) -> Any:
    """``render`` of a canonical field's JSON."""
    if data is None or not data["s"]:
        return None
    if len(data["s"]) == 1:
        return value_from_json(data["s"][0]["v"])
    return render(table, name, FieldState.from_json(data))


def wire_visible(item: Mapping, name: str) -> Mapping | None:
    """``visible`` of a canonical record's field, as JSON (the field itself when the
    record was never deleted: nothing built)."""
    data = item["fields"].get(name)
    if data is None or not item["deleted"]:
        return data
    state = FieldState.from_json(data)
    shown = visible(state, FieldState.from_json(item["deleted"]))
    return data if shown is state else shown.to_json()


def wire_has_hole(table: str, name: str, data: Mapping | None) -> bool:
    """``has_hole`` of a canonical field's JSON."""
    return (table, name) in WORDS_FIELDS and data is not None and any(
        s["v"] is None for s in data["s"])


def wire_shows_versions(table: str, name: str, data: Mapping | None) -> bool:
    """``shows_versions`` of a canonical field's JSON."""
    if data is None or len(data["s"]) < 2:
        return False
    return shows_versions(table, name, FieldState.from_json(data))


def merge_records(records: Iterable[RecordState]) -> dict[str, RecordState]:
    """Many record states (in any order, duplicates allowed) merged by uuid."""
    out: dict[str, RecordState] = {}
    for record in records:
        have = out.get(record.uuid)
        out[record.uuid] = have.merge(record) if have else record
    return out


def liveness(records: Mapping[str, RecordState]) -> dict[str, bool]:
    """Which records stand, the same on every device that holds these states.

    ``kept(r)`` = kept_self(r) or any child kept; alive = kept and every parent
    alive (a parent unknown here counts as not alive).
    """
    children: dict[str, list[str]] = {}
    for uuid, record in records.items():
        for parent in record.parents.values():
            if parent is not None:
                children.setdefault(parent, []).append(uuid)
    kept: dict[str, bool] = {}

    def is_kept(uuid: str) -> bool:
        if uuid not in kept:
            kept[uuid] = records[uuid].kept_self() or any(
                is_kept(c) for c in children.get(uuid, ())
            )
        return kept[uuid]

    alive: dict[str, bool] = {}

    def is_alive(uuid: str) -> bool:
        if uuid not in alive:
            record = records.get(uuid)
            alive[uuid] = bool(
                record
                and is_kept(uuid)
                and all(p is None or is_alive(p) for p in record.parents.values())
            )
        return alive[uuid]

    return {uuid: is_alive(uuid) for uuid in records}


# -- what moves between the store and the engine ---------------------------------------


@dataclass(frozen=True)
class SyncIdentity:
    """Which journal and which device (hex, no names)."""

    journal_id: str
    device_id: str

    def to_json(self) -> dict:
        return {"journal_id": self.journal_id, "device_id": self.device_id}

    @classmethod
    def from_json(cls, data: Mapping) -> SyncIdentity:
        return cls(str(data["journal_id"]), str(data["device_id"]))


def _records_from_json(items: Any) -> list[RecordState]:
    if not isinstance(items, list):
        raise ValueError("records must be a list")
    return [RecordState.from_json(r) for r in items]


@dataclass(frozen=True)
class FrozenBundle:
    """The states of the records one device changed, frozen under one number."""

    seq: int
    records: list[RecordState]
    stamp: str

    def to_json(self) -> dict:
        return {
            "seq": self.seq,
            "stamp": self.stamp,
            "records": [r.to_json() for r in self.records],
        }

    @classmethod
    def from_json(cls, data: Mapping) -> FrozenBundle:
        seq = data["seq"]
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise ValueError("bad seq")
        return cls(seq, _records_from_json(data["records"]), str(data["stamp"]))


def applied_to_json(applied: Mapping[str, Iterable[int]]) -> dict[str, list[list[int]]]:
    """``{device: {1, 2, 3, 7}}`` as ranges ``{device: [[1, 3], [7, 7]]}``."""
    out: dict[str, list[list[int]]] = {}
    for device, seqs in sorted(applied.items()):
        ranges: list[list[int]] = []
        for seq in sorted(set(seqs)):
            if ranges and seq == ranges[-1][1] + 1:
                ranges[-1][1] = seq
            else:
                ranges.append([seq, seq])
        out[device] = ranges
    return out


def applied_from_json(data: Any) -> dict[str, set[int]]:
    if not isinstance(data, dict):
        raise ValueError("bad applied vector")
    out: dict[str, set[int]] = {}
    for device, ranges in data.items():
        seqs: set[int] = set()
        for low, high in ranges:
            if not (isinstance(low, int) and isinstance(high, int) and 1 <= low <= high):
                raise ValueError("bad range")
            if high - low > 10_000_000:
                raise ValueError("range too long")
            seqs.update(range(low, high + 1))
        out[str(device)] = seqs
    return out


@dataclass(frozen=True)
class SnapshotState:
    """A whole journal's sync state (tombstones included) and the bundles it covers."""

    records: list[RecordState]
    applied: dict[str, set[int]]
    #: The author's last frozen bundle number when it was taken (names the file).
    seq: int = 0

    def to_json(self) -> dict:
        return {
            "seq": self.seq,
            "records": [r.to_json() for r in self.records],
            "applied": applied_to_json(self.applied),
        }

    @classmethod
    def from_json(cls, data: Mapping) -> SnapshotState:
        seq = data.get("seq", 0)
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            raise ValueError("bad seq")
        return cls(
            _records_from_json(data["records"]), applied_from_json(data["applied"]), seq
        )


@dataclass(frozen=True)
class Conflict:
    """A long text that now shows two (or more) versions after an apply."""

    table: str
    uuid: str
    field: str


@dataclass
class ApplyReport:
    """What one apply did. ``skipped``: this bundle had been applied already.

    ``rows``: (table, row id) of every row written or deleted, so that a view
    showing one of them reloads it — an editor that kept its old text and saved
    it again would replace the merged text (and the other device's words).
    """

    records: int = 0
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    skipped: bool = False
    rows: list[tuple[str, int]] = field(default_factory=list)

    def add(self, other: ApplyReport) -> None:
        self.records += other.records
        self.inserted += other.inserted
        self.updated += other.updated
        self.deleted += other.deleted
        self.conflicts.extend(other.conflicts)
        self.rows.extend(other.rows)

    def to_json(self) -> dict:
        return {
            "records": self.records,
            "inserted": self.inserted,
            "updated": self.updated,
            "deleted": self.deleted,
            "conflicts": [[c.table, c.uuid, c.field] for c in self.conflicts],
            "skipped": self.skipped,
            "rows": [[t, r] for t, r in self.rows],
        }

    @classmethod
    def from_json(cls, data: Mapping) -> ApplyReport:
        return cls(
            int(data["records"]),
            int(data["inserted"]),
            int(data["updated"]),
            int(data["deleted"]),
            [Conflict(*c) for c in data["conflicts"]],
            bool(data["skipped"]),
            [(str(t), int(r)) for t, r in data.get("rows", [])],
        )
