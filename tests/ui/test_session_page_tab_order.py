"""Tab on a session's page follows what the eye reads, in every kind of part.

An earlier review found that Tab from a step's text reached the « Aperçu » switch
(above the text, at the right) before the step's photos and « Joindre une photo… »
(under it). These tests open real pages in the real window (every feature wired: the
« Depuis la dernière fois… » link too) for each built-in format — text steps, one in
preview, photos in a step and in the session's documents, learnings, actions,
feelings and their scales, the key word, ratings, the cycle's review, notes of another
format, topics — press Tab from the header's title to the end of the page, and check
that each stop is below the one before, or on its line and to its right, and that
every stop the page shows is met once. Control: the checker flags the old order.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from attachment_files import photo
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPushButton,
    QWidget,
)

from carnet.domain import (
    Action,
    ActionStatus,
    Assessment,
    Attachment,
    Cadence,
    Emotion,
    Feeling,
    Group,
    Learning,
    Moment,
    Objective,
    Role,
    Session,
    SessionStatus,
    Topic,
)
from carnet.templates import StepKind, load_templates
from carnet.ui.attachments.strip import Tile
from carnet.ui.session_editor.cycle import is_cycle_step

FORMATS = ("codev", "rpm", "atelier", "echange")


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def place(widget: QWidget, page: QWidget) -> QRect:
    """The widget's rectangle in the page's coordinates."""
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def faults(stops: list[QWidget], page: QWidget) -> list[str]:
    """Each step of ``stops`` that goes back up, or left on the same line.

    A stop to the right of the one before reads next as long as the two share some
    height: Home's « Did it take place? » row centres its buttons beside a title over a
    date that wraps to two lines on a narrower font (CI), so the button sits lower than
    the title by more than half its height and is still the next thing read."""
    out = []
    for first, second in itertools.pairwise(stops):
        a, b = place(first, page), place(second, page)
        below = b.top() >= a.bottom() - 4
        overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
        beside = overlap > 0 and b.left() >= a.right() - 4
        if below or beside:
            continue
        out.append(f"{describe(first)} {a.getRect()} → {describe(second)} {b.getRect()}")
    return out


def settled(qtbot, page: QWidget) -> None:
    """Wait until the page's stops keep their places over a few turns: a note grows to
    its text and the strips place their tiles on later turns, later still on a loaded
    machine (a fixed wait read a tile above the note that was still growing)."""
    def places():
        return sorted((describe(w), place(w, page).getRect()) for w in shown_stops(page))

    last, steady = places(), 0
    for _turn in range(100):
        qtbot.wait(30)
        now = places()
        steady = steady + 1 if now == last else 0
        if steady >= 3:
            return
        last = now


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()!r})"


def shown_stops(page: QWidget) -> set[QWidget]:
    """Every widget of the page that Tab may land on now."""
    out = set()
    for widget in page.findChildren(QWidget):
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # a date's or a number's inner line: the field is the stop
        if widget.isVisible() and widget.isEnabled() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.add(widget)
    return out


def walk_with_tab(qtbot, start: QWidget, page: QWidget, limit: int = 600) -> list[QWidget]:
    """Press Tab from ``start`` until the focus leaves the page; the stops met, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is start, timeout=3000)
    met: list[QWidget] = []
    for _ in range(limit):
        widget = focused()
        if widget is None or not page.isAncestorOf(widget):
            break
        if not met or met[-1] is not widget:  # Tab may walk a date's day, month, year
            assert widget not in met, f"Tab came back to {describe(widget)}"
            met.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return met


@pytest.fixture
def window(unlocked):
    return unlocked()


def full_session(store, template_id: str) -> int:
    """The last session of a two-session cycle of ``template_id`` with something in every
    kind of part: the page then shows the cycle's review too."""
    start = date.today() - timedelta(days=60)
    group = store.groups.add(Group(name=f"Groupe {template_id}", template_id=template_id,
                                   planned_sessions=2, cadence=Cadence(), start_date=start))
    store.sessions.add(Session(group.id, 1, start, SessionStatus.HELD, Role.PARTICIPANT))
    session = store.sessions.add(Session(group.id, 2, start + timedelta(days=30),
                                         SessionStatus.HELD, Role.CLIENT, themes=["délégation"]))
    objective = store.objectives.add(Objective(group.id, "Mieux déléguer"))
    store.objectives.add(Objective(group.id, "Écouter d’abord"))
    store.assessments.set(Assessment(objective.id, session.id, 4, "en progrès"))
    store.learnings.add(Learning(session.id, "Déléguer un résultat", starred=True,
                                 tags=["délégation"]))
    store.actions.add(Action(session.id, "Essayer la délégation",
                             due_date=date.today() + timedelta(days=20)))
    store.actions.add(Action(session.id, "Noter chaque vendredi", status=ActionStatus.DONE))
    store.feelings.add(Feeling(session.id, Moment.BEFORE, Emotion.CURIOSITY, 3, "tendue"))
    store.feelings.add(Feeling(session.id, Moment.AFTER, Emotion.SERENITY, 4, "apaisée"))
    store.keywords.set(session.id, "élan")
    store.notes.save(session.id, "ancienne_etape", "Une note d’un autre format.")
    store.topics.add(Topic(title="Le cas de l’équipe de nuit", group_id=group.id))
    return session.id


