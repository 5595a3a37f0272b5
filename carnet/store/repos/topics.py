"""Situations to bring to a future session, and the tag browser's queries."""

from __future__ import annotations

from dataclasses import dataclass

from carnet.domain import Topic, TopicStatus, fold_theme, theme_spellings
from carnet.store.repos.base import Repository, written_order
from carnet.store.sqlutil import dt2s, now, s2dt

_COLUMNS = "id, group_id, session_id, title, draft, priority, status, created_at"


class TopicRepository(Repository):
    tag_kind = "topic"

    def _build(self, rows) -> list[Topic]:
        tags = self._tags_for([r[0] for r in rows])
        return [
            Topic(
                id=r[0],
                group_id=r[1],
                session_id=r[2],
                title=r[3],
                draft=r[4],
                priority=r[5],
                status=TopicStatus(r[6]),
                created_at=s2dt(r[7]),
                tags=tags[r[0]],
            )
            for r in rows
        ]

    def add(self, topic: Topic) -> Topic:
        topic.created_at = topic.created_at or now()
        with self.db.transaction() as conn:
            topic.id = conn.execute(
                "INSERT INTO topics(group_id, session_id, title, draft, priority, status, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    topic.group_id,
                    topic.session_id,
                    topic.title,
                    topic.draft,
                    topic.priority,
                    topic.status.value,
                    dt2s(topic.created_at),
                ),
            ).lastrowid
            self._set_tags(topic.id, topic.tags)
        return topic

    def update(self, topic: Topic) -> None:
        with self.db.transaction() as conn:
            cur = conn.execute(
                "UPDATE topics SET group_id = ?, session_id = ?, title = ?, draft = ?, "
                "priority = ?, status = ? WHERE id = ?",
                (
                    topic.group_id,
                    topic.session_id,
                    topic.title,
                    topic.draft,
                    topic.priority,
                    topic.status.value,
                    topic.id,
                ),
            )
            self._require(cur.rowcount or None, "Topic", topic.id)
            self._set_tags(topic.id, topic.tags)

    def get(self, topic_id: int) -> Topic:
        row = self.db.query_one(f"SELECT {_COLUMNS} FROM topics WHERE id = ?", (topic_id,))
        return self._build([self._require(row, "Topic", topic_id)])[0]

    def get_many(self, ids) -> dict[int, Topic]:
        """The topics of ``ids`` that exist, by id (in a few queries)."""
        rows = self._rows_for_ids(f"SELECT {_COLUMNS} FROM topics WHERE id IN", ids)
        return {topic.id: topic for topic in self._build(rows)}

    def list(
        self, *, group_id: int | None = None, status: TopicStatus | None = None
    ) -> list[Topic]:
        where, params = [], []
        if group_id is not None:
            where.append("(group_id = ? OR group_id IS NULL)")
            params.append(group_id)
        if status is not None:
            where.append("status = ?")
            params.append(TopicStatus(status).value)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return self._build(
            self.db.query(
                f"SELECT {_COLUMNS} FROM topics {clause} "
                f"ORDER BY priority, created_at, {written_order('topics')}, id",
                params,
            )
        )

    def list_by_session(self, session_id: int) -> list[Topic]:
        return self._build(
            self.db.query(
                f"SELECT {_COLUMNS} FROM topics WHERE session_id = ? "
                f"ORDER BY priority, {written_order('topics')}, id",
                (session_id,),
            )
        )

    def delete(self, topic_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM topics WHERE id = ?", (topic_id,))


@dataclass(frozen=True)
class TagUse:
    tag: str
    count: int


@dataclass(frozen=True)
class TaggedItem:
    kind: str  # session | learning | action | topic
    ref_id: int
    tag: str


class TagRepository(Repository):
    """Read-only views over every tag, for the tag browser and completers."""

    def all(self) -> list[TagUse]:
        """Every theme once, case and accents aside (« delegation » typed one day and
        « Délégation » another are one theme), under its most used spelling."""
        rows = self.db.query("SELECT tag, count(*) FROM tags GROUP BY tag COLLATE BINARY")
        themes = theme_spellings(rows)
        return [TagUse(shown, count) for _key, (shown, count, _all) in sorted(themes.items())]

    def spellings(self, tag: str) -> list[str]:
        """Every spelling of ``tag`` in the journal (case and accents aside)."""
        key = fold_theme(tag)
        return [r[0] for r in self.db.query("SELECT DISTINCT tag COLLATE BINARY FROM tags")
                if fold_theme(r[0]) == key]

    def distinct(self, kinds: tuple[str, ...]) -> list[str]:
        """The tags used on items of these kinds, once each (letter case aside)."""
        marks = ",".join("?" * len(kinds))
        rows = self.db.query(f"SELECT DISTINCT tag FROM tags WHERE kind IN ({marks})", kinds)
        return [r[0] for r in rows]

    def refs(self, kinds: tuple[str, ...], tags: list[str]) -> set[tuple[str, int]]:
        """(kind, id) of the items of these kinds tagged with any of ``tags`` (letter
        case aside), a few hundred tags per query."""
        found: set[tuple[str, int]] = set()
        kind_marks = ",".join("?" * len(kinds))
        for start in range(0, len(tags), 400):
            chunk = tags[start : start + 400]
            rows = self.db.query(
                f"SELECT kind, ref_id FROM tags WHERE kind IN ({kind_marks}) "
                f"AND tag IN ({','.join('?' * len(chunk))})",
                [*kinds, *chunk],
            )
            found.update((r[0], r[1]) for r in rows)
        return found

    def items(self, tag: str) -> list[TaggedItem]:
        """The items filed under ``tag``, whichever its spelling (case, accents)."""
        spellings = self.spellings(tag) or [tag]
        found: list[TaggedItem] = []
        for start in range(0, len(spellings), 400):
            chunk = spellings[start : start + 400]
            rows = self.db.query(
                f"SELECT kind, ref_id, tag FROM tags WHERE tag IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.extend(TaggedItem(r[0], r[1], r[2]) for r in rows)
        once = {(item.kind, item.ref_id): item for item in found}  # (two spellings on one)
        return [once[key] for key in sorted(once)]
