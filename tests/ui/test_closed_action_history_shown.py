"""A closed action's outcome and last follow-up can be read in the app.

Found by a fresh-eyes review (fresh6), finding 21: once an action is « Faite » (or
« Abandonnée »), its outcome (« Résultat : ce que j'en retiens ») and its follow-up
notes were on no screen of Carnet: Préparer lists open actions only, and the session
page showed the action's title, date and status — nothing of its history; a search
for those words opened that page, where they were not shown. The session page now
shows, under each action, its last follow-up (dated) and its outcome. The reviewer's
test is kept (control: the action's title is on the session page).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
)

from carnet.domain import Action, ActionReview, ActionStatus

OUTCOME = "Déléguer le planning m'a rendu deux heures par semaine."
NOTE = "Essayé avec M. le 3, ça a marché du premier coup."


def _visible_text(window) -> str:
    parts = []
    for kind in (QLabel, QLineEdit, QTextEdit, QPlainTextEdit, QTextBrowser):
        for widget in window.findChildren(kind):
            if not widget.isVisibleTo(window):
                continue
            text = widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()
            parts.append(text)
    return "\n".join(parts)


def test_a_done_actions_outcome_and_notes_can_be_read_in_the_app(qtbot, main_window):
    main_window.install_extensions()
    store = main_window.store
    held = main_window.ids["held"]
    action = store.actions.add(Action(session_id=held, title="Confier le planning à M.",
                                      due_date=date.today() - timedelta(days=3)))
    store.actions.review(ActionReview(action.id, date.today() - timedelta(days=2), NOTE,
                                      ActionStatus.DONE), outcome=OUTCOME)
    seen = ""
    main_window.workspace.show_session(held)  # where the action was decided
    editor = main_window.workspace.session_editor
    editor.flush()
    qtbot.waitUntil(lambda: "Confier le planning" in _visible_text(main_window))  # control
    seen += _visible_text(main_window)
    view = main_window.show_view("prepare")  # where actions are reviewed
    qtbot.wait(200)
    seen += _visible_text(view)
    assert OUTCOME in seen or NOTE in seen, "the outcome and the follow-up notes are shown nowhere"
    # both, on the page where the action was decided, under the action
    (row,) = [r for r in editor.sections["plan_action"].body.rows()
              if r.title.text() == "Confier le planning à M."]
    assert not row.history.isHidden()
    assert NOTE in row.history.text() and OUTCOME in row.history.text()
    others = [r for r in editor.sections["plan_action"].body.rows() if r is not row]
    assert others and all(r.history.isHidden() for r in others)  # control
    # (a label shown before it had a parent opened as a window of its own)
    assert not [w for w in QApplication.topLevelWidgets()
                if w.isVisible() and isinstance(w, QLabel)]
