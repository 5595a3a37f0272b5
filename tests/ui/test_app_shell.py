"""The app shell end to end: first run, relaunch, unlock, groups, lock, shortcuts."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
import sqlcipher3
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from ui_helpers import MARKER, seed_journal, type_text, unlock_through_ui

from carnet.domain import Cadence, CadenceUnit, SessionStatus, planned_dates
from carnet.store import JournalStore
from carnet.ui.models.journal_tree import ID_ROLE, KIND_ROLE


def _model_texts(model, parent=None) -> list[str]:
    parent = parent or QModelIndex()
    texts = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.EditRole):
                value = index.data(role)
                if value is not None:
                    texts.append(str(value))
            texts.extend(_model_texts(model, index))
    return texts


def visible_texts() -> list[str]:
    """Every text any widget of any top-level window holds (shown or not)."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if isinstance(widget, QLineEdit):
                texts.append(widget.text())
            elif isinstance(widget, QTextEdit | QPlainTextEdit):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QLabel):
                texts.append(widget.text())
            elif isinstance(widget, QComboBox):
                texts.extend(widget.itemText(i) for i in range(widget.count()))
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                texts.extend(_model_texts(widget.model()))
            texts.append(widget.toolTip())
            texts.append(widget.windowTitle())
    return texts


def _fill_welcome(qtbot, page, path, owner, passphrase) -> None:
    page.path_edit.clear()
    type_text(qtbot, page.path_edit, str(path))
    type_text(qtbot, page.owner_edit, owner)
    type_text(qtbot, page.passphrase_edit, passphrase)
    type_text(qtbot, page.confirm_edit, passphrase)


# -- first run, relaunch, unlock ---------------------------------------------------------------

def test_first_run_creates_a_journal_then_relaunch_asks_for_it(
    qtbot, make_window, settings, tmp_path, passphrase
):
    window = make_window()
    window.show()
    window.start()
    assert window.pages.currentWidget() is window.welcome
    assert not window.actions["new_session"].isEnabled()

    path = tmp_path / "mon carnet.carnet"
    _fill_welcome(qtbot, window.welcome, path, "Camille Martin", passphrase)
    assert window.welcome.create_button.isEnabled()
    with qtbot.waitSignal(window.journalOpened, timeout=30_000):
        qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)

    assert window.pages.currentWidget() is window.workspace
    assert window.is_unlocked and path.is_file()
    assert window.actions["new_session"].isEnabled()
    assert window.welcome.passphrase_edit.text() == ""
    assert settings.last_journal == str(path)

    window.close()  # quit
    assert window.store is None

    # Relaunch: a new window over the same settings file goes to the unlock screen.
    from carnet.ui.settings import Settings

    again = make_window(Settings())
    again.show()
    again.start()
    assert again.pages.currentWidget() is again.unlock
    assert again.unlock.path == path
    assert again.unlock.file_label.text() == path.name
    unlock_through_ui(qtbot, again, passphrase)
    assert again.store.journal().owner_name == "Camille Martin"


def test_welcome_checks_the_passphrase_as_it_is_typed(qtbot, make_window, tmp_path):
    window = make_window()
    window.start()
    page = window.welcome
    type_text(qtbot, page.passphrase_edit, "court")
    assert not page.create_button.isEnabled()
    assert page.strength_bar.value() == 0
    assert page.strength_label.text()
    page.passphrase_edit.clear()
    type_text(qtbot, page.passphrase_edit, "quatre mots bien choisis")
    assert page.strength_bar.value() >= 3
    type_text(qtbot, page.confirm_edit, "quatre mots bien choisi")
    assert "differ" in page.match_label.text()
    assert not page.create_button.isEnabled()
    type_text(qtbot, page.confirm_edit, "s")
    assert page.create_button.isEnabled()
    assert "forget" in page.warning.text()


def test_welcome_refuses_an_existing_file(qtbot, make_window, tmp_path, passphrase):
    existing = tmp_path / "deja.carnet"
    existing.write_bytes(b"x")
    window = make_window()
    window.show()
    window.start()
    _fill_welcome(qtbot, window.welcome, existing, "C", passphrase)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    assert window.welcome.error_label.isVisible()
    assert not window.is_unlocked
    assert existing.read_bytes() == b"x"


