"""A draft typed in « Préparer › Sujets à apporter » before any topic exists is kept.

Review fresh2 (French UI, real window): with no topic yet, the « Brouillon de
l'exposé » box looked ready (white, its placeholder) but was disabled: the
words typed there went nowhere and nothing was stored. Now the editor is always
ready: what is typed in it with no topic chosen becomes a topic (titled with the
words typed in its title field, or the draft's first words), kept across a lock.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import open_prepare, type_text

from carnet.domain import Cadence, Group, Role, Session
from carnet.store import JournalStore

TODAY = date.today()
DRAFT = "Brouillon écrit <b>&</b> ]]> 😅 ما زلت قلقا"


@pytest.fixture
def topics(qtbot, make_window, journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codév du jeudi", template_id="codev",
                                       planned_sessions=3, cadence=Cadence(),
                                       start_date=TODAY - timedelta(days=7)))
        store.sessions.add_many([
            Session(group.id, 1, TODAY - timedelta(days=7), role=Role.CLIENT),
            Session(group.id, 2, TODAY + timedelta(days=30), role=Role.CONSULTANT),
        ])
    finally:
        store.close()
    window, view = open_prepare(qtbot, make_window, journal_path, passphrase)
    view.topics.window().activateWindow()
    return window, view.topics


def stored(journal_path, passphrase):
    again = JournalStore.open(journal_path, passphrase)
    try:
        return [(t.title, t.draft) for t in again.topics.list()]
    finally:
        again.close()


def click_draft(qtbot, panel):
    qtbot.mouseClick(panel.draft_edit.viewport(), Qt.MouseButton.LeftButton)


def test_control_a_draft_typed_once_a_topic_exists_is_kept(qtbot, topics):
    """Control: the topic first, then its draft (worked before)."""
    window, panel = topics
    type_text(qtbot, panel.new_edit, "Mon cas")
    qtbot.keyClick(panel.new_edit, Qt.Key.Key_Return)
    click_draft(qtbot, panel)
    type_text(qtbot, panel.draft_edit, "Brouillon écrit")
    panel.flush()
    assert panel.draft_edit.toPlainText() == "Brouillon écrit"
    assert [(t.title, t.draft) for t in window.store.topics.list()] == [
        ("Mon cas", "Brouillon écrit")]


def test_a_draft_typed_before_any_topic_becomes_a_topic(qtbot, topics):
    window, panel = topics
    assert window.store.topics.list() == []
    click_draft(qtbot, panel)
    assert QApplication.focusWidget() is panel.draft_edit  # no key goes to a button
    type_text(qtbot, panel.draft_edit, DRAFT)
    assert panel.draft_edit.toPlainText() == DRAFT, "the words typed were dropped"
    qtbot.waitUntil(lambda: window.store.topics.list() != [], timeout=5000)  # autosaved
    type_text(qtbot, panel.draft_edit, " !")  # the cursor stayed where it was
    panel.flush()
    assert panel.draft_edit.toPlainText() == DRAFT + " !"
    title = "Brouillon écrit <b>&</b> ]]> 😅 ما زلت قلقا"  # its first eight words
    assert [(t.title, t.draft) for t in window.store.topics.list()] == [(title, DRAFT + " !")]
    assert panel.title_edit.text() == title and panel.topic_titles() == [title]
    assert panel.delete_button.isEnabled()
    view = window.workspace.view("prepare")
    assert view.tabs.tabText(1).endswith("(1)")  # the count follows


def test_a_title_typed_with_no_topic_names_it(qtbot, topics):
    window, panel = topics
    qtbot.mouseClick(panel.title_edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, panel.title_edit, "Le planning")
    click_draft(qtbot, panel)
    type_text(qtbot, panel.draft_edit, "Trois lignes")
    panel.flush()
    assert [(t.title, t.draft) for t in window.store.topics.list()] == [
        ("Le planning", "Trois lignes")]


def test_nothing_typed_makes_no_topic(qtbot, topics):
    """Control of the above: a priority chosen, or blanks, make no empty topic."""
    window, panel = topics
    panel.priority.setCurrentIndex(0)
    panel.priority.activated.emit(0)
    click_draft(qtbot, panel)
    type_text(qtbot, panel.draft_edit, "   ")
    panel.flush()
    assert window.store.topics.list() == []
    assert not panel.delete_button.isEnabled() and not panel.attach_button.isEnabled()
    # The unavailable session list says why (it was empty and white, like a ready one).
    assert not panel.session_combo.isEnabled()
    assert panel.session_combo.currentText() == "Write or choose a topic first"


def test_a_draft_typed_then_locked_at_once_is_kept(qtbot, topics, journal_path, passphrase):
    window, panel = topics
    click_draft(qtbot, panel)
    type_text(qtbot, panel.draft_edit, "Écrit puis verrouillé")
    window.lock()  # before the autosave's delay
    assert stored(journal_path, passphrase) == [("Écrit puis verrouillé", "Écrit puis verrouillé")]


def test_a_huge_paste_with_no_topic_gets_a_short_title(qtbot, topics, journal_path,
                                                       passphrase):
    window, panel = topics
    click_draft(qtbot, panel)
    huge = "x" * 1_000_000
    panel.draft_edit.insertPlainText(huge)
    panel.flush()
    window.lock()
    ((title, draft),) = stored(journal_path, passphrase)
    assert draft == huge and title == "x" * 80 + "…"


def test_a_click_beside_the_draft_sends_the_keys_to_it(qtbot, topics):
    """A click on the draft's caption or prompts (they take no focus) left the keys on
    the button clicked last (« Ajouter »): a space pressed it. Now they go to the draft."""
    _window, panel = topics
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.add_button.setFocus()
    qtbot.mouseClick(panel.prompts_label, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is panel.draft_edit
    type_text(qtbot, QApplication.focusWidget(), "Mon brouillon")
    assert panel.draft_edit.toPlainText() == "Mon brouillon"
