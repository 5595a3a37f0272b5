"""The progress view: numbers from the journal, booklet charts in the app, a table for all."""

from __future__ import annotations

from datetime import date, timedelta

import fast_kdf
import pytest
import shiboken6
from insights_helpers import build_journal, open_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtTest import QAbstractItemModelTester

from carnet.domain import Cadence, CadenceUnit, Group, Objective, Role, Session, SessionStatus
from carnet.services.progress import GroupProgress
from carnet.store import JournalStore
from carnet.templates import StepKind
from carnet.ui.models.progress_table import SESSION_ID_ROLE, ProgressTableModel


def _row(model: ProgressTableModel, label: str) -> list[str]:
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == label:
            return [model.index(row, c).data() for c in range(1, model.columnCount())]
    raise AssertionError(f"no row {label!r} in {[model.index(r, 0).data() for r in range(model.rowCount())]}")


def _headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


@pytest.fixture
def alpha_window(qtbot, make_window, journal_path, passphrase):
    ids = build_journal(journal_path, passphrase)
    window = open_window(qtbot, make_window, journal_path, passphrase)
    window.ids = ids
    return window


def _progress(window, group_id):
    window.insights.actions["progress"].trigger()
    view = window.workspace.view("progress")
    assert window.workspace.location() == ("progress", None)
    view.group_combo.setCurrentIndex(view.group_combo.findData(group_id))
    assert view.group_id == group_id
    return view


# -- ratings typed in the session editor ----------------------------------------------------------
def test_ratings_entered_in_three_sessions_appear_in_order(qtbot, make_window, journal_path,
                                                           passphrase):
    today = date.today()
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    group = store.groups.add(Group(name="RPM Gamma", template_id="rpm",
                                   cadence=Cadence(1, CadenceUnit.MONTH), planned_sessions=4,
                                   start_date=today - timedelta(days=100)))
    sessions = [
        store.sessions.add(Session(group_id=group.id, number=n, date=today - timedelta(days=d),
                                   status=SessionStatus.HELD, role=Role.PARTICIPANT))
        for n, d in ((1, 100), (2, 70), (3, 40))
    ]
    store.sessions.add(Session(group_id=group.id, number=4, date=today + timedelta(days=20)))
    first = store.objectives.add(Objective(group_id=group.id, title="Oser dire non"))
    second = store.objectives.add(Objective(group_id=group.id, title="Écouter", position=1))
    store.close()
    window = open_window(qtbot, make_window, journal_path, passphrase)

    typed = {sessions[0].id: (2, 1), sessions[1].id: (3, None), sessions[2].id: (5, 4)}
    for session in sessions:  # in the session editor, as the person would
        window.workspace.show_session(session.id)
        editor = window.workspace.session_editor
        ratings = next(s.body for s in editor.sections.values() if s.step.kind == StepKind.RATINGS)
        for row, value in zip(ratings.rows, typed[session.id], strict=True):
            if value is not None:
                qtbot.mouseClick(row.stars.buttons[value - 1], Qt.MouseButton.LeftButton)
    window.workspace.flush()

    view = _progress(window, group.id)
    model = view.model
    assert _headers(model) == ["Measure", "No. 1", "No. 2", "No. 3"]  # the planned one: not yet
    assert _row(model, "Objective: Oser dire non") == ["2/5", "3/5", "5/5"]
    assert _row(model, "Objective: Écouter") == ["1/5", "", "4/5"]
    assert view.progress.rating_series(first.id) == [(1, 2), (2, 3), (3, 5)]
    assert view.progress.rating_series(second.id) == [(1, 1), (2, None), (3, 4)]
    assert view.objectives_chart.isVisibleTo(view)
    qtbot.waitUntil(lambda: view.objectives_chart.scene is not None)  # drawn once laid out
    assert "Oser dire non" in view.objectives_chart.scene.texts()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


