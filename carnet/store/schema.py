"""The journal's schema as numbered migrations (``PRAGMA user_version``).

Migration N brings a journal from version N-1 to N. They run in one
transaction at open; never edit a released migration, add a new one.

The full-text index ``search_index`` lives inside the encrypted file and is
kept in step by triggers, so no code path can forget it. Its rowid encodes
the source row (``id * 16 + kind``) so updates and deletes touch one row.
"""

from __future__ import annotations

#: kind codes of the search index (rowid = id * 16 + code)
SEARCH_KINDS: dict[str, int] = {
    "note": 1,
    "learning": 2,
    "feeling": 3,
    "action": 4,
    "review": 5,
    "topic": 6,
    "keyword": 7,
    "objective": 8,
    "assessment": 9,
    "attachment": 10,
}


def _index_triggers(table: str, kind: str, body_sql: str, session_sql: str) -> str:
    code = SEARCH_KINDS[kind]
    rowid = f"NEW.id * 16 + {code}"
    old_rowid = f"OLD.id * 16 + {code}"
    insert = (
        f"INSERT INTO search_index(rowid, body, kind, ref_id, session_id) "
        f"VALUES ({rowid}, {body_sql}, '{kind}', NEW.id, {session_sql});"
    )
    return f"""
CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
  {insert}
END;
CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN
  DELETE FROM search_index WHERE rowid = {old_rowid};
  {insert}
END;
CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
  DELETE FROM search_index WHERE rowid = {old_rowid};
  DELETE FROM tags WHERE kind = '{kind}' AND ref_id = OLD.id;
END;
"""


_V1 = (
    """
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE groups (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  template_id TEXT NOT NULL,
  facilitator TEXT NOT NULL DEFAULT '',
  cadence TEXT NOT NULL DEFAULT '1 month',
  planned_sessions INTEGER NOT NULL DEFAULT 10,
  start_date TEXT,
  place TEXT NOT NULL DEFAULT '',
  ground_rules TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  pseudonym TEXT NOT NULL,
  masked_names TEXT NOT NULL DEFAULT '[]',
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX members_group ON members(group_id);

CREATE TABLE objectives (
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX objectives_group ON objectives(group_id);

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number >= 1),
  date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'missed')),
  role TEXT NOT NULL CHECK (role IN ('client', 'consultant', 'participant', 'facilitator')),
  title TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_group_date ON sessions(group_id, date);
CREATE INDEX sessions_date ON sessions(date);

CREATE TABLE step_notes (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  step_id TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  UNIQUE (session_id, step_id)
);

CREATE TABLE learnings (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  starred INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX learnings_session ON learnings(session_id);

CREATE TABLE feelings (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
  emotion TEXT NOT NULL,
  intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 5),
  text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX feelings_session ON feelings(session_id);

CREATE TABLE keywords (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL UNIQUE REFERENCES sessions(id) ON DELETE CASCADE,
  word TEXT NOT NULL
);

CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  status TEXT NOT NULL
    CHECK (status IN ('todo', 'in_progress', 'done', 'dropped', 'postponed')),
  outcome TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX actions_session ON actions(session_id);
CREATE INDEX actions_status_due ON actions(status, due_date);

CREATE TABLE action_reviews (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  status TEXT,
  new_due_date TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX action_reviews_action ON action_reviews(action_id);

CREATE TABLE assessments (
  id INTEGER PRIMARY KEY,
  objective_id INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment TEXT NOT NULL DEFAULT '',
  UNIQUE (objective_id, session_id)
);
CREATE INDEX assessments_session ON assessments(session_id);

CREATE TABLE topics (
  id INTEGER PRIMARY KEY,
  group_id INTEGER REFERENCES groups(id) ON DELETE SET NULL,
  session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  draft TEXT NOT NULL DEFAULT '',
  priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
  status TEXT NOT NULL CHECK (status IN ('open', 'scheduled', 'treated', 'abandoned')),
  created_at TEXT NOT NULL
);

-- Tags of sessions (themes), learnings, actions and topics.
CREATE TABLE tags (
  kind TEXT NOT NULL,
  ref_id INTEGER NOT NULL,
  tag TEXT NOT NULL COLLATE NOCASE,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (kind, ref_id, tag)
) WITHOUT ROWID;
CREATE INDEX tags_tag ON tags(tag COLLATE NOCASE);

CREATE VIRTUAL TABLE search_index USING fts5(
  body, kind UNINDEXED, ref_id UNINDEXED, session_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER sessions_ad_tags AFTER DELETE ON sessions BEGIN
  DELETE FROM tags WHERE kind = 'session' AND ref_id = OLD.id;
END;
"""
    + _index_triggers("step_notes", "note", "NEW.text", "NEW.session_id")
    + _index_triggers("learnings", "learning", "NEW.text", "NEW.session_id")
    + _index_triggers("feelings", "feeling", "NEW.text", "NEW.session_id")
    + _index_triggers(
        "actions",
        "action",
        "NEW.title || char(10) || NEW.details || char(10) || NEW.outcome",
        "NEW.session_id",
    )
    + _index_triggers(
        "action_reviews",
        "review",
        "NEW.note",
        "(SELECT session_id FROM actions WHERE id = NEW.action_id)",
    )
    + _index_triggers("topics", "topic", "NEW.title || char(10) || NEW.draft", "NEW.session_id")
    + _index_triggers("keywords", "keyword", "NEW.word", "NEW.session_id")
    + _index_triggers("objectives", "objective", "NEW.title || char(10) || NEW.description", "NULL")
    + _index_triggers("assessments", "assessment", "NEW.comment", "NEW.session_id")
)