def test_wrong_passphrase_is_an_inline_message_and_retry_works(
    qtbot, make_window, seeded_journal, passphrase
):
    path, _ids = seeded_journal
    window = make_window()
    window.show()
    window.start(path)
    page = window.unlock
    type_text(qtbot, page.passphrase_edit, "pas la bonne")
    with qtbot.waitSignal(window.opener.failed, timeout=30_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    assert page.error_label.isVisible()
    assert "Wrong passphrase" in page.error_label.text()
    assert page.passphrase_edit.isEnabled() and page.passphrase_edit.text() == ""
    assert not window.is_unlocked
    unlock_through_ui(qtbot, window, passphrase)
    assert window.is_unlocked
    assert not page.error_label.isVisible() or window.pages.currentWidget() is not page


def test_damaged_file_says_what_happened_and_offers_another(
    qtbot, make_window, tmp_path, seeded_journal, message_service
):
    damaged = tmp_path / "abime.carnet"
    damaged.write_bytes(b"\x00garbage" * 1000)
    window = make_window()
    window.show()
    window.start(damaged)
    type_text(qtbot, window.unlock.passphrase_edit, "peu importe")
    with qtbot.waitSignal(window.opener.failed, timeout=30_000):
        qtbot.mouseClick(window.unlock.unlock_button, Qt.MouseButton.LeftButton)
    assert window.unlock.problem_label.isVisible()
    assert "not a Carnet journal" in window.unlock.problem_label.text()
    assert not window.unlock.passphrase_edit.isEnabled()

    good, _ids = seeded_journal
    message_service.files.append(str(good))
    qtbot.mouseClick(window.unlock.other_button, Qt.MouseButton.LeftButton)
    assert window.unlock.path == good
    assert window.unlock.passphrase_edit.isEnabled()
    assert not window.unlock.problem_label.isVisible()


def test_a_missing_last_journal_is_explained(qtbot, make_window, settings, tmp_path):
    settings.last_journal = str(tmp_path / "parti.carnet")
    window = make_window()
    window.start()
    assert window.pages.currentWidget() is window.unlock
    assert not window.unlock.problem_label.isHidden()
    assert "not found" in window.unlock.problem_label.text()


def test_busy_indicator_while_opening(qtbot, make_window, seeded_journal, passphrase):
    path, _ids = seeded_journal
    window = make_window()
    window.show()
    window.start(path)
    type_text(qtbot, window.unlock.passphrase_edit, passphrase)
    with qtbot.waitSignal(window.journalOpened, timeout=30_000):
        qtbot.mouseClick(window.unlock.unlock_button, Qt.MouseButton.LeftButton)
        assert window.unlock.busy_bar.isVisible()
        assert not window.unlock.unlock_button.isEnabled()


# -- the main window ---------------------------------------------------------------------------------

def test_sidebar_shows_groups_and_sessions(main_window):
    model = main_window.workspace.sidebar.model
    assert model.rowCount() == 1
    group_index = model.index(0, 0)
    assert group_index.data() == f"Codev {MARKER}"
    assert model.rowCount(group_index) == 6
    first = model.index(0, 0, group_index)
    assert first.data(KIND_ROLE) == "session"
    assert first.data().startswith("1/6")
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None
    tooltip = first.data(Qt.ItemDataRole.ToolTipRole)
    assert "Held" in tooltip or "Planned" in tooltip


def test_home_view_shows_the_next_session_and_what_to_prepare(main_window):
    home = main_window.workspace.home
    assert main_window.workspace.stack.currentWidget() is home
    assert MARKER in home.next_title.text()
    assert f"Déléguer {MARKER}" in home.actions_list.text()
    assert f"Sujet {MARKER}" in home.topics_list.text()
    assert home.open_button.isVisible()


def test_home_view_escapes_what_the_person_wrote(qtbot, make_window, tmp_path, passphrase):
    path = tmp_path / "html.carnet"
    ids = seed_journal(path, passphrase)
    store = JournalStore.open(path, passphrase)
    from carnet.domain import Topic

    store.topics.add(Topic(title="<img src='file:///etc/passwd'> & <b>gras</b>",
                           group_id=ids["group"]))
    store.close()
    window = make_window()
    window.show()
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    text = window.workspace.home.topics_list.text()
    assert "<img" not in text and "&lt;img" in text


def test_open_the_next_session_from_home(qtbot, main_window):
    home = main_window.workspace.home
    qtbot.mouseClick(home.open_button, Qt.MouseButton.LeftButton)
    assert main_window.workspace.location() == ("session", main_window.ids["next"])


def test_selecting_in_the_sidebar_shows_the_session_or_group(qtbot, main_window):
    workspace = main_window.workspace
    tree = workspace.sidebar.tree
    model = workspace.sidebar.model
    index = model.index_of_session(main_window.ids["held"])
    tree.setCurrentIndex(index)
    assert workspace.location() == ("session", main_window.ids["held"])
    tree.setCurrentIndex(model.index_of_group(main_window.ids["group"]))
    assert workspace.location() == ("group", main_window.ids["group"])
    assert workspace.group_editor.name_edit.text() == f"Codev {MARKER}"
    qtbot.mouseClick(workspace.sidebar.home_button, Qt.MouseButton.LeftButton)
    assert workspace.location() == ("home", None)


def test_new_group_through_the_editor_plans_its_sessions(qtbot, main_window):
    workspace = main_window.workspace
    main_window.actions["new_group"].trigger()
    editor = workspace.group_editor
    assert workspace.stack.currentWidget() is editor
    assert editor.is_new
    # The codev template's principles and objectives are suggested.
    assert editor.rules_edit.toPlainText()
    assert editor.objectives_list.count() > 0

    type_text(qtbot, editor.name_edit, "Codev du jeudi")
    editor.format_combo.setCurrentIndex(editor.format_combo.findData("codev"))
    editor.start_edit.setDate(editor.start_edit.date().fromString("2030-01-10", "yyyy-MM-dd"))
    editor.every_spin.setValue(3)
    editor.unit_combo.setCurrentIndex(editor.unit_combo.findData("week"))
    editor.count_spin.setValue(5)
    qtbot.mouseClick(editor.add_member_button, Qt.MouseButton.LeftButton)
    row = editor.members_table.rowCount() - 1
    editor.members_table.item(row, 0).setText("A.B.")
    editor.members_table.item(row, 1).setText("Alice Bernard, Alice")
    assert "pseudonym" in editor.confidentiality.text().lower()
    assert "restent dans le cadre" in editor.confidentiality.text()

    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    store = main_window.store
    group = store.groups.find_by_name("Codev du jeudi")
    assert group is not None and group.template_id == "codev"
    sessions = store.sessions.list_by_group(group.id)
    expected = planned_dates(date(2030, 1, 10), Cadence(3, CadenceUnit.WEEK), 5)
    assert [s.date for s in sessions] == expected
    assert all(s.status is SessionStatus.PLANNED for s in sessions)
    members = store.members.list_by_group(group.id)
    assert [(m.pseudonym, m.masked_names) for m in members] == [
        ("A.B.", ["Alice Bernard", "Alice"])]
    assert len(store.objectives.list_by_group(group.id)) == editor.objectives_list.count()
    assert store.groups.get(group.id).ground_rules

    model = workspace.sidebar.model
    group_index = model.index_of_group(group.id)
    assert group_index.isValid() and model.rowCount(group_index) == 5
    labels = [model.index(r, 0, group_index).data() for r in range(5)]
    assert labels[0].startswith("1/5") and labels[4].startswith("5/5")
    assert workspace.location() == ("group", group.id)


def test_leaving_an_unsaveable_new_group_asks_first(qtbot, main_window, message_service):
    workspace = main_window.workspace
    workspace.new_group()
    editor = workspace.group_editor
    type_text(qtbot, editor.facilitator_edit, "Quelqu'un")  # dirty, but no name
    message_service.answers.append(False)
    workspace.show_home()
    assert message_service.kinds() == ["question"]
    assert workspace.stack.currentWidget() is editor
    assert editor.facilitator_edit.text() == "Quelqu'un"
    message_service.answers.append(True)
    workspace.show_home()
    assert workspace.location() == ("home", None)


def test_switching_away_saves_a_pending_group_edit(qtbot, main_window):
    workspace = main_window.workspace
    workspace.show_group(main_window.ids["group"])
    editor = workspace.group_editor
    editor.place_edit.clear()
    type_text(qtbot, editor.place_edit, "Salle Condorcet")
    assert editor.is_dirty()
    workspace.show_session(main_window.ids["held"])
    assert main_window.store.groups.get(main_window.ids["group"]).place == "Salle Condorcet"


def test_new_session_opens_the_planned_meeting_or_adds_one_dated_today(qtbot, main_window):
    """« Nouvelle séance » (Ctrl+N): the group's planned meeting nearest to today is
    opened, nothing added, and its page says so (it added « Séance 7 », a cadence
    after the plan's last, while meeting 4 was there to be written in); with every
    meeting held, a session dated today is added (see the guide)."""
    workspace, store = main_window.workspace, main_window.store
    group_id = main_window.ids["group"]
    workspace.show_session(main_window.ids["held"])
    before = store.sessions.list_by_group(group_id)
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert store.sessions.list_by_group(group_id) == before  # nothing added
    assert workspace.location() == ("session", main_window.ids["next"])
    assert workspace.sidebar.tree.currentIndex().data(ID_ROLE) == main_window.ids["next"]
    note = workspace.session_editor.header.planned_note  # said on the page, with the way
    assert note.isVisible() and "already planned" in note.label.text(), note.label.text()
    extras = _extra_sessions(qtbot, main_window, note)
    before = store.sessions.list_by_group(group_id)
    for session in before:  # every meeting held: Ctrl+N adds one, dated today
        session.status = SessionStatus.HELD
        store.sessions.update(session)
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    after = store.sessions.list_by_group(group_id)
    assert len(after) == len(before) + 1
    new = max(after, key=lambda s: s.id)
    # in its place in time (fresh8's G21): after the three held and the two extra ones
    # of today, the three planned later moved up one
    assert (new.number, new.date, new.status) == (6, date.today(), SessionStatus.PLANNED)
    assert workspace.location() == ("session", new.id)
    index = workspace.sidebar.tree.currentIndex()
    assert index.data(ID_ROLE) == new.id
    assert index.data().startswith("6")
    assert sorted(s.number for s in after) == list(range(1, 10))  # no number twice
    assert extras == [4, 5]  # after the three held meetings, before the planned ones


def _extra_sessions(qtbot, main_window, note) -> list[int]:
    """With planned meetings left, « Nouvelle séance » cannot add an extra meeting (it
    opens the nearest planned one, 7894407): its page's note offers « Ajouter une séance
    en plus », and so does Édition; each adds one dated today and opens it."""
    workspace, store = main_window.workspace, main_window.store
    group_id = main_window.ids["group"]
    numbers = []
    for trigger in (lambda: qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton),
                    main_window.actions["extra_session"].trigger):
        count = len(store.sessions.list_by_group(group_id))
        trigger()
        added = store.sessions.list_by_group(group_id)
        assert len(added) == count + 1
        new = max(added, key=lambda s: s.id)
        assert (new.date, new.status) == (date.today(), SessionStatus.PLANNED)
        assert workspace.location() == ("session", new.id)
        assert not workspace.session_editor.header.planned_note.isVisible()
        numbers.append(new.number)
    assert main_window.actions["extra_session"] in main_window.menus["edit"].actions()
    return numbers


