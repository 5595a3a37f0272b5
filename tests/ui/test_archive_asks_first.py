"""Archiving a group that still holds open actions, topics or planned sessions asks
first, naming what stays open, « Non » by default — it used to archive at once and only
then say, in the page's hint, what had been left (an earlier review's leftover: the
meetings stopped being announced and the actions left Home without a question)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from carnet.domain import Group


def test_archiving_asks_first_and_no_keeps_the_group(qtbot, unlocked, message_service):
    window = unlocked()
    store, group_id = window.store, window.ids["group"]
    window.workspace.show_group(group_id)
    editor = window.workspace.group_editor
    qtbot.mouseClick(editor.archive_button, Qt.MouseButton.LeftButton)  # « No »: the default
    kind, title, text = message_service.shown[-1]
    assert kind == "question" and "Archive" in title
    assert "1 open action" in text and "Déléguer" in text, text
    assert "1 topic" in text and "planned session" in text, text
    assert not store.groups.get(group_id).archived  # nothing done
    assert editor.archive_button.text() == "Archive this group"

    message_service.answers.append(True)
    qtbot.mouseClick(editor.archive_button, Qt.MouseButton.LeftButton)
    assert store.groups.get(group_id).archived
    asked = len(message_service.shown)
    qtbot.mouseClick(editor.archive_button, Qt.MouseButton.LeftButton)  # brought back
    assert not store.groups.get(group_id).archived
    assert len(message_service.shown) == asked  # bringing back asks nothing


def test_a_group_with_nothing_open_is_archived_without_a_question(qtbot, unlocked,
                                                                   message_service):
    window = unlocked()
    store = window.store
    quiet = store.groups.add(Group(name="Groupe fini", template_id="codev",
                                   planned_sessions=1))
    window.workspace.sidebar.load(store)
    window.workspace.show_group(quiet.id)
    editor = window.workspace.group_editor
    qtbot.mouseClick(editor.archive_button, Qt.MouseButton.LeftButton)
    assert store.groups.get(quiet.id).archived
    assert "question" not in message_service.kinds()
