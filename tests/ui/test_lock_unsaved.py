"""A change the journal refused to save is never lost silently by a quit or a lock.

The journal refuses every write (``PRAGMA query_only``, as a read-only USB key or a
full disk would); the text stays on screen, and the person was told so. Then:

* quitting asks « Rester » / « Quitter sans l’enregistrer »; staying keeps it all;
* the lock the person asks for (Ctrl+L) asks « Rester » / « Verrouiller sans
  l’enregistrer »;
* the automatic lock (idle time, screen lock) asks nothing, keeps the text sealed
  (ciphertext only: the text is in no live object), puts it back at the next unlock
  of the same journal and saves it; another key never opens it.

Each has its control: when writes are allowed, no question, and the quit and the
lock go as before.
"""

from __future__ import annotations

import secrets

import pytest
import shiboken6
from PySide6.QtCore import Qt
from test_memory import python_holders, qt_holders, settle
from ui_helpers import type_text, unlock_through_ui

from carnet.store import JournalStore


class _Unsaved:
    """``carnet.ui.unsaved``, imported when a test uses it (each test then runs, and
    fails on what it checks, against a tree without that module)."""

    def __getattr__(self, name):
        from carnet.ui import unsaved as module

        return getattr(module, name)


unsaved = _Unsaved()


def _marker() -> str:
    return "Perséphone" + secrets.token_hex(4)  # built at run time: only the app holds it


def _refuse_writes(window, refuse: bool = True) -> None:
    with window.store.db.lock:
        window.store.conn.execute(f"PRAGMA query_only = {'ON' if refuse else 'OFF'}")


def _type_in_a_step(qtbot, window, text: str, step: str = "synthese"):
    window.workspace.show_session(window.ids["held"])
    editor = window.workspace.session_editor
    field = editor.sections[step].body.editor
    field.setFocus()
    type_text(qtbot, field, text)
    editor.flush()
    return editor, field


def _choices(service) -> list[tuple[str, str, str]]:
    return [shown for shown in service.shown if shown[0] == "choose"]


def _stored_note(path, passphrase, session_id, step="synthese") -> str | None:
    store = JournalStore.open(path, passphrase)
    try:
        note = store.notes.get(session_id, step)
        return note.text if note else None
    finally:
        store.close()


# -- quitting ------------------------------------------------------------------------------------

def test_quitting_with_a_refused_change_asks_and_staying_keeps_it(
        qtbot, unlocked, message_service, journal_path, passphrase):
    window = unlocked()
    marker = _marker()
    _refuse_writes(window)
    editor, field = _type_in_a_step(qtbot, window, f"Mon ressenti {marker}")
    assert "error" in message_service.kinds()  # told it stays on screen

    assert not window.close()  # « Rester » is the default answer
    question = _choices(message_service)
    assert len(question) == 1
    assert "could not be saved" in question[0][2] and "read-only" in question[0][2]
    assert "If you quit now, it will be lost." in question[0][2]
    assert marker not in question[0][2]  # the reason, never the text
    assert message_service.buttons[-1] == ["Stay", "Quit without saving it"]
    assert window.isVisible() and window.store is not None
    assert shiboken6.isValid(field) and field.toPlainText() == f"Mon ressenti {marker}"
    assert window.workspace.current_session_id == window.ids["held"]

    # Writes allowed again: the next save clears the state, and the quit asks nothing.
    _refuse_writes(window, False)
    type_text(qtbot, field, ".")
    assert editor.flush()
    assert window.close()
    assert len(_choices(message_service)) == 1
    assert _stored_note(journal_path, passphrase, window.ids["held"]) == f"Mon ressenti {marker}."


def test_quitting_without_saving_loses_only_what_the_person_chose_to_lose(
        qtbot, unlocked, message_service, journal_path, passphrase):
    window = unlocked()
    _refuse_writes(window)
    _type_in_a_step(qtbot, window, "à abandonner")
    message_service.choices.append(1)  # « Quitter sans l’enregistrer »
    assert window.close()
    assert len(_choices(message_service)) == 1
    assert window.store is None
    assert _stored_note(journal_path, passphrase, window.ids["held"]) is None


def test_control_quitting_with_everything_saved_asks_nothing(
        qtbot, unlocked, message_service, journal_path, passphrase):
    window = unlocked()
    _type_in_a_step(qtbot, window, "enregistré")
    assert window.close()
    assert _choices(message_service) == []
    assert _stored_note(journal_path, passphrase, window.ids["held"]) == "enregistré"