# Photos and documents (issue 16): the description apart from the bytes, so that
# listing a session's documents never reads (nor decrypts) the files themselves.
_V2 = (
    """
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  step_id TEXT,
  caption TEXT NOT NULL DEFAULT '',
  filename TEXT NOT NULL DEFAULT '',
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'application/pdf')),
  width INTEGER,
  height INTEGER,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX attachments_session ON attachments(session_id, position);
CREATE INDEX attachments_sha ON attachments(sha256);

CREATE TABLE attachment_data (
  attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
  data BLOB NOT NULL
);
"""
    + _index_triggers("attachments", "attachment", "NEW.caption", "NEW.session_id")
)

#: MIGRATIONS[i] brings the journal to version i + 1.
MIGRATIONS: tuple[str, ...] = (_V1, _V2)

SCHEMA_VERSION = len(MIGRATIONS)


# -- v3: sync (issue 15) ------------------------------------------------------------
# Every row of a synced table gets a uuid (sync_ids); every change is captured
# by triggers as a dirty mark (sync_dirty) that the sync code turns into field
# states (sync_state) later; triggers skip the writes of an apply, which sets a
# row in sync_applying inside its own transaction. Frozen here as written on
# the day: the sync code's table catalogue is carnet/store/sync_tables.py.

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM sync_applying)"
_RANDOM_UUID = "lower(hex(randomblob(16)))"

#: (table, uuid expression of a NEW row) in parent-first order.
_V3_TABLES: tuple[tuple[str, str], ...] = (
    ("groups", _RANDOM_UUID),
    ("members", _RANDOM_UUID),
    ("objectives", _RANDOM_UUID),
    ("sessions", _RANDOM_UUID),
    (
        "step_notes",
        "coalesce((SELECT uuid FROM sync_ids WHERE tbl = 'sessions' AND rid = NEW.session_id)"
        f" || '/note/' || NEW.step_id, {_RANDOM_UUID})",
    ),
    ("learnings", _RANDOM_UUID),
    ("feelings", _RANDOM_UUID),
    (
        "keywords",
        "coalesce((SELECT uuid FROM sync_ids WHERE tbl = 'sessions' AND rid = NEW.session_id)"
        f" || '/keyword', {_RANDOM_UUID})",
    ),
    ("actions", _RANDOM_UUID),
    ("action_reviews", _RANDOM_UUID),
    (
        "assessments",
        "coalesce((SELECT uuid FROM sync_ids WHERE tbl = 'objectives' AND rid = NEW.objective_id)"
        " || '/' || (SELECT uuid FROM sync_ids WHERE tbl = 'sessions' AND rid = NEW.session_id),"
        f" {_RANDOM_UUID})",
    ),
    ("topics", _RANDOM_UUID),
    ("attachments", _RANDOM_UUID),
)

#: tags.kind → the table of the record that owns the tag.
_V3_TAG_OWNERS: dict[str, str] = {
    "session": "sessions",
    "learning": "learnings",
    "action": "actions",
    "topic": "topics",
    "attachment": "attachments",
}


