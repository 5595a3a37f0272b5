"""A step note of 1 MB, written over: the UI thread's work per action (issue: a 1 MB note
froze the window for more than 15 s when typed over after Ctrl+A).

In the real main window (every feature, a demo journal unlocked, offscreen), a step
note gets 1 MB by a paste (Ctrl+V), then: a copy of it all (Ctrl+A, Ctrl+C: on X11
Ctrl+A alone hands the selection to the primary clipboard the same way), one letter
typed over it all, the next letters, the undo of the replace (Ctrl+Z), letters typed at
the end of the 1 MB note, the autosave's snapshot of it, and the page opened again
on the note as stored (the reference: ``setPlainText`` of the same 1 MB). Each is timed until the
event loop has nothing left (layout, timers due at once, paint), by the UI thread's CPU
(``time.thread_time``) and the wall clock.

The reference, measured in the same run: the same keys on a bare ``QPlainTextEdit``
(same size, same 1 MB) in a window of its own, with Qt's own copy, nothing of the app
listening to the clipboard (Qt's copy is cheap until something reads it). Two shapes of text:
one paragraph of 1 MB (what a paste from a web page without line ends gives) and 1 MB
of 80-character lines.

Usage: .venv/bin/python bench/bench_big_note.py [--runs 3] [--sessions 40]
Prints the median of ``--runs`` (each in the same process) per action.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time

from _common import PASSPHRASE, demo_journal

SIZE = 1_000_000
PIECE = "délégation & « confiance » <b>écoute</b> ]]> 🙂 "


def big_text(lines: bool) -> str:
    """1 MB of varied note text: one paragraph, or lines of ~80 characters."""
    words, n, out = [], 0, []
    while n < SIZE:
        part = f"{len(words)}. {PIECE}"
        words.append(part)
        n += len(part)
    if not lines:
        return "".join(words)[:SIZE]
    line = ""
    for word in words:
        if len(line) + len(word) > 80:
            out.append(line.rstrip())
            line = ""
        line += word
    out.append(line)
    return "\n".join(out)[:SIZE]


def settle(app) -> None:
    """Turn the event loop until nothing is left to do now (posted events, layout, paint)."""
    for _ in range(4):
        app.sendPostedEvents()
        app.processEvents()


def timed(app, action) -> tuple[float, float]:
    """(UI-thread CPU ms, wall ms) of ``action`` and of what the event loop does after it."""
    cpu, wall = time.thread_time(), time.perf_counter()
    action()
    settle(app)
    return (time.thread_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000


def scenario(app, field, text: str) -> dict[str, tuple[float, float]]:
    """The actions on ``field`` (a text field already shown, empty, with the focus)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    ctrl = Qt.KeyboardModifier.ControlModifier
    out: dict[str, tuple[float, float]] = {}
    QGuiApplication.clipboard().setText(text)
    settle(app)
    out["paste 1 MB"] = timed(app, lambda: QTest.keyClick(field, Qt.Key.Key_V, ctrl))
    assert len(field.toPlainText()) == len(text), "the paste is not whole"

    def copy_all() -> None:
        QTest.keyClick(field, Qt.Key.Key_A, ctrl)
        QTest.keyClick(field, Qt.Key.Key_C, ctrl)

    out["Ctrl+A, Ctrl+C"] = timed(app, copy_all)
    QTest.keyClick(field, Qt.Key.Key_A, ctrl)
    settle(app)
    out["a letter over it all"] = timed(app, lambda: QTest.keyClick(field, "x"))
    assert field.toPlainText() == "x", "the replace did not happen"
    nexts = [timed(app, lambda: QTest.keyClick(field, "y")) for _ in range(5)]
    out["next letters (worst of 5)"] = max(nexts)

    units = len(text.encode("utf-16-le")) // 2  # what Qt counts

    def undo() -> None:  # the letters, then the replace (Qt may merge them in one step)
        for _ in range(6):
            QTest.keyClick(field, Qt.Key.Key_Z, ctrl)
            if field.document().characterCount() - 1 == units:
                return

    out["Ctrl+Z until the 1 MB is back"] = timed(app, undo)
    assert field.toPlainText() == text, "the undo did not bring the text back"
    QTest.keyClick(field, Qt.Key.Key_End, ctrl)
    settle(app)
    ends = [timed(app, lambda: QTest.keyClick(field, "z")) for _ in range(5)]
    out["letters at the end (worst of 5)"] = max(ends)
    return out


