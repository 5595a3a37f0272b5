"""What was made quicker behaves as before (issue 18): the idle watchers' one shared
filter, the tag view's columns measured once per tag, the timeline's texts made once.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget

from carnet.domain import Action, Cadence, CadenceUnit, Group, Learning, Session
from carnet.ui import idle
from carnet.ui.idle import IdleWatcher
from carnet.ui.models.tags import tagged_items
from carnet.ui.models.timeline import TimelineModel, timeline_entries
from carnet.ui.tags_view import TagsView


def _key(widget) -> None:
    QCoreApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                                 Qt.KeyboardModifier.NoModifier, "a"))


def test_idle_watchers_share_one_filter_and_input_restarts_each(qtbot, qapp):
    window = QWidget()  # input arrives at a window of the application (see carnet.ui.idle)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    lock, warm_up = IdleWatcher(minute_ms=1000), IdleWatcher(minute_ms=1000)
    lock.start(1)
    warm_up.start(1)
    assert lock._timer in idle._hub.timers and warm_up._timer in idle._hub.timers
    qtbot.wait(300)
    before = (lock.remaining_ms(), warm_up.remaining_ms())
    _key(window.windowHandle())  # input in any window of the application
    after = (lock.remaining_ms(), warm_up.remaining_ms())
    assert after[0] > before[0] + 150 and after[1] > before[1] + 150
    # Control: an event that is not input restarts nothing.
    qtbot.wait(300)
    before = lock.remaining_ms()
    QCoreApplication.sendEvent(qapp, QEvent(QEvent.Type.User))
    QCoreApplication.sendEvent(window.windowHandle(), QEvent(QEvent.Type.User))
    assert lock.remaining_ms() <= before
    warm_up.stop()
    assert not warm_up.active and lock.active
    lock.stop()
    assert lock._timer not in idle._hub.timers and warm_up._timer not in idle._hub.timers
    with qtbot.assertNotEmitted(lock.idle, wait=1200):
        pass  # stopped: never fires


def _tagged_journal(store) -> None:
    today = date.today()
    group = store.groups.add(Group(name="Codev « long » " * 4, template_id="codev",
                                   cadence=Cadence(1, CadenceUnit.MONTH), planned_sessions=6))
    for n in range(1, 6):
        session = store.sessions.add(Session(group_id=group.id, number=n, status="held",
                                             date=today - timedelta(days=30 * n),
                                             themes=["délégation"]))
        store.learnings.add(Learning(session.id, f"Déléguer {n} <b>&</b>",
                                     tags=["délégation"]))
        store.actions.add(Action(session_id=session.id, title=f"Action {n}",
                                 tags=["Délégation"]))


def test_tag_view_columns_fit_their_widest_cell(qtbot, store):
    _tagged_journal(store)
    rows = tagged_items(store, "délégation")
    assert {row.kind for row in rows} == {"session", "learning", "action"}
    assert len(rows) == 15 and rows == sorted(
        rows, key=lambda r: (r.day or date.max, r.kind, r.ref_id), reverse=True)
    view = TagsView(store)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.show()
    view.refresh()
    qtbot.waitExposed(view)
    header = view.items.horizontalHeader()
    # Control: Qt's own measure of every cell, as the columns were sized before.
    reference = QTableView()
    qtbot.addWidget(reference)
    reference.setModel(view.item_model)
    reference.setShowGrid(view.items.showGrid())
    reference.setStyleSheet(view.items.styleSheet())
    reference.setFont(view.items.font())
    reference.show()
    for column in (0, 2, 3, 4):
        assert view._content_width(column) == reference.sizeHintForColumn(column)
    for column in (0, 3, 4):
        assert header.sectionSize(column) == max(reference.sizeHintForColumn(column),
                                                 header.sectionSizeHint(column))
    # A learning deleted since: left out, not an error.
    store.learnings.delete(rows[[r.kind for r in rows].index("learning")].ref_id)
    assert len(tagged_items(store, "délégation")) == 14


def test_timeline_texts_are_made_once_and_answer_as_before(qtbot, store):
    _tagged_journal(store)
    model = TimelineModel()
    model.set_entries(timeline_entries(store))
    month = model.index(0, 0)
    first = model.index(0, 1, month)
    assert model.data(first) == f"{model.entry(first).session.number} · " \
                                f"{model.entry(first).group}"
    assert model.data(model.index(0, 4, month)) == "délégation"
    assert model.data(first, Qt.ItemDataRole.ToolTipRole).endswith(model.entry(first).group)
    assert model.data(first, Qt.ItemDataRole.CheckStateRole) is None  # not answered
    assert model.data(model.index(0, 0, month), Qt.ItemDataRole.DecorationRole) is not None


def test_timeline_columns_fit_their_widest_cell_over_every_row(qtbot, store):
    from PySide6.QtWidgets import QTreeView

    from carnet.domain import SessionStatus
    from carnet.ui.models.timeline import TITLE
    from carnet.ui.timeline_view import TimelineView

    _tagged_journal(store)
    group = store.groups.list()[0]
    today = date.today()
    # The widest title on a planned session (italics), a long one on a missed session.
    store.sessions.add(Session(group_id=group.id, number=6, status=SessionStatus.PLANNED,
                               date=today + timedelta(days=30), title="Mmmm " * 12))
    store.sessions.add(Session(group_id=group.id, number=7, status=SessionStatus.MISSED,
                               date=today - timedelta(days=200), title="Wwww " * 10,
                               themes=["un thème bien plus long que les autres"]))
    view = TimelineView(store)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.show()
    view.refresh()
    qtbot.waitExposed(view)
    # Control: Qt's own measure of every row (not only a thousand), as before.
    reference = QTreeView()
    qtbot.addWidget(reference)
    reference.setObjectName(view.tree.objectName())
    reference.setStyleSheet(view.tree.styleSheet())
    reference.setFont(view.tree.font())
    reference.setModel(view.model)
    reference.header().setResizeContentsPrecision(-1)
    reference.expandAll()
    reference.resize(1400, 700)
    reference.show()
    qtbot.waitExposed(reference)
    for column in range(view.model.columnCount()):
        assert view._hint(column) == reference.sizeHintForColumn(column), column
    header = view.tree.header()
    for column in (0, 3):  # the date and the role: as wide as their contents
        assert header.sectionSize(column) == max(reference.sizeHintForColumn(column),
                                                 header.sectionSizeHint(column))
    # A narrow window cuts the title column: its longest texts are measured first and
    # the widths come out as with every row measured.
    narrow, measured = TimelineView(store), TimelineView(store)
    for each in (narrow, measured):
        qtbot.addWidget(each)
        each.resize(760, 600)
    measured.refresh()
    for column in range(measured.model.columnCount()):
        assert measured._hint(column) == reference.sizeHintForColumn(column)  # all exact
    measured.show()
    measured._fit_columns()  # with the exact widths measured above
    narrow.show()
    narrow.refresh()
    for each in (narrow, measured):
        qtbot.waitExposed(each)
    assert not narrow._hints[TITLE][1]  # control: the title was not measured whole
    assert [narrow.tree.header().sectionSize(c) for c in range(5)] == \
        [measured.tree.header().sectionSize(c) for c in range(5)]


def test_prepare_and_check_in_open_without_loading_the_session_editor():
    """Their first open loaded the whole session editor (~50 modules) for a constant and
    the feeling words; a control shows the check finds the editor when it is loaded."""
    import subprocess
    import sys

    code = ("import sys; import carnet.ui.prepare.view, carnet.ui.check_in; "
            "print('carnet.ui.session_editor' in sys.modules); "
            "import carnet.ui.session_editor; print('carnet.ui.session_editor' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["False", "True"]


def test_the_review_note_is_saved_with_the_session_editors_delay():
    from carnet.ui.prepare.review import DRAFT_DELAY_MS
    from carnet.ui.session_editor.autosave import DEBOUNCE_MS

    assert DRAFT_DELAY_MS == DEBOUNCE_MS


def test_the_feeling_words_are_the_session_editors():
    from carnet.domain import Emotion
    from carnet.ui import formats
    from carnet.ui.session_editor import context

    assert context.emotion_labels is formats.emotion_labels
    assert set(formats.emotion_labels()) == set(Emotion)
