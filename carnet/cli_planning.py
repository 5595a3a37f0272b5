"""Sub-commands to review and find things: ``actions``, ``ics`` and ``search``."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from carnet import terminal_text
from carnet.cli import CliError, open_store, register


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return terminal_text.translate("CommandLine", text, disambiguation, n)


def _status(value: str) -> str:
    return {
        "todo": _tr("to do", "action status"),
        "in_progress": _tr("in progress", "action status"),
        "done": _tr("done", "action status"),
        "dropped": _tr("dropped", "action status"),
        "postponed": _tr("postponed", "action status"),
    }.get(value, value)


def _kind(value: str) -> str:
    return {
        "note": _tr("note", "search hit"),
        "learning": _tr("learning", "search hit"),
        "feeling": _tr("feeling", "search hit"),
        "action": _tr("action", "search hit"),
        "review": _tr("review", "search hit"),
        "topic": _tr("topic", "search hit"),
        "keyword": _tr("key word", "search hit"),
        "objective": _tr("objective", "search hit"),
        "assessment": _tr("self-assessment", "search hit"),
        "attachment": _tr("document", "search hit"),
        "session": _tr("session", "search hit"),
        "group": _tr("group", "search hit"),
    }.get(value, value)


def _day(day: date | None) -> str:
    """« 30 nov. 2026 » in French, « 30 Nov 2026 » in English (as the window and the
    booklet write them: it printed « 2026-11-30 », fresh8's G15); « — » for no date."""
    from carnet.booklet.texts import short_date

    return short_date(day, terminal_text.language())


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
        known = ", ".join(g.name for g in store.groups.list()) or _tr("none")
        raise CliError(_tr("no group named %1 (groups: %2)").replace("%1", repr(name))
                       .replace("%2", known))
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
            due = _day(action.due_date)
            if action.is_overdue(today):
                due += " !"
            rows.append(
                [
                    _clip(action.title, 48),
                    _clip(groups[origin.group_id].name, 24),
                    _tr("no. %1 %2").replace("%1", str(origin.number))
                    .replace("%2", _day(origin.date)),
                    due,
                    _status(action.status.value),
                ]
            )
    if not rows:
        print(_tr("No actions.") if not args.open else _tr("No open actions."))
        return 0
    print(_table(rows, [_tr("Action", "table header"), _tr("Group", "table header"),
                        _tr("Session", "table header"), _tr("Due", "table header"),
                        _tr("Status", "table header")]))
    return 0


def _cmd_ics(args: argparse.Namespace) -> int:
    from carnet.services.calendar import IcsOptions, write_calendar

    with open_store(args) as store:
        out = write_calendar(store, args.out, IcsOptions(include_details=args.include_details))
    print(_tr("Calendar written (NOT encrypted): %1").replace("%1", str(out)))
    print("carnet: " + _tr("warning: the calendar file is not encrypted: anyone who can read "
                           "%1 sees what it holds.")
          .replace("%1", str(out)), file=sys.stderr)
    if args.include_details:
        print(
            "carnet: " + _tr("warning: the calendar file also names your groups, places and "
                             "actions in clear text"),
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
        print(_tr("No results for “%1”.").replace("%1", query))
        return 1
    for hit in hits:
        where = groups.get(hit.group_id, "—")
        if hit.session_date:
            where += _tr(", session no. %1 of %2").replace("%1", str(hit.session_number)) \
                .replace("%2", _day(hit.session_date))
        snippet = plain_snippet(hit.snippet).replace(HIGHLIGHT_START, "[")
        snippet = snippet.replace(HIGHLIGHT_END, "]")
        print(f"{_kind(hit.kind):<15} {where}\n    {_clip(snippet, 160)}")
    return 0


def _configure_actions(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--group", metavar="NAME", help=_tr("only this group's actions"))
    parser.add_argument("--open", action="store_true", help=_tr("only open actions"))


def _configure_ics(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE",
                        help=_tr("the .ics file to write (NOT encrypted)"))
    parser.add_argument(
        "--include-details",
        action="store_true",
        help=_tr("also write group names and places, action titles and how many actions to "
                 "review (never note text; not encrypted!)"),
    )


def _configure_search(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="+",
                        help=_tr("words to find (accents and case ignored)"))
    parser.add_argument("--limit", type=int, default=50)


register("actions", _tr("list actions as a table"), _configure_actions, _cmd_actions)
register(
    "ics", _tr("export planned sessions and due actions to a calendar file (not encrypted)"),
    _configure_ics, _cmd_ics
)
register(
    "search",
    _tr("find text you wrote (prints matches with session and date)"),
    _configure_search,
    _cmd_search,
)
