"""The shell's parts on their own: settings, languages, opener, sidebar model, demo."""

from __future__ import annotations

import sys
import types
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtTest import QAbstractItemModelTester
from ui_helpers import MARKER, seed_journal, type_text, unlock_through_ui

from carnet.domain import Group, Session
from carnet.store import JournalStore
from carnet.ui import formats, i18n
from carnet.ui.models.journal_tree import ID_ROLE, KIND_ROLE, STATUS_ROLE, JournalTreeModel
from carnet.ui.opener import JournalOpener, OpenFailure, classify
from carnet.ui.settings import Settings
from carnet.ui.welcome import passphrase_score

# -- settings ----------------------------------------------------------------------------------------


def test_settings_have_typed_defaults(settings):
    assert settings.language == ""
    assert settings.last_journal == ""
    assert settings.autolock_minutes == 10
    assert settings.backup_count == 10
    assert settings.backup_folder == ""
    assert settings.paper_size == "A4"
    assert settings.reminder_days == 3
    assert settings.window_geometry == b""


def test_settings_live_in_the_config_folder(settings, isolated_home):
    assert Path(settings.file_name) == isolated_home / "config" / "carnet.ini"


def test_settings_round_trip_through_the_ini_file(settings, tmp_path):
    settings.autolock_minutes = 25
    settings.language = "fr"
    settings.window_geometry = b"\x01\x02\xff"
    settings.last_journal = str(tmp_path / "é carnet.carnet")
    settings.sync()
    again = Settings()
    assert again.autolock_minutes == 25
    assert isinstance(again.autolock_minutes, int)
    assert again.language == "fr"
    assert again.window_geometry == b"\x01\x02\xff"
    assert again.last_journal == str(tmp_path / "é carnet.carnet")


def test_settings_refuse_bad_values_and_read_garbage_as_default(settings):
    with pytest.raises(ValueError):
        settings.autolock_minutes = -1
    with pytest.raises(TypeError):
        settings.autolock_minutes = "10"
    with pytest.raises(ValueError):
        settings.paper_size = "A5"
    settings.qsettings.setValue("security/autolock_minutes", "beaucoup")
    assert settings.autolock_minutes == 10
    settings.reset("autolock_minutes")
    assert settings.autolock_minutes == 10


def test_every_setting_is_declared_once():
    keys = Settings.keys()
    assert len(keys) == len(set(keys))
    assert {"language", "last_journal", "autolock_minutes", "backup_folder", "backup_count",
            "paper_size", "reminder_days", "window_geometry", "window_state"} <= set(
                Settings.registry)


# -- languages and formats ---------------------------------------------------------------------------


@pytest.mark.parametrize(("preference", "system", "expected"), [
    ("", "fr_FR", "fr"), ("", "fr_CA", "fr"), ("", "en_US", "en"), ("", "de_DE", "en"),
    ("en", "fr_FR", "en"), ("fr", "en_GB", "fr"), ("xx", "fr_BE", "fr"),
])
def test_language_follows_the_setting_then_the_system(preference, system, expected):
    assert i18n.pick_language(preference, QLocale(system)) == expected


def test_installing_translators_sets_the_language_and_date_locale(qapp):
    try:
        assert i18n.install_translators(qapp, "fr") == "fr"
        assert i18n.current_language() == "fr"
        assert formats.format_date(date(2025, 3, 12)) == "12 mars 2025"
        assert formats.format_date(date(2025, 3, 12), "long") == "mercredi 12 mars 2025"
        assert i18n.install_translators(qapp, "en") == "en"
        assert "March" in formats.format_date(date(2025, 3, 12))
    finally:
        QLocale.setDefault(QLocale.system())
        i18n.install_translators(qapp, "")


def test_relative_days(qapp):
    today = date(2025, 3, 10)
    assert formats.relative_days(today, today) == "today"
    assert formats.relative_days(date(2025, 3, 11), today) == "tomorrow"
    assert formats.relative_days(date(2025, 3, 15), today) == "in 5 days"
    assert formats.relative_days(date(2025, 3, 7), today) == "3 days ago"


def test_i18n_build_without_ts_files_is_fine(tmp_path):
    from carnet import i18n_build

    assert i18n_build.build(tmp_path) == []
    assert i18n_build.build(tmp_path / "absent") == []


