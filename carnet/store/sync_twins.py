"""Planned sessions made twice by two devices (fresh7's F26).

Raising a group's « Séances prévues » plans the new meetings on the device where it
is done (carnet/services/groups.py → carnet/domain/schedule.py); done on two devices
before they sync, each plans « session 4 » under its own uuid, and the merge keeps
both: the same meeting twice, the person's notes liable to be split between them.

After each sync this device removes the **blank** twins: sessions of one group with
the same number and date as another, planned, holding nothing the person wrote or
chose (no title, theme, note text, learning, feeling, key word, action, rating,
document, topic brought to it; the role of the session kept). A twin holding
anything is never removed, whatever it takes to keep it (two twins with words both
stay). Of twins all blank, the one of the smallest uuid stays — the same on every
device, so two devices never remove one each and lose the meeting. A removal is an
ordinary deletion, captured and sent: a device that wrote in that twin meanwhile
keeps it (a deletion that had not seen an edit loses to it).
"""

from __future__ import annotations

from collections import defaultdict

import sqlcipher3

#: A session holds something when one of these finds a row for it.
_HOLDS = (
    "SELECT 1 FROM step_notes WHERE session_id = :id AND trim(text) != ''",
    "SELECT 1 FROM learnings WHERE session_id = :id",
    "SELECT 1 FROM feelings WHERE session_id = :id",
    "SELECT 1 FROM keywords WHERE session_id = :id",
    "SELECT 1 FROM actions WHERE session_id = :id",
    "SELECT 1 FROM assessments WHERE session_id = :id",
    "SELECT 1 FROM attachments WHERE session_id = :id",
    "SELECT 1 FROM topics WHERE session_id = :id",
    "SELECT 1 FROM tags WHERE kind = 'session' AND ref_id = :id",
)


def _blank(conn: sqlcipher3.Connection, session_id: int, status: str, title: str) -> bool:
    if status != "planned" or title.strip():
        return False
    return not any(conn.execute(sql, {"id": session_id}).fetchone() for sql in _HOLDS)


def blank_twins(conn: sqlcipher3.Connection) -> list[int]:
    """Row ids of the sessions to remove: blank twins of a session that stays."""
    rows = conn.execute(
        "SELECT s.id, s.group_id, s.number, s.date, s.status, s.role, s.title, m.uuid "
        "FROM sessions s LEFT JOIN sync_ids m ON m.tbl = 'sessions' AND m.rid = s.id "
        "WHERE EXISTS (SELECT 1 FROM sessions o WHERE o.group_id = s.group_id "
        "AND o.number = s.number AND o.date = s.date AND o.id != s.id)"
    ).fetchall()
    twins: dict[tuple, list[tuple]] = defaultdict(list)
    for row in rows:
        twins[(row[1], row[2], row[3])].append(row)
    removed: list[int] = []
    for group in twins.values():
        if any(row[7] is None for row in group):
            continue  # a session not captured yet: its uuid is not known (next sync)
        blank = {row[0]: _blank(conn, row[0], row[4], row[6]) for row in group}
        kept = [row for row in group if not blank[row[0]]]
        if not kept:
            kept = [min(group, key=lambda row: row[7])]
        roles = {row[5] for row in kept}
        removed += [row[0] for row in group
                    if blank[row[0]] and row not in kept and row[5] in roles]
    return removed
