"""Deleting an action or a learning is one click: it must be undoable, reviews included."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Group,
    Learning,
    Role,
    Session,
    SessionStatus,
)
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor


@pytest.fixture(scope="module")
def templates():
    return load_templates(user_dir=None)


@pytest.fixture
def page(qtbot, store, templates):
    """A held co-dév session with two actions (one with two reviews) and two learnings."""
    group = store.groups.add(Group(name="Codév", template_id="codev"))
    session = store.sessions.add(
        Session(group.id, 1, date(2025, 3, 12), SessionStatus.HELD, Role.CLIENT)
    )
    kept = store.actions.add(Action(session.id, "Appeler Marc", due_date=date(2025, 4, 9)))
    reviewed = store.actions.add(
        Action(session.id, "Déléguer le budget <b> & ]]> 🎯", tags=["délégation"])
    )
    store.actions.review(ActionReview(reviewed.id, date(2025, 3, 20), "Essayé une fois",
                                      ActionStatus.IN_PROGRESS))
    store.actions.review(ActionReview(reviewed.id, date(2025, 4, 1), "Reporté, trop tôt",
                                      ActionStatus.POSTPONED, date(2025, 5, 7)))
    store.reviews.add(ActionReview(kept.id, date(2025, 3, 25), "Fait"))
    store.learnings.add(Learning(session.id, "Écouter d'abord", starred=True, position=1))
    store.learnings.add(Learning(session.id, "Demander le besoin", tags=["écoute"], position=2))
    editor = SessionEditor(store, templates, lang="fr")
    qtbot.addWidget(editor)
    editor.resize(1200, 900)
    editor.show()
    editor.load(session.id)
    yield editor, session, kept, reviewed
    editor.autosaver.queue.wait_idle(10)
    editor.close()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def body(editor, kind):
    return next(s.body for s in editor.sections.values() if s.step.kind == kind)


def history(store, session_id):
    """Every action with its reviews, ids left out (an undo may give new ids)."""
    actions = store.actions.list_by_session(session_id)
    reviews = store.reviews.list_for_actions([a.id for a in actions])
    return sorted(
        (a.title, a.due_date, a.status, a.outcome, tuple(a.tags),
         tuple((r.date, r.note, r.status, r.new_due_date) for r in reviews[a.id]))
        for a in actions
    )


def test_undo_restores_a_deleted_action_with_its_reviews(qtbot, store, page):
    editor, session, _kept, _reviewed = page
    before = history(store, session.id)
    actions = body(editor, StepKind.ACTIONS)
    row = next(r for r in actions.rows() if r.title.text().startswith("Déléguer"))
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    editor.flush()
    assert len(history(store, session.id)) == 1  # the click deleted it (and its reviews)
    assert actions.undo_bar.isVisible()
    assert "Déléguer" in actions.undo_bar.label.text()
    qtbot.mouseClick(actions.undo_bar.button, Qt.MouseButton.LeftButton)
    editor.flush()
    assert history(store, session.id) == before  # the action, its 2 reviews, its tag
    assert not actions.undo_bar.isVisible()
    assert sorted(r.title.text() for r in actions.rows()) == sorted(t[0] for t in before)
    row = next(r for r in actions.rows() if r.title.text().startswith("Déléguer"))
    row.title.setText("Déléguer le budget, corrigé")  # the restored row still saves
    editor.flush()
    assert "Déléguer le budget, corrigé" in [a.title for a in
                                             store.actions.list_by_session(session.id)]


def test_without_undo_only_the_deleted_action_goes(qtbot, store, page):
    editor, session, kept, reviewed = page
    actions = body(editor, StepKind.ACTIONS)
    row = next(r for r in actions.rows() if r.title.text().startswith("Déléguer"))
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    editor.flush()
    assert [a.title for a in store.actions.list_by_session(session.id)] == ["Appeler Marc"]
    assert [r.note for r in store.reviews.list_by_action(kept.id)] == ["Fait"]
    assert store.reviews.list_by_action(reviewed.id) == []
    assert len(store.learnings.list_by_session(session.id)) == 2


def test_a_second_delete_keeps_the_first_deleted_and_offers_the_second(qtbot, store, page):
    editor, session, _kept, _reviewed = page
    actions = body(editor, StepKind.ACTIONS)
    first, second = actions.rows()
    qtbot.mouseClick(first.remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(second.remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(actions.undo_bar.button, Qt.MouseButton.LeftButton)
    editor.flush()
    assert [a.title for a in store.actions.list_by_session(session.id)] == [second.title.text()]
    assert len(store.reviews.list_by_action(
        store.actions.list_by_session(session.id)[0].id)) == 2


def test_undo_restores_a_deleted_learning(qtbot, store, page):
    editor, session, _kept, _reviewed = page
    before = [(x.text, x.starred, x.tags, x.position)
              for x in store.learnings.list_by_session(session.id)]
    learnings = body(editor, StepKind.LEARNINGS)
    qtbot.mouseClick(learnings.rows()[0].remove, Qt.MouseButton.LeftButton)
    editor.flush()
    assert [x.text for x in store.learnings.list_by_session(session.id)] == ["Demander le besoin"]
    assert learnings.undo_bar.isVisible()
    qtbot.mouseClick(learnings.undo_bar.button, Qt.MouseButton.LeftButton)
    editor.flush()
    after = [(x.text, x.starred, x.tags, x.position)
             for x in store.learnings.list_by_session(session.id)]
    assert sorted(after) == sorted(before)
    assert [r.text.text() for r in learnings.rows()] == ["Écouter d'abord", "Demander le besoin"]


def test_an_undone_delete_brings_the_rows_back_under_their_own_sync_identity(
        qtbot, store, page):
    """Under new uuids, an edit made on another device meanwhile would resurrect the
    originals beside the undo's copies (shown twice everywhere: tests/sync/
    test_sync_review.py ``test_undo_of_*``). Control: the uuids of the rows not
    deleted are unchanged too, and a row added afterwards gets a new one."""
    editor, session, _kept, _reviewed = page
    store.sync.collect()  # the rows' identities have travelled (as after a sync)

    def identities():
        out = set()
        for table in ("actions", "action_reviews", "learnings"):
            out |= {(table, u) for u in store.sync.uuids_of(table).values()}
        return out

    before = identities()
    assert len(before) == 2 + 3 + 2
    actions = body(editor, StepKind.ACTIONS)
    row = next(r for r in actions.rows() if r.title.text().startswith("Déléguer"))
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    editor.flush()
    assert len(identities()) == 1 + 1 + 2  # the action and its two reviews gone
    qtbot.mouseClick(actions.undo_bar.button, Qt.MouseButton.LeftButton)
    learnings = body(editor, StepKind.LEARNINGS)
    qtbot.mouseClick(learnings.rows()[0].remove, Qt.MouseButton.LeftButton)
    editor.flush()
    qtbot.mouseClick(learnings.undo_bar.button, Qt.MouseButton.LeftButton)
    editor.flush()
    assert identities() == before
    store.learnings.add(Learning(session.id, "Nouveau", position=3))
    assert len(identities() - before) == 1
