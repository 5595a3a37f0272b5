"""« Mes progrès »: the words beside an objective are never dropped with its rating.

Review 3 (fresh3, tests/review3/test_rating_comment_lost.py): clicking the chosen star
again cleared the rating and deleted the words written beside it, while the page still
showed them greyed, as if kept. Now a row with no rating keeps its words in the step's
note (as the feelings do, « Vos mots sont gardés »); choosing a rating moves them back
into it.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from ui_helpers import type_text

from carnet.domain import Cadence, Group, Objective, Role, Session, SessionStatus
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor

WORDS = "j'écoute mieux & <b>plus</b> longtemps"


@pytest.fixture
def session_id(store):
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    store.objectives.add(Objective(group_id=group.id, title="Écouter vraiment"))
    store.objectives.add(Objective(group_id=group.id, title="Écouter"))
    return store.sessions.add(
        Session(group.id, 1, date(2026, 11, 9), SessionStatus.HELD, Role.CONSULTANT)).id


@pytest.fixture
def make_editor(qtbot, store):
    editors = []

    def make():
        editor = SessionEditor(store, load_templates(user_dir=None), lang="fr")
        qtbot.addWidget(editor)
        editor.resize(1200, 900)
        editor.show()
        editors.append(editor)
        return editor

    yield make
    for editor in editors:
        editor.autosaver.queue.wait_idle(10)
        editor.close()
        editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def ratings(editor):
    return next(s.body for s in editor.sections.values() if s.step.kind == StepKind.RATINGS)


def saved(editor) -> None:
    editor.flush()
    editor.autosaver.queue.wait_idle(10)


def test_unchoosing_the_stars_keeps_the_words(qtbot, store, session_id, make_editor):
    editor = make_editor()
    editor.load(session_id)
    row = ratings(editor).rows[0]
    assert row.objective.title == "Écouter vraiment"
    qtbot.mouseClick(row.stars.buttons[2], Qt.MouseButton.LeftButton)
    type_text(qtbot, row.comment, WORDS)
    saved(editor)
    (kept,) = store.assessments.list_by_session(session_id)
    assert (kept.rating, kept.comment) == (3, WORDS)  # control: saved with its words

    qtbot.mouseClick(row.stars.buttons[2], Qt.MouseButton.LeftButton)  # the same star again
    saved(editor)
    assert row.stars.value() == 0
    assert store.assessments.list_by_session(session_id) == []  # the rating is gone
    assert row.comment.text() == WORDS  # the page still shows them

    again = make_editor()
    again.load(session_id)
    back = ratings(again).rows[0]
    assert (back.stars.value(), back.comment.text()) == (0, WORDS), (
        "the words beside the stars were deleted with the rating")
    # ... shown as kept, not greyed as if gone (control: rated, the hint was not shown)
    assert not back.kept.isHidden() and ratings(again).rows[1].kept.isHidden()
    assert row.comment.isEnabled() and row.kept.isVisibleTo(editor) and row.kept.text()
    assert ratings(again).rows[1].comment.text() == ""  # « Écouter » did not take them
    assert WORDS in store.notes.get(session_id, ratings(again).step_id).text

    # Rated again: the words go back into the rating, the note lets them go.
    qtbot.mouseClick(back.stars.buttons[3], Qt.MouseButton.LeftButton)
    saved(again)
    (kept,) = store.assessments.list_by_session(session_id)
    assert (kept.rating, kept.comment) == (4, WORDS)
    note = store.notes.get(session_id, ratings(again).step_id)
    assert note is None or WORDS not in note.text
    assert back.kept.isHidden()


def test_words_written_before_any_rating_are_kept(qtbot, store, session_id, make_editor):
    editor = make_editor()
    editor.load(session_id)
    first, second = ratings(editor).rows
    type_text(qtbot, second.comment, "pas encore : à voir")
    saved(editor)
    assert store.assessments.list_by_session(session_id) == []  # control: no rating made up
    again = make_editor()
    again.load(session_id)
    rows = ratings(again).rows
    assert [r.comment.text() for r in rows] == ["", "pas encore : à voir"]
    assert first.comment.isEnabled()  # the words come first as often as the stars
    assert rows[1].kept.isVisibleTo(again)


def test_a_note_line_naming_no_objective_is_kept_and_shown(qtbot, store, session_id,
                                                          make_editor):
    editor = make_editor()
    editor.load(session_id)
    step_id = ratings(editor).step_id
    editor.close()
    store.notes.save(session_id, step_id, "Ancien objectif : mes mots d’avant")
    again = make_editor()
    again.load(session_id)
    body = ratings(again)
    assert "mes mots d’avant" in body.others.text() and body.others.isVisibleTo(again)
    type_text(qtbot, body.rows[0].comment, "un mot")  # the note is written again
    saved(again)
    text = store.notes.get(session_id, step_id).text
    assert "Ancien objectif : mes mots d’avant" in text and "un mot" in text