def test_find_shortcut_focuses_the_search_field(qtbot, main_window):
    received = []
    main_window.searchRequested.connect(received.append)
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.search_field.hasFocus()
    type_text(qtbot, main_window.search_field, "délégation")
    qtbot.keyClick(main_window.search_field, Qt.Key.Key_Return)
    assert received == ["délégation"]


def test_menus_show_the_shortcuts(main_window):
    shortcuts = {name: main_window.actions[name].shortcut().toString()
                 for name in ("new_session", "find", "lock", "booklet", "quit")}
    assert shortcuts == {"new_session": "Ctrl+N", "find": "Ctrl+F", "lock": "Ctrl+L",
                         "booklet": "Ctrl+P", "quit": "Ctrl+Q"}
    in_menus = {a for menu in main_window.menus.values() for a in menu.actions()}
    assert all(main_window.actions[name] in in_menus for name in shortcuts)
    assert set(main_window.menus) == {"file", "edit", "view", "help"}


def test_booklet_hook_calls_the_dialog_module(main_window, monkeypatch):
    import sys
    import types

    called = []
    module = types.ModuleType("carnet.ui.booklet_dialog")
    module.open_booklet = called.append
    monkeypatch.setitem(sys.modules, "carnet.ui.booklet_dialog", module)
    main_window.open_booklet()
    assert called == [main_window]


