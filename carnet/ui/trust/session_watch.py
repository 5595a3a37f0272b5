"""Lock the journal when the session's screen locks or the machine goes to sleep.

Where the platform tells Qt (Linux, through D-Bus):

* system bus, logind: ``org.freedesktop.login1.Manager.PrepareForSleep(true)``
  (suspend, hibernate) and ``org.freedesktop.login1.Session.Lock`` on this
  session's object;
* session bus: ``org.freedesktop.ScreenSaver.ActiveChanged(true)`` (KDE, and
  the freedesktop name GNOME also serves) and ``org.gnome.ScreenSaver.ActiveChanged``.

Each bus is used when it exists; without one (Windows, macOS, a container, the
tests' offscreen platform) nothing happens and nothing is reported. A signal
can only ever ask for a lock, the safe direction, so the sender is not checked.
The slots are plain methods: tests call them directly, or connect a private bus.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import SLOT, QObject, Signal, Slot

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("org.gnome.ScreenSaver", "ActiveChanged"),
)


def session_object_path(session_id: str | None) -> str | None:
    """logind's object path of a session id (``sd_bus_path_encode``), or None."""
    if not session_id:
        return None
    encoded = "".join(
        c if re.fullmatch(r"[A-Za-z0-9]", c) and not (i == 0 and c.isdigit())
        else "".join(f"_{b:02x}" for b in c.encode())
        for i, c in enumerate(session_id)
    )
    return f"{LOGIN1_PATH}/session/{encoded}"


class SessionLockWatcher(QObject):
    """Emits ``lockRequested(reason)`` when the screen locks or the machine sleeps."""

    lockRequested = Signal(str)  # noqa: N815 - "sleep" | "session" | "screensaver"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: What was connected, for the record and the tests: (bus, interface, member).
        self.connected: list[tuple[str, str, str]] = []

    def start(self, system_bus=None, session_bus=None) -> list[tuple[str, str, str]]:
        """Listen on the buses (the standard ones by default); what got connected."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return self.connected
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        if system.isConnected():
            self._connect(system, "system", "", LOGIN1_PATH, f"{LOGIN1}.Manager",
                          "PrepareForSleep", "prepare_for_sleep(bool)")
            path = session_object_path(os.environ.get("XDG_SESSION_ID"))
            if path is not None:
                self._connect(system, "system", "", path, f"{LOGIN1}.Session", "Lock",
                              "session_locked()")
        if session.isConnected():
            for interface, member in SCREENSAVERS:
                self._connect(session, "session", "", "", interface, member,
                              "screensaver_active(bool)")
        return self.connected

    def _connect(self, bus, bus_name: str, service: str, path: str, interface: str,
                 member: str, slot: str) -> None:
        if bus.connect(service, path, interface, member, self, SLOT(slot)):
            self.connected.append((bus_name, interface, member))

    # -- slots (called by D-Bus, or directly by tests) ------------------------------------------
    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.lockRequested.emit("sleep")

    @Slot()
    def session_locked(self) -> None:
        self.lockRequested.emit("session")

    @Slot(bool)
    def screensaver_active(self, active: bool) -> None:
        if active:
            self.lockRequested.emit("screensaver")
