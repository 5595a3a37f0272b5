"""Counts are said with real plurals in Préférences and in English.

Found by a fresh-eyes review (fresh6), finding 14: Préférences said « Alarme : 1 jour(s)
avant » (and the reminder just above « 1 jours avant », « Conserver : 1 copies »). The
printed sheets' part of the finding is tests/ui/test_sheets_say_real_plurals.py. Found
on the way: the English catalogue's plural forms were copies of the source (« 1
action(s) to review », « 1 days ago », « in 1 days », « 1 backups »), and the English
command line, which reads no catalogue, printed the source. Controls: « 0 » shows the
spin box's special text; the catalogue's counted messages are found.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from carnet import terminal_text
from carnet.ui import i18n, preferences


@pytest.mark.parametrize(("lang", "one", "three", "never"), [
    ("fr", "1\u00a0jour avant", "3\u00a0jours avant", "Le jour même"),
    ("en", "1 day before", "3 days before", "On the day"),
])
def test_preferences_days_agree_with_the_number(qtbot, qapp, settings, lang, one, three, never):
    i18n.install_translators(qapp, lang)
    try:
        dialog = preferences.PreferencesDialog(settings)
        qtbot.addWidget(dialog)
        for spin in (dialog.alarm_days_spin, dialog.reminder_spin):
            spin.setValue(1)
            assert spin.text() == one
            spin.setValue(3)
            assert spin.text() == three
            spin.setValue(0)
            assert spin.text() == never  # control: the special text, no count
        dialog.backup_count_spin.setValue(1)
        assert "copies" not in dialog.backup_count_spin.text()
        dialog.backup_count_spin.setValue(2)
        assert dialog.backup_count_spin.text().endswith("copies")
    finally:
        i18n.install_translators(qapp, "")


def test_typing_a_number_keeps_the_count_and_its_unit(qtbot, qapp, settings):
    """The unit changes as the number is typed: the digits typed are all kept."""
    i18n.install_translators(qapp, "fr")
    try:
        dialog = preferences.PreferencesDialog(settings)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        spin = dialog.reminder_spin
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "12")
        assert spin.value() == 12
        assert spin.text() == "12\u00a0jours avant"
        qtbot.keyClick(spin, Qt.Key.Key_Backspace)
        qtbot.keyClick(spin, Qt.Key.Key_Backspace)
        qtbot.keyClicks(spin, "1")
        assert spin.value() == 1, spin.text()
        assert spin.text() == "1\u00a0jour avant"
    finally:
        i18n.install_translators(qapp, "")


def test_english_says_one_without_brackets(qtbot, qapp):
    """The English catalogue: « 1 action to review », « 1 day ago », « in 1 day »."""
    i18n.install_translators(qapp, "en")
    try:
        from PySide6.QtCore import QCoreApplication

        def tr(context, text, n):
            return QCoreApplication.translate(context, text, None, n)

        assert tr("Reminders", "%1: %n action(s) to review", 1) == "%1: 1 action to review"
        assert tr("Reminders", "%1: %n action(s) to review", 2) == "%1: 2 actions to review"
    finally:
        i18n.install_translators(qapp, "")


def test_every_english_plural_form_is_written():
    """Every counted message of the English catalogue: no « (s) » left in its forms."""
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[2]
    tree = ET.parse(root / "resources" / "i18n" / "carnet_en.ts")
    left = []
    checked = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        checked += 1
        forms = [f.text or "" for f in message.find("translation").iter("numerusform")]
        if any("(s)" in form for form in forms):
            left.append(message.findtext("source"))
    assert checked > 50  # control: the catalogue's counted messages are read
    assert not left, left


def test_the_english_command_line_says_plurals_too(monkeypatch):
    monkeypatch.setattr(terminal_text, "_lang", "en")
    assert terminal_text.translate("CommandLine", "%n action(s)", n=1) == "1 action"
    assert terminal_text.translate("CommandLine", "%n action(s)", n=4) == "4 actions"
    assert terminal_text.translate("CommandLine", "%n pages", n=1) == "1 page"
    assert terminal_text.translate("CommandLine", "Plain words") == "Plain words"
