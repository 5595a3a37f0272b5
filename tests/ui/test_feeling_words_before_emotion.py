"""Words typed for a feeling before an emotion is chosen are kept (review fresh2).

In the real window (French UI) the reviewer clicked « En quelques mots : qu'est-ce
qui l'a suscité ? » and typed before choosing an emotion: the field was disabled
yet looked ready, the keys went to « + Un autre ressenti » (two empty rows) and
nothing was stored. Now the field always takes the words; a feeling needs an
emotion (the domain's rule), so until one is chosen the words are kept as the
step's note (one line per row) and come back in their row; choosing an emotion
moves them into the feeling.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import type_text

from carnet.domain import Cadence, Emotion, Group, Moment, Role, Session, SessionStatus
from carnet.store import JournalStore
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor
from carnet.ui.session_editor.step_section import StepSection

WORDS = "Stress avant <b>&</b> ]]> 😅 ما زلت قلقا"


@pytest.fixture
def session_id(store):
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    return store.sessions.add(
        Session(group.id, 1, date(2025, 3, 12), SessionStatus.HELD, Role.CLIENT)).id


@pytest.fixture
def open_editor(qtbot):
    editors = []

    def make(store, session_id):
        editor = SessionEditor(store, load_templates(user_dir=None), lang="fr")
        qtbot.addWidget(editor)
        editor.resize(1200, 900)
        editor.show()
        qtbot.waitExposed(editor)
        editor.load(session_id)
        editors.append(editor)
        return editor

    yield make
    for editor in editors:
        editor.autosaver.queue.wait_idle(10)
        editor.close()
        editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def feelings_body(editor):
    return next(s.body for s in editor.sections.values() if s.step.kind == StepKind.FEELING)


def activate(qtbot, widget):
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=3000)


def click_and_type(qtbot, row, words):
    activate(qtbot, row.text)
    qtbot.mouseClick(row.text.viewport(), Qt.MouseButton.LeftButton)
    type_text(qtbot, row.text, words)


def reopen(store, journal_path, passphrase, open_editor, session_id):
    store.close()
    again = JournalStore.open(journal_path, passphrase)
    return again, feelings_body(open_editor(again, session_id))


def test_control_words_typed_after_choosing_an_emotion_are_kept(qtbot, store, session_id,
                                                                  open_editor):
    """Control (worked before): the emotion first, then the words."""
    editor = open_editor(store, session_id)
    row = feelings_body(editor).rows_of(Moment.BEFORE)[0]
    row.emotion.setCurrentIndex(row.emotion.findData(Emotion.WORRY.value))
    click_and_type(qtbot, row, "Stress avant")
    editor.flush()
    assert row.text.text() == "Stress avant"
    assert [f.text for f in store.feelings.list_by_session(session_id)] == ["Stress avant"]


def test_words_typed_first_are_taken_and_kept(qtbot, store, session_id, open_editor,
                                              journal_path, passphrase):
    editor = open_editor(store, session_id)
    body = feelings_body(editor)
    row = body.rows_of(Moment.BEFORE)[0]
    click_and_type(qtbot, row, WORDS)
    assert QApplication.focusWidget() is row.text  # no key went to « + Un autre ressenti »
    assert row.text.text() == WORDS, "the words typed were dropped"
    assert len(body.rows_of(Moment.BEFORE)) == 1
    assert row.kept.isVisibleTo(row) and row.emotion.property("needed")
    assert editor.flush()  # nothing left unsaved
    assert store.feelings.list_by_session(session_id) == []  # no emotion invented
    store, body = reopen(store, journal_path, passphrase, open_editor, session_id)
    try:
        (row,) = body.rows_of(Moment.BEFORE)
        assert row.text.text() == WORDS and row.kept.isVisibleTo(row)
        # Choosing the emotion takes the words into the feeling, and they leave the note.
        row.emotion.setCurrentIndex(row.emotion.findData(Emotion.WORRY.value))
        body.window().flush()
        assert [(f.emotion, f.text) for f in store.feelings.list_by_session(session_id)] == [
            (Emotion.WORRY, WORDS)]
        assert store.notes.get(session_id, body.step_id).text == ""
        assert not row.kept.isVisibleTo(row) and not row.emotion.property("needed")
    finally:
        store.close()


def test_several_rows_both_moments_and_removal(qtbot, store, session_id, open_editor,
                                               journal_path, passphrase):
    editor = open_editor(store, session_id)
    body = feelings_body(editor)
    click_and_type(qtbot, body.rows_of(Moment.BEFORE)[0], "Avant : un")
    second = body.add_row(Moment.BEFORE)
    click_and_type(qtbot, second, "deux")
    click_and_type(qtbot, body.rows_of(Moment.AFTER)[0], "Après")
    third = body.add_row(Moment.BEFORE)
    click_and_type(qtbot, third, "à retirer")
    body.remove_row(third)  # × removes its words too
    editor.flush()
    store, body = reopen(store, journal_path, passphrase, open_editor, session_id)
    try:
        assert [r.text.text() for r in body.rows_of(Moment.BEFORE)] == ["Avant : un", "deux"]
        assert [r.text.text() for r in body.rows_of(Moment.AFTER)] == ["Après"]
    finally:
        store.close()


def test_a_huge_paste_then_close_at_once_is_kept(qtbot, store, session_id, open_editor,
                                                 journal_path, passphrase):
    editor = open_editor(store, session_id)
    row = feelings_body(editor).rows_of(Moment.BEFORE)[0]
    huge = "mot " * 250_000
    row.text.setFocus()
    row.text.insertPlainText(huge)
    editor.clear()  # what locking and closing do, right after the paste
    store, body = reopen(store, journal_path, passphrase, open_editor, session_id)
    try:
        assert body.rows_of(Moment.BEFORE)[0].text.text() == huge.strip()
    finally:
        store.close()


def test_the_add_button_hands_the_keyboard_to_the_new_row(qtbot, store, session_id,
                                                         open_editor):
    editor = open_editor(store, session_id)
    body = feelings_body(editor)
    button = body.add_buttons[Moment.BEFORE]
    activate(qtbot, button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    rows = body.rows_of(Moment.BEFORE)
    assert len(rows) == 2 and QApplication.focusWidget() is rows[1].emotion
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # a space adds no row
    assert len(body.rows_of(Moment.BEFORE)) == 2


def test_the_note_reads_back_in_either_language(qtbot, store, session_id, open_editor):
    """Written in French or English (or edited elsewhere): every line comes back."""
    editor = open_editor(store, session_id)
    step_id = feelings_body(editor).step_id
    editor.autosaver.queue.wait_idle(10)
    store.notes.save(session_id, step_id,
                     "Avant la séance : un\nAfter the session: deux\nune ligne libre : ok\n\n")
    editor.load(session_id, discard=True)
    body = feelings_body(editor)
    assert [r.text.text() for r in body.rows_of(Moment.BEFORE)] == ["un", "une ligne libre : ok"]
    assert [r.text.text() for r in body.rows_of(Moment.AFTER)] == ["deux"]
    # Control: the note says nothing more than what is on the page.
    editor.flush()
    assert store.notes.get(session_id, step_id).text.splitlines()[0].endswith(": un")


def test_without_its_format_the_page_shows_the_feelings_once(qtbot, store, open_editor):
    """A group whose format is missing gets the generic steps; the feelings' note (id
    « _feeling ») is not shown a second time as a note of an unknown step."""
    group = store.groups.add(Group(name="Autre", template_id="gone", cadence=Cadence()))
    session = store.sessions.add(Session(group.id, 1, date(2025, 3, 12),
                                         SessionStatus.HELD, Role.CLIENT))
    store.notes.save(session.id, "_feeling", "Avant la séance : gardé")
    editor = open_editor(store, session.id)
    editor.finish_build()
    ids = [w.step.id for w in QApplication.allWidgets()
           if isinstance(w, StepSection) and editor.isAncestorOf(w)]
    assert ids.count("_feeling") == 1
    assert feelings_body(editor).rows_of(Moment.BEFORE)[0].text.text() == "gardé"


def test_a_click_beside_the_fields_sends_the_keys_to_the_words(qtbot, store, session_id,
                                                                 open_editor):
    """What the reviewer met: a click on the card (its title, a moment's label, the
    greyed intensity) gave the keyboard to « + Un autre ressenti », and the next
    space added empty rows. Now the keys go to the words of the row nearest."""
    editor = open_editor(store, session_id)
    body = feelings_body(editor)
    section = body.section
    activate(qtbot, body)
    qtbot.mouseClick(section, Qt.MouseButton.LeftButton, pos=QPoint(30, 20))  # its title
    first = body.rows_of(Moment.BEFORE)[0]
    assert QApplication.focusWidget() is first.text
    after = body.rows_of(Moment.AFTER)[0]
    qtbot.mouseClick(after.intensity, Qt.MouseButton.LeftButton)  # greyed: no emotion yet
    assert QApplication.focusWidget() is after.text
    type_text(qtbot, QApplication.focusWidget(), "Un soulagement")
    assert after.text.text() == "Un soulagement"
    assert [len(body.rows_of(m)) for m in (Moment.BEFORE, Moment.AFTER)] == [1, 1]
