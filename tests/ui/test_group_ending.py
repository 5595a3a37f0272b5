"""Ending a group: archive it, or remove one made by mistake.

A fresh-eyes review left the « Nouveau groupe » form without « Créer le groupe »:
the group was kept (what was typed is never lost), but nothing could remove it, and
it became the default of Home, Préparer and Progression. A group can now be archived
(kept, greyed, out of the way) and, while nothing is written in it, removed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import type_text

from carnet.domain import Group, Topic


def _group_page(window, group_id):
    window.workspace.show_group(group_id)
    return window.workspace.group_editor


def _sidebar_groups(window) -> set[str]:
    model = window.workspace.sidebar.tree.model()
    return {model.index(r, 0).data() for r in range(model.rowCount())}


def test_archive_and_bring_back(qtbot, unlocked, message_service):
    window = unlocked()
    group_id = window.ids["group"]
    editor = _group_page(window, group_id)
    assert editor.ending_section.isVisibleTo(editor)
    assert not window.store.groups.get(group_id).archived  # control
    message_service.answers.append(True)  # what stays open: archive it anyway
    qtbot.mouseClick(editor.archive_button, Qt.MouseButton.LeftButton)
    assert window.store.groups.get(group_id).archived
    assert "archived" in editor.ending_hint.text()
    assert editor.archive_button.text() == "Bring this group back"
    assert not window.store.groups.any(include_archived=False)  # out of Home's way
    qtbot.mouseClick(editor.archive_button, Qt.MouseButton.LeftButton)
    assert not window.store.groups.get(group_id).archived


def test_archiving_saves_what_the_page_holds_first(qtbot, unlocked, message_service):
    window = unlocked()
    group_id = window.ids["group"]
    editor = _group_page(window, group_id)
    type_text(qtbot, editor.place_edit, " — salle 3")
    message_service.answers.append(True)
    qtbot.mouseClick(editor.archive_button, Qt.MouseButton.LeftButton)
    group = window.store.groups.get(group_id)
    assert group.archived and group.place.endswith("— salle 3")


def test_a_group_made_by_mistake_is_removed_after_a_question(
        qtbot, unlocked, message_service):
    window = unlocked()
    store = window.store
    stray = store.groups.add(Group(name="Groupe brouillon", template_id="codev",
                                   planned_sessions=3))
    topic = store.topics.add(Topic(title="Un sujet à garder", group_id=stray.id))
    window.workspace.sidebar.load(store)
    assert "Groupe brouillon" in _sidebar_groups(window)  # control of the check below
    editor = _group_page(window, stray.id)

    message_service.answers.append(False)  # control: « No » keeps it
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert store.groups.get(stray.id).name == "Groupe brouillon"

    message_service.answers.append(True)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert stray.id not in {g.id for g in store.groups.list()}
    assert "Groupe brouillon" not in _sidebar_groups(window)
    assert window.workspace.stack.currentWidget() is not editor  # back Home
    kept = {t.id: t for t in store.topics.list()}
    assert kept[topic.id].title == "Un sujet à garder" and kept[topic.id].group_id is None
    assert window.store.groups.get(window.ids["group"])  # the other group untouched


def test_a_group_with_written_sessions_is_never_removed(qtbot, unlocked, message_service):
    window = unlocked()
    group_id = window.ids["group"]
    editor = _group_page(window, group_id)
    message_service.answers.append(False)  # « Archive it instead? » No
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    kind, title, text = message_service.shown[-1]
    assert kind == "question" and "cannot be removed" in title and "Archive it" in text
    assert "still holds" in text and "1 open action" in text  # asked with what stays open
    assert window.store.groups.get(group_id) and not window.store.groups.get(group_id).archived
    message_service.answers.append(True)  # « Archive it instead? » Yes
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert window.store.groups.get(group_id).archived  # one question, not two
    assert [k for k, _, _ in message_service.shown].count("question") == 2
    assert window.store.sessions.list_by_group(group_id)  # nothing removed
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)  # archived: just said
    assert message_service.shown[-1][0] == "information"
    assert window.store.groups.get(group_id).archived


def test_a_new_group_form_offers_no_ending(qtbot, unlocked):
    window = unlocked()
    editor = _group_page(window, window.ids["group"])
    editor.new_group("codev")
    assert not editor.ending_section.isVisibleTo(editor)
