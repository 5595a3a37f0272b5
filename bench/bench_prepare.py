"""Preparation view benchmark (issue 4): the view opens in ≤ 200 ms on a large journal.

Usage: .venv/bin/python bench/bench_prepare.py [--sessions 2000]

"Opens" = what happens when the person chooses « Préparer la prochaine séance »
for the first time in the unlocked window: import the view's modules, build its
widgets, load the preparation (one query per concept: next session, open actions,
their sessions, their reviews, topics), lay it out and paint the window once.
Also measured: a new view built and painted on its own, showing it again,
switching to "All groups" (every open action of the journal) and back.
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import date

from _common import PASSPHRASE, demo_journal, median_ms, report

TODAY = date(2026, 11, 21)  # the date the generated journals are built around


class Clock:
    """Wall time, or the process's CPU time (``--cpu``): on a busy machine the wall
    time mostly measures the other processes."""

    cpu = False

    def __call__(self) -> float:
        return time.process_time() if self.cpu else time.perf_counter()


clock = Clock()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--cpu", action="store_true",
                        help="measure the process's CPU time instead of the wall time")
    args = parser.parse_args()
    clock.cpu = args.cpu

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    from PySide6.QtWidgets import QApplication

    from carnet.store import JournalStore
    from carnet.templates import load_templates
    from carnet.ui.style import apply_style

    app = QApplication([])
    apply_style(app)
    path = demo_journal(args.sessions)
    store = JournalStore.open(path, PASSPHRASE)
    templates = load_templates(user_dir=None)  # loaded once by the main window

    def paint(widget) -> None:
        app.processEvents()
        widget.grab()  # forces layout and a full paint, as showing on screen would

    # The unlocked window's workspace (sidebar + home), as after unlocking.
    from carnet.ui.prepare import VIEW_KEY, make_view
    from carnet.ui.workspace import Workspace

    def factory(journal, space):
        view = make_view(journal, space)  # the factory install() registers
        view.today_fn = lambda: TODAY
        return view

    workspace = Workspace(store, templates, views={VIEW_KEY: factory})
    workspace.resize(1200, 800)
    workspace.show()
    paint(workspace)

    started = clock()
    view = workspace.show_view(VIEW_KEY)  # imports the view's modules, builds, loads
    paint(workspace)
    first_open = clock() - started
    from carnet.ui.prepare.view import PrepareView

    opens, again, across, back = [], [], [], []
    for _ in range(args.repeat):
        started = clock()
        other = PrepareView(store, templates, lang="fr", today=lambda: TODAY)
        other.resize(890, 760)
        other.show()
        other.refresh()
        paint(other)
        opens.append(clock() - started)
        other.close()
        other.deleteLater()
        app.processEvents()

        workspace.show_home()
        paint(workspace)
        started = clock()
        workspace.show_view(VIEW_KEY)
        paint(workspace)
        again.append(clock() - started)

        group_id = view.group_id
        started = clock()
        view.select_group(None)
        paint(workspace)
        across.append(clock() - started)
        all_actions = len(view.preparation.due_items) + len(view.preparation.later)

        started = clock()
        view.select_group(group_id)
        paint(workspace)
        back.append(clock() - started)

    shown = len(view.preparation.due_items) + len(view.preparation.later)
    sessions = store.sessions.count()
    groups = len(store.groups.list())
    workspace.close()
    store.close()

    print(f"journal: {sessions} sessions in {groups} groups; the next session's group shows "
          f"{shown} open actions, all groups {all_actions}")
    print(f"({'CPU time of this process' if clock.cpu else 'wall time'}; "
          f"load average {os.getloadavg()[0]:.1f})")
    report("open from the workspace, first time (imports incl.)", first_open * 1000, "ms",
           "≤ 200 ms")
    report(f"build + load + paint a new view, median of {args.repeat}", median_ms(opens), "ms",
           "≤ 200 ms")
    report(f"show it again (reload), median of {args.repeat}", median_ms(again), "ms", "-")
    report(f"switch to all groups, median of {args.repeat}", median_ms(across), "ms", "-")
    report(f"back to one group, median of {args.repeat}", median_ms(back), "ms", "-")


if __name__ == "__main__":
    main()
