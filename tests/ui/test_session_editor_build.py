"""The session page paints its first screenful first (issue 18), and nothing is lost for it.

``SessionEditor.load`` builds the header and the parts the first screen shows; the rest
comes in slices on the next turns of the event loop. Each test here starts while parts
are still to be built (its control: ``building`` is true and the part concerned has no
section yet) and checks what a person could do meanwhile: type, paste, leave, lock,
open another session, go to a search hit, a step, an action or a topic, scroll to the
end, click the contents — nothing typed lost, nothing stored overwritten, nothing left
behind, and the page in the end the same as one built at once.
"""

from __future__ import annotations

import gc
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QWidget
from ui_helpers import type_text

from carnet.domain import (
    Action,
    ActionStatus,
    Cadence,
    Group,
    Learning,
    Objective,
    Role,
    Session,
    SessionStatus,
    Topic,
)
from carnet.store import JournalStore
from carnet.templates import load_templates
from carnet.ui.session_editor import SessionEditor
from carnet.ui.session_editor.navigation import focus_chain
from carnet.ui.session_editor.step_section import StepSection, TextBody

#: A co-développement page: its text steps in page order.
TEXT_STEPS = ("expose", "clarification", "contrat", "consultation", "synthese", "feedback")
LONG = "Une ligne de la note, assez longue pour remplir la largeur de la colonne. " * 3


@pytest.fixture(scope="module")
def templates():
    return load_templates(user_dir=None)


@pytest.fixture
def page(store):
    """Two held co-développement sessions, every text step written (a tall page)."""
    group = store.groups.add(Group(name="Codév", template_id="codev", planned_sessions=6,
                                   cadence=Cadence()))
    first = store.sessions.add(Session(group.id, 1, date(2025, 3, 12), SessionStatus.HELD,
                                       Role.CLIENT))
    second = store.sessions.add(Session(group.id, 2, date(2025, 4, 9), SessionStatus.HELD,
                                        Role.CLIENT))
    store.objectives.add(Objective(group.id, "Mieux déléguer"))
    for session in (first, second):
        for step in TEXT_STEPS:
            store.notes.save(session.id, step, f"{step} {session.number} : " + LONG * 4)
    action = store.actions.add(Action(session_id=first.id, title="Essayer la délégation",
                                      due_date=date(2025, 4, 9), status=ActionStatus.TODO))
    learning = store.learnings.add(Learning(session_id=first.id, text="Écouter d'abord"))
    topic = store.topics.add(Topic(title="Le cas de l'équipe de nuit", group_id=group.id))
    return {"first": first.id, "second": second.id, "action": action.id,
            "learning": learning.id, "topic": topic.id}


@pytest.fixture
def make_editor(qtbot, templates):
    editors: list[SessionEditor] = []

    def make(store: JournalStore) -> SessionEditor:
        editor = SessionEditor(store, templates, lang="fr")
        qtbot.addWidget(editor)
        editor.resize(1200, 900)
        editor.show()
        qtbot.waitExposed(editor)
        editors.append(editor)
        return editor

    yield make
    for editor in editors:
        editor.autosaver.queue.wait_idle(10)
        editor.close()
        editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def built(editor: SessionEditor) -> list[str]:
    """The step ids built so far, without finishing the page."""
    return list(editor._sections)


def wait_built(qtbot, editor: SessionEditor) -> None:
    qtbot.waitUntil(lambda: not editor.building, timeout=10_000)


def stored_notes(store: JournalStore, session_id: int) -> dict[str, str]:
    return {step: note.text for step, note in store.notes.list_by_session(session_id).items()}


# -- the first screen, then the rest ------------------------------------------------------------

