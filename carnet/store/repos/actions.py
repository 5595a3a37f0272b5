"""Actions of the action plan and their review history (never overwritten)."""

from __future__ import annotations

from datetime import date

from carnet.domain import Action, ActionReview, ActionStatus, apply_review
from carnet.store.repos.base import Repository, written_order
from carnet.store.sqlutil import d2s, dt2s, now, s2d, s2dt

_COLUMNS = "a.id, a.session_id, a.title, a.details, a.due_date, a.status, a.outcome, a.created_at"
_OPEN = "('todo', 'in_progress', 'postponed')"


class ActionRepository(Repository):
    tag_kind = "action"

    def _build(self, rows) -> list[Action]:
        tags = self._tags_for([r[0] for r in rows])
        return [
            Action(
                id=r[0],
                session_id=r[1],
                title=r[2],
                details=r[3],
                due_date=s2d(r[4]),
                status=ActionStatus(r[5]),
                outcome=r[6],
                created_at=s2dt(r[7]),
                tags=tags[r[0]],
            )
            for r in rows
        ]

    def add(self, action: Action) -> Action:
        action.created_at = action.created_at or now()
        with self.db.transaction() as conn:
            action.id = conn.execute(
                "INSERT INTO actions(session_id, title, details, due_date, status, outcome, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    action.session_id,
                    action.title,
                    action.details,
                    d2s(action.due_date),
                    action.status.value,
                    action.outcome,
                    dt2s(action.created_at),
                ),
            ).lastrowid
            self._set_tags(action.id, action.tags)
        return action

    def update(self, action: Action) -> None:
        with self.db.transaction() as conn:
            cur = conn.execute(
                "UPDATE actions SET session_id = ?, title = ?, details = ?, due_date = ?, "
                "status = ?, outcome = ? WHERE id = ?",
                (
                    action.session_id,
                    action.title,
                    action.details,
                    d2s(action.due_date),
                    action.status.value,
                    action.outcome,
                    action.id,
                ),
            )
            self._require(cur.rowcount or None, "Action", action.id)
            self._set_tags(action.id, action.tags)

    def get(self, action_id: int) -> Action:
        row = self.db.query_one(f"SELECT {_COLUMNS} FROM actions a WHERE a.id = ?", (action_id,))
        return self._build([self._require(row, "Action", action_id)])[0]

    def open_due_dates(self) -> list[tuple[int, date | None]]:
        """(session id, due date) of every open action, without building the actions:
        the reminders count them after each save and each change of view."""
        rows = self.db.query(f"SELECT session_id, due_date FROM actions WHERE status IN {_OPEN}")
        return [(r[0], s2d(r[1])) for r in rows]

    def open_due_dates_by_group(self) -> list[tuple[int, date | None]]:
        """(group id, due date) of every open action, without building the actions or
        mapping every session to its group in Python (the reminders, at each unlock)."""
        rows = self.db.query(
            "SELECT s.group_id, a.due_date FROM actions a JOIN sessions s ON s.id = a.session_id "
            f"WHERE a.status IN {_OPEN}"
        )
        return [(r[0], s2d(r[1])) for r in rows]

    def get_many(self, ids) -> dict[int, Action]:
        """The actions of ``ids`` that exist, by id (in a few queries)."""
        rows = self._rows_for_ids(f"SELECT {_COLUMNS} FROM actions a WHERE a.id IN", ids)
        return {action.id: action for action in self._build(rows)}

    def list_by_session(self, session_id: int) -> list[Action]:
        return self._build(
            self.db.query(
                f"SELECT {_COLUMNS} FROM actions a WHERE a.session_id = ? "
                f"ORDER BY {written_order('actions', 'a')}, a.id",
                (session_id,),
            )
        )

    def list(
        self,
        *,
        group_id: int | None = None,
        status: ActionStatus | None = None,
        open_only: bool = False,
        due_by: date | None = None,
        dated_only: bool = False,
        undated_too: bool = False,
        group_ids: list[int] | None = None,
        limit: int | None = None,
    ) -> list[Action]:
        """Actions across sessions, by due date (undated last), filtered as asked; the
        first ``limit`` only when given (Home shows a dozen of hundreds). ``undated_too``:
        with ``due_by``, the actions with no due date as well (Préparer's « due by the
        next session »). ``group_ids``: of these groups only."""
        clause, params = self._filter(group_id, status, open_only, due_by, dated_only,
                                      undated_too, group_ids)
        tail = ""
        if limit is not None:
            tail = " LIMIT ?"
            params.append(max(limit, 0))
        return self._build(
            self.db.query(
                f"SELECT {_COLUMNS} FROM actions a JOIN sessions s ON s.id = a.session_id {clause} "
                f"ORDER BY a.due_date IS NULL, a.due_date, s.date, "
                f"{written_order('actions', 'a')}, a.id{tail}",
                params,
            )
        )

    def count(
        self,
        *,
        group_id: int | None = None,
        status: ActionStatus | None = None,
        open_only: bool = False,
        due_by: date | None = None,
        dated_only: bool = False,
        undated_too: bool = False,
        group_ids: list[int] | None = None,
    ) -> int:
        """How many actions ``list`` returns with these filters, without building them."""
        clause, params = self._filter(group_id, status, open_only, due_by, dated_only,
                                      undated_too, group_ids)
        return self.db.query_one(
            f"SELECT count(*) FROM actions a JOIN sessions s ON s.id = a.session_id {clause}",
            params,
        )[0]

    @staticmethod
    def _filter(group_id, status, open_only, due_by, dated_only,
                undated_too=False, group_ids=None) -> tuple[str, list]:
        where, params = [], []
        if group_id is not None:
            where.append("s.group_id = ?")
            params.append(group_id)
        if group_ids is not None:
            where.append(f"s.group_id IN ({','.join('?' * len(group_ids)) or 'NULL'})")
            params.extend(group_ids)
        if status is not None:
            where.append("a.status = ?")
            params.append(ActionStatus(status).value)
        if open_only:
            where.append(f"a.status IN {_OPEN}")
        if due_by is not None:
            where.append("(a.due_date IS NULL OR a.due_date <= ?)" if undated_too
                         else "a.due_date IS NOT NULL AND a.due_date <= ?")
            params.append(d2s(due_by))
        if dated_only:
            where.append("a.due_date IS NOT NULL")
        return (f"WHERE {' AND '.join(where)}" if where else ""), params

    def list_by_group(self, group_id: int) -> list[Action]:
        return self.list(group_id=group_id)

    def delete(self, action_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM actions WHERE id = ?", (action_id,))

    def review(self, review: ActionReview, *, outcome: str | None = None) -> Action:
        """Add a review note and apply its status/new date to the action, atomically."""
        with self.db.transaction():
            action = self.get(review.action_id)
            apply_review(action, review)
            if outcome is not None:
                action.outcome = outcome
            ActionReviewRepository(self.db).add(review)
            self.update(action)
        return action


class ActionReviewRepository(Repository):
    _COLUMNS = "id, action_id, date, note, status, new_due_date"

    @staticmethod
    def _build(rows) -> list[ActionReview]:
        return [
            ActionReview(
                id=r[0],
                action_id=r[1],
                date=s2d(r[2]),
                note=r[3],
                status=ActionStatus(r[4]) if r[4] else None,
                new_due_date=s2d(r[5]),
            )
            for r in rows
        ]

    def add(self, review: ActionReview) -> ActionReview:
        with self.db.transaction() as conn:
            review.id = conn.execute(
                "INSERT INTO action_reviews(action_id, date, note, status, new_due_date, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    review.action_id,
                    d2s(review.date),
                    review.note,
                    review.status.value if review.status else None,
                    d2s(review.new_due_date),
                    dt2s(now()),
                ),
            ).lastrowid
        return review

    def update(self, review: ActionReview) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE action_reviews SET date = ?, note = ?, status = ?, new_due_date = ? "
                "WHERE id = ?",
                (
                    d2s(review.date),
                    review.note,
                    review.status.value if review.status else None,
                    d2s(review.new_due_date),
                    review.id,
                ),
            )

    def get(self, review_id: int) -> ActionReview:
        row = self.db.query_one(
            f"SELECT {self._COLUMNS} FROM action_reviews WHERE id = ?", (review_id,)
        )
        return self._build([self._require(row, "Review", review_id)])[0]

    def list_by_action(self, action_id: int) -> list[ActionReview]:
        return self._build(
            self.db.query(
                f"SELECT {self._COLUMNS} FROM action_reviews WHERE action_id = ? "
                f"ORDER BY date, {written_order('action_reviews')}, id",
                (action_id,),
            )
        )

    def list_for_actions(self, action_ids: list[int]) -> dict[int, list[ActionReview]]:
        result: dict[int, list[ActionReview]] = {i: [] for i in action_ids}
        for start in range(0, len(action_ids), 500):
            chunk = action_ids[start : start + 500]
            rows = self.db.query(
                f"SELECT {self._COLUMNS} FROM action_reviews WHERE action_id IN "
                f"({','.join('?' * len(chunk))}) "
                f"ORDER BY date, {written_order('action_reviews')}, id",
                chunk,
            )
            for review in self._build(rows):
                result[review.action_id].append(review)
        return result

    def delete(self, review_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM action_reviews WHERE id = ?", (review_id,))
