"""« Depuis la dernière fois » tells what I did since with an older action.

Found by a fresh-eyes review (fresh6), finding 1: an action decided at an earlier
session, followed up and closed since the last meeting (« Faite », with « J'ai dit non
trois fois, ça marche »), was nowhere on the check-in page — the screen made for the
opening round — nor on Home or Préparer (closed): the one success to tell the group
was hidden. The check-in now lists, after the last session's actions, those of
earlier sessions followed up since the last one (closed ones too), with their status,
what I tried and what happened; on screen and on its one-page print. An older action
not followed up since stays in « Still open from before » (the control, with the
reviewer's: the last session's action is listed).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from test_booklet_helpers import norm, pdftotext, require_poppler
from ui_helpers import unlock_through_ui

from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Cadence,
    CadenceUnit,
    Group,
    Session,
    SessionStatus,
)
from carnet.services.check_in import check_in
from carnet.store import JournalStore

CLICK = Qt.MouseButton.LeftButton
TRIED = "J'ai dit non trois fois, ça marche"


def _seed(path, passphrase):
    today = date.today()
    store = JournalStore.create(path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codev", template_id="codev",
                                       cadence=Cadence(1, CadenceUnit.MONTH), planned_sessions=6,
                                       start_date=today - timedelta(days=60)))
        s1, s2, s3 = store.sessions.add_many([
            Session(group_id=group.id, number=1, date=today - timedelta(days=60),
                    status=SessionStatus.HELD),
            Session(group_id=group.id, number=2, date=today - timedelta(days=30),
                    status=SessionStatus.HELD),
            Session(group_id=group.id, number=3, date=today + timedelta(days=5)),
        ])
        # decided at session 1, carried over, done last week with what I tried
        older = store.actions.add(Action(session_id=s1.id, title="Dire non aux réunions",
                                         due_date=s2.date, status=ActionStatus.DONE))
        store.reviews.add(ActionReview(action_id=older.id, date=today - timedelta(days=7),
                                       note=TRIED, status=ActionStatus.DONE))
        # decided at session 1 too, still open, not followed up since session 2
        waiting = store.actions.add(Action(session_id=s1.id, title="Relire mes notes",
                                           due_date=s2.date))
        store.reviews.add(ActionReview(action_id=waiting.id, date=today - timedelta(days=45),
                                       note="Pas encore", status=ActionStatus.IN_PROGRESS))
        # decided at the last session (the control: it is listed)
        store.actions.add(Action(session_id=s2.id, title="Déléguer le planning",
                                 due_date=s3.date))
    finally:
        store.close()


def test_action_done_since_last_time_is_on_the_check_in(qtbot, make_window, journal_path,
                                                        passphrase, tmp_path):
    _seed(journal_path, passphrase)
    window = make_window()
    assert "carnet.ui.ext_between" in window.install_extensions(["carnet.ui.ext_between"])
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    line = window.workspace.home.findChild(QPushButton, "checkInHomeButton")
    qtbot.waitUntil(line.isVisible)
    qtbot.mouseClick(line, CLICK)
    view = window.workspace.stack.currentWidget()
    assert view.objectName() == "checkIn"
    shown = " ".join(label.text() for label in view.findChildren(QLabel) if label.isVisible())
    assert "Déléguer le planning" in shown  # control: the last session's action is there
    # What I tried and achieved since the last meeting, on the page made to tell it:
    assert "Dire non aux réunions" in shown, shown
    assert TRIED[:20] in shown, shown
    # the older action not followed up since: still listed as open from before, once
    assert shown.count("Relire mes notes") == 1 and "Pas encore" not in shown

    require_poppler()
    from carnet.booklet.check_in_sheet import build_check_in_sheet

    text = norm(pdftotext(build_check_in_sheet(view.data, tmp_path / "ci.pdf", "fr")))
    assert "Dire non aux réunions" in text and norm(TRIED)[:20] in text, text
    assert "Suivies depuis" in text


def test_the_check_in_lists_older_actions_followed_up_since(store):
    """The rule, without the window: followed up since the last session = a follow-up
    dated on or after it; closed or not."""
    today = date(2026, 12, 7)
    group = store.groups.add(Group(name="G", template_id="codev", planned_sessions=6,
                                   cadence=Cadence()))
    s1 = store.sessions.add(Session(group.id, 1, date(2026, 10, 1), SessionStatus.HELD))
    s2 = store.sessions.add(Session(group.id, 2, date(2026, 11, 1), SessionStatus.HELD))
    store.sessions.add(Session(group.id, 3, date(2026, 12, 10)))
    done = store.actions.add(Action(s1.id, "Faite depuis", status=ActionStatus.DONE))
    store.reviews.add(ActionReview(done.id, date(2026, 11, 20), "Réussi",
                                   ActionStatus.DONE))
    before = store.actions.add(Action(s1.id, "Suivie avant", status=ActionStatus.DONE))
    store.reviews.add(ActionReview(before.id, date(2026, 10, 20), "Fini tôt",
                                   ActionStatus.DONE))
    going = store.actions.add(Action(s1.id, "En cours depuis",
                                     status=ActionStatus.IN_PROGRESS))
    store.reviews.add(ActionReview(going.id, date(2026, 11, 1), "Le jour même",
                                   ActionStatus.IN_PROGRESS))
    store.actions.add(Action(s2.id, "De la dernière"))
    data = check_in(store, today)
    assert [a.action.title for a in data.actions] == ["De la dernière"]
    assert [(i.action.title, i.tried) for i in data.since] == [
        ("Faite depuis", "Réussi"), ("En cours depuis", "Le jour même")]
    assert [a.title for a in data.older_open] == []  # (the open one is followed up above)
    assert "Suivie avant" not in {i.action.title for i in data.since}  # control
