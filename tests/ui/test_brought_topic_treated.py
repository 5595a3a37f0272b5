"""A topic brought to a session that took place is recorded « traité » in the journal,
said where the session is marked held, and can be kept to bring (its case was not
treated after all).

An earlier review's leftover: the topic stopped being « à apporter » (planning's
still_to_bring read it so) but nothing recorded it — the journal still said « brought
to a session », and a case the group had no time for vanished from Préparer with no way
back. Now marking the session held (its page's status, or Home's « Elle a eu lieu »)
marks the topics brought to it treated, in the same transaction, and says so with
« Le garder à apporter »; putting the session back to planned brings them again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import seed_journal

from carnet.domain import SessionStatus, Topic, TopicStatus
from carnet.services.planning import still_to_bring
from carnet.services.session_status import keep_to_bring, mark
from carnet.store import JournalStore


def _brought(store, session_id, title="Le cas de l’équipe de nuit"):
    group_id = store.sessions.get(session_id).group_id
    return store.topics.add(Topic(title=title, group_id=group_id, session_id=session_id,
                                  status=TopicStatus.SCHEDULED, draft="Mon brouillon"))


def test_held_records_the_topic_treated_and_planned_brings_it_again(journal_path, passphrase):
    ids = seed_journal(journal_path, passphrase)
    store = JournalStore.open(journal_path, passphrase)
    try:
        _held_then_planned_then_kept(store, ids["next"])
    finally:
        store.close()


def _held_then_planned_then_kept(store, session_id):
    session = store.sessions.get(session_id)
    topic = _brought(store, session.id)
    mark(store, session.id, SessionStatus.HELD)
    assert store.topics.get(topic.id).status is TopicStatus.TREATED
    mark(store, session.id, SessionStatus.PLANNED)  # a slip put right
    assert store.topics.get(topic.id).status is TopicStatus.SCHEDULED
    mark(store, session.id, SessionStatus.HELD)
    assert keep_to_bring(store, [topic.id]) == [topic.id]
    kept = store.topics.get(topic.id)
    assert (kept.status, kept.session_id, kept.draft) == (TopicStatus.OPEN, None,
                                                          "Mon brouillon")
    assert topic.id in {t.id for t in still_to_bring(store, store.topics.list())}


def test_the_session_page_says_it_and_keeps_it_to_bring(qtbot, unlocked):
    window = unlocked()
    store, ids = window.store, window.ids
    topic = _brought(store, ids["next"])
    window.workspace.show_session(ids["next"])
    editor = window.workspace.session_editor
    note = editor.header.topic_note
    assert not note.isVisibleTo(editor)  # control
    held = editor.header.status.findData(SessionStatus.HELD.value)
    qtbot.mouseClick(editor.header.status.buttons[held], Qt.MouseButton.LeftButton)
    editor.flush()
    assert store.sessions.get(ids["next"]).status is SessionStatus.HELD  # control
    assert store.topics.get(topic.id).status is TopicStatus.TREATED
    assert note.isVisibleTo(editor) and "night" not in note.label.text()
    assert "équipe de nuit" in note.label.text() and "treated" in note.label.text()
    qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton)
    editor.flush()
    assert store.topics.get(topic.id).status is TopicStatus.OPEN
    assert "again" in note.label.text() and not note.button.isVisibleTo(editor)


def test_home_says_it_when_the_meeting_took_place(qtbot, unlocked):
    window = unlocked()
    store, ids = window.store, window.ids
    past = store.sessions.get(ids["held"])
    past.status = SessionStatus.PLANNED  # « Did it take place? » on Home
    store.sessions.update(past)
    topic = _brought(store, ids["held"])
    window.go_home()
    card = window.workspace.home.past_sessions
    (row,) = card.rows
    qtbot.mouseClick(row.held_button, Qt.MouseButton.LeftButton)
    assert store.topics.get(topic.id).status is TopicStatus.TREATED
    assert "équipe de nuit" in card.feedback.text() and "keep-topics:" in card.feedback.text()
    card._link(f"keep-topics:{topic.id}")
    assert store.topics.get(topic.id).status is TopicStatus.OPEN
    assert "équipe de nuit" in window.workspace.home.topics_list.text()
    assert "marked held" in card.feedback.text()  # its link to write about it kept
