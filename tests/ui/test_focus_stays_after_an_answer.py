"""The keyboard stays where the person works after a button they pressed goes away.

Found by a fresh-eyes review (fresh6), finding 2: after « Enregistrer le suivi » from the
keyboard, the focus jumped to the search field at the top of the window (seen in a real
window) — the button, disabled as the note cleared, handed it to the next widget of the
window — and the same after « Elle a eu lieu » on Home, whose row goes away. The next
Tab, typed text or screen-reader announcement was about the search. Now the focus
stays in Préparer's review (the note of the action shown) and on Home's card (the next
question, else the « Écrire à ce sujet » link, reachable by the keyboard). The
reviewer's two tests are kept (control: Tab reaches the button).

Finding 20, found by the same review: Home's « Actions à revoir d'ici là » rows (and
« Le même jour » link) opened their session with the mouse only — the label took no
focus, its links were not reached by Tab. They are now (the reviewer's test, with its
control: the rows are links; and Return on a link opens its session).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import open_prepare, type_text, unlock_through_ui

from carnet.domain import Action, Cadence, Group, Role, Session, SessionStatus
from carnet.store import JournalStore

TODAY = date.today()


@pytest.fixture
def prepare(qtbot, make_window, journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
        first, _ = store.sessions.add_many([
            Session(group.id, 1, TODAY - timedelta(days=30), SessionStatus.HELD, Role.CLIENT),
            Session(group.id, 2, TODAY + timedelta(days=30), role=Role.CONSULTANT),
        ])
        for title in ("Déléguer le planning", "Dire non aux réunions"):
            store.actions.add(Action(session_id=first.id, title=title))
        group_id = group.id
    finally:
        store.close()
    window, view = open_prepare(qtbot, make_window, journal_path, passphrase, group_id)
    return window, view


def test_saving_a_review_from_the_keyboard_keeps_the_focus_in_the_review(qtbot, prepare):
    window, view = prepare
    window.activateWindow()
    index = view.model.index(0, 0)
    while view.model.hasChildren(index):  # the first action under its session heading
        index = view.model.index(0, 0, index)
    view.tree.setCurrentIndex(index)
    qtbot.waitUntil(lambda: view.review.item is not None)
    review = view.review
    review.note_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(review.note_edit.hasFocus)
    type_text(qtbot, review.note_edit, "Pas encore essayé")
    qtbot.keyClick(review.note_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(review.save_button.hasFocus)  # control: Tab reaches the button
    qtbot.keyClick(review.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: review.note_edit.toPlainText() == "")  # saved
    qtbot.wait(200)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert view.isAncestorOf(focused), (
        f"focus went to {type(focused).__name__} {focused.objectName()!r} "
        f"({focused.accessibleName()!r}), outside Préparer")
    assert focused is review.note_edit  # where the next follow-up is written


def test_answering_it_took_place_from_the_keyboard_keeps_the_focus_on_home(
        qtbot, make_window, journal_path, passphrase):
    """The same on Home: « Elle a eu lieu » pressed with Space on a past session still
    marked planned; the card goes away and the focus lands in the search field."""
    from carnet.ui.home_confirm import PastSessionRow

    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="RPM", template_id="rpm", cadence=Cadence()))
        store.sessions.add_many([
            Session(group.id, 1, TODAY - timedelta(days=35), SessionStatus.HELD),
            Session(group.id, 2, TODAY - timedelta(days=5)),  # past, still planned
            Session(group.id, 3, TODAY + timedelta(days=25)),
        ])
    finally:
        store.close()
    window = make_window()
    window.install_extensions()
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    window.activateWindow()
    home = window.workspace.home
    qtbot.waitUntil(lambda: bool(home.findChildren(PastSessionRow)))
    row = home.findChildren(PastSessionRow)[0]
    qtbot.waitUntil(row.held_button.isVisible)
    row.held_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(row.held_button.hasFocus)  # control
    qtbot.keyClick(row.held_button, Qt.Key.Key_Space)
    qtbot.wait(300)
    focused = QApplication.focusWidget()
    assert focused is not None and home.isAncestorOf(focused), (
        f"focus went to {type(focused).__name__} {focused.objectName()!r}, outside Home")


def test_home_action_links_are_reachable_from_the_keyboard(qtbot, main_window):
    home = main_window.workspace.home
    label = home.actions_list
    assert "href='session:" in label.text()  # control: the rows are links
    flags = label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard, flags
    assert label.focusPolicy() != Qt.FocusPolicy.NoFocus
    main_window.activateWindow()
    label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(label.hasFocus)
    qtbot.keyClick(label, Qt.Key.Key_Tab)  # to its first link (the label keeps the keys)
    assert label.hasFocus() and label.hasSelectedText()
    qtbot.keyClick(label, Qt.Key.Key_Return)  # the first link: its session opens
    qtbot.waitUntil(lambda: main_window.workspace.session_editor is not None
                    and main_window.workspace.stack.currentWidget()
                    is main_window.workspace.session_editor, timeout=5000)
