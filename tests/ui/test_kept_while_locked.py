"""What the window keeps while locked lives in containers made at start (issue 19).

Python gives one of its 1 MiB arenas back only when nothing in it lives. A list, a
dict or a set made mid-day and kept through the lock sits among the day's freed
objects and keeps a whole arena: the reminders' lists, the clipboard guard's copies,
the sync's open wordings were each replaced at every save, sync or copy. They are now
filled and emptied in place, and the reminders and the place to resume are made
afresh once the closed journal's objects are freed (``MainWindow._release_memory``).
bench/bench_memory.py measures what that is worth; here, that it holds and that
nothing kept is lost on the way.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication
from ui_helpers import lock_and_release, unlock_through_ui

from carnet.services import reminders as rules
from carnet.services.reminders import Reminder


def _unlocked(qtbot, make_window, seeded_journal, passphrase):
    path, ids = seeded_journal
    window = make_window(extensions=True)
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    window.ids = ids
    return window


def test_what_is_kept_while_locked_stays_in_the_containers_made_at_start(
        qtbot, make_window, seeded_journal, passphrase):
    window = _unlocked(qtbot, make_window, seeded_journal, passphrase)
    notifier, guard, sync = window.reminders, window.clipboard_guard, window.sync.controller
    kept = {"reminders": notifier.reminders, "pending": notifier.pending,
            "shown": notifier.shown, "copies": guard._ours, "wordings": sync._conflicted}
    made = {name: id(value) for name, value in kept.items()}
    # A day: the schedule read again (as at every save), a reminder waiting for Home,
    # one shown, a copy made and cleared by the guard, a sync's open wordings.
    today = date.today()
    waiting = Reminder(rules.DUE, today, 540, today + timedelta(days=2), 3, 1, 0)
    notifier.recompute()
    notifier.pending.append(waiting)
    notifier.recompute()  # (replaced the waiting list when the counts changed)
    notifier.shown.add(waiting.key)
    notifier.check()
    QApplication.clipboard().setText("copié")
    guard.clear_now()
    sync._conflicted[:] = [("sessions", "u-1", "title")]
    schedule = rules.encode(notifier.reminders)
    pending = rules.encode(notifier.pending)
    shown = set(notifier.shown)
    resume = window.workspace.location()

    lock_and_release(qtbot, window)

    for name, value in kept.items():
        assert id(value) == made[name], name
    assert notifier.reminders is kept["reminders"] and notifier.pending is kept["pending"]
    assert notifier.shown is kept["shown"]
    # Made afresh, the same values: nothing to remind of is lost on the way.
    assert rules.encode(notifier.reminders) == schedule
    assert rules.encode(notifier.pending) == pending
    assert any(r.key == waiting.key for r in notifier.pending)
    assert notifier.shown == shown and waiting.key in notifier.shown
    assert window._resume == resume
    assert sync._conflicted == []  # the lock forgets the open wordings (read again later)

    unlock_through_ui(qtbot, window, passphrase)
    assert window.workspace.location() == resume
    assert notifier.reminders is kept["reminders"]
    assert notifier.pending is kept["pending"] and notifier.shown is kept["shown"]
