"""Issue 7, point 5: the journal locks by hand (Ctrl+L), after the idle time of the
settings (a fake clock: minutes of a few milliseconds), when the screen locks or
the machine goes to sleep (logind and screen-saver signals over D-Bus), and no
dialog ever blocks it: every dialog is closed, modal ones included, and the code
that was waiting in it copes with the store being gone.

Locking saves the pending draft (encrypted) first, closes the connection and
forgets every text on screen and every undo history. The clipboard part of
the lock is in test_clipboard.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
import shiboken6
import sqlcipher3
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
from trust_helpers import needles, new_marker, scan_for
from ui_helpers import type_text, unlock_through_ui

from carnet.store import JournalStore
from carnet.ui.services import MessageService, messages, set_message_service
from carnet.ui.trust.dialogs import open_dialogs
from carnet.ui.trust.session_watch import session_object_path


def all_texts() -> list[str]:
    """Every text any widget of the application shows or holds."""
    texts = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        texts.append(widget.windowTitle())
        texts.append(widget.toolTip())
    return texts


def drain_deletions() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


# -- by hand ----------------------------------------------------------------------------------


def test_ctrl_l_saves_the_draft_encrypted_then_forgets_every_text_and_undo(
    qtbot, unlocked, journal_path, passphrase
):
    window = unlocked()
    marker = new_marker()
    workspace = window.workspace
    workspace.show_session(window.ids["held"])
    editor = workspace.session_editor
    editor.autosaver._debounce.setInterval(600_000)  # nothing saved before the lock…
    editor.autosaver._max_wait.setInterval(600_000)
    # …nor by the search typed below: on a loaded machine a key can take longer than the
    # search's debounce, which would show the search view and so save the page's draft.
    window.insights.timer.setInterval(600_000)
    # The search first, then the draft, then Ctrl+L at once: typed between the draft and
    # the lock, the search saw the draft saved before the lock in two whole-suite runs
    # (session 15, cause not found); the lock is what must save it.
    window.search_field.setFocus()
    type_text(qtbot, window.search_field, marker)
    source = editor.sections["synthese"].body.editor
    source.setFocus()
    type_text(qtbot, source, f"Brouillon {marker}")
    assert source.document().isUndoAvailable()
    assert window.store.notes.get(window.ids["held"], "synthese") is None  # …not yet
    store = window.store

    with qtbot.waitSignal(window.journalLocked, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.store is None and window.workspace is None
    with pytest.raises(sqlcipher3.ProgrammingError):  # the connection is closed
        store.conn.execute("SELECT 1")
    assert window.search_field.text() == "" and not window.search_field.isUndoAvailable()
    drain_deletions()
    assert not shiboken6.isValid(source)  # the editor and its undo stack are gone
    assert [t for t in all_texts() if marker in t] == []
    # The draft was saved first, and encrypted: the file never holds it in clear.
    assert scan_for([journal_path.parent], needles(marker)).hits == []
    reopened = JournalStore.open(journal_path, passphrase)
    try:
        assert reopened.notes.get(window.ids["held"], "synthese").text == f"Brouillon {marker}"
    finally:
        reopened.close()


# -- after idle time, with a fake clock ----------------------------------------------------------


def test_idle_lock_after_the_settings_delay_on_a_fake_clock(qtbot, make_window, settings,
                                                            journal_path, passphrase):
    from ui_helpers import seed_journal

    seed_journal(journal_path, passphrase)
    window = make_window(extensions=True)
    window.idle.minute_ms = 3  # a "minute" of 3 ms
    window.show()
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    assert window.idle.interval_ms == 10 * 3  # the default: 10 minutes
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=10_000)
    assert window.pages.currentWidget() is window.unlock

    settings.autolock_minutes = 4
    unlock_through_ui(qtbot, window, passphrase)
    assert window.idle.interval_ms == 4 * 3
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=10_000)

    settings.autolock_minutes = 0  # "never"
    window.idle.minute_ms = 60_000
    unlock_through_ui(qtbot, window, passphrase)
    assert not window.idle.active


def test_activity_anywhere_in_the_app_postpones_the_idle_lock(qtbot, unlocked):
    window = unlocked(minute_ms=200, settle=False)  # 10 "minutes" = 2 s
    interval = window.idle.interval_ms
    assert interval == 2_000
    other = QLineEdit()  # a widget outside the main window: the filter is app-wide
    qtbot.addWidget(other)
    other.show()
    for event in (
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
        QMouseEvent(QEvent.Type.MouseMove, QPoint(5, 5), QPoint(5, 5),
                    Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.waitUntil(lambda: window.idle.remaining_ms() < interval * 0.6, timeout=5_000)
        QApplication.sendEvent(other, event)
        # The countdown started again (a coarse timer: within 5 % of the interval).
        assert window.idle.remaining_ms() > interval * 0.85
    assert window.is_unlocked
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=10_000)  # then, left alone


# -- no dialog blocks the lock ---------------------------------------------------------------------


def _unsaved_group_question(window):
    """The workspace asks whether to discard an unsaveable group (messages().question)."""
    workspace = window.workspace
    workspace.show_group(window.ids["group"])
    editor = workspace.group_editor
    editor.name_edit.setText("")
    editor.name_edit.textEdited.emit("")
    return workspace.show_home()


OPENERS = {
    "question": _unsaved_group_question,
    "file chooser": lambda window: window.choose_journal(),
    "information": lambda window: messages().information(window, "Titre", "Texte"),
    "preferences": lambda window: window.preferences_action.edit(),
    "booklet": lambda window: window.open_booklet(),
    "export": lambda window: window.exchange_actions.export(),
    "passphrase": lambda window: window.trust.change_passphrase(),
    "restore": lambda window: window.trust.restore_backup(),
    "guide (not modal)": None,
    "context menu": lambda window: window.workspace.sidebar._context_menu(QPoint(20, 20)),
    "window menu": lambda window: window.menus["file"].exec(window.mapToGlobal(QPoint(5, 5))),
}


@pytest.mark.parametrize("kind", list(OPENERS))
def test_the_idle_lock_closes_any_dialog_and_the_waiting_code_copes(qtbot, unlocked, kind):
    window = unlocked()
    set_message_service(MessageService())  # real message boxes and file choosers
    locked = []
    window.journalLocked.connect(lambda: locked.append(True))
    seen: list[str] = []

    def watch() -> None:  # what was open when the lock came
        seen.extend(type(d).__name__ for d in open_dialogs(window))
        if QApplication.activePopupWidget() is not None:
            seen.append(type(QApplication.activePopupWidget()).__name__)

    window.idle.idle.disconnect(window._idle_lock)
    window.idle.idle.connect(watch)
    window.idle.idle.connect(window._idle_lock)  # after watch()
    window.idle.minute_ms = 5
    window.idle.start(10)  # 50 ms from now, whatever is open by then
    opener = OPENERS[kind]
    if opener is None:
        window.help_actions.show_guide()
        qtbot.waitUntil(lambda: not window.is_unlocked, timeout=10_000)
    else:
        opener(window)  # blocks in exec() until the lock closes the dialog
    assert seen, "a dialog was open when the idle time ran out"
    assert locked == [True]
    assert window.store is None and window.pages.currentWidget() is window.unlock
    assert open_dialogs(window) == [] and QApplication.activePopupWidget() is None
    assert [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()] == []


def test_nested_dialogs_are_closed_innermost_first(qtbot, unlocked):
    window = unlocked()
    set_message_service(MessageService())
    order: list[str] = []
    outer = QDialog(window)
    outer.setModal(True)

    def open_inner() -> None:
        answer = messages().question(outer, "Intérieur", "Oui ou non ?")
        order.append(f"inner returned {answer}")
        order.append(f"store after inner: {window.store}")

    def arm_lock() -> None:
        window.idle.minute_ms = 5
        window.idle.start(4)

    QTimer.singleShot(0, arm_lock)
    QTimer.singleShot(0, open_inner)
    result = outer.exec()
    order.append(f"outer returned {result}")
    assert order == ["inner returned False", "store after inner: None", "outer returned 0"]
    assert not window.is_unlocked


def test_a_dialog_that_refuses_to_close_is_closed_all_the_same(qtbot, unlocked):
    class Stubborn(QDialog):
        def reject(self) -> None:  # like the booklet dialog while it builds
            self.refused = getattr(self, "refused", 0) + 1

    window = unlocked()
    dialog = Stubborn(window)
    dialog.setModal(True)
    QTimer.singleShot(0, window.lock)
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert dialog.refused == 1 and not window.is_unlocked


# -- screen lock and sleep -------------------------------------------------------------------------


def test_sleep_screen_lock_and_screensaver_slots_lock(qtbot, unlocked, passphrase):
    window = unlocked()
    watch = window.session_watch
    watch.prepare_for_sleep(False)  # waking up: nothing to do
    watch.screensaver_active(False)  # screen saver ends: nothing to do
    assert window.is_unlocked
    for lock_now in (lambda: watch.prepare_for_sleep(True), watch.session_locked,
                     lambda: watch.screensaver_active(True)):
        with qtbot.waitSignal(window.journalLocked, timeout=10_000):
            lock_now()
        assert window.store is None
        unlock_through_ui(qtbot, window, passphrase)


def test_session_object_path_is_logind_encoding():
    assert session_object_path("c2") == "/org/freedesktop/login1/session/c2"
    assert session_object_path("2") == "/org/freedesktop/login1/session/_32"
    assert session_object_path("a_b") == "/org/freedesktop/login1/session/a_5fb"
    assert session_object_path("") is None
    assert session_object_path(None) is None


@pytest.fixture
def private_bus(tmp_path):
    """A D-Bus daemon of our own (no system or session bus in tests); its address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    config = tmp_path / "bus.conf"
    config.write_text(
        "<!DOCTYPE busconfig PUBLIC '-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN' "
        "'http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd'><busconfig>"
        f"<type>session</type><listen>unix:dir={tmp_path}</listen>"
        "<policy context='default'><allow send_destination='*' eavesdrop='true'/>"
        "<allow eavesdrop='true'/><allow own='*'/></policy></busconfig>")
    process = subprocess.Popen([daemon, f"--config-file={config}", "--nofork",
                                "--print-address=1"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        address = process.stdout.readline().strip()
        if not address:
            pytest.skip("dbus-daemon did not start")
        yield address
    finally:
        process.terminate()
        process.wait(10)


def test_real_dbus_signals_lock_the_journal(qtbot, unlocked, passphrase, private_bus,
                                            monkeypatch):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    monkeypatch.setenv("XDG_SESSION_ID", "c7")
    window = unlocked()
    names = ["carnet-system", "carnet-session", "carnet-peer"]
    system, session, peer = (QDBusConnection.connectToBus(private_bus, n) for n in names)
    try:
        assert system.isConnected() and session.isConnected() and peer.isConnected()
        watch = window.session_watch
        connected = watch.start(system_bus=system, session_bus=session)
        assert ("system", "org.freedesktop.login1.Manager", "PrepareForSleep") in connected
        assert ("system", "org.freedesktop.login1.Session", "Lock") in connected
        assert ("session", "org.freedesktop.ScreenSaver", "ActiveChanged") in connected
        assert ("session", "org.gnome.ScreenSaver", "ActiveChanged") in connected
        reasons: list[str] = []
        watch.lockRequested.connect(reasons.append)
        # The bus adds a connection's match rules when it reads them: a call answered on
        # the same connection proves they are in place before the peer signals (under a
        # loaded CI machine the first signal could otherwise reach no rule yet).
        for bus in (system, session):
            ping = QDBusMessage.createMethodCall(
                "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId")
            assert bus.call(ping).type() == QDBusMessage.MessageType.ReplyMessage

        def signal(path: str, interface: str, member: str, *args) -> None:
            message = QDBusMessage.createSignal(path, interface, member)
            if args:
                message.setArguments(list(args))
            assert peer.send(message)

        login1 = "/org/freedesktop/login1"
        # Another session locking, and a wake-up, must not lock this one; D-Bus keeps
        # one sender's order, so the screensaver signal after them proves they arrived.
        signal(f"{login1}/session/c8", "org.freedesktop.login1.Session", "Lock")
        signal(login1, "org.freedesktop.login1.Manager", "PrepareForSleep", False)
        signal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
               "ActiveChanged", False)
        with qtbot.waitSignal(window.journalLocked, timeout=10_000):
            signal("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
        assert reasons == ["screensaver"]

        for path, interface, member, args, reason in (
            (login1, "org.freedesktop.login1.Manager", "PrepareForSleep", (True,), "sleep"),
            (f"{login1}/session/c7", "org.freedesktop.login1.Session", "Lock", (), "session"),
            ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", (True,),
             "screensaver"),
        ):
            unlock_through_ui(qtbot, window, passphrase)
            with qtbot.waitSignal(window.journalLocked, timeout=10_000):
                signal(path, interface, member, *args)
            assert reasons[-1] == reason and window.store is None
    finally:
        for name in names:
            QDBusConnection.disconnectFromBus(name)


def test_without_any_bus_nothing_is_connected_and_nothing_breaks(qtbot, make_window):
    from PySide6.QtDBus import QDBusConnection

    window = make_window(extensions=True)
    if QDBusConnection.systemBus().isConnected() or QDBusConnection.sessionBus().isConnected():
        pytest.skip("this machine has a D-Bus bus: the no-bus case cannot be shown here")
    assert window.session_watch.connected == []

