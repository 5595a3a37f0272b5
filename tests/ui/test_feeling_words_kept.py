"""Clearing a feeling's emotion never drops the words written for it (issue 13, after-notes).

The words are the person's; the emotion is a choice. Un-choosing it keeps the
words in the field, still editable and still saved (with the emotion chosen last,
said beside the row, until another is chosen); only × removes the feeling.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from ui_helpers import type_text

from carnet.domain import Cadence, Emotion, Group, Moment, Role, Session, SessionStatus
from carnet.store import JournalStore
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor
from carnet.ui.session_editor.context import emotion_labels

WORDS = "Le regard du groupe <b>&</b> ]]> 😅 ما زلت قلقا"


@pytest.fixture
def session_id(store):
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    return store.sessions.add(
        Session(group.id, 1, date(2025, 3, 12), SessionStatus.HELD, Role.CLIENT)).id


@pytest.fixture
def open_editor(qtbot):
    editors = []

    def make(store):
        editor = SessionEditor(store, load_templates(user_dir=None), lang="fr")
        qtbot.addWidget(editor)
        editor.resize(1200, 900)
        editor.show()
        editors.append(editor)
        return editor

    yield make
    for editor in editors:
        editor.autosaver.queue.wait_idle(10)
        editor.close()
        editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def feeling_row(editor):
    body = next(s.body for s in editor.sections.values() if s.step.kind == StepKind.FEELING)
    return body.rows_of(Moment.BEFORE)[0]


def test_clearing_the_emotion_keeps_the_words(qtbot, store, session_id, open_editor,
                                              journal_path, passphrase):
    editor = open_editor(store)
    editor.load(session_id)
    row = feeling_row(editor)
    row.emotion.setCurrentIndex(row.emotion.findData(Emotion.WORRY.value))
    type_text(qtbot, row.text, WORDS)
    editor.flush()
    assert [f.text for f in store.feelings.list_by_session(session_id)] == [WORDS]

    row.emotion.setCurrentIndex(0)  # « Choisir une émotion… »: the choice is undone
    editor.flush()
    assert row.text.text() == WORDS and row.text.isEnabled()
    assert row.kept.isVisibleTo(row) and emotion_labels()[Emotion.WORRY] in row.kept.text()
    (kept,) = store.feelings.list_by_session(session_id)
    assert (kept.emotion, kept.text) == (Emotion.WORRY, WORDS)

    type_text(qtbot, row.text, " !")  # still editable, still saved
    editor.flush()
    assert store.feelings.list_by_session(session_id)[0].text == WORDS + " !"

    # Choosing another emotion takes the words along and the note goes.
    row.emotion.setCurrentIndex(row.emotion.findData(Emotion.RELIEF.value))
    editor.flush()
    assert row.kept.isHidden()
    assert [(f.emotion, f.text) for f in store.feelings.list_by_session(session_id)] == [
        (Emotion.RELIEF, WORDS + " !")]

    # Control: with no words, clearing the emotion removes the feeling as before.
    row.text.clear()
    row.emotion.setCurrentIndex(0)
    editor.flush()
    assert store.feelings.list_by_session(session_id) == []
    assert row.text.isEnabled() and row.text.text() == ""  # always ready for words


def test_the_words_come_back_after_a_restart(qtbot, store, session_id, open_editor,
                                             journal_path, passphrase):
    editor = open_editor(store)
    editor.load(session_id)
    row = feeling_row(editor)
    row.emotion.setCurrentIndex(row.emotion.findData(Emotion.JOY.value))
    type_text(qtbot, row.text, WORDS)
    row.emotion.setCurrentIndex(0)
    editor.flush()
    editor.autosaver.queue.wait_idle(10)
    store.close()
    again = JournalStore.open(journal_path, passphrase)
    try:
        editor = open_editor(again)
        editor.load(session_id)
        assert feeling_row(editor).text.text() == WORDS
        editor.flush()
    finally:
        editor.autosaver.queue.wait_idle(10)
