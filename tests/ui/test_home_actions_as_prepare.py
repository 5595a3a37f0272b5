"""Home's « Actions à revoir d'ici là » lists what Préparer asks to review.

Found by a fresh-eyes review (fresh6), finding 4: under the card of the next session
(group A), the list left out group A's action that has no due date — which the banner
just above counts (« Séance 3 (Codev A) dans 2 jours : 2 actions ouvertes ») and
Préparer lists — and listed another group's overdue action in its place, without its
group's name. Now the next session's group's actions come first, undated ones
included, and another group's action due by then says its group. The reviewer's test
is kept (controls: the dated action is on Home; Préparer lists both).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from ui_helpers import unlock_through_ui

from carnet.domain import Action, Cadence, CadenceUnit, Group, Session, SessionStatus
from carnet.store import JournalStore

T = date.today()


def D(days: int) -> date:
    return T + timedelta(days=days)


@pytest.fixture
def two_groups(journal_path, passphrase):
    s = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        ga = s.groups.add(Group(name="Codev A", template_id="codev", planned_sessions=4,
                                cadence=Cadence(1, CadenceUnit.MONTH), start_date=D(-58)))
        gb = s.groups.add(Group(name="RPM B", template_id="rpm", planned_sessions=4,
                                cadence=Cadence(1, CadenceUnit.MONTH), start_date=D(-40)))
        _, a2, _ = s.sessions.add_many([Session(ga.id, 1, D(-58), SessionStatus.HELD),
                                        Session(ga.id, 2, D(-28), SessionStatus.HELD),
                                        Session(ga.id, 3, D(2))])
        _, b2, _ = s.sessions.add_many([Session(gb.id, 1, D(-40), SessionStatus.HELD),
                                        Session(gb.id, 2, D(-10), SessionStatus.HELD),
                                        Session(gb.id, 3, D(20))])
        s.actions.add(Action(session_id=a2.id, title="Relancer le planning", due_date=D(2)))
        s.actions.add(Action(session_id=a2.id, title="Lire le livre", due_date=None))
        s.actions.add(Action(session_id=b2.id, title="Appeler R.", due_date=D(-5)))
        return journal_path, ga.id
    finally:
        s.close()


def test_home_lists_the_next_sessions_actions_like_prepare(qtbot, make_window, two_groups,
                                                           passphrase):
    path, group_a = two_groups
    window = make_window()
    window.install_extensions()
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    home = window.workspace.home
    qtbot.waitUntil(lambda: "Relancer" in home.actions_list.text())  # control
    listed = home.actions_list.text()
    prepare = window.show_view("prepare")
    prepare.select_group(group_a)
    in_prepare = [item.action.title for item in prepare.preparation.due_items]
    assert sorted(in_prepare) == ["Lire le livre", "Relancer le planning"]  # control
    # Every action Préparer lists for the session Home announces is on Home too:
    assert "Lire le livre" in listed, listed
    # first, before another group's; which one says its group
    assert listed.index("Lire le livre") < listed.index("Appeler R.")
    other = listed[listed.index("Appeler R."):]
    assert "RPM B" in other.split("</tr>")[0], other
    assert "RPM B" not in listed[:listed.index("Appeler R.")]
