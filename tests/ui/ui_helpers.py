"""Helpers shared by the interface tests (imported by conftest and the tests)."""

from __future__ import annotations

from collections import deque
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from carnet.domain import (
    Action,
    ActionStatus,
    Cadence,
    CadenceUnit,
    Group,
    Member,
    Role,
    Session,
    SessionStatus,
    Topic,
    planned_dates,
)
from carnet.store import JournalStore
from carnet.ui.services import MessageService

#: A word that appears in every kind of journal content the tests write, and nowhere else.
MARKER = "Zéphyrine"


class RecordingMessageService(MessageService):
    """Records every message; answers questions and file choosers from queues."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answers: deque[bool] = deque()
        self.default_answer = False
        self.files: deque[str] = deque()
        #: Answers of ``choose`` (button indexes); without one, its default button —
        #: or ``default_choice`` when set (the fixtures' teardown leaves unsaved work).
        self.choices: deque[int] = deque()
        self.default_choice: int | None = None
        #: The buttons of each ``choose``, in order.
        self.buttons: list[list[str]] = []

    def information(self, parent, title, text) -> None:
        self.shown.append(("information", title, text))

    def warning(self, parent, title, text) -> None:
        self.shown.append(("warning", title, text))

    def error(self, parent, title, text) -> None:
        self.shown.append(("error", title, text))

    def question(self, parent, title, text) -> bool:
        self.shown.append(("question", title, text))
        return self.answers.popleft() if self.answers else self.default_answer

    def choose(self, parent, title, text, buttons, default=0) -> int:
        self.shown.append(("choose", title, text))
        self.buttons.append(list(buttons))
        if self.choices:
            return self.choices.popleft()
        return default if self.default_choice is None else self.default_choice

    def open_file(self, parent, title, folder, filters) -> str:
        self.shown.append(("open_file", title, folder))
        return self.files.popleft() if self.files else ""

    def open_files(self, parent, title, folder, filters) -> list[str]:
        """Answered from ``files`` too: an entry is one path or a list of paths."""
        self.shown.append(("open_files", title, folder))
        chosen = self.files.popleft() if self.files else []
        return [chosen] if isinstance(chosen, str) else list(chosen)

    def save_file(self, parent, title, suggested, filters) -> str:
        self.shown.append(("save_file", title, suggested))
        return self.files.popleft() if self.files else ""

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.shown]


def seed_journal(path: Path, passphrase: str, today: date | None = None) -> dict[str, int]:
    """A real journal with one co-développement group and MARKER in every kind of text."""
    today = today or date.today()
    store = JournalStore.create(path, passphrase, owner_name=f"Camille {MARKER}")
    try:
        start = today - timedelta(days=70)
        group = store.groups.add(Group(
            name=f"Codev {MARKER}", template_id="codev", facilitator=f"H. {MARKER}",
            cadence=Cadence(1, CadenceUnit.MONTH), planned_sessions=6, start_date=start,
            place=f"Salle {MARKER}", ground_rules=f"Confidentialité {MARKER}"))
        store.members.add(Member(pseudonym=f"M.{MARKER}", masked_names=[f"Marc {MARKER}"],
                                 group_id=group.id))
        sessions = [
            Session(group_id=group.id, number=i + 1, date=day,
                    status=SessionStatus.HELD if day < today else SessionStatus.PLANNED,
                    role=Role.CLIENT if i == 1 else Role.CONSULTANT,
                    themes=[f"thème {MARKER}"] if i == 1 else [])
            for i, day in enumerate(planned_dates(start, group.cadence, 6))
        ]
        store.sessions.add_many(sessions)
        held = [s for s in sessions if s.status is SessionStatus.HELD]
        upcoming = [s for s in sessions if s.status is SessionStatus.PLANNED]
        store.notes.save(held[-1].id, "expose", f"Ma situation {MARKER}")
        store.keywords.set(held[-1].id, f"élan{MARKER}")
        store.actions.add(Action(session_id=held[-1].id, title=f"Déléguer {MARKER}",
                                 due_date=upcoming[0].date, status=ActionStatus.TODO))
        store.topics.add(Topic(title=f"Sujet {MARKER}", group_id=group.id))
        return {"group": group.id, "held": held[-1].id, "next": upcoming[0].id,
                "first": sessions[0].id}
    finally:
        store.close()


def unlock_through_ui(qtbot, window, passphrase: str) -> None:
    """Type the passphrase and click Unlock; wait until the journal is open."""
    field = window.unlock.passphrase_edit
    qtbot.waitUntil(field.isEnabled)
    field.clear()
    type_text(qtbot, field, passphrase)
    with qtbot.waitSignal(window.journalOpened, timeout=30_000):
        qtbot.mouseClick(window.unlock.unlock_button, Qt.MouseButton.LeftButton)


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, accents and « » included.

    ``qtbot.keyClicks`` only knows ASCII keys; other characters are sent as
    key events carrying their text, as a keyboard layout would.
    """
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def lock_and_release(qtbot, window) -> None:
    """Lock, then let the event loop turn until the memory is released (a turn after
    the workspace is destroyed)."""
    from carnet.ui import memory

    released = []
    original = memory.release_memory

    def spy(**kwargs) -> None:
        original(**kwargs)
        released.append(1)

    memory.release_memory = spy  # (the lock imports it when it runs)
    try:
        window.lock()
        qtbot.waitUntil(lambda: bool(released), timeout=10_000)
    finally:
        memory.release_memory = original
    qtbot.wait(10)
    import gc

    gc.collect()


def open_prepare(qtbot, make_window, journal_path, passphrase: str,
                 group_id: int | None = None):
    """A window with every feature, unlocked through the unlock screen, on « Préparer »
    (``group_id``'s, when given); returns the window and the view."""
    window = make_window()
    window.install_extensions()
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    view = window.show_view("prepare")
    if group_id is not None:
        view.select_group(group_id)
    return window, view


def seed_with_a_second_device(path: Path, passphrase: str, folder: Path,
                              other: Path) -> dict[str, int]:
    """:func:`seed_journal`, set up to sync through ``folder`` and synced once, and a
    second device (« Portable ») joined from the folder at ``other``; the seed's ids."""
    import carnet.sync as engine

    ids = seed_journal(path, passphrase)
    store = JournalStore.open(path, passphrase)
    try:
        engine.setup(store, folder, passphrase)
        assert engine.sync_once(store, folder).complete
    finally:
        store.close()
    assert engine.join(folder, passphrase, other, device_label="Portable").complete
    return ids
