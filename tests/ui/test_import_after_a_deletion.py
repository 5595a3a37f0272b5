"""Importing a JSON export after something it holds was deleted here.

Found by a fresh-eyes review (fresh6), finding 10: once anything was deleted in the
journal (a topic, an action…), importing a JSON export that still holds it — the other
computer's, or an older one of this journal — failed as a whole: « The last change
could not be saved (UNIQUE constraint failed: sync_dirty.uuid) », in English in the
French window, and nothing of the file was imported. The row the import adds takes the
file's identity (its uuid), which the deleted row's deletion mark, not yet sent to a
synced folder, still held. Now the row comes back under its identity (as it did once
the deletion had been captured by a sync) and the rest of the file is imported.

The reviewer's test is kept (control: the same file imports cleanly before the
deletion); the store-level tests add an action with its follow-up and a whole session.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from carnet.domain import ActionReview
from carnet.exchange import export_json, import_json
from carnet.ui import exchange_choices

CLICK = Qt.MouseButton.LeftButton


def _driver(qtbot, seen):
    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.import_button, CLICK)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def test_importing_an_export_after_deleting_a_topic(qtbot, main_window, message_service,
                                                    monkeypatch, tmp_path):
    store = main_window.store
    assert main_window.install_extensions(["carnet.ui.ext_exchange"])
    export = tmp_path / "autre-ordinateur.json"
    export_json(store, export)  # the export made on the other computer, last week
    monkeypatch.setattr(exchange_choices, "run_dialog", _driver(qtbot, []))

    message_service.files.append(str(export))
    main_window.exchange_actions.import_action.trigger()
    assert message_service.shown[-1][0] == "information"  # control: the same file is fine

    topic = store.topics.list()[0]
    store.topics.delete(topic.id)  # done with that topic, here
    message_service.files.append(str(export))
    main_window.exchange_actions.import_action.trigger()
    shown = [(kind, text) for kind, _title, text in message_service.shown[1:]
             if kind in ("error", "warning", "information")]
    assert shown and all(kind != "error" for kind, _ in shown), shown
    assert not any("UNIQUE" in text or "sync_dirty" in text for _, text in shown), shown
    # the file's topic is back (the import adds what the journal does not hold)
    assert [t.title for t in store.topics.list()] == [topic.title]


def test_an_action_and_a_session_deleted_come_back_whole_with_their_identity(
        main_window, tmp_path):
    store = main_window.store
    held = main_window.ids["held"]
    action = store.actions.list_by_session(held)[0]
    store.actions.review(ActionReview(action.id, date(2026, 11, 1), "Essayé une fois"))
    uuids = {"action": store.sync.uuid_of("actions", action.id),
             "session": store.sync.uuid_of("sessions", held)}
    export = tmp_path / "export.json"
    export_json(store, export)
    note = store.notes.get(held, "expose").text

    store.actions.delete(action.id)
    report = import_json(store, export)
    assert report.added["action"] == 1 and report.added["review"] == 1
    (back,) = store.actions.list_by_session(held)
    assert back.title == action.title
    assert [r.note for r in store.reviews.list_by_action(back.id)] == ["Essayé une fois"]
    assert store.sync.uuid_of("actions", back.id) == uuids["action"]

    session = store.sessions.get(held)
    store.sessions.delete(held)  # its notes, key word, actions go with it
    report = import_json(store, export)
    assert report.added["session"] == 1
    (again,) = [s for s in store.sessions.list() if s.number == session.number]
    assert store.notes.get(again.id, "expose").text == note
    assert store.sync.uuid_of("sessions", again.id) == uuids["session"]
    assert import_json(store, export).added == {}  # control: nothing added twice
