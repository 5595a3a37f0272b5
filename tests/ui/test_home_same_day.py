"""Two groups meeting the same day: Home's card names one session, and the other one
must not vanish from Home (found by a fresh-eyes review: the second group's session
and its topics were shown nowhere on Home)."""

from __future__ import annotations

from datetime import date, timedelta

from ui_helpers import unlock_through_ui

from carnet.domain import Cadence, Group, Session, Topic
from carnet.store import JournalStore

TODAY = date.today()


def _journal(path, passphrase, *, same_day: bool) -> dict[str, int]:
    store = JournalStore.create(path, passphrase, owner_name="Camille")
    try:
        codev = store.groups.add(Group(name="Codév <b> & co", template_id="codev",
                                       planned_sessions=6, cadence=Cadence()))
        rpm = store.groups.add(Group(name="RPM — Cadres", template_id="rpm",
                                     planned_sessions=4, cadence=Cadence()))
        first = store.sessions.add(Session(codev.id, 2, TODAY))
        other_day = TODAY if same_day else TODAY + timedelta(days=9)
        other = store.sessions.add(Session(rpm.id, 3, other_day))
        store.topics.add(Topic(title="Un agent démotivé", group_id=codev.id))
        store.topics.add(Topic(title="Dire non à ma N+1", group_id=rpm.id))
        return {"first": first.id, "other": other.id}
    finally:
        store.close()


def _home(qtbot, make_window, journal_path, passphrase):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    window.workspace.show_home()
    return window


def test_the_other_group_meeting_the_same_day_is_named_and_opens(
        qtbot, make_window, journal_path, passphrase):
    ids = _journal(journal_path, passphrase, same_day=True)
    window = _home(qtbot, make_window, journal_path, passphrase)
    home = window.workspace.home
    assert home._next is not None
    shown, other = (("first", "other") if home._next.id == ids["first"]
                    else ("other", "first"))
    assert home.same_day.isVisible()
    text = home.same_day.text()
    name = "RPM — Cadres" if other == "other" else "Codév &lt;b&gt; &amp; co"
    assert name in text and f"session:{ids[other]}" in text
    # Both groups' topics are there to bring.
    assert "Un agent démotivé" in home.topics_list.text()
    assert "Dire non à ma N+1" in home.topics_list.text()
    with qtbot.waitSignal(home.sessionRequested) as opened:
        home.same_day.linkActivated.emit(f"session:{ids[other]}")
    assert opened.args == [ids[other]]
    assert shown != other


def test_a_group_meeting_another_day_is_not_listed_as_the_same_day(
        qtbot, make_window, journal_path, passphrase):
    """Control: nine days apart, the line stays hidden and the topics are the next
    group's (and those of no group) only, as before."""
    _journal(journal_path, passphrase, same_day=False)
    window = _home(qtbot, make_window, journal_path, passphrase)
    home = window.workspace.home
    assert not home.same_day.isVisible()
    assert home.same_day.text() == ""
    assert "Un agent démotivé" in home.topics_list.text()
    assert "Dire non à ma N+1" not in home.topics_list.text()
    assert home.next_title.text().startswith("Codév")
