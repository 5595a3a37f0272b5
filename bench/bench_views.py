"""Every view's first open in a new process (issue 18: ≤ 150 ms on 2,000 sessions).

Each view is opened in a process of its own, as a person does after starting Carnet:
the real main window with every feature, the journal unlocked through the opener,
the background check (and the daily backup it leads to) finished, then one click —
``show_view`` (or the sidebar's group / session) — timed until the window has laid
out and painted the view (``grab``). The charts' warm-up waits for a 2.5 s pause
after unlocking; these opens come before it, so they pay every first-use import.

Usage: .venv/bin/python bench/bench_views.py [--sessions 2000] [--runs 3] [--view KEY]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

from _common import PASSPHRASE, ROOT, demo_journal, report

#: What is opened, in the order of the sidebar and the menus.
VIEWS = ("progress", "search", "tags", "timeline", "prepare", "check_in", "group", "session")
TARGET = "≤ 150 ms"


def _open_one(journal, key: str) -> float:
    """In this (new) process: unlock, settle, then open ``key``; its time in ms."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CARNET_HOME"] = tempfile.mkdtemp(prefix="carnet-bench-home-")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from carnet.domain import SessionStatus
    from carnet.ui.app import create_application
    from carnet.ui.main_window import MainWindow
    from carnet.ui.settings import Settings

    app = create_application()
    window = MainWindow(Settings())
    window.install_extensions()
    window.resize(1280, 860)
    window.show()
    window.start(journal)
    waiting = QEventLoop()
    window.journalOpened.connect(waiting.quit)
    window.opener.failed.connect(waiting.quit)
    window.unlock.passphrase_edit.setText(PASSPHRASE)
    QTimer.singleShot(0, window.unlock.unlock_button.click)
    waiting.exec()
    if window.workspace is None:
        raise SystemExit("the bench journal did not open")
    window.insights.preload_watch.stop()  # the charts' warm-up: not in this measure
    while window.tasks.busy:  # the structural check, then the daily backup
        window.tasks.wait()
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    window.grab()

    workspace = window.workspace
    store = window.store
    if key == "search":
        window.search_field.setText("délégation")
    upcoming = store.sessions.list(status=SessionStatus.PLANNED)[0]  # what a click opens
    held = store.sessions.list(status=SessionStatus.HELD)[-1]
    profile = None
    if os.environ.get("BENCH_PROFILE"):  # where the time goes (slower, for reading only)
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
    started, cpu_started = time.perf_counter(), time.thread_time()
    if key == "group":
        workspace.show_group(upcoming.group_id)
    elif key == "session":
        workspace.show_session(held.id)
    elif key == "search":
        window.searchRequested.emit("délégation")  # Return in the toolbar's field
    else:
        window.show_view(key)
    app.processEvents()
    window.grab()  # laid out and painted, as on screen
    elapsed = (time.perf_counter() - started) * 1000
    print(f"cpu {(time.thread_time() - cpu_started) * 1000:.2f}", flush=True)
    if profile is not None:
        import pstats

        profile.disable()
        stats = pstats.Stats(profile).sort_stats("cumulative")
        if os.environ.get("BENCH_CALLERS"):
            stats.print_callers(os.environ["BENCH_CALLERS"])
        stats.print_stats(os.environ["BENCH_PROFILE"], 40)
    shown = workspace.stack.currentWidget()
    if key not in ("group", "session") and shown is not workspace.view(key):
        raise SystemExit(f"{key} was not shown")
    window.close()
    QApplication.processEvents()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3, help="new processes per view")
    parser.add_argument("--view", choices=VIEWS, help="only this view")
    parser.add_argument("--child", metavar="KEY", help=argparse.SUPPRESS)
    args = parser.parse_args()
    journal = demo_journal(args.sessions)
    if args.child:
        print(f"opened {_open_one(journal, args.child):.2f}", flush=True)
        return
    os.chdir(ROOT)
    print(f"journal: {journal.name}; each view opened in {args.runs} new processes, "
          f"load average {os.getloadavg()[0]:.1f}")
    env = dict(os.environ)
    modes = [("", env)]
    if env.get("PYTHONDONTWRITEBYTECODE"):  # sources compiled at each start, as run here
        cached = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="carnet-bench-pyc-")
        modes = [(", sources compiled", env), (", bytecode cached", cached)]
    for key in (args.view,) if args.view else VIEWS:
        for how, child_env in modes:
            if how.endswith("cached"):
                _open_in_child(key, args.sessions, child_env)  # writes the bytecode once
            runs = [x for x in (_open_in_child(key, args.sessions, child_env)
                                for _ in range(args.runs)) if x is not None]
            if runs:
                samples = [wall for wall, _cpu in runs]
                cpu = statistics.median(c for _wall, c in runs)
                report(f"{key}{how}: median of {len(samples)} (worst {max(samples):.0f}, "
                       f"CPU {cpu:.0f})", statistics.median(samples), "ms", TARGET)


def _open_in_child(key: str, sessions: int, env: dict) -> tuple[float, float] | None:
    """(wall time, the UI thread's CPU time) of one first open, in a new process."""
    child = subprocess.run(
        [sys.executable, __file__, "--sessions", str(sessions), "--child", key],
        capture_output=True, text=True, check=False, timeout=120, env=env)
    found = re.findall(r"^opened (\d+\.\d+)$", child.stdout, re.MULTILINE)
    cpu = re.findall(r"^cpu (\d+\.\d+)$", child.stdout, re.MULTILINE)
    if not found:
        print(f"({key}: the run failed: {child.stderr.strip()[-300:]})")
        return None
    return float(found[-1]), float(cpu[-1]) if cpu else float("nan")


if __name__ == "__main__":
    main()
