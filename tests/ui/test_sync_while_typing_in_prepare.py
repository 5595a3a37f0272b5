"""A sync arriving while a follow-up is typed in Préparer neither saves it as a review
nor empties its field (fresh8's G10, a trap; its test adopted). Each sync flushed every
view first — Préparer saved the note as a dated follow-up and emptied the field — then
re-read the view shown: one sentence typed across two syncs became three follow-ups
(« … » / « un deux trois quatre cinq six » / « s »), « sept » cut in two. Now a sync
writes only the note's draft (what the autosave writes anyway), and re-reads the view
once the person no longer works in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_helpers import seed_with_a_second_device

import carnet.sync as engine
from carnet.domain import Topic
from carnet.store import JournalStore


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "Nextcloud"
    path.mkdir()
    return path


def test_a_sync_neither_saves_nor_empties_the_follow_up_being_typed(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    other = tmp_path / "portable.carnet"
    ids = seed_with_a_second_device(journal_path, passphrase, folder, other)

    window = unlocked(journal_path)
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    view = window.show_view("prepare")
    view.select_group(ids["group"])
    review = view.review
    qtbot.waitUntil(lambda: review.item is not None, timeout=5_000)
    action_id = review.item.action.id
    review.note_edit.setFocus()
    qtbot.keyClicks(review.note_edit, "Premier lundi: 20 min, 6 presents")  # typing…
    topics = view.topics
    topics.new_edit.setText("Un sujet à mo")  # a « new topic » line half typed

    o = JournalStore.open(other, passphrase)
    try:
        o.topics.add(Topic(title="Un sujet noté au portable", group_id=ids["group"]))
        assert engine.sync_once(o).complete
    finally:
        o.close()
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000) as arrived:
        controller.request("now")
    assert arrived.args[0].received >= 1
    qtbot.wait(200)
    qtbot.keyClicks(review.note_edit, " sur 12")  # …the sentence goes on
    assert review.note_edit.toPlainText() == "Premier lundi: 20 min, 6 presents sur 12"
    assert review.save_draft()  # (the autosave's debounce)
    saved = [r.note for r in window.store.reviews.list_by_action(action_id)]
    assert saved == ["Premier lundi: 20 min, 6 presents sur 12"], saved  # one, whole
    titles = [t.title for t in window.store.topics.list()]
    assert "Un sujet à mo" not in titles and topics.new_edit.text() == "Un sujet à mo"

    # the review recorded by the person (the keyboard stays in its emptied field): then
    # the view is re-read, the other device's topic shown
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    topics.new_edit.clear()
    qtbot.waitUntil(lambda: "Un sujet noté au portable" in topics.topic_titles(),
                    timeout=10_000)
    saved = [r.note for r in window.store.reviews.list_by_action(action_id)]
    assert saved == ["Premier lundi: 20 min, 6 presents sur 12"], saved