# -- the lock the person asks for ------------------------------------------------------------------

def test_ctrl_l_with_a_refused_change_asks_first(qtbot, unlocked, message_service):
    window = unlocked()
    _refuse_writes(window)
    _editor, field = _type_in_a_step(qtbot, window, "gardé à l’écran")
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    question = _choices(message_service)
    assert len(question) == 1 and "If you lock now, it will be lost." in question[0][2]
    assert message_service.buttons[-1] == ["Stay", "Lock without saving it"]
    assert window.store is not None and field.toPlainText() == "gardé à l’écran"

    message_service.choices.append(1)  # « Verrouiller sans l’enregistrer »
    window.actions["lock"].trigger()  # the menu's and the toolbar's action
    assert window.store is None
    assert window.sealed is None  # lost, as the person chose: nothing kept
    assert not window.unlock.waiting_label.isVisibleTo(window.unlock)


def test_control_ctrl_l_with_everything_saved_locks_at_once(qtbot, unlocked, message_service):
    window = unlocked()
    _editor, field = _type_in_a_step(qtbot, window, "rien à perdre")
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.store is None
    assert _choices(message_service) == [] and window.sealed is None


# -- the group form ----------------------------------------------------------------------------------

def test_a_group_the_journal_refuses_is_named_at_the_quit(qtbot, unlocked, message_service):
    window = unlocked()
    workspace = window.workspace
    workspace.show_group(window.ids["group"])
    _refuse_writes(window)
    place = workspace.group_editor.place_edit
    place.setFocus()
    place.selectAll()
    type_text(qtbot, place, "Salle refusée")
    reasons = workspace.flush()
    assert [unsaved.reason_words(reason) for reason in reasons] == [
        "the journal file is read-only"]
    assert not window.close()
    assert len(_choices(message_service)) == 1
    assert workspace.group_editor.place_edit.text() == "Salle refusée"
    _refuse_writes(window, False)
    assert workspace.flush() == []  # saved now: the control
    assert window.close()
    assert len(_choices(message_service)) == 1


# -- Préparer ------------------------------------------------------------------------------------------

def test_a_review_the_journal_refuses_is_named_at_the_lock(qtbot, unlocked, message_service):
    window = unlocked()
    view = window.show_view("prepare")
    qtbot.waitUntil(lambda: view.review.item is not None, timeout=10_000)
    _refuse_writes(window)
    view.review.note_edit.setFocus()
    type_text(qtbot, view.review.note_edit, "essai refusé")
    reasons = window.workspace.flush()
    assert reasons, "Préparer's refused review must be reported"
    window.request_lock()
    assert window.store is not None and len(_choices(message_service)) == 1
    assert view.review.note_edit.toPlainText() == "essai refusé"
    _refuse_writes(window, False)
    window.request_lock()  # saved now: locks without a question
    assert window.store is None and len(_choices(message_service)) == 1


# -- the automatic lock ------------------------------------------------------------------------------

@pytest.mark.parametrize("lock", ["idle", "screen"])
def test_the_automatic_lock_seals_the_refused_change_and_gives_it_back(
        qtbot, unlocked, message_service, journal_path, passphrase, lock):
    window = unlocked()
    marker = _marker()
    held = window.ids["held"]
    _refuse_writes(window)
    _editor, field = _type_in_a_step(qtbot, window, f"Ce que {marker} m’a confié")
    assert qt_holders(marker)  # the walk's control: on screen before the lock
    del field

    if lock == "idle":
        window._idle_lock()
    else:
        window._session_lock("screen locked")
    assert window.store is None
    assert _choices(message_service) == []  # the person is away: nothing asked
    assert window.sealed is not None and window.sealed.count == 1
    assert window.unlock.waiting_label.isVisibleTo(window.unlock)
    settle(qtbot)
    assert qt_holders(marker, undo=True) == {}
    assert python_holders(marker) == []
    assert marker.encode() not in window.sealed.ciphertext
    assert _stored_note(journal_path, passphrase, held) is None  # not saved, but kept

    unlock_through_ui(qtbot, window, passphrase)  # writes allowed again
    assert window.sealed is None
    editor = window.workspace.session_editor
    assert window.workspace.current_session_id == held
    assert editor.sections["synthese"].body.text() == f"Ce que {marker} m’a confié"
    told = [text for kind, _title, text in message_service.shown if kind == "information"]
    assert told and "put back on screen" in told[-1] and "It is saved now." in told[-1]
    assert marker not in told[-1]
    assert window.store.notes.get(held, "synthese").text == f"Ce que {marker} m’a confié"


