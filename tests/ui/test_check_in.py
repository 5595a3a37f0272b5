"""« Depuis la dernière fois » (issue 17): the check-in, through the real widgets, on the
demo journal; its one-page print read back with pdftotext."""

from __future__ import annotations

import os
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from ui_helpers import unlock_through_ui

from carnet.demo import build_demo
from carnet.domain import Action, ActionReview, SessionStatus
from carnet.store import JournalStore

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def demo_path(journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille Martin")
    try:
        build_demo(store, today=date.today())
    finally:
        store.close()
    return journal_path


def _open(qtbot, make_window, path, passphrase):
    window = make_window()
    assert "carnet.ui.ext_between" in window.install_extensions(["carnet.ui.ext_between"])
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    return window


def _expected(store, session_id=None):
    """What the check-in must show, read straight from the store."""
    today = date.today()
    upcoming = (store.sessions.get(session_id) if session_id
                else store.sessions.next_planned(today))
    held = [s for s in store.sessions.list_by_group(upcoming.group_id)
            if s.status is SessionStatus.HELD and s.date < upcoming.date]
    last = max(held, key=lambda s: (s.date, s.number))
    return upcoming, last, store.actions.list_by_session(last.id)


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))


def test_check_in_from_home_on_the_demo_journal(qtbot, make_window, demo_path, passphrase,
                                                message_service, tmp_path):
    window = _open(qtbot, make_window, demo_path, passphrase)
    store = window.store
    upcoming, last, actions = _expected(store)
    assert actions, "the demo's last session decided actions"

    home = window.workspace.home
    line = home.findChild(QPushButton, "checkInHomeButton")
    assert line is not None and line.isVisible()
    qtbot.mouseClick(line, CLICK)
    view = window.workspace.stack.currentWidget()
    assert view.objectName() == "checkIn"

    group = store.groups.get(upcoming.group_id)
    assert group.name in view.title.text()
    assert str(last.number) in view.subtitle.text()
    assert [row.title.text() for row in view.rows] == [a.title for a in actions]
    reviews = store.reviews.list_for_actions([a.id for a in actions])
    for row, action in zip(view.rows, actions, strict=True):
        noted = [r for r in reviews.get(action.id, []) if r.note.strip()]
        if noted:
            assert row.tried.text().startswith(noted[-1].note.strip()[:40])
            assert not row.tried.isHidden()
        else:
            assert row.tried.isHidden()
        # « Nothing noted yet. » only when neither a review note nor an outcome exists
        assert row.nothing.isHidden() == bool(noted or action.outcome.strip())
        assert row.status.text()  # the status, in words
    keyword = store.keywords.get(last.id)
    assert keyword.word in view.keyword.text()
    assert view.feeling.isVisible() and "/5)" in view.feeling.text()
    assert view.topic_title.text() and view.topic_title.text() != "No topic waiting."
    # large type: the action titles are bigger than the application's text
    assert view.rows[0].title.font().pointSizeF() > window.font().pointSizeF() * 1.3

    # Print on one page: the chooser, then the offer to open it (declined).
    out = tmp_path / "depuis"
    message_service.files.append(str(out))
    message_service.answers.append(False)
    qtbot.mouseClick(view.print_button, CLICK)
    pdf = out.with_suffix(".pdf")
    assert _pages(pdf) == 1
    text = " ".join(_pdf_text(pdf).split())
    assert ("DEPUIS LA DERNIÈRE FOIS" in text) or ("SINCE LAST TIME" in text)
    for action in actions:
        assert " ".join(action.title.split())[:30] in text
    assert keyword.word in text
    assert oct(pdf.stat().st_mode & 0o777) == "0o600"
    assert "not encrypted" in message_service.shown[-1][2]

    # « Open the last session » goes to it.
    qtbot.mouseClick(view.last_button, CLICK)
    assert window.workspace.current_session_id == last.id