def _mark_dirty(table: str, rid: str) -> str:
    return (
        f"INSERT INTO sync_dirty(uuid, tbl, rid, at) SELECT uuid, '{table}', {rid}, {_NOW_MS} "
        f"FROM sync_ids WHERE tbl = '{table}' AND rid = {rid} "
        "ON CONFLICT(uuid) DO UPDATE SET rid = excluded.rid, at = excluded.at;"
    )


def _sync_triggers(table: str, uuid_sql: str) -> str:
    return f"""
CREATE TRIGGER {table}_sync_ai AFTER INSERT ON {table} WHEN {_NOT_APPLYING} BEGIN
  INSERT OR REPLACE INTO sync_ids(tbl, rid, uuid) VALUES ('{table}', NEW.id, {uuid_sql});
  {_mark_dirty(table, "NEW.id")}
END;
CREATE TRIGGER {table}_sync_au AFTER UPDATE ON {table} WHEN {_NOT_APPLYING} BEGIN
  {_mark_dirty(table, "NEW.id")}
END;
CREATE TRIGGER {table}_sync_ad AFTER DELETE ON {table} BEGIN
  {_mark_dirty(table, "OLD.id")[:-1].replace("ON CONFLICT", f"AND {_NOT_APPLYING} ON CONFLICT")};
  DELETE FROM sync_ids WHERE tbl = '{table}' AND rid = OLD.id;
END;
"""


def _tag_triggers() -> str:
    owner = "CASE {row}.kind " + " ".join(
        f"WHEN '{kind}' THEN '{table}'" for kind, table in _V3_TAG_OWNERS.items()
    ) + " END"
    out = ""
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        tbl = owner.format(row=row)
        out += f"""
CREATE TRIGGER tags_sync_{event[0].lower()} AFTER {event} ON tags WHEN {_NOT_APPLYING} BEGIN
  INSERT INTO sync_dirty(uuid, tbl, rid, at) SELECT uuid, tbl, rid, {_NOW_MS}
  FROM sync_ids WHERE tbl = {tbl} AND rid = {row}.ref_id
  ON CONFLICT(uuid) DO UPDATE SET at = excluded.at;
END;
"""
    return out


def _attachment_data_triggers() -> str:
    out = ""
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        out += f"""
CREATE TRIGGER attachment_data_sync_{event[0].lower()} AFTER {event} ON attachment_data
WHEN {_NOT_APPLYING} BEGIN
  {_mark_dirty("attachments", f"{row}.attachment_id")}
END;
"""
    return out


_V3 = (
    f"""
-- The uuid of every row of a synced table (a delete trigger drops the mapping:
-- rowids are reused, a stale mapping would give a new row an old identity).
CREATE TABLE sync_ids (
  tbl TEXT NOT NULL,
  rid INTEGER NOT NULL,
  uuid TEXT NOT NULL UNIQUE,
  PRIMARY KEY (tbl, rid)
) WITHOUT ROWID;

-- Present (one row) only inside an apply's transaction: change capture off.
CREATE TABLE sync_applying (flag INTEGER NOT NULL);

-- Rows written (or deleted) here since the last capture.
CREATE TABLE sync_dirty (
  uuid TEXT PRIMARY KEY,
  tbl TEXT NOT NULL,
  rid INTEGER NOT NULL,
  at INTEGER NOT NULL
) WITHOUT ROWID;

-- Each record's sync state (JSON of RecordState), tombstones included, and its
-- liveness (kept_self, kept, alive: see carnet/domain/sync.py).
CREATE TABLE sync_state (
  uuid TEXT PRIMARY KEY,
  tbl TEXT NOT NULL,
  state TEXT NOT NULL,
  kept_self INTEGER NOT NULL DEFAULT 1,
  kept INTEGER NOT NULL DEFAULT 1,
  alive INTEGER NOT NULL DEFAULT 1
);

-- parent → child (ref = 0) and referenced → referring (ref = 1, a topic's session).
CREATE TABLE sync_edges (
  parent TEXT NOT NULL,
  child TEXT NOT NULL,
  ref INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (parent, child, ref)
) WITHOUT ROWID;
CREATE INDEX sync_edges_child ON sync_edges(child);

-- Records captured with this device's next bundle number, not yet frozen.
CREATE TABLE sync_out (uuid TEXT PRIMARY KEY) WITHOUT ROWID;

-- Frozen bundles not yet written to the folder (JSON of FrozenBundle).
CREATE TABLE sync_outbox (
  seq INTEGER PRIMARY KEY,
  stamp TEXT NOT NULL,
  payload TEXT NOT NULL
);

-- Bundles applied here (this device's own included).
CREATE TABLE sync_applied (
  device TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (device, seq)
) WITHOUT ROWID;

-- Bytes of an attachment's concurrent versions not in attachment_data.
CREATE TABLE sync_blobs (
  sha256 TEXT PRIMARY KEY,
  data BLOB NOT NULL
);

-- Device-local sync settings (journal id, device id, clock, folder, key…).
CREATE TABLE sync_settings (
  key TEXT PRIMARY KEY,
  value
);
INSERT INTO sync_settings(key, value) VALUES
  ('journal_id', {_RANDOM_UUID}),
  ('device_id', {_RANDOM_UUID}),
  ('next_seq', 1);
"""
    + "".join(
        f"INSERT INTO sync_ids(tbl, rid, uuid) SELECT '{table}', id, "
        f"{uuid_sql.replace('NEW.', f'{table}.')} FROM {table};\n"
        for table, uuid_sql in _V3_TABLES
    )
    + f"INSERT INTO sync_dirty(uuid, tbl, rid, at) SELECT uuid, tbl, rid, {_NOW_MS} "
    "FROM sync_ids;\n"
    + "".join(_sync_triggers(table, uuid_sql) for table, uuid_sql in _V3_TABLES)
    + _tag_triggers()
    + _attachment_data_triggers()
)

