"""The lock empties what Qt cached during the day (issue 19, the C heap's share).

The stylesheet's rules resolved for the window's own widgets in every state they
were drawn in, and the font engines of every size and weight the day drew, with
their glyphs, are thousands of small blocks spread over the C heap: left there at
the lock, they kept its pages resident (``malloc_trim`` returns only whole free
pages) and the second unlock grew around them. The lock empties both caches before
the trim; Qt rebuilds what is drawn next, so the look and the shipped fonts must
stay. Each probe here has its control: the same probe reading the other answer.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from ui_helpers import lock_and_release, unlock_through_ui

from carnet.ui import fonts

EMOJI = "\U0001f600 \u2705 \U0001f91d"


@pytest.fixture
def styled():
    """The application styled as Carnet runs (the tests' application has no
    stylesheet); put back as found."""
    from carnet.ui.style import apply_style

    app = QApplication.instance()
    font, sheet, flash = QFont(app.font()), app.styleSheet(), app.cursorFlashTime()
    apply_style(app)
    app.setCursorFlashTime(0)  # a caret that does not blink: two grabs can be compared
    yield app
    app.setCursorFlashTime(flash)
    app.setFont(font)
    app.setStyleSheet(sheet)


@pytest.fixture
def window(qtbot, styled, make_window, seeded_journal, passphrase):
    """The real main window, every feature wired, unlocked on a seeded journal."""
    path, ids = seeded_journal
    main = make_window(extensions=True)
    main.show()
    qtbot.waitExposed(main)
    main.start(path)
    qtbot.waitUntil(main.unlock.passphrase_edit.isEnabled)
    qtbot.wait(50)
    main.first_unlock_page = main.unlock.grab().toImage()
    unlock_through_ui(qtbot, main, passphrase)
    main.ids = ids
    return main


def a_day(qtbot, window) -> None:
    """Every view, three session pages and the group's page, each drawn."""
    for key in ("prepare", "progress", "tags", "timeline", "search"):
        window.show_view(key)
        qtbot.wait(10)
        window.grab()
    for session_id in (window.ids["held"], window.ids["next"], window.ids["first"]):
        window.workspace.show_session(session_id)
        qtbot.waitUntil(lambda: not window.workspace.session_editor.building, timeout=30_000)
        window.grab()
    window.workspace.show_group(window.ids["group"])
    qtbot.wait(10)
    window.grab()
    window.workspace.show_home()
    qtbot.wait(10)


def drawn(text: str) -> QImage:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSize(20)
    label.setFont(font)
    label.resize(label.sizeHint())
    image = label.grab().toImage()
    label.deleteLater()
    return image


class StyleChanges(QObject):
    """Counts the widgets under ``root`` that the stylesheet polishes again."""

    def __init__(self, root) -> None:
        super().__init__()
        self.root, self.count = root, 0
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.StyleChange and isinstance(obj, QWidget) and (
                obj is self.root or self.root.isAncestorOf(obj)):
            self.count += 1
        return False

    def remove(self) -> None:
        QApplication.instance().removeEventFilter(self)


def test_the_lock_empties_the_font_cache_and_the_shipped_fonts_still_draw(qtbot, window,
                                                                         passphrase):
    """Qt says its font database changed (its font cache emptied) at the lock; after
    the next unlock the emoji font and the charts' font are still Qt's, and an emoji
    is drawn as before. Control: the emoji font removed and not added back, the same
    emoji is drawn otherwise (a box: this system has no emoji font of its own)."""
    from carnet.ui import charts, markdown_view

    markdown_view.load_emoji_font()  # as the warm-up does after an unlock
    family = charts.chart_family()
    before = drawn(EMOJI)
    a_day(qtbot, window)

    app = QGuiApplication.instance()
    with qtbot.waitSignal(app.fontDatabaseChanged, timeout=10_000):
        lock_and_release(qtbot, window)
    unlock_through_ui(qtbot, window, passphrase)

    assert "Noto Emoji" in QFontDatabase.families()
    assert QFontInfo(QFont("Noto Emoji")).family() == "Noto Emoji"
    assert fonts.families(fonts.CHART_FONT) == [family]
    assert drawn(EMOJI) == before

    # Control: the probe sees a font that went missing.
    QFontDatabase.removeApplicationFont(fonts.load(fonts.EMOJI_FONT))
    try:
        assert QFontInfo(QFont("Noto Emoji")).family() != "Noto Emoji"
        assert drawn(EMOJI) != before
    finally:
        del fonts._loaded[fonts.EMOJI_FONT]
        fonts.load(fonts.EMOJI_FONT)
    assert drawn(EMOJI) == before


def test_the_lock_forgets_the_stylesheet_rules_and_the_window_looks_the_same(qtbot, window,
                                                                             passphrase):
    """The lock polishes the widgets that outlive it again from the stylesheet (Qt's
    way to forget the rules it resolved for them during the day): the unlock page
    looks as before the first unlock, and Home after the next unlock looks as after
    the first. Control: without a lock, no widget is polished again, and a change
    of the stylesheet is seen by the same comparison."""
    window.workspace.show_home()
    qtbot.wait(50)
    home = window.workspace.grab().toImage()
    a_day(qtbot, window)

    probe = StyleChanges(window)
    try:
        qtbot.wait(50)
        assert probe.count == 0  # control: nothing polished again while the day goes on
        lock_and_release(qtbot, window)
    finally:
        probe.remove()
    assert probe.count > 0
    qtbot.wait(50)
    assert window.unlock.grab().toImage() == window.first_unlock_page

    unlock_through_ui(qtbot, window, passphrase)
    window.workspace.show_home()
    qtbot.wait(50)
    assert window.workspace.grab().toImage() == home

    # Control: the comparison sees a change of look.
    app = QApplication.instance()
    sheet = app.styleSheet()
    app.setStyleSheet(sheet + "QWidget { background: #102030; }")
    try:
        assert window.workspace.grab().toImage() != home
    finally:
        app.setStyleSheet(sheet)
