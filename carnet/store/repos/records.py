"""What the participant harvests from a session: learnings, feelings, self-ratings."""

from __future__ import annotations

from datetime import date

from carnet.domain import Assessment, Emotion, Feeling, Learning, Moment
from carnet.store.repos.base import Repository, written_order
from carnet.store.sqlutil import d2s


class LearningRepository(Repository):
    tag_kind = "learning"
    _COLUMNS = "id, session_id, text, starred, position"

    def _build(self, rows) -> list[Learning]:
        tags = self._tags_for([r[0] for r in rows])
        return [
            Learning(
                id=r[0],
                session_id=r[1],
                text=r[2],
                starred=bool(r[3]),
                position=r[4],
                tags=tags[r[0]],
            )
            for r in rows
        ]

    def add(self, learning: Learning) -> Learning:
        with self.db.transaction() as conn:
            if not learning.position:
                learning.position = conn.execute(
                    "SELECT coalesce(max(position), 0) + 1 FROM learnings WHERE session_id = ?",
                    (learning.session_id,),
                ).fetchone()[0]
            learning.id = conn.execute(
                "INSERT INTO learnings(session_id, text, starred, position) VALUES (?, ?, ?, ?)",
                (learning.session_id, learning.text, int(learning.starred), learning.position),
            ).lastrowid
            self._set_tags(learning.id, learning.tags)
        return learning

    def update(self, learning: Learning) -> None:
        with self.db.transaction() as conn:
            cur = conn.execute(
                "UPDATE learnings SET text = ?, starred = ?, position = ? WHERE id = ?",
                (learning.text, int(learning.starred), learning.position, learning.id),
            )
            self._require(cur.rowcount or None, "Learning", learning.id)
            self._set_tags(learning.id, learning.tags)

    def get(self, learning_id: int) -> Learning:
        row = self.db.query_one(
            f"SELECT {self._COLUMNS} FROM learnings WHERE id = ?", (learning_id,)
        )
        return self._build([self._require(row, "Learning", learning_id)])[0]

    def get_many(self, ids) -> dict[int, Learning]:
        """The learnings of ``ids`` that exist, by id (in a few queries)."""
        rows = self._rows_for_ids(f"SELECT {self._COLUMNS} FROM learnings WHERE id IN", ids)
        return {learning.id: learning for learning in self._build(rows)}

    def list_by_session(self, session_id: int) -> list[Learning]:
        rows = self.db.query(
            f"SELECT {self._COLUMNS} FROM learnings WHERE session_id = ? "
            f"ORDER BY position, {written_order('learnings')}, id",
            (session_id,),
        )
        return self._build(rows)

    def list_by_group(self, group_id: int, *, starred_only: bool = False) -> list[Learning]:
        sql = (
            "SELECT l.id, l.session_id, l.text, l.starred, l.position FROM learnings l "
            "JOIN sessions s ON s.id = l.session_id WHERE s.group_id = ?"
        )
        if starred_only:
            sql += " AND l.starred = 1"
        rows = self.db.query(
            f"{sql} ORDER BY s.date, s.number, l.position, "
            f"{written_order('learnings', 'l')}, l.id",
            (group_id,),
        )
        return self._build(rows)

    def list_starred(self) -> list[Learning]:
        """Every starred learning of the journal, in one query (Home's resurfacing)."""
        rows = self.db.query(
            f"SELECT {self._COLUMNS} FROM learnings WHERE starred = 1 ORDER BY id"
        )
        return self._build(rows)

    def starred_of_held(self, end: date) -> list[tuple[int, int, date]]:
        """(learning id, session id, session date) of each starred learning of a held
        session dated ``end`` or before, by learning id — without building the learnings
        or their sessions (Home picks the few it brings back from these)."""
        rows = self.db.query(
            "SELECT l.id, l.session_id, s.date FROM learnings l "
            "JOIN sessions s ON s.id = l.session_id "
            "WHERE l.starred = 1 AND s.status = 'held' AND s.date <= ? ORDER BY l.id",
            (d2s(end),),
        )
        parse = date.fromisoformat
        return [(r[0], r[1], parse(r[2])) for r in rows]

    def delete(self, learning_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM learnings WHERE id = ?", (learning_id,))


class FeelingRepository(Repository):
    _COLUMNS = "id, session_id, moment, emotion, intensity, text"

    @staticmethod
    def _build(rows) -> list[Feeling]:
        return [
            Feeling(
                id=r[0],
                session_id=r[1],
                moment=Moment(r[2]),
                emotion=Emotion(r[3]),
                intensity=r[4],
                text=r[5],
            )
            for r in rows
        ]

    def add(self, feeling: Feeling) -> Feeling:
        with self.db.transaction() as conn:
            feeling.id = conn.execute(
                "INSERT INTO feelings(session_id, moment, emotion, intensity, text) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    feeling.session_id,
                    feeling.moment.value,
                    feeling.emotion.value,
                    feeling.intensity,
                    feeling.text,
                ),
            ).lastrowid
        return feeling

    def update(self, feeling: Feeling) -> None:
        with self.db.transaction() as conn:
            cur = conn.execute(
                "UPDATE feelings SET moment = ?, emotion = ?, intensity = ?, text = ? WHERE id = ?",
                (
                    feeling.moment.value,
                    feeling.emotion.value,
                    feeling.intensity,
                    feeling.text,
                    feeling.id,
                ),
            )
            self._require(cur.rowcount or None, "Feeling", feeling.id)

    def get(self, feeling_id: int) -> Feeling:
        row = self.db.query_one(f"SELECT {self._COLUMNS} FROM feelings WHERE id = ?", (feeling_id,))
        return self._build([self._require(row, "Feeling", feeling_id)])[0]

    def list_by_session(self, session_id: int) -> list[Feeling]:
        rows = self.db.query(
            f"SELECT {self._COLUMNS} FROM feelings WHERE session_id = ? "
            f"ORDER BY moment DESC, {written_order('feelings')}, id",
            (session_id,),
        )
        return self._build(rows)

    def list_by_group(self, group_id: int) -> list[Feeling]:
        rows = self.db.query(
            "SELECT f.id, f.session_id, f.moment, f.emotion, f.intensity, f.text FROM feelings f "
            "JOIN sessions s ON s.id = f.session_id WHERE s.group_id = ? "
            f"ORDER BY s.date, s.number, f.moment DESC, {written_order('feelings', 'f')}, f.id",
            (group_id,),
        )
        return self._build(rows)

    def delete(self, feeling_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM feelings WHERE id = ?", (feeling_id,))


class AssessmentRepository(Repository):
    _COLUMNS = "id, objective_id, session_id, rating, comment"

    @staticmethod
    def _build(rows) -> list[Assessment]:
        return [
            Assessment(id=r[0], objective_id=r[1], session_id=r[2], rating=r[3], comment=r[4])
            for r in rows
        ]

    def set(self, assessment: Assessment) -> Assessment:
        """Record the rating of an objective at a session (one per pair)."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO assessments(objective_id, session_id, rating, comment) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(objective_id, session_id) DO UPDATE SET "
                "rating = excluded.rating, comment = excluded.comment",
                (
                    assessment.objective_id,
                    assessment.session_id,
                    assessment.rating,
                    assessment.comment,
                ),
            )
            assessment.id = conn.execute(
                "SELECT id FROM assessments WHERE objective_id = ? AND session_id = ?",
                (assessment.objective_id, assessment.session_id),
            ).fetchone()[0]
        return assessment

    add = set

    def get(self, assessment_id: int) -> Assessment:
        row = self.db.query_one(
            f"SELECT {self._COLUMNS} FROM assessments WHERE id = ?", (assessment_id,)
        )
        return self._build([self._require(row, "Assessment", assessment_id)])[0]

    def count_by_objective(self, objective_id: int) -> int:
        """How many sessions rate this objective (removing it deletes them)."""
        return self.db.query_one(
            "SELECT count(*) FROM assessments WHERE objective_id = ?", (objective_id,))[0]

    def list_by_session(self, session_id: int) -> list[Assessment]:
        return self._build(
            self.db.query(
                f"SELECT {self._COLUMNS} FROM assessments WHERE session_id = ? "
                "ORDER BY objective_id",
                (session_id,),
            )
        )

    def list_by_group(self, group_id: int) -> list[Assessment]:
        """Every rating of the group's objectives, in session order."""
        return self._build(
            self.db.query(
                "SELECT a.id, a.objective_id, a.session_id, a.rating, a.comment FROM assessments a "
                "JOIN sessions s ON s.id = a.session_id WHERE s.group_id = ? "
                "ORDER BY s.date, s.number, a.objective_id",
                (group_id,),
            )
        )

    def delete(self, assessment_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))

    def clear(self, objective_id: int, session_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM assessments WHERE objective_id = ? AND session_id = ?",
                (objective_id, session_id),
            )