#: MIGRATIONS[i] brings the journal to version i + 1.
MIGRATIONS = (*MIGRATIONS, _V3)

SCHEMA_VERSION = len(MIGRATIONS)


# -- v4: the order things were written in travels (issue 15) -------------------------
# A record's creation stamp (its first capture's clock stamp, the same on every
# device: the ``_born`` pseudo-field of its sync state). The lists a session shows
# are ordered by it, so a device that joined, or received the rows in another
# order, lists them as they were written. NULL: not captured yet (a row just
# written here: listed last, by row id, as it will be once captured). Every row is
# marked for capture once, so the stamps of rows written before this version are
# given and sent (carnet/store/sync_capture.py).
_V4 = f"""
ALTER TABLE sync_ids ADD COLUMN born TEXT;
CREATE INDEX sync_ids_unborn ON sync_ids(tbl, rid) WHERE born IS NULL;
INSERT INTO sync_dirty(uuid, tbl, rid, at) SELECT uuid, tbl, rid, {_NOW_MS} FROM sync_ids
  WHERE true ON CONFLICT(uuid) DO NOTHING;
"""

MIGRATIONS = (*MIGRATIONS, _V4)

SCHEMA_VERSION = len(MIGRATIONS)


# -- v5: the search leaves out the heading of a version a sync kept (fresh7's F23) -------
# A long text edited on two devices keeps every version in its stored bytes, each after
# the line « **Version de l'autre appareil** (other device's version) · <UTC stamp> »
# (domain/sync.join_versions). Indexed as it was, « appareil », « device », « version »
# or a digit of the stamp found every such text, and its snippet showed the line raw.
# The index now takes each long text without those lines (a recursive walk over the
# headings, in SQL so that any tool writing the file keeps the index right); the rows
# already indexed with them are indexed again. Frozen as written on the day.

#: What a version's block starts with, after the blank line that ends the text before
#: it: the rule, then the heading and its separator (its UTC stamp follows).
_V5_HEADING = "---\n**Version de l'autre appareil** (other device's version) · "
_V5_STAMP = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]Z"


def _without_version_headings(text_sql: str) -> str:
    """SQL of ``text_sql`` without the heading line of each version kept in it (the
    rule, the heading and, when it is one, its stamp: a heading typed by hand with no
    date loses its words, never the person's). Texts without one are taken as they
    are, at the cost of one instr()."""
    heading = "(" + " || char(10) || ".join(
        "'" + part.replace("'", "''") + "'" for part in _V5_HEADING.split("\n")) + ")"
    at = f"instr(rest, {heading})"
    after = f"{at} + {len(_V5_HEADING)}"
    return (
        f"CASE WHEN instr({text_sql}, {heading}) = 0 THEN {text_sql} ELSE ("
        f"WITH RECURSIVE part(rest, body) AS (SELECT {text_sql}, '' UNION ALL "
        f"SELECT CASE WHEN {at} = 0 THEN NULL ELSE substr(rest, {after} + CASE WHEN "
        f"substr(rest, {after}, 17) GLOB '{_V5_STAMP}' THEN 17 ELSE 0 END) END, "
        f"body || CASE WHEN {at} = 0 THEN rest ELSE substr(rest, 1, {at} - 1) END "
        f"FROM part WHERE rest IS NOT NULL) "
        f"SELECT body FROM part WHERE rest IS NULL) END"
    )


