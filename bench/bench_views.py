"""Every view's first open in a new process (issue 18: ≤ 150 ms on 2,000 sessions).

Each view is opened in a process of its own, as a person does after starting Carnet:
the real main window with every feature, the journal unlocked through the opener,
the background check (and the daily backup it leads to) finished, then one click —
``show_view`` (or the sidebar's group / session) — timed until the window has laid
out and painted the view (``grab``). The charts' warm-up waits for a 2.5 s pause
after unlocking; these opens come before it, so they pay every first-use import.
The session page's lower parts are built after its first paint, in slices: the
benchmark then turns the event loop until the page is whole and prints the longest
turn's UI-thread CPU (what a key typed meanwhile may wait for; target ≤ 16 ms).

Usage: .venv/bin/python bench/bench_views.py [--sessions 2000] [--runs 3] [--view KEY]
"""

from __future__ import annotations

import argparse
import gc
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
    from carnet.ui import startup

    startup.import_qt()  # as the app starts (carnet.cli): PySide reads no source of ours
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
    # As the app does once its window is up and complete (carnet.ui.app: _started,
    # completed): start-up's objects are frozen, later garbage collections skip them.
    gc.freeze()
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
    print(f"opened {elapsed:.2f}", flush=True)
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
    if key == "session":
        _rest_of_page(app, workspace.session_editor)
    window.close()
    QApplication.processEvents()
    return elapsed


def _rest_of_page(app, editor) -> None:
    """The session page's rest, built in slices after its first paint: each turn of the
    event loop until the page is whole, timed by the UI thread's CPU (a key typed then
    waits for the turn it lands in: the slice, and the layout and paint after it)."""
    from PySide6.QtCore import QEventLoop

    turns = []
    started, give_up = time.thread_time(), time.perf_counter() + 60
    while editor.building and time.perf_counter() < give_up:
        before = time.thread_time()
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        turns.append(time.thread_time() - before)
    if editor.building:
        raise SystemExit("the session page was not whole after a minute")
    print(f"rest {max(turns, default=0) * 1000:.2f} {(time.thread_time() - started) * 1000:.2f}"
          f" {sum(1 for t in turns if t > 0.0005)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3, help="new processes per view")
    parser.add_argument("--view", choices=VIEWS, help="only this view")
    parser.add_argument("--child", metavar="KEY", help=argparse.SUPPRESS)
    args = parser.parse_args()
    journal = demo_journal(args.sessions)
    if args.child:
        _open_one(journal, args.child)
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
                samples = [wall for wall, _cpu, _rest in runs]
                cpu = statistics.median(c for _wall, c, _rest in runs)
                report(f"{key}{how}: median of {len(samples)} (worst {max(samples):.0f}, "
                       f"CPU {cpu:.0f})", statistics.median(samples), "ms", TARGET)
                rests = [rest for _wall, _cpu, rest in runs if rest is not None]
                if rests:  # the session page: the rest after the first paint
                    longest = [r[0] for r in rests]
                    print(f"  then the rest of the page: longest turn (UI thread CPU) median "
                          f"{statistics.median(longest):.1f} ms, worst {max(longest):.1f} "
                          f"(target ≤ 16); whole rest {statistics.median(r[1] for r in rests):.0f}"
                          f" ms CPU in {statistics.median(r[2] for r in rests):.0f} turns")


def _open_in_child(key: str, sessions: int, env: dict) -> tuple[float, float, tuple | None] | None:
    """(wall time, the UI thread's CPU time) of one first open, in a new process, and
    for the session page (longest turn, CPU, turns) of the rest of its build."""
    child = subprocess.run(
        [sys.executable, __file__, "--sessions", str(sessions), "--child", key],
        capture_output=True, text=True, check=False, timeout=120, env=env)
    found = re.findall(r"^opened (\d+\.\d+)$", child.stdout, re.MULTILINE)
    cpu = re.findall(r"^cpu (\d+\.\d+)$", child.stdout, re.MULTILINE)
    if not found:
        print(f"({key}: the run failed: {child.stderr.strip()[-300:]})")
        return None
    rest = re.findall(r"^rest (\d+\.\d+) (\d+\.\d+) (\d+)$", child.stdout, re.MULTILINE)
    after = tuple(float(x) for x in rest[-1]) if rest else None
    return float(found[-1]), float(cpu[-1]) if cpu else float("nan"), after


if __name__ == "__main__":
    main()
