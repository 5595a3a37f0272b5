"""The Themes and tags view in a real window: at 1280×900 and 1024×700, in French and in
English, every column of what a tag files is whole — no date cut behind a horizontal
scroll bar (in French at 1280 px, « Enseignement » and « 22 septembre 2026 » left the
table 5 px too narrow)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from ui_helpers import unlock_through_ui

from carnet.domain import Cadence, CadenceUnit, Group, Learning, Session, SessionStatus
from carnet.store import JournalStore
from carnet.ui.i18n import current_language, install_translators
from carnet.ui.style import apply_style

THEME = "charge de travail"


def _journal(path, passphrase) -> None:
    store = JournalStore.create(path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(
            name="Rencontres de pratique des managers de proximité", template_id="codev",
            cadence=Cadence(1, CadenceUnit.MONTH), planned_sessions=10,
            start_date=date(2026, 1, 22)))
        for number in range(1, 10):
            day = date(2026, number, 22)
            session = store.sessions.add(Session(
                group_id=group.id, number=number, date=day, status=SessionStatus.HELD,
                themes=[THEME, "délégation"], title="Déléguer sans s’effacer " * 3))
            for _ in range(4):  # more rows than the table shows: its scroll bar is there
                store.learnings.add(Learning(session_id=session.id, tags=[THEME],
                                             text="Rendre l’arbitrage à celui qui fixe " * 2))
    finally:
        store.close()


@pytest.fixture(params=["fr", "en"])
def language(request):
    """The interface in that language, styled as the app is, at the 10-point font it gets
    on a desktop (the tests' application runs at 9 points); put back as found."""
    app = QApplication.instance()
    previous, font, sheet = current_language(), QFont(app.font()), app.styleSheet()
    previous_locale = QLocale()
    larger = QFont(font)
    larger.setPointSizeF(10)
    app.setFont(larger)
    apply_style(app)
    install_translators(app, request.param)
    yield request.param
    install_translators(app, previous)
    QLocale.setDefault(previous_locale)
    app.setFont(font)
    app.setStyleSheet(sheet)


@pytest.mark.parametrize("size", [(1280, 900), (1024, 700)], ids=["1280x900", "1024x700"])
def test_every_column_of_the_items_is_whole(qtbot, make_window, journal_path, passphrase,
                                            language, size):
    _journal(journal_path, passphrase)
    window = make_window()
    window.install_extensions()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    view = window.show_view("tags")
    assert view.select_tag(THEME)
    qtbot.wait(50)
    items, header = view.items, view.items.horizontalHeader()
    assert view.item_model.rowCount() == 45
    assert "septembre" in view.item_model.display(0, 4) or language == "en"
    assert header.length() <= items.viewport().width(), (
        [header.sectionSize(c) for c in range(5)], items.viewport().width())
    assert items.horizontalScrollBar().maximum() == 0
    for column in (0, 3, 4):  # what, session, date: never cut
        assert header.sectionSize(column) >= view._content_width(column)