def test_the_first_screen_is_built_at_once_and_the_rest_on_the_next_turns(
        qtbot, store, page, make_editor):
    editor = make_editor(store)
    finished = []
    editor.pageBuilt.connect(lambda: finished.append(True))
    editor.load(page["first"])
    assert editor.building and not finished  # control: this page is built in two times
    first = built(editor)
    assert first and first[0] == "expose"  # what the top of the page shows is there
    assert "progres" not in first  # the bottom is not
    assert editor.header is not None and editor.header.isVisible()
    # The contents list is whole from the start.
    assert len(editor.toc.entries) == 1 + 6 + 2  # the session, six parts, documents, topics

    wait_built(qtbot, editor)
    assert finished == [True]
    template = editor.ctx.template
    assert built(editor) == [s.id for s in template.steps]
    # In page order on screen too: each section below the one before.
    ys = [editor._sections[s.id].mapTo(editor._page, editor._sections[s.id].rect().topLeft()).y()
          for s in template.steps]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)
    assert editor._topics is not None and editor._topics.isVisible()


def test_the_page_built_in_slices_is_the_page_built_at_once(qtbot, store, page, make_editor):
    """Same widgets, same order for the keyboard and the screen reader, same names."""
    editor = make_editor(store)

    def reading(ed: SessionEditor) -> list[tuple[str, str]]:
        return [(type(w).__name__, w.accessibleName()) for w in focus_chain(ed._page)]

    editor.load(page["first"])
    assert editor.building  # control
    wait_built(qtbot, editor)
    sliced = reading(editor)
    sliced_count = len(editor._page.findChildren(QWidget))

    editor.load(page["first"])
    editor.finish_build()  # all at once
    assert reading(editor) == sliced
    assert len(editor._page.findChildren(QWidget)) == sliced_count

    # Tab follows the page: Qt's own focus chain visits the stops in that order.
    chain = [w for w in focus_chain(editor._page)
             if w.isVisibleTo(editor._page) and w.isEnabled()
             and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    walked, widget = [], chain[0]
    for _ in range(2 * len(QApplication.allWidgets())):
        if widget in chain and widget not in walked:
            walked.append(widget)
        widget = widget.nextInFocusChain()
    assert walked == chain


# -- writing while the page is built ------------------------------------------------------------

def test_typing_and_pasting_during_the_build_are_saved_and_stored_notes_kept(
        qtbot, store, page, make_editor):
    before = stored_notes(store, page["first"])
    editor = make_editor(store)
    editor.load(page["first"])
    assert editor.building and "feedback" not in built(editor)  # control
    body = editor._sections["expose"].body
    body.focus_text()
    type_text(qtbot, body.editor, " ajouté")
    mime = QMimeData()
    mime.setText(" et collé")
    body.editor.insertFromMimeData(mime)
    editor.flush()  # as leaving the page does, the build still under way
    assert editor.building and "feedback" not in built(editor)
    after = stored_notes(store, page["first"])
    assert after["expose"] == before["expose"] + " ajouté et collé"
    # The steps not built yet kept their stored text (never saved as empty).
    assert {k: v for k, v in after.items() if k != "expose"} == \
        {k: v for k, v in before.items() if k != "expose"}


def test_leaving_for_another_session_during_the_build_cancels_it_cleanly(
        qtbot, store, page, make_editor):
    editor = make_editor(store)
    before = {sid: stored_notes(store, page[sid]) for sid in ("first", "second")}
    editor.load(page["first"])
    assert editor.building  # control: the first page was still being built
    old_page = editor._page
    old_sections = list(editor._sections.values())
    editor.load(page["second"])
    wait_built(qtbot, editor)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert not shiboken6.isValid(old_page)
    assert all(not shiboken6.isValid(s) for s in old_sections)
    # Every step section alive belongs to the page shown, once per step.
    alive = [w for w in QApplication.allWidgets() if isinstance(w, StepSection)]
    assert len(alive) == len(editor._sections) + 1  # its steps and its topics card
    assert all(editor._page.isAncestorOf(w) for w in alive)
    # Nothing of the first page's build was added to the second one later.
    qtbot.wait(50)
    assert len([w for w in QApplication.allWidgets() if isinstance(w, StepSection)]) == \
        len(alive)
    assert {sid: stored_notes(store, page[sid]) for sid in ("first", "second")} == before


def test_the_role_changed_during_the_build_gives_the_later_steps_its_prompts(
        qtbot, store, page, make_editor):
    editor = make_editor(store)
    editor.load(page["first"])
    assert editor.building and "synthese" not in built(editor)  # control
    role = editor.header.role
    role.setCurrentIndex(role.findData(Role.CONSULTANT.value))
    wait_built(qtbot, editor)
    step = next(s for s in editor.ctx.template.steps if s.id == "synthese")
    consultant = step.prompts_for(Role.CONSULTANT.value, "fr")
    assert consultant != step.prompts_for(Role.CLIENT.value, "fr")  # control: they differ
    assert editor._sections["synthese"].prompt_texts() == consultant
    assert editor._sections["expose"].prompt_texts() == next(
        s for s in editor.ctx.template.steps if s.id == "expose").prompts_for(
        Role.CONSULTANT.value, "fr")  # a section built before the change follows it too


# -- going to a place not built yet -------------------------------------------------------------

def test_going_to_a_step_not_built_yet_builds_it_and_puts_the_caret_there(
        qtbot, store, page, make_editor):
    editor = make_editor(store)
    editor.load(page["first"])
    assert editor.building and "feedback" not in built(editor)  # control
    assert editor.focus_step("feedback")
    section = editor._sections["feedback"]
    body = section.body
    assert isinstance(body, TextBody)
    assert editor.focusWidget() is body.editor
    viewport = editor._scroll.viewport()
    top = body.editor.mapTo(viewport, body.editor.rect().topLeft()).y()
    assert 0 <= top < viewport.height()  # on screen
    type_text(qtbot, body.editor, " fin")
    editor.flush()
    assert store.notes.get(page["first"], "feedback").text.endswith(" fin")


def test_a_search_hit_in_a_step_not_built_yet_is_shown_and_selected(
        qtbot, store, page, make_editor):
    editor = make_editor(store)
    editor.load(page["first"])
    assert editor.building and "feedback" not in built(editor)  # control
    assert editor.show_match("note", "feedback", "feedback 1")
    field = editor._sections["feedback"].body.editor
    assert editor.focusWidget() is field
    assert field.textCursor().selectedText() == "feedback 1"


@pytest.mark.parametrize("kind", ["action", "learning", "topic"])
def test_an_item_not_built_yet_is_built_and_focused(qtbot, store, page, make_editor, kind):
    editor = make_editor(store)
    editor.load(page["first"])
    assert editor.building and "plan_action" not in built(editor)  # control
    assert editor.focus_item(kind, page[kind])
    focused = editor.focusWidget()
    assert focused is not None and editor._page.isAncestorOf(focused)
    text = focused.text() if hasattr(focused, "text") else ""
    assert text in ("Essayer la délégation", "Écouter d'abord", "Le cas de l'équipe de nuit")


def test_the_workspace_go_to_a_late_step_from_search(qtbot, unlocked):
    """Search, tags and reminders open a place through ``Workspace.go_to``."""
    from carnet.ui.workspace import Place

    window = unlocked()
    workspace = window.workspace
    store = window.store
    session = store.sessions.list(status=SessionStatus.HELD)[-1]
    group = store.groups.get(session.group_id)
    template = window.templates.get(group.template_id)
    last_text = [s.id for s in template.steps if s.kind.value == "text"][-1]
    store.notes.save(session.id, last_text, "Tout en bas : aiguille ici.")
    workspace.go_to(Place(session.id, "note", last_text, "aiguille"))
    editor = workspace.session_editor
    field = editor._sections[last_text].body.editor
    assert QApplication.focusWidget() is field
    assert field.textCursor().selectedText() == "aiguille"


# -- scrolling, the contents list ---------------------------------------------------------------

def test_scrolling_to_the_end_during_the_build_shows_every_part(qtbot, store, page, make_editor):
    from carnet.ui.session_editor.navigation import settle_layouts

    editor = make_editor(store)
    editor.load(page["first"])
    settle_layouts()
    assert editor.building  # control
    bar = editor._scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # the End key, a drag of the scroll bar to its bottom
    assert not editor.building
    assert built(editor) == [s.id for s in editor.ctx.template.steps]


def test_scrolling_down_during_the_build_finds_the_next_parts_there(
        qtbot, store, page, make_editor):
    from carnet.ui.session_editor.navigation import settle_layouts

    editor = make_editor(store)
    editor.load(page["first"])
    settle_layouts()
    assert editor.building  # control
    before = len(built(editor))
    bar = editor._scroll.verticalScrollBar()
    assert bar.maximum() > 1
    bar.setValue(bar.maximum() - 1)  # the wheel, near the end of what was built
    assert len(built(editor)) > before
    settle_layouts()
    # What the viewport shows is built: the page reaches below its bottom.
    viewport = editor._scroll.viewport()
    assert editor._page.height() >= bar.value() + viewport.height()


def test_the_contents_list_goes_to_a_part_not_built_yet(qtbot, store, page, make_editor):
    editor = make_editor(store)
    editor.load(page["first"])
    assert editor.building  # control
    entry = next(e for e in editor.toc.entries if e.text().startswith("6."))
    assert entry.target.isHidden()  # control: that part is not on the page yet
    editor.toc.go_to(entry)
    assert not entry.target.isHidden()
    qtbot.wait(20)  # its place is final after the layout's turn
    viewport = editor._scroll.viewport()
    top = entry.target.mapTo(viewport, entry.target.rect().topLeft()).y()
    assert 0 <= top < viewport.height()


# -- lock ----------------------------------------------------------------------------------------

def test_clear_during_the_build_stops_it_and_leaves_no_section(qtbot, store, page, make_editor):
    editor = make_editor(store)
    editor.load(page["first"])
    assert editor.building  # control
    body = editor._sections["expose"].body
    body.focus_text()
    type_text(qtbot, body.editor, " verrou")
    editor.clear()  # what the lock does
    assert not editor.building
    qtbot.wait(50)  # the slices that were due never come
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert not [w for w in QApplication.allWidgets() if isinstance(w, StepSection | TextBody)]
    assert not [w for w in QApplication.allWidgets()
                if isinstance(w, QPlainTextEdit | QLabel) and "expose 1" in (
                    w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())]
    assert store.notes.get(page["first"], "expose").text.endswith(" verrou")
    assert stored_notes(store, page["first"])["feedback"].startswith("feedback 1 : ")


def test_lock_during_the_build_through_the_window(qtbot, unlocked, passphrase, journal_path):
    """The real lock path: a page still being built leaves no widget and loses nothing."""
    from test_memory import python_holders, qt_holders

    window = unlocked()
    store = window.store
    session = store.sessions.list(status=SessionStatus.HELD)[-1]
    group = store.groups.get(session.group_id)
    steps = window.templates.get(group.template_id).steps
    last_text = [s.id for s in steps if s.kind.value == "text"][-1]
    mark = "Verrou" + "".join(reversed("sruoc ne"))
    store.notes.save(session.id, last_text, f"Stocké {mark}")
    window.workspace.show_session(session.id)
    editor = window.workspace.session_editor
    assert editor.building and last_text not in built(editor)  # control
    first = editor._sections[steps[0].id].body
    first.focus_text()
    type_text(qtbot, first.editor, f" tapé {mark}")
    window.lock()
    assert not editor.building
    qtbot.wait(20)
    gc.collect()
    assert qt_holders(mark, undo=True) == {}
    assert python_holders(mark) == []
    check = JournalStore.open(journal_path, passphrase)
    try:
        assert check.notes.get(session.id, last_text).text == f"Stocké {mark}"
        assert check.notes.get(session.id, steps[0].id).text.endswith(f" tapé {mark}")
    finally:
        check.close()
