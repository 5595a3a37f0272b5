"""Reading a JSON export without trusting it: every type, size, date, range and
reference checked (:func:`load_export`), each refusal naming the path of the bad
value in the file. Nothing is written here; :mod:`json_merge` writes what passed.
"""

from __future__ import annotations

import errno
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Assessment,
    Cadence,
    CadenceUnit,
    DomainError,
    Emotion,
    Feeling,
    Group,
    Journal,
    Learning,
    Member,
    Moment,
    Objective,
    Role,
    Session,
    SessionStatus,
    StepNote,
    Topic,
    TopicStatus,
)
from carnet.exchange import attachments_json
from carnet.exchange.errors import CarnetImportError
from carnet.exchange.json_export import (
    FORMAT,
    MAX_FILE_BYTES,
    MAX_POSITION,
    MAX_SHORT_CHARS,
    MAX_STRING_CHARS,
    MAX_TEXT_CHARS,
    VERSION,
)

if TYPE_CHECKING:
    pass
# -- reading and checking a file -------------------------------------------------


@dataclass
class ParsedSession:
    path: str
    ref: str
    session: Session
    notes: list[StepNote]
    keyword: str | None
    learnings: list[Learning]
    feelings: list[Feeling]
    actions: list[tuple[Action, list[ActionReview]]]
    assessments: list[tuple[str, Assessment, str]]  # (objective ref, rating, its path)
    attachments: list[attachments_json.ParsedAttachment] = field(default_factory=list)


@dataclass
class ParsedGroup:
    path: str
    ref: str
    group: Group
    members: list[Member]
    objectives: list[tuple[str, Objective]]
    sessions: list[ParsedSession]


@dataclass
class ParsedTopic:
    path: str
    topic: Topic
    group_ref: str | None
    session_ref: str | None


@dataclass
class ParsedExport:
    """A checked export file, ready to import; built by :func:`load_export`."""

    version: int
    exported_at: str
    journal: Journal
    groups: list[ParsedGroup]
    topics: list[ParsedTopic]
    #: A record's path in the file (``groups[0].sessions[2].learnings[1]``) → its
    #: ``uuid`` (version 3 files): its identity, shared with sync.
    uuids: dict[str, str] = field(default_factory=dict)

    def counts(self) -> Counter[str]:
        """How many objects of each kind the file holds."""
        c: Counter[str] = Counter(group=len(self.groups), topic=len(self.topics))
        for g in self.groups:
            c["member"] += len(g.members)
            c["objective"] += len(g.objectives)
            c["session"] += len(g.sessions)
            for s in g.sessions:
                c["step_note"] += len(s.notes)
                c["keyword"] += s.keyword is not None
                c["learning"] += len(s.learnings)
                c["feeling"] += len(s.feelings)
                c["action"] += len(s.actions)
                c["review"] += sum(len(r) for _, r in s.actions)
                c["assessment"] += len(s.assessments)
                c["attachment"] += len(s.attachments)
        return c


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"([+-][0-9]{2}:[0-9]{2}|Z)?"
)
_REF = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
_FINGERPRINT = re.compile(r"sha256:[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{32}")
#: The end-of-cycle review's notes (``StepNote.step_id``): outside any template, and the
#: only step ids an import accepts besides the session's template steps.
END_OF_CYCLE_STEPS = ("cycle.changes", "cycle.self", "cycle.carry_on")
#: The template loader's own forms of ids (a removed or uninstalled template's notes stay).
_TEMPLATE_ID = re.compile(r"[a-z0-9_-]{1,64}")
_STEP_ID = re.compile(r"(?:cycle\.)?[a-z0-9_]{1,64}")
#: Control characters: none in a name, a title or an id. Long texts (notes) keep what the
#: journal holds, so that an export always imports back.
_CONTROL_IN_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

_TYPE_NAMES = {
    dict: "an object",
    list: "a list",
    str: "a string",
    int: "a whole number",
    float: "a number with decimals",
    bool: "true or false",
    type(None): "null",
}