# -- everything else the cycle shows -------------------------------------------------------------
def test_feelings_key_words_actions_and_learnings(qtbot, alpha_window):
    window = alpha_window
    view = _progress(window, window.ids["alpha"])
    model = view.model
    assert _row(model, "Feeling before (−5 to +5)") == ["−3", "", ""]
    assert _row(model, "Feeling after (−5 to +5)") == ["+4", "", "+5"]
    assert _row(model, "Key word") == ["élan", "clarté", ""]
    assert _row(model, "Actions done") == ["1", "0", "0"]
    assert _row(model, "Actions dropped") == ["1", "0", "0"]
    assert _row(model, "Actions still open") == ["0", "1", "0"]
    assert _row(model, "Learnings") == ["1", "0", "2"]
    assert view.summary.text() == "3 sessions held · 3 learnings · 1 of 3 actions done"
    assert [p.keyword for p in view.keywords.points] == ["élan", "clarté", ""]
    assert "élan" in view.keywords.accessibleDescription()
    for chart in (view.objectives_chart, view.feelings_chart, view.actions_chart):
        assert chart.isVisibleTo(view)
        qtbot.waitUntil(lambda chart=chart: bool(chart.scene and chart.scene.shapes))
        assert chart.heightForWidth(600) > 100
    assert "Déléguer davantage" in view.objectives_chart.scene.texts()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_another_group_and_empty_states(qtbot, alpha_window):
    window = alpha_window
    view = _progress(window, window.ids["beta"])
    assert not view.objectives_chart.isVisibleTo(view)
    assert view.objectives_empty.isVisibleTo(view)
    assert view.feelings_empty.isVisibleTo(view)
    assert view.actions_empty.isVisibleTo(view)
    assert _headers(view.model) == ["Measure", "No. 1", "No. 2"]
    assert _row(view.model, "Learnings") == ["0", "0"]
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    view.show_group(window.ids["alpha"])
    assert view.objectives_chart.isVisibleTo(view)


def test_the_group_in_focus_is_shown(qtbot, alpha_window):
    window = alpha_window
    window.workspace.show_session(window.ids["b"][1])
    window.insights.actions["progress"].trigger()
    view = window.workspace.view("progress")
    assert view.group_id == window.ids["beta"]
    assert view.group_combo.currentText() == "RPM Beta"


def test_activating_a_cell_opens_its_session(qtbot, alpha_window):
    window = alpha_window
    view = _progress(window, window.ids["alpha"])
    index = view.model.index(0, 2)
    assert index.data(SESSION_ID_ROLE) == window.ids["a"][1]
    view.table.activated.emit(index)
    assert window.workspace.current_session_id == window.ids["a"][1]


def test_a_journal_without_groups(qtbot, make_window, journal_path, passphrase):
    JournalStore.create(journal_path, passphrase).close()
    window = open_window(qtbot, make_window, journal_path, passphrase)
    window.insights.actions["progress"].trigger()
    view = window.workspace.view("progress")
    assert view.group_id is None
    assert view.empty.isVisibleTo(view)
    assert view.model.rowCount() == 0
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_the_table_model_on_its_own(qtbot):
    model = ProgressTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 0 and model.columnCount() == 1
    model.set_progress(GroupProgress(objectives=[], points=[]))
    assert model.rowCount() == 0


def test_lock_forgets_the_numbers(qtbot, alpha_window):
    window = alpha_window
    view = _progress(window, window.ids["alpha"])
    model = view.model
    assert model.rowCount() > 0
    seen = []
    window.journalLocked.connect(lambda: seen.append((model.rowCount(), view.summary.text())))
    window.lock()
    assert seen == [(0, "")]  # emptied before the store closed
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))


