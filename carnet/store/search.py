"""Full-text search over everything the person wrote, inside the encrypted file.

FTS5 with ``unicode61 remove_diacritics 2``: « delegation » and « délég »
both find « délégation ». Every word typed is a prefix; all must match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from carnet.domain import Role
from carnet.store.repos.base import Database
from carnet.store.repos.topics import TagRepository
from carnet.store.schema import SEARCH_KINDS
from carnet.store.sqlutil import d2s, s2d

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)
#: Initials as people write them: « M.-A. », « J.B. », « J. B. » — letters each with a
#: dot, the last one's optional (never « d'é », « l'a »: an apostrophe is not a dot).
_INITIALS = re.compile(r"(?<!\w)(?:[^\W\d_]\.[ \t-]*)+[^\W\d_](?!\w)\.?")


@dataclass(frozen=True)
class SearchFilters:
    group_ids: tuple[int, ...] | None = None
    kinds: tuple[str, ...] | None = None  # note, learning, …, session (its title), group
    roles: tuple[Role, ...] | None = None
    tag: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class SearchHit:
    kind: str
    ref_id: int
    session_id: int | None
    group_id: int | None
    session_date: date | None
    session_number: int | None
    step_id: str | None  # for step notes: which template step
    snippet: str  # match wrapped in HIGHLIGHT_START/END; the UI escapes and styles it
    rank: float = field(default=0.0, compare=False)


def build_match(query: str) -> str | None:
    """Turn what the person typed into a safe FTS5 expression (no syntax leaks).

    Each word is a prefix. Initials (« M.-A. », « J.B. ») are those letters side by side,
    in that order, each a whole word: the letters as prefixes anywhere found every text
    holding a word in M and one in A (« mois », « mon N+1 a décidé… »), the one that
    names M.-A. lost among them (fresh8's G6)."""
    phrases = [" ".join(_WORD.findall(found.group(0)))
               for found in _INITIALS.finditer(query)]
    words = _WORD.findall(_INITIALS.sub(" ", query))
    if phrases or any(len(w) > 1 for w in words):
        # A lone letter ("charge d", "réunion d'é") makes FTS5 walk every word
        # starting with it: ~50 ms on a 10-year journal, for little meaning.
        words = [w for w in words if len(w) > 1]
    if not words and not phrases:
        return None
    terms = [f'"{phrase}"' for phrase in phrases] + [f'"{w}"*' for w in words]
    return " ".join(terms[:16])


def _where(db: Database, match: str, filters: SearchFilters) -> tuple[list[str], list]:
    """The WHERE clauses (and their parameters) of a query and its filters."""
    where = ["search_index MATCH ?"]
    params: list = [match]
    if filters.kinds:
        where.append(f"i.kind IN ({','.join('?' * len(filters.kinds))})")
        params.extend(filters.kinds)
    if filters.group_ids is not None:
        marks = ",".join("?" * len(filters.group_ids)) or "NULL"
        where.append(f"coalesce(s.group_id, t.group_id, o.group_id, g.id) IN ({marks})")
        params.extend(filters.group_ids)
    if filters.roles:
        where.append(f"s.role IN ({','.join('?' * len(filters.roles))})")
        params.extend(Role(r).value for r in filters.roles)
    if filters.start is not None:
        where.append("s.date >= ?")
        params.append(d2s(filters.start))
    if filters.end is not None:
        where.append("s.date <= ?")
        params.append(d2s(filters.end))
    if filters.tag:
        # every spelling of the theme (case and accents aside), as the Themes view files it
        spellings = TagRepository(db).spellings(filters.tag) or [filters.tag]
        where.append(
            f"(EXISTS (SELECT 1 FROM tags g WHERE g.tag IN ({','.join('?' * len(spellings))}) "
            "AND ((g.kind = i.kind AND g.ref_id = i.ref_id) OR "
            "(g.kind = 'session' AND g.ref_id = i.session_id))))"
        )
        params.extend(spellings)
    return where, params


_FROM = """
        FROM search_index i
        LEFT JOIN sessions s ON s.id = i.session_id
        LEFT JOIN step_notes n ON i.kind = 'note' AND n.id = i.ref_id
        LEFT JOIN topics t ON i.kind = 'topic' AND t.id = i.ref_id
        LEFT JOIN objectives o ON i.kind = 'objective' AND o.id = i.ref_id
        LEFT JOIN groups g ON i.kind = 'group' AND g.id = i.ref_id
"""


def _rowid(hit: SearchHit) -> int:
    """The index row of ``hit`` (see ``schema``: id × 16 + the kind's code)."""
    return hit.ref_id * 16 + SEARCH_KINDS[hit.kind]


def search(db: Database, query: str, filters: SearchFilters | None = None, limit: int = 100,
           after: SearchHit | None = None) -> list[SearchHit]:
    """Most recent first (rowids grow with time), so the cost stays flat while
    typing: ranking every match of a one-letter prefix by bm25 took ~20 ms on a
    10-year journal. An empty or symbol-only query finds nothing.

    ``after``: the hits that come after this one (the next page of a list shown a
    page at a time): keyed on the index row, so a page never repeats nor skips a hit
    when the journal changes between two pages."""
    match = build_match(query)
    if match is None:
        return []
    where, params = _where(db, match, filters or SearchFilters())
    if after is not None:
        where.append("i.rowid < ?")
        params.append(_rowid(after))
    sql = f"""
        SELECT i.kind, i.ref_id, i.session_id,
               coalesce(s.group_id, t.group_id, o.group_id, g.id), s.date, s.number, n.step_id,
               snippet(search_index, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 12),
               0.0 AS score
        {_FROM}
        WHERE {" AND ".join(where)}
        ORDER BY i.rowid DESC
        LIMIT ?
    """
    params.append(int(limit))
    rows = db.query(sql, params)
    return [
        SearchHit(
            kind=r[0],
            ref_id=r[1],
            session_id=r[2],
            group_id=r[3],
            session_date=s2d(r[4]),
            session_number=r[5],
            step_id=r[6],
            snippet=r[7],
            rank=r[8],
        )
        for r in rows
    ]


def count(db: Database, query: str, filters: SearchFilters | None = None,
          limit: int = 100) -> int:
    """How many hits :func:`search` finds, counted up to ``limit``: no snippet made,
    no text read when no filter needs it (a list shows its first page at once and
    says the true total)."""
    match = build_match(query)
    if match is None:
        return 0
    where, params = _where(db, match, filters or SearchFilters())
    sql = f"SELECT count(*) FROM (SELECT 1 {_FROM} WHERE {' AND '.join(where)} LIMIT ?)"
    params.append(int(limit))
    return db.query_one(sql, params)[0]
