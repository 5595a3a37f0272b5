"""Préparer at 1024×700 (fresh8's G12, polish): every action title was cut to two lines
beside its « En retard » badge (« Lancer un rituel du lundi avec m… »), and an action's
long history pushed the new follow-up's field below the fold — only « Enregistrer le
suivi » in sight. Titles take three lines, the next ones under the badges; the history
scrolls on its own past a third of the pane, and the field's first lines are shown."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QFontMetrics
from ui_helpers import open_prepare

from carnet.domain import Action, ActionReview, Cadence, Group, Role, Session, SessionStatus
from carnet.store import JournalStore
from carnet.ui.prepare.delegate import wrap_title

TODAY = date.today()
TITLE = "Lancer un rituel du lundi avec mon équipe pour partager les priorités"


def test_titles_wrap_to_three_lines_under_their_badges(qtbot):
    metrics = QFontMetrics(QFont())
    lines = wrap_title(TITLE, metrics, 120, 190)
    assert len(lines) == 3 and " ".join(lines).replace("…", "") in TITLE, lines
    assert metrics.horizontalAdvance(lines[0]) <= 120
    assert all(metrics.horizontalAdvance(line) <= 190 for line in lines[1:])
    assert wrap_title("Court", metrics, 120, 190) == ["Court"]  # control


def test_the_new_follow_up_is_in_sight_under_a_long_history(qtbot, make_window, journal_path,
                                                            passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
        first, _ = store.sessions.add_many([
            Session(group.id, 1, TODAY - timedelta(days=40), SessionStatus.HELD, Role.CLIENT),
            Session(group.id, 2, TODAY + timedelta(days=30), role=Role.CONSULTANT),
        ])
        action = store.actions.add(Action(session_id=first.id, title=TITLE,
                                          due_date=TODAY - timedelta(days=7)))
        for days in range(30, 5, -4):
            store.reviews.add(ActionReview(action.id, TODAY - timedelta(days=days),
                                           "Un essai de plus, et ce qu’il a donné cette fois-ci "
                                           "avec l’équipe du lundi matin."))
        group_id = group.id
    finally:
        store.close()
    window, view = open_prepare(qtbot, make_window, journal_path, passphrase, group_id)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: view.review.item is not None)
    review = view.review
    viewport = review._scroll.viewport()

    def field_shown() -> int:
        top = review.note_edit.mapTo(viewport, QPoint(0, 0)).y()
        return min(viewport.height(), top + review.note_edit.height()) - max(0, top)

    qtbot.waitUntil(lambda: field_shown() >= 60, timeout=3_000)
    assert review.history_scroll.height() <= max(80, viewport.height() // 3) + 1