# -- the booklet's chart layout painted by Qt, light and dark ---------------------------------------
def _paint(scene, background: str, dark: bool) -> QImage:
    from carnet.ui.charts import QtMeasure, paint_scene

    image = QImage(480, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    paint_scene(painter, scene, image.width() / scene.width, QtMeasure(), dark=dark)
    painter.end()
    return image


def _contrast_share(image: QImage, background: str, minimum: int) -> float:
    """The share of sampled pixels whose lightness differs from the background by > minimum."""
    bg = QColor(background).lightness()
    far = total = 0
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            total += 1
            if abs(image.pixelColor(x, y).lightness() - bg) > minimum:
                far += 1
    return far / total


def test_the_booklet_chart_layout_paints_in_light_and_dark(qtbot):
    from carnet.booklet import chart_scene
    from carnet.ui.charts import QtMeasure, dark_colour

    scene = chart_scene.objectives_scene([("Déléguer", [(0, 2), (1, 4)])], ["1", "2"], 480 / 1.35,
                                         200 / 1.35, QtMeasure())
    assert "Déléguer" in scene.texts() and "5" in scene.texts()
    light = _paint(scene, "#fffdf9", dark=False)
    assert _contrast_share(light, "#fffdf9", 120) < 0.2  # lines and labels, no filled box
    assert _contrast_share(light, "#fffdf9", 60) > 0.005  # …which do show
    # the booklet's ink (#1f3a5f, dark blue) becomes a light blue
    assert dark_colour(QColor("#1f3a5f")).lightness() > 150
    dark = _paint(scene, "#1f1f1f", dark=True)
    assert _contrast_share(dark, "#1f1f1f", 120) < 0.2
    assert _contrast_share(dark, "#1f1f1f", 60) > 0.005


def test_the_screen_and_the_booklet_lay_a_chart_out_alike(qtbot):
    """The same scene code: with the same text widths, the same shapes; Qt's copy of the
    font measures within a few percent of reportlab's."""
    from carnet.booklet import chart_scene, charts
    from carnet.ui.charts import QtMeasure

    args = ([("Oser dire non à la hiérarchie", [(0, 2), (1, 4)]), ("Écouter", [(0, 3)])],
            ["1", "2"], 400, 200)
    printed = chart_scene.objectives_scene(*args, charts.measure)
    drawing = charts.to_drawing(printed)
    assert len(drawing.contents) == len(printed.shapes)
    on_screen = chart_scene.objectives_scene(*args, QtMeasure())
    assert [type(s) for s in on_screen.shapes] == [type(s) for s in printed.shapes]
    text = "Oser dire non à la hiérarchie"
    assert abs(QtMeasure()(text, 8) - charts.measure(text, 8)) < 0.05 * charts.measure(text, 8)


def test_opening_progress_does_not_import_reportlab(tmp_path, passphrase):
    """The on-screen charts are Qt's: a new process opens the view, charts drawn, without
    importing reportlab (the booklet's cost, ~200 ms, is no longer the first view's)."""
    import os
    import subprocess

    from carnet.demo import build_demo
    from carnet.store import JournalStore

    path = tmp_path / "demo.carnet"
    store = JournalStore.create(path, passphrase, owner_name="Camille")
    build_demo(store)
    group_id = store.groups.list()[0].id
    store.close()
    code = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from carnet.store import JournalStore
from carnet.ui.progress_view import ProgressView
store = JournalStore.open({str(path)!r}, sys.stdin.readline().rstrip("\\n"))
view = ProgressView(store)
view.resize(1000, 800)
view.show()
view.show_group({group_id})
for _ in range(50):
    app.processEvents()
charts = (view.objectives_chart, view.feelings_chart, view.actions_chart)
print(all(c.scene is not None and c.scene.shapes for c in charts), "reportlab" in sys.modules)
store.close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([*fast_kdf.python(), "-c", code], input=passphrase + "\n",
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["True", "False"]


def test_chart_view_follows_the_palette(qtbot, alpha_window):
    window = alpha_window
    view = _progress(window, window.ids["alpha"])
    chart = view.feelings_chart
    qtbot.waitUntil(lambda: chart.scene is not None)
    assert not chart.dark  # the app's light look
    palette = QPalette(chart.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    chart.setPalette(palette)
    assert chart.dark and chart.scene is not None
    assert chart.grab().width() >= 320


def test_shown_again_it_reloads_and_redraws(qtbot, alpha_window):
    window = alpha_window
    view = _progress(window, window.ids["alpha"])
    qtbot.waitUntil(lambda: view.objectives_chart.scene is not None)
    window.go_home()
    window.store.keywords.set(window.ids["a"][2], "nouveau")
    window.insights.actions["progress"].trigger()
    assert _row(view.model, "Key word") == ["élan", "clarté", "nouveau"]
    qtbot.waitUntil(lambda: view.objectives_chart.scene is not None)  # redrawn though not resized


def test_the_chart_font_is_loaded_after_unlocking(qtbot, alpha_window):
    from carnet.ui import charts

    qtbot.waitUntil(lambda: charts._family is not None, timeout=15_000)
    assert charts.chart_family()
