"""Once every group is archived at the end of its cycle, Home does not greet the person
like a first start (found by a fresh-eyes review: « Commencez par votre groupe — Créer
un groupe… » to a journal full of sessions)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_home_says_the_cycle_is_archived_not_start_with_a_group(qtbot, unlocked,
                                                                message_service):
    window = unlocked()
    window.go_home()
    home = window.workspace.home
    assert home.empty_card.isHidden() and home.archived_card.isHidden()  # control
    window.workspace.show_group(window.ids["group"])
    editor = window.workspace.group_editor
    message_service.answers.append(True)  # archive it, what stays open said
    qtbot.mouseClick(editor.archive_button, Qt.MouseButton.LeftButton)
    name = window.store.groups.get(window.ids["group"]).name
    assert window.store.groups.get(window.ids["group"]).archived
    window.go_home()
    home = window.workspace.home
    assert home.empty_card.isHidden(), "Home says « Start with your group » to a full journal"
    assert home.archived_card.isVisible()
    assert name in home.archived_text.text() and "archived" in home.archived_text.text()
    with qtbot.waitSignal(home.newGroupRequested):
        qtbot.mouseClick(home.new_cycle_button, Qt.MouseButton.LeftButton)


def test_a_journal_without_any_group_is_still_invited_to_start(qtbot, unlocked):
    """Control: no group at all, archived or not: the first-start card, as before."""
    window = unlocked()
    store = window.store
    for group in store.groups.list():
        store.groups.delete(group.id)
    window.go_home()
    home = window.workspace.home
    home.refresh()
    assert home.empty_card.isVisible() and home.archived_card.isHidden()
