"""Words written in « Mes ressentis » before choosing an emotion (review 3, fresh3) are
kept by the page (« Vos mots sont gardés. Choisissez l'émotion qui va avec. ») and by
the Markdown export, and now by the booklet too (it printed nothing of them).

Seen in a real window: session 1, « Avant la séance », « + Un autre ressenti », typed
« un peu fatiguee du trajet » without choosing an emotion; the page kept them after
Ctrl+Q and a restart; `carnet export --format markdown` wrote « Avant la séance : un
peu fatiguee du trajet »; the booklet (Ctrl+P) has no trace of them
(/tmp/fresh3/livret-anon.pdf, page 4).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from test_booklet_helpers import norm, pdftotext, require_poppler
from ui_helpers import type_text

from carnet.booklet import BookletOptions, render_booklet
from carnet.domain import Cadence, Emotion, Group, Moment, Role, Session, SessionStatus
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor

LOOSE = "un peu fatiguée du trajet & <b>pressée</b>"
CHOSEN = "peur de ne pas savoir quoi dire"


@pytest.fixture
def session_id(store):
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    return store.sessions.add(
        Session(group.id, 1, date(2026, 11, 9), SessionStatus.HELD, Role.CONSULTANT)).id


@pytest.fixture
def editor(qtbot, store):
    editor = SessionEditor(store, load_templates(user_dir=None), lang="fr")
    qtbot.addWidget(editor)
    editor.resize(1200, 900)
    editor.show()
    yield editor
    editor.autosaver.queue.wait_idle(10)
    editor.close()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_words_without_an_emotion_reach_the_booklet(qtbot, store, session_id, editor,
                                                    tmp_path):
    require_poppler()
    editor.load(session_id)
    body = next(s.body for s in editor.sections.values() if s.step.kind == StepKind.FEELING)
    first = body.rows_of(Moment.BEFORE)[0]
    first.emotion.setCurrentIndex(first.emotion.findData(Emotion.WORRY.value))
    type_text(qtbot, first.text, CHOSEN)
    qtbot.mouseClick(body.add_buttons[Moment.BEFORE], Qt.MouseButton.LeftButton)
    second = body.rows_of(Moment.BEFORE)[1]
    type_text(qtbot, second.text, LOOSE)  # no emotion chosen for these words
    editor.flush()
    editor.autosaver.queue.wait_idle(10)

    # The page says they are kept, and they are in the journal (the feeling step's note).
    assert second.text.text() == LOOSE
    note = store.notes.get(session_id, body.step_id)
    assert note is not None and LOOSE in note.text

    pdf = tmp_path / "livret.pdf"
    pdf.write_bytes(render_booklet(store, BookletOptions(invariant=True, lang="fr")).data)
    text = norm(pdftotext(pdf))
    assert CHOSEN in text  # control: the feeling with an emotion is printed
    assert "un peu fatiguée du trajet" in text, "words kept by the page are not printed"



@pytest.mark.parametrize("template_id", ["codev", "rpm", "atelier", "echange", "rpp"])
def test_every_step_note_with_words_is_printed_whatever_its_kind(store, tmp_path,
                                                                 template_id):
    """Each shipped format: a note on every step that is not plain text (key word,
    feelings, ratings, learnings, actions — a sync or an import can put one there) is
    printed under its step's title. Control: the plain text step's note is printed."""
    require_poppler()
    template = load_templates(user_dir=None).get(template_id)
    group = store.groups.add(Group(name="Groupe", template_id=template_id,
                                   cadence=Cadence()))
    session = store.sessions.add(Session(group.id, 1, date(2026, 11, 9), SessionStatus.HELD,
                                         Role.CONSULTANT))
    text_step = next(s for s in template.steps if s.kind == StepKind.TEXT)
    store.notes.save(session.id, text_step.id, "Note du texte ordinaire")
    others = [s for s in template.steps if s.kind != StepKind.TEXT]
    assert {s.kind for s in others} >= {StepKind.FEELING, StepKind.KEYWORD}
    for step in others:
        store.notes.save(session.id, step.id, f"Mots gardés {step.kind.value} & <b>x</b>")
    pdf = tmp_path / "livret.pdf"
    pdf.write_bytes(render_booklet(store, BookletOptions(invariant=True, lang="fr")).data)
    text = norm(pdftotext(pdf))
    assert "Note du texte ordinaire" in text  # control
    for step in others:
        assert f"Mots gardés {step.kind.value} & <b>x</b>" in text, step.id
        assert step.title.get("fr") in text
