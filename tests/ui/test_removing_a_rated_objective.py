"""Found by a fresh-eyes review (fresh4): « Retirer » an objective in the group's form, then « Enregistrer »,
deletes every self-rating of that objective in every session, with the words written
beside them (« Qu'est-ce qui me fait dire… »), without a question: the assessments
table cascades (``ON DELETE CASCADE``) and ``services.groups._save_objectives`` deletes
the objectives the form no longer lists. A group or a session that holds writing is
never deleted (guide: « ce qui contient vos écrits ne l'est jamais »); an objective that
holds ratings and words is.

Found reading carnet/services/groups.py after rating « Améliorer mes pratiques
professionnelles » ●●●○○ « j'ai posé 2 questions ouvertes » in séance 1 (real window,
/tmp/fresh4/shots/27.png).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from carnet.domain import Assessment, Objective


def test_removing_a_rated_objective_asks_or_keeps_the_words(qtbot, unlocked, message_service):
    window = unlocked()
    store = window.store
    group_id, held = window.ids["group"], window.ids["held"]
    objective = store.objectives.add(Objective(group_id=group_id, title="Oser déléguer"))
    store.assessments.set(Assessment(objective_id=objective.id, session_id=held, rating=3,
                                     comment="j'ai confié le planning à S.B."))
    window.workspace.show_group(group_id)
    editor = window.workspace.group_editor
    titles = [editor.objectives_list.item(i).text()
              for i in range(editor.objectives_list.count())]
    row = titles.index("Oser déléguer")  # control: the form lists it
    editor.objectives_list.setCurrentRow(row)
    qtbot.mouseClick(editor.remove_objective_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    asked = [kind for kind in message_service.kinds() if kind in ("question", "choose")]
    kept = [a for a in store.assessments.list_by_session(held)
            if a.comment == "j'ai confié le planning à S.B."]
    assert asked or kept, (
        "the objective's rating and its words were deleted without a question")


def _rated_objective(window, title: str, comment: str):
    store = window.store
    group_id, held = window.ids["group"], window.ids["held"]
    objective = store.objectives.add(Objective(group_id=group_id, title=title))
    store.assessments.set(Assessment(objective_id=objective.id, session_id=held, rating=3,
                                     comment=comment))
    window.workspace.show_group(group_id)
    editor = window.workspace.group_editor
    titles = [editor.objectives_list.item(i).text()
              for i in range(editor.objectives_list.count())]
    editor.objectives_list.setCurrentRow(titles.index(title))
    return editor, objective


def test_the_question_keeps_the_objective_by_default_and_yes_removes_it(
        qtbot, unlocked, message_service):
    window = unlocked()
    editor, objective = _rated_objective(window, "Oser déléguer", "j'ai confié le planning")
    count = editor.objectives_list.count()
    message_service.answers.append(False)  # « Non »: kept, nothing to save
    qtbot.mouseClick(editor.remove_objective_button, Qt.MouseButton.LeftButton)
    assert editor.objectives_list.count() == count
    asked = [text for kind, _title, text in message_service.shown if kind == "question"]
    assert asked and "Oser déléguer" in asked[-1] and "1 session" in asked[-1]

    message_service.answers.append(True)  # « Oui »: removed, with its rating, once saved
    qtbot.mouseClick(editor.remove_objective_button, Qt.MouseButton.LeftButton)
    assert editor.objectives_list.count() == count - 1
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert window.store.assessments.count_by_objective(objective.id) == 0


def test_control_an_objective_never_rated_goes_without_a_question(
        qtbot, unlocked, message_service):
    window = unlocked()
    store = window.store
    store.objectives.add(Objective(group_id=window.ids["group"], title="Jamais évalué"))
    window.workspace.show_group(window.ids["group"])
    editor = window.workspace.group_editor
    titles = [editor.objectives_list.item(i).text()
              for i in range(editor.objectives_list.count())]
    editor.objectives_list.setCurrentRow(titles.index("Jamais évalué"))
    qtbot.mouseClick(editor.remove_objective_button, Qt.MouseButton.LeftButton)
    assert "question" not in message_service.kinds()
    assert "Jamais évalué" not in [editor.objectives_list.item(i).text()
                                   for i in range(editor.objectives_list.count())]