def test_i18n_build_compiles_ts_files(tmp_path):
    from carnet import i18n_build

    if i18n_build.find_lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    (tmp_path / "carnet_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="fr_FR"><context><name>UnlockPage</name>'
        "<message><source>Unlock</source><translation>Déverrouiller</translation></message>"
        "</context></TS>\n", encoding="utf-8")
    built = i18n_build.build(tmp_path)
    assert built == [tmp_path / "carnet_fr.qm"]
    assert built[0].stat().st_size > 0


# -- passphrase strength ------------------------------------------------------------------------------


def test_passphrase_score_grows_with_length_and_variety():
    assert passphrase_score("") == 0
    assert passphrase_score("abc") == 0
    assert passphrase_score("aaaaaaaa") == 1
    assert passphrase_score("motdepasse") <= 2
    assert passphrase_score("correct horse battery staple") >= 3
    assert passphrase_score("Une phrase, « bien » longue 2025 !") == 4


# -- opener -------------------------------------------------------------------------------------------


def test_errors_are_classified_for_the_screens(tmp_path):
    from carnet.store.errors import (
        DamagedJournalError,
        JournalExistsError,
        JournalInUseError,
        NewerJournalError,
        WrongPassphraseError,
    )

    assert classify(WrongPassphraseError()).kind == "wrong_passphrase"
    assert classify(DamagedJournalError("x")).kind == "unreadable"
    assert classify(NewerJournalError(9, 1)).kind == "newer"
    assert classify(JournalInUseError("p")).kind == "in_use"
    assert classify(JournalExistsError("p")).kind == "exists"
    assert classify(PermissionError("no")).kind == "storage"
    assert classify(ValueError("empty")).kind == "invalid"
    failure = classify(RuntimeError(f"secret {MARKER}"))
    assert failure == OpenFailure("error", "RuntimeError")  # never the message of a surprise


def test_opener_opens_off_the_ui_thread(qtbot, seeded_journal, passphrase):
    path, _ids = seeded_journal
    opener = JournalOpener()
    busy = []
    opener.busyChanged.connect(busy.append)
    with qtbot.waitSignal(opener.opened, timeout=30_000) as blocker:
        opener.open(path, passphrase)
        assert opener.busy
    store = blocker.args[0]
    try:
        assert isinstance(store, JournalStore)
        assert store.groups.list()[0].name == f"Codev {MARKER}"
    finally:
        store.close()
    assert busy == [True, False]
    assert not opener.busy


def test_opener_reports_a_wrong_passphrase(qtbot, seeded_journal):
    path, _ids = seeded_journal
    opener = JournalOpener()
    with qtbot.waitSignal(opener.failed, timeout=30_000) as blocker:
        opener.open(path, "mauvaise")
    assert blocker.args[0].kind == "wrong_passphrase"


def test_a_cancelled_open_closes_the_journal_it_opened(qtbot, seeded_journal, passphrase):
    path, _ids = seeded_journal
    opener = JournalOpener()
    opened = []
    opener.opened.connect(opened.append)
    opener.open(path, passphrase)
    opener.shutdown()
    assert opened == []
    # The journal's lock was released: it opens again right away.
    JournalStore.open(path, passphrase).close()


def test_opener_creates_a_journal(qtbot, tmp_path, passphrase):
    opener = JournalOpener()
    with qtbot.waitSignal(opener.opened, timeout=30_000) as blocker:
        opener.create(tmp_path / "neuf.carnet", passphrase, "Camille")
    store = blocker.args[0]
    assert store.journal().owner_name == "Camille"
    store.close()


# -- the sidebar model --------------------------------------------------------------------------------


def _tester_failures(qtlog) -> list[str]:
    return [r.message for r in qtlog.records if "FAIL" in r.message]


