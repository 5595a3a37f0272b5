"""Help → User's guide (F1) and About, through the real menu and dialogs."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from carnet import __version__, paths
from carnet.ui import help as help_ui

ROOT = Path(__file__).resolve().parents[2]
SHORTCUTS = {"new_session": "Ctrl+N", "find": "Ctrl+F", "lock": "Ctrl+L", "booklet": "Ctrl+P",
             "quit": "Ctrl+Q"}


def _install(window):
    assert window.install_extensions(["carnet.ui.ext_help"]) == ["carnet.ui.ext_help"]
    return window.help_actions


def focus_chain(qtbot, first, presses: int) -> list:
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    seen = [first]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


# -- the guide's text --------------------------------------------------------------------------


def test_docs_guide_is_the_shipped_french_guide():
    shipped = paths.resource_path("guide", "guide.fr.md")
    assert (ROOT / "docs" / "guide.md").read_bytes() == shipped.read_bytes()
    assert paths.resource_path("guide", "guide.en.md").is_file()


@pytest.mark.parametrize(("lang", "words"), [
    ("fr", ["Exposé", "Clarification", "Besoins et contrat", "Consultation",
            "Synthèse et plan d’action", "Apprentissages et feedback", "mot-clé", "ressenti",
            "réflexion", "auto-évaluation", "RPM / RPP", "phrase de passe", "pseudonyme",
            "livret"]),
    ("en", ["Presentation", "Clarification", "Needs and contract", "Consultation",
            "Synthesis and action plan", "Learnings and feedback", "key word", "feeling",
            "reflection", "self-assessment", "RPM / RPP", "passphrase", "pseudonym",
            "booklet"]),
])
def test_guide_covers_the_six_steps_and_the_essentials(lang, words):
    text = help_ui.read_guide(lang)
    for word in words:
        assert word in text, word
    for shortcut in SHORTCUTS.values():
        assert f"**{shortcut}**" in text


def test_both_guides_have_the_same_sections():
    def sections(lang):
        return re.findall(r"^##? ", help_ui.read_guide(lang), flags=re.MULTILINE)

    assert len(sections("fr")) == len(sections("en")) >= 8


def test_shortcuts_in_the_guide_are_the_window_s(make_window):
    window = make_window()
    for name, keys in SHORTCUTS.items():
        assert window.actions[name].shortcut().toString() == keys


def test_guide_ships_in_the_resources():
    """Found through carnet.paths, as in an installed app (wheel or frozen bundle)."""
    assert help_ui.guide_path("fr").parent == paths.resource_path("guide")
    assert help_ui.guide_path("de").name == "guide.fr.md"  # another language: French


# -- the guide window --------------------------------------------------------------------------


def test_f1_opens_the_guide_safely(qtbot, make_window, monkeypatch):
    monkeypatch.setattr(help_ui, "current_language", lambda: "fr")
    window = make_window()
    actions = _install(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert actions.guide_action.shortcut().toString() == "F1"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = actions.guide_window
    assert guide is not None
    qtbot.waitExposed(guide)
    text = guide.text()
    assert "Exposé" in text and "Clarification" in text
    assert guide.browser.requested == []  # no resource loaded
    assert not guide.browser.openLinks() and not guide.browser.openExternalLinks()
    titles = guide.section_titles()
    assert titles[0].startswith("Guide d’utilisation") and "Raccourcis clavier" in titles
    # Choosing a section in the contents scrolls the guide there.
    bar = guide.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    guide.contents.setFocus()
    qtbot.keyClick(guide.contents, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: bar.value() > 0)
    # F1 again shows the same window, not a second one.
    actions.show_guide()
    assert actions.guide_window is guide
    guide.close()


def test_guide_in_english(qtbot, make_window, monkeypatch):
    monkeypatch.setattr(help_ui, "current_language", lambda: "en")
    window = make_window()
    actions = _install(window)
    guide = actions.show_guide()
    qtbot.waitExposed(guide)
    assert "Presentation" in guide.text() and "Clarification" in guide.text()
    guide.close()


def test_guide_renderer_loads_nothing_even_from_hostile_text(qtbot, monkeypatch, tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\n")
    hostile = (f"# Guide\n\n## Part\n\n<img src=\"{secret}\"> ![x]({secret.as_uri()})\n\n"
               f"[file]({secret.as_uri()}) [js](javascript:alert(1)) <script>alert(1)</script>"
               "\n\n<a href=\"http://example.com\">raw</a>\n")
    monkeypatch.setattr(help_ui, "read_guide", lambda lang=None: hostile)
    guide = help_ui.GuideWindow()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    html = guide.browser.toHtml()
    assert "<img" not in html and "javascript:" not in html and "file:" not in html
    assert "<script>" in guide.text()  # shown as text, never run
    assert guide.browser.requested == []
    guide.close()


def test_missing_guide_is_said_plainly(qtbot, monkeypatch):
    def missing(lang=None):
        raise FileNotFoundError("guide")

    monkeypatch.setattr(help_ui, "read_guide", missing)
    guide = help_ui.GuideWindow()
    qtbot.addWidget(guide)
    assert "missing" in guide.text()


def test_guide_is_keyboard_reachable(qtbot):
    guide = help_ui.GuideWindow(lang="fr")
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    chain = focus_chain(qtbot, guide.contents, 2)
    assert chain == [guide.contents, guide.browser, guide.close_button]
    for control in chain:
        assert control.accessibleName()
    qtbot.keyClick(guide.close_button, Qt.Key.Key_Escape)
    assert not guide.isVisible()


# -- About ---------------------------------------------------------------------------------------


def test_help_menu_has_the_guide_then_about(make_window):
    window = make_window()
    actions = _install(window)
    entries = list(window.menus["help"].actions())
    assert entries.index(actions.guide_action) < entries.index(actions.about_action)
    assert actions.about_action is window.actions["about"]  # replaced in place, not added
    assert sum(a.menuRole() == a.MenuRole.AboutRole for a in entries) == 1
    assert actions.guide_action.isEnabled() and actions.about_action.isEnabled()
    assert window.install_extensions(["carnet.ui.ext_help"])  # a second install adds nothing
    assert len(window.menus["help"].actions()) == len(entries)


def test_about_shows_version_licences_and_fonts(qtbot, make_window, message_service,
                                                monkeypatch):
    window = make_window()
    _install(window)
    shown: list = []

    def run(dialog: QDialog) -> bool:
        shown.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        text = dialog.all_text()
        for expected in (__version__, "GPL-3.0-or-later", "DejaVu", "Bitstream Vera",
                         "Tavmjong Bah", "LGPL-3.0", "PySide6", "SQLCipher", "BSD-style",
                         "ReportLab", "Python-Markdown"):
            assert expected in text, expected
        assert "Permission is hereby granted" in dialog.font_licence.toPlainText()
        # Keyboard: the tabs, then Close; Ctrl+Tab switches pages; Escape closes.
        chain = focus_chain(qtbot, dialog.tabs.tabBar(), 3)
        assert dialog.close_button in chain
        qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert dialog.tabs.currentIndex() == 1
        for control in (dialog.tabs, dialog.libraries, dialog.font_licence, dialog.close_button):
            assert control.accessibleName()
        qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape)
        return False

    monkeypatch.setattr(help_ui, "run_dialog", run)
    window.actions["about"].trigger()
    assert len(shown) == 1
    assert message_service.shown == []  # the old message box is no longer connected


def test_screenshots_of_the_help_dialogs(qtbot, tmp_path):
    """Renders the guide and About (to CARNET_TEST_SHOTS when set, to look at them)."""
    out = Path(os.environ.get("CARNET_TEST_SHOTS") or tmp_path)
    guide = help_ui.GuideWindow(lang="fr")
    about = help_ui.AboutDialog()
    for widget, name in ((guide, "guide"), (about, "about")):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        assert widget.grab().save(str(out / f"{name}.png"))
        widget.close()
