"""Tab on Home follows reading order: « Depuis la dernière fois » and the past
sessions' questions at the top, then the next session, its actions and the topics.

An earlier review found Tab going from the actions card back up to « Depuis la
dernière fois »: that card (a feature's, added to Home once built) and the past
sessions' rows are made after the cards under them, and Qt's chain follows the order
widgets were made. The checker is the session page's (each stop below the one
before, or on its line and to its right; every stop shown met once)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from test_session_page_tab_order import faults, settled, shown_stops, walk_with_tab

from carnet.domain import SessionStatus
from carnet.ui.tab_order import focus_chain


def test_tab_reads_home_from_top_to_bottom(qtbot, unlocked):
    window = unlocked()
    store = window.store
    past = store.sessions.get(window.ids["held"])
    past.status = SessionStatus.PLANNED  # « Did it take place? » on Home, at the top
    store.sessions.update(past)
    window.go_home()
    home = window.workspace.home
    home.refresh()
    qtbot.wait(20)
    page = home.actions_card.parentWidget()
    first = next(w for w in focus_chain(page) if w.isVisible() and w.isEnabled())
    settled(qtbot, page)  # a fixed 20 ms read a button beside a link still moving (load)
    met = walk_with_tab(qtbot, first, page)
    settled(qtbot, page)
    names = [w.text() if hasattr(w, "text") else "" for w in met]
    assert any("Depuis" in n or "since" in n.lower() for n in names), names  # control
    assert home.open_button in met and home.actions_list in met  # control
    assert faults(met, page) == []
    assert set(met) >= shown_stops(page)


def test_the_checker_reads_a_button_centred_beside_a_two_line_title(qtbot):
    """The places CI's whole-suite run met (its date under the title wrapped to two
    lines): the title then the button centred to its right is reading order; the
    other way round (back left and up) is not."""
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(800, 400)
    title, button = QPushButton("title", page), QPushButton("took place", page)
    title.setGeometry(54, 244, 222, 24)
    button.setGeometry(600, 261, 95, 24)
    assert faults([title, button], page) == []
    assert len(faults([button, title], page)) == 1
