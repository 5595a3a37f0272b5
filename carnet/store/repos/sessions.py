"""Sessions, the text written for each template step, and the closing key word."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from carnet.domain import Keyword, Role, Session, SessionStatus, StepNote
from carnet.store.repos.base import Repository, written_order
from carnet.store.sqlutil import d2s, dt2s, now, s2d, s2dt

_COLUMNS = "id, group_id, number, date, status, role, title"
_STATUSES = {status.value: status for status in SessionStatus}


class SessionOutline(NamedTuple):
    """What a list of every session shows of each (the sidebar): no themes, no title."""

    id: int
    group_id: int
    number: int
    date: date
    status: SessionStatus


class SessionRepository(Repository):
    tag_kind = "session"

    def _build(self, rows) -> list[Session]:
        tags = self._tags_for([r[0] for r in rows])
        return [
            Session(
                id=r[0],
                group_id=r[1],
                number=r[2],
                date=s2d(r[3]),
                status=SessionStatus(r[4]),
                role=Role(r[5]),
                title=r[6],
                themes=tags[r[0]],
            )
            for r in rows
        ]

    def add(self, session: Session) -> Session:
        with self.db.transaction() as conn:
            session.id = conn.execute(
                "INSERT INTO sessions(group_id, number, date, status, role, title) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    session.group_id,
                    session.number,
                    d2s(session.date),
                    session.status.value,
                    session.role.value,
                    session.title,
                ),
            ).lastrowid
            self._set_tags(session.id, session.themes)
        return session

    def add_many(self, sessions: list[Session]) -> list[Session]:
        with self.db.transaction():
            for session in sessions:
                self.add(session)
        return sessions

    def update(self, session: Session) -> None:
        with self.db.transaction() as conn:
            cur = conn.execute(
                "UPDATE sessions SET group_id = ?, number = ?, date = ?, status = ?, role = ?, "
                "title = ? WHERE id = ?",
                (
                    session.group_id,
                    session.number,
                    d2s(session.date),
                    session.status.value,
                    session.role.value,
                    session.title,
                    session.id,
                ),
            )
            self._require(cur.rowcount or None, "Session", session.id)
            self._set_tags(session.id, session.themes)

    def get(self, session_id: int) -> Session:
        row = self.db.query_one(f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
        return self._build([self._require(row, "Session", session_id)])[0]

    def get_many(self, ids) -> dict[int, Session]:
        """The sessions of ``ids`` that exist, by id (in a few queries)."""
        rows = self._rows_for_ids(f"SELECT {_COLUMNS} FROM sessions WHERE id IN", ids)
        return {session.id: session for session in self._build(rows)}

    def list_by_group(self, group_id: int) -> list[Session]:
        rows = self.db.query(
            f"SELECT {_COLUMNS} FROM sessions WHERE group_id = ? "
            f"ORDER BY date, number, {written_order('sessions')}, id",
            (group_id,),
        )
        return self._build(rows)

    def list(
        self,
        *,
        status: SessionStatus | None = None,
        start: date | None = None,
        end: date | None = None,
        group_ids: list[int] | None = None,
    ) -> list[Session]:
        """Sessions of every group in date order, filtered as asked."""
        where, params = [], []
        if status is not None:
            where.append("status = ?")
            params.append(SessionStatus(status).value)
        if start is not None:
            where.append("date >= ?")
            params.append(d2s(start))
        if end is not None:
            where.append("date <= ?")
            params.append(d2s(end))
        if group_ids is not None:
            where.append(f"group_id IN ({','.join('?' * len(group_ids)) or 'NULL'})")
            params.extend(group_ids)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.db.query(
            f"SELECT {_COLUMNS} FROM sessions {clause} ORDER BY date, group_id, number", params
        )
        return self._build(rows)

    def outline(self) -> list[SessionOutline]:
        """Every session, in each group's order (date, number), without building
        ``Session`` objects or reading their themes: the sidebar lists them all."""
        rows = self.db.query(
            "SELECT id, group_id, number, date, status FROM sessions "
            "ORDER BY group_id, date, number, id"
        )
        statuses, parse = _STATUSES, date.fromisoformat
        return [SessionOutline(r[0], r[1], r[2], parse(r[3]), statuses[r[4]]) for r in rows]

    def next_planned(self, today: date, group_id: int | None = None) -> Session | None:
        """The first planned session on or after ``today``."""
        sql = f"SELECT {_COLUMNS} FROM sessions WHERE status = 'planned' AND date >= ?"
        params: list = [d2s(today)]
        if group_id is not None:
            sql += " AND group_id = ?"
            params.append(group_id)
        row = self.db.query_one(sql + " ORDER BY date, number LIMIT 1", params)
        return self._build([row])[0] if row else None

    def count(self) -> int:
        return self.db.query_one("SELECT count(*) FROM sessions")[0]

    def first_date(self) -> date | None:
        """The date of the journal's earliest session (None without sessions)."""
        first = self.db.query_one("SELECT min(date) FROM sessions")[0]
        return date.fromisoformat(first) if first else None

    def group_ids(self) -> dict[int, int]:
        """Each session's group, without building the sessions (a cheap map)."""
        return dict(self.db.query("SELECT id, group_id FROM sessions"))

    def any_held(self, end: date, group_id: int | None = None) -> bool:
        """Whether a held session dated ``end`` or before exists (in ``group_id``)."""
        sql = "SELECT 1 FROM sessions WHERE status = 'held' AND date <= ?"
        params: list = [d2s(end)]
        if group_id is not None:
            sql += " AND group_id = ?"
            params.append(group_id)
        return self.db.query_one(sql + " LIMIT 1", params) is not None

    def delete(self, session_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))