def test_sidebar_model_passes_the_model_tester(qtbot, qtlog, store):
    model = JournalTreeModel()
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.load(store)
    group = store.groups.add(Group(name="Un", template_id="codev"))
    store.sessions.add_many([Session(group_id=group.id, number=n, date=date(2025, n, 1))
                             for n in range(1, 4)])
    store.groups.add(Group(name="Deux (vide)", template_id="rpm"))
    model.load(store, today=date(2025, 2, 15))
    assert model.rowCount() == 2
    parent = model.index_of_group(group.id)
    assert model.rowCount(parent) == 3
    child = model.index(1, 0, parent)
    assert child.data(KIND_ROLE) == "session" and child.data(STATUS_ROLE) == "planned"
    assert model.parent(child) == parent
    assert model.session_at(child).number == 2
    assert model.index_of_session(child.data(ID_ROLE)) == child
    assert model.index(5, 0, parent).isValid() is False
    assert model.index(0, 1).isValid() is False
    # The next session (from 15 Feb) is in bold.
    assert model.index(2, 0, parent).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 0, parent).data(Qt.ItemDataRole.FontRole) is None
    model.clear()
    assert model.rowCount() == 0
    del tester
    assert _tester_failures(qtlog) == []


def test_sidebar_model_with_pytest_qt_tester(qtmodeltester, store):
    seeded = store.groups.add(Group(name="G", template_id="codev", planned_sessions=2))
    store.sessions.add(Session(group_id=seeded.id, number=1, date=date(2025, 1, 1)))
    model = JournalTreeModel()
    model.load(store)
    qtmodeltester.check(model, force_py=False)


def test_sidebar_model_in_the_running_window_passes_the_tester(qtbot, qtlog, main_window):
    model = main_window.workspace.sidebar.model
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    main_window.new_session()
    main_window.workspace.show_group(main_window.ids["group"])
    main_window.lock()
    assert model.rowCount() == 0
    del tester
    assert _tester_failures(qtlog) == []


# -- demo, idle, application -------------------------------------------------------------------------


def test_demo_starts_on_the_unlock_screen_with_its_passphrase(qtbot, make_window, settings):
    window = make_window()
    window.show()
    window.start(demo=True)
    qtbot.waitUntil(lambda: window.unlock.path is not None, timeout=30_000)
    assert window.unlock.demo_label.isVisible()
    assert "demo" in window.unlock.demo_label.text()
    folder = window.demo_dir
    assert folder is not None and folder.is_dir()
    unlock_through_ui(qtbot, window, "demo")
    assert len(window.store.groups.list()) >= 1
    assert settings.last_journal == ""  # a demo is never remembered
    window.close()
    assert not folder.exists()


def test_idle_watcher_restarts_on_input(qtbot, qapp):
    from carnet.ui.idle import IdleWatcher

    watcher = IdleWatcher()
    watcher.start(0)
    assert not watcher.active
    watcher.start(5)
    assert watcher.active
    watcher.stop()
    assert not watcher.active


def test_app_arguments():
    from carnet.ui.app import parse_args

    args = parse_args(["--demo", "-platform", "offscreen"])
    assert args.demo and args.journal is None
    assert args.qt_args == ["-platform", "offscreen"]
    args = parse_args(["/tmp/mon.carnet", "--lang", "fr"])
    assert args.journal == "/tmp/mon.carnet" and args.lang == "fr"
    assert parse_args(["--smoke-test"]).smoke_test


