"""Edit → Preferences…: real dialog, real settings file under CARNET_HOME.

The dialog opens through ``preferences.run_dialog``; tests replace it by a
driver that types into the real widgets and clicks the real buttons.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog
from ui_helpers import MARKER

from carnet.ui import preferences
from carnet.ui.settings import Settings

CLICK = Qt.MouseButton.LeftButton


def _install(window):
    assert window.install_extensions(["carnet.ui.ext_preferences"]) == [
        "carnet.ui.ext_preferences"]
    return window.preferences_action


def _driver(qtbot, steps, seen: list):
    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        steps(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def _type_number(qtbot, spin, value: int) -> None:
    spin.setFocus(Qt.FocusReason.TabFocusReason)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), str(value))
    spin.interpretText()


def focus_chain(qtbot, first, presses: int) -> list:
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    seen = [first]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def _ini_keys(path: str) -> set[str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    keys = set()
    for section in parser.sections():
        for key in parser[section]:
            keys.add(key if section == "General" else f"{section}/{key}")
    return keys


def test_preferences_action_in_the_edit_menu_even_when_locked(make_window):
    window = make_window()
    holder = _install(window)
    action = holder.action
    assert action in window.menus["edit"].actions()
    assert action.isEnabled()  # no journal open: preferences hold no content
    assert action.menuRole() == action.MenuRole.PreferencesRole
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [
        QKeySequence("Ctrl+,")]
    assert action.shortcuts() == expected


def test_change_autolock_and_language_then_reopen(qtbot, main_window, settings, monkeypatch,
                                                  isolated_home, passphrase):
    window = main_window
    holder = _install(window)
    assert settings.autolock_minutes == 10 and settings.language == ""
    dialogs: list = []

    def change(dialog):
        assert dialog.language_combo.currentData() == ""
        dialog.language_combo.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)  # "" → Français
        assert dialog.language_combo.currentData() == "fr"
        assert dialog.language_hint.property("role") == "ok"  # "applies at next start"
        assert "next time" in dialog.language_hint.text()
        _type_number(qtbot, dialog.autolock_spin, 25)
        qtbot.mouseClick(dialog.ok_button, CLICK)

    monkeypatch.setattr(preferences, "run_dialog", _driver(qtbot, change, dialogs))
    holder.action.trigger()

    assert settings.autolock_minutes == 25 and settings.language == "fr"
    assert window.idle.active  # restarted with the new delay on the open journal
    assert window.idle._timer.interval() == 25 * 60_000
    assert "next time Carnet starts" in window.statusBar().currentMessage()

    # A fresh reader of the file sees the same values.
    fresh = Settings()
    assert fresh.autolock_minutes == 25 and fresh.language == "fr"

    def check(dialog):
        assert dialog.autolock_spin.value() == 25
        assert dialog.language_combo.currentData() == "fr"
        assert dialog.language_hint.property("role") == "hint"
        qtbot.mouseClick(dialog.cancel_button, CLICK)

    monkeypatch.setattr(preferences, "run_dialog", _driver(qtbot, check, dialogs))
    holder.action.trigger()
    assert len(dialogs) == 2

    # Only declared preferences in the file, and nothing of the journal's content.
    settings.sync()
    ini = Path(settings.file_name)
    assert ini.is_relative_to(isolated_home)
    assert _ini_keys(str(ini)) <= set(Settings.keys())
    text = ini.read_text(encoding="utf-8", errors="replace")
    assert MARKER not in text and passphrase not in text
    assert "Codev" not in text and "élan" not in text


def test_shortcut_opens_the_dialog(qtbot, make_window, monkeypatch):
    window = make_window()
    holder = _install(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    opened: list = []
    monkeypatch.setattr(preferences, "run_dialog", lambda dialog: opened.append(dialog) or False)
    sequence = holder.action.shortcut()
    combo = sequence[0]
    qtbot.keyClick(window, combo.key(), combo.keyboardModifiers())
    assert len(opened) == 1 and isinstance(opened[0], preferences.PreferencesDialog)


def test_cancel_keeps_the_stored_values(qtbot, make_window, settings, monkeypatch):
    window = make_window()
    holder = _install(window)

    def steps(dialog):
        _type_number(qtbot, dialog.reminder_spin, 9)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    monkeypatch.setattr(preferences, "run_dialog", _driver(qtbot, steps, []))
    assert holder.edit() is None
    assert settings.reminder_days == 3


def test_backup_folder_paper_and_reminder(qtbot, make_window, settings, monkeypatch, tmp_path):
    window = make_window()
    holder = _install(window)
    folder = tmp_path / "sauvegardes"
    folder.mkdir()
    chosen: list = []
    monkeypatch.setattr(preferences, "choose_folder",
                        lambda parent, title, start: chosen.append(start) or str(folder))

    def steps(dialog):
        # A folder that does not exist is refused on the form itself.
        dialog.backup_edit.setFocus()
        qtbot.keyClicks(dialog.backup_edit, str(tmp_path / "absent"))
        qtbot.mouseClick(dialog.ok_button, CLICK)
        assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
        assert "does not exist" in dialog.error_label.text()
        assert dialog.focusWidget() is dialog.backup_edit
        qtbot.mouseClick(dialog.backup_choose, CLICK)
        assert dialog.backup_edit.text() == str(folder)
        assert not dialog.error_label.isVisibleTo(dialog)
        _type_number(qtbot, dialog.backup_count_spin, 4)
        dialog.paper_combo.setFocus()
        qtbot.keyClick(dialog.paper_combo, Qt.Key.Key_Down)
        _type_number(qtbot, dialog.reminder_spin, 7)
        qtbot.mouseClick(dialog.ok_button, CLICK)

    monkeypatch.setattr(preferences, "run_dialog", _driver(qtbot, steps, []))
    changed = holder.edit()
    assert set(changed) == {"backup_folder", "backup_count", "paper_size", "reminder_days"}
    assert chosen
    assert settings.backup_folder == str(folder)
    assert settings.backup_count == 4
    assert settings.paper_size == "Letter"
    assert settings.reminder_days == 7


def test_reminder_change_reaches_the_open_home_view(qtbot, main_window, settings, monkeypatch):
    holder = _install(main_window)
    monkeypatch.setattr(preferences, "run_dialog", _driver(qtbot, lambda d: (
        _type_number(qtbot, d.reminder_spin, 12), qtbot.mouseClick(d.ok_button, CLICK)), []))
    holder.action.trigger()
    assert settings.reminder_days == 12
    assert main_window.workspace.home.reminder_days == 12


def test_restore_defaults_then_ok(qtbot, make_window, settings, monkeypatch):
    settings.autolock_minutes = 3
    settings.paper_size = "Letter"
    settings.language = "en"
    window = make_window()
    holder = _install(window)

    def steps(dialog):
        assert dialog.autolock_spin.value() == 3
        qtbot.mouseClick(dialog.defaults_button, CLICK)
        assert dialog.autolock_spin.value() == 10
        qtbot.mouseClick(dialog.ok_button, CLICK)

    monkeypatch.setattr(preferences, "run_dialog", _driver(qtbot, steps, []))
    holder.edit()
    assert (settings.autolock_minutes, settings.paper_size, settings.language) == (10, "A4", "")


def test_never_lock_is_zero_and_says_so(qtbot, settings):
    dialog = preferences.PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.autolock_spin.setValue(0)
    assert dialog.autolock_spin.text() == "Never"
    assert dialog.values().autolock_minutes == 0


def test_dialog_is_keyboard_reachable_and_named(qtbot, settings):
    dialog = preferences.PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    controls = [dialog.language_combo, dialog.autolock_spin, dialog.backup_edit,
                dialog.backup_choose, dialog.backup_default, dialog.backup_count_spin,
                dialog.paper_combo, dialog.reminder_spin,
                # issue 17: the alarm, the calendar file, start at login, learnings
                dialog.alarm_days_spin, dialog.alarm_time_edit, dialog.calendar_edit,
                dialog.calendar_choose, dialog.calendar_stop, dialog.calendar_details_box,
                dialog.start_at_login_box, dialog.resurface_box]
    chain = focus_chain(qtbot, dialog.language_combo, len(controls) + 3)
    assert chain[: len(controls)] == controls
    assert {dialog.ok_button, dialog.cancel_button, dialog.defaults_button} <= set(chain)
    for control in [*controls, dialog.ok_button, dialog.cancel_button, dialog.defaults_button]:
        assert control.accessibleName(), control.objectName()
    # Every field has a label with a mnemonic that leads to it.
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    boxes = {dialog.calendar_details_box, dialog.start_at_login_box, dialog.resurface_box}
    assert set(controls) - {dialog.backup_choose, dialog.backup_default, dialog.calendar_choose,
                            dialog.calendar_stop} - boxes <= buddies
    assert all("&" in box.text() for box in boxes)  # their own mnemonic
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Escape)


def test_screenshot_of_the_preferences(qtbot, settings, tmp_path):
    """Renders the dialog (to CARNET_TEST_SHOTS when set, to look at it)."""
    out = Path(os.environ.get("CARNET_TEST_SHOTS") or tmp_path)
    dialog = preferences.PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hints = [w for w in dialog.findChildren(type(dialog.language_hint)) if w.wordWrap()]
    for hint in hints:  # the wrapped explanations are tall enough for their text
        if hint.isVisible():
            assert hint.height() >= hint.heightForWidth(hint.width()), hint.text()
    assert dialog.grab().save(str(out / "preferences.png"))
    dialog.close()