def test_control_the_automatic_lock_with_everything_saved_seals_nothing(
        qtbot, unlocked, message_service, journal_path, passphrase):
    window = unlocked()
    _type_in_a_step(qtbot, window, "déjà enregistré")
    window._idle_lock()
    assert window.store is None and window.sealed is None
    assert not window.unlock.waiting_label.isVisibleTo(window.unlock)
    unlock_through_ui(qtbot, window, passphrase)
    assert [kind for kind in message_service.kinds() if kind in ("choose", "information")] == []


def test_a_sealed_change_still_refused_after_the_unlock_stays_on_screen(
        qtbot, unlocked, message_service, passphrase):
    window = unlocked()
    _refuse_writes(window)
    _type_in_a_step(qtbot, window, "toujours refusé")
    window._idle_lock()
    from carnet.store.journal_store import JournalStore as Store

    original = Store.purpose_key  # the unlock itself works; the journal then refuses

    def unlock_then_refuse(store, purpose):
        with store.db.lock:
            store.conn.execute("PRAGMA query_only = ON")
        return original(store, purpose)

    try:
        Store.purpose_key = unlock_then_refuse
        unlock_through_ui(qtbot, window, passphrase)
    finally:
        Store.purpose_key = original
    editor = window.workspace.session_editor
    assert editor.sections["synthese"].body.text() == "toujours refusé"
    told = [text for kind, _title, text in message_service.shown if kind == "information"]
    assert told and "still cannot be saved" in told[-1] and "stays on screen" in told[-1]
    _refuse_writes(window, False)
    assert window.workspace.flush() == []


def test_a_row_and_the_key_word_come_back_too(qtbot, unlocked, message_service, passphrase):
    window = unlocked()
    window.workspace.show_session(window.ids["held"])
    editor = window.workspace.session_editor
    editor.finish_build()
    from carnet.ui.session_editor.actions import ActionRow
    from carnet.ui.session_editor.keyword import KeywordBody

    row = editor.findChildren(ActionRow)[0]
    _refuse_writes(window)
    title = unsaved._text_fields(row)[0]
    title.setFocus()
    type_text(qtbot, title, " demain")
    keyword = editor.findChildren(KeywordBody)[0].edit
    keyword.setFocus()
    type_text(qtbot, keyword, "X")
    wanted_title, wanted_word = title.text(), keyword.text()
    assert not editor.flush()
    window._idle_lock()
    assert window.sealed is not None and window.sealed.count >= 2

    unlock_through_ui(qtbot, window, passphrase)
    editor = window.workspace.session_editor
    assert editor.findChildren(KeywordBody)[0].edit.text() == wanted_word
    row = editor.findChildren(ActionRow)[0]
    assert unsaved._text_fields(row)[0].text() == wanted_title
    assert window.store.keywords.get(window.ids["held"]).word == wanted_word


def test_quitting_while_a_sealed_change_waits_asks_first(qtbot, unlocked, message_service):
    window = unlocked()
    _refuse_writes(window)
    _type_in_a_step(qtbot, window, "en attente")
    window._idle_lock()
    assert not window.close()
    question = _choices(message_service)
    assert len(question) == 1 and "waiting for you to unlock" in question[0][2]
    assert window.isVisible() and window.sealed is not None
    message_service.choices.append(1)
    assert window.close()


# -- the seal itself ---------------------------------------------------------------------------------

def test_another_journal_or_a_changed_key_never_opens_the_seal(tmp_path, passphrase):
    first = JournalStore.create(tmp_path / "a.carnet", passphrase)
    other = JournalStore.create(tmp_path / "b.carnet", passphrase)
    try:
        edits = [unsaved.Edit(1, "note", "expose", 0, "texte scellé")]
        sealed = unsaved.seal(edits, first)
        assert b"texte" not in sealed.ciphertext
        assert unsaved.unseal(sealed, first) == edits  # the control: its own journal
        assert unsaved.unseal(sealed, other) is None  # same passphrase, another journal
        first.change_passphrase(passphrase, passphrase + " autre")
        assert unsaved.unseal(sealed, first) is None  # the key changed
        assert first.purpose_key("x") != first.purpose_key("y")
        tampered = unsaved.Sealed(sealed.key_id, sealed.nonce,
                                  sealed.ciphertext[:-1] + b"\0", 1)
        assert unsaved.unseal(tampered, other) is None
    finally:
        first.close()
        other.close()


