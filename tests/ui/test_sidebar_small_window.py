"""The sidebar in a 1024×700 window: the coming session is in sight at unlock.

An earlier review: in a 1024×700 window the sidebar's tree showed the first group's
past sessions, the next meeting (in bold) below them, out of sight until one scrolled.
Nothing else was cut (the names elided have their tooltip; the tree scrolls to its
last row, above « Nouveau groupe… »).
"""

from __future__ import annotations

from datetime import date, timedelta

from ui_helpers import unlock_through_ui

from carnet.domain import Cadence, CadenceUnit, Group, Role, Session, SessionStatus
from carnet.store import JournalStore

PASSPHRASE = "small window"


def _journal(path) -> None:
    today = date.today()
    store = JournalStore.create(path, PASSPHRASE, owner_name="Camille")
    try:
        for name, first, count in (("Codev des managers de proximité", -200, 6),
                                   ("RPM — Cadres de santé", -180, 10)):
            group = store.groups.add(Group(name=name, template_id="rpm",
                                           cadence=Cadence(1, CadenceUnit.MONTH),
                                           planned_sessions=count,
                                           start_date=today + timedelta(days=first)))
            store.sessions.add_many([Session(
                group_id=group.id, number=n + 1,
                date=today + timedelta(days=first + 30 * n),
                status=(SessionStatus.HELD if first + 30 * n < 0
                        else SessionStatus.PLANNED), role=Role.PARTICIPANT)
                for n in range(count)])
    finally:
        store.close()


def test_the_next_session_is_in_sight_at_unlock(qtbot, make_window, tmp_path):
    path = tmp_path / "small.carnet"
    _journal(path)
    window = make_window(extensions=True)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, PASSPHRASE)
    sidebar = window.workspace.sidebar
    tree = sidebar.tree
    index = sidebar.model.soonest_next()
    assert index.isValid()
    assert sidebar.model.session_at(index).date >= date.today()
    assert sidebar.model.group_of(index).name == "RPM — Cadres de santé"
    qtbot.waitUntil(lambda: tree.viewport().rect().contains(tree.visualRect(index)))
    assert tree.visualRect(tree.model().index(0, 0)).bottom() < 0  # control: it scrolled
