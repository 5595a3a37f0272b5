"""Issue 15, races: the Prepare view's topic editor saves only what the person changed
over what a sync brought meanwhile (written here through a second connection to the
journal, as the sync's worker applies it): a draft changed on both sides keeps both,
a status changed elsewhere is not reverted by the stale topic."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QTextCursor
from ui_helpers import type_text

from carnet.domain import Group, Topic, TopicStatus
from carnet.store import JournalStore
from carnet.templates import load_templates
from carnet.ui.prepare.view import PrepareView

HEADING = "Version de l'autre appareil"


@pytest.fixture
def view(qtbot, tmp_path, passphrase):
    store = JournalStore.create(tmp_path / "prep.carnet", passphrase, owner_name="Camille")
    group = store.groups.add(Group(name="Codév", template_id="codev"))
    topic = store.topics.add(Topic(title="Un conflit", group_id=group.id,
                                   draft="Deux agents se parlent peu."))
    widget = PrepareView(store, load_templates(user_dir=None), lang="fr",
                         today=lambda: date(2026, 12, 7))
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.reloaded):
        widget.refresh()
    widget.tabs.setCurrentIndex(1)
    assert widget.topics.select_topic(topic.id)
    widget.topic_id = topic.id
    yield widget
    widget.close()
    store.close()


def _elsewhere(store, topic_id: int, **values) -> None:
    """What a sync's apply does: another connection writes the topic."""
    sibling = store.sync.open_sibling()
    try:
        topic = sibling.topics.get(topic_id)
        for name, value in values.items():
            setattr(topic, name, value)
        sibling.topics.update(topic)
    finally:
        sibling.close()


def test_a_draft_changed_here_and_elsewhere_keeps_both(qtbot, view):
    topics, store = view.topics, view.store
    _elsewhere(store, view.topic_id, draft="Deux agents se parlent peu. — PORTABLE",
               status=TopicStatus.ABANDONED)
    topics.draft_edit.setFocus()
    topics.draft_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, topics.draft_edit, " Et moi ici.")
    assert topics.flush()
    saved = store.topics.get(view.topic_id)
    assert "Et moi ici." in saved.draft  # control: the person's words
    assert "— PORTABLE" in saved.draft and HEADING in saved.draft
    assert saved.status is TopicStatus.ABANDONED  # not reverted by the stale topic
    assert "— PORTABLE" in topics.draft_edit.toPlainText()  # shown


def test_a_title_edited_here_keeps_the_draft_written_elsewhere(qtbot, view):
    topics, store = view.topics, view.store
    _elsewhere(store, view.topic_id, draft="Le brouillon du PORTABLE")
    topics.title_edit.setFocus()
    topics.title_edit.end(False)
    type_text(qtbot, topics.title_edit, " ouvert")
    assert topics.flush()
    saved = store.topics.get(view.topic_id)
    assert saved.title == "Un conflit ouvert"  # control
    assert saved.draft == "Le brouillon du PORTABLE"