def test_check_in_from_the_session_itself(qtbot, make_window, demo_path, passphrase):
    window = _open(qtbot, make_window, demo_path, passphrase)
    store = window.store
    upcoming = store.sessions.next_planned(date.today())
    window.workspace.show_session(upcoming.id)
    button = window.workspace.session_editor.findChild(QPushButton, "checkInSessionButton")
    assert button is not None
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, CLICK)
    view = window.workspace.stack.currentWidget()
    assert view.objectName() == "checkIn" and view.session_id == upcoming.id
    _, last, actions = _expected(store, upcoming.id)
    assert view.data.last.id == last.id
    assert [row.title.text() for row in view.rows] == [a.title for a in actions]

    # The menu action (Ctrl+Shift+K) from another group's held session: that session's
    # check-in looks at the session before it.
    other = next(s for s in store.sessions.list(status=SessionStatus.HELD)
                 if s.group_id != upcoming.group_id and s.number > 1)
    window.workspace.show_session(other.id)
    buttons = window.workspace.session_editor.findChildren(QPushButton, "checkInSessionButton")
    assert len(buttons) == 1  # the new page has its own, once
    qtbot.waitUntil(buttons[0].isVisible)
    window.check_in_action.trigger()
    view = window.workspace.stack.currentWidget()
    assert view.data.upcoming.id == other.id
    assert view.data.last.number == other.number - 1
    window.lock()  # the view is destroyed with the workspace; nothing left on screen
    assert window.workspace is None


def test_hostile_and_huge_text_is_shown_as_written_and_prints_on_one_page(
        qtbot, store, tmp_path):
    from carnet.domain import Cadence, Group, Session, Topic
    from carnet.ui.check_in import CheckInView

    today = date(2026, 12, 6)
    group = store.groups.add(Group(name="Groupe <b>gras</b>", template_id="codev",
                                   cadence=Cadence(1, "month"), planned_sessions=6))
    held = store.sessions.add(Session(group_id=group.id, number=1,
                                      date=today - timedelta(days=20), status="held"))
    store.sessions.add(Session(group_id=group.id, number=2, date=today + timedelta(days=1)))
    hostile = "<img src='file:///etc/passwd'> & ]]> </para> 🙂 مرحبا"
    big = "mot " * 250_000  # 1 MB
    for i in range(14):
        action = store.actions.add(Action(session_id=held.id, title=f"{hostile} {i}",
                                          outcome=big if i == 0 else ""))
        store.reviews.add(ActionReview(action_id=action.id, date=today, note=big))
    store.keywords.set(held.id, "<i>élan</i>")
    store.topics.add(Topic(title=hostile, group_id=group.id, draft=big))
    view = CheckInView(store, lang="fr", today=lambda: today)
    qtbot.addWidget(view)
    view.show_for()
    assert len(view.rows) == 14
    assert view.rows[0].title.text() == f"{hostile} 0"  # as written, not interpreted
    assert view.rows[0].title.textFormat() == Qt.TextFormat.PlainText
    assert len(view.rows[0].tried.text()) < 700  # cut on screen, kept in the journal
    assert "<i>élan</i>" in view.keyword.text()
    assert "<b>gras</b>" in view.title.text()

    from carnet.booklet.check_in_sheet import build_check_in_sheet

    pdf = build_check_in_sheet(view.data, tmp_path / "ci.pdf", "fr")
    assert _pages(pdf) == 1
    text = _pdf_text(pdf)
    assert "<img src=" in text and "]]>" in text and "<i>élan</i>" in text

    # the control: an empty journal says so instead of showing stale text
    view.clear()
    assert view.rows == [] and view.title.text() == ""


def test_screenshots_fr_en(qtbot, store, tmp_path):
    """Renders the view on the demo in both languages (to CARNET_TEST_SHOTS when set)."""
    from carnet.ui.check_in import CheckInView

    today = date.today()
    build_demo(store, today=today)
    out = Path(os.environ.get("CARNET_TEST_SHOTS") or tmp_path)
    for lang in ("fr", "en"):
        view = CheckInView(store, lang=lang, today=lambda: today)
        qtbot.addWidget(view)
        view.resize(1100, 860)
        view.show_for()
        view.show()
        qtbot.waitExposed(view)
        assert view.grab().save(str(out / f"check-in-{lang}.png"))
        view.close()