def test_the_group_form_and_a_review_are_sealed_and_given_back(
        qtbot, unlocked, message_service, passphrase):
    window = unlocked()
    marker = _marker()
    workspace = window.workspace
    view = window.show_view("prepare")
    qtbot.waitUntil(lambda: view.review.item is not None, timeout=10_000)
    action_id = view.review.item.action.id
    _refuse_writes(window)
    view.review.note_edit.setFocus()
    type_text(qtbot, view.review.note_edit, f"essai {marker}")
    workspace.show_group(window.ids["group"])  # leaving Préparer tried to save it
    place = workspace.group_editor.place_edit
    place.setFocus()
    place.selectAll()
    type_text(qtbot, place, f"Salle {marker}")
    assert len(workspace.flush()) >= 1

    window._session_lock("sleep")
    assert window.store is None and window.sealed is not None
    assert _choices(message_service) == []
    settle(qtbot)
    assert qt_holders(marker, undo=True) == {}
    assert python_holders(marker) == []

    unlock_through_ui(qtbot, window, passphrase)
    assert window.store.groups.get(window.ids["group"]).place == f"Salle {marker}"
    notes = [review.note for review in window.store.reviews.list_by_action(action_id)]
    assert f"essai {marker}" in notes
    told = [text for kind, _title, text in message_service.shown if kind == "information"]
    assert told and "It is saved now." in told[-1]


def test_a_groups_members_and_objectives_are_sealed_and_given_back(
        qtbot, unlocked, message_service, passphrase):
    """A member and an objective added while the journal refuses writes were dropped at
    an automatic lock (only the form's text fields were sealed)."""
    from carnet.services.groups import read_group_form
    from carnet.ui.group_editor import ID_ROLE

    window = unlocked()
    marker = _marker()
    group_id = window.ids["group"]
    window.workspace.show_group(group_id)
    editor = window.workspace.group_editor
    before = read_group_form(window.store, group_id)
    _refuse_writes(window)
    editor.add_member_row(f"Alix {marker}", f"Alexandra {marker}")
    editor._append_objective(f"Déléguer {marker}")
    editor._objectives_changed()
    assert not editor.flush()
    window._idle_lock()
    assert window.sealed is not None
    settle(qtbot)
    assert python_holders(marker) == [] and qt_holders(marker, undo=True) == {}

    unlock_through_ui(qtbot, window, passphrase)
    after = read_group_form(window.store, group_id)
    members = {member.pseudonym: member for member in after.members}
    assert f"Alix {marker}" in members
    assert members[f"Alix {marker}"].masked_names == [f"Alexandra {marker}"]
    assert [title for _id, title in after.objectives] == (
        [title for _id, title in before.objectives] + [f"Déléguer {marker}"])
    # the members already there keep their ids (not removed and added again)
    assert {m.id for m in before.members} <= {m.id for m in after.members}
    editor = window.workspace.group_editor
    assert editor.members_table.item(0, 0).data(ID_ROLE) is not None


def test_a_learning_typed_in_the_new_line_comes_back_there(
        qtbot, unlocked, message_service, passphrase):
    window = unlocked()
    marker = _marker()
    held = window.ids["held"]
    window.workspace.show_session(held)
    editor = window.workspace.session_editor
    editor.finish_build()
    from carnet.ui.session_editor.learnings import LearningsBody

    _refuse_writes(window)
    line = editor.findChildren(LearningsBody)[0].list.add_edit
    line.setFocus()
    type_text(qtbot, line, f"Appris {marker}")
    assert not editor.flush()
    window._idle_lock()
    assert window.sealed is not None
    settle(qtbot)
    assert python_holders(marker) == [] and qt_holders(marker, undo=True) == {}

    unlock_through_ui(qtbot, window, passphrase)
    editor = window.workspace.session_editor
    assert editor.findChildren(LearningsBody)[0].list.add_edit.text() == f"Appris {marker}"
    assert f"Appris {marker}" in [item.text for item in
                                  window.store.learnings.list_by_session(held)]