def field_text(window, session_id: int) -> str:
    """The note the page shows (the reference loads the same)."""
    from carnet.ui.session_editor.step_section import TextBody

    editor = window.workspace.session_editor
    assert editor.current_session_id == session_id
    return next(s.body for s in editor.sections.values() if isinstance(s.body, TextBody)).text()


def bare_field(app):
    """The reference: a bare QPlainTextEdit in a window of its own, the note's size."""
    from PySide6.QtWidgets import QPlainTextEdit

    field = QPlainTextEdit()
    field.resize(700, 520)
    field.show()
    field.activateWindow()
    field.setFocus()
    settle(app)
    return field


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sessions", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CARNET_HOME"] = tempfile.mkdtemp(prefix="carnet-bench-home-")
    work = tempfile.mkdtemp(prefix="carnet-bench-big-")
    journal = shutil.copy(demo_journal(args.sessions), os.path.join(work, "big.carnet"))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    from carnet.domain import SessionStatus
    from carnet.ui.app import create_application
    from carnet.ui.main_window import MainWindow
    from carnet.ui.session_editor.step_section import TextBody
    from carnet.ui.settings import Settings

    app = create_application()
    window = MainWindow(Settings())
    window.install_extensions()
    window.resize(1280, 860)
    window.show()
    window.start(journal)
    waiting = QEventLoop()
    window.journalOpened.connect(waiting.quit)
    window.unlock.passphrase_edit.setText(PASSPHRASE)
    QTimer.singleShot(0, window.unlock.unlock_button.click)
    waiting.exec()
    while window.tasks.busy:
        window.tasks.wait()
        app.processEvents()
    store = window.store
    held = store.sessions.list(status=SessionStatus.HELD)
    print(f"journal: {args.sessions} sessions; {args.runs} runs per shape; "
          f"load average {os.getloadavg()[0]:.1f}; Qt platform {app.platformName()}")
    results: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
    for run in range(args.runs):
        for lines in (False, True):
            shape = "lines of 80" if lines else "one paragraph"
            text = big_text(lines)
            session = held[-1 - (2 * run + lines) % len(held)]
            window.workspace.show_session(session.id)
            editor = window.workspace.session_editor
            while editor.building:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            body = next(s.body for s in editor.sections.values() if isinstance(s.body, TextBody))
            body.set_text("")
            field = body.editor
            window.activateWindow()
            field.setFocus()
            settle(app)
            for name, value in scenario(app, field, text).items():
                results.setdefault((shape, name, "Carnet"), []).append(value)
            started = time.thread_time()
            editor.autosaver.save_now()  # the snapshot, on the UI thread
            results.setdefault((shape, "autosave snapshot", "Carnet"), []).append(
                ((time.thread_time() - started) * 1000, float("nan")))
            editor.autosaver.flush()
            other = next(x for x in held if x.id != session.id)
            window.workspace.show_session(other.id)
            settle(app)

            def reopen(sid: int = session.id) -> None:  # the page again, its note 1 MB
                window.workspace.show_session(sid)
                settle(app)
                window.grab()

            results.setdefault((shape, "page opened on the 1 MB note", "Carnet"), []).append(
                timed(app, reopen))
            stored = field_text(window, session.id)
            bare = bare_field(app)

            def load(edit=bare, note: str = stored) -> None:
                edit.setPlainText(note)
                edit.grab()

            results.setdefault((shape, "page opened on the 1 MB note", "bare"), []).append(
                timed(app, load))
            bare.clear()
            settle(app)
            clipboard = QGuiApplication.clipboard()
            clipboard.blockSignals(True)  # Qt alone: the app's clipboard guard does not read
            try:
                for name, value in scenario(app, bare, text).items():
                    results.setdefault((shape, name, "bare"), []).append(value)
            finally:
                clipboard.blockSignals(False)
            bare.close()
            bare.deleteLater()
            window.activateWindow()
            settle(app)
    print(f"{'':<34}{'Carnet: CPU ms':>15}{'wall ms':>10}{'bare: CPU ms':>15}{'wall ms':>10}")
    for shape in ("one paragraph", "lines of 80"):
        print(shape)
        names = [n for (s, n, who) in results if s == shape and who == "Carnet"]
        for name in names:
            ours = results[(shape, name, "Carnet")]
            ref = results.get((shape, name, "bare"), [(float("nan"), float("nan"))])
            print(f"  {name:<32}"
                  f"{statistics.median(c for c, _ in ours):>15.1f}"
                  f"{statistics.median(w for _, w in ours):>10.1f}"
                  f"{statistics.median(c for c, _ in ref):>15.1f}"
                  f"{statistics.median(w for _, w in ref):>10.1f}")
    window.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
