"""At an automatic lock, a session's header (title, themes, date…) and a rating with its
words that the journal refused to save are sealed, put back and saved at the next unlock.

Found by a fresh-eyes review (fresh4): ``capture_session`` found neither the header's
edit (saved under ("session", id)) nor a rating's (a ``RatingRow`` is no QWidget), so
both were lost at the idle lock, while the guide promises the change is put back.
"""

from __future__ import annotations

import secrets

import pytest
from ui_helpers import seed_journal, type_text, unlock_through_ui

from carnet.domain import Objective
from carnet.store import JournalStore


def _refuse_writes(window, refuse: bool = True) -> None:
    with window.store.db.lock:
        window.store.conn.execute(f"PRAGMA query_only = {'ON' if refuse else 'OFF'}")


def _journal_with_an_objective(path, passphrase) -> dict[str, int]:
    ids = seed_journal(path, passphrase)
    store = JournalStore.open(path, passphrase)
    try:
        store.objectives.add(Objective(group_id=ids["group"], title="Oser déléguer"))
    finally:
        store.close()
    return ids


def _stored_session(path, passphrase, session_id):
    store = JournalStore.open(path, passphrase)
    try:
        return store.sessions.get(session_id)
    finally:
        store.close()


def test_a_refused_session_title_comes_back_after_the_idle_lock(
        qtbot, unlocked, message_service, journal_path, passphrase):
    ids = _journal_with_an_objective(journal_path, passphrase)
    window = unlocked(journal_path)
    held = ids["held"]
    window.workspace.show_session(held)
    editor = window.workspace.session_editor
    editor.finish_build()
    marker = "Cas" + secrets.token_hex(3)
    _refuse_writes(window)
    editor.header.title.setFocus()
    type_text(qtbot, editor.header.title, f"Le cas de {marker}")
    editor.header.themes.setFocus()
    editor.header.themes.setText("écoute")
    editor.header.themes.textEdited.emit("écoute")
    assert not editor.flush()  # refused: it stays on screen, the person was told
    window._idle_lock()
    assert window.store is None

    unlock_through_ui(qtbot, window, passphrase)  # writes allowed again
    editor = window.workspace.session_editor
    assert editor is not None and editor.current_session_id == held
    window.workspace.flush()
    # Control: the unlock worked and the page is there.
    assert editor.header is not None
    assert editor.header.title.text() == f"Le cas de {marker}"
    assert window.store.sessions.get(held).title == f"Le cas de {marker}"
    assert "écoute" in window.store.sessions.get(held).themes


@pytest.mark.parametrize("stars", [4, 0], ids=["rated", "no-rating-chosen"])
def test_a_refused_rating_and_its_words_come_back_after_the_idle_lock(
        qtbot, unlocked, message_service, journal_path, passphrase, stars):
    """Rated: the words go with the rating. No rating chosen: they are kept in the
    step's note (its own key) — sealed and given back too."""
    from carnet.ui.session_editor.ratings import RatingsBody

    ids = _journal_with_an_objective(journal_path, passphrase)
    window = unlocked(journal_path)
    held = ids["held"]
    window.workspace.show_session(held)
    editor = window.workspace.session_editor
    editor.finish_build()
    body = editor.findChildren(RatingsBody)[0]
    assert body.rows, "the objective's rating row is on the page"
    _refuse_writes(window)
    if stars:
        body.rows[0].stars.buttons[stars - 1].click()
    comment = body.rows[0].comment
    comment.setFocus()
    words = "j'ai confié le planning à " + secrets.token_hex(3)
    type_text(qtbot, comment, words)
    assert not editor.flush()
    window._idle_lock()
    assert window.store is None and window.sealed is not None

    unlock_through_ui(qtbot, window, passphrase)
    editor = window.workspace.session_editor
    assert editor is not None and editor.current_session_id == held
    editor.finish_build()
    window.workspace.flush()
    body = editor.findChildren(RatingsBody)[0]
    assert body.rows[0].comment.text() == words
    assert body.rows[0].stars.value() == stars
    stored = window.store.assessments.list_by_session(held)
    if stars:
        assert [(a.rating, a.comment) for a in stored] == [(stars, words)]
    else:
        note = window.store.notes.get(held, body.step_id)
        assert stored == [] and note is not None and words in note.text