def attach(store, session_id: int, step_id: str | None, name: str) -> None:
    data = photo(600, 400, marker=name)
    store.attachments.add(Attachment(session_id, "image/jpeg", len(data), "", caption=name,
                                     filename=f"{name}.jpg", step_id=step_id,
                                     width=600, height=400), data)


def open_page(qtbot, window, session_id: int):
    window.workspace.show_session(session_id)
    editor = window.workspace.session_editor
    assert editor.current_session_id == session_id
    editor.finish_build()
    qtbot.waitUntil(lambda: not editor.building, timeout=10_000)
    qtbot.waitUntil(lambda: not editor._tab_timer.isActive(), timeout=3000)
    qtbot.wait(50)  # the strips' tiles and the check-in link, placed on the next turns
    return editor


@pytest.mark.parametrize("template_id", FORMATS)
def test_tab_reads_the_whole_page_in_order(qtbot, window, template_id):
    store = window.store
    session_id = full_session(store, template_id)
    steps = load_templates(user_dir=None).get(template_id).steps
    first_text, second_text = [s.id for s in steps if s.kind == StepKind.TEXT][:2]
    attach(store, session_id, first_text, "Paperboard")
    attach(store, session_id, first_text, "Schéma")
    attach(store, session_id, None, "Livret")
    editor = open_page(qtbot, window, session_id)
    page = editor._page
    editor.sections[second_text].body.show_preview(True)  # one step read, not written
    qtbot.wait(50)

    settled(qtbot, page)
    met = walk_with_tab(qtbot, editor.header.title, page)
    settled(qtbot, page)
    assert faults(met, page) == []
    assert met[-1] is editor.topics.list.add_edit  # the page's last field ends the walk
    missing = shown_stops(page) - set(met)
    assert sorted(map(describe, missing)) == []

    # The reviewer's case, said plainly: the step's switch, its text, its photos, then
    # « Joindre une photo… », then the next step.
    step = editor.sections[first_text].body
    strip = editor.documents.strips[first_text]
    assert len(strip.tiles) == 2
    at = met.index(step.editor)
    assert met[at - 1] is step.preview_button
    assert met[at + 1: at + 4] == [*strip.tiles, strip.attach_button]
    # The step read in preview: « Écrire » then the rendered text.
    read = editor.sections[second_text].body
    at = met.index(read.preview)
    assert met[at - 1] is read.write_button and read.editor not in met
    # Parts of every kind were walked.
    kinds = {s.step.kind for s in editor.sections.values()
             if any(s.isAncestorOf(w) for w in met)}
    assert kinds == set(StepKind)
    walked = {sid for sid, s in editor.sections.items() if any(s.isAncestorOf(w) for w in met)}
    assert "ancienne_etape" in walked  # notes of another format
    assert any(is_cycle_step(sid) for sid in walked)  # the cycle's review
    assert any(editor.documents.documents_card.isAncestorOf(w) and isinstance(w, Tile)
               for w in met)
    assert editor.cycle_shown
    check_in = page.findChild(QPushButton, "checkInSessionButton")
    assert check_in is not None and check_in in met  # the feature's link, in its place


def test_shift_tab_from_a_steps_text_goes_back_to_its_switch(qtbot, window):
    """Shift+Tab walks the same order backwards: from the text to its « Aperçu »."""
    session_id = full_session(window.store, "codev")
    editor = open_page(qtbot, window, session_id)
    body = editor.sections["contrat"].body
    body.editor.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is body.editor, timeout=3000)
    qtbot.keyClick(body.editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is body.preview_button
    qtbot.keyClick(body.preview_button, Qt.Key.Key_Tab)
    assert focused() is body.editor
    qtbot.keyClick(body.editor, Qt.Key.Key_Tab)
    assert focused() is editor.documents.strips["contrat"].attach_button


def test_the_checker_flags_a_switch_reached_after_its_text(qtbot, window):
    """Control: the order before the fix (text, then « Aperçu » above it, then
    « Joindre une photo… ») is refused by ``faults``; the order now is not."""
    session_id = full_session(window.store, "codev")
    editor = open_page(qtbot, window, session_id)
    page = editor._page
    body = editor.sections["expose"].body
    attach_button = editor.documents.strips["expose"].attach_button
    before = [body.editor, body.preview_button, attach_button]
    assert len(faults(before, page)) == 1
    assert faults([body.preview_button, body.editor, attach_button], page) == []
    # and the walk would see it: the old order put back by hand is walked as such
    QWidget.setTabOrder(body.editor, body.preview_button)
    QWidget.setTabOrder(body.preview_button, attach_button)
    met = walk_with_tab(qtbot, editor.header.title, page)
    assert faults(met, page) != []
