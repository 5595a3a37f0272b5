"""A key word pasted or stored longer than a word is kept whole, never cut silently.

Review 3 (fresh3, tests/review3/test_keyword_paste_cut.py): « Mon mot-clé », a
75-character phrase pasted, kept « … juste pour l'équ »: the field held 60 characters
and said nothing. It is now kept whole, with a quiet line saying a key word is best short.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from carnet.domain import Cadence, Group, Role, Session, SessionStatus
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor
from carnet.ui.session_editor.keyword import MAX_LENGTH

PHRASE = "oser dire non sans culpabiliser quand c'est juste pour l'équipe et pour moi"


@pytest.fixture
def make_editor(qtbot, store):
    editors = []

    def make():
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


@pytest.fixture
def session(store):
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    return store.sessions.add(
        Session(group.id, 1, date(2026, 12, 7), SessionStatus.HELD, Role.CONSULTANT))


def keyword_body(editor):
    return next(s.body for s in editor.sections.values() if s.step.kind == StepKind.KEYWORD)


def paste(qtbot, field, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    QApplication.clipboard().setText(text)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def saved(editor) -> None:
    editor.flush()
    editor.autosaver.queue.wait_idle(10)


def test_a_pasted_key_word_is_not_cut_silently(qtbot, store, session, make_editor):
    editor = make_editor()
    editor.load(session.id)
    body = keyword_body(editor)
    paste(qtbot, body.edit, "élan")
    saved(editor)
    assert store.keywords.get(session.id).word == "élan"  # control: a word is saved

    paste(qtbot, body.edit, PHRASE)
    saved(editor)
    kept = store.keywords.get(session.id)
    assert kept is not None and PHRASE.startswith(kept.word)  # control: saved
    assert body.edit.text() == PHRASE, (
        f"pasted {len(PHRASE)} characters, kept « {body.edit.text()} »")
    assert kept.word == PHRASE
    assert body.long_hint.isVisibleTo(editor)  # said gently: a key word is best short

    again = make_editor()  # read again: shown whole, not cut by the field
    again.load(session.id)
    assert keyword_body(again).edit.text() == PHRASE
    assert keyword_body(again).long_hint.isVisibleTo(again)
    paste(qtbot, body.edit, "élan")
    assert body.long_hint.isHidden()  # control: a word is short, nothing said


def test_a_key_word_longer_than_an_export_carries_is_refused_and_said(
        qtbot, store, session, make_editor, message_service):
    editor = make_editor()
    editor.load(session.id)
    body = keyword_body(editor)
    paste(qtbot, body.edit, "mot " * 300)  # 1,200 characters: past what an export carries
    assert body.edit.text() == "" and MAX_LENGTH == 1_000
    assert [kind for kind, _title, _text in message_service.shown] == ["warning"]
