"""Every session of every group on one chronological line, month by month.

A tree (month → sessions) so a keyboard or screen-reader user can walk it;
planned sessions are italic and muted with a hollow marker, missed ones
crossed out, so the future reads differently from the past at a glance.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from carnet.store import JournalStore
from carnet.ui import style
from carnet.ui.models.timeline import (
    DATE,
    ROLE,
    SESSION,
    SESSION_ID_ROLE,
    THEMES,
    TITLE,
    TimelineModel,
    iter_entries,
    widest_cells,
)


class TimelineView(QWidget):
    """All the sessions, month by month; double-click (or Enter) opens one."""

    sessionRequested = Signal(int)  # noqa: N815

    def __init__(self, store: JournalStore, workspace=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.store = store
        self.workspace = workspace
        self.title = style.label(self.tr("Timeline"), "title")
        self.subtitle = style.label(
            self.tr("Every session of every group, month by month. Planned sessions are in "
                    "italics with a hollow circle."), "subtitle", wrap=True)
        self.model = TimelineModel(self)
        #: True once the rows were let go on leaving the view (``hideEvent``).
        self._released = False
        self._release_timer = QTimer(self, singleShot=True, interval=0)
        self._release_timer.timeout.connect(self._release)
        # column → its contents' width and whether it is exact (``_hint``)
        self._hints: dict[int, tuple[int, bool]] = {}
        self.tree = QTreeView()
        self.tree.setObjectName("timeline")
        self.tree.setAccessibleName(self.tr("Timeline of the sessions"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setExpandsOnDoubleClick(True)
        header = self.tree.header()
        header.setStretchLastSection(False)  # ``_fit_columns`` gives the themes the rest
        for column in range(THEMES + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.viewport().installEventFilter(self)
        self.tree.setStyleSheet(style.item_view_style("QTreeView#timeline")
                                + "QTreeView#timeline::item { padding: 4px 2px; }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tree, 1)

        self.tree.activated.connect(self._activated)
        if workspace is not None:
            self.sessionRequested.connect(workspace.show_session)
        # Nothing is read here: the shell calls refresh() when it shows the view.

    def refresh(self) -> None:
        self._released = False
        self.model.set_entries(iter_entries(self.store))
        self._hints.clear()
        self.tree.expandAll()
        self._fit_columns()
        self.scroll_to(date.today())

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.tree.viewport() and event.type() == QEvent.Type.Resize
                and self.model.months):
            self._fit_columns()  # the viewport's width is known once it is resized
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Date and role as wide as their contents (and headers); the session (its
        number and its group's name) whole while the title and the themes keep their
        least — a name is short, and cut it can read as another group; the title
        elided past its share, whole in its tooltip; the themes get the rest, never
        less than their header."""
        header = self.tree.header()
        for column in (DATE, ROLE):  # as QTreeView.resizeColumnToContents does
            header.resizeSection(column, max(self._hint(column), header.sectionSizeHint(column)))
        bar = self.tree.verticalScrollBar()
        room = (self.tree.viewport().width()
                - (0 if bar.isVisible() else bar.sizeHint().width())
                - sum(header.sectionSize(column) for column in (DATE, ROLE)))
        metrics = self.tree.fontMetrics()
        themes_least = max(header.sectionSizeHint(THEMES), metrics.averageCharWidth() * 16)
        title_least, session_least = (
            max(header.sectionSizeHint(column), metrics.averageCharWidth() * 12)
            for column in (TITLE, SESSION))
        most = room - title_least - themes_least
        session = max(session_least, min(self._hint(SESSION, most), most))
        self.tree.setColumnWidth(SESSION, session)
        rest = room - session
        share = rest - max(themes_least, rest // 3)
        title = max(title_least, min(self._hint(TITLE, share), share))
        self.tree.setColumnWidth(TITLE, title)
        self.tree.setColumnWidth(THEMES, max(themes_least, rest - title))

    def _hint(self, column: int, enough: int | None = None) -> int:
        """What ``sizeHintForColumn`` answers when it measures every row, asked once per
        reading of the journal (``widest_cells``): Qt's own asks the model a dozen roles
        for each of a thousand rows each time, and the viewport is resized many times as
        it shows. With ``enough``: any width from there up will do (the column is cut
        at that width), so the longest texts are measured first and the rest only when
        none is that wide."""
        width, exact = self._hints.get(column, (-1, False))
        if exact or (enough is not None and width >= enough > 0):
            return width
        width, exact = self._measure(column, enough)
        self._hints[column] = (width, exact)
        return width

    def _measure(self, column: int, enough: int | None) -> tuple[int, bool]:
        tree, model = self.tree, self.model
        width = -1
        indent = tree.indentation()
        decorated = 1 if tree.rootIsDecorated() else 0
        cells, exact = widest_cells(model, column, tree.font(),
                                    limit=enough if enough and enough > 0 else None)
        for index in cells:
            hint = tree.sizeHintForIndex(index).width()
            if column == 0:  # the tree's column: indented by the row's level, as Qt adds
                level = decorated + (1 if index.parent().isValid() else 0)
                hint += level * indent
            width = max(width, hint)
        return width, exact

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._hints.clear()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:
        """Leaving the view lets its rows go (every session of the journal: ~4 MiB on
        10,000 sessions, held until the lock otherwise); the shell reads them again
        each time it shows the view (``refresh``). A window minimised (a spontaneous
        hide) keeps them: nothing would read them again when it comes back. Let go
        when the event loop next turns: the hide can come from inside the tree's own
        handling of a double-click (opening the session), which must not see its model
        reset under it."""
        super().hideEvent(event)
        if not event.spontaneous():
            self._release_timer.start()

    def _release(self) -> None:
        if not self.isVisible() and self.model.months:
            self.clear()
            self._released = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._released:  # shown again without the shell's refresh(): read the journal
            self.refresh()

    def flush(self) -> None:
        """Nothing to save: this view only reads the journal."""

    def clear(self) -> None:
        self.model.clear()
        self._hints.clear()

    def scroll_to(self, day: date) -> None:
        row = self.model.month_row(day)
        if row >= 0:
            index = self.model.index(row, 0)
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
            self.tree.setCurrentIndex(index)

    def _activated(self, index: QModelIndex) -> None:
        session_id = index.data(SESSION_ID_ROLE)
        if session_id is not None:
            self.sessionRequested.emit(session_id)
