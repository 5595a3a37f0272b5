"""File → Export… / Import… on real encrypted journals, driving the real dialogs.

The modal dialogs open through ``exchange_choices.run_dialog``; the tests replace it
by a driver that shows the real dialog, clicks its real buttons and returns
whether it was accepted. File choosers are the recording message service
(JSON) and ``exchange_choices.choose_folder`` (Markdown).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog
from ui_helpers import MARKER, unlock_through_ui

from carnet.exchange import export_json, journal_document
from carnet.store import JournalStore
from carnet.ui import exchange_choices, exchange_dialogs, ext_exchange

CLICK = Qt.MouseButton.LeftButton


def _install(window) -> ext_exchange.ExchangeActions:
    assert window.install_extensions(["carnet.ui.ext_exchange"]) == ["carnet.ui.ext_exchange"]
    return window.exchange_actions


def _content(store) -> dict:
    """Everything the journal holds, as the export sees it (without the export time)."""
    document = journal_document(store)
    document.pop("exported_at", None)
    return document


def _driver(qtbot, steps, seen: list):
    """A ``run_dialog`` that shows the real dialog and runs ``steps(dialog)`` on it."""

    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        steps(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def _never(dialog: QDialog) -> bool:
    raise AssertionError(f"no dialog expected, got {type(dialog).__name__}")


def focus_chain(qtbot, first, presses: int) -> list:
    """The widgets that get the focus when Tab is pressed ``presses`` times from ``first``."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    seen = [first]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def assert_in_order(chain: list, expected: list) -> None:
    positions = [chain.index(widget) for widget in expected]
    assert positions == sorted(positions), [type(w).__name__ for w in chain]


# -- menu --------------------------------------------------------------------------------------


def test_actions_sit_in_the_file_menu_and_need_an_open_journal(qtbot, main_window, passphrase):
    actions = _install(main_window)
    file_actions = main_window.menus["file"].actions()
    assert actions.export_action in file_actions and actions.import_action in file_actions
    assert file_actions.index(actions.export_action) < file_actions.index(
        main_window.actions["lock"])
    assert actions.export_action.isEnabled() and actions.import_action.isEnabled()
    main_window.lock()
    assert not actions.export_action.isEnabled() and not actions.import_action.isEnabled()
    unlock_through_ui(qtbot, main_window, passphrase)
    assert actions.export_action.isEnabled()


# -- export ------------------------------------------------------------------------------------


