"""Themes and tags: what a tag files is laid out again for each tag, and the tag list
shows its names whole when the items can spare the room (fresh8's G14, polish). At
1200 px, choosing « délégation » after a tag of sessions in May left « 22 septembre
2026 » cut behind a horizontal scroll bar (the list stayed beside rows that no longer
fitted: the layout was decided at the view's resize only), and the suggested themes read
« positionnement vis-à-vi… » while the items had room to give."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from test_tags_layout import language  # noqa: F401 - the styled interface, FR and EN
from ui_helpers import unlock_through_ui

from carnet.domain import Cadence, CadenceUnit, Group, Learning, Session, SessionStatus
from carnet.store import JournalStore


def _journal(path, passphrase) -> None:
    store = JournalStore.create(path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(
            name="Codev R&D Lyon", template_id="codev", cadence=Cadence(1, CadenceUnit.MONTH),
            planned_sessions=10, start_date=date(2026, 5, 2)))
        store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 5, 2),
                                   status=SessionStatus.HELD, themes=["conflit"],
                                   title="Un cas"))
        later = store.sessions.add(Session(
            group_id=group.id, number=2, date=date(2026, 9, 22), status=SessionStatus.HELD,
            themes=["délégation"], title="Le cas de J.B. : une équipe qui décroche"))
        store.learnings.add(Learning(session_id=later.id, tags=["délégation"],
                                     text="Un résultat se délègue, pas une méthode"))
    finally:
        store.close()


@pytest.mark.parametrize("width", [1200, 1500])
def test_each_tag_s_items_fit_and_the_names_are_whole_when_there_is_room(
        qtbot, make_window, journal_path, passphrase, language, width):  # noqa: F811
    _journal(journal_path, passphrase)
    window = make_window()
    window.install_extensions()
    window.resize(width, 820)
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    view = window.show_view("tags")
    assert view.select_tag("conflit")
    qtbot.wait(20)
    assert view.select_tag("délégation")
    qtbot.wait(20)
    items, header = view.items, view.items.horizontalHeader()
    assert header.length() <= items.viewport().width(), (
        [header.sectionSize(c) for c in range(5)], items.viewport().width())
    assert items.horizontalScrollBar().maximum() == 0
    if width == 1500:  # room for both: side by side, the theme names whole
        assert view.splitter.orientation() == Qt.Orientation.Horizontal
        names = view.tags.horizontalHeader().sectionSize(0)
        assert names >= view.tags.sizeHintForColumn(0), (names, view.tags.sizeHintForColumn(0))
