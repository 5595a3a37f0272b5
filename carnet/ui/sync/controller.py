"""When the open journal syncs, on which thread, and what the window does with the result.

A sync runs at unlock, every five minutes, a few seconds after the synced
folder changes (Qt's file watcher, debounced), some twenty seconds after the
last local change (so that « Synchronisé » is soon true again; until then the
status bar says « Modifications à envoyer »), at lock and close — always on
the worker thread (:mod:`carnet.ui.sync.worker`) with a connection of its own,
so typing never waits for it. Rules that keep every word safe:

* before a sync starts, the open pages are flushed (what is typed is in the
  journal, and goes out with this sync);
* a timed or folder-triggered sync waits until the person pauses; if they type
  again while it runs, it is cancelled (the engine stops at a safe point) and
  tried again at the next pause — changes are never applied under their fingers;
* after changes arrive, the sidebar, home and the current view are re-read; the
  open session page only if nothing was typed in it meanwhile (else at the next
  pause), after a flush, keeping the scroll position and the cursor;
* a lock never waits for a sync: the running one is told to stop, a last one
  (sending what was just written) is started on its own connection, and the
  lock goes on. Closing the window waits a few seconds for that last one;
* while the folder is offline, whether it is back is checked every few seconds
  (only whether the journal's folder exists, on the worker) and a sync follows;
* a journal file inside its own synced folder is never synced (sync tools damage
  a journal file in use; the command line refuses it too): the status bar says so;
* a passphrase change holds sync (:meth:`SyncController.hold`): the journal file
  is replaced then, and a second connection must not be open on it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

from carnet.domain.sync import LONG_TEXT_FIELDS, SHORT_TEXT_FIELDS
from carnet.ui.sync.words import SyncState, code_of, error_text, report_problems_text
from carnet.ui.sync.worker import SyncWorker

if TYPE_CHECKING:
    from carnet.store import JournalStore
    from carnet.ui.main_window import MainWindow

#: Every five minutes while the journal is open.
PERIOD_MS = 5 * 60 * 1000
#: After the folder changes, wait for the sync tool to finish writing.
DEBOUNCE_MS = 3_000
#: How long a pause in typing must last before a timed sync starts.
QUIET_MS = 2_000
#: The last sync after a lock gives up after this (seconds); closing waits this long.
FINAL_BUDGET_S = 20.0
CLOSE_WAIT_MS = 8_000
#: How often the journal is asked whether it holds changes not sent yet (two counts).
CHANGES_POLL_MS = 4_000
#: A sync starts this long after the last local change seen (debounced)…
SEND_AFTER_MS = 20_000
#: …and at the latest this long after the first change not sent.
SEND_AT_MOST_S = 90.0
#: While the folder is offline, whether it is back is checked this often.
OFFLINE_POLL_MS = 20_000


def _sync_engine():
    """The engine, imported at the first sync (the unlock window does not wait for it)."""
    import carnet.sync as engine

    return engine


def texts_with_two_versions(store: JournalStore) -> list[tuple[str, str, str]]:
    """Every long text still holding « Version de l'autre appareil » — a note, a
    learning, an outcome, a draft, ground rules… (``LONG_TEXT_FIELDS``) — as the sync
    report names a record: (table, uuid, field). It read step notes only: a learning
    kept in two versions was listed nowhere after a restart (fresh7's F17)."""
    return [(table, uuid, name) for table, uuid, name, _rid in store.sync.texts_with_versions()]


class SyncController(QObject):
    """Owns the journal's sync while it is open (see the module docstring)."""

    stateChanged = Signal()  # noqa: N815 - ``state`` changed: the status bar re-reads it
    reportArrived = Signal(object)  # noqa: N815 - a SyncReport
    #: a set-up or a passphrase re-wrap ended: "" when it worked, else what to say
    setupFinished = Signal(str)  # noqa: N815
    #: the views were re-read after changes arrived (tests wait for it)
    refreshed = Signal()
    #: a device removal ended: the devices that still lack its changes ([]: removed), or
    #: a sentence when it failed
    removeFinished = Signal(object)  # noqa: N815

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("syncController")
        self.window = window
        self.worker = SyncWorker(self)
        self.worker.finished.connect(self._finished)
        self.state = SyncState()
        self.folder: str | None = None
        self.last_report: Any = None
        #: the store the running sync belongs to (a lock ends it)
        self._store: JournalStore | None = None
        self._again = False
        self._held = 0
        self._closing = False
        self._typed = threading.Event()
        self._editor_hooked: object | None = None
        self._save_state = "saved"
        self._snapshot: frozenset = frozenset()
        self._pending_reload = False

        self.period = QTimer(self, interval=PERIOD_MS)
        self.period.timeout.connect(lambda: self.request("timer"))
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self._folder_settled)
        self.retry = QTimer(self, singleShot=True, interval=QUIET_MS)
        self.retry.timeout.connect(lambda: self.request("again"))
        self.reload_timer = QTimer(self, singleShot=True, interval=QUIET_MS)
        self.reload_timer.timeout.connect(self._reload_session)
        #: a view shown when changes arrived, re-read once the person no longer works in it
        self._view_pending: Any = None
        self.view_timer = QTimer(self, singleShot=True, interval=QUIET_MS)
        self.view_timer.timeout.connect(self._refresh_view)
        #: local changes not sent yet: the status bar says so, a sync follows soon
        self._unsent = False
        self._unsent_since: float | None = None
        self._refused = False
        #: (table, uuid, field) of the records holding two versions (the badge)
        self._conflicted: list = []
        #: (table, uuid, field) of each line of ``state.conflicted``, in its order (the
        #: Sync page opens the one chosen)
        self.listed: list = []
        self._conflicts_read = False  # open title conflicts not yet read in this window
        self._wordings_said = False  # the badge counts such titles
        self.changes_poll = QTimer(self, interval=CHANGES_POLL_MS)
        self.changes_poll.timeout.connect(self._poll_changes)
        self.send_timer = QTimer(self, singleShot=True, interval=SEND_AFTER_MS)
        self.send_timer.timeout.connect(lambda: self.request("changes"))
        self.offline_poll = QTimer(self, interval=OFFLINE_POLL_MS)
        self.offline_poll.timeout.connect(self._probe_folder)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.debounce.start())
        # A file the sync tool is still writing in place (Dropbox, an SMB share, a USB
        # copy) changes no directory entry as it grows: watched itself until read.
        self.watcher.fileChanged.connect(lambda _path: self.debounce.start())

        window.journalOpened.connect(self._opened)
        window.journalClosing.connect(self._journal_closing)
        window.journalLocked.connect(self._locked)

    # -- the journal opens and closes ------------------------------------------------------------
    @property
    def store(self) -> JournalStore | None:
        return self.window.store

    @property
    def alone(self) -> bool:
        """The last sync found none of the devices this journal synced with in its
        folder (another folder chosen here or there): the status bar says so."""
        report = self.last_report
        return bool(self.folder and report is not None and any(
            code_of(p.code) == "others_absent" for p in report.problems))

    def _opened(self) -> None:
        store = self.store
        if store is None or self.window.demo:
            return
        self.folder = store.sync.folder
        self._closing = False
        workspace = self.window.workspace
        if workspace is not None:
            workspace.saveStateChanged.connect(self._save_state_changed)
        self._unsent, self._unsent_since = False, None
        self._refused = self._journal_inside()
        if self.folder and store.read_only:
            # Nothing syncs from or into a journal opened read-only (a backup looked at,
            # a read-only medium): the status bar said « Synced just now » over it.
            self._set_state(SyncState("read_only"))
        elif self.folder:
            self._set_state(SyncState("done", last_sync=store.sync.last_sync))
            self.period.start()
            self.changes_poll.start()
            self.request("unlock")
        else:
            self._set_state(SyncState())

    def _journal_closing(self, store: JournalStore, reason: str) -> None:
        """The journal is about to close (its pages are flushed): a last sync, never waited
        for at a lock; closing the window waits for it a little."""
        self._stop_timers()
        self._pending_reload = False
        folder = self.folder
        if not folder or store.read_only or self._held or self._refused:
            return
        self.worker.cancel_all()  # a sync in progress stops at its next safe point
        try:
            sibling = store.sync.open_sibling()
        except Exception:  # the journal closes anyway; the next unlock syncs
            return
        deadline = time.monotonic() + FINAL_BUDGET_S
        engine = _sync_engine()
        path = Path(folder)

        def final(connection, cancelled):
            return engine.sync_once(
                connection, path,
                cancelled=lambda: cancelled() or time.monotonic() > deadline)

        cancel = self.worker.start("final", final, sibling)
        if reason == "close":
            self._closing = True
            if not self.worker.wait(CLOSE_WAIT_MS):
                cancel.set()
                self.worker.wait()

    def _locked(self) -> None:
        self._stop_timers()
        self.folder = None
        self._again = False
        self._unsent, self._unsent_since, self._refused = False, None, False
        self._conflicted.clear()  # (the lists made at start: issue 19)
        self.listed.clear()
        self._conflicts_read = self._wordings_said = False
        self._set_state(SyncState())

    def _stop_timers(self) -> None:
        self._view_pending = None
        for timer in (self.period, self.debounce, self.retry, self.reload_timer, self.view_timer,
                      self.changes_poll, self.send_timer, self.offline_poll):
            timer.stop()
        watched = self.watcher.directories() + self.watcher.files()
        if watched:
            self.watcher.removePaths(watched)

    # -- asking for a sync -------------------------------------------------------------------------
    def request(self, reason: str = "now") -> bool:
        """Sync soon; False when it cannot (locked, no folder, held, the journal file
        inside the folder). ``reason``: unlock, timer, folder, again, changes, now (a
        button), setup."""
        store = self.store
        if store is None or not self.folder or self._held or store.read_only:
            return False
        if self._refused:
            self._say_refused()
            return False
        if self.worker.busy:
            self._again = True
            return True
        if reason in ("timer", "folder", "again", "changes") and self._typing():
            self.retry.start()
            return True
        self._start(store, reason)
        return True

    def _typing(self) -> bool:
        editor = self._session_editor()
        return self._save_state == "saving" or (
            editor is not None and editor.autosaver.has_unsaved)

    def _session_editor(self):
        workspace = self.window.workspace
        return getattr(workspace, "session_editor", None) if workspace is not None else None

    def _start(self, store: JournalStore, reason: str) -> None:
        workspace = self.window.workspace
        if workspace is not None:
            # what is typed goes out with this sync (not a date being typed: it is taken
            # when its field is left)
            workspace.flush(typed_dates=False, sync=True)
        self._typed.clear()
        self._hook_editor()
        try:
            sibling = store.sync.open_sibling()
        except Exception as exc:  # said in the status bar, tried again later
            self._set_state(SyncState("failed", last_sync=self.state.last_sync,
                                      detail=str(exc)))
            return
        self._store = store
        path = Path(self.folder)
        engine = _sync_engine()
        typed = self._typed
        # A sync the person did not ask for just now gives way to typing: changes are
        # not applied under their fingers (« Sync now » on the page: they are not typing).
        gives_way = reason not in ("now", "setup")

        # The first sync since the unlock also finds the notes earlier syncs left with
        # two versions (the window forgot them at the lock or the restart): on the
        # worker, a read of every note's text (~0.1 s on 10,000 sessions).
        read_notes = not self._conflicts_read

        def job(connection, cancelled):
            report = engine.sync_once(
                connection, path,
                cancelled=lambda: cancelled() or (gives_way and typed.is_set()))
            if read_notes and not report.cancelled:
                report.still_conflicted = texts_with_two_versions(connection)
            return report

        self.worker.start("sync", job, sibling)
        self._set_state(SyncState("syncing", last_sync=self.state.last_sync,
                                  conflicts=self.state.conflicts,
                                  conflict_notes=self.state.conflict_notes,
                                  conflicted=self.state.conflicted))

    # -- local changes not sent yet --------------------------------------------------------------
    def _poll_changes(self) -> None:
        """Whether the journal holds changes no sync took yet (typed, imported, added by
        any view): the status bar must not say « Synchronisé » then, and a sync follows
        ``SEND_AFTER_MS`` after the last one seen (``SEND_AT_MOST_S`` at the latest)."""
        store = self.store
        if store is None or not self.folder or self._held or store.read_only:
            return
        if self.worker.busy:
            return  # a job on the other connection: asked at the next tick
        try:
            pending = store.sync.pending_changes() > 0
        except Exception:  # a closing journal: asked again at the next unlock
            return
        self._changes_seen(pending)

    def _changes_seen(self, pending: bool, *, edited: bool = False) -> None:
        if not pending:
            if self._unsent:
                self._unsent, self._unsent_since = False, None
                self._set_state(self.state)
            return
        now = time.monotonic()
        if not self._unsent:
            self._unsent, self._unsent_since = True, now
            self._set_state(self.state)
            self.send_timer.start()
        elif edited or not self.send_timer.isActive():
            waited = now - (self._unsent_since or now)
            if not self.send_timer.isActive() or waited < SEND_AT_MOST_S:
                self.send_timer.start()  # debounced: after the last change…
        # …but never later than SEND_AT_MOST_S after the first: the timer then runs out

    # -- the folder offline, the journal inside it ------------------------------------------------
    def _probe_folder(self) -> None:
        """Offline: is the journal's folder back? A stat on the worker (a dead network
        share may hang), then a sync if it is."""
        root = self._journal_folder()
        if root is None or self.state.phase != "offline" or self.worker.busy:
            return
        self.worker.start("probe", lambda _connection, _cancelled: root.is_dir())

    def _journal_inside(self) -> bool:
        store = self.store
        if store is None or not self.folder:
            return False
        from carnet.ui.sync.page import inside

        return inside(store.path, Path(self.folder))

    def _say_refused(self) -> None:
        if self.state.phase != "refused":
            self._set_state(SyncState("refused", last_sync=self.state.last_sync))

    def _hook_editor(self) -> None:
        editor = self._session_editor()
        if editor is not None and editor is not self._editor_hooked:
            editor.autosaver.edited.connect(self._edited)
            self._editor_hooked = editor

    def _edited(self, *_args: object) -> None:
        self._typed.set()

    def _save_state_changed(self, state: str) -> None:
        self._save_state = state
        if state == "saving":
            self._typed.set()
        elif state == "saved" and self.folder and not self._refused:
            # an edit reached the journal: said at once, sent after the next pause
            QTimer.singleShot(0, self._poll_saved)

    def _poll_saved(self) -> None:
        store = self.store
        if store is None or not self.folder or self._held or store.read_only:
            return
        if self.worker.busy:
            return
        try:
            pending = store.sync.pending_changes() > 0
        except Exception:
            return
        self._changes_seen(pending, edited=True)

    # -- set-up and rewrap (the Synchronisation page) ----------------------------------------------
    def set_up(self, folder: Path, passphrase: str) -> bool:
        """Set ``folder`` up for this journal (wraps the sync key with ``passphrase``) on
        the worker; ``setupFinished`` says how it went, then a first sync runs."""
        store = self.store
        if store is None or self._held:
            return False
        self.worker.cancel_all()
        engine = _sync_engine()
        sibling = store.sync.open_sibling()
        self._store = store

        def job(connection, _cancelled):
            try:
                engine.setup(connection, folder, passphrase)
            except engine.SyncError as exc:
                # Not this journal's passphrase, or this journal's but not the folder's
                # (changed on another device): two different things to do.
                if code_of(exc.why) == "wrong_passphrase":
                    exc.details["journal"] = not connection.passphrase_matches(passphrase)
                raise
            return str(folder)

        self.worker.start("setup", job, sibling)
        self._set_state(SyncState("syncing", last_sync=self.state.last_sync))
        return True

    def remove_device(self, device_id: str) -> bool:
        """Take a device's change files out of the folder once every other device has
        them (:mod:`carnet.sync.devices`), on the worker; ``removeFinished`` says how."""
        store = self.store
        if store is None or not self.folder or self._held or self.worker.busy:
            return False
        from carnet.sync.devices import remove_device

        sibling = store.sync.open_sibling()
        self._store = store
        path = Path(self.folder)
        self.worker.start("remove", lambda connection, _cancelled: remove_device(
            connection, path, device_id), sibling)
        self._set_state(SyncState("syncing", last_sync=self.state.last_sync))
        return True

    # -- holding (passphrase change) -------------------------------------------------------------
    def hold(self) -> None:
        """No sync from now until :meth:`release`, and none running when this returns
        (the journal file is about to be replaced)."""
        self._held += 1
        self.worker.cancel_all()
        self.worker.wait()

    def release(self) -> None:
        self._held = max(0, self._held - 1)

    @property
    def held(self) -> bool:
        return bool(self._held)

    # -- results -----------------------------------------------------------------------------------
    def _finished(self, kind: str, result: Any, error: BaseException | None) -> None:
        store = self.store
        current = store is not None and store is self._store
        if kind == "setup":
            self._setup_finished(result, error, current)
        elif kind == "probe":
            if current and result is True and self.state.phase == "offline":
                self.request("again")  # the folder is back: sync now
            return
        elif kind == "sync" and current:  # a "final" one ends after the lock: nothing to show
            self._sync_finished(result, error)
        elif kind == "remove" and current:
            self._set_state(SyncState("done", last_sync=self.state.last_sync,
                                      conflicts=self.state.conflicts))
            if error is not None:
                engine = _sync_engine()
                said = (error_text(error, self.folder or "")
                        if isinstance(error, engine.SyncError) else str(error))
                self.removeFinished.emit(said)
            else:
                self.removeFinished.emit(list(result))
                if not result:
                    self._again = True  # the devices' list is read anew
        if self._again and not self.worker.busy and self.store is not None:
            self._again = False  # asked while busy (a click, an unlock during the last sync)
            self.request("again")

    def _setup_finished(self, result: Any, error: BaseException | None, current: bool) -> None:
        if error is not None:
            engine = _sync_engine()
            if isinstance(error, engine.SyncError):
                text = error_text(error, "")
            else:
                text = self.tr("The folder could not be set up: %1").replace(
                    "%1", str(error) or type(error).__name__)
            self._set_state(SyncState("done", last_sync=self.state.last_sync)
                            if self.folder else SyncState())
            self.setupFinished.emit(text)
            return
        if current:
            self.folder = self.store.sync.folder or result
            self._refused = self._journal_inside()
            self.period.start()
            self.changes_poll.start()
            self._set_state(SyncState("done", last_sync=self.state.last_sync))
        self.setupFinished.emit("")
        if current:
            self.request("setup")

    def _sync_finished(self, report: Any, error: BaseException | None) -> None:
        previous = self.state
        if error is not None:
            engine = _sync_engine()
            if isinstance(error, engine.SyncError):
                why = code_of(error.why)
                phase = "offline" if why == "folder_unavailable" else "failed"
                detail = error_text(error, self.folder or "")
            else:
                phase, detail = "failed", type(error).__name__ + ": " + str(error)
            self._set_state(SyncState(phase, last_sync=previous.last_sync, detail=detail))
            self._watch()
            return
        self.last_report = report
        if report.cancelled:
            self._set_state(SyncState("done", last_sync=previous.last_sync,
                                      conflicts=previous.conflicts,
                                      conflict_notes=previous.conflict_notes))
            if not self._held:
                self.retry.start()
        else:
            conflicts, notes = previous.conflicts, previous.conflict_notes
            conflicted = previous.conflicted
            # (also the first sync of this window: titles reworded on two devices and
            # still waiting for a choice are said again after a restart; and while such
            # titles are said: one chosen since leaves the badge)
            if report.received or report.conflicts or not self._conflicts_read or (
                    conflicts and self._wordings_said) or self._wordings_open():
                self._conflicts_read = True
                raw = self._conflicts_left(
                    list(getattr(report, "conflicted", []) or []), report.conflicts,
                    earlier=list(getattr(report, "still_conflicted", []) or []))
                conflicts = max(report.conflicts, len(raw))
                notes = all(item[0] == "step_notes" for item in raw)
                self._wordings_said = any((item[0], item[2]) in SHORT_TEXT_FIELDS
                                          for item in raw)
                conflicted = self._describe(raw)
            self._unsent, self._unsent_since = False, None
            self._set_state(SyncState(
                "done", last_sync=report.finished_at or datetime.now(UTC),
                conflicts=conflicts, conflict_notes=notes, complete=report.complete,
                detail=report_problems_text(report), conflicted=conflicted))
            self._poll_changes()  # typed while it ran: said, and sent soon
        self.reportArrived.emit(report)
        if report.received or getattr(report, "twins_removed", 0):
            self._refresh_notes()
            self._refresh_views()
        self._watch()

    # -- conflicts: which notes, and as long as they hold two versions -----------------------------
    def _wordings_open(self) -> bool:
        """Wordings wait to be chosen (a page's save may have kept one beside the
        person's, between two syncs: carnet/services/page_merge.py): read them again."""
        store = self.store
        try:
            return bool(store is not None and store.sync.has_open_wordings())
        except Exception:  # a closing journal: read at the next sync
            return False

    def _conflicts_left(self, new: list, count: int, *, earlier: list = ()) -> list:
        """The records holding two versions: this sync's, plus the long texts of earlier
        syncs that still show « Version de l'autre appareil » (the badge stays until the
        person has edited them). (table, uuid, field) each. ``earlier``: such texts
        found in the journal by the first sync since the unlock, so that they are still
        listed after a restart or a lock."""
        items = list(dict.fromkeys(tuple(item) for item in new))
        store = self.store
        if store is None:
            return items
        # Titles and names reworded on two devices: said until the person chooses a
        # wording (on the Sync page or the session page), not only at the sync that
        # found them.
        with contextlib.suppress(Exception):  # (a journal that refuses writes: no tidy-up)
            for open_ in store.sync.wording_conflicts():
                item = (open_.table, open_.uuid, open_.field)
                if item not in items:
                    items.append(item)
        for item in map(tuple, earlier):
            if item not in items and item not in self._conflicted:
                self._conflicted.append(item)
        for item in self._conflicted:
            if item in items or (item[0], item[2]) not in LONG_TEXT_FIELDS:
                continue
            with contextlib.suppress(Exception):  # (deleted meanwhile: no longer there)
                if store.sync.holding_versions(*item) is not None:
                    items.append(item)
        # In place: a list made mid-day and kept while locked holds a freed 1 MiB arena of
        # Python's from being given back (issue 19).
        self._conflicted[:] = items
        return items

    def _note_of(self, uuid: str) -> tuple[int, str] | None:
        """(session id, step id) of a step note's uuid (``<session uuid>/note/<step>``)."""
        session_uuid, _sep, step = uuid.partition("/note/")
        store = self.store
        if not step or store is None:
            return None
        for rid, known in store.sync.uuids_of("sessions").items():
            if known == session_uuid:
                return int(rid), step
        return None

    def _describe(self, items: list) -> tuple[str, ...]:
        """One line per text holding two versions (the first ten), saying where it is:
        « Codev, séance 3 (12 octobre 2026) — Exposé », « … — enseignement », « Codev —
        règles de fonctionnement »… — every kind of long text (it named step notes
        only: fresh7's F17). ``listed`` keeps the record of each line, in order."""
        lines, listed = [], []
        if self.store is None:
            return ()
        for item in items[:10]:
            line = None
            with contextlib.suppress(Exception):  # (deleted meanwhile: not said)
                line = self._where(tuple(item))
            if line:
                lines.append(line)
                listed.append(tuple(item))
        self.listed[:] = listed  # (in place: issue 19)
        return tuple(lines)

    def _located(self, item: tuple) -> tuple[int | None, int | None, str, Any]:
        """(session id, group id, kind, record) of a record holding two versions: the
        session it belongs to (None: the group's), and the kind ``focus_item`` knows."""
        store = self.store
        table, uuid, _field = item
        if table == "step_notes":
            located = self._note_of(uuid)
            if located is None:
                raise LookupError(uuid)
            return located[0], None, located[1], None
        rid = store.sync.holding_versions(*item)
        if rid is None:  # (a wording conflict's title, or reworded since: its own row id)
            rid = next((r for r, u in store.sync.uuids_of(table).items() if u == uuid), None)
        if rid is None:
            raise LookupError(uuid)
        if table in ("learnings", "feelings", "assessments", "actions"):
            record = getattr(store, {"learnings": "learnings", "feelings": "feelings",
                                     "assessments": "assessments",
                                     "actions": "actions"}[table]).get(rid)
            return record.session_id, None, table[:-1], record
        if table == "action_reviews":
            action = store.actions.get(store.reviews.get(rid).action_id)
            return action.session_id, None, "action", action
        if table == "topics":
            topic = store.topics.get(rid)
            return topic.session_id, topic.group_id, "topic", topic
        if table == "objectives":
            objective = store.objectives.get(rid)
            return None, objective.group_id, "objective", objective
        if table == "groups":
            return None, rid, "group", None
        raise LookupError(table)

    def _where(self, item: tuple) -> str | None:
        """The line that names ``item``'s place (None: a kind not said here)."""
        from carnet.ui import formats

        table, _uuid, field = item
        if (table, field) in SHORT_TEXT_FIELDS:
            return None  # (a title reworded: offered with its wordings, below)
        store = self.store
        session_id, group_id, kind, record = self._located(item)

        def quoted(text: str) -> str:
            text = " ".join(text.split())
            return self.tr("“%1”").replace("%1", text if len(text) <= 48
                                           else text[:47].rstrip() + "…")

        if table == "step_notes":
            what = kind
            language = "fr"
            with contextlib.suppress(Exception):
                from carnet.ui.i18n import current_language

                language = current_language()
            for template in self.window.templates:
                found = next((st for st in template.steps if st.id == kind), None)
                if found is not None:
                    what = found.title.get(language)
                    break
        elif table == "learnings":
            what = self.tr("a learning")
        elif table == "feelings":
            what = self.tr("a feeling")
        elif table == "assessments":
            what = self.tr("the rating of %1").replace(
                "%1", quoted(store.objectives.get(record.objective_id).title))
        elif table == "actions" and field == "outcome":
            what = self.tr("the outcome of the action %1").replace("%1", quoted(record.title))
        elif table == "actions":
            what = self.tr("the details of the action %1").replace("%1", quoted(record.title))
        elif table == "action_reviews":
            what = self.tr("a follow-up of the action %1").replace("%1", quoted(record.title))
        elif table == "topics":
            what = self.tr("the draft of the topic %1").replace("%1", quoted(record.title))
        elif table == "objectives":
            what = self.tr("the objective %1").replace("%1", quoted(record.title))
        elif field == "ground_rules":
            what = self.tr("the ground rules")
        else:
            what = self.tr("the group's notes")
        if session_id is not None:
            session = store.sessions.get(session_id)
            group = store.groups.get(session.group_id)
            return (self.tr("%1, session %2 (%3) — %4")
                    .replace("%1", group.name).replace("%2", str(session.number))
                    .replace("%3", formats.format_date(session.date)).replace("%4", what))
        name = store.groups.get(group_id).name if group_id is not None else self.tr(
            "Any group")
        return self.tr("%1 — %2").replace("%1", name).replace("%2", what)

    def open_listed(self, index: int) -> bool:
        """Show where the text of line ``index`` of ``state.conflicted`` is written, to
        be edited there: its session page at its place, Préparer for an open action's
        outcome or follow-up and for a topic, the group's page for its rules or an
        objective. False when it is no longer there."""
        workspace, store = self.window.workspace, self.store
        if workspace is None or store is None or not 0 <= index < len(self.listed):
            return False
        try:
            session_id, group_id, kind, record = self._located(self.listed[index])
        except Exception:  # deleted or edited meanwhile
            return False
        table = self.listed[index][0]
        if table in ("actions", "action_reviews", "topics"):
            view = workspace.show_view("prepare")
            if view is not None and table == "topics":
                view.tabs.setCurrentIndex(1)  # (the topics' tab; not listed there: below)
                if view.topics.select_topic(record.id):
                    return True
            elif view is not None and view.select_action(record.id):
                return True
        if session_id is None:
            if group_id is None:
                return False
            workspace.show_group(group_id)
            editor = workspace.group_editor
            field = editor.rules_edit if table == "groups" else editor.objectives_list
            QTimer.singleShot(0, field, lambda: editor.scroll.ensureWidgetVisible(field, 0, 160))
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        workspace.show_session(session_id)
        editor = workspace.session_editor
        if editor is None or editor.current_session_id != session_id:
            return False
        if table == "step_notes":
            editor.focus_step(kind)
        elif record is not None and kind in ("learning", "feeling", "assessment", "action",
                                             "topic"):
            editor.focus_item(kind, record.id)
        return True

    def _set_state(self, state: SyncState) -> None:
        if state.unsent != self._unsent:
            state = dataclasses.replace(state, unsent=self._unsent)
        self.state = state
        if state.phase == "offline":
            if not self.offline_poll.isActive():
                self.offline_poll.start()
        else:
            self.offline_poll.stop()
        self.stateChanged.emit()

    # -- the window after changes arrived --------------------------------------------------------
    def _refresh_views(self) -> None:
        workspace, store = self.window.workspace, self.store
        if workspace is None or store is None:
            return
        workspace.sidebar.load(store)
        current = workspace.stack.currentWidget()
        editor = workspace.session_editor
        if current is workspace.home:
            workspace.home.refresh()
        elif editor is not None and current is editor:
            self._pending_reload = True
            if self._typed.is_set() or self._typing():
                self.reload_timer.start()  # the person is typing: at the next pause
            else:
                self._reload_session()
        elif workspace.group_editor is not None and current is workspace.group_editor:
            group_editor = workspace.group_editor
            focus = self._focus()
            typing_there = focus is not None and group_editor.isAncestorOf(focus)
            # Re-read only a form with nothing pending: its edit waits for « Enregistrer »
            # (whose save merges what arrived meanwhile: services/page_merge), never
            # saved by a sync (it moved every planned session, undecided: fresh8's G9).
            if group_editor.group_id and not typing_there and not group_editor.is_dirty():
                group_editor.load(group_editor.group_id)
        else:
            for widget in workspace._views.values():
                if widget is current:
                    self._refresh_view(widget)
        self.refreshed.emit()

    def _refresh_view(self, widget: Any = None) -> None:
        """Re-read the view shown, changes having arrived — never while the person works
        in it (``editing()``: Préparer saved the follow-up being typed and emptied its
        field, fresh8's G10): it is re-read at the first pause after that, or when it is
        shown again."""
        workspace = self.window.workspace
        if widget is None:  # (the timer: the view the last sync found, if still shown)
            widget, self._view_pending = self._view_pending, None
        if workspace is None or widget is None or not shiboken6.isValid(widget) \
                or workspace.stack.currentWidget() is not widget:
            return
        editing = getattr(widget, "editing", None)
        if editing is not None and editing():
            self._view_pending = widget
            self.view_timer.start()
            return
        widget.refresh()

    def _open_notes(self) -> tuple[int, dict[str, str]] | None:
        """The open session page's notes as the journal holds them (after a flush)."""
        workspace, store, editor = self.window.workspace, self.store, self._session_editor()
        if (workspace is None or store is None or editor is None
                or workspace.stack.currentWidget() is not editor
                or editor.current_session_id is None):
            return None
        session_id = editor.current_session_id
        return session_id, {step: note.text for step, note in
                            store.notes.list_by_session(session_id).items()}

    def _refresh_notes(self) -> None:
        """Bring what arrived into the open page's step notes at once, in place.

        A note the person did not touch since the page read it shows the new text
        (the cursor kept). A note they typed in keeps their text: its save carries
        only their change and, the note having changed here and there, keeps the
        other device's text below theirs, visibly (``note_job``), whenever it runs —
        before this sync ended or after.
        """
        after = self._open_notes()
        editor = self._session_editor()
        if after is None or editor is None:
            return
        typed_over = False
        for step, section in editor.sections.items():
            arrived = getattr(section.body, "arrived", None)
            if arrived is None:
                continue
            if editor.autosaver.pending(("note", after[0], step)):
                # typed and not yet saved: its save keeps both, shown at once below
                typed_over |= after[1].get(step, "") != section.body.ref.base
                continue
            arrived(after[1].get(step, ""))
        if typed_over:
            editor.autosaver.flush()

    def _reload_session(self) -> None:
        """Re-read the open session page (changes arrived for it), never under typing."""
        workspace, store = self.window.workspace, self.store
        editor = self._session_editor()
        if not self._pending_reload or workspace is None or store is None or editor is None:
            return
        if workspace.stack.currentWidget() is not editor or editor.current_session_id is None:
            self._pending_reload = False  # the person left the page: it is read anew there
            return
        if self._typing() or QApplication.activeModalWidget() is not None:
            # (a dialog over the page — a photo's viewer with its caption — keeps the
            # page it shows: rebuilt under it, closing it raised and the app could not
            # be quit; read again once it is closed)
            self.reload_timer.start()
            return
        if not editor.flush():
            return  # a save failed: the page keeps its draft (the failure was reported)
        self._pending_reload = False
        session_id = editor.current_session_id
        from carnet.store.errors import NotFoundError

        try:
            store.sessions.get(session_id)
        except NotFoundError:  # deleted on another device (and not kept by an edit here)
            twin = self._twin_of(editor)
            if twin is not None:
                # a blank twin of the meeting planned on two devices, removed by the
                # sync (carnet/store/sync_twins.py): the meeting itself is still there
                workspace.show_session(twin)
                self.window.statusBar().showMessage(self.tr(
                    "This meeting had been planned on two devices: it is shown once now."),
                    15_000)
                self.refreshed.emit()
                return
            workspace.show_home()
            # said, not only gone from under the person's eyes (a review)
            self.window.statusBar().showMessage(self.tr(
                "The session shown was removed on another device (nothing was written in "
                "it here since)."), 15_000)
            self.refreshed.emit()
            return
        bar = editor._scroll.verticalScrollBar()
        scroll = bar.value()
        focus = self._focus()
        step, position = None, None
        if focus is not None and editor.isAncestorOf(focus):
            for step_id, section in editor.sections.items():
                if section.isAncestorOf(focus):
                    step = step_id
                    if isinstance(focus, QPlainTextEdit | QTextEdit):
                        position = focus.textCursor().position()
                    break
        editor.load(session_id)
        self._restore_place(editor, scroll, step, position)
        if step is None and focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()  # outside the steps (a title, the sidebar): where it was
        self.refreshed.emit()

    def _twin_of(self, editor) -> int | None:
        """The session now standing for the one the page showed, gone as a blank twin
        of the same meeting (same group, number and date); None when there is none."""
        shown = getattr(getattr(editor, "ctx", None), "session", None)
        store = self.store
        if shown is None or store is None:
            return None
        try:
            sessions = store.sessions.list_by_group(shown.group_id)
        except Exception:  # the group went too: Home, as for any removal
            return None
        return next((s.id for s in sessions if s.id != shown.id and s.number == shown.number
                     and s.date == shown.date), None)

    def _focus(self):
        """The widget the person's keystrokes go to in this window — also while another
        window is in front (``QApplication.focusWidget()`` is None then: a reload would
        forget the place and the keys would land in the toolbar's search field)."""
        return QApplication.focusWidget() or self.window.focusWidget()

    @staticmethod
    def _restore_place(editor, scroll: int, step: str | None, position: int | None) -> None:
        def restore() -> None:
            editor._scroll.verticalScrollBar().setValue(scroll)

        restore()
        QTimer.singleShot(0, restore)
        section = editor.sections.get(step) if step else None
        body = getattr(section, "body", None)
        field = getattr(body, "editor", None)
        if isinstance(field, QPlainTextEdit | QTextEdit):
            if position is not None:
                cursor = field.textCursor()
                cursor.setPosition(min(position, len(field.toPlainText())))
                field.setTextCursor(cursor)
            field.setFocus()

    # -- the folder watch --------------------------------------------------------------------------
    def _journal_folder(self) -> Path | None:
        store = self.store
        if store is None or not self.folder:
            return None
        try:
            journal_id = store.sync.identity().journal_id
        except Exception:  # not set up yet
            return None
        return Path(self.folder) / "Carnet" / journal_id

    def _listing(self) -> frozenset:
        """Names and sizes under the journal's folder: a change event that changed
        nothing (our own writes, already synced) starts no sync."""
        root = self._journal_folder()
        if root is None or not root.is_dir():
            return frozenset()
        found = set()
        try:
            for child in root.iterdir():
                if child.is_dir():
                    for item in child.iterdir():
                        found.add((child.name, item.name, item.stat().st_size))
                else:
                    found.add(("", child.name, child.stat().st_size))
        except OSError:
            return frozenset()
        return frozenset(found)

    def _watch(self) -> None:
        """Watch the journal's folder and each device's folder (new ones appear)."""
        root = self._journal_folder()
        if root is None or self.store is None:
            return
        wanted = [str(root)] if root.is_dir() else ([self.folder] if Path(
            self.folder).is_dir() else [])
        if root.is_dir():
            with contextlib.suppress(OSError):
                wanted += [str(p) for p in root.iterdir() if p.is_dir()]
        have = set(self.watcher.directories())
        missing = [p for p in wanted if p not in have]
        if missing:
            self.watcher.addPaths(missing)
        self._watch_incomplete(root)
        self._snapshot = self._listing()

    def _watch_incomplete(self, root: Path) -> None:
        """Watch the files the last sync found half-written (``INCOMPLETE``), and only
        those: completed in place, they bring a sync within seconds, not at the next
        five-minute timer (a fresh-eyes review)."""
        from carnet.sync.report import Code

        report = self.last_report
        wanted = set()
        for problem in getattr(report, "problems", None) or []:
            if problem.code == Code.INCOMPLETE and problem.file:
                path = root / problem.file
                if path.is_file():
                    wanted.add(str(path))
        have = set(self.watcher.files())
        gone = [p for p in have if p not in wanted]
        if gone:
            self.watcher.removePaths(gone)
        new = [p for p in wanted if p not in have]
        if new:
            self.watcher.addPaths(new)

    def _folder_settled(self) -> None:
        if self.worker.busy:
            self._again = True
            return
        if self._listing() == self._snapshot:
            return
        self.request("folder")

    # -- shutting down -----------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Wait for the worker (the app quits); results are delivered if the loop runs."""
        self._stop_timers()
        self.worker.cancel_all()
        self.worker.wait()
        QCoreApplication.sendPostedEvents(self.worker)