class _LabelView(QLabel):
    """The smallest view: refresh, flush and clear (carnet.ui.workspace.JournalView)."""

    def refresh(self) -> None:
        self.refreshed = True

    def flush(self) -> None:
        """Nothing to save."""

    def clear(self) -> None:
        self.setText("")


def test_registered_views_are_built_on_use_and_dropped_on_lock(qtbot, main_window, passphrase):
    built = []

    def factory(store, workspace):
        view = _LabelView(f"vue {MARKER}")
        built.append(view)
        return view

    main_window.register_view("extra", factory)
    assert built == []
    view = main_window.show_view("extra")
    assert built == [view]
    assert main_window.workspace.location() == ("extra", None)
    main_window.lock()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    unlock_through_ui(qtbot, main_window, passphrase)
    assert main_window.workspace.location() == ("extra", None)
    assert len(built) == 2 and built[1].refreshed


def test_a_view_without_refresh_flush_and_clear_is_refused(qtbot, main_window):
    """A view the workspace could not save or empty at lock is an error, said at once."""
    built = []

    def factory(store, workspace):
        built.append(QLabel(f"vue {MARKER}"))
        return built[-1]

    main_window.register_view("plain", factory)
    with pytest.raises(TypeError, match="plain"):
        main_window.workspace.view("plain")
    qtbot.waitUntil(lambda: not shiboken6.isValid(built[0]))  # not left holding its text


