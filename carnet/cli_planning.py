"""Sub-commands to review and find things: ``actions``, ``ics`` and ``search``."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from carnet.cli import CliError, open_store, register

STATUS_FR = {
    "todo": "à faire",
    "in_progress": "en cours",
    "done": "faite",
    "dropped": "abandonnée",
    "postponed": "reportée",
}
KIND_FR = {
    "note": "note",
    "learning": "enseignement",
    "feeling": "ressenti",
    "action": "action",
    "review": "suivi",
    "topic": "sujet",
    "keyword": "mot-clé",
    "objective": "objectif",
    "assessment": "auto-évaluation",
}


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("─" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def _group_id(store, name: str | None) -> int | None:
    if name is None:
        return None
    group = store.groups.find_by_name(name)
    if group is None:
        known = ", ".join(g.name for g in store.groups.list()) or "none"
        raise CliError(f"no group named {name!r} (groups: {known})")
    return group.id


def _cmd_actions(args: argparse.Namespace) -> int:
    today = date.today()
    with open_store(args) as store:
        group_id = _group_id(store, args.group)
        actions = store.actions.list(group_id=group_id, open_only=args.open)
        groups = {g.id: g for g in store.groups.list()}
        sessions = {s.id: s for s in store.sessions.list()}
        rows = []
        for action in actions:
            origin = sessions[action.session_id]
            due = action.due_date.isoformat() if action.due_date else "—"
            if action.is_overdue(today):
                due += " !"
            rows.append(
                [
                    _clip(action.title, 48),
                    _clip(groups[origin.group_id].name, 24),
                    f"n°{origin.number} {origin.date.isoformat()}",
                    due,
                    STATUS_FR[action.status.value],
                ]
            )
    if not rows:
        print("Aucune action." if not args.open else "Aucune action ouverte.")
        return 0
    print(_table(rows, ["Action", "Groupe", "Séance", "Échéance", "Statut"]))
    return 0


def _cmd_ics(args: argparse.Namespace) -> int:
    from carnet.services.calendar import IcsOptions, write_calendar

    with open_store(args) as store:
        out = write_calendar(store, args.out, IcsOptions(include_details=args.include_details))
    print(f"Calendrier écrit : {out}")
    if args.include_details:
        print(
            "carnet: warning: the calendar file names your groups and actions in clear text",
            file=sys.stderr,
        )
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    from carnet.notes.plain import plain_snippet
    from carnet.store import HIGHLIGHT_END, HIGHLIGHT_START

    query = " ".join(args.query)
    with open_store(args) as store:
        hits = store.search(query, limit=args.limit)
        groups = {g.id: g.name for g in store.groups.list()}
    if not hits:
        print(f"Aucun résultat pour « {query} ».")
        return 1
    for hit in hits:
        where = groups.get(hit.group_id, "—")
        if hit.session_date:
            where += f", séance n°{hit.session_number} du {hit.session_date.isoformat()}"
        snippet = plain_snippet(hit.snippet).replace(HIGHLIGHT_START, "[")
        snippet = snippet.replace(HIGHLIGHT_END, "]")
        print(f"{KIND_FR.get(hit.kind, hit.kind):<15} {where}\n    {_clip(snippet, 160)}")
    return 0


def _configure_actions(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--group", metavar="NAME", help="only this group's actions")
    parser.add_argument("--open", action="store_true", help="only open actions")


def _configure_ics(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    parser.add_argument(
        "--include-details",
        action="store_true",
        help="also write group names and places, action titles and how many actions to "
        "review (never note text; not encrypted!)",
    )


def _configure_search(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="+", help="words to find (accents and case ignored)")
    parser.add_argument("--limit", type=int, default=50)


register("actions", "list actions as a table", _configure_actions, _cmd_actions)
register(
    "ics", "export planned sessions and due actions to a calendar file", _configure_ics, _cmd_ics
)
register(
    "search",
    "find text you wrote (prints matches with session and date)",
    _configure_search,
    _cmd_search,
)
