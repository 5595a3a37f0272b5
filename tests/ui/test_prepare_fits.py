"""Préparer fits small windows: « Save the review » stays in sight after choosing
« Postponed », and the topic editor is never cut on the right (QA at 1200×800)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QScrollArea

from carnet.domain import Action, ActionStatus, Group, Session, SessionStatus, Topic
from carnet.templates import load_templates
from carnet.ui.prepare.view import PrepareView

TODAY = date.today()


def whole(widget) -> bool:
    """The widget is on screen in full (not clipped by a scroll area or a splitter)."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.fixture
def view(qtbot, store):
    group = store.groups.add(Group(name="Codév des cadres", template_id="codev"))
    held = store.sessions.add(Session(group.id, 1, TODAY - timedelta(days=20), SessionStatus.HELD))
    store.sessions.add(Session(group.id, 2, TODAY + timedelta(days=8)))
    store.actions.add(Action(held.id, "Déléguer le planning", due_date=TODAY,
                             details="Des détails " * 30))
    store.topics.add(Topic(title="Un agent démotivé", group_id=group.id, draft="Le cas."))
    page = PrepareView(store, load_templates(user_dir=None), lang="fr", today=lambda: TODAY)
    qtbot.addWidget(page)
    yield page
    page.flush()
    page.close()


# The view's room in a 1200×800 and a 1024×700 window (sidebar and menu bar taken off).
@pytest.mark.parametrize("size", [(950, 740), (780, 640)])
def test_save_review_stays_in_sight_and_the_topic_editor_is_not_cut(qtbot, view, size):
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.reloaded):
        view.refresh()
    qtbot.waitUntil(lambda: view.review.item is not None)
    qtbot.mouseClick(view.review.status_picker.buttons[ActionStatus.POSTPONED],
                     Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert view.review.date_row.isVisible()  # « Postponed » shows the new date
    assert whole(view.review.save_button)
    review_viewport = view.review.findChild(QScrollArea).viewport()
    for button in view.review.status_picker.buttons.values():  # « Postponed » not cut
        assert button.mapTo(review_viewport, QPoint(button.width(), 0)).x() \
            <= review_viewport.width()

    view.tabs.setCurrentIndex(1)
    topics = view.topics
    qtbot.waitUntil(lambda: topics.topic is not None)
    QApplication.processEvents()
    editor_widgets = [w for kind in (QLineEdit, QComboBox, QPushButton)
                      for w in topics.editor.findChildren(kind) if w.isVisible()]
    assert editor_widgets
    viewport = topics.editor.findChild(QScrollArea, "topicEditorScroll").viewport()
    cut = [w.objectName() or w.text() for w in editor_widgets
           if w.mapTo(viewport, QPoint(w.width(), 0)).x() > viewport.width()]
    assert cut == []  # a vertical scroll is fine; nothing cut on the right
