"""What I learned before (issue 17): one starred learning brought back on Home — from
about a year ago, or from a session whose themes match the next session's."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from ui_helpers import unlock_through_ui

from carnet.domain import Cadence, Group, Learning, Session
from carnet.services.resurface import ANNIVERSARY, THEME, candidates, fold
from carnet.store import JournalStore
from carnet.ui import preferences
from carnet.ui.resurface_card import ResurfaceCard

CLICK = Qt.MouseButton.LeftButton
TODAY = date.today()


def _months_back(months: int) -> date:
    """The same day ``months`` months ago (the 28th at most: every month has it)."""
    total = TODAY.year * 12 + TODAY.month - 1 - months
    return date(total // 12, total % 12 + 1, min(TODAY.day, 28))


def _journal(path, passphrase) -> dict:
    """Two groups; starred learnings a year old and six months old (on delegation, the
    next session's theme); controls: not starred, another theme, too recent."""
    store = JournalStore.create(path, passphrase, owner_name="Camille Martin")
    try:
        old = store.groups.add(Group(name="Codev 2025", template_id="codev",
                                     cadence=Cadence(1, "month"), planned_sessions=6))
        rpm = store.groups.add(Group(name="RPM cadres", template_id="rpm",
                                     cadence=Cadence(1, "month"), planned_sessions=10))
        year = store.sessions.add(Session(group_id=old.id, number=3, status="held",
                                          date=_months_back(12), themes=["conflit"]))
        half = store.sessions.add(Session(group_id=rpm.id, number=2, status="held",
                                          date=_months_back(6), themes=["Délégation"]))
        other = store.sessions.add(Session(group_id=rpm.id, number=3, status="held",
                                           date=TODAY - timedelta(days=150),
                                           themes=["charge de travail"]))
        recent = store.sessions.add(Session(group_id=rpm.id, number=4, status="held",
                                            date=TODAY - timedelta(days=10),
                                            themes=["délégation"]))
        store.sessions.add(Session(group_id=rpm.id, number=5, date=TODAY + timedelta(days=5),
                                   themes=["délégation"]))
        ids = {
            "yearly": store.learnings.add(Learning(year.id, "Nommer le conflit tôt <b>&</b>",
                                                   starred=True)).id,
            "themed": store.learnings.add(Learning(half.id, "Déléguer le résultat, pas la "
                                                   "méthode 🙂", starred=True)).id,
        }
        store.learnings.add(Learning(year.id, "Pas étoilé", starred=False))
        store.learnings.add(Learning(other.id, "Autre thème", starred=True))
        store.learnings.add(Learning(recent.id, "Trop récent", starred=True))
        ids["half_session"] = half.id
        return ids
    finally:
        store.close()


@pytest.fixture
def journal(journal_path, passphrase):
    return journal_path, _journal(journal_path, passphrase)


def test_the_rules(store):
    assert fold("  Délégation ") == fold("delegation") == "delegation"


def test_the_card_on_home(qtbot, make_window, journal, passphrase, settings, monkeypatch):
    path, ids = journal
    window = make_window()
    window.install_extensions(["carnet.ui.ext_between", "carnet.ui.ext_preferences"])
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    found = candidates(window.store, TODAY)
    assert [(r.learning.id, r.reason) for r in found] == [(ids["themed"], THEME),
                                                          (ids["yearly"], ANNIVERSARY)]
    card = window.workspace.home.findChild(ResurfaceCard)
    assert card is not None and card.isVisible()
    seen = {}
    for _ in range(2):  # one at a time; « Another » moves to the other
        seen[card.current.learning.id] = (card.intro.text(), card.text.text())
        qtbot.mouseClick(card.next_button, CLICK)
    assert set(seen) == {ids["themed"], ids["yearly"]}
    assert seen[ids["themed"]] == ("6 months ago, on délégation, you had learned…",
                                   "Déléguer le résultat, pas la méthode 🙂")
    assert seen[ids["yearly"]] == ("A year ago, you had learned…",
                                   "Nommer le conflit tôt <b>&</b>")  # plain text
    assert card.text.textFormat() == Qt.TextFormat.PlainText

    # « Open the session » goes where it was written.
    while card.current.learning.id != ids["themed"]:
        qtbot.mouseClick(card.next_button, CLICK)
    qtbot.mouseClick(card.open_button, CLICK)
    assert window.workspace.current_session_id == ids["half_session"]

    # Turned off from the card; on again from Preferences.
    window.go_home()
    qtbot.mouseClick(card.off_button, CLICK)
    assert not card.isVisible() and settings.resurface is False
    window.go_home()
    assert not card.isVisible()

    def turn_on(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.resurface_box.isChecked()
        qtbot.mouseClick(dialog.resurface_box, CLICK)
        qtbot.mouseClick(dialog.ok_button, CLICK)
        return True

    monkeypatch.setattr(preferences, "run_dialog", turn_on)
    window.preferences_action.edit()
    assert settings.resurface and card.isVisible()
    window.lock()
    assert window.workspace is None


def test_nothing_to_bring_back_shows_nothing(qtbot, store, settings):
    """The control: without a starred learning old enough, no card."""
    card = ResurfaceCard(store, settings)
    qtbot.addWidget(card)
    group = store.groups.add(Group(name="G", template_id="codev", planned_sessions=6))
    held = store.sessions.add(Session(group_id=group.id, number=1, status="held",
                                      date=TODAY - timedelta(days=366)))
    store.learnings.add(Learning(held.id, "pas étoilée"))
    card.refresh()
    assert card.isHidden() and card.current is None
    store.learnings.add(Learning(held.id, "étoilée", starred=True))
    card.refresh()
    assert not card.isHidden() and card.current.reason == ANNIVERSARY
