"""Merging a checked JSON export into a journal, in one transaction.

Re-importing the same file adds nothing. An object that carries a ``uuid``
(version 3 files) is first matched by it, the record's identity shared with
sync; otherwise (older files, or a uuid this journal does not have) groups are
matched by name and template, sessions by group, number and date, unique
children (step notes, key word, ratings) by their key, and the other children
by a fingerprint of their content. What is added keeps the file's uuid when
this journal has it free. Matching never overwrites what the journal already holds:
differences are listed in the report as conflicts. A refused file or a
failure half-way leaves the journal exactly as it was.

A record whose words changed since the file was written is added again beside
the journal's (« both kept »: no words lost); a step's note, one per step, keeps the
file's text beside its own as sync keeps a version (« Autre version · date »), or
takes the file's when it holds every word of the journal's (fresh6: the file's text
was dropped). One whose words are the same and
only its tags, star, status… changed (``SAME_WORDS``), or whose words were only
added to (the same record by its uuid, every word of the file still in the
journal's: ``words_kept``), is the same record: the
journal's version is kept — it is the newer one (an export is a past state of
the journal: the person's latest tags and ticks stand, and a tag removed since
does not come back) — and the difference is listed (``changed_since``), never
added as a duplicate.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carnet.domain import (
    Group,
)
from carnet.domain.sync import OtherVersion, join_versions, split_versions
from carnet.exchange import attachments_json
from carnet.exchange.json_export import fields_of, fingerprint_of, group_fields, session_fields
from carnet.exchange.json_reader import (
    ParsedExport,
    ParsedGroup,
    ParsedSession,
    load_export,
    shorten,
)

if TYPE_CHECKING:
    from carnet.store import JournalStore
# -- import ------------------------------------------------------------------------


#: What each conflict's code means, in English (logs, ``ImportReport.summary``); the
#: window and the command line say it in the person's language (carnet/ui/exchange_words.py).
CONFLICT_ENGLISH = {
    "edited": "the journal's {detail} was edited since; both versions kept",
    "changed_since": "the journal's {detail} changed since (not its words); kept it",
    "group": "the journal's group differs ({detail}); kept it",
    "session": "the journal's session differs ({detail}); kept it",
    "step_note": "the journal already has another text for step {detail}; kept it",
    "step_note_file": "the file's text for step {detail} holds all of the journal's and "
                      "more; took the file's",
    "keyword": "the journal has another key word; kept it",
    "rating": "the journal rates this objective differently; kept it",
    "owner_name": "the journal has another owner name; kept it",
    "setting": "set differently here; kept it",
}


@dataclass(frozen=True)
class Conflict:
    """One place where the journal holds something other than the file.

    ``code`` says what (a key of :data:`CONFLICT_ENGLISH`); ``detail`` is data, not
    prose: the fields that differ, a step id, the kind of record. Every code keeps
    the journal's version, except ``edited`` — a record edited in the journal since
    the file was written — which keeps both: the file's version is added beside.
    """

    path: str
    code: str
    detail: str = ""

    @property
    def both_kept(self) -> bool:
        return self.code == "edited"

    def __str__(self) -> str:
        return f"{self.path}: {CONFLICT_ENGLISH[self.code].format(detail=self.detail)}"


@dataclass
class ImportReport:
    """What an import did (or, with ``dry_run``, would do).

    ``added`` and ``skipped`` count objects by kind (``group``, ``session``,
    ``learning``…): skipped ones were already in the journal, identical.
    ``conflicts`` name each place where the journal holds something different
    from the file: the journal's version was kept, or, for a record edited in the
    journal since the file was written, both versions (:class:`Conflict`).
    """

    added: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    dry_run: bool = False

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        added = ", ".join(f"{n} {k}" for k, n in sorted(self.added.items()) if n) or "nothing"
        text = f"Import {verb} {added}"
        if self.skipped.total():
            text += f"; {self.skipped.total()} already present"
        kept = sum(not c.both_kept for c in self.conflicts)
        if kept:
            text += f"; {kept} conflicts (the journal's version kept)"
        if len(self.conflicts) > kept:
            text += f"; {len(self.conflicts) - kept} edited since (both versions kept)"
        return text + "."


class _DryRunDoneError(Exception):
    """Raised inside the transaction to roll a dry run back."""


class _Queue:
    """Existing objects by a key, taken one at a time: the n-th equal object of the
    file matches the n-th equal object of the journal, so duplicates survive and a
    second import matches everything."""

    def __init__(self, items: Iterable[tuple[Any, Any]] = ()) -> None:
        self._items: dict[Any, list[Any]] = defaultdict(list)
        for key, item in items:
            self._items[key].append(item)

    def take(self, key: Any) -> Any | None:
        bucket = self._items.get(key)
        return bucket.pop(0) if bucket else None

    def take_where(self, wanted: Callable[[Any], bool]) -> Any | None:
        """The first object ``wanted`` accepts, out of the queue."""
        for bucket in self._items.values():
            for i, item in enumerate(bucket):
                if wanted(item):
                    return bucket.pop(i)
        return None

    def take_id(self, rid: int | None) -> Any | None:
        """The object whose row id is ``rid`` (found by its uuid), out of the queue."""
        if rid is None:
            return None
        for bucket in self._items.values():
            for i, item in enumerate(bucket):
                if item.id == rid:
                    return bucket.pop(i)
        return None


#: The fields that make a record's words (and, for actions and topics, when it was
#: created): equal, the file's record is the journal's with only its tags, star,
#: status, dates… changed since — no words of the file would be lost by keeping the
#: journal's version. (Members and objectives: their fingerprint is their words.)
SAME_WORDS: dict[str, tuple[str, ...]] = {
    "learning": ("text",),
    "feeling": ("text",),
    "action": ("title", "details", "outcome", "created_at"),
    "review": ("note",),
    "topic": ("title", "draft", "created_at"),
}
#: Kinds matched by their words when the file's record has no uuid of this journal
#: (tags are where they change most; a feeling or a review may share its words —
#: empty ones — with another of the session).
WORDS_MATCHED_WITHOUT_UUID = frozenset({"learning", "action", "topic"})


def same_words(kind: str, a: Any, b: Any) -> bool:
    """Whether ``a`` and ``b`` hold the same words (``SAME_WORDS``)."""
    names = SAME_WORDS.get(kind)
    if not names:
        return False
    mine, theirs = fields_of(kind, a), fields_of(kind, b)
    return all(mine.get(n) == theirs.get(n) for n in names)


def _spaced(text: str) -> str:
    return " ".join(text.split())


def words_kept(kind: str, journal: Any, file: Any) -> bool:
    """Whether the journal's record already holds every word of the file's version of
    it (the same record, its words only added to since: « Déléguer » then « Déléguer
    le planning à S.B. »), so that keeping the journal's loses nothing of the file's.
    Only for a record matched by its identity (uuid), never to match two records."""
    names = SAME_WORDS.get(kind)
    if not names:
        return False
    mine, theirs = fields_of(kind, journal), fields_of(kind, file)
    for name in names:
        old, new = theirs.get(name), mine.get(name)
        if isinstance(old, str) and isinstance(new, str):
            if _spaced(old) not in _spaced(new):
                return False
        elif old != new:
            return False
    return True


def _group_key(g: Group) -> tuple[str, str]:
    return (" ".join(g.name.split()).casefold(), g.template_id)


def _differences(mine: dict[str, Any], theirs: dict[str, Any], skip: Iterable[str] = ()) -> str:
    names = [k for k in mine if k not in skip and mine[k] != theirs.get(k)]
    return ", ".join(names)


class _Importer:
    def __init__(self, store: JournalStore, parsed: ParsedExport, report: ImportReport) -> None:
        self.store = store
        self.parsed = parsed
        self.report = report
        self.group_ids: dict[str, int] = {}
        self.session_ids: dict[str, int] = {}
        self.objective_ids: dict[str, int] = {}
        self._by_uuid: dict[str, dict[str, int]] = {}
        self._file_uuids = set(parsed.uuids.values())
        self._file_fps: dict[str, set[str]] | None = None

    # -- identities (uuid, version 3 files): matched first, kept on what is added --------
    def local_rid(self, table: str, path: str) -> int | None:
        """The journal's row that has the uuid of the file's object at ``path``."""
        uuid = self.parsed.uuids.get(path)
        if uuid is None:
            return None
        if table not in self._by_uuid:
            self._by_uuid[table] = {u: r for r, u in self.store.sync.uuids_of(table).items()}
        return self._by_uuid[table].get(uuid)

    def adopt(self, table: str, rid: int | None, path: str) -> None:
        """An object added from the file keeps its uuid (when this journal has it free)."""
        uuid = self.parsed.uuids.get(path)
        if uuid and rid is not None and self.store.sync.adopt_uuid(table, rid, uuid):
            self._by_uuid.setdefault(table, {})[uuid] = rid

    def match(self, queue: _Queue, table: str, path: str, kind: str, obj: Any) -> Any | None:
        """The journal's object for the file's one: by uuid, else by fingerprint.

        The same record edited since (same uuid, other content) is not a match: the
        file's version is added beside the journal's, as an edited object of an
        older file is — nothing written in either is dropped — and the conflict is
        reported.
        """
        fp = fingerprint_of(kind, obj)
        found = queue.take_id(self.local_rid(table, path))
        if found is not None:
            if fingerprint_of(kind, found) == fp:
                return found
            beside = queue.take(fp)  # the file's version, added beside at an earlier import
            if beside is not None:
                return beside
            if same_words(kind, found, obj) or words_kept(kind, found, obj):
                # only tags, star, status… changed since, or words only added to
                self.conflict(path, "changed_since", kind)
                return found
            self.conflict(path, "edited", kind)
            return None
        exact = queue.take(fp)
        if exact is not None or kind not in WORDS_MATCHED_WITHOUT_UUID:
            return exact
        return self.match_words(queue, table, path, kind, obj)

    def match_words(self, queue: _Queue, table: str, path: str, kind: str, obj: Any
                    ) -> Any | None:
        """A record of the file with no uuid of this journal (an older file): the
        journal's record with the same words whose tags, star, status… changed since —
        one that no record of the file claims (by its uuid or its exact content)."""
        claimed_fps = self.file_fingerprints(kind)
        uuids = self._by_uuid.get(table)
        if uuids is None:
            self.local_rid(table, path)
            uuids = self._by_uuid.get(table, {})
        claimed_rids = {rid for uuid, rid in uuids.items() if uuid in self._file_uuids}

        def wanted(item: Any) -> bool:
            if kind == "topic" and (item.group_id, item.session_id) != (
                    obj.group_id, obj.session_id):
                return False
            return (item.id not in claimed_rids and same_words(kind, item, obj)
                    and fingerprint_of(kind, item) not in claimed_fps)

        found = queue.take_where(wanted)
        if found is not None:
            self.conflict(path, "changed_since", kind)
        return found

    def file_fingerprints(self, kind: str) -> set[str]:
        """The fingerprints of the file's records of ``kind`` (read once)."""
        if self._file_fps is None:
            fps: dict[str, set[str]] = defaultdict(set)
            for pg in self.parsed.groups:
                for ps in pg.sessions:
                    fps["learning"].update(fingerprint_of("learning", x) for x in ps.learnings)
                    fps["action"].update(fingerprint_of("action", a) for a, _r in ps.actions)
            fps["topic"].update(fingerprint_of("topic", t.topic) for t in self.parsed.topics)
            self._file_fps = fps
        return self._file_fps.get(kind, set())

    def conflict(self, path: str, code: str, detail: str = "") -> None:
        self.report.conflicts.append(Conflict(path, code, detail))

    def added(self, kind: str, n: int = 1) -> None:
        self.report.added[kind] += n

    def skipped(self, kind: str, n: int = 1) -> None:
        self.report.skipped[kind] += n

    def run(self) -> None:
        existing = _Queue((_group_key(g), g) for g in self.store.groups.list())
        pending_ratings: list[tuple[int, ParsedSession]] = []
        for pg in self.parsed.groups:
            target = existing.take_id(self.local_rid("groups", pg.path))
            if target is None:
                target = existing.take(_group_key(pg.group))
            if target is None:
                target = self.store.groups.add(dataclasses.replace(pg.group, id=None))
                self.adopt("groups", target.id, pg.path)
                self.added("group")
                matched = False
            else:
                diff = _differences(group_fields(pg.group), group_fields(target), ("name",))
                if diff:
                    self.conflict(pg.path, "group", diff)
                self.skipped("group")
                matched = True
            self.group_ids[pg.ref] = target.id
            self.members(pg, target.id, matched)
            self.objectives(pg, target.id, matched)
            self.sessions(pg, target.id, matched, pending_ratings)
        for session_id, ps in pending_ratings:
            self.assessments(ps, session_id)
        self.topics()
        self.journal()

    def members(self, pg: ParsedGroup, group_id: int, matched: bool) -> None:
        have = self.store.members.list_by_group(group_id) if matched else []
        queue = _Queue((fingerprint_of("member", m), m) for m in have)
        for i, member in enumerate(pg.members):
            path = f"{pg.path}.members[{i}]"
            if self.match(queue, "members", path, "member", member) is not None:
                self.skipped("member")
                continue
            new = self.store.members.add(dataclasses.replace(member, id=None, group_id=group_id))
            self.adopt("members", new.id, path)
            self.added("member")

    def objectives(self, pg: ParsedGroup, group_id: int, matched: bool) -> None:
        have = self.store.objectives.list_by_group(group_id) if matched else []
        queue = _Queue((fingerprint_of("objective", o), o) for o in have)
        next_position = max((o.position for o in have), default=-1) + 1
        for i, (ref, objective) in enumerate(pg.objectives):
            path = f"{pg.path}.objectives[{i}]"
            found = self.match(queue, "objectives", path, "objective", objective)
            if found is not None:
                self.objective_ids[ref] = found.id
                self.skipped("objective")
                continue
            position = next_position if matched else objective.position
            next_position += 1
            new = self.store.objectives.add(
                dataclasses.replace(objective, id=None, group_id=group_id, position=position)
            )
            self.objective_ids[ref] = new.id
            self.adopt("objectives", new.id, path)
            self.added("objective")

    def sessions(
        self,
        pg: ParsedGroup,
        group_id: int,
        matched: bool,
        pending: list[tuple[int, ParsedSession]],
    ) -> None:
        have = self.store.sessions.list_by_group(group_id) if matched else []
        queue = _Queue(((s.number, s.date), s) for s in have)
        for ps in pg.sessions:
            target = queue.take_id(self.local_rid("sessions", ps.path))
            if target is None:
                target = queue.take((ps.session.number, ps.session.date))
            if target is None:
                target = self.store.sessions.add(
                    dataclasses.replace(ps.session, id=None, group_id=group_id)
                )
                self.adopt("sessions", target.id, ps.path)
                self.added("session")
                here = False
            else:
                diff = _differences(session_fields(ps.session), session_fields(target))
                if diff:
                    self.conflict(ps.path, "session", diff)
                self.skipped("session")
                here = True
            self.session_ids[ps.ref] = target.id
            self.session_children(ps, target.id, here)
            pending.append((target.id, ps))

    def session_children(self, ps: ParsedSession, session_id: int, matched: bool) -> None:
        store = self.store
        notes = store.notes.list_by_session(session_id) if matched else {}
        for i, note in enumerate(ps.notes):
            current = notes.get(note.step_id)
            path = f"{ps.path}.step_notes[{i}]"
            if current is not None and _holds_version(current.text, note.text):
                self.skipped("step_note")  # (the same text, or kept beside at an earlier import)
            elif current is None or not current.text.strip():
                store.notes.save(session_id, note.step_id, note.text, note.updated_at)
                self.added("step_note")
            elif note.text.strip() in current.text:  # the journal's goes on from the file's
                self.conflict(path, "step_note", shorten(note.step_id))
            elif current.text.strip() in note.text:  # the file's goes on from the journal's
                store.notes.save(session_id, note.step_id, note.text,
                                 _later(current.updated_at, note.updated_at))
                self.added("step_note")  # (counted: an import that writes is never « nothing »)
                self.conflict(path, "step_note_file", shorten(note.step_id))
            else:  # words on both sides: the file's kept beside, as sync keeps a version
                when = note.updated_at or current.updated_at or datetime.now(UTC)
                text = join_versions(current.text, [OtherVersion(when, note.text)])
                store.notes.save(session_id, note.step_id, text,
                                 _later(current.updated_at, note.updated_at))
                self.added("step_note")
                self.conflict(path, "edited", "step_note")

        if ps.keyword is not None:
            current_word = store.keywords.get(session_id) if matched else None
            if current_word is None:
                store.keywords.set(session_id, ps.keyword)
                self.added("keyword")
            elif current_word.word == ps.keyword:
                self.skipped("keyword")
            else:
                self.conflict(f"{ps.path}.keyword", "keyword")

        have_learnings = store.learnings.list_by_session(session_id) if matched else []
        queue = _Queue((fingerprint_of("learning", x), x) for x in have_learnings)
        next_position = max((x.position for x in have_learnings), default=0) + 1
        for i, learning in enumerate(ps.learnings):
            path = f"{ps.path}.learnings[{i}]"
            if self.match(queue, "learnings", path, "learning", learning) is not None:
                self.skipped("learning")
                continue
            position = next_position if matched else learning.position
            next_position += 1
            new = store.learnings.add(
                dataclasses.replace(learning, id=None, session_id=session_id, position=position)
            )
            self.adopt("learnings", new.id, path)
            self.added("learning")

        have_feelings = store.feelings.list_by_session(session_id) if matched else []
        queue = _Queue((fingerprint_of("feeling", x), x) for x in have_feelings)
        for i, feeling in enumerate(ps.feelings):
            path = f"{ps.path}.feelings[{i}]"
            if self.match(queue, "feelings", path, "feeling", feeling) is not None:
                self.skipped("feeling")
                continue
            new = store.feelings.add(dataclasses.replace(feeling, id=None, session_id=session_id))
            self.adopt("feelings", new.id, path)
            self.added("feeling")

        have_actions = store.actions.list_by_session(session_id) if matched else []
        queue = _Queue((fingerprint_of("action", x), x) for x in have_actions)
        for i, (action, reviews) in enumerate(ps.actions):
            action_path = f"{ps.path}.actions[{i}]"
            found = self.match(queue, "actions", action_path, "action", action)
            if found is None:
                found = store.actions.add(
                    dataclasses.replace(action, id=None, session_id=session_id)
                )
                self.adopt("actions", found.id, action_path)
                self.added("action")
                have_reviews = []
            else:
                self.skipped("action")
                have_reviews = store.reviews.list_by_action(found.id)
            review_queue = _Queue((fingerprint_of("review", r), r) for r in have_reviews)
            for j, review in enumerate(reviews):
                path = f"{action_path}.reviews[{j}]"
                if self.match(review_queue, "action_reviews", path, "review", review) is not None:
                    self.skipped("review")
                    continue
                # The action's own fields already hold the result of its reviews:
                # add the history as it is, without applying it again.
                new = store.reviews.add(dataclasses.replace(review, id=None, action_id=found.id))
                self.adopt("action_reviews", new.id, path)
                self.added("review")
        attachments_json.import_items(self, ps.attachments, session_id)

    def assessments(self, ps: ParsedSession, session_id: int) -> None:
        have = {a.objective_id: a for a in self.store.assessments.list_by_session(session_id)}
        for ref, assessment, where in ps.assessments:
            objective_id = self.objective_ids[ref]
            current = have.get(objective_id)
            if current is None:
                self.store.assessments.set(
                    dataclasses.replace(
                        assessment, id=None, objective_id=objective_id, session_id=session_id
                    )
                )
                self.added("assessment")
            elif (current.rating, current.comment) == (assessment.rating, assessment.comment):
                self.skipped("assessment")
            else:
                self.conflict(where, "rating")

    def topics(self) -> None:
        queue = _Queue(
            ((fingerprint_of("topic", t), t.group_id, t.session_id), t)
            for t in self.store.topics.list()
        )
        for pt in self.parsed.topics:
            group_id = self.group_ids[pt.group_ref] if pt.group_ref is not None else None
            session_id = self.session_ids[pt.session_ref] if pt.session_ref is not None else None
            found = queue.take_id(self.local_rid("topics", pt.path))
            if found is not None and fingerprint_of("topic", found) == fingerprint_of(
                "topic", pt.topic
            ):
                self.skipped("topic")
                continue
            if queue.take((fingerprint_of("topic", pt.topic), group_id, session_id)) is not None:
                self.skipped("topic")
                continue
            if found is None:
                found = self.match_words(
                    queue, "topics", pt.path, "topic",
                    dataclasses.replace(pt.topic, group_id=group_id, session_id=session_id))
                if found is not None:
                    self.skipped("topic")
                    continue
            elif same_words("topic", found, pt.topic) or words_kept("topic", found, pt.topic):
                # only tags, status… changed since, or its words only added to
                self.conflict(pt.path, "changed_since", "topic")
                self.skipped("topic")
                continue
            if found is not None:
                self.conflict(pt.path, "edited", "topic")
            new = self.store.topics.add(
                dataclasses.replace(pt.topic, id=None, group_id=group_id, session_id=session_id)
            )
            self.adopt("topics", new.id, pt.path)
            self.added("topic")

    def journal(self) -> None:
        mine = self.store.journal()
        theirs = self.parsed.journal
        if theirs.owner_name:
            if not mine.owner_name:
                self.store.set_owner_name(theirs.owner_name)
                self.added("owner_name")
            elif mine.owner_name != theirs.owner_name:
                self.conflict("journal.owner_name", "owner_name")
        for key, value in theirs.settings.items():
            if key not in mine.settings:
                self.store.set_setting(key, value)
                self.added("setting")
            elif mine.settings[key] == value:
                self.skipped("setting")
            else:
                self.conflict(f"journal.settings.{key[:40]}", "setting")


