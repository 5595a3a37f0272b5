"""The complete journal as one JSON document, and back.

The format is documented in ``docs/export-format.md``; keep the two in step.
An export is for moving a journal between machines or versions and for
reading it with other tools, so it holds every concept and every field, and
it is NOT encrypted. An import never trusts the file: everything is checked
first (types, sizes, dates, ranges, references), then written in one
transaction, so a refused file leaves the journal exactly as it was.

Re-importing the same file adds nothing: groups are matched by name and
template, sessions by group, number and date, unique children (step notes,
key word, ratings) by their key, and the other children by a fingerprint of
their content. Matching never overwrites what the journal already holds:
differences are listed in the report as conflicts.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import carnet
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
from carnet.exchange.errors import CarnetImportError, ExportError
from carnet.exchange.files import write_atomic

if TYPE_CHECKING:
    from carnet.store import JournalStore

FORMAT = "carnet-export"
#: The version this Carnet writes and the highest it reads (see the version policy).
#: 2 added the sessions' ``attachments`` (photos and PDFs); version 1 files still import.
VERSION = 2
#: A bigger file is refused before it is read.
MAX_FILE_BYTES = 200 * 1024 * 1024
#: A longer string (in characters) is refused; a note of a hundred pages is ~300 000.
MAX_STRING_CHARS = 2 * 1024 * 1024
#: Bounds of the short strings: ids, step ids, setting names, tags.
MAX_SHORT_CHARS = 1_000
MAX_POSITION = 1_000_000_000

NOT_ENCRYPTED_WARNING = (
    "This export is NOT encrypted: anyone who can open the file can read your journal, "
    "including what other participants confided. Keep it somewhere private and delete it "
    "when you no longer need it."
)
NOT_ENCRYPTED_WARNING_FR = (
    "Cet export n'est PAS chiffré : toute personne qui peut ouvrir le fichier peut lire "
    "votre carnet, y compris ce que les autres participants ont confié. Rangez-le en lieu "
    "sûr et supprimez-le quand vous n'en avez plus besoin."
)


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote; ``warning`` must be shown to the person."""

    path: Path
    files: tuple[Path, ...]
    warning: str = NOT_ENCRYPTED_WARNING