def test_export_markdown_then_json_through_the_menu(qtbot, main_window, message_service,
                                                    monkeypatch, tmp_path):
    actions = _install(main_window)
    out = tmp_path / "exports"
    out.mkdir()
    chosen_folders = []

    def choose(parent, title, start):
        chosen_folders.append(title)
        return str(out / "lisible")

    monkeypatch.setattr(exchange_choices, "choose_folder", choose)
    dialogs: list = []

    def markdown_steps(dialog):
        assert "NOT encrypted" in dialog.warning.text()  # said before anything is written
        assert dialog.markdown_radio.isChecked() and dialog.anonymise_box.isChecked()
        qtbot.mouseClick(dialog.export_button, CLICK)  # no place yet: asks, then exports

    monkeypatch.setattr(exchange_choices, "run_dialog", _driver(qtbot, markdown_steps, dialogs))
    actions.export_action.trigger()

    folder = out / "lisible"
    assert chosen_folders, "the folder chooser was used"
    assert (folder / "index.md").is_file()
    assert any(folder.rglob("*.md"))
    kind, title, text = message_service.shown[-1]
    assert kind == "warning"
    assert "NOT encrypted" in title and "NOT encrypted" in text and str(folder) in text

    def json_steps(dialog):
        radio = dialog.json_radio
        qtbot.mouseClick(radio, CLICK, pos=QPoint(8, radio.height() // 2))
        assert radio.isChecked() and not dialog.anonymise_box.isEnabled()
        qtbot.mouseClick(dialog.choose_button, CLICK)
        assert dialog.destination_edit.text().endswith("journal.json")
        qtbot.mouseClick(dialog.export_button, CLICK)

    message_service.files.append(str(out / "journal"))  # the suffix is added
    monkeypatch.setattr(exchange_choices, "run_dialog", _driver(qtbot, json_steps, dialogs))
    actions.export_action.trigger()

    written = out / "journal.json"
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["format"] == "carnet-export"
    assert data["groups"][0]["name"] == f"Codev {MARKER}"
    assert message_service.kinds().count("warning") == 2
    assert "NOT encrypted" in message_service.shown[-1][2]
    assert sorted(p.name for p in out.iterdir()) == ["journal.json", "lisible"]


def test_markdown_export_into_a_busy_folder_makes_a_subfolder(qtbot, main_window, monkeypatch,
                                                              tmp_path):
    actions = _install(main_window)
    busy_folder = tmp_path / "Documents"
    busy_folder.mkdir()
    (busy_folder / "mine.txt").write_text("untouched", encoding="utf-8")
    monkeypatch.setattr(exchange_choices, "choose_folder", lambda *args: str(busy_folder))

    def steps(dialog):
        qtbot.mouseClick(dialog.choose_button, CLICK)
        assert dialog.destination.parent == busy_folder  # shown before writing
        assert "carnet-export-" in dialog.destination_edit.text()
        qtbot.mouseClick(dialog.export_button, CLICK)

    monkeypatch.setattr(exchange_choices, "run_dialog", _driver(qtbot, steps, []))
    actions.export_action.trigger()
    subfolders = [p for p in busy_folder.iterdir() if p.is_dir()]
    assert len(subfolders) == 1 and (subfolders[0] / "index.md").is_file()
    assert (busy_folder / "mine.txt").read_text(encoding="utf-8") == "untouched"


def test_cancelled_export_writes_nothing(qtbot, main_window, message_service, monkeypatch,
                                         tmp_path):
    actions = _install(main_window)
    monkeypatch.setattr(exchange_choices, "choose_folder", lambda *args: "")

    def steps(dialog):
        qtbot.mouseClick(dialog.export_button, CLICK)  # the chooser is cancelled: stays open
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.cancel_button, CLICK)

    monkeypatch.setattr(exchange_choices, "run_dialog", _driver(qtbot, steps, []))
    actions.export_action.trigger()
    assert "warning" not in message_service.kinds()
    assert list(tmp_path.glob("**/index.md")) == []


def test_export_to_an_unusable_place_says_so(qtbot, main_window, message_service, monkeypatch,
                                             tmp_path):
    actions = _install(main_window)
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("x", encoding="utf-8")
    monkeypatch.setattr(exchange_choices, "choose_folder", lambda *args: str(a_file))
    monkeypatch.setattr(exchange_choices, "run_dialog", _driver(
        qtbot, lambda d: qtbot.mouseClick(d.export_button, CLICK), []))
    actions.export_action.trigger()
    kind, title, _text = message_service.shown[-1]
    assert kind == "error" and "not written" in title
    assert a_file.read_text(encoding="utf-8") == "x"


def test_export_dialog_is_keyboard_reachable(qtbot):
    dialog = exchange_dialogs.ExportDialog(Path("/nowhere/journal.carnet"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chain = focus_chain(qtbot, dialog.markdown_radio, 8)
    assert_in_order(chain, [dialog.markdown_radio, dialog.anonymise_box, dialog.lang_combo,
                            dialog.choose_button])
    assert dialog.export_button in chain or dialog.cancel_button in chain
    for control in (dialog.markdown_radio, dialog.json_radio, dialog.anonymise_box,
                    dialog.lang_combo, dialog.destination_edit, dialog.choose_button,
                    dialog.export_button, dialog.cancel_button):
        assert control.accessibleName(), control
    # Arrow keys switch the format; the Markdown options follow.
    dialog.markdown_radio.setFocus()
    qtbot.keyClick(dialog.markdown_radio, Qt.Key.Key_Down)
    assert dialog.json_radio.isChecked() and not dialog.lang_combo.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- import ------------------------------------------------------------------------------------


@pytest.fixture
def other_window(qtbot, make_window, tmp_path, passphrase):
    """A second, empty journal, unlocked through the UI, with the exchange installed."""
    path = tmp_path / "autre.carnet"
    JournalStore.create(path, passphrase, owner_name="").close()
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    _install(window)
    return window


@pytest.fixture
def export_file(seeded_journal, passphrase, tmp_path) -> Path:
    path, _ids = seeded_journal
    store = JournalStore.open(path, passphrase)
    try:
        return export_json(store, tmp_path / "export.json").path
    finally:
        store.close()


def test_import_a_valid_export_into_another_journal(qtbot, other_window, export_file,
                                                    message_service, monkeypatch,
                                                    isolated_home):
    window = other_window
    model = window.workspace.sidebar.model
    assert model.rowCount() == 0
    message_service.files.append(str(export_file))
    previews: list = []

    def steps(dialog):
        added = dialog.added()
        assert "1 group" in added and "6 sessions" in added and "1 action" in added
        assert f"Codev {MARKER}" in dialog.about_label.text()
        assert window.store.groups.list() == []  # the preview changed nothing
        qtbot.mouseClick(dialog.import_button, CLICK)

    monkeypatch.setattr(exchange_choices, "run_dialog", _driver(qtbot, steps, previews))
    window.exchange_actions.import_action.trigger()

    assert len(previews) == 1
    assert [g.name for g in window.store.groups.list()] == [f"Codev {MARKER}"]
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 0).data() == f"Codev {MARKER}"
    assert model.rowCount(model.index(0, 0)) == 6
    assert window.workspace.stack.currentWidget() is window.workspace.home
    kind, _title, text = message_service.shown[-1]
    assert kind == "information" and "6 sessions" in text
    backups = list((isolated_home / "data" / "backups").glob("autre-*-before-import.carnet"))
    assert len(backups) == 1

    # The same file again: nothing to add, no preview, nothing changed.
    message_service.files.append(str(export_file))
    monkeypatch.setattr(exchange_choices, "run_dialog", _never)
    before = _content(window.store)
    window.exchange_actions.import_action.trigger()
    assert message_service.shown[-1][0] == "information"
    assert "already in your journal" in message_service.shown[-1][2]
    assert _content(window.store) == before


def test_cancelled_preview_changes_nothing(qtbot, other_window, export_file, message_service,
                                           monkeypatch, isolated_home):
    window = other_window
    before = _content(window.store)
    message_service.files.append(str(export_file))
    monkeypatch.setattr(exchange_choices, "run_dialog", _driver(
        qtbot, lambda d: qtbot.mouseClick(d.cancel_button, CLICK), []))
    window.exchange_actions.import_action.trigger()
    assert _content(window.store) == before
    assert not list(isolated_home.glob("data/backups/*before-import*"))
    assert "information" not in message_service.kinds()


def _valid_document(export_file: Path) -> dict:
    return json.loads(export_file.read_text(encoding="utf-8"))


HOSTILE = {
    "not-json.json": b"<html><script>alert(1)</script></html>",
    "binary.json": bytes(range(256)) * 4,
    "empty.json": b"",
    "truncated.json": b'{"format": "carnet-export", "version": 1, "groups": [',
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
    "other-format.json": json.dumps({"format": "something-else", "version": 1}).encode(),
    "future.json": json.dumps({"format": "carnet-export", "version": 99}).encode(),
    "nan.json": b'{"format": "carnet-export", "version": NaN}',
    "duplicate-keys.json": b'{"format": "carnet-export", "format": "carnet-export"}',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_are_refused_and_change_nothing(qtbot, other_window, message_service,
                                                      monkeypatch, tmp_path, isolated_home,
                                                      name):
    window = other_window
    source = tmp_path / name
    source.write_bytes(HOSTILE[name])
    before = _content(window.store)
    message_service.files.append(str(source))
    monkeypatch.setattr(exchange_choices, "run_dialog", _never)
    window.exchange_actions.import_action.trigger()
    kind, _title, text = message_service.shown[-1]
    assert kind == "error"
    assert name in text and "not changed" in text and "Traceback" not in text
    assert _content(window.store) == before
    assert not list(isolated_home.glob("data/backups/*before-import*"))


@pytest.mark.parametrize("damage", ["bad-date", "unknown-key", "dangling-ref", "huge-number"])
def test_subtly_damaged_exports_are_refused_before_any_change(qtbot, other_window, export_file,
                                                              message_service, monkeypatch,
                                                              tmp_path, damage):
    window = other_window
    document = _valid_document(export_file)
    session = document["groups"][0]["sessions"][0]
    if damage == "bad-date":
        session["date"] = "2026-02-30"
    elif damage == "unknown-key":
        session["<img src=/etc/passwd>"] = "x"
    elif damage == "dangling-ref":
        document["topics"].append({**document["topics"][0], "session": "nowhere"})
    else:
        session["number"] = 987654321
    text = json.dumps(document, ensure_ascii=False).replace("987654321", "9" * 5000)
    source = tmp_path / f"{damage}.json"
    source.write_text(text, encoding="utf-8")
    before = _content(window.store)
    message_service.files.append(str(source))
    monkeypatch.setattr(exchange_choices, "run_dialog", _never)
    window.exchange_actions.import_action.trigger()
    assert message_service.shown[-1][0] == "error"
    assert "not changed" in message_service.shown[-1][2]
    assert _content(window.store) == before


def test_import_preview_is_keyboard_reachable(qtbot, other_window, export_file,
                                              message_service, monkeypatch):
    message_service.files.append(str(export_file))

    def steps(dialog):
        qtbot.waitUntil(dialog.import_button.hasFocus)  # Return imports, Escape cancels
        chain = focus_chain(qtbot, dialog.import_button, 2)
        assert dialog.cancel_button in chain
        for control in (dialog.added_card, dialog.import_button, dialog.cancel_button,
                        dialog.conflicts_view):
            assert control.accessibleName()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    monkeypatch.setattr(exchange_choices, "run_dialog", _driver(qtbot, steps, []))
    other_window.exchange_actions.import_action.trigger()
    assert other_window.store.groups.list() == []


def test_conflicts_are_listed_and_the_journal_keeps_its_version(qtbot, main_window,
                                                                message_service, monkeypatch,
                                                                tmp_path):
    """Merging into the journal the export came from, after a change on both sides."""
    actions = _install(main_window)
    document = _valid_document(export_json(main_window.store, tmp_path / "mine.json").path)
    document["groups"][0]["facilitator"] = "Quelqu’un d’autre"
    document["groups"][0]["sessions"][0]["learnings"].append(
        {"text": "Écouter avant de proposer", "starred": True, "tags": [], "position": 0})
    source = tmp_path / "modified.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    message_service.files.append(str(source))

    def steps(dialog):
        assert dialog.added() == ["1 learning"]
        assert dialog.conflicts_view.isVisibleTo(dialog)
        assert "facilitator" in dialog.conflicts_view.toPlainText()
        qtbot.mouseClick(dialog.import_button, CLICK)

    monkeypatch.setattr(exchange_choices, "run_dialog", _driver(qtbot, steps, []))
    actions.import_action.trigger()
    group = main_window.store.groups.get(main_window.ids["group"])
    assert group.facilitator == f"H. {MARKER}"
    assert "kept its own version" in message_service.shown[-1][2]


def test_screenshots_of_the_exchange_dialogs(qtbot, other_window, export_file, tmp_path,
                                             message_service, monkeypatch):
    """Renders both dialogs (to CARNET_TEST_SHOTS when set, to look at them)."""
    out = Path(os.environ.get("CARNET_TEST_SHOTS") or tmp_path)
    export = exchange_dialogs.ExportDialog(Path("/tmp/journal.carnet"))
    qtbot.addWidget(export)
    export.set_destination(Path.home() / "Documents" / "carnet-export-2026-03-15")
    export.show()
    qtbot.waitExposed(export)
    assert export.grab().save(str(out / "export-dialog.png"))
    export.close()
    message_service.files.append(str(export_file))

    def steps(dialog):
        assert dialog.grab().save(str(out / "import-preview.png"))
        qtbot.mouseClick(dialog.cancel_button, CLICK)

    monkeypatch.setattr(exchange_choices, "run_dialog", _driver(qtbot, steps, []))
    other_window.exchange_actions.import_action.trigger()
    assert (out / "import-preview.png").stat().st_size > 0
