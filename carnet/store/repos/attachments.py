"""Photos and documents of a session, as BLOBs inside the encrypted journal.

The description (caption, kind, size, hash) and the bytes live in two tables:
listing a session's documents, opening the journal or searching captions never
reads the bytes; :meth:`AttachmentRepository.data` does, for one file, when it
is shown. Nothing here ever writes a file: the bytes leave the journal only
through a copy the person saves (see the interface).
"""

from __future__ import annotations

import hashlib

from carnet.domain.attachment import Attachment
from carnet.store.repos.base import Repository, written_order
from carnet.store.sqlutil import dt2s, now, s2dt

_COLUMNS = (
    "id, session_id, step_id, caption, filename, mime, width, height, size, sha256, "
    "position, created_at"
)


def _build(rows) -> list[Attachment]:
    return [
        Attachment(
            id=r[0],
            session_id=r[1],
            step_id=r[2],
            caption=r[3],
            filename=r[4],
            mime=r[5],
            width=r[6],
            height=r[7],
            size=r[8],
            sha256=r[9],
            position=r[10],
            created_at=s2dt(r[11]),
        )
        for r in rows
    ]


class AttachmentRepository(Repository):
    tag_kind = "attachment"

    def add(self, attachment: Attachment, data: bytes) -> Attachment:
        """Store ``data`` (already checked and re-encoded) with its description.

        ``attachment.id`` is kept when set and still free (an undone delete
        comes back under its old id); size and hash always come from ``data``.
        """
        attachment.size = len(data)
        attachment.sha256 = hashlib.sha256(data).hexdigest()
        Attachment.__post_init__(attachment)
        attachment.created_at = attachment.created_at or now()
        with self.db.transaction() as conn:
            if attachment.id is not None and conn.execute(
                "SELECT 1 FROM attachments WHERE id = ?", (attachment.id,)
            ).fetchone():
                attachment.id = None
            if not attachment.position:
                attachment.position = conn.execute(
                    "SELECT coalesce(max(position), 0) + 1 FROM attachments WHERE session_id = ?",
                    (attachment.session_id,),
                ).fetchone()[0]
            attachment.id = conn.execute(
                "INSERT INTO attachments(id, session_id, step_id, caption, filename, mime, width, "
                "height, size, sha256, position, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    attachment.id,
                    attachment.session_id,
                    attachment.step_id,
                    attachment.caption,
                    attachment.filename,
                    attachment.mime,
                    attachment.width,
                    attachment.height,
                    attachment.size,
                    attachment.sha256,
                    attachment.position,
                    dt2s(attachment.created_at),
                ),
            ).lastrowid
            conn.execute(
                "INSERT INTO attachment_data(attachment_id, data) VALUES (?, ?)",
                (attachment.id, bytes(data)),
            )
        return attachment

    def get(self, attachment_id: int) -> Attachment:
        row = self.db.query_one(
            f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", (attachment_id,)
        )
        return _build([self._require(row, "Attachment", attachment_id)])[0]

    def data(self, attachment_id: int) -> bytes:
        """The file's bytes (decrypted in memory only)."""
        row = self.db.query_one(
            "SELECT data FROM attachment_data WHERE attachment_id = ?", (attachment_id,)
        )
        return bytes(self._require(row, "Attachment", attachment_id)[0])

    def list_by_session(self, session_id: int) -> list[Attachment]:
        """The session's files in their order (descriptions only, never the bytes)."""
        return _build(
            self.db.query(
                f"SELECT {_COLUMNS} FROM attachments WHERE session_id = ? "
                f"ORDER BY position, {written_order('attachments')}, id",
                (session_id,),
            )
        )

    def list_by_group(self, group_id: int) -> list[Attachment]:
        return _build(
            self.db.query(
                f"SELECT {', '.join('a.' + c for c in _COLUMNS.split(', '))} FROM attachments a "
                "JOIN sessions s ON s.id = a.session_id WHERE s.group_id = ? "
                f"ORDER BY s.date, s.number, a.position, {written_order('attachments', 'a')}, a.id",
                (group_id,),
            )
        )

    def count_by_session(self, session_ids: list[int]) -> dict[int, int]:
        result = dict.fromkeys(session_ids, 0)
        for start in range(0, len(session_ids), 500):
            chunk = session_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for sid, n in self.db.query(
                f"SELECT session_id, count(*) FROM attachments WHERE session_id IN ({marks}) "
                "GROUP BY session_id",
                chunk,
            ):
                result[sid] = n
        return result

    def find(self, session_id: int, sha256: str) -> Attachment | None:
        """The session's file with these exact bytes, if any (imports add no duplicate)."""
        rows = self.db.query(
            f"SELECT {_COLUMNS} FROM attachments WHERE session_id = ? AND sha256 = ? "
            "ORDER BY id LIMIT 1",
            (session_id, sha256),
        )
        return _build(rows)[0] if rows else None

    def set_caption(self, attachment_id: int, caption: str) -> None:
        attachment = self.get(attachment_id)
        attachment.caption = caption
        Attachment.__post_init__(attachment)
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE attachments SET caption = ? WHERE id = ?", (caption, attachment_id)
            )

    def replace_data(self, attachment_id: int, data: bytes, width: int | None,
                     height: int | None) -> None:
        """New bytes for the same attachment (a photo turned upright)."""
        attachment = self.get(attachment_id)
        attachment.size = len(data)
        Attachment.__post_init__(attachment)
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE attachments SET size = ?, sha256 = ?, width = ?, height = ? WHERE id = ?",
                (len(data), hashlib.sha256(data).hexdigest(), width, height, attachment_id),
            )
            conn.execute(
                "UPDATE attachment_data SET data = ? WHERE attachment_id = ?",
                (bytes(data), attachment_id),
            )

    def delete(self, attachment_id: int) -> None:
        """Remove the file and its description (the pages are overwritten: secure_delete)."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM attachment_data WHERE attachment_id = ?", (attachment_id,))
            conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