class StepNoteRepository(Repository):
    """One Markdown text per (session, step); saving replaces it atomically."""

    def save(
        self, session_id: int, step_id: str, text: str, updated_at: datetime | None = None
    ) -> StepNote:
        """Insert or replace the note; ``updated_at`` defaults to now (imports keep theirs)."""
        note = StepNote(
            session_id=session_id, step_id=step_id, text=text, updated_at=updated_at or now()
        )
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO step_notes(session_id, step_id, text, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(session_id, step_id) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                (session_id, step_id, text, dt2s(note.updated_at)),
            )
            note.id = conn.execute(
                "SELECT id FROM step_notes WHERE session_id = ? AND step_id = ?",
                (session_id, step_id),
            ).fetchone()[0]
        return note

    def save_many(self, session_id: int, texts: dict[str, str]) -> None:
        with self.db.transaction():
            for step_id, text in texts.items():
                self.save(session_id, step_id, text)

    def get(self, session_id: int, step_id: str) -> StepNote | None:
        row = self.db.query_one(
            "SELECT id, session_id, step_id, text, updated_at FROM step_notes "
            "WHERE session_id = ? AND step_id = ?",
            (session_id, step_id),
        )
        return _note(row) if row else None

    def list_by_session(self, session_id: int) -> dict[str, StepNote]:
        rows = self.db.query(
            "SELECT id, session_id, step_id, text, updated_at FROM step_notes "
            f"WHERE session_id = ? ORDER BY {written_order('step_notes')}, id",
            (session_id,),
        )
        return {r[2]: _note(r) for r in rows}

    def delete(self, session_id: int, step_id: str) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM step_notes WHERE session_id = ? AND step_id = ?", (session_id, step_id)
            )

    def holding(self, fragment: str) -> list[tuple[int, str]]:
        """(session id, step id) of every note whose text contains ``fragment`` (case
        and accents as given), in session order."""
        return [(int(row[0]), row[1]) for row in self.db.query(
            "SELECT session_id, step_id FROM step_notes WHERE instr(text, ?) > 0 "
            "ORDER BY session_id, id", (fragment,))]


def _note(row) -> StepNote:
    return StepNote(
        id=row[0], session_id=row[1], step_id=row[2], text=row[3], updated_at=s2dt(row[4])
    )


class KeywordRepository(Repository):
    """The closing round's one word: at most one per session."""

    def set(self, session_id: int, word: str) -> Keyword | None:
        """Set or (with an empty word) clear the session's key word."""
        with self.db.transaction() as conn:
            if not word.strip():
                conn.execute("DELETE FROM keywords WHERE session_id = ?", (session_id,))
                return None
            keyword = Keyword(session_id=session_id, word=word)
            conn.execute(
                "INSERT INTO keywords(session_id, word) VALUES (?, ?) "
                "ON CONFLICT(session_id) DO UPDATE SET word = excluded.word",
                (session_id, keyword.word),
            )
            keyword.id = conn.execute(
                "SELECT id FROM keywords WHERE session_id = ?", (session_id,)
            ).fetchone()[0]
        return keyword

    def get(self, session_id: int) -> Keyword | None:
        row = self.db.query_one(
            "SELECT id, session_id, word FROM keywords WHERE session_id = ?", (session_id,)
        )
        return Keyword(id=row[0], session_id=row[1], word=row[2]) if row else None

    def words(self) -> dict[int, str]:
        """Every session's key word, by session id (one query for the whole journal)."""
        return dict(self.db.query("SELECT session_id, word FROM keywords"))

    def list_by_group(self, group_id: int) -> list[Keyword]:
        rows = self.db.query(
            "SELECT k.id, k.session_id, k.word FROM keywords k JOIN sessions s "
            "ON s.id = k.session_id WHERE s.group_id = ? ORDER BY s.date, s.number",
            (group_id,),
        )
        return [Keyword(id=r[0], session_id=r[1], word=r[2]) for r in rows]
