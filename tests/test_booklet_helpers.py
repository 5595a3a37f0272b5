"""Helpers shared by the booklet tests (no tests here): reading PDFs back with
poppler, and small real journals."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from carnet.domain import Group, Member, Objective, Session, SessionStatus

_INVISIBLE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def require_poppler() -> None:
    for tool in ("pdftotext", "pdfinfo", "pdffonts"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} (poppler-utils) is not installed; `make test` installs it")


def run(*argv: str) -> str:
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout


def pdftotext(path: Path, first: int | None = None, last: int | None = None,
              layout: bool = False) -> str:
    argv = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        argv += ["-f", str(first)]
    if last is not None:
        argv += ["-l", str(last)]
    if layout:
        argv.append("-layout")
    return run(*argv, str(path), "-")


def page_count(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(path)), re.M).group(1))


def fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type, emb, sub, uni per font."""
    lines = run("pdffonts", str(path)).splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type[ type] encoding emb sub uni object ID: read from the right
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def norm(text: str) -> str:
    """Text as a reader sees it: no direction marks, any space is one space."""
    text = _INVISIBLE.sub("", text).replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.split())


def squash(text: str) -> str:
    """Text with every space and line break removed (for words split across lines)."""
    return "".join(_INVISIBLE.sub("", text).split())


def small_journal(store, *, notes: dict[str, str] | None = None, members=None):
    """One co-développement group, one held session with ``notes``; returns the session."""
    group = store.groups.add(Group(name="Groupe d’essai", template_id="codev",
                                   planned_sessions=6, start_date=date(2025, 1, 10)))
    for pseudonym, names in members or [("M.D.", ["Marc Dubois", "Marc"])]:
        store.members.add(Member(pseudonym=pseudonym, masked_names=names, group_id=group.id))
    store.objectives.add(Objective(group_id=group.id, title="Déléguer davantage"))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2025, 1, 10),
                                         status=SessionStatus.HELD, title="Première séance"))
    if notes:
        store.notes.save_many(session.id, notes)
    return session