#: (table, kind, body, session) of each indexed table holding a long text (as in v1).
_V5_INDEXED: tuple[tuple[str, str, str, str], ...] = (
    ("step_notes", "note", "NEW.text", "NEW.session_id"),
    ("learnings", "learning", "NEW.text", "NEW.session_id"),
    ("feelings", "feeling", "NEW.text", "NEW.session_id"),
    ("actions", "action", "NEW.title || char(10) || NEW.details || char(10) || NEW.outcome",
     "NEW.session_id"),
    ("action_reviews", "review", "NEW.note",
     "(SELECT session_id FROM actions WHERE id = NEW.action_id)"),
    ("topics", "topic", "NEW.title || char(10) || NEW.draft", "NEW.session_id"),
    ("objectives", "objective", "NEW.title || char(10) || NEW.description", "NULL"),
    ("assessments", "assessment", "NEW.comment", "NEW.session_id"),
)


def _v5_table(table: str, kind: str, body: str, session: str) -> str:
    code = SEARCH_KINDS[kind]
    row = lambda sql: sql.replace("NEW.", f"{table}.")  # noqa: E731 - the table's own row
    holding = f"instr({row(body)}, char(10) || '**Version de l''autre appareil**') > 0"
    return (
        f"DROP TRIGGER {table}_ai;\nDROP TRIGGER {table}_au;\nDROP TRIGGER {table}_ad;\n"
        + _index_triggers(table, kind, _without_version_headings(body), session)
        + f"DELETE FROM search_index WHERE rowid IN "
        f"(SELECT id * 16 + {code} FROM {table} WHERE {holding});\n"
        f"INSERT INTO search_index(rowid, body, kind, ref_id, session_id) "
        f"SELECT id * 16 + {code}, {row(_without_version_headings(body))}, '{kind}', id, "
        f"{row(session)} FROM {table} WHERE {holding};\n"
    )


_V5 = "".join(_v5_table(*indexed) for indexed in _V5_INDEXED)

MIGRATIONS = (*MIGRATIONS, _V5)

SCHEMA_VERSION = len(MIGRATIONS)


# -- v6: a session's title and a group's texts are found by the search (fresh8's G7) -----
# The title is the line that names a session's case (« Le cas de J.B. : une équipe qui
# décroche »), the Timeline lists sessions by it; a group's name, place, facilitator,
# ground rules and notes are the person's words too. None was indexed: the search never
# found them. Index rows of two new kinds, kept by triggers like the others (an update
# re-indexes only when one of those columns changes: moving a plan's dates touches many
# sessions), filled once for the rows already there. Frozen as written on the day.
SEARCH_KINDS.update({"session": 11, "group": 12})

_V6_INDEXED: tuple[tuple[str, str, str, str, str], ...] = (
    ("sessions", "session", "title", "NEW.title", "NEW.id"),
    ("groups", "group", "name, place, facilitator, ground_rules, notes",
     _without_version_headings(
         "NEW.name || char(10) || NEW.place || char(10) || NEW.facilitator || char(10) || "
         "NEW.ground_rules || char(10) || NEW.notes"), "NULL"),
)


def _v6_table(table: str, kind: str, columns: str, body: str, session: str) -> str:
    code = SEARCH_KINDS[kind]
    insert = (
        f"INSERT INTO search_index(rowid, body, kind, ref_id, session_id) "
        f"VALUES (NEW.id * 16 + {code}, {body}, '{kind}', NEW.id, {session});"
    )
    row = body.replace("NEW.", f"{table}.")
    return f"""
CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
  {insert}
END;
CREATE TRIGGER {table}_au AFTER UPDATE OF {columns} ON {table} BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + {code};
  {insert}
END;
CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + {code};
END;
INSERT INTO search_index(rowid, body, kind, ref_id, session_id)
  SELECT id * 16 + {code}, {row}, '{kind}', id, {session.replace("NEW.", f"{table}.")}
  FROM {table};
"""


_V6 = "".join(_v6_table(*indexed) for indexed in _V6_INDEXED)

MIGRATIONS = (*MIGRATIONS, _V6)

SCHEMA_VERSION = len(MIGRATIONS)
