"""An archived group leaves Home, Préparer and the reminders, and says what it still holds open.

Found by a fresh-eyes review (fresh6):
- finding 5: archiving a group whose cycle ended before its last planned session (its
  last meeting cancelled) left it on Home — « Prochaine séance Codev A », the banner
  « Séance 3 (Codev A) dans 2 jours » — in Préparer and in the reminders, while its page
  said « il n'est plus proposé sur l'accueil, dans Préparer ni dans Progression ». The
  next session is now looked for in the groups not archived (a group chosen by name in
  Préparer still shows its own), and an archived group's meetings are not announced.
- finding 13: archiving with actions still open and a topic waiting said nothing, and
  Home then showed only « Les cycles de vos groupes sont terminés »: they were on no
  screen looked at between meetings. The group's page and Home's end-of-cycle card now
  say how many remain and where Préparer lists them.
The reviewer's tests are kept (controls: before archiving, Codev A is next; the
end-of-cycle card is shown; one open action before).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from ui_helpers import MARKER, unlock_through_ui

from carnet.domain import Action, Cadence, CadenceUnit, Group, Session, SessionStatus
from carnet.services.reminders import schedule
from carnet.store import JournalStore

T = date.today()


def D(days: int) -> date:
    return T + timedelta(days=days)


@pytest.fixture
def two_groups(journal_path, passphrase):
    s = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        ga = s.groups.add(Group(name="Codev A", template_id="codev", planned_sessions=3,
                                cadence=Cadence(1, CadenceUnit.MONTH), start_date=D(-58)))
        gb = s.groups.add(Group(name="RPM B", template_id="rpm", planned_sessions=3,
                                cadence=Cadence(1, CadenceUnit.MONTH), start_date=D(-40)))
        _, a2, _ = s.sessions.add_many([Session(ga.id, 1, D(-58), SessionStatus.HELD),
                                        Session(ga.id, 2, D(-28), SessionStatus.HELD),
                                        Session(ga.id, 3, D(2))])
        s.sessions.add_many([Session(gb.id, 1, D(-40), SessionStatus.HELD),
                             Session(gb.id, 2, D(-10), SessionStatus.HELD),
                             Session(gb.id, 3, D(20))])
        s.actions.add(Action(session_id=a2.id, title="Relancer le planning", due_date=D(2)))
        return journal_path, ga.id
    finally:
        s.close()


def test_an_archived_group_is_no_longer_proposed_on_home(qtbot, make_window, two_groups,
                                                         passphrase, message_service):
    path, group_a = two_groups
    window = make_window(extensions=True)
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    home = window.workspace.home
    assert "Codev A" in home.next_title.text()  # control: before, it is the next one
    window.workspace.show_group(group_a)
    editor = window.workspace.group_editor
    message_service.answers.append(True)  # asked first (tests/ui/test_archive_asks_first.py)
    qtbot.mouseClick(editor.archive_button, Qt.MouseButton.LeftButton)
    assert window.store.groups.get(group_a).archived
    hint = editor.ending_hint.text()
    assert "Home" in hint or "accueil" in hint  # what the page promises
    window.go_home()  # (the reviewer wrote show_view("home"), which is no view: Accueil)
    qtbot.wait(100)
    shown = " ".join((home.next_title.text(), home.reminder.text() if home.reminder.isVisible()
                      else "", home.actions_list.text()))
    assert "RPM B" in home.next_title.text() and "Codev A" not in shown, shown


def test_archiving_with_open_actions_says_what_stays_open(qtbot, unlocked, message_service):
    window = unlocked()
    group_id = window.ids["group"]
    store = window.store
    open_actions = store.actions.list(group_id=group_id, open_only=True)
    assert [a.title for a in open_actions] == [f"Déléguer {MARKER}"]  # control
    window.workspace.show_group(group_id)
    editor = window.workspace.group_editor
    message_service.answers.append(True)
    qtbot.mouseClick(editor.archive_button, Qt.MouseButton.LeftButton)
    assert store.groups.get(group_id).archived
    window.go_home()
    home = window.workspace.home
    assert home.archived_card.isVisible()  # control: the end-of-cycle card
    told = " ".join(text for _kind, _title, text in message_service.shown)
    told += " " + editor.ending_hint.text() + " " + home.archived_text.text()
    assert "Déléguer" in told or "action" in told.lower(), told
    assert "1 action" in editor.ending_hint.text() and "1 action" in home.archived_text.text()


def test_an_archived_groups_meeting_is_not_announced(two_groups, passphrase):
    path, group_a = two_groups
    store = JournalStore.open(path, passphrase)
    try:
        assert any(r.group_id == group_a for r in schedule(store, T))  # control
        group = store.groups.get(group_a)
        group.archived = True
        store.groups.update(group)
        assert not any(r.group_id == group_a for r in schedule(store, T))
    finally:
        store.close()
