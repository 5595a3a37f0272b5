"""The end-of-cycle review (« bilan de fin de cycle ») on the session page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from carnet.domain import Cadence, Group, Session, SessionStatus
from carnet.store import JournalStore
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor
from carnet.ui.session_editor.cycle import CYCLE_STEP_IDS, is_cycle_end

REVIEW = {
    "cycle.changes": "Je délègue des résultats attendus, plus des tâches.",
    "cycle.self": "J’ai appris que je sais écouter « sans répondre ».",
    "cycle.carry_on": "- Garder le point d’étape hebdomadaire\n- Monter un groupe l’an prochain",
}


@pytest.fixture(scope="module")
def templates():
    return load_templates(user_dir=None)


@pytest.fixture
def make_editor(qtbot, templates):
    editors: list[SessionEditor] = []

    def make(store: JournalStore) -> SessionEditor:
        editor = SessionEditor(store, templates, lang="fr")
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


@pytest.fixture
def short_cycle(store):
    """A co-développement group of three sessions, all held."""
    group = store.groups.add(
        Group(name="Codév court", template_id="codev", planned_sessions=3, cadence=Cadence())
    )
    sessions = [
        store.sessions.add(Session(group.id, n, date(2025, n, 10), SessionStatus.HELD))
        for n in (1, 2, 3)
    ]
    return group, sessions


def type_text(widget, text: str) -> None:
    """Type like a keyboard would, new lines included."""
    for char in text:
        if char == "\n":
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
                )
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def review_ids(editor: SessionEditor) -> list[str]:
    return [step_id for step_id in editor.sections if step_id.startswith("cycle.")]


def toc_texts(editor: SessionEditor) -> list[str]:
    return [entry.text() for entry in editor.toc.entries]


def test_the_review_is_written_at_the_last_session_and_reopens(
    qtbot, store, short_cycle, make_editor, journal_path, passphrase
):
    _group, sessions = short_cycle
    editor = make_editor(store)
    editor.load(sessions[-1].id)
    assert editor.cycle_shown
    assert review_ids(editor) == list(CYCLE_STEP_IDS)
    # after the template's steps, before the topics; listed in the contents panel
    ids = list(editor.sections)
    assert ids.index("cycle.changes") > ids.index("progres")
    toc = toc_texts(editor)
    # the template's steps, the review, then the session's documents and the topics
    assert toc[-3:] == ["Cycle review", "Documents of the session", "Topics to bring"]
    for step_id in CYCLE_STEP_IDS:
        section = editor.sections[step_id]
        assert section.step.kind == StepKind.TEXT
        assert section.title and section.prompt_texts()  # a question and its prompt
        assert section.body.editor.accessibleName() == section.title
        type_text(section.body.editor, REVIEW[step_id])
    qtbot.waitUntil(lambda: editor.autosaver.state == "saved", timeout=10_000)  # autosaved
    editor.clear()

    store.close()
    reopened = JournalStore.open(journal_path, passphrase)
    try:
        notes = reopened.notes.list_by_session(sessions[-1].id)
        assert {k: v.text for k, v in notes.items()} == REVIEW
        editor.store = reopened
        editor.load(sessions[-1].id)
        for step_id, text in REVIEW.items():
            assert editor.sections[step_id].body.text() == text
        editor.clear()
    finally:
        reopened.close()


def test_the_review_is_absent_from_a_middle_session(qtbot, store, short_cycle, make_editor):
    _group, sessions = short_cycle
    editor = make_editor(store)
    editor.load(sessions[1].id)
    assert not editor.cycle_shown
    assert review_ids(editor) == []
    assert "Cycle review" not in toc_texts(editor)
    assert editor.focus_step("cycle.changes") is False


def test_demo_review_is_on_the_last_codev_session_only(qtbot, store, make_editor):
    demo = pytest.importorskip("carnet.demo")
    demo.build_demo(store, today=date(2025, 6, 1))
    codev = next(g for g in store.groups.list() if g.template_id == "codev")
    sessions = store.sessions.list_by_group(codev.id)
    editor = make_editor(store)
    for session in sessions:
        editor.load(session.id)
        last = session is sessions[-1]
        assert editor.cycle_shown is last, session.number
        if last:
            notes = store.notes.list_by_session(session.id)
            for step_id in CYCLE_STEP_IDS:
                assert editor.sections[step_id].body.text() == notes[step_id].text
            assert "Other notes" not in toc_texts(editor)  # not left as unknown steps


def test_the_review_stays_reachable_where_a_note_was_written(
    qtbot, store, short_cycle, make_editor
):
    _group, sessions = short_cycle
    store.notes.save(sessions[0].id, "cycle.self", "Écrit à la première séance")
    store.notes.save(sessions[0].id, "cycle.extra", "Une note de bilan d’un autre outil")
    editor = make_editor(store)
    editor.load(sessions[0].id)
    assert editor.cycle_shown
    assert review_ids(editor) == [*CYCLE_STEP_IDS, "cycle.extra"]
    assert editor.sections["cycle.self"].body.text() == "Écrit à la première séance"
    assert editor.sections["cycle.extra"].body.text() == "Une note de bilan d’un autre outil"
    assert "Other notes" not in toc_texts(editor)


def test_the_last_session_is_the_planned_one_or_the_last_by_date(store):
    group = store.groups.add(Group(name="G", template_id="rpm", planned_sessions=4))
    one, two, three = (
        Session(group.id, n, date(2025, n, 1), id=n) for n in (1, 2, 3)
    )  # fewer sessions than planned: the last by date ends the cycle
    assert not is_cycle_end(two, [one, two, three], 4)
    assert is_cycle_end(three, [one, two, three], 4)
    four, five = (
        Session(group.id, 4, date(2025, 4, 1), id=4),
        Session(group.id, 5, date(2025, 5, 1), id=5),
    )  # an extended cycle: the planned last and the actual last both offer it
    assert is_cycle_end(four, [one, two, three, four, five], 4)
    assert is_cycle_end(five, [one, two, three, four, five], 4)
    assert not is_cycle_end(three, [one, two, three, four, five], 4)


def test_review_ids_are_the_ones_the_booklet_reads():
    from carnet.booklet import texts

    assert tuple(texts.CYCLE_STEPS) == CYCLE_STEP_IDS


def test_role_change_keeps_the_review_prompts(qtbot, store, short_cycle, make_editor):
    _group, sessions = short_cycle
    editor = make_editor(store)
    editor.load(sessions[-1].id)
    before = editor.sections["cycle.changes"].prompt_texts()
    role = editor.header.role
    role.setCurrentIndex((role.currentIndex() + 1) % role.count())
    assert editor.sections["cycle.changes"].prompt_texts() == before
