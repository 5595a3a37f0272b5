"""The Sync page's « Two versions kept, to edit » lists every kind of long text a sync
kept in two versions — a learning, an action's outcome, a topic's draft, the group's
ground rules — not step notes only, and each line opens the text where it is written
(fresh7's F17: after a restart a learning or an outcome still holding two versions was
listed nowhere, and no line took the person there)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from test_sync_ui import folder, held_session, open_store, set_up_folder  # noqa: F401
from ui_helpers import seed_journal

from carnet.domain import Learning
from carnet.domain.sync import OtherVersion, join_versions
from carnet.ui.sync import page as page_module

WHEN = datetime(2026, 12, 7, 15, 21, tzinfo=UTC)


def two(main: str, other: str) -> str:
    return join_versions(main, [OtherVersion(WHEN, other)])


def test_every_text_kept_in_two_versions_is_listed_and_opens_where_it_is_written(
        qtbot, unlocked, journal_path, folder, passphrase):  # noqa: F811
    ids = seed_journal(journal_path, passphrase)
    store = open_store(journal_path, passphrase)
    try:
        held = held_session(store, 2).id
        learning = store.learnings.add(Learning(session_id=held,
                                                text=two("Appris ici", "Appris là-bas")))
        action = store.actions.list()[0]
        store.actions.update(dataclasses.replace(action, outcome=two("Fait ici", "Fait là")))
        topic = store.topics.list()[0]
        store.topics.update(dataclasses.replace(topic, draft=two("Cas ici", "Cas là")))
        group = store.groups.get(ids["group"])
        store.groups.update(dataclasses.replace(group, ground_rules=two("Règle ici",
                                                                        "Règle là")))
    finally:
        store.close()
    set_up_folder(journal_path, passphrase, folder)

    window = unlocked()  # (a restart: the first sync finds what holds two versions)
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.last_report is not None
                    and not controller.worker.busy, timeout=30_000)
    lines = controller.state.conflicted
    assert len(lines) == 4, lines
    said = "\n".join(lines)
    assert "a learning" in said and "the ground rules" in said, said
    assert "the outcome of the action" in said and "the draft of the topic" in said, said
    assert controller.state.conflicts == 4

    page = page_module.SyncPage(window, controller)
    qtbot.addWidget(page)
    assert page.versions_label.isVisibleTo(page)
    assert page.versions_label.text().count("<a href=") == 4

    def line_of(words: str) -> int:
        return next(i for i, line in enumerate(lines) if words in line)

    workspace = window.workspace
    page.open_version(str(line_of("the ground rules")))
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is workspace.group_editor)
    assert workspace.group_editor.group_id == ids["group"]
    qtbot.waitUntil(lambda: workspace.group_editor.rules_edit.hasFocus())

    assert controller.open_listed(line_of("a learning"))
    editor = workspace.session_editor
    assert workspace.stack.currentWidget() is editor and editor.current_session_id == held
    from carnet.ui.session_editor.learnings import LearningRow

    (row,) = [r for r in editor.findChildren(LearningRow) if r.ref.id == learning.id]
    qtbot.waitUntil(lambda: row.text.hasFocus())

    assert controller.open_listed(line_of("the outcome of the action"))
    prepare = workspace.view("prepare")
    assert workspace.stack.currentWidget() is prepare
    assert prepare.review.item.action.id == action.id

    assert controller.open_listed(line_of("the draft of the topic"))
    assert prepare.tabs.currentIndex() == 1 and prepare.topics.topic.id == topic.id
