"""Small helpers shared by the store modules."""

from __future__ import annotations

import json
from datetime import date, datetime

import sqlcipher3


def split_script(script: str) -> list[str]:
    """Split a SQL script into complete statements (triggers keep their bodies)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def quote_literal(text: str) -> str:
    """A SQL string literal: pragmas take no bound parameters, so quote by hand."""
    if "\x00" in text:
        raise ValueError("NUL character not allowed")
    return "'" + text.replace("'", "''") + "'"


def d2s(value: date | None) -> str | None:
    return value.isoformat() if value else None


def s2d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def dt2s(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def s2dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def to_json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def from_json(text: str | None, default):
    if not text:
        return default
    return json.loads(text)
