"""Preparing today's meeting in the morning keeps it today's meeting.

Found by a fresh-eyes review (fresh6), finding 19: on the morning of a meeting,
Préparer › « Sujets à apporter » › « Apporter à cette séance » (today's session) writes
the topic's draft into its exposé — and from then on Carnet treated today's meeting as
over (« a session of today already written in is behind us »): Préparer and Home
announced the next one, in 30 days, while the banner still said « Séance aujourd'hui ».
The same with a feeling noted « before the session » in the morning, which also turned
the session « Tenue » at once. Now neither a brought topic's draft nor a feeling before
the session counts as the meeting having taken place (``session_status.met_in``); the
reviewer's two tests are kept (controls: today's session is next before; the topic is
brought to it; the feeling is saved), and the rule's own controls follow them.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from ui_helpers import unlock_through_ui

from carnet.domain import (
    Action,
    Cadence,
    CadenceUnit,
    Group,
    Session,
    SessionStatus,
    Topic,
)
from carnet.store import JournalStore

T = date.today()


def test_bringing_a_topic_to_todays_meeting_keeps_it_the_next_one(qtbot, make_window,
                                                                  journal_path, passphrase):
    s = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        g = s.groups.add(Group(name="Codev Matin", template_id="codev", planned_sessions=4,
                               cadence=Cadence(1, CadenceUnit.MONTH),
                               start_date=T - timedelta(days=30)))
        s1, today, _ = s.sessions.add_many([
            Session(g.id, 1, T - timedelta(days=30), SessionStatus.HELD),
            Session(g.id, 2, T),  # this afternoon
            Session(g.id, 3, T + timedelta(days=30))])
        s.actions.add(Action(session_id=s1.id, title="Préparer le cas", due_date=T))
        topic = s.topics.add(Topic(title="Mon cas du jour", group_id=g.id,
                                   draft="Brouillon du cas à exposer cet après-midi"))
        group_id, today_id, topic_id = g.id, today.id, topic.id
    finally:
        s.close()
    window = make_window(extensions=True)
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    view = window.show_view("prepare")
    view.select_group(group_id)
    assert view.preparation.next_session.id == today_id  # control: today's meeting is next
    view.tabs.bar.setCurrentIndex(1)
    panel = view.topics
    assert panel.select_topic(topic_id)
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.topics.list()[0].session_id is not None)
    assert window.store.topics.list()[0].session_id == today_id  # brought to today's
    assert window.store.sessions.get(today_id).status is SessionStatus.PLANNED
    qtbot.wait(100)
    assert view.preparation.next_session.id == today_id, (
        f"Préparer now prepares session {view.preparation.next_session.number}")
    window.go_home()
    assert "2/4" in window.workspace.home.next_title.text(), (
        window.workspace.home.next_title.text())


def test_noting_the_feeling_before_the_meeting_keeps_it_planned(qtbot, make_window,
                                                                journal_path, passphrase):
    """The same with « Mes ressentis › Avant la séance », filled in the morning, before
    the meeting, as its name invites: the session turns « Tenue » and Home moves on."""
    from carnet.domain import Moment
    from carnet.templates import StepKind

    s = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        g = s.groups.add(Group(name="Codev Matin", template_id="codev", planned_sessions=4,
                               cadence=Cadence(1, CadenceUnit.MONTH),
                               start_date=T - timedelta(days=30)))
        _, today, _ = s.sessions.add_many([
            Session(g.id, 1, T - timedelta(days=30), SessionStatus.HELD),
            Session(g.id, 2, T),  # this afternoon
            Session(g.id, 3, T + timedelta(days=30))])
        today_id = today.id
    finally:
        s.close()
    window = make_window(extensions=True)
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    window.workspace.show_session(today_id)
    editor = window.workspace.session_editor
    qtbot.waitUntil(lambda: any(sec.step.kind is StepKind.FEELING and sec.body is not None
                                for sec in editor.sections.values()))
    body = next(sec.body for sec in editor.sections.values()
                if sec.step.kind is StepKind.FEELING)
    row = body.rows_of(Moment.BEFORE)[0]
    row.emotion.setCurrentIndex(row.emotion.findData("worry"))
    editor.flush()
    assert window.store.feelings.list_by_session(today_id)  # control: the feeling is saved
    assert window.store.sessions.get(today_id).status is SessionStatus.PLANNED, (
        "the meeting of this afternoon is marked held by a feeling noted before it")


def test_what_only_a_meeting_brings_still_puts_it_behind_us(store):
    """Controls of the rule: own words in the exposé beside the brought draft, a
    feeling after the session, a key word — each makes today's session behind us."""
    from carnet.domain import Emotion, Feeling, Moment
    from carnet.services.session_status import met_in, next_session

    g = store.groups.add(Group(name="G", template_id="codev", planned_sessions=4,
                               cadence=Cadence(1, CadenceUnit.MONTH)))
    today = store.sessions.add(Session(g.id, 2, T))
    later = store.sessions.add(Session(g.id, 3, T + timedelta(days=30)))
    store.topics.add(Topic(title="Mon cas", group_id=g.id, draft="Le brouillon",
                           session_id=today.id))
    store.notes.save(today.id, "expose", "Le brouillon")
    store.feelings.add(Feeling(today.id, Moment.BEFORE, Emotion.WORRY, 3, "tendue"))
    assert not met_in(store, today.id)
    assert next_session(store, T).id == today.id
    store.notes.save(today.id, "expose", "Le brouillon\n\n---\n\nCe que le groupe m'a dit")
    assert met_in(store, today.id) and next_session(store, T).id == later.id
    store.notes.save(today.id, "expose", "Le brouillon")
    store.feelings.add(Feeling(today.id, Moment.AFTER, Emotion.JOY, 4, "soulagée"))
    assert met_in(store, today.id)
