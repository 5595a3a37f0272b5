"""The complete journal as one JSON document (the export half of the format).

The format is documented in ``docs/export-format.md``; keep the two in step.
An export is for moving a journal between machines or versions and for
reading it with other tools, so it holds every concept and every field, and
it is NOT encrypted. Each record carries a fingerprint of its content
(:func:`fingerprint`), which an import uses to recognise what it already holds.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import carnet
from carnet.domain import (
    Action,
    ActionReview,
    Feeling,
    Group,
    Learning,
    Member,
    Objective,
    Session,
    Topic,
)
from carnet.exchange import attachments_json
from carnet.exchange.errors import ExportError
from carnet.exchange.files import write_atomic

if TYPE_CHECKING:
    from carnet.store import JournalStore

FORMAT = "carnet-export"
#: The version this Carnet writes and the highest it reads (see the version policy).
#: 2 added the sessions' ``attachments`` (photos and PDFs); 3 added each record's
#: ``uuid`` (issue 15); older files still import.
VERSION = 3
#: A bigger file is refused before it is read.
MAX_FILE_BYTES = 200 * 1024 * 1024
#: A longer one-line string (a name, a title; in characters) is refused. The one-line
#: fields of the window take no more (``carnet/ui/whole_paste.py``).
MAX_STRING_CHARS = 2 * 1024 * 1024
#: A text written on several lines (a step's note, a draft, an outcome…) is bounded only
#: by the file: a note holds whatever was pasted into it, and what the export writes the
#: import must read (fresh7: a 2.3 M-character note was exported, « Export écrit », and
#: the import refused the file as damaged).
MAX_TEXT_CHARS = MAX_FILE_BYTES
#: Bounds of the short strings: ids, step ids, setting names, tags.
MAX_SHORT_CHARS = 1_000
MAX_POSITION = 1_000_000_000

NOT_ENCRYPTED_WARNING = (
    "This export is NOT encrypted: anyone who can open the file can read your journal, "
    "including what other participants confided. Keep it somewhere private and delete it "
    "when you no longer need it."
)
NOT_ENCRYPTED_WARNING_FR = (
    "Cet export n’est PAS chiffré\u00a0: toute personne qui peut ouvrir le fichier peut "
    "lire votre carnet, y compris ce que les autres participants ont confié. Rangez-le en "
    "lieu sûr et supprimez-le quand vous n’en avez plus besoin."
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


def fields_of(kind: str, obj: Any) -> dict[str, Any]:
    """The fingerprinted fields of ``obj`` as plain JSON values."""
    return _FINGERPRINTED[kind](obj)


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
    ids = _Uuids(store)
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
                    **ids.of("sessions", session.id),
                    **session_fields(session),
                    "step_notes": [
                        {"step_id": n.step_id, "text": n.text, "updated_at": _dt(n.updated_at)}
                        for n in store.notes.list_by_session(session.id).values()
                    ],
                    "keyword": keyword.word if keyword else None,
                    "learnings": [
                        {
                            **ids.of("learnings", item.id),
                            **_with_fp("learning", item),
                            "position": item.position,
                        }
                        for item in store.learnings.list_by_session(session.id)
                    ],
                    "feelings": [
                        {**ids.of("feelings", f.id), **_with_fp("feeling", f)}
                        for f in store.feelings.list_by_session(session.id)
                    ],
                    "actions": [
                        {
                            **ids.of("actions", a.id),
                            **_with_fp("action", a),
                            "reviews": [
                                {**ids.of("action_reviews", r.id), **_with_fp("review", r)}
                                for r in reviews[a.id]
                            ],
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
                    "attachments": [
                        {**ids.of("attachments", item.pop("_id")), **item}
                        for item in attachments_json.export_items(store, session.id, ids=True)
                    ],
                }
            )
        groups.append(
            {
                "id": f"g{group.id}",
                **ids.of("groups", group.id),
                **group_fields(group),
                "members": [
                    {**ids.of("members", m.id), **_with_fp("member", m)}
                    for m in store.members.list_by_group(group.id)
                ],
                "objectives": [
                    {
                        "id": f"o{o.id}",
                        **ids.of("objectives", o.id),
                        **_with_fp("objective", o),
                        "position": o.position,
                    }
                    for o in store.objectives.list_by_group(group.id)
                ],
                "sessions": sessions,
            }
        )
    topics = [
        {
            **ids.of("topics", t.id),
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


class _Uuids:
    """Each record's sync identity (issue 15), written as ``uuid``: an import merges
    by it, and sync knows the record by it."""

    def __init__(self, store: JournalStore) -> None:
        self._store = store
        self._maps: dict[str, dict[int, str]] = {}

    def of(self, table: str, rid: int | None) -> dict[str, str]:
        if table not in self._maps:
            self._maps[table] = self._store.sync.uuids_of(table)
        uuid = self._maps[table].get(rid) if rid is not None else None
        return {"uuid": uuid} if uuid else {}


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
    data = dumps(journal_document(store))
    if len(data) > MAX_FILE_BYTES:
        # the import refuses a bigger file: say it now, not on the other computer
        # (fresh7: « Export écrit », then « too big to be a Carnet export » there)
        raise ExportError(
            f"the export would weigh {len(data):,} bytes, more than an import reads "
            f"({MAX_FILE_BYTES:,}); nothing was written", "too_big", len(data))
    write_atomic(dest, data)
    return ExportResult(path=dest, files=(dest,))