def test_the_question_and_the_notice_speak_french(qtbot, unlocked, message_service, passphrase):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from words_in_french import french

    window = unlocked()
    _refuse_writes(window)
    _type_in_a_step(qtbot, window, "à garder")
    with french():
        assert not window.close()
        assert message_service.buttons[-1] == ["Rester", "Quitter sans l’enregistrer"]
        assert message_service.shown[-1][2] == (
            "Votre dernière modification n’a pas pu être enregistrée : le fichier du carnet "
            "est en lecture seule. Si vous quittez maintenant, elle sera perdue.")
        window.request_lock()
        assert message_service.buttons[-1] == ["Rester", "Verrouiller sans l’enregistrer"]
        assert "Si vous verrouillez maintenant" in message_service.shown[-1][2]
        window._idle_lock()
        unlock_through_ui(qtbot, window, passphrase)
        told = [text for kind, _title, text in message_service.shown if kind == "information"]
        assert told[-1] == ("Une modification qui n’avait pas pu être enregistrée avant le "
                            "verrouillage a été remise à l’écran. Elle est maintenant "
                            "enregistrée.")


def test_a_topic_edited_in_prepare_is_sealed_and_given_back(
        qtbot, unlocked, message_service, passphrase):
    window = unlocked()
    marker = _marker()
    view = window.show_view("prepare")
    view.tabs.setCurrentIndex(1)
    panel = view.topics
    topic_id = window.store.topics.list(group_id=window.ids["group"])[0].id
    assert panel.select_topic(topic_id)
    _refuse_writes(window)
    panel.draft_edit.setFocus()
    type_text(qtbot, panel.draft_edit, f" brouillon {marker}")
    wanted = panel.draft_edit.toPlainText()
    assert window.workspace.flush()  # refused, and said so

    window._idle_lock()
    assert window.sealed is not None
    settle(qtbot)
    assert python_holders(marker) == [] and qt_holders(marker, undo=True) == {}

    unlock_through_ui(qtbot, window, passphrase)
    panel = window.workspace.view("prepare").topics
    assert panel.topic is not None and panel.topic.id == topic_id
    assert panel.draft_edit.toPlainText() == wanted
    assert window.store.topics.get(topic_id).draft == wanted


def test_a_sealed_change_waits_for_its_journal_while_another_is_opened(
        qtbot, unlocked, message_service, journal_path, passphrase, tmp_path):
    """The trap: sealed at an automatic lock of journal A, then journal B opened from
    the unlock page — B's unlock dropped A's change. It waits for A, quitting names A,
    and A's unlock puts it back."""
    from ui_helpers import seed_journal

    window = unlocked()
    marker = _marker()
    held = window.ids["held"]
    _refuse_writes(window)
    _editor, field = _type_in_a_step(qtbot, window, f"Ce que {marker} m’a confié")
    del field
    window._idle_lock()
    assert window.sealed is not None  # control: sealed for A, shown as waiting
    assert window.unlock.waiting_label.isVisibleTo(window.unlock)

    other = tmp_path / "autre" / "autre.carnet"
    other.parent.mkdir()
    seed_journal(other, passphrase)
    told_before = len(message_service.shown)
    window.show_unlock(other)
    assert not window.unlock.waiting_label.isVisibleTo(window.unlock)  # not B's
    unlock_through_ui(qtbot, window, passphrase)
    assert window.store is not None and window.store.path == other
    assert message_service.shown[told_before:] == []  # nothing said lost, nor put back
    assert len(window.sealed_by_path) == 1  # still waiting for A

    assert not unsaved.may_leave(window, "quit")  # quitting names A, and « Rester »
    asked = _choices(message_service)[-1][2]
    assert journal_path.name in asked and "will be lost" in asked
    assert window.store is not None  # stayed

    window.show_unlock(journal_path)  # the person's own lock of B, then A
    assert window.unlock.waiting_label.isVisibleTo(window.unlock)
    unlock_through_ui(qtbot, window, passphrase)
    assert window.sealed_by_path == {}
    assert window.workspace.current_session_id == held
    assert window.store.notes.get(held, "synthese").text == f"Ce que {marker} m’a confié"
