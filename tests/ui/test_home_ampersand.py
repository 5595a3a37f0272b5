"""A group name holding « & » on Home's « A-t-elle eu lieu ? » card (found by a fresh-eyes review).

Seen in the real window (French UI, /tmp/fresh2/s/s7_a.png): the group
« Co-dév des cadres <b> & ]]> » is listed on Home as
« Co-dév des cadres <b> _]]> — Séance… »: the « & » is eaten as a keyboard
mnemonic (the title is a QPushButton), the space after it drawn underlined,
and Alt+Space becomes that button's shortcut. The sidebar, the session header
and the booklet show the name right. What the person named their group is
silently shown otherwise.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QKeySequence
from ui_helpers import unlock_through_ui

from carnet.domain import Cadence, Group, Role, Session
from carnet.store import JournalStore

TODAY = date.today()


def _journal(path, passphrase, name):
    store = JournalStore.create(path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name=name, template_id="codev", planned_sessions=3,
                                       cadence=Cadence(), start_date=TODAY - timedelta(days=7)))
        store.sessions.add_many([
            Session(group.id, 1, TODAY - timedelta(days=7), role=Role.CLIENT),
            Session(group.id, 2, TODAY + timedelta(days=30), role=Role.CONSULTANT),
        ])
    finally:
        store.close()


@pytest.fixture
def home_row(qtbot, make_window, journal_path, passphrase):
    def open_home(name):
        _journal(journal_path, passphrase, name)
        window = make_window()
        window.show()
        qtbot.waitExposed(window)
        window.start(journal_path)
        unlock_through_ui(qtbot, window, passphrase)
        window.workspace.show_home()
        (row,) = window.workspace.home.past_sessions.rows
        return row
    return open_home


def _shown(button_text: str) -> str:
    """What Qt draws for a button's text: a lone « & » is a mnemonic marker, « && » is « & »."""
    out, i = [], 0
    while i < len(button_text):
        if button_text[i] == "&":
            if button_text[i + 1:i + 2] == "&":
                out.append("&")
                i += 2
                continue
            i += 1
            continue
        out.append(button_text[i])
        i += 1
    return "".join(out)


def test_control_a_plain_name_is_shown_whole(home_row):
    row = home_row("Codév du jeudi")
    assert _shown(row.title.text()).startswith("Codév du jeudi — ")
    assert QKeySequence.mnemonic(row.title.text()).isEmpty()


def test_a_name_with_an_ampersand_is_shown_whole(home_row):
    row = home_row("Co-dév des cadres <b> & ]]>")
    assert _shown(row.title.text()).startswith("Co-dév des cadres <b> & ]]> — "), row.title.text()
    assert QKeySequence.mnemonic(row.title.text()).isEmpty()  # no stray Alt+Space shortcut