def import_json(
    store: JournalStore,
    source: Path | str | bytes | ParsedExport,
    *,
    dry_run: bool = False,
) -> ImportReport:
    """Merge an export into the open journal, in one transaction.

    The whole file is checked before anything is written; a bad file raises
    :class:`CarnetImportError` and changes nothing. Importing the same file
    again adds nothing. With ``dry_run`` the journal is left as it was and the
    report says what would be added.
    """
    parsed = load_export(source)
    report = ImportReport(dry_run=dry_run)
    try:
        with store.transaction():
            _Importer(store, parsed, report).run()
            if dry_run:
                raise _DryRunDoneError
    except _DryRunDoneError:
        pass
    return report


def import_into_new_journal(
    source: Path | str | bytes | ParsedExport,
    journal_path: Path | str,
    passphrase: str,
) -> ImportReport:
    """Create a new encrypted journal at ``journal_path`` holding the export.

    The file is checked before the journal is created; the journal is filled
    in a hidden file and named only once complete (see ``JournalStore.create``).
    """
    from carnet.store import JournalStore

    parsed = load_export(source)
    path = Path(journal_path).expanduser()
    reports: list[ImportReport] = []
    # Filled before it gets its name: killed meanwhile, no journal is left at ``path``.
    store = JournalStore.create(
        path,
        passphrase,
        owner_name=parsed.journal.owner_name,
        fill=lambda new: reports.append(import_json(new, parsed)),
    )
    store.close()
    return reports[0]


def _holds_version(text: str, version: str) -> bool:
    """The journal's note ``text`` already holds the file's ``version``: the same, or
    one of its kept versions (imported before, or brought by a sync)."""
    if text == version:
        return True
    main, others = split_versions(text)
    return version in (main, *(other.text for other in others))


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    return max((x for x in (a, b) if x is not None), default=None)
