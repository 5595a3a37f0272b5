"""Progress over a cycle: objectives, feelings, key words, actions, learnings.

The numbers come from ``carnet.services.progress`` (Qt-free); the charts are the
booklet's own layout painted with Qt (``carnet.ui.charts``), and every number is also in a table
(``ProgressTableModel``) that a screen reader can walk cell by cell.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import (
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from carnet.booklet import chart_scene
from carnet.booklet.chart_scene import Measure, Scene
from carnet.domain import ActionStatus
from carnet.services.progress import GroupProgress, SessionPoint, group_progress
from carnet.services.session_status import next_session
from carnet.store import JournalStore
from carnet.ui import formats, style
from carnet.ui.charts import ChartView, is_dark
from carnet.ui.models.progress_table import (
    SESSION_ID_ROLE,
    ProgressTableModel,
    _language,
)

#: Combined once, at import: Python's ``enum`` makes a combination of flags at its first
#: use and keeps it; made mid-day, it stays among the day's objects (issue 19).
_CENTER_TOP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
_CENTER_BOTTOM = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom


class KeywordTimeline(QWidget):
    """The closing round's key words along the cycle: one mark per session."""

    sessionActivated = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[SessionPoint] = []
        self.setMinimumHeight(74)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_points(self, points: list[SessionPoint]) -> None:
        self.points = list(points)
        words = [f"{p.session.number} {p.keyword}" for p in self.points if p.keyword]
        self.setAccessibleDescription(", ".join(words))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 74)

    def _x(self, i: int) -> float:
        n = max(len(self.points), 1)
        step = (self.width() - 16) / n
        return 8 + step * (i + 0.5)

    def _slot(self) -> float:
        return (self.width() - 16) / max(len(self.points), 1)

    def paintEvent(self, event) -> None:
        if not self.points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        muted = QColor(ink)
        muted.setAlphaF(0.55)
        accent = QColor(style.ACCENT)
        if is_dark(palette):
            accent = accent.lighter(220)
        base_y = 40.0
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(8, base_y), QPointF(self.width() - 8, base_y))
        font = painter.font()
        metrics = QFontMetrics(font)
        slot = self._slot()
        label_every = max(1, int(28 // max(slot, 1)) + 1) if slot < 28 else 1
        for i, point in enumerate(self.points):
            x = self._x(i)
            has_word = bool(point.keyword)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent if has_word else muted)
            radius = 4.5 if has_word else 3.0
            painter.drawEllipse(QPointF(x, base_y), radius, radius)
            if i % label_every == 0:
                painter.setPen(muted)
                number = str(point.session.number)
                painter.drawText(QRectF(x - slot / 2, base_y + 8, slot, 18),
                                 _CENTER_TOP,
                                 number)
            if has_word and slot >= 30:
                painter.setPen(ink)
                word = metrics.elidedText(point.keyword, Qt.TextElideMode.ElideRight,
                                          int(slot - 6))
                painter.drawText(QRectF(x - slot / 2, 4, slot, base_y - 12),
                                 _CENTER_BOTTOM,
                                 word)
        painter.end()

    def _index_at(self, x: float) -> int | None:
        if not self.points:
            return None
        i = int((x - 8) // self._slot())
        return i if 0 <= i < len(self.points) else None

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            i = self._index_at(event.position().x() if hasattr(event, "position")
                               else event.pos().x())
            if i is None:
                QToolTip.hideText()
            else:
                point = self.points[i]
                text = self.tr("Session %1, %2").replace("%1", str(point.session.number)).replace(
                    "%2", formats.format_date(point.session.date))
                if point.keyword:
                    text += f" — « {point.keyword} »"
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event) -> None:
        i = self._index_at(event.position().x())
        if i is not None and self.points[i].session.id is not None:
            self.sessionActivated.emit(self.points[i].session.id)


class ProgressView(QWidget):
    """Per group: charts of the cycle, then the same numbers as a table."""

    sessionRequested = Signal(int)  # noqa: N815

    def __init__(self, store: JournalStore, workspace=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.store = store
        self.workspace = workspace
        self.progress: GroupProgress | None = None
        self.group_id: int | None = None

        self.title = style.label(self.tr("Progress"), "title")
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Group"))
        self.group_combo.setMinimumWidth(260)
        self.summary = style.label("", "subtitle", wrap=True)
        self.empty = style.label("", "notice", wrap=True)
        self.empty.hide()

        self.objectives_chart = ChartView()
        self.objectives_chart.setAccessibleName(self.tr("Self-assessment of my objectives"))
        self.objectives_empty = style.label(
            self.tr("No self-assessment yet: rate your objectives in a session's closing step."),
            "muted", wrap=True)
        self.feelings_chart = ChartView()
        self.feelings_chart.setAccessibleName(self.tr("Feelings before and after each session"))
        self.feelings_empty = style.label(self.tr("No feeling noted yet."), "muted", wrap=True)
        self.keywords = KeywordTimeline()
        self.keywords.setAccessibleName(self.tr("Key words of the closing rounds"))
        self.actions_chart = ChartView()
        self.actions_chart.setAccessibleName(self.tr("Actions decided at each session"))
        self.actions_empty = style.label(self.tr("No action decided yet."), "muted", wrap=True)
        for chart in (self.objectives_chart, self.feelings_chart, self.actions_chart):
            chart.setAccessibleDescription(self.tr("The same numbers are in the table below."))

        self.model = ProgressTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("progressTable")
        self.table.setAccessibleName(self.tr("All the numbers, one column per session"))
        self.table.setAccessibleDescription(self.tr(
            "One row per measure, named by its row header; one column per session held."))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows walk its cells
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setMinimumSectionSize(64)
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.setStyleSheet(style.item_view_style("QTableView#progressTable"))

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(group_caption := QLabel(self.tr("Group:")))
        group_caption.setBuddy(self.group_combo)  # a combo box's name on Linux is its value
        heading.addWidget(self.group_combo)

        body = QWidget()
        body.setMaximumWidth(1000)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(16)
        layout.addLayout(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        self.cards = []
        self.objectives_card = self._card(self.tr("My objectives, self-assessed from 1 to 5"),
                                          self.objectives_chart, self.objectives_empty)
        self.feelings_card = self._card(
            self.tr("Feelings before and after"), self.feelings_chart, self.feelings_empty,
            note=self.tr("The mean of the feelings noted: pleasant ones above zero, difficult "
                         "ones below."))
        self.keywords_card = self._card(self.tr("Key words of the closing rounds"),
                                        self.keywords)
        self.actions_card = self._card(self.tr("Actions decided at each session, by status"),
                                       self.actions_chart, self.actions_empty)
        self.table_card = self._card(self.tr("All the numbers"), self.table)
        for card in self.cards:
            layout.addWidget(card)
        layout.addStretch(1)

        holder = QWidget()
        center = QHBoxLayout(holder)
        center.setContentsMargins(0, 0, 0, 0)
        center.addWidget(body, 1, _CENTER_TOP)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(holder)
        self.scroll.setAccessibleName(self.title.text())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        # Signals, in one place
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        self.keywords.sessionActivated.connect(self.sessionRequested)
        self.table.activated.connect(
            lambda index: self.sessionRequested.emit(index.data(SESSION_ID_ROLE)))
        if workspace is not None:
            self.sessionRequested.connect(workspace.show_session)
        # Nothing is read here: the shell calls refresh() when it shows the view.

    def _card(self, title: str, *widgets: QWidget, note: str = "") -> QWidget:
        frame, layout = style.card()
        layout.addWidget(caption := style.label(title, "section"))
        caption.setBuddy(widgets[0])  # Qt gives a table no caption: its title labels it
        if note:
            layout.addWidget(style.label(note, "hint", wrap=True))
        for widget in widgets:
            layout.addWidget(widget)
        self.cards.append(frame)
        return frame

    # -- the view's interface (see MainWindow.register_view) -------------------------------
    def refresh(self) -> None:
        """Reload the groups and the shown group; follow the group in focus, if any."""
        focus = self.workspace.current_group_id() if self.workspace is not None else None
        self._load_groups(prefer=focus)

    def flush(self) -> None:
        """Nothing to save: this view only reads the journal."""

    def clear(self) -> None:
        self.progress = None
        self.group_id = None
        self.model.clear()
        self.keywords.set_points([])
        for chart in (self.objectives_chart, self.feelings_chart, self.actions_chart):
            chart.set_builder(None)
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.blockSignals(False)
        self.summary.clear()

    def show_group(self, group_id: int) -> None:
        if not self.group_combo.count():
            self._load_groups(prefer=group_id)
            return
        index = self.group_combo.findData(group_id)
        if index >= 0 and index != self.group_combo.currentIndex():
            self.group_combo.setCurrentIndex(index)
        else:
            self.load(group_id)

    # -- loading -----------------------------------------------------------------------------
    def _load_groups(self, prefer: int | None = None) -> None:
        groups = self.store.groups.list()
        wanted = prefer or self.group_id
        if wanted is None:
            active = [g for g in groups if not g.archived] or groups
            latest = next_session(self.store, _today())
            wanted = latest.group_id if latest is not None else (
                active[0].id if active else None)
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for group in groups:
            self.group_combo.addItem(group.name, group.id)
        index = self.group_combo.findData(wanted)
        self.group_combo.setCurrentIndex(max(index, 0) if groups else -1)
        self.group_combo.blockSignals(False)
        self.load(self._chosen_group())

    def _chosen_group(self) -> int | None:
        return self.group_combo.currentData() if self.group_combo.count() else None

    def _group_chosen(self, _index: int) -> None:
        self.load(self._chosen_group())

    def load(self, group_id: int | None) -> None:
        self.group_id = group_id
        if group_id is None:
            self.progress = GroupProgress(objectives=[], points=[])
            self._show(self.progress, {})
            self.empty.setText(self.tr("Create a group to follow your progress over its cycle."))
            self.empty.show()
            return
        self.progress = group_progress(self.store, group_id)
        held = {p.session.id for p in self.progress.points}
        statuses: dict[int, Counter] = {}
        for action in self.store.actions.list_by_group(group_id):
            if action.session_id in held:
                statuses.setdefault(action.session_id, Counter())[action.status] += 1
        self._show(self.progress, statuses)

    def _show(self, progress: GroupProgress, statuses: dict[int, Counter]) -> None:
        points = progress.points
        self.model.set_progress(progress)
        self.keywords.set_points(points)
        self.empty.setVisible(not points)
        self.empty.setText(self.tr("No session of this group has been held yet: the charts "
                                   "fill in as you journal after each session."))
        for card in self.cards:
            card.setVisible(bool(points))
        total = sum(p.actions_done + p.actions_dropped + p.actions_open for p in points)
        done = sum(p.actions_done for p in points)
        held, learnt = len(points), progress.learnings_total
        parts = [
            self.tr("%n session held", "", held) if held == 1
            else self.tr("%n sessions held", "", held),
            self.tr("%n learning", "", learnt) if learnt == 1
            else self.tr("%n learnings", "", learnt),
            self.tr("%1 of %2 actions done").replace("%1", str(done)).replace("%2", str(total)),
        ]
        self.summary.setText(" · ".join(parts) if points else "")

        labels = [str(p.session.number) for p in points]
        rated = [
            (o.title, [(i, p.ratings[o.id]) for i, p in enumerate(points) if o.id in p.ratings])
            for o in progress.objectives
        ]
        rated = [(title, series) for title, series in rated if series]
        lang = _language()
        self._chart(self.objectives_chart, self.objectives_empty, bool(rated),
                    lambda width, measure: _objectives_scene(rated, labels, width, measure))
        feelings = [(str(p.session.number), p.feeling_before, p.feeling_after) for p in points]
        has_feelings = any(b is not None or a is not None for _, b, a in feelings)
        self._chart(self.feelings_chart, self.feelings_empty, has_feelings,
                    lambda width, measure: _feelings_scene(feelings, width, lang, measure))
        bars = [(str(p.session.number), dict(statuses.get(p.session.id, {}))) for p in points]
        self._chart(self.actions_chart, self.actions_empty, any(c for _, c in bars),
                    lambda width, measure: _actions_scene(bars, width, lang, measure))
        self._size_columns()

    def _size_columns(self) -> None:
        """Widths from the texts themselves: Qt's resizeColumnsToContents asks the model
        for every role of every cell, twice the cost of the whole view."""
        model = self.model
        plain = self.table.fontMetrics()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        header = QFontMetrics(self.table.horizontalHeader().font())
        rows = range(model.rowCount())
        labels = [bold.horizontalAdvance(model.measure_label(r)) for r in rows]
        self.table.setColumnWidth(0, min(max(labels, default=120) + 24, 340))
        for column in range(1, model.columnCount()):
            texts = [plain.horizontalAdvance(model.value(r, column)) for r in rows]
            title = header.horizontalAdvance(str(model.headerData(
                column, Qt.Orientation.Horizontal)))
            self.table.setColumnWidth(column, max(*texts, title + 12, 52) + 24)

    @staticmethod
    def _chart(chart: ChartView, empty: QLabel, shown: bool, builder) -> None:
        chart.setVisible(shown)
        empty.setVisible(not shown)
        chart.set_builder(builder if shown else None)


def _today():
    from datetime import date

    return date.today()


def _objectives_scene(rated, labels, width: float, measure: Measure) -> Scene:
    height = 170 + 13 * ((len(rated) + 1) // 2)
    return chart_scene.objectives_scene(rated, labels, width, height, measure)


def _feelings_scene(points, width: float, lang: str, measure: Measure) -> Scene:
    return chart_scene.feelings_scene(points, width, 185, lang, measure)


def _actions_scene(bars: list[tuple[str, dict[ActionStatus, int]]], width: float, lang: str,
                   measure: Measure) -> Scene:
    return chart_scene.actions_scene(bars, width, 180, lang, measure)