def test_save_indicator_follows_the_editors(main_window, message_service):
    workspace = main_window.workspace
    workspace.saveStateChanged.emit("saving")
    assert "Saving" in main_window.save_label.text()
    workspace.saveStateChanged.emit("saved")
    assert "Saved" in main_window.save_label.text()
    workspace.errorOccurred.emit("The disk is full")
    workspace.errorOccurred.emit("The disk is full")
    assert "Not saved" in main_window.save_label.text()
    assert message_service.kinds() == ["error"]  # once, not once per attempt


# -- lock ----------------------------------------------------------------------------------------------

def test_lock_forgets_every_text_and_closes_the_store(qtbot, main_window, passphrase):
    workspace = main_window.workspace
    # Visit everything that shows content: the group editor, then a session.
    workspace.show_group(main_window.ids["group"])
    workspace.show_session(main_window.ids["held"])
    main_window.search_field.setText(MARKER)
    assert any(MARKER in text for text in visible_texts())
    store = main_window.store

    with qtbot.waitSignal(workspace.destroyed, timeout=5_000):
        qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert main_window.store is None and main_window.workspace is None
    assert main_window.pages.currentWidget() is main_window.unlock
    leaks = [text for text in visible_texts() if MARKER in text]
    assert leaks == []
    with pytest.raises(sqlcipher3.ProgrammingError):
        store.conn.execute("SELECT 1")
    assert not main_window.actions["new_session"].isEnabled()
    assert not main_window.search_field.isEnabled()

    # Unlocking comes back to the same session.
    unlock_through_ui(qtbot, main_window, passphrase)
    assert main_window.workspace.location() == ("session", main_window.ids["held"])
    assert main_window.workspace.sidebar.tree.currentIndex().data(ID_ROLE) == (
        main_window.ids["held"])


def test_lock_menu_action_and_idle_lock(qtbot, main_window, passphrase):
    with qtbot.waitSignal(main_window.journalLocked):
        main_window.actions["lock"].trigger()
    assert not main_window.is_unlocked
    unlock_through_ui(qtbot, main_window, passphrase)
    assert main_window.idle.active  # autolock armed (10 minutes by default)
    with qtbot.waitSignal(main_window.journalLocked):
        main_window.idle.idle.emit()
    assert not main_window.idle.active


def test_closing_flushes_and_closes_the_store(qtbot, main_window, journal_path, passphrase):
    workspace = main_window.workspace
    workspace.show_group(main_window.ids["group"])
    editor = workspace.group_editor
    editor.place_edit.setText("Salle Hypatie")
    editor.place_edit.textEdited.emit("Salle Hypatie")
    store = main_window.store
    main_window.close()
    with pytest.raises(sqlcipher3.ProgrammingError):
        store.conn.execute("SELECT 1")
    reopened = JournalStore.open(journal_path, passphrase)
    try:
        assert reopened.groups.get(main_window.ids["group"]).place == "Salle Hypatie"
    finally:
        reopened.close()