# -- canonical fields and fingerprints ------------------------------------------------


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _dt(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def group_fields(g: Group) -> dict[str, Any]:
    return {
        "name": g.name,
        "template_id": g.template_id,
        "facilitator": g.facilitator,
        "cadence": {"every": g.cadence.every, "unit": g.cadence.unit.value},
        "planned_sessions": g.planned_sessions,
        "start_date": _d(g.start_date),
        "place": g.place,
        "ground_rules": g.ground_rules,
        "notes": g.notes,
        "archived": g.archived,
    }


def member_fields(m: Member) -> dict[str, Any]:
    return {"pseudonym": m.pseudonym, "masked_names": list(m.masked_names)}


def objective_fields(o: Objective) -> dict[str, Any]:
    return {"title": o.title, "description": o.description}


def session_fields(s: Session) -> dict[str, Any]:
    return {
        "number": s.number,
        "date": _d(s.date),
        "status": s.status.value,
        "role": s.role.value,
        "title": s.title,
        "themes": list(s.themes),
    }


def learning_fields(item: Learning) -> dict[str, Any]:
    return {"text": item.text, "starred": item.starred, "tags": list(item.tags)}


def feeling_fields(f: Feeling) -> dict[str, Any]:
    return {
        "moment": f.moment.value,
        "emotion": f.emotion.value,
        "intensity": f.intensity,
        "text": f.text,
    }


def action_fields(a: Action) -> dict[str, Any]:
    return {
        "title": a.title,
        "details": a.details,
        "due_date": _d(a.due_date),
        "status": a.status.value,
        "outcome": a.outcome,
        "tags": list(a.tags),
        "created_at": _dt(a.created_at),
    }


def review_fields(r: ActionReview) -> dict[str, Any]:
    return {
        "date": _d(r.date),
        "note": r.note,
        "status": r.status.value if r.status else None,
        "new_due_date": _d(r.new_due_date),
    }


def topic_fields(t: Topic) -> dict[str, Any]:
    return {
        "title": t.title,
        "draft": t.draft,
        "priority": t.priority,
        "status": t.status.value,
        "tags": list(t.tags),
        "created_at": _dt(t.created_at),
    }


def fingerprint(kind: str, fields: dict[str, Any]) -> str:
    """``sha256:`` + the hex digest of ``[kind, fields]`` as canonical JSON (sorted
    keys, no spaces, UTF-8): equal content gives an equal fingerprint on any machine."""
    canonical = json.dumps(
        [kind, fields], sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_FINGERPRINTED: dict[str, Callable[[Any], dict[str, Any]]] = {
    "member": member_fields,
    "objective": objective_fields,
    "learning": learning_fields,
    "feeling": feeling_fields,
    "action": action_fields,
    "review": review_fields,
    "topic": topic_fields,
}


def fingerprint_of(kind: str, obj: Any) -> str:
    return fingerprint(kind, _FINGERPRINTED[kind](obj))


def _with_fp(kind: str, obj: Any) -> dict[str, Any]:
    fields = _FINGERPRINTED[kind](obj)
    return {**fields, "fingerprint": fingerprint(kind, fields)}


# -- export ------------------------------------------------------------------------


def journal_document(store: JournalStore, *, exported_at: datetime | None = None) -> dict:
    """The whole journal as the JSON-ready dict of the export format.

    Export-local ids (``g12``, ``o3``, ``s40``) come from the journal's own row
    ids: stable from one export of a journal to the next, meaningless elsewhere.
    """
    journal = store.journal()
    when = exported_at or datetime.now().astimezone().replace(microsecond=0)
    groups = []
    for group in store.groups.list():
        sessions = []
        for session in store.sessions.list_by_group(group.id):
            actions = store.actions.list_by_session(session.id)
            reviews = store.reviews.list_for_actions([a.id for a in actions])
            keyword = store.keywords.get(session.id)
            sessions.append(
                {
                    "id": f"s{session.id}",
                    **session_fields(session),
                    "step_notes": [
                        {"step_id": n.step_id, "text": n.text, "updated_at": _dt(n.updated_at)}
                        for n in store.notes.list_by_session(session.id).values()
                    ],
                    "keyword": keyword.word if keyword else None,
                    "learnings": [
                        {**_with_fp("learning", item), "position": item.position}
                        for item in store.learnings.list_by_session(session.id)
                    ],
                    "feelings": [
                        _with_fp("feeling", f) for f in store.feelings.list_by_session(session.id)
                    ],
                    "actions": [
                        {
                            **_with_fp("action", a),
                            "reviews": [_with_fp("review", r) for r in reviews[a.id]],
                        }
                        for a in actions
                    ],
                    "assessments": [
                        {
                            "objective": f"o{a.objective_id}",
                            "rating": a.rating,
                            "comment": a.comment,
                        }
                        for a in store.assessments.list_by_session(session.id)
                    ],
                    "attachments": attachments_json.export_items(store, session.id),
                }
            )
        groups.append(
            {
                "id": f"g{group.id}",
                **group_fields(group),
                "members": [_with_fp("member", m) for m in store.members.list_by_group(group.id)],
                "objectives": [
                    {"id": f"o{o.id}", **_with_fp("objective", o), "position": o.position}
                    for o in store.objectives.list_by_group(group.id)
                ],
                "sessions": sessions,
            }
        )
    topics = [
        {
            **_with_fp("topic", t),
            "group": f"g{t.group_id}" if t.group_id is not None else None,
            "session": f"s{t.session_id}" if t.session_id is not None else None,
        }
        for t in store.topics.list()
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": when.isoformat(),
        "generator": f"Carnet {carnet.__version__}",
        "journal": {"owner_name": journal.owner_name, "settings": dict(journal.settings)},
        "groups": groups,
        "topics": topics,
    }


def dumps(document: dict) -> bytes:
    """The document as UTF-8 JSON, indented so that it reads and diffs well."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_json(store: JournalStore, dest: Path | str, *, overwrite: bool = False) -> ExportResult:
    """Write the complete journal to ``dest`` atomically (temp file + ``os.replace``).

    The result is NOT encrypted: show ``ExportResult.warning`` to the person.
    Refuses to replace an existing file unless ``overwrite``, and never writes
    over the journal itself.
    """
    dest = Path(dest).expanduser()
    if dest.is_dir():
        raise ExportError(f"{dest} is a folder; choose a file name for the JSON export.")
    if dest.exists() and dest.resolve() == Path(store.path).resolve():
        raise ExportError("The export cannot overwrite the journal itself; choose another name.")
    if dest.exists() and not overwrite:
        raise ExportError(f"{dest} already exists; choose another name or allow replacing it.")
    write_atomic(dest, dumps(journal_document(store)))
    return ExportResult(path=dest, files=(dest,))


# -- reading and checking a file -------------------------------------------------


@dataclass
class _PSession:
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
class _PGroup:
    path: str
    ref: str
    group: Group
    members: list[Member]
    objectives: list[tuple[str, Objective]]
    sessions: list[_PSession]


@dataclass
class _PTopic:
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
    groups: list[_PGroup]
    topics: list[_PTopic]

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


def _short(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")


class _Reader:
    """Checks one decoded document against the schema; every failure names its path."""

    def __init__(self) -> None:
        self._templates = None

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
                path, f"{_short(text)} is not a template id (lower-case letters, digits, - and "
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
                shown = _short(found) if isinstance(found, str) else _kind_of(found)
                raise self.fail(
                    _join(path, "fingerprint"),
                    f"{shown} is not a fingerprint (expected \"sha256:\" and 64 hex digits)",
                )
        return value

    def list_(self, value: object, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(path, f"expected a list, found {_kind_of(value)}")
        return value

    def string(self, value: object, path: str, *, limit: int = MAX_STRING_CHARS) -> str:
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
        raise self.fail(path, f"{_short(text)} is not a valid date (expected YYYY-MM-DD)")

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
            path, f"{_short(text)} is not a valid date and time (expected YYYY-MM-DDTHH:MM:SS)"
        )

    def enum(self, enum_type: type[StrEnum], value: object, path: str) -> Any:
        text = self.string(value, path, limit=MAX_SHORT_CHARS)
        try:
            return enum_type(text)
        except ValueError:
            allowed = ", ".join(m.value for m in enum_type)
            raise self.fail(path, f"unknown value {_short(text)} (allowed: {allowed})") from None

    def ref(self, value: object, path: str) -> str:
        text = self.string(value, path, limit=MAX_SHORT_CHARS)
        if not _REF.fullmatch(text):
            raise self.fail(path, f"{_short(text)} is not a valid id (letters, digits, - _ . :)")
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
            raise self.fail("", f"not a Carnet export: the file holds {_kind_of(data)}")
        if data.get("format") != FORMAT:
            raise self.fail("format", f'not a Carnet export (expected "format": "{FORMAT}")')
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail("version", "missing or not a positive whole number")
        if version > VERSION:
            raise self.fail(
                "version",
                f"this file was written by a newer Carnet (format version {version}; this "
                f"Carnet reads up to {VERSION}). Update Carnet to import it.",
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
        parsed = ParsedExport(version, exported_at, journal, groups, topics)
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
            settings[key] = self.string(item, where)
        return Journal(owner_name=owner, settings=settings)

    def group(self, value: object, path: str) -> _PGroup:
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
        )
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
        return _PGroup(path, self.ref(data["id"], p("id")), group, members, objectives, sessions)

    def member(self, value: object, path: str) -> Member:
        data = self.obj(value, path, ("pseudonym", "masked_names"), ("fingerprint",))
        return self.build(
            path,
            Member,
            pseudonym=self.name(data["pseudonym"], _join(path, "pseudonym")),
            masked_names=self.names(data["masked_names"], _join(path, "masked_names")),
        )

    def objective(self, value: object, path: str) -> tuple[str, Objective]:
        data = self.obj(value, path, ("id", "title", "description", "position"), ("fingerprint",))
        objective = self.build(
            path,
            Objective,
            group_id=0,
            title=self.name(data["title"], _join(path, "title")),
            description=self.string(data["description"], _join(path, "description")),
            position=self.integer(data["position"], _join(path, "position"), 0, MAX_POSITION),
        )
        return self.ref(data["id"], _join(path, "id")), objective

    def session(self, value: object, path: str, template) -> _PSession:
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
            ("attachments",),
        )
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
                    f"{_short(step_id)} is not a step of the session's template",
                )
            if step_id in seen_steps:
                raise self.fail(_join(where, "step_id"), f"{_short(step_id)} appears twice")
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
        return _PSession(
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
        data = self.obj(value, path, ("text", "starred", "tags", "position"), ("fingerprint",))
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
        data = self.obj(value, path, ("moment", "emotion", "intensity", "text"), ("fingerprint",))
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
            ("fingerprint",),
        )
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
            r = self.obj(item, where, ("date", "note", "status", "new_due_date"), ("fingerprint",))
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

    def topic(self, value: object, path: str) -> _PTopic:
        data = self.obj(
            value,
            path,
            ("title", "draft", "priority", "status", "tags", "created_at", "group", "session"),
            ("fingerprint",),
        )
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
        return _PTopic(path, topic, group_ref, session_ref)

    def check_references(self, parsed: ParsedExport) -> None:
        """Every id is unique and every reference points at something in the file."""
        groups: set[str] = set()
        objectives: set[str] = set()
        sessions: set[str] = set()
        for g in parsed.groups:
            if g.ref in groups:
                raise self.fail(f"{g.path}.id", f"{_short(g.ref)} is used by another group")
            groups.add(g.ref)
            for i, (ref, _) in enumerate(g.objectives):
                if ref in objectives:
                    raise self.fail(
                        f"{g.path}.objectives[{i}].id",
                        f"{_short(ref)} is used by another objective",
                    )
                objectives.add(ref)
            for s in g.sessions:
                if s.ref in sessions:
                    raise self.fail(f"{s.path}.id", f"{_short(s.ref)} is used by another session")
                sessions.add(s.ref)
        for g in parsed.groups:
            for s in g.sessions:
                for ref, _, where in s.assessments:
                    if ref not in objectives:
                        raise self.fail(
                            f"{where}.objective", f"no objective has the id {_short(ref)}"
                        )
        for t in parsed.topics:
            if t.group_ref is not None and t.group_ref not in groups:
                raise self.fail(f"{t.path}.group", f"no group has the id {_short(t.group_ref)}")
            if t.session_ref is not None and t.session_ref not in sessions:
                raise self.fail(
                    f"{t.path}.session", f"no session has the id {_short(t.session_ref)}"
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
            raise CarnetImportError("", f"the key {_short(key)} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise CarnetImportError("", f"{name} is not allowed in a Carnet export")


def _read_bytes(source: Path | str) -> bytes:
    path = Path(source).expanduser()
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise CarnetImportError("", f"{path} is a folder, not an export file")
        if size > MAX_FILE_BYTES:
            raise CarnetImportError(
                "",
                f"the file is too big to be a Carnet export ({size:,} bytes; at most "
                f"{MAX_FILE_BYTES:,})",
            )
        with open(path, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise CarnetImportError("", f"cannot read {path}: {exc.strerror or exc}") from None


def parse_bytes(data: bytes) -> ParsedExport:
    """Decode and check an export held in memory; raises :class:`CarnetImportError`."""
    if len(data) > MAX_FILE_BYTES:
        raise CarnetImportError(
            "", f"the file is too big to be a Carnet export (more than {MAX_FILE_BYTES:,} bytes)"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CarnetImportError(
            "", f"the file is not UTF-8 text (byte {exc.start}); it is not a Carnet export"
        ) from None
    try:
        decoded = json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant
        )
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise CarnetImportError(
            "", f"the file is not valid JSON, or it is truncated ({where}: {exc.msg})"
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


# -- import ------------------------------------------------------------------------


@dataclass
class ImportReport:
    """What an import did (or, with ``dry_run``, would do).

    ``added`` and ``skipped`` count objects by kind (``group``, ``session``,
    ``learning``…): skipped ones were already in the journal, identical.
    ``conflicts`` name each place where the journal holds something different
    from the file; the journal's version was kept.
    """

    added: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    conflicts: list[str] = field(default_factory=list)
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
        if self.conflicts:
            text += f"; {len(self.conflicts)} conflicts (the journal's version kept)"
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

    def conflict(self, path: str, message: str) -> None:
        self.report.conflicts.append(f"{path}: {message}")

    def added(self, kind: str, n: int = 1) -> None:
        self.report.added[kind] += n

    def skipped(self, kind: str, n: int = 1) -> None:
        self.report.skipped[kind] += n

    def run(self) -> None:
        existing = _Queue((_group_key(g), g) for g in self.store.groups.list())
        pending_ratings: list[tuple[int, _PSession]] = []
        for pg in self.parsed.groups:
            target = existing.take(_group_key(pg.group))
            if target is None:
                target = self.store.groups.add(dataclasses.replace(pg.group, id=None))
                self.added("group")
                matched = False
            else:
                diff = _differences(group_fields(pg.group), group_fields(target), ("name",))
                if diff:
                    self.conflict(pg.path, f"the journal's group differs ({diff}); kept it")
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

    def members(self, pg: _PGroup, group_id: int, matched: bool) -> None:
        have = self.store.members.list_by_group(group_id) if matched else []
        queue = _Queue((fingerprint_of("member", m), m) for m in have)
        for member in pg.members:
            if queue.take(fingerprint_of("member", member)) is not None:
                self.skipped("member")
                continue
            self.store.members.add(dataclasses.replace(member, id=None, group_id=group_id))
            self.added("member")

    def objectives(self, pg: _PGroup, group_id: int, matched: bool) -> None:
        have = self.store.objectives.list_by_group(group_id) if matched else []
        queue = _Queue((fingerprint_of("objective", o), o) for o in have)
        next_position = max((o.position for o in have), default=-1) + 1
        for ref, objective in pg.objectives:
            found = queue.take(fingerprint_of("objective", objective))
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
            self.added("objective")

    def sessions(
        self,
        pg: _PGroup,
        group_id: int,
        matched: bool,
        pending: list[tuple[int, _PSession]],
    ) -> None:
        have = self.store.sessions.list_by_group(group_id) if matched else []
        queue = _Queue(((s.number, s.date), s) for s in have)
        for ps in pg.sessions:
            target = queue.take((ps.session.number, ps.session.date))
            if target is None:
                target = self.store.sessions.add(
                    dataclasses.replace(ps.session, id=None, group_id=group_id)
                )
                self.added("session")
                here = False
            else:
                diff = _differences(session_fields(ps.session), session_fields(target))
                if diff:
                    self.conflict(ps.path, f"the journal's session differs ({diff}); kept it")
                self.skipped("session")
                here = True
            self.session_ids[ps.ref] = target.id
            self.session_children(ps, target.id, here)
            pending.append((target.id, ps))

    def session_children(self, ps: _PSession, session_id: int, matched: bool) -> None:
        store = self.store
        notes = store.notes.list_by_session(session_id) if matched else {}
        for i, note in enumerate(ps.notes):
            current = notes.get(note.step_id)
            if current is not None and current.text == note.text:
                self.skipped("step_note")
            elif current is None or not current.text.strip():
                store.notes.save(session_id, note.step_id, note.text, note.updated_at)
                self.added("step_note")
            else:
                self.conflict(
                    f"{ps.path}.step_notes[{i}]",
                    f"the journal already has another text for step {_short(note.step_id)}; "
                    "kept it",
                )

        if ps.keyword is not None:
            current_word = store.keywords.get(session_id) if matched else None
            if current_word is None:
                store.keywords.set(session_id, ps.keyword)
                self.added("keyword")
            elif current_word.word == ps.keyword:
                self.skipped("keyword")
            else:
                self.conflict(f"{ps.path}.keyword", "the journal has another key word; kept it")

        have_learnings = store.learnings.list_by_session(session_id) if matched else []
        queue = _Queue((fingerprint_of("learning", x), x) for x in have_learnings)
        next_position = max((x.position for x in have_learnings), default=0) + 1
        for learning in ps.learnings:
            if queue.take(fingerprint_of("learning", learning)) is not None:
                self.skipped("learning")
                continue
            position = next_position if matched else learning.position
            next_position += 1
            store.learnings.add(
                dataclasses.replace(learning, id=None, session_id=session_id, position=position)
            )
            self.added("learning")

        have_feelings = store.feelings.list_by_session(session_id) if matched else []
        queue = _Queue((fingerprint_of("feeling", x), x) for x in have_feelings)
        for feeling in ps.feelings:
            if queue.take(fingerprint_of("feeling", feeling)) is not None:
                self.skipped("feeling")
                continue
            store.feelings.add(dataclasses.replace(feeling, id=None, session_id=session_id))
            self.added("feeling")

        have_actions = store.actions.list_by_session(session_id) if matched else []
        queue = _Queue((fingerprint_of("action", x), x) for x in have_actions)
        for action, reviews in ps.actions:
            found = queue.take(fingerprint_of("action", action))
            if found is None:
                found = store.actions.add(
                    dataclasses.replace(action, id=None, session_id=session_id)
                )
                self.added("action")
                have_reviews = []
            else:
                self.skipped("action")
                have_reviews = store.reviews.list_by_action(found.id)
            review_queue = _Queue((fingerprint_of("review", r), r) for r in have_reviews)
            for review in reviews:
                if review_queue.take(fingerprint_of("review", review)) is not None:
                    self.skipped("review")
                    continue
                # The action's own fields already hold the result of its reviews:
                # add the history as it is, without applying it again.
                store.reviews.add(dataclasses.replace(review, id=None, action_id=found.id))
                self.added("review")
        attachments_json.import_items(self, ps.attachments, session_id)

    def assessments(self, ps: _PSession, session_id: int) -> None:
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
                self.conflict(where, "the journal rates this objective differently; kept it")

    def topics(self) -> None:
        queue = _Queue(
            ((fingerprint_of("topic", t), t.group_id, t.session_id), t)
            for t in self.store.topics.list()
        )
        for pt in self.parsed.topics:
            group_id = self.group_ids[pt.group_ref] if pt.group_ref is not None else None
            session_id = self.session_ids[pt.session_ref] if pt.session_ref is not None else None
            if queue.take((fingerprint_of("topic", pt.topic), group_id, session_id)) is not None:
                self.skipped("topic")
                continue
            self.store.topics.add(
                dataclasses.replace(pt.topic, id=None, group_id=group_id, session_id=session_id)
            )
            self.added("topic")

    def journal(self) -> None:
        mine = self.store.journal()
        theirs = self.parsed.journal
        if theirs.owner_name:
            if not mine.owner_name:
                self.store.set_owner_name(theirs.owner_name)
                self.added("owner_name")
            elif mine.owner_name != theirs.owner_name:
                self.conflict("journal.owner_name", "the journal has another owner name; kept it")
        for key, value in theirs.settings.items():
            if key not in mine.settings:
                self.store.set_setting(key, value)
                self.added("setting")
            elif mine.settings[key] == value:
                self.skipped("setting")
            else:
                self.conflict(f"journal.settings.{key[:40]}", "set differently here; kept it")


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
