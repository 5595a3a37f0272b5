"""A topic brought to a session that took place is no longer « à apporter ».

Found by a fresh-eyes review (fresh6), finding 16: a topic brought to a session
(« Apporter à cette séance ») stayed « à apporter » after that session took place — on
Home's « Sujets à apporter », in Préparer's « 1 sujet à apporter » for every next
meeting — and no control marked it treated. A topic brought to a session held since
now counts as treated there (``planning.still_to_bring``: Home, Préparer, the
check-in); one brought to a session still to come, or missed, still waits. The
reviewer's test is kept (control: the waiting topic is there).
"""

from __future__ import annotations

from datetime import date, timedelta

from ui_helpers import unlock_through_ui

from carnet.domain import (
    Cadence,
    CadenceUnit,
    Group,
    Session,
    SessionStatus,
    Topic,
    TopicStatus,
)
from carnet.store import JournalStore

T = date.today()


def test_a_topic_treated_last_month_is_not_still_to_bring(qtbot, make_window, journal_path,
                                                          passphrase):
    s = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        g = s.groups.add(Group(name="RPM Lyon", template_id="rpm", planned_sessions=4,
                               cadence=Cadence(1, CadenceUnit.MONTH),
                               start_date=T - timedelta(days=65)))
        _, s2, _, _ = s.sessions.add_many([
            Session(g.id, 1, T - timedelta(days=65), SessionStatus.HELD),
            Session(g.id, 2, T - timedelta(days=35), SessionStatus.HELD),
            Session(g.id, 3, T - timedelta(days=5), SessionStatus.HELD),
            Session(g.id, 4, T + timedelta(days=25))])
        # brought to session 2, which took place a month ago
        s.topics.add(Topic(title="Le conflit de planning", group_id=g.id,
                           draft="Le planning de décembre…", status=TopicStatus.SCHEDULED,
                           session_id=s2.id))
        s.topics.add(Topic(title="Recruter sans budget", group_id=g.id))  # still to bring
    finally:
        s.close()
    window = make_window(extensions=True)
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    listed = window.workspace.home.topics_list.text()
    assert "Recruter sans budget" in listed  # control: the waiting topic is there
    assert "Le conflit de planning" not in listed, listed

    prepare = window.show_view("prepare")
    prepare.select_group(window.store.groups.list()[0].id)
    titles = [t.title for t in prepare.preparation.topics]
    assert titles == ["Recruter sans budget"]


def test_a_topic_brought_to_a_missed_or_coming_session_still_waits(store):
    from carnet.services.planning import still_to_bring

    g = store.groups.add(Group(name="G", template_id="rpm", cadence=Cadence()))
    held, missed, coming = store.sessions.add_many([
        Session(g.id, 1, T - timedelta(days=40), SessionStatus.HELD),
        Session(g.id, 2, T - timedelta(days=10), SessionStatus.MISSED),
        Session(g.id, 3, T + timedelta(days=20))])
    for title, session in (("traité", held), ("manqué", missed), ("à venir", coming)):
        store.topics.add(Topic(title=title, group_id=g.id, status=TopicStatus.SCHEDULED,
                               session_id=session.id))
    assert [t.title for t in still_to_bring(store, store.topics.list())] == [
        "manqué", "à venir"]
