"""« Préparer la prochaine séance », driven through its widgets on real encrypted journals."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from ui_helpers import type_text

from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Cadence,
    Group,
    Role,
    Session,
    SessionStatus,
    Topic,
    TopicStatus,
)
from carnet.services.calendar import IcsOptions
from carnet.store import JournalStore
from carnet.templates import load_templates
from carnet.ui.models.preparation import PreparationModel, Roles
from carnet.ui.prepare import install, reminder_message
from carnet.ui.prepare.backlog import SEPARATOR
from carnet.ui.prepare.reminder import ReminderBanner
from carnet.ui.prepare.view import ALL_GROUPS, PrepareView

TODAY = date(2026, 3, 9)
#: Set CARNET_SCREENSHOT=1 to (re)write docs/screenshots/prepare.png from the demo journal.
SCREENSHOT = os.environ.get("CARNET_SCREENSHOT")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="module")
def templates():
    return load_templates(user_dir=None)


class Journal:
    """A real journal that a test can close and open again (a new JournalStore)."""

    def __init__(self, path: Path, passphrase: str) -> None:
        self.path = path
        self.passphrase = passphrase
        self.store = JournalStore.create(path, passphrase, owner_name="Camille")
        self.ids: dict[str, int] = {}

    def reopen(self) -> JournalStore:
        self.store.close()
        self.store = JournalStore.open(self.path, self.passphrase)
        return self.store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


@pytest.fixture
def journal(tmp_path, passphrase):
    """A co-développement group: sessions 3 and 4 held, 5 in three days, 6 next month;
    one overdue action with a review, one due at session 5, one postponed later; an RPM
    group with its own next session; two topics."""
    j = Journal(tmp_path / "prepare.carnet", passphrase)
    store = j.store
    codev = store.groups.add(Group(name="Codév des cadres", template_id="codev",
                                   planned_sessions=6, cadence=Cadence()))
    s3 = store.sessions.add(Session(codev.id, 3, TODAY - timedelta(days=40), SessionStatus.HELD,
                                    Role.CONSULTANT))
    s4 = store.sessions.add(Session(codev.id, 4, TODAY - timedelta(days=12), SessionStatus.HELD,
                                    Role.CLIENT))
    s5 = store.sessions.add(Session(codev.id, 5, TODAY + timedelta(days=3)))
    s6 = store.sessions.add(Session(codev.id, 6, TODAY + timedelta(days=33)))
    late = store.actions.add(Action(s3.id, "Déléguer le planning à mon adjointe",
                                    due_date=TODAY - timedelta(days=12),
                                    status=ActionStatus.IN_PROGRESS))
    store.actions.review(ActionReview(late.id, TODAY - timedelta(days=20),
                                      note="Premier essai <b>timide</b> & prudent"))
    call = store.actions.add(Action(s4.id, "Appeler R.A. pour le point d'équipe",
                                    due_date=s5.date))
    later = store.actions.add(Action(s4.id, "Relire le protocole", due_date=s6.date,
                                     status=ActionStatus.POSTPONED))
    rpm = store.groups.add(Group(name="RPM — Cadres de santé", template_id="rpm"))
    r1 = store.sessions.add(Session(rpm.id, 1, TODAY - timedelta(days=20), SessionStatus.HELD))
    r2 = store.sessions.add(Session(rpm.id, 2, TODAY + timedelta(days=10)))
    rpm_action = store.actions.add(Action(r1.id, "Tenir un journal de bord", due_date=r2.date))
    case = store.topics.add(Topic(title="Un agent démotivé qui veut partir", group_id=codev.id,
                                  draft="Un agent à potentiel veut quitter le service.",
                                  priority=1))
    other = store.topics.add(Topic(title="Dire non à ma N+1", group_id=None,
                                   draft="On me propose un projet de plus."))
    j.ids = {"codev": codev.id, "s3": s3.id, "s4": s4.id, "s5": s5.id, "s6": s6.id,
             "late": late.id, "call": call.id, "later": later.id, "rpm": rpm.id, "r2": r2.id,
             "rpm_action": rpm_action.id, "case": case.id, "other": other.id}
    yield j
    j.close()


@pytest.fixture
def make_view(qtbot, templates):
    views: list[PrepareView] = []

    def make(store: JournalStore, today: date = TODAY) -> PrepareView:
        view = PrepareView(store, templates, lang="fr", today=lambda: today)
        qtbot.addWidget(view)
        view.resize(1100, 800)
        view.show()
        qtbot.waitExposed(view)
        with qtbot.waitSignal(view.reloaded):
            view.refresh()
        views.append(view)
        return view

    yield make
    for view in views:
        view.flush()
        view.close()


def click_action(qtbot, view: PrepareView, action_id: int) -> None:
    index = view.model.index_of_action(action_id)
    assert index.isValid(), f"action {action_id} is not listed"
    view.tree.scrollTo(index)
    rect = view.tree.visualRect(index)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.review.item is not None
                    and view.review.item.action.id == action_id)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# -- the model ---------------------------------------------------------------------------------
def test_model_passes_the_item_model_tester(qtbot, journal, make_view):
    view = make_view(journal.store)
    tester = QAbstractItemModelTester(
        view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert view.model.rowCount() >= 2
    view.select_group(None)  # reset under the tester's eyes
    view.select_group(journal.ids["codev"])
    view.model.clear()
    view.refresh()
    del tester


def test_model_tester_on_the_demo_across_groups(qtbot, store):
    from carnet.demo import build_demo
    from carnet.services.planning import prepare

    build_demo(store, today=TODAY)
    model = PreparationModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.load(prepare(store, TODAY), {g.id: g.name for g in store.groups.list()},
               show_group=True)
    assert model.action_indexes()
    for index in model.action_indexes():
        assert model.data(index, Roles.SUBTITLE)
        assert model.data(index, Qt.ItemDataRole.ToolTipRole)
    del tester


def test_topic_list_model_passes_the_tester(qtbot, journal, make_view):
    view = make_view(journal.store)
    view.tabs.setCurrentIndex(1)
    model = view.topics.model
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 2
    view.topics.new_edit.setText("Encore un sujet")
    view.topics.add_topic()
    assert model.rowCount() == 3
    view.select_group(None)
    del tester


def test_painting_never_loses_a_reference_to_none(qtbot, journal, make_view):
    """PySide6 6.12 drops a reference to None whenever an empty QVariant stored on the
    C++ side comes back to Python (``QListWidgetItem.data`` of an unset role…); enough of
    those and the interpreter aborts. Reloading and painting must not lose any."""
    import sys

    view = make_view(journal.store)
    view.tabs.setCurrentIndex(1)
    view.tabs.setCurrentIndex(0)
    before = sys.getrefcount(None)
    for _ in range(20):
        view.select_group(None)
        view.grab()
        view.tabs.setCurrentIndex(1)
        view.grab()
        view.tabs.setCurrentIndex(0)
        view.select_group(journal.ids["codev"])
        view.grab()
    assert sys.getrefcount(None) >= before - 50


def test_default_group_is_the_next_sessions_and_sections_follow_origins(journal, make_view):
    view = make_view(journal.store)
    assert view.group_combo.currentData() == journal.ids["codev"]
    titles = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert len(titles) == 3  # session 3, session 4, then "due after the next session"
    assert view.model.index(0, 0).data(Roles.SESSION_ID) == journal.ids["s3"]
    assert view.model.index(1, 0).data(Roles.SESSION_ID) == journal.ids["s4"]
    assert view.model.section_is_later(2)
    later = view.model.index_of_action(journal.ids["later"])
    assert later.parent().row() == 2
    assert later.data(Roles.CARRIED) is True  # postponed: carried over, with its badge
    assert ("Carried over", "warm") in view.delegate.badges(later)
    assert not view.model.index_of_action(journal.ids["rpm_action"]).isValid()
    assert view.tabs.tabText(0).endswith("(2)")
    assert "3" in view.countdown.text()


def test_overdue_action_stands_out(qtbot, journal, make_view):
    view = make_view(journal.store)
    index = view.model.index_of_action(journal.ids["late"])
    assert index.data(Roles.OVERDUE) is True
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert view.delegate.badges(index)[0][1] == "error"
    assert not view.model.index_of_action(journal.ids["call"]).data(Roles.OVERDUE)
    click_action(qtbot, view, journal.ids["late"])
    assert view.review.facts_label.property("late") == "true"
    assert "timide" in view.review.history.text()
    assert "<b>timide</b>" not in view.review.history.text()  # escaped, not bold
    assert "overdue" in view.next_counts.text()


# -- reviewing -----------------------------------------------------------------------------------
def test_review_through_the_view_survives_reopening(qtbot, journal, make_view):
    view = make_view(journal.store)
    action_id = journal.ids["call"]
    click_action(qtbot, view, action_id)
    assert not view.review.save_button.isEnabled()  # nothing to record yet
    click(qtbot, view.review.status_picker.buttons[ActionStatus.IN_PROGRESS])
    view.review.note_edit.setFocus()
    type_text(qtbot, view.review.note_edit, "J’ai appelé R.A. : « rendez-vous jeudi »")
    assert view.review.save_button.isEnabled()
    with qtbot.waitSignal(view.reloaded):
        click(qtbot, view.review.save_button)
    assert "saved" in view.feedback.text().lower()
    # the list and the panel show it at once
    assert view.review.item.action.id == action_id
    assert view.review.item.action.status is ActionStatus.IN_PROGRESS
    assert "rendez-vous jeudi" in view.review.history.text()
    assert view.review.note_edit.toPlainText() == ""

    # A second review: only a note, the status kept
    type_text(qtbot, view.review.note_edit, "Point fait")
    with qtbot.waitSignal(view.reloaded):
        qtbot.keyClick(view.review.note_edit, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    view.close()

    store = journal.reopen()
    reviews = store.reviews.list_by_action(action_id)
    assert [r.note for r in reviews] == ["J’ai appelé R.A. : « rendez-vous jeudi »",
                                         "Point fait"]
    assert [r.status for r in reviews] == [ActionStatus.IN_PROGRESS, None]
    assert all(r.date == TODAY for r in reviews)
    assert store.actions.get(action_id).status is ActionStatus.IN_PROGRESS
    # the earlier history of the other action is untouched
    assert len(store.reviews.list_by_action(journal.ids["late"])) == 1


def test_postponing_moves_the_action_to_its_new_date(qtbot, journal, make_view):
    view = make_view(journal.store)
    action_id = journal.ids["late"]
    click_action(qtbot, view, action_id)
    assert view.review.date_row.isHidden()
    click(qtbot, view.review.status_picker.buttons[ActionStatus.POSTPONED])
    assert view.review.date_row.isVisible()
    # the suggestion is the group's next session after the current horizon
    assert view.review.date_edit.date() == QDate(*(TODAY + timedelta(days=3)).timetuple()[:3])
    new_date = TODAY + timedelta(days=33)
    view.review.date_edit.setDate(QDate(new_date.year, new_date.month, new_date.day))
    type_text(qtbot, view.review.note_edit, "Pas le moment : réorganisation en cours")
    with qtbot.waitSignal(view.reloaded):
        click(qtbot, view.review.save_button)

    store = journal.store
    action = store.actions.get(action_id)
    assert action.status is ActionStatus.POSTPONED
    assert action.due_date == new_date
    last = store.reviews.list_by_action(action_id)[-1]
    assert (last.status, last.new_due_date) == (ActionStatus.POSTPONED, new_date)
    index = view.model.index_of_action(action_id)
    assert view.model.section_is_later(index.parent().row())  # due after the next session now
    assert index.data(Roles.CARRIED) is True
    assert not index.data(Roles.OVERDUE)


def test_done_with_an_outcome_closes_the_action(qtbot, journal, make_view):
    view = make_view(journal.store)
    action_id = journal.ids["late"]
    click_action(qtbot, view, action_id)
    assert view.review.outcome_edit.isHidden()
    click(qtbot, view.review.status_picker.buttons[ActionStatus.DONE])
    assert view.review.outcome_edit.isVisible()
    type_text(qtbot, view.review.note_edit, "Planning délégué")
    view.review.outcome_edit.setFocus()
    type_text(qtbot, view.review.outcome_edit, "Lâcher prise m’a libéré du temps")
    with qtbot.waitSignal(view.reloaded):
        click(qtbot, view.review.save_button)
    assert not view.model.index_of_action(action_id).isValid()
    assert "leaves the list" in view.feedback.text()
    assert view.review.item is not None and view.review.item.action.id != action_id
    action = journal.store.actions.get(action_id)
    assert action.status is ActionStatus.DONE
    assert action.outcome == "Lâcher prise m’a libéré du temps"
    assert [r.note for r in journal.store.reviews.list_by_action(action_id)] == [
        "Premier essai <b>timide</b> & prudent", "Planning délégué"]


def test_a_typed_note_is_saved_when_leaving(qtbot, journal, make_view):
    view = make_view(journal.store)
    click_action(qtbot, view, journal.ids["call"])
    type_text(qtbot, view.review.note_edit, "Noté en passant")
    click_action(qtbot, view, journal.ids["late"])  # moving on saves the note first
    notes = [r.note for r in journal.store.reviews.list_by_action(journal.ids["call"])]
    assert notes == ["Noté en passant"]
    type_text(qtbot, view.review.note_edit, "Avant de verrouiller")
    view.flush()
    assert journal.store.reviews.list_by_action(journal.ids["late"])[-1].note == (
        "Avant de verrouiller")


def test_all_groups_and_one_group(qtbot, journal, make_view):
    view = make_view(journal.store)
    combo = view.group_combo
    with qtbot.waitSignal(view.reloaded):
        combo.setCurrentIndex(combo.findData(ALL_GROUPS))
        combo.activated.emit(combo.currentIndex())
    assert view.group_id is None
    rpm_action = view.model.index_of_action(journal.ids["rpm_action"])
    assert rpm_action.isValid()  # due after the codev session: in the last section
    assert view.model.section_is_later(rpm_action.parent().row())
    assert "RPM — Cadres de santé" in view.model.data(rpm_action, Roles.SUBTITLE)
    assert "Codév des cadres" in view.model.index(0, 0).data()
    with qtbot.waitSignal(view.reloaded):
        view.select_group(journal.ids["rpm"])
    assert [view.model.item(i).action.id for i in view.model.action_indexes()] == [
        journal.ids["rpm_action"]]
    assert "10" in view.countdown.text()


def test_nothing_to_review_says_so(qtbot, store, make_view):
    group = store.groups.add(Group(name="Vide", template_id="codev"))
    store.sessions.add(Session(group.id, 1, TODAY + timedelta(days=1)))
    view = make_view(store)
    assert view.actions_stack.currentWidget() is view.actions_empty
    assert view.actions_empty.text()
    assert view.review.item is None


# -- topics ----------------------------------------------------------------------------------------
def test_bring_a_topic_to_a_session_prefills_its_expose(qtbot, journal, make_view):
    view = make_view(journal.store)
    view.tabs.setCurrentIndex(1)
    topics = view.topics
    assert topics.select_topic(journal.ids["case"])
    assert "Quelle est la situation" in topics.prompts_label.text()  # codev step-1, client
    combo = topics.session_combo
    combo.setCurrentIndex(combo.findData(journal.ids["s5"]))
    click(qtbot, topics.attach_button)
    qtbot.waitUntil(lambda: topics.feedback.text() != "")
    store = journal.store
    note = store.notes.get(journal.ids["s5"], "expose")
    assert note is not None and note.text == "Un agent à potentiel veut quitter le service."
    topic = store.topics.get(journal.ids["case"])
    assert (topic.status, topic.session_id) == (TopicStatus.SCHEDULED, journal.ids["s5"])
    # The person brings the case: a participant there becomes its client, and is told
    # (found by review: « Mon rôle : Consultant » stayed).
    assert store.sessions.get(journal.ids["s5"]).role is Role.CLIENT
    assert "client" in topics.feedback.text()

    # A second topic brought to the same session: appended under a separator, never replacing
    assert topics.select_topic(journal.ids["other"])
    topics.draft_edit.setFocus()
    topics.draft_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, topics.draft_edit, " Je n’ose pas refuser.")
    combo.setCurrentIndex(combo.findData(journal.ids["s5"]))
    click(qtbot, topics.attach_button)
    text = store.notes.get(journal.ids["s5"], "expose").text
    assert text == ("Un agent à potentiel veut quitter le service." + SEPARATOR
                    + "On me propose un projet de plus. Je n’ose pas refuser.")
    moved = store.topics.get(journal.ids["other"])
    assert moved.group_id == journal.ids["codev"]  # a topic of no group joins the session's
    # Bringing it again adds nothing twice
    click(qtbot, topics.attach_button)
    assert store.notes.get(journal.ids["s5"], "expose").text == text


def test_an_rpm_session_gets_the_draft_in_its_first_text_step(qtbot, journal, make_view,
                                                              templates):
    from carnet.templates import StepKind

    store = journal.store
    first_text = templates.get("rpm").steps_of_kind(StepKind.TEXT)[0].id
    store.notes.save(journal.ids["r2"], first_text, "Déjà écrit")
    view = make_view(store)
    view.select_group(journal.ids["rpm"])
    view.tabs.setCurrentIndex(1)
    assert view.topics.select_topic(journal.ids["other"])
    view.topics.session_combo.setCurrentIndex(
        view.topics.session_combo.findData(journal.ids["r2"]))
    click(qtbot, view.topics.attach_button)
    assert store.notes.get(journal.ids["r2"], first_text).text == (
        "Déjà écrit" + SEPARATOR + "On me propose un projet de plus.")


def test_topics_backlog_add_edit_priority_delete(qtbot, journal, make_view, message_service):
    view = make_view(journal.store)
    view.tabs.setCurrentIndex(1)
    topics = view.topics
    topics.new_edit.setFocus()
    type_text(qtbot, topics.new_edit, "Réguler un conflit entre deux agents")
    qtbot.keyClick(topics.new_edit, Qt.Key.Key_Return)
    assert "Réguler un conflit entre deux agents" in topics.topic_titles()
    added = topics.topic
    assert added is not None and added.group_id == journal.ids["codev"]
    type_text(qtbot, topics.draft_edit, "Deux agents ne se parlent plus.")
    topics.priority.setCurrentIndex(topics.priority.findData(1))
    topics.priority.activated.emit(topics.priority.currentIndex())
    qtbot.waitUntil(lambda: journal.store.topics.get(added.id).draft
                    == "Deux agents ne se parlent plus.", timeout=3000)
    assert journal.store.topics.get(added.id).priority == 1
    assert view.tabs.tabText(1).endswith("(3)")

    message_service.answers.append(True)
    click(qtbot, topics.delete_button)
    assert message_service.kinds()[-1] == "question"
    assert all(t.id != added.id for t in journal.store.topics.list())
    assert "Réguler un conflit entre deux agents" not in topics.topic_titles()


# -- sheet, calendar, reminder, install ---------------------------------------------------------------
def test_preparation_sheet_is_saved_where_chosen_and_opened(qtbot, journal, make_view,
                                                            message_service, tmp_path,
                                                            monkeypatch):
    from carnet.ui.prepare import sheet

    opened: list[Path] = []
    monkeypatch.setattr(sheet, "open_document", lambda path: opened.append(path) or True)
    view = make_view(journal.store)
    message_service.files.append(str(tmp_path / "ma-preparation"))
    message_service.answers.append(True)
    click(qtbot, view.sheet_button)
    out = tmp_path / "ma-preparation.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    assert opened == [out]
    assert message_service.kinds()[-2:] == ["save_file", "question"]
    assert "not encrypted" in message_service.shown[-1][2]

    # cancelled chooser: nothing written, nothing asked
    before = list(message_service.shown)
    click(qtbot, view.sheet_button)
    assert message_service.shown[len(before):] == [message_service.shown[-1]]
    assert message_service.kinds()[-1] == "save_file"


def test_calendar_dialog_warns_and_details_are_off_by_default(qtbot):
    from carnet.ui.prepare.calendar import CalendarExportDialog

    dialog = CalendarExportDialog()
    qtbot.addWidget(dialog)
    assert not dialog.details_box.isChecked()
    assert "not encrypted" in dialog.warning.text()
    assert dialog.options() == IcsOptions(include_details=False)
    dialog.details_box.click()
    assert dialog.options().include_details


def test_install_adds_the_view_and_menu_actions(qtbot, main_window, message_service,
                                                tmp_path, monkeypatch):
    from carnet.ui.prepare import calendar

    window = main_window
    actions = install(window)
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(actions["prepare"]))
                 if not a.shortcut().isEmpty()]
    assert shortcuts.count("Ctrl+R") == 1
    assert actions["prepare"] in window.menus["view"].actions()
    assert actions["calendar"] in window.menus["file"].actions()
    assert actions["prepare"] in window.toolbar.actions()

    actions["prepare"].trigger()
    view = window.workspace.stack.currentWidget()
    assert isinstance(view, PrepareView)
    assert view.group_id == window.ids["group"]
    assert view.model.action_indexes()
    action_id = view.review.item.action.id
    type_text(qtbot, view.review.note_edit, "Écrit puis parti ailleurs")
    window.go_home()  # leaving the view keeps what was typed
    assert window.store.reviews.list_by_action(action_id)[-1].note == "Écrit puis parti ailleurs"

    monkeypatch.setattr(calendar, "ask_options", lambda parent: IcsOptions())
    out = tmp_path / "agenda"
    message_service.files.append(str(out))
    actions["calendar"].trigger()
    data = (tmp_path / "agenda.ics").read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in data and "BEGIN:VALARM" in data
    assert "Déléguer" not in data  # issue 17: neutral text by default
    assert "Ma situation" not in data  # no note text leaves the journal
    monkeypatch.setattr(calendar, "ask_options",
                        lambda parent: IcsOptions(include_details=True))
    message_service.files.append(str(tmp_path / "details.ics"))
    actions["calendar"].trigger()
    data = (tmp_path / "details.ics").read_text(encoding="utf-8")
    assert "Déléguer" in data and "Ma situation" not in data
    assert message_service.kinds()[-1] == "information"

    window.lock()  # the view is destroyed with the workspace
    assert not actions["prepare"].isEnabled()


def test_reminder_banner(qtbot, journal):
    store = journal.store
    reminder = reminder_message(store, TODAY, within_days=3)
    assert reminder is not None
    assert reminder.open_actions == 2 and reminder.overdue == 1
    assert "Codév des cadres" in reminder.text and "2 open actions" in reminder.text
    assert reminder_message(store, TODAY, within_days=2) is None
    assert reminder_message(store, TODAY - timedelta(days=30), within_days=3) is None

    banner = ReminderBanner(store, within_days=3)
    qtbot.addWidget(banner)
    banner.show()
    assert banner.refresh(TODAY)
    assert banner.isVisible() and "1 overdue" in banner.text_label.text()
    with qtbot.waitSignal(banner.openRequested) as signal:
        click(qtbot, banner.button)
    assert signal.args == [journal.ids["codev"]]
    assert not banner.refresh(TODAY + timedelta(days=60))
    assert banner.isHidden()


def test_clear_forgets_the_content(qtbot, journal, make_view):
    view = make_view(journal.store)
    click_action(qtbot, view, journal.ids["late"])
    view.clear()
    assert view.model.rowCount() == 0
    assert view.review.history.text() == ""
    assert view.topics.draft_edit.toPlainText() == ""
    assert view.next_heading.text() == ""


# -- screenshot -----------------------------------------------------------------------------------------
def test_screenshot_with_the_demo_journal(qtbot, store, make_view, tmp_path):
    """Renders the view on the demo journal; CARNET_SCREENSHOT=1 keeps it in docs/."""
    from carnet.demo import build_demo
    from carnet.ui.style import apply_style

    app = QApplication.instance()
    previous = app.styleSheet()
    apply_style(app)
    try:
        today = date(2026, 11, 21)
        build_demo(store, today=today)
        view = make_view(store, today)
        view.resize(1000, 760)
        qtbot.waitUntil(lambda: view.tree.viewport().width() > 300)
        assert view.model.action_indexes()
        assert view.review.item is not None
        folder = DOCS if SCREENSHOT else tmp_path
        folder.mkdir(parents=True, exist_ok=True)
        assert view.grab().save(str(tmp_path / "one-group.png"))
        # Every group: origins of each group, overdue and carried-over actions, later ones
        view.select_group(None)
        later = [i for i in view.model.action_indexes() if view.model.data(i, Roles.CARRIED)]
        assert later, "the demo has carried-over actions"
        assert view.grab().save(str(folder / "prepare.png"))
        view.tabs.setCurrentIndex(1)
        assert view.topics.isVisible() and view.topics.topic is not None
        assert view.grab().save(str(folder / "prepare-topics.png"))
    finally:
        app.setStyleSheet(previous)


# -- a status chosen, then the person moves on -------------------------------------------------
def test_a_status_chosen_is_saved_and_said_when_the_person_moves_to_another_action(
        qtbot, journal, make_view):
    """« Faite » clicked, no note, then another action: the choice used to vanish (only a
    typed note was saved on moving on), or the action left the list without a word."""
    view = make_view(journal.store)
    late, call = journal.ids["late"], journal.ids["call"]
    click_action(qtbot, view, late)
    click(qtbot, view.review.status_picker.buttons[ActionStatus.DONE])
    with qtbot.waitSignal(view.reloaded):
        click_action(qtbot, view, call)
    assert journal.store.actions.get(late).status is ActionStatus.DONE
    assert not view.model.index_of_action(late).isValid()
    assert "Déléguer le planning" in view.feedback.text()
    assert "leaves the list" in view.feedback.text()
    assert view.review.item is not None and view.review.item.action.id == call
    # Control: an action only looked at is left as it was, and nothing is said.
    view.feedback.clear()
    rpm_like = journal.ids["later"]
    click_action(qtbot, view, rpm_like)
    qtbot.wait(50)
    assert journal.store.actions.get(call).status is ActionStatus.TODO
    assert view.feedback.text() == ""


def test_a_status_chosen_is_saved_when_the_view_is_left(qtbot, journal, make_view):
    """Leaving the view (another page, the lock, quitting) flushes it: a postponement
    chosen with its date, no note, is kept."""
    view = make_view(journal.store)
    call = journal.ids["call"]
    click_action(qtbot, view, call)
    click(qtbot, view.review.status_picker.buttons[ActionStatus.POSTPONED])
    new_date = TODAY + timedelta(days=45)
    view.review.date_edit.setDate(QDate(new_date.year, new_date.month, new_date.day))
    view.flush()
    action = journal.store.actions.get(call)
    assert (action.status, action.due_date) == (ActionStatus.POSTPONED, new_date)
    # Control: flushing again records nothing more.
    count = len(journal.store.reviews.list_by_action(call))
    view.flush()
    assert len(journal.store.reviews.list_by_action(call)) == count


def test_a_facilitator_bringing_a_topic_stays_the_facilitator(journal, templates):
    """Control of the role change: only a participant's or consultant's role becomes
    « client »; the facilitator of the session stays so."""
    from carnet.ui.prepare.backlog import attach_topic

    store = journal.store
    session = store.sessions.get(journal.ids["s6"])
    session.role = Role.FACILITATOR
    store.sessions.update(session)
    result = attach_topic(store, templates, store.topics.get(journal.ids["case"]),
                          store.sessions.get(journal.ids["s6"]))
    assert not result.now_client
    assert store.sessions.get(journal.ids["s6"]).role is Role.FACILITATOR