def _kind_of(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def shorten(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")


class _Reader:
    """Checks one decoded document against the schema; every failure names its path."""

    def __init__(self) -> None:
        self._templates = None
        self.uuids: dict[str, str] = {}
        self._uuid_paths: dict[str, str] = {}

    def uuid(self, data: dict[str, Any], path: str) -> None:
        """Record the object's optional ``uuid`` (32 lower-case hex digits, unique)."""
        if "uuid" not in data:
            return
        value = data["uuid"]
        where = _join(path, "uuid")
        if not isinstance(value, str) or not _UUID.fullmatch(value):
            shown = shorten(value) if isinstance(value, str) else _kind_of(value)
            raise self.fail(where, f"{shown} is not a uuid (expected 32 hex digits)")
        if value in self._uuid_paths:
            raise self.fail(where, f"{value} is also the uuid of {self._uuid_paths[value]}")
        self._uuid_paths[value] = path
        self.uuids[path] = value

    def fail(self, path: str, message: str) -> CarnetImportError:
        return CarnetImportError(path, message)

    def templates(self):
        """The templates this Carnet knows (built-in and the person's own), loaded once."""
        if self._templates is None:
            from carnet.templates.loader import load_templates

            self._templates = load_templates()
        return self._templates

    def template_id(self, value: object, path: str):
        """A template id: one this Carnet knows (returned), or at least one that could be
        (a person's own template not installed here: the group keeps it, as in the
        journal it came from; returns None). A path or any other text is refused."""
        text = self.name(value, path, limit=MAX_SHORT_CHARS)
        template = self.templates().get(text)
        if template is None and not _TEMPLATE_ID.fullmatch(text):
            known = ", ".join(sorted(t.id for t in self.templates()))
            raise self.fail(
                path, f"{shorten(text)} is not a template id (lower-case letters, digits, - and "
                f"_; known here: {known})")
        return text, template

    @staticmethod
    def known_step(template, step_id: str) -> bool:
        """A step of the template, an end-of-cycle note, or (kept as the journal kept it)
        a step id of the template's own form that a person's template no longer has."""
        if step_id in END_OF_CYCLE_STEPS:
            return True
        if template is not None and template.step(step_id) is not None:
            return True
        return bool(_STEP_ID.fullmatch(step_id))

    def name(self, value: object, path: str, *, limit: int = MAX_STRING_CHARS) -> str:
        """A one-line string (a name, a title, an id): no control character at all."""
        text = self.string(value, path, limit=limit)
        bad = _CONTROL_IN_NAME.search(text)
        if bad:
            raise self.fail(path, f"contains a control character (U+{ord(bad.group()):04X})")
        return text

    def names(self, value: object, path: str) -> list[str]:
        items = self.list_(value, path)
        return [self.name(v, f"{path}[{i}]", limit=MAX_SHORT_CHARS) for i, v in enumerate(items)]

    def obj(
        self, value: object, path: str, required: Iterable[str], optional: Iterable[str] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, f"expected an object, found {_kind_of(value)}")
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in value:
            if key not in allowed:
                raise self.fail(_join(path, key), "unknown field (not part of this format)")
        for key in required:
            if key not in value:
                raise self.fail(_join(path, key), "missing")
        if "fingerprint" in allowed and "fingerprint" in value:
            found = value["fingerprint"]
            if not isinstance(found, str) or not _FINGERPRINT.fullmatch(found):
                shown = shorten(found) if isinstance(found, str) else _kind_of(found)
                raise self.fail(
                    _join(path, "fingerprint"),
                    f"{shown} is not a fingerprint (expected \"sha256:\" and 64 hex digits)",
                )
        return value

    def list_(self, value: object, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(path, f"expected a list, found {_kind_of(value)}")
        return value

    def string(self, value: object, path: str, *, limit: int = MAX_TEXT_CHARS) -> str:
        """A text; one written on several lines by default (see ``MAX_TEXT_CHARS``)."""
        if not isinstance(value, str):
            raise self.fail(path, f"expected a string, found {_kind_of(value)}")
        if len(value) > limit:
            raise self.fail(path, f"too long ({len(value):,} characters; at most {limit:,})")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.fail(path, "contains an invalid character (a lone surrogate)") from None
        return value

    def opt_string(self, value: object, path: str) -> str | None:
        return None if value is None else self.string(value, path)

    def strings(self, value: object, path: str) -> list[str]:
        items = self.list_(value, path)
        return [self.string(v, f"{path}[{i}]", limit=MAX_SHORT_CHARS) for i, v in enumerate(items)]

    def integer(self, value: object, path: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(path, f"expected a whole number, found {_kind_of(value)}")
        if not low <= value <= high:
            raise self.fail(path, f"must be from {low} to {high}")
        return value

    def boolean(self, value: object, path: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(path, f"expected true or false, found {_kind_of(value)}")
        return value

    def day(self, value: object, path: str, *, nullable: bool = False) -> date | None:
        if value is None and nullable:
            return None
        text = self.string(value, path, limit=MAX_SHORT_CHARS)
        if _DATE.fullmatch(text):
            try:
                return date.fromisoformat(text)
            except ValueError:
                pass
        raise self.fail(path, f"{shorten(text)} is not a valid date (expected YYYY-MM-DD)")

    def moment(self, value: object, path: str) -> datetime | None:
        if value is None:
            return None
        text = self.string(value, path, limit=MAX_SHORT_CHARS)
        if _DATETIME.fullmatch(text):
            try:
                return datetime.fromisoformat(text)
            except ValueError:
                pass
        raise self.fail(
            path, f"{shorten(text)} is not a valid date and time (expected YYYY-MM-DDTHH:MM:SS)"
        )

    def enum(self, enum_type: type[StrEnum], value: object, path: str) -> Any:
        text = self.string(value, path, limit=MAX_SHORT_CHARS)
        try:
            return enum_type(text)
        except ValueError:
            allowed = ", ".join(m.value for m in enum_type)
            raise self.fail(path, f"unknown value {shorten(text)} (allowed: {allowed})") from None

    def ref(self, value: object, path: str) -> str:
        text = self.string(value, path, limit=MAX_SHORT_CHARS)
        if not _REF.fullmatch(text):
            raise self.fail(path, f"{shorten(text)} is not a valid id (letters, digits, - _ . :)")
        return text

    def build(self, path: str, factory: Callable[..., Any], **kwargs: Any) -> Any:
        """Build a domain object; its own rules (ranges, empty titles) become import errors."""
        try:
            return factory(**kwargs)
        except DomainError as exc:
            raise self.fail(_join(path, exc.field), exc.message) from None

    # -- the document -------------------------------------------------------------

    def document(self, data: object) -> ParsedExport:
        if not isinstance(data, dict):
            raise CarnetImportError("", f"not a Carnet export: the file holds {_kind_of(data)}",
                                    "not_export")
        if data.get("format") != FORMAT:
            raise CarnetImportError(
                "format", f'not a Carnet export (expected "format": "{FORMAT}")', "not_export")
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail("version", "missing or not a positive whole number")
        if version > VERSION:
            raise CarnetImportError(
                "version",
                f"this file was written by a newer Carnet (format version {version}; this "
                f"Carnet reads up to {VERSION}). Update Carnet to import it.",
                "newer",
            )
        top = self.obj(
            data,
            "",
            ("format", "version", "journal", "groups", "topics"),
            ("exported_at", "generator"),
        )
        exported_at = self.string(top.get("exported_at", ""), "exported_at", limit=MAX_SHORT_CHARS)
        self.string(top.get("generator", ""), "generator", limit=MAX_SHORT_CHARS)
        journal = self.journal(top["journal"], "journal")
        groups = [
            self.group(g, f"groups[{i}]") for i, g in enumerate(self.list_(top["groups"], "groups"))
        ]
        topics = [
            self.topic(t, f"topics[{i}]") for i, t in enumerate(self.list_(top["topics"], "topics"))
        ]
        parsed = ParsedExport(version, exported_at, journal, groups, topics, self.uuids)
        self.check_references(parsed)
        return parsed

    def journal(self, value: object, path: str) -> Journal:
        data = self.obj(value, path, ("owner_name", "settings"))
        owner = self.name(data["owner_name"], _join(path, "owner_name"), limit=MAX_SHORT_CHARS)
        raw = data["settings"]
        if not isinstance(raw, dict):
            raise self.fail(_join(path, "settings"), f"expected an object, found {_kind_of(raw)}")
        settings = {}
        for key, item in raw.items():
            where = f"{path}.settings.{key[:40]}"
            self.name(key, where, limit=MAX_SHORT_CHARS)
            if not key.strip():
                raise self.fail(where, "a setting needs a name")
            settings[key] = self.string(item, where, limit=MAX_STRING_CHARS)
        return Journal(owner_name=owner, settings=settings)

    def group(self, value: object, path: str) -> ParsedGroup:
        data = self.obj(
            value,
            path,
            (
                "id",
                "name",
                "template_id",
                "facilitator",
                "cadence",
                "planned_sessions",
                "start_date",
                "place",
                "ground_rules",
                "notes",
                "archived",
                "members",
                "objectives",
                "sessions",
            ),
            ("uuid",),
        )
        self.uuid(data, path)
        p = lambda key: _join(path, key)  # noqa: E731 - a local shorthand
        template_id, template = self.template_id(data["template_id"], p("template_id"))
        cadence_data = self.obj(data["cadence"], p("cadence"), ("every", "unit"))
        cadence = self.build(
            path,
            Cadence,
            every=self.integer(cadence_data["every"], p("cadence.every"), 1, 52),
            unit=self.enum(CadenceUnit, cadence_data["unit"], p("cadence.unit")),
        )
        group = self.build(
            path,
            Group,
            name=self.name(data["name"], p("name")),
            template_id=template_id,
            facilitator=self.name(data["facilitator"], p("facilitator")),
            cadence=cadence,
            planned_sessions=self.integer(data["planned_sessions"], p("planned_sessions"), 1, 200),
            start_date=self.day(data["start_date"], p("start_date"), nullable=True),
            place=self.name(data["place"], p("place")),
            ground_rules=self.string(data["ground_rules"], p("ground_rules")),
            notes=self.string(data["notes"], p("notes")),
            archived=self.boolean(data["archived"], p("archived")),
        )
        members = [
            self.member(m, f"{path}.members[{i}]")
            for i, m in enumerate(self.list_(data["members"], p("members")))
        ]
        objectives = [
            self.objective(o, f"{path}.objectives[{i}]")
            for i, o in enumerate(self.list_(data["objectives"], p("objectives")))
        ]
        sessions = [
            self.session(s, f"{path}.sessions[{i}]", template)
            for i, s in enumerate(self.list_(data["sessions"], p("sessions")))
        ]
        return ParsedGroup(path, self.ref(data["id"], p("id")), group, members, objectives,
                           sessions)

    def member(self, value: object, path: str) -> Member:
        data = self.obj(value, path, ("pseudonym", "masked_names"), ("fingerprint", "uuid"))
        self.uuid(data, path)
        return self.build(
            path,
            Member,
            pseudonym=self.name(data["pseudonym"], _join(path, "pseudonym")),
            masked_names=self.names(data["masked_names"], _join(path, "masked_names")),
        )

    def objective(self, value: object, path: str) -> tuple[str, Objective]:
        data = self.obj(
            value, path, ("id", "title", "description", "position"), ("fingerprint", "uuid")
        )
        self.uuid(data, path)
        objective = self.build(
            path,
            Objective,
            group_id=0,
            title=self.name(data["title"], _join(path, "title")),
            description=self.string(data["description"], _join(path, "description")),
            position=self.integer(data["position"], _join(path, "position"), 0, MAX_POSITION),
        )
        return self.ref(data["id"], _join(path, "id")), objective

    def session(self, value: object, path: str, template) -> ParsedSession:
        data = self.obj(
            value,
            path,
            (
                "id",
                "number",
                "date",
                "status",
                "role",
                "title",
                "themes",
                "step_notes",
                "keyword",
                "learnings",
                "feelings",
                "actions",
                "assessments",
            ),
            ("attachments", "uuid"),
        )
        self.uuid(data, path)
        p = lambda key: _join(path, key)  # noqa: E731 - a local shorthand
        session = self.build(
            path,
            Session,
            group_id=0,
            number=self.integer(data["number"], p("number"), 1, 10_000),
            date=self.day(data["date"], p("date")),
            status=self.enum(SessionStatus, data["status"], p("status")),
            role=self.enum(Role, data["role"], p("role")),
            title=self.name(data["title"], p("title")),
            themes=self.names(data["themes"], p("themes")),
        )
        notes = []
        seen_steps: set[str] = set()
        for i, item in enumerate(self.list_(data["step_notes"], p("step_notes"))):
            where = f"{path}.step_notes[{i}]"
            note_data = self.obj(item, where, ("step_id", "text", "updated_at"))
            step_id = self.name(note_data["step_id"], _join(where, "step_id"), limit=200)
            if not self.known_step(template, step_id):
                raise self.fail(
                    _join(where, "step_id"),
                    f"{shorten(step_id)} is not a step of the session's template",
                )
            if step_id in seen_steps:
                raise self.fail(_join(where, "step_id"), f"{shorten(step_id)} appears twice")
            seen_steps.add(step_id)
            notes.append(
                self.build(
                    where,
                    StepNote,
                    session_id=0,
                    step_id=step_id,
                    text=self.string(note_data["text"], _join(where, "text")),
                    updated_at=self.moment(note_data["updated_at"], _join(where, "updated_at")),
                )
            )
        keyword = None
        if data["keyword"] is not None:
            word = self.name(data["keyword"], p("keyword"), limit=MAX_SHORT_CHARS)
            keyword = self.build(path, _keyword_word, word=word)
        learnings = [
            self.learning(v, f"{path}.learnings[{i}]")
            for i, v in enumerate(self.list_(data["learnings"], p("learnings")))
        ]
        feelings = [
            self.feeling(v, f"{path}.feelings[{i}]")
            for i, v in enumerate(self.list_(data["feelings"], p("feelings")))
        ]
        actions = [
            self.action(v, f"{path}.actions[{i}]")
            for i, v in enumerate(self.list_(data["actions"], p("actions")))
        ]
        assessments = []
        rated: set[str] = set()
        for i, item in enumerate(self.list_(data["assessments"], p("assessments"))):
            where = f"{path}.assessments[{i}]"
            a_data = self.obj(item, where, ("objective", "rating", "comment"))
            ref = self.ref(a_data["objective"], _join(where, "objective"))
            if ref in rated:
                raise self.fail(_join(where, "objective"), "this objective is rated twice here")
            rated.add(ref)
            assessment = self.build(
                where,
                Assessment,
                objective_id=0,
                session_id=0,
                rating=self.integer(a_data["rating"], _join(where, "rating"), 1, 5),
                comment=self.string(a_data["comment"], _join(where, "comment")),
            )
            assessments.append((ref, assessment, where))
        return ParsedSession(
            path,
            self.ref(data["id"], p("id")),
            session,
            notes,
            keyword,
            learnings,
            feelings,
            actions,
            assessments,
            attachments_json.parse_items(self, data.get("attachments", []), p("attachments")),
        )

    def learning(self, value: object, path: str) -> Learning:
        data = self.obj(
            value, path, ("text", "starred", "tags", "position"), ("fingerprint", "uuid")
        )
        self.uuid(data, path)
        return self.build(
            path,
            Learning,
            session_id=0,
            text=self.string(data["text"], _join(path, "text")),
            starred=self.boolean(data["starred"], _join(path, "starred")),
            tags=self.names(data["tags"], _join(path, "tags")),
            position=self.integer(data["position"], _join(path, "position"), 0, MAX_POSITION),
        )

    def feeling(self, value: object, path: str) -> Feeling:
        data = self.obj(
            value, path, ("moment", "emotion", "intensity", "text"), ("fingerprint", "uuid")
        )
        self.uuid(data, path)
        return self.build(
            path,
            Feeling,
            session_id=0,
            moment=self.enum(Moment, data["moment"], _join(path, "moment")),
            emotion=self.enum(Emotion, data["emotion"], _join(path, "emotion")),
            intensity=self.integer(data["intensity"], _join(path, "intensity"), 1, 5),
            text=self.string(data["text"], _join(path, "text")),
        )

    def action(self, value: object, path: str) -> tuple[Action, list[ActionReview]]:
        data = self.obj(
            value,
            path,
            ("title", "details", "due_date", "status", "outcome", "tags", "created_at", "reviews"),
            ("fingerprint", "uuid"),
        )
        self.uuid(data, path)
        p = lambda key: _join(path, key)  # noqa: E731 - a local shorthand
        action = self.build(
            path,
            Action,
            session_id=0,
            title=self.name(data["title"], p("title")),
            details=self.string(data["details"], p("details")),
            due_date=self.day(data["due_date"], p("due_date"), nullable=True),
            status=self.enum(ActionStatus, data["status"], p("status")),
            outcome=self.string(data["outcome"], p("outcome")),
            tags=self.names(data["tags"], p("tags")),
            created_at=self.moment(data["created_at"], p("created_at")),
        )
        reviews = []
        for i, item in enumerate(self.list_(data["reviews"], p("reviews"))):
            where = f"{path}.reviews[{i}]"
            r = self.obj(
                item, where, ("date", "note", "status", "new_due_date"), ("fingerprint", "uuid")
            )
            self.uuid(r, where)
            status = r["status"]
            reviews.append(
                self.build(
                    where,
                    ActionReview,
                    action_id=0,
                    date=self.day(r["date"], _join(where, "date")),
                    note=self.string(r["note"], _join(where, "note")),
                    status=None
                    if status is None
                    else self.enum(ActionStatus, status, _join(where, "status")),
                    new_due_date=self.day(
                        r["new_due_date"], _join(where, "new_due_date"), nullable=True
                    ),
                )
            )
        return action, reviews

    def topic(self, value: object, path: str) -> ParsedTopic:
        data = self.obj(
            value,
            path,
            ("title", "draft", "priority", "status", "tags", "created_at", "group", "session"),
            ("fingerprint", "uuid"),
        )
        self.uuid(data, path)
        p = lambda key: _join(path, key)  # noqa: E731 - a local shorthand
        topic = self.build(
            path,
            Topic,
            title=self.name(data["title"], p("title")),
            draft=self.string(data["draft"], p("draft")),
            priority=self.integer(data["priority"], p("priority"), 1, 3),
            status=self.enum(TopicStatus, data["status"], p("status")),
            tags=self.names(data["tags"], p("tags")),
            created_at=self.moment(data["created_at"], p("created_at")),
        )
        group_ref = None if data["group"] is None else self.ref(data["group"], p("group"))
        session_ref = None if data["session"] is None else self.ref(data["session"], p("session"))
        return ParsedTopic(path, topic, group_ref, session_ref)

    def check_references(self, parsed: ParsedExport) -> None:
        """Every id is unique and every reference points at something in the file."""
        groups: set[str] = set()
        objectives: set[str] = set()
        sessions: set[str] = set()
        for g in parsed.groups:
            if g.ref in groups:
                raise self.fail(f"{g.path}.id", f"{shorten(g.ref)} is used by another group")
            groups.add(g.ref)
            for i, (ref, _) in enumerate(g.objectives):
                if ref in objectives:
                    raise self.fail(
                        f"{g.path}.objectives[{i}].id",
                        f"{shorten(ref)} is used by another objective",
                    )
                objectives.add(ref)
            for s in g.sessions:
                if s.ref in sessions:
                    raise self.fail(f"{s.path}.id", f"{shorten(s.ref)} is used by another session")
                sessions.add(s.ref)
        for g in parsed.groups:
            for s in g.sessions:
                for ref, _, where in s.assessments:
                    if ref not in objectives:
                        raise self.fail(
                            f"{where}.objective", f"no objective has the id {shorten(ref)}"
                        )
        for t in parsed.topics:
            if t.group_ref is not None and t.group_ref not in groups:
                raise self.fail(f"{t.path}.group", f"no group has the id {shorten(t.group_ref)}")
            if t.session_ref is not None and t.session_ref not in sessions:
                raise self.fail(
                    f"{t.path}.session", f"no session has the id {shorten(t.session_ref)}"
                )


def _keyword_word(word: str) -> str:
    """The closing round's word as the store keeps it (trimmed, never blank)."""
    if not word.strip():
        raise DomainError("keyword", "must not be empty (use null for no key word)")
    return word.strip()


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise CarnetImportError("", f"the key {shorten(key)} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise CarnetImportError("", f"{name} is not allowed in a Carnet export")


def _read_bytes(source: Path | str) -> bytes:
    path = Path(source).expanduser()
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise CarnetImportError("", f"{path} is a folder, not an export file", "folder")
        if size > MAX_FILE_BYTES:
            raise CarnetImportError(
                "",
                f"the file is too big to be a Carnet export ({size:,} bytes; at most "
                f"{MAX_FILE_BYTES:,})",
                "too_big",
            )
        with open(path, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        reason = {errno.ENOENT: "missing", errno.EACCES: "denied", errno.EPERM: "denied",
                  errno.EISDIR: "folder"}.get(exc.errno, "unreadable")
        raise CarnetImportError("", f"cannot read {path}: {exc.strerror or exc}", reason) from None


def parse_bytes(data: bytes) -> ParsedExport:
    """Decode and check an export held in memory; raises :class:`CarnetImportError`."""
    if len(data) > MAX_FILE_BYTES:
        raise CarnetImportError(
            "", f"the file is too big to be a Carnet export (more than {MAX_FILE_BYTES:,} bytes)",
            "too_big",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CarnetImportError(
            "", f"the file is not UTF-8 text (byte {exc.start}); it is not a Carnet export",
            "not_export",
        ) from None
    try:
        decoded = json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant
        )
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise CarnetImportError(
            "", f"the file is not valid JSON, or it is truncated ({where}: {exc.msg})",
            "not_json",
        ) from None
    except CarnetImportError:
        raise
    except RecursionError:
        raise CarnetImportError("", "the file is nested too deeply to be a Carnet export") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise CarnetImportError("", f"the file holds a value that cannot be read ({exc})") from None
    try:
        return _Reader().document(decoded)
    except RecursionError:
        raise CarnetImportError("", "the file is nested too deeply to be a Carnet export") from None


def load_export(source: Path | str | bytes | ParsedExport) -> ParsedExport:
    """Read and check an export file (a path, or its bytes) without touching any journal."""
    if isinstance(source, ParsedExport):
        return source
    if isinstance(source, bytes | bytearray):
        return parse_bytes(bytes(source))
    if isinstance(source, str | os.PathLike):
        return parse_bytes(_read_bytes(source))
    raise TypeError("source must be a path, bytes or a ParsedExport")


