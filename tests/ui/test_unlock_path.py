"""The unlock → Home path stays quick without changing what it shows (issue 14, 18).

The background structural check holds the store's lock for its whole run; what the
features read at unlock must not wait for it. Home's rich-text lists remember their
height per width, and a long group name no longer widens Home past the window.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea
from ui_helpers import unlock_through_ui

from carnet.domain import Cadence, CadenceUnit, Group, Learning, Session, SessionStatus
from carnet.store import JournalStore
from carnet.ui.home_view import RichListLabel

LONG_NAME = ("Rencontres de Pratiques Professionnelles (RPP) — Équipe de direction élargie "
             "du pôle médico-social, promotion 2026 (groupe du jeudi)")


def test_the_structural_check_starts_after_the_features_read_the_journal(
        qtbot, make_window, seeded_journal, passphrase):
    path, _ids = seeded_journal
    window = make_window(extensions=True)
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    seen = []
    # Connected last: runs after every feature's handler of the same signal.
    window.journalOpened.connect(lambda: seen.append((window._checking, window.tasks.busy)))
    unlock_through_ui(qtbot, window, passphrase)
    assert seen == [(None, False)]  # nothing holds the store's lock while they read
    # Control: the check does run, right after.
    assert window._checking is window.store or window.tasks.busy or window.tasks.wait()
    window.tasks.wait()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=30_000)
    assert window._checking is None and window.store is not None


def test_rich_list_label_answers_each_width_as_qlabel_does(qtbot):
    cached, plain = RichListLabel(), QLabel()
    for label in (cached, plain):
        qtbot.addWidget(label)
        label.setWordWrap(True)
        label.setTextFormat(plain.textFormat().RichText)
    short = "<table><tr><td>•</td><td>Déléguer</td></tr></table>"
    long = "<table>" + "<tr><td>•</td><td>Préparer les chiffres &amp; le plan</td></tr>" * 12
    for text in (short, long, short):  # the height follows the text, never a stale one
        cached.setText(text)
        plain.setText(text)
        for width in (180, 300, 180, 520):
            assert cached.heightForWidth(width) == plain.heightForWidth(width)
    cached.setText(long)
    tall = cached.heightForWidth(180)
    cached.setText(short)
    assert cached.heightForWidth(180) < tall  # control: the two texts differ in height


def _journal_with_a_long_group_name(path, passphrase) -> int:
    today = date.today()
    store = JournalStore.create(path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name=LONG_NAME, template_id="rpm",
                                       cadence=Cadence(1, CadenceUnit.MONTH),
                                       planned_sessions=10))
        past = store.sessions.add(Session(group_id=group.id, number=7,
                                          date=today - timedelta(days=14)))
        store.sessions.add(Session(group_id=group.id, number=8, date=today + timedelta(days=16)))
        return past.id
    finally:
        store.close()


def test_a_long_group_name_is_elided_on_home_not_scrolled_sideways(
        qtbot, make_window, journal_path, passphrase):
    past = _journal_with_a_long_group_name(journal_path, passphrase)
    window = make_window(extensions=True)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    home = window.workspace.home
    (row,) = home.past_sessions.rows
    assert row.session_id == past
    qtbot.waitUntil(lambda: row.title.isVisible())
    scroll = home.findChild(QScrollArea)
    # Control: the whole title is wider than the room Home has for it…
    assert row.title.sizeHint().width() > row.title.width()
    # …yet Home does not scroll sideways, and the title is there whole for who needs it.
    qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width())
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    assert row.title.text().startswith(LONG_NAME)
    assert LONG_NAME in row.title.toolTip()
    assert LONG_NAME in row.title.accessibleName()
    row.title.click()
    assert window.workspace.location() == ("session", past)


@pytest.fixture
def store_with_sessions(store):
    """Two groups, held, missed and planned sessions, starred and plain learnings."""
    today = date.today()
    for name in ("A", "B"):
        group = store.groups.add(Group(name=name, template_id="rpm",
                                       cadence=Cadence(1, CadenceUnit.MONTH),
                                       planned_sessions=6))
        for number, (days, status) in enumerate(
                ((-200, "held"), (-100, "missed"), (-30, "held"), (20, "planned")), 1):
            if name == "B" and status == "held" and days == -200:
                status = "missed"
            session = store.sessions.add(Session(group_id=group.id, number=number,
                                                 date=today + timedelta(days=days),
                                                 status=status))
            store.learnings.add(Learning(session.id, f"{name}{number}", starred=number % 2 == 1))
            store.learnings.add(Learning(session.id, f"{name}{number} plain"))
    return store, today


def test_store_shortcuts_answer_as_the_full_lists(store_with_sessions):
    store, today = store_with_sessions
    sessions = store.sessions.list()
    assert store.sessions.group_ids() == {s.id: s.group_id for s in sessions}
    for end in (today - timedelta(days=400), today - timedelta(days=10), today):
        for group_id in (None, *{s.group_id for s in sessions}):
            expected = any(s.status is SessionStatus.HELD and s.date <= end
                           and group_id in (None, s.group_id) for s in sessions)
            assert store.sessions.any_held(end, group_id) is expected
    starred = [learning.id for s in sessions for learning in
               store.learnings.list_by_session(s.id) if learning.starred]
    assert [learning.id for learning in store.learnings.list_starred()] == sorted(starred)
    assert starred  # control: the journal has some, and some not starred
    assert len(starred) < sum(len(store.learnings.list_by_session(s.id)) for s in sessions)


def test_the_workspace_is_built_while_the_key_is_derived_and_kept_for_a_retry(
        qtbot, make_window, seeded_journal, passphrase, monkeypatch):
    """The empty workspace is built while the worker derives the key (here held until
    it exists), holds no journal text, waits for a retry after a wrong passphrase, and
    is the one shown once the right one is typed; a lock leaves none behind."""
    import threading

    from PySide6.QtWidgets import QAbstractButton
    from ui_helpers import MARKER, type_text

    from carnet.ui import opener as opener_module

    path, _ids = seeded_journal
    real = opener_module._store_class()
    built = threading.Event()

    class HeldStore:
        @staticmethod
        def open(*args, **kwargs):
            assert built.wait(30), "the workspace was never prepared"
            return real.open(*args, **kwargs)

    monkeypatch.setattr(opener_module, "_store_class", lambda: HeldStore)
    window = make_window(extensions=True)
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    page = window.unlock
    type_text(qtbot, page.passphrase_edit, "pas la bonne")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window._prepared is not None, timeout=10_000)
    prepared = window._prepared
    built.set()
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=30_000)
    assert window.workspace is None and window._prepared is prepared
    assert window.pages.currentWidget() is page and not prepared.isVisible()
    shown = [w.text() for w in prepared.findChildren(QLabel)]
    shown += [w.text() for w in prepared.findChildren(QAbstractButton)]
    assert not any(MARKER in text for text in shown)  # nothing of the journal read yet
    assert prepared.sidebar.model.rowCount() == 0

    unlock_through_ui(qtbot, window, passphrase)
    assert window.workspace is prepared and window._prepared is None
    assert window.workspace.isVisible()
    assert window.workspace.sidebar.model.rowCount() == 1
    assert MARKER in window.workspace.sidebar.model.index(0, 0).data()  # control: now read
    assert MARKER in window.workspace.home.next_title.text()
    window.lock()
    assert window.workspace is None and window._prepared is None