def test_the_app_start_disables_core_dumps():
    """The app's start calls carnet.hardening (tests/trust/test_no_core_dumps.py tests it)."""
    import resource
    import subprocess

    code = ("import resource; from carnet.ui.app import disable_core_dumps; "
            "print(disable_core_dumps()); print(resource.getrlimit(resource.RLIMIT_CORE))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.splitlines() == ["True", "(0, 0)"]
    assert resource  # the limit of the test process itself is untouched


def test_features_are_installed_and_a_broken_one_is_an_error(make_window, monkeypatch):
    """Issue 18: no feature silently dropped — an import or install failure raises."""
    good = types.ModuleType("carnet.ui.ext_good")
    good.install = lambda window: window.register_view("good", lambda store, ws: None)
    broken = types.ModuleType("carnet.ui.ext_broken")

    def explode(window):
        raise RuntimeError(f"boom {MARKER}")

    broken.install = explode
    monkeypatch.setitem(sys.modules, "carnet.ui.ext_good", good)
    monkeypatch.setitem(sys.modules, "carnet.ui.ext_broken", broken)
    window = make_window()
    assert window.install_extensions(["carnet.ui.ext_good"]) == ["carnet.ui.ext_good"]
    assert "good" in window._views
    with pytest.raises(RuntimeError):
        window.install_extensions(["carnet.ui.ext_broken"])
    with pytest.raises(ModuleNotFoundError):
        window.install_extensions(["carnet.ui.ext_absent"])


def test_every_feature_module_is_wired_in_one_place(make_window):
    """Each module of carnet/ui with an ``install(window)`` is listed in carnet.ui.features
    or installed by a module listed there, and the window declares what features set."""
    import ast

    from carnet.ui import features

    ui = Path(features.__file__).parent
    with_install, imports = set(), {}
    for path in ui.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parts = path.relative_to(ui.parent.parent).with_suffix("").parts
        name = ".".join(p for p in parts if p != "__init__")
        imports[name] = {f"{node.module}.{alias.name}" if isinstance(node, ast.ImportFrom)
                         else alias.name
                         for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)
                         for alias in node.names} | {
            node.module for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module}
        if any(isinstance(node, ast.FunctionDef) and node.name == "install"
               and [a.arg for a in node.args.args] == ["window"] for node in tree.body):
            with_install.add(name)
    assert "carnet.ui.ext_trust" in with_install  # control: the scan sees the feature modules
    wired = set(features.FEATURE_MODULES)
    installed_by_a_feature = {name for name in with_install
                              if any(name in imports[f] for f in wired)}
    assert with_install - wired - installed_by_a_feature == set(), (
        "add these modules to carnet/ui/features.py")
    window = make_window()
    assert window.trust is None and window.insights is None
    assert window.install_extensions() == list(features.FEATURE_MODULES)
    assert window.trust is not None and window.insights is not None
    assert window.exchange_actions and window.help_actions and window.preferences_action
    menus_before = {key: len(menu.actions()) for key, menu in window.menus.items()}
    window.install_extensions()  # a second call adds nothing
    assert {key: len(menu.actions()) for key, menu in window.menus.items()} == menus_before


def test_main_smoke_test_opens_and_quits(isolated_home):
    """In a process of its own: running the app's event loop would end the test's."""
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARNET_HOME": str(isolated_home)}
    result = subprocess.run(
        [sys.executable, "-c",
         "import sys; from carnet.ui.app import main; sys.exit(main(['--smoke-test']))"],
        capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_open_journal_from_the_welcome_page(qtbot, make_window, tmp_path, passphrase,
                                            message_service):
    path = tmp_path / "ancien.carnet"
    seed_journal(path, passphrase)
    window = make_window()
    window.show()
    window.start()
    message_service.files.append(str(path))
    qtbot.mouseClick(window.welcome.open_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.unlock
    assert window.unlock.path == path
    type_text(qtbot, window.unlock.passphrase_edit, passphrase)
    with qtbot.waitSignal(window.journalOpened, timeout=30_000):
        qtbot.keyClick(window.unlock.passphrase_edit, Qt.Key.Key_Return)


def test_settings_are_isolated_per_test(isolated_home):
    settings = Settings(QSettings(str(isolated_home / "autre.ini"), QSettings.Format.IniFormat))
    settings.autolock_minutes = 3
    assert Settings().autolock_minutes == 10


@pytest.mark.slow
def test_screenshots_render_every_screen(tmp_path, qapp):
    from carnet.ui import screenshots

    written = screenshots.render(tmp_path / "shots", "fr", (1100, 720))
    names = sorted(p.stem for p in written)
    assert names == sorted(screenshots.SCREENS)
    for path in written:
        assert path.stat().st_size > 10_000


def test_an_install_function_exported_twice_runs_once(make_window, monkeypatch):
    calls = []

    def install(window):
        calls.append(window)

    for name in ("carnet.ui.ext_one", "carnet.ui.ext_two"):
        module = types.ModuleType(name)
        module.install = install
        monkeypatch.setitem(sys.modules, name, module)
    window = make_window()
    assert window.install_extensions(["carnet.ui.ext_one", "carnet.ui.ext_two"]) == [
        "carnet.ui.ext_one"]
    assert calls == [window]


def test_idle_lock_closes_an_open_modal_dialog(qtbot, main_window):
    """Issue 7: a dialog never blocks the lock (more in tests/trust/test_locking.py)."""
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(main_window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible())
    with qtbot.waitSignal(main_window.journalLocked):
        main_window.idle.idle.emit()
    assert not main_window.is_unlocked and not dialog.isVisible()
