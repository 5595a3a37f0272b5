"""The group page keeps what it does not edit of the objectives, and never deletes a
rated one without the question.

Found by a fresh-eyes review (fresh6), finding 24:
(a) « Enregistrer » on the group page (to change the place, say) erased the description
of every objective — the words under « Déléguer davantage » that the booklet prints
(the demo journal and every JSON import carry them): the page rewrote each objective
from its title alone. Now an objective is rewritten only when its title or place in
the list changed, its description kept.
(b) Reformulating an objective (double-click) down to an empty title, then
« Enregistrer », deleted it with its self-ratings and their words — without the
question « Retirer » asks for a rated objective. Now an emptied title is put back.
The reviewer's two tests are kept (controls: the place is saved; the objective is
listed before).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import type_text

from carnet.domain import Assessment, Objective

DESCRIPTION = "Lâcher prise sur les plannings ; faire confiance à l'équipe du soir."
WORDS = "j'ai confié le planning à S.B."


def _page(window):
    window.workspace.show_group(window.ids["group"])
    return window.workspace.group_editor


def test_saving_the_group_page_keeps_the_objectives_descriptions(qtbot, unlocked):
    window = unlocked()
    store = window.store
    objective = store.objectives.add(Objective(group_id=window.ids["group"],
                                               title="Déléguer davantage",
                                               description=DESCRIPTION))
    editor = _page(window)
    editor.place_edit.setFocus()
    editor.place_edit.selectAll()
    type_text(qtbot, editor.place_edit, "Salle Jaurès")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert store.groups.get(window.ids["group"]).place == "Salle Jaurès"  # control: saved
    assert store.objectives.get(objective.id).description == DESCRIPTION


def test_emptying_a_rated_objectives_title_asks_or_keeps_it(qtbot, unlocked, message_service):
    window = unlocked()
    store = window.store
    objective = store.objectives.add(Objective(group_id=window.ids["group"],
                                               title="Oser déléguer"))
    store.assessments.set(Assessment(objective_id=objective.id, session_id=window.ids["held"],
                                     rating=3, comment=WORDS))
    editor = _page(window)
    items = [editor.objectives_list.item(i) for i in range(editor.objectives_list.count())]
    item = next(i for i in items if i.text() == "Oser déléguer")  # control: listed
    item.setText("")  # double-click, select all, Suppr, Entrée
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    asked = [k for k in message_service.kinds() if k in ("question", "choose")]
    kept = [a for a in store.assessments.list_by_session(window.ids["held"])
            if a.comment == WORDS]
    assert asked or kept, "the objective, its rating and its words were deleted silently"
    assert store.objectives.get(objective.id).title == "Oser déléguer"  # put back
    listed = [editor.objectives_list.item(i).text()
              for i in range(editor.objectives_list.count())]
    assert "Oser déléguer" in listed


def test_a_reworded_objective_keeps_its_description(qtbot, unlocked):
    window = unlocked()
    store = window.store
    objective = store.objectives.add(Objective(group_id=window.ids["group"],
                                               title="Déléguer davantage",
                                               description=DESCRIPTION))
    editor = _page(window)
    items = [editor.objectives_list.item(i) for i in range(editor.objectives_list.count())]
    item = next(i for i in items if i.text() == "Déléguer davantage")
    item.setText("Déléguer bien davantage")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = store.objectives.get(objective.id)
    assert saved.title == "Déléguer bien davantage"  # control: the new wording saved
    assert saved.description == DESCRIPTION
