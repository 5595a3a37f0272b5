"""Thèmes and Chronologie show a group's name whole where the window has room for it.

An earlier review: at the default window size (1200×800) both views cut the demo's
group names — « 2 · Codev des manager… » in Chronologie, « Codev des managers … » in
Thèmes — while the columns beside them (a session's title, an item's text: long texts,
elided anyway and whole in their tooltips) took the room. A name is short, and cut it can
read as another group: it now comes whole first while the title or the text keeps its
least. In a narrower window it is elided, and its tooltip gives it whole.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from ui_helpers import unlock_through_ui

from carnet.domain import Cadence, CadenceUnit, Group, Role, Session, SessionStatus
from carnet.store import JournalStore

PASSPHRASE = "names whole"
NAME = "Codev des managers de proximité"
TITLE = "Comment réguler la charge de travail d’une équipe déjà très sollicitée sans la braquer"


@pytest.fixture
def window(qtbot, make_window, tmp_path):
    path = tmp_path / "names.carnet"
    store = JournalStore.create(path, PASSPHRASE, owner_name="Camille")
    try:
        for name in (NAME, "RPM — Cadres de santé"):
            group = store.groups.add(Group(name=name, template_id="codev",
                                           cadence=Cadence(1, CadenceUnit.MONTH),
                                           planned_sessions=6, start_date=date(2026, 6, 18)))
            store.sessions.add_many([Session(
                group_id=group.id, number=n, date=date(2026, 5 + n, 18),
                status=SessionStatus.HELD, role=Role.CONSULTANT, title=TITLE,
                themes=["charge de travail", "délégation", "conduite du changement"])
                for n in (1, 2, 3)])
    finally:
        store.close()
    window = make_window(extensions=True)
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, PASSPHRASE)
    return window


def _needed(view, index) -> int:
    return view.sizeHintForIndex(index).width()


def test_the_timeline_shows_the_groups_names_whole(qtbot, window):
    from carnet.ui.models.timeline import SESSION
    from carnet.ui.models.timeline import TITLE as TITLE_COLUMN

    view = window.show_view("timeline")
    tree, model = view.tree, view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    month = model.index(0, 0)
    cells = [model.index(row, SESSION, month) for row in range(model.rowCount(month))]
    assert any(NAME in cell.data() for cell in cells)
    assert all(tree.columnWidth(SESSION) >= _needed(tree, cell) for cell in cells)
    # control: the title, long, is still elided (the tooltip gives it whole)
    title = model.index(0, TITLE_COLUMN, month)
    assert tree.columnWidth(TITLE_COLUMN) < _needed(tree, title)
    assert title.data(Qt.ItemDataRole.ToolTipRole) == TITLE


def test_the_themes_view_shows_the_groups_names_whole(qtbot, window):
    """(1280 px wide: offscreen, the tag list beside the items leaves the name 2 px
    short at 1200, where the text keeps its least; under Xvfb the list goes above.)"""
    window.resize(1280, 800)
    view = window.show_view("tags")
    qtbot.waitUntil(lambda: view.item_model.rowCount() > 0)
    table, model = view.items, view.item_model
    header = table.horizontalHeader()
    rows = [model.index(row, 2) for row in range(model.rowCount())]
    assert any(cell.data() == NAME for cell in rows)
    assert all(header.sectionSize(2) >= _needed(table, cell) for cell in rows)
    assert header.sectionSize(1) >= view.text_width()  # the text keeps its least
