"""A session made by mistake can be removed; one with anything written in it, never.

A fresh-eyes review pressed Ctrl+N once too often: « Séance 7 » (« 7 / 6 ») was stored
at once, kept after leaving without writing, and nothing could remove it.
"""

from __future__ import annotations

from carnet.domain import Learning, SessionStatus


def _made(window) -> int:
    """Ctrl+N in a group whose planned meetings are all behind it: a session is added
    (with one still planned, « Nouvelle séance » opens it instead)."""
    store = window.store
    for session in store.sessions.list_by_group(window.ids["group"]):
        if session.status is SessionStatus.PLANNED:
            session.status = SessionStatus.MISSED
            store.sessions.update(session)
    before = {s.id for s in store.sessions.list_by_group(window.ids["group"])}
    made = window.workspace.new_session(window.ids["group"])
    assert made is not None and made not in before
    return made


def _remove_action(window, session_id):
    sidebar = window.workspace.sidebar
    index = sidebar.model.index_of_session(session_id)
    assert index.isValid()
    [action] = [a for a in sidebar.context_actions(index)
                if a.text() == "Remove this session…"]
    return action


def test_a_session_made_by_mistake_is_removed_after_a_question(
        qtbot, unlocked, message_service):
    window = unlocked()
    store = window.store
    made = _made(window)  # Ctrl+N: shown at once
    assert window.workspace.current_session_id == made

    message_service.answers.append(False)  # control: « No » keeps it
    _remove_action(window, made).trigger()
    assert store.sessions.get(made)

    message_service.answers.append(True)
    _remove_action(window, made).trigger()
    assert made not in {s.id for s in store.sessions.list_by_group(window.ids["group"])}
    assert not window.workspace.sidebar.model.index_of_session(made).isValid()
    assert window.workspace.current_session_id is None  # back Home
    assert store.sessions.get(window.ids["held"])  # the others untouched


def test_a_session_with_anything_written_is_never_removed(qtbot, unlocked, message_service):
    window = unlocked()
    held = window.ids["held"]  # seeded with a note, an action, a key word
    _remove_action(window, held).trigger()
    kind, title, text = message_service.shown[-1]
    assert kind == "information" and "cannot be removed" in title and "Missed" in text
    assert window.store.sessions.get(held)


def test_a_session_written_in_after_it_was_made_is_kept(qtbot, unlocked, message_service):
    """A learning written in the new session (here straight into the journal, as a sync
    would bring it): the session is not empty any more, and the removal is refused
    without a question."""
    window = unlocked()
    made = _made(window)
    window.store.learnings.add(Learning(session_id=made, text="Écrit à l’instant"))
    _remove_action(window, made).trigger()
    assert message_service.shown[-1][0] == "information"
    assert [item.text for item in window.store.learnings.list_by_session(made)] == [
        "Écrit à l’instant"]


def test_a_group_row_offers_no_session_removal(qtbot, unlocked):
    window = unlocked()
    sidebar = window.workspace.sidebar
    texts = [a.text() for a in sidebar.context_actions(
        sidebar.model.index_of_group(window.ids["group"]))]
    assert "Edit the group" in texts and "Remove this session…" not in texts


def test_a_session_with_typed_themes_is_not_said_empty(qtbot, unlocked, message_service):
    """Found by a fresh-eyes review: « Rien n'y est écrit » of a session whose themes
    were typed, and « Oui » removed them with it. Themes are words the person wrote
    (the next meeting's subject); the title alone already counted."""
    from PySide6.QtCore import Qt
    from ui_helpers import type_text

    window = unlocked()
    store = window.store
    made = _made(window)
    editor = window.workspace.session_editor
    themes = editor.header.themes
    qtbot.mouseClick(themes, Qt.MouseButton.LeftButton)
    type_text(qtbot, themes, "conflit, télétravail")
    editor.flush()
    assert store.sessions.get(made).themes == ["conflit", "télétravail"]  # saved
    message_service.answers.append(True)
    _remove_action(window, made).trigger()
    kind, title, _text = message_service.shown[-1]
    assert kind == "information" and "cannot be removed" in title
    assert store.sessions.get(made).themes == ["conflit", "télétravail"]


# -- a removed session stays removed (review 3, tests/review3/test_removed_session_comes_back.py):
# saving the group re-planned every number up to « Séances prévues », so the session
# removed came back, empty, at the group's next save (a place, an objective, archiving).


def _save_group_page(qtbot, window, group_id, change) -> None:
    from PySide6.QtCore import Qt

    window.workspace.show_group(group_id)
    editor = window.workspace.group_editor
    change(editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def _numbers(store, group_id) -> list[int]:
    return sorted(s.number for s in store.sessions.list_by_group(group_id))


def test_a_removed_last_session_stays_removed_after_the_group_is_saved(qtbot, unlocked,
                                                                       message_service):
    from PySide6.QtCore import Qt
    from ui_helpers import type_text

    window = unlocked()
    store, group_id = window.store, window.ids["group"]
    sessions = store.sessions.list_by_group(group_id)
    last = max(sessions, key=lambda s: s.number)
    assert len(sessions) == 6 and last.number == 6

    message_service.answers.append(True)
    _remove_action(window, last.id).trigger()
    assert _numbers(store, group_id) == [1, 2, 3, 4, 5]
    assert store.groups.get(group_id).planned_sessions == 5  # the cycle ends at 5: « 5/5 »

    def place(editor):
        qtbot.mouseClick(editor.place_edit, Qt.MouseButton.LeftButton)
        type_text(qtbot, editor.place_edit, " — salle B")

    _save_group_page(qtbot, window, group_id, place)
    assert store.groups.get(group_id).place.endswith("salle B")  # control: saved
    assert _numbers(store, group_id) == [1, 2, 3, 4, 5], "the removed session came back"

    # control: « Séances prévues » raised on purpose plans a sixth session again
    _save_group_page(qtbot, window, group_id, lambda editor: editor.count_spin.setValue(6))
    assert _numbers(store, group_id) == [1, 2, 3, 4, 5, 6]


def test_a_session_removed_within_the_plan_stays_removed(qtbot, unlocked, message_service):
    window = unlocked()
    store, group_id = window.store, window.ids["group"]
    fifth = next(s for s in store.sessions.list_by_group(group_id) if s.number == 5)
    message_service.answers.append(True)
    _remove_action(window, fifth.id).trigger()
    assert _numbers(store, group_id) == [1, 2, 3, 4, 6]
    assert store.groups.get(group_id).planned_sessions == 6  # « 6/6 » is still the last

    def objective(editor):
        editor.add_objective_button.click()
        editor.objectives_list.closePersistentEditor(editor.objectives_list.currentItem())

    _save_group_page(qtbot, window, group_id, objective)
    assert len(store.objectives.list_by_group(group_id)) == 1  # control: saved
    assert _numbers(store, group_id) == [1, 2, 3, 4, 6], "the removed session came back"
    # raising the plan adds after the last session, never in the gap
    _save_group_page(qtbot, window, group_id, lambda editor: editor.count_spin.setValue(7))
    assert _numbers(store, group_id) == [1, 2, 3, 4, 6, 7]
