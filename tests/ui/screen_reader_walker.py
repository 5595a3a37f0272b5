"""The AT-SPI walker of tests/ui/test_screen_reader.py: what a screen reader is given.

Runs in the system ``python3`` that Debian's ``python3-pyatspi`` (gi's Atspi) belongs
to, inside the private D-Bus session of the test, as ``python3 screen_reader_walker.py
PID``. It reads only the accessibility bus, never Qt. One command a line on standard
input, one JSON line on standard output:

    walk PLACE  -> {"place", "objects", "problems": [...], "tab": [...], "radio": [...],
                    "tables": [...], "announced": [...], ...}
    press KEY   -> {"key", "focus"}: the key pressed where the focus is (Return, space)

A walk reads the tree of the app's active window (what is showing), then presses Tab
40 times and records where the focus goes. The problems it reports:

- ``unnamed``: a focusable object without a name;
- ``unlabelled``: a field with no ``LABELLED_BY`` relation although a visible label
  exists for it: a label showing the words of the field's name, or a label right
  before a field with no name of its own (a combo box's name on Linux is its value),
  or a label that says it labels a field which does not point back, or a combo box
  with neither a label linked nor a description (Qt on Linux names it by its value);
- ``markup``: a name that reads Markdown marks aloud (``**``, ``__``);
- ``check boxes``: three or more sibling check boxes or toggle buttons that behave as
  one choice (at most one checked, or all named « the same thing: … »);
- ``focus lost``: after a Tab, nothing in the window has the focus;
- ``focus loop``: 40 presses of Tab visit fewer than 5 objects;
- ``focus trap``: 10 presses of Tab in a row stay among the cells of one table or list.
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

R = Atspi.Role
S = Atspi.StateType
FIELDS = {R.TEXT, R.ENTRY, R.PASSWORD_TEXT, R.COMBO_BOX, R.SPIN_BUTTON, R.SLIDER,
          R.LIST, R.TABLE, R.TREE, R.TREE_TABLE, R.DATE_EDITOR, R.PARAGRAPH}
#: Items of a list, table or tree: the view is the Tab stop, its rows are read by arrows.
ITEMS = {R.LIST_ITEM, R.TABLE_CELL, R.TREE_ITEM, R.COLUMN_HEADER, R.ROW_HEADER,
         R.TABLE_COLUMN_HEADER, R.TABLE_ROW_HEADER}
TAB_PRESSES = 40
XK_TAB = 0xFF09
KEYSYMS = {"Return": 0xFF0D, "space": 0x20}


def pump(seconds: float = 0.0) -> None:
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.005)


def states(obj) -> set:
    state_set = obj.get_state_set()
    return {s for s in (S.FOCUSABLE, S.FOCUSED, S.SHOWING, S.VISIBLE, S.SENSITIVE, S.ACTIVE,
                        S.EDITABLE) if state_set.contains(s)}


def name_of(obj) -> str:
    try:
        return obj.get_name() or ""
    except GLib.Error:
        return ""


def role_of(obj) -> str:
    try:
        return obj.get_role_name()
    except GLib.Error:
        return "?"


def relations(obj) -> dict[str, list]:
    found: dict[str, list] = {}
    try:
        for relation in obj.get_relation_set() or []:
            kind = relation.get_relation_type()
            targets = [relation.get_target(i) for i in range(relation.get_n_targets())]
            found.setdefault(kind.value_nick, []).extend(targets)
    except GLib.Error:
        pass
    return found


def words(text: str) -> str:
    """A label's or a name's words, for comparing them."""
    return " ".join(text.replace("\xa0", " ").strip(" :•*\n").casefold().split())


def describe(obj, path: list[str]) -> str:
    where = " > ".join(path[-3:])
    return f"{role_of(obj)} {name_of(obj)[:40]!r} in {where}"


def table_facts(table) -> dict:
    """What the Table interface gives: size, caption, the first row's and column's headers."""
    iface = table.get_table_iface()
    if iface is None:
        return {"name": name_of(table), "table": False}
    rows, columns = iface.get_n_rows(), iface.get_n_columns()
    caption = iface.get_caption()
    row_header = iface.get_row_header(0) if rows else None
    return {"name": name_of(table), "rows": rows, "columns": columns,
            "caption": name_of(caption) if caption is not None else "",
            "row description": iface.get_row_description(0) if rows else "",
            "row header": name_of(row_header) if row_header is not None else "",
            "column header": iface.get_column_description(1) if columns > 1 else "",
            "description": table.get_description() or ""}


class Walker:
    def __init__(self, pid: int) -> None:
        Atspi.init()
        self.pid = pid
        self.focus_events: list = []
        self.listener = Atspi.EventListener.new(self._event)
        self.listener.register("object:state-changed:focused")
        self.announced: list[str] = []
        self.announcements = Atspi.EventListener.new(
            lambda event: self.announced.append(str(event.any_data)))
        self.announcements.register("object:announcement")
        self.app = self._find_app()

    def _event(self, event) -> None:
        if event.detail1 == 1:
            self.focus_events.append(event.source)

    def _find_app(self, timeout: float = 20.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            desktop = Atspi.get_desktop(0)
            for i in range(desktop.get_child_count()):
                app = desktop.get_child_at_index(i)
                try:
                    if app is not None and app.get_process_id() == self.pid:
                        return app
                except GLib.Error:
                    continue
            pump(0.2)
        raise SystemExit(f"the app (pid {self.pid}) never appeared on the AT-SPI bus")

    def active_window(self, timeout: float = 5.0):
        end = time.monotonic() + timeout
        while True:
            pump(0.05)
            self.app.clear_cache()
            windows = [self.app.get_child_at_index(i) for i in range(self.app.get_child_count())]
            for window in windows:
                if window is not None and S.ACTIVE in states(window):
                    return window
            if time.monotonic() >= end:
                shown = [w for w in windows if w is not None and S.SHOWING in states(w)]
                if shown:
                    return shown[-1]
                raise RuntimeError("no window of the app is showing")

    # -- the tree ----------------------------------------------------------------------------
    def read_tree(self, window) -> tuple[int, list[dict], list, dict]:
        """(objects read, problems, focusable objects, facts) of what ``window`` shows."""
        problems: list[dict] = []
        focusable: list = []
        facts: dict = {"radio": [], "tables": [], "labels": [], "focused": None}
        fields: list[tuple] = []
        count = 0
        stack = [(window, [f"{role_of(window)} {name_of(window)[:30]!r}"])]
        while stack:
            obj, path = stack.pop()
            count += 1
            try:
                n = obj.get_child_count()
            except GLib.Error:
                continue
            children = []
            for i in range(n):
                try:
                    child = obj.get_child_at_index(i)
                except GLib.Error:
                    continue
                if child is None:
                    continue
                child_states = states(child)
                if S.SHOWING not in child_states:
                    continue
                children.append((child, child_states))
            toggles = [(c, st) for c, st in children
                       if c.get_role() in (R.CHECK_BOX, R.TOGGLE_BUTTON)]
            if len(toggles) >= 3:
                checked = sum(c.get_state_set().contains(S.CHECKED) for c, _st in toggles)
                prefixes = {name_of(c).partition(": ")[0] for c, _st in toggles}
                same = len(prefixes) == 1 and all(": " in name_of(c) for c, _st in toggles)
                if checked <= 1 or same:
                    problems.append({"kind": "check boxes", "what": describe(obj, path) + ": "
                                     + ", ".join(name_of(c)[:30] for c, _st in toggles)})
            previous = None
            for child, child_states in children:
                role = child.get_role()
                name = name_of(child).strip()
                label = f"{role_of(child)} {name[:30]!r}"
                if S.FOCUSED in child_states:
                    facts["focused"] = child
                if S.FOCUSABLE in child_states and role not in ITEMS:
                    focusable.append(child)
                    if not name:
                        problems.append({"kind": "unnamed", "what": describe(child, path)})
                if "**" in name or "__" in name:
                    problems.append({"kind": "markup", "what": describe(child, path)})
                if role == R.RADIO_BUTTON:
                    facts["radio"].append(name)
                if (role == R.COMBO_BOX and "labelled-by" not in relations(child)
                        and not (child.get_description() or "").strip()):
                    problems.append({"kind": "unlabelled",  # Qt on Linux: its name is its value
                                     "what": describe(child, path) + ": a combo box read by its "
                                     "value only (no label linked, no description)"})
                if role == R.TABLE:
                    facts["tables"].append(table_facts(child))
                links = relations(child)
                if role in FIELDS and "labelled-by" not in links:
                    fields.append((child, path, previous))
                if role == R.LABEL and name:
                    facts["labels"].append(name)
                    for target in links.get("label-for", []):
                        if "labelled-by" not in relations(target):
                            problems.append({
                                "kind": "unlabelled",
                                "what": describe(target, path)
                                + f": its label {name[:40]!r} is not linked back"})
                previous = child
                if role not in ITEMS and role_of(child) != "?":
                    stack.append((child, [*path, label]))
        shown = {words(text) for text in facts["labels"]} - {""}
        for field, path, previous in fields:
            own = words(name_of(field)) if field.get_role() != R.COMBO_BOX else ""
            before = (words(name_of(previous)) if previous is not None
                      and previous.get_role() == R.LABEL else "")
            if own and own in shown:
                why = f"the label {name_of(field)[:40]!r} is shown"
            elif before and not own:
                why = f"after the label {name_of(previous)[:40]!r}"
            else:
                continue
            problems.append({"kind": "unlabelled", "what": f"{describe(field, path)}: {why}"})
        return count, problems, focusable, facts

    # -- Tab ---------------------------------------------------------------------------------
    def wait_focus(self, seconds: float) -> None:
        """Until a focus event arrives or ``seconds`` pass (Tab between the parts of a
        date field moves no focus: no event comes, the same object keeps it)."""
        end = time.monotonic() + seconds
        while not self.focus_events and time.monotonic() < end:
            pump(0.01)
        pump(0.02)

    def tab_walk(self, window, current) -> tuple[list[str], list[dict]]:
        problems: list[dict] = []
        visited: list[str] = []
        seen: set = set()
        in_items = 0
        pump(0.1)
        for press in range(1, TAB_PRESSES + 1):
            self.focus_events.clear()
            Atspi.generate_keyboard_event(XK_TAB, None, Atspi.KeySynthType.SYM)
            self.wait_focus(0.25)
            if not self.focus_events and (current is None or S.FOCUSED not in states(current)):
                self.wait_focus(3.0)  # a slow machine: the event may be on its way
            if self.focus_events:
                current = self.focus_events[-1]
            elif current is None or S.FOCUSED not in states(current):
                problems.append({"kind": "focus lost",
                                 "what": f"after Tab {press}, nothing has the focus"})
                current = None
                continue
            key = f"{role_of(current)} {name_of(current)[:50]!r}"
            visited.append(key)
            in_items = in_items + 1 if current.get_role() in ITEMS else 0
            if in_items == 10:
                problems.append({"kind": "focus trap",
                                 "what": f"Tab stays among the cells of {role_of(current.get_parent())} "
                                         f"{name_of(current.get_parent())[:40]!r}"})
            seen.add((hash(current), key))
        if len(seen) < 5:
            problems.append({"kind": "focus loop",
                             "what": f"{TAB_PRESSES} Tabs visit {len(seen)} objects: "
                                     + ", ".join(sorted({k for _h, k in seen}))})
        return visited, problems

    def press(self, key: str) -> dict:
        """Press ``key`` (a keysym name of ``KEYSYMS``) where the focus is; where it goes."""
        self.active_window()
        self.focus_events.clear()
        Atspi.generate_keyboard_event(KEYSYMS[key], None, Atspi.KeySynthType.SYM)
        self.wait_focus(2.0)
        after = self.focus_events[-1] if self.focus_events else None
        return {"key": key, "focus": f"{role_of(after)} {name_of(after)[:50]!r}" if after else None}

    def walk(self, place: str) -> dict:
        started = time.monotonic()
        window = self.active_window()
        count, problems, focusable, facts = self.read_tree(window)
        read = time.monotonic()
        visited, tab_problems = self.tab_walk(window, facts["focused"])
        seconds = {"read": round(read - started, 2), "tab": round(time.monotonic() - read, 2)}
        return {"place": place, "window": name_of(window), "objects": count,
                "focusable": len(focusable), "problems": problems + tab_problems,
                "tab": visited, "radio": facts["radio"], "tables": facts["tables"],
                "labels": facts["labels"], "announced": self.announced, "seconds": seconds}


def main() -> int:
    walker = Walker(int(sys.argv[1]))
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        if command == "walk":
            result = walker.walk(rest)
        elif command == "press":
            result = walker.press(rest)
        elif command == "quit":
            return 0
        else:
            result = {"error": f"unknown command {command!r}"}
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
