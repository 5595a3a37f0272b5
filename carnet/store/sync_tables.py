"""Which tables sync, and how a row becomes a record's fields and back (issue 15).

A record's fields are its columns (ids and parent keys aside), its ``tags``
(a list, in order) where the table has tags, for an attachment its
``data`` (the bytes, kept in ``attachment_data``), and ``_born``, its creation
stamp (kept in ``sync_ids.born``: the order of the lists a session shows). Parent keys travel as the
parents' uuids: ``parents`` for the cascading ones (fixed at creation), fields
for a topic's group and session (they change, and go NULL when the session
is deleted).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from carnet.domain.sync import BORN_FIELD

__all__ = ["BLOB_FIELD", "BORN_FIELD", "MAX_DEPTH", "TABLES", "TAGS_FIELD", "TableSpec"]

#: In the stored state, an attachment's bytes are named by their hash; a bundle
#: carries the bytes themselves.
BLOB_FIELD = "data"
TAGS_FIELD = "tags"


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[str, ...]
    #: (column, parent table): ON DELETE CASCADE parents, fixed at creation.
    parents: tuple[tuple[str, str], ...] = ()
    #: (column, table): references that are fields (ON DELETE SET NULL).
    refs: tuple[tuple[str, str], ...] = ()
    tag_kind: str | None = None
    blob: bool = False
    #: 0 for top-level records; a child is deeper than each of its parents, and a
    #: record is deeper than what it refers to (rows are written in this order).
    depth: int = 0

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        names = self.columns + tuple(col for col, _ in self.refs)
        if self.tag_kind:
            names += (TAGS_FIELD,)
        if self.blob:
            names += (BLOB_FIELD,)
        return (*names, BORN_FIELD)


TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "groups",
            (
                "name", "template_id", "facilitator", "cadence", "planned_sessions",
                "start_date", "place", "ground_rules", "notes", "archived", "created_at",
            ),
        ),
        TableSpec(
            "members", ("pseudonym", "masked_names", "position"),
            parents=(("group_id", "groups"),), depth=1,
        ),
        TableSpec(
            "objectives", ("title", "description", "position"),
            parents=(("group_id", "groups"),), depth=1,
        ),
        TableSpec(
            "sessions", ("number", "date", "status", "role", "title"),
            parents=(("group_id", "groups"),), tag_kind="session", depth=1,
        ),
        TableSpec(
            "step_notes", ("step_id", "text", "updated_at"),
            parents=(("session_id", "sessions"),), depth=2,
        ),
        TableSpec(
            "learnings", ("text", "starred", "position"),
            parents=(("session_id", "sessions"),), tag_kind="learning", depth=2,
        ),
        TableSpec(
            "feelings", ("moment", "emotion", "intensity", "text"),
            parents=(("session_id", "sessions"),), depth=2,
        ),
        TableSpec(
            "keywords", ("word",), parents=(("session_id", "sessions"),), depth=2,
        ),
        TableSpec(
            "actions", ("title", "details", "due_date", "status", "outcome", "created_at"),
            parents=(("session_id", "sessions"),), tag_kind="action", depth=2,
        ),
        TableSpec(
            "action_reviews", ("date", "note", "status", "new_due_date", "created_at"),
            parents=(("action_id", "actions"),), depth=3,
        ),
        TableSpec(
            "assessments", ("rating", "comment"),
            parents=(("objective_id", "objectives"), ("session_id", "sessions")), depth=2,
        ),
        TableSpec(
            "topics", ("title", "draft", "priority", "status", "created_at"),
            refs=(("group_id", "groups"), ("session_id", "sessions")),
            tag_kind="topic", depth=2,
        ),
        TableSpec(
            "attachments",
            (
                "step_id", "caption", "filename", "mime", "width", "height", "size", "sha256",
                "position", "created_at",
            ),
            parents=(("session_id", "sessions"),), tag_kind="attachment", blob=True, depth=2,
        ),
    )
}

MAX_DEPTH = max(spec.depth for spec in TABLES.values())
