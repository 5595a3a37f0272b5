"""A member row with names to mask but no pseudonym yet is never lost.

Found by a fresh-eyes review in a real window (French UI): on a group's page,
« Ajouter un membre », Tab, « Jean Secret » typed under « Noms à masquer », then
Ctrl+L. A message said the change « reste à l'écran », then the journal locked and
the row was gone: the name the booklet must mask was dropped. Closing the window did
the same. The names' initials now stand in for the missing pseudonym, shown in the
cell, at lock, at close and on « Enregistrer » alike.
"""

from __future__ import annotations

from ui_helpers import unlock_through_ui

from carnet.store import JournalStore


def _group_page(window):
    window.workspace.show_group(window.ids["group"])
    return window.workspace.group_editor


def _members(store, group_id) -> dict[str, list[str]]:
    return {m.pseudonym: m.masked_names for m in store.members.list_by_group(group_id)}


def _type_masked_only(editor, text: str = "Jean Secret") -> int:
    row = editor.add_member_row()  # « Ajouter un membre »: the pseudonym cell opens
    editor.members_table.item(row, 1).setText(text)
    return row


def test_control_a_complete_row_is_saved_by_the_lock(qtbot, unlocked, passphrase):
    window = unlocked()
    editor = _group_page(window)
    editor.add_member_row("J.S.", "Jean Secret")
    editor._changed()
    window.lock()
    unlock_through_ui(qtbot, window, passphrase)
    assert _members(window.store, window.ids["group"])["J.S."] == ["Jean Secret"]


def test_names_typed_before_the_pseudonym_survive_the_lock(
        qtbot, unlocked, passphrase, message_service):
    window = unlocked()
    editor = _group_page(window)
    _type_masked_only(editor)
    window.lock()
    assert window.store is None  # the lock is never held back
    assert not message_service.shown, "nothing went wrong: no « stays on screen » message"
    unlock_through_ui(qtbot, window, passphrase)
    assert _members(window.store, window.ids["group"])["J. S."] == ["Jean Secret"]


def test_names_typed_before_the_pseudonym_survive_closing_the_window(
        qtbot, unlocked, journal_path, passphrase):
    window = unlocked()
    group_id = window.ids["group"]
    _type_masked_only(_group_page(window), "Élodie Dupré, Lola")
    window.close()
    assert window.store is None
    store = JournalStore.open(journal_path, passphrase)
    try:
        assert _members(store, group_id)["É. D."] == ["Élodie Dupré", "Lola"]
    finally:
        store.close()


def test_save_shows_the_initials_given(qtbot, unlocked):
    window = unlocked()
    editor = _group_page(window)
    _type_masked_only(editor, " Marie-Claire Dupont ")
    assert editor.save() is not None
    shown = {editor.members_table.item(r, 0).text(): editor.members_table.item(r, 1).text()
             for r in range(editor.members_table.rowCount())}
    assert shown.get("M.-C. D.") == "Marie-Claire Dupont"
    # a row left wholly empty is still no member
    editor.add_member_row()
    assert editor.save() is not None
    assert "" not in _members(window.store, window.ids["group"])