def test_settings_hold_no_content_and_no_passphrase(qtbot, main_window, settings, passphrase):
    main_window.workspace.show_session(main_window.ids["held"])
    main_window.lock()
    main_window.close()
    with open(settings.file_name, encoding="utf-8") as handle:
        text = handle.read()
    assert MARKER not in text
    assert passphrase not in text
    assert "journal.carnet" in text  # the path only
    from carnet.ui.settings import Settings

    stored = set(settings.qsettings.allKeys())
    assert stored <= set(Settings.keys())


def test_closing_writes_a_backup_and_the_first_unlock_of_the_day_too(
    qtbot, main_window, passphrase
):
    from carnet import paths

    main_window.tasks.wait()
    qtbot.waitUntil(lambda: not main_window.tasks.busy)
    folder = paths.backups_dir()
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 1 and names[0].endswith("-daily.carnet")
    main_window.close()
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 2 and any(n.endswith("-close.carnet") for n in names)
    # Each backup is an encrypted journal that opens with the same passphrase.
    for name in names:
        JournalStore.open(folder / name, passphrase).close()


def test_language_menu_remembers_the_choice(main_window, settings, message_service):
    french = next(a for a in main_window.language_menu.actions() if a.data() == "fr")
    french.trigger()
    assert settings.language == "fr"
    assert message_service.kinds() == ["information"]


def test_sidebar_context_menu_adds_a_session_to_that_group(qtbot, main_window):
    sidebar = main_window.workspace.sidebar
    index = sidebar.model.index_of_group(main_window.ids["group"])
    actions = sidebar.context_actions(index)
    before = len(main_window.store.sessions.list_by_group(main_window.ids["group"]))
    actions[0].trigger()  # the group's planned meeting is opened (see the test above)
    assert len(main_window.store.sessions.list_by_group(main_window.ids["group"])) == before
    assert main_window.workspace.location() == ("session", main_window.ids["next"])
    actions[1].trigger()  # « Ajouter une séance en plus à ce groupe »: one added
    added = main_window.store.sessions.list_by_group(main_window.ids["group"])
    assert len(added) == before + 1
    assert main_window.workspace.location() == ("session", max(s.id for s in added))
    actions[2].trigger()
    assert main_window.workspace.location() == ("group", main_window.ids["group"])


def test_window_geometry_is_remembered(qtbot, make_window, settings):
    window = make_window()
    window.show()
    window.resize(700, 500)
    window.close()
    from carnet.ui.settings import Settings

    assert Settings().window_geometry
    from carnet.ui.main_window import MainWindow

    again = MainWindow(Settings())  # not through make_window, which sets a size
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    again.close()


def test_home_widgets_are_built_at_each_unlock(qtbot, main_window, passphrase):
    built = []

    class Banner(QLabel):
        refreshed = 0

        def refresh(self):
            self.refreshed += 1

    def factory(store, workspace):
        banner = Banner("bannière")
        built.append(banner)
        return banner

    main_window.register_home_widget(factory, replaces_reminder=True)
    main_window.lock()
    unlock_through_ui(qtbot, main_window, passphrase)
    home = main_window.workspace.home
    assert len(built) == 1 and built[0].refreshed >= 1
    assert built[0].isAncestorOf(home) is False and home.isAncestorOf(built[0])
    assert not home.builtin_reminder and home.reminder.isHidden()


def test_lock_forgets_the_text_of_every_installed_view(qtbot, make_window, seeded_journal,
                                                        passphrase):
    """With every extension installed and each registered view visited once."""
    path, ids = seeded_journal
    window = make_window()
    window.install_extensions()
    window.show()
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    workspace = window.workspace
    workspace.show_group(ids["group"])
    workspace.show_session(ids["held"])
    for key in list(window._views):
        window.show_view(key)
    assert any(MARKER in text for text in visible_texts())
    with qtbot.waitSignal(workspace.destroyed, timeout=5_000):
        window.lock()
    assert [text for text in visible_texts() if MARKER in text] == []
