"""Themes and tags: every tag with its count, and everything filed under one.

Suggested themes (``carnet.domain.SUGGESTED_THEMES``) are listed too, greyed
while nothing carries them, so the vocabulary of the groups is visible. Tag
names and items are the person's text: shown as plain text only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import SUGGESTED_THEMES
from carnet.store import JournalStore
from carnet.store.errors import NotFoundError
from carnet.ui import formats, style
from carnet.ui.search_view import item_view_style, kind_label
from carnet.ui.workspace import Place

ModelIndex = QModelIndex | QPersistentModelIndex
TAG_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class TagRow:
    tag: str
    count: int
    suggested: bool


def tag_rows(used: list[tuple[str, int]], suggested=SUGGESTED_THEMES) -> list[TagRow]:
    """Used tags by name, then the suggested themes nobody used yet."""
    names = {tag.casefold() for tag, _ in used}
    ideas = {t.casefold() for t in suggested}
    rows = [TagRow(tag, count, tag.casefold() in ideas)
            for tag, count in sorted(used, key=lambda u: u[0].casefold())]
    rows += [TagRow(t, 0, True) for t in suggested if t.casefold() not in names]
    return rows


class TagListModel(QAbstractTableModel):
    """Tag | uses. Unused suggested themes are greyed, with « — » for their count."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[TagRow] = []

    def set_rows(self, rows: list[TagRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Theme or tag"), self.tr("Uses"))[section] if section < 2 else None
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        unused = row.count == 0
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return row.tag
            return str(row.count) if row.count else "—"
        if role == TAG_ROLE:
            return row.tag
        if role == Qt.ItemDataRole.ToolTipRole:  # the name whole, should the column cut it
            if unused:
                return self.tr("%1: a suggested theme, not used yet").replace("%1", row.tag)
            return self.tr("%1: used %2 times").replace("%1", row.tag).replace(
                "%2", str(row.count))
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0 and unused:
            return self.tr("%1 (suggested theme, not used yet)").replace("%1", row.tag)
        if role == Qt.ItemDataRole.ForegroundRole and unused:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and unused:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class ItemRow:
    kind: str  # session | learning | action | topic
    ref_id: int
    text: str
    group: str
    session_id: int | None
    session_number: int | None
    day: date | None
    group_id: int | None


class TaggedItemsModel(QAbstractTableModel):
    """What | text | group | session | date, newest first."""

    HEADERS = ("What", "Text", "Group", "Session", "Date")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ItemRow] = []

    def set_rows(self, rows: list[ItemRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return (self.tr("What"), self.tr("Text"), self.tr("Group"), self.tr("Session"),
                    self.tr("Date"))[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:  # every cell whole, should its column cut it
            return row.text if column == 1 else self.data(index)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return kind_label(row.kind)
        if column == 1:
            return " ".join(row.text.split())
        if column == 2:
            return row.group
        if column == 3:
            return "" if row.session_number is None else str(row.session_number)
        return formats.format_date(row.day)  # « 12 novembre 2026 », as everywhere else


def tagged_items(store: JournalStore, tag: str) -> list[ItemRow]:
    """Everything filed under ``tag``, with its session and group, newest first."""
    groups = {g.id: g for g in store.groups.list()}
    sessions: dict[int, object] = {}

    def session(session_id: int | None):
        if session_id is None:
            return None
        if session_id not in sessions:
            try:
                sessions[session_id] = store.sessions.get(session_id)
            except NotFoundError:
                sessions[session_id] = None
        return sessions[session_id]

    rows: list[ItemRow] = []
    for item in store.tags.items(tag):
        try:
            if item.kind == "session":
                s = session(item.ref_id)
                if s is None:
                    continue
                text = s.title or ", ".join(s.themes)
                session_id, group_id = s.id, s.group_id
            elif item.kind == "learning":
                learning = store.learnings.get(item.ref_id)
                text, session_id = learning.text, learning.session_id
                group_id = None
            elif item.kind == "action":
                action = store.actions.get(item.ref_id)
                text, session_id = action.title, action.session_id
                group_id = None
            elif item.kind == "topic":
                topic = store.topics.get(item.ref_id)
                text, session_id, group_id = topic.title, topic.session_id, topic.group_id
            else:
                continue
        except NotFoundError:
            continue
        s = session(session_id)
        if s is not None:
            group_id = s.group_id
        group = groups.get(group_id)
        rows.append(ItemRow(item.kind, item.ref_id, text, group.name if group else "",
                            session_id, s.number if s else None, s.date if s else None,
                            group_id))
    rows.sort(key=lambda r: (r.day or date.max, r.kind, r.ref_id), reverse=True)
    return rows


class TagsView(QWidget):
    """The tag browser: tags on the left, what carries the chosen one on the right."""

    itemActivated = Signal(object)  # noqa: N815 - an ItemRow

    def __init__(self, store: JournalStore, workspace=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.store = store
        self.workspace = workspace
        self.current_tag: str | None = None

        self.title = style.label(self.tr("Themes and tags"), "title")
        self.subtitle = style.label(
            self.tr("The themes of your sessions and the tags of your learnings, actions and "
                    "topics. Suggested themes in grey are not used yet."), "subtitle", wrap=True)
        self.tag_model = TagListModel(self)
        self.tags = QTableView()
        self.tags.setObjectName("tagList")
        self.tags.setAccessibleName(self.tr("Themes and tags"))
        self.title.setBuddy(self.tags)
        self.tags.setModel(self.tag_model)
        self.item_model = TaggedItemsModel(self)
        self.items = QTableView()
        self.items.setObjectName("taggedItems")
        self.items.setAccessibleName(self.tr("Filed under the chosen tag"))
        self.items.setModel(self.item_model)
        for table in (self.tags, self.items):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.setTabKeyNavigation(False)  # Tab leaves the table; arrows walk its rows
            table.setShowGrid(False)
            table.setWordWrap(False)
            table.verticalHeader().setDefaultSectionSize(28)
            table.setStyleSheet(item_view_style(f"QTableView#{table.objectName()}"))
        header = self.tags.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tags.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.items.horizontalHeader()
        for column in (0, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The text and the group share what is left (``_fit_columns``): the text first.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items.installEventFilter(self)
        self.items_title = style.label("", "heading", wrap=True)
        self.items_hint = style.label("", "muted", wrap=True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.addWidget(self.items_title)
        right_layout.addWidget(self.items_hint)
        right_layout.addWidget(self.items, 1)
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tags)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout.addLayout(row, 1)

        # Signals, in one place
        self.tags.selectionModel().selectionChanged.connect(self._tag_selected)
        self.items.activated.connect(self._activated)
        if workspace is not None:
            self.itemActivated.connect(self.open_item)
        # Nothing is read here: the shell calls refresh() when it shows the view.

    # -- sizes --------------------------------------------------------------------------------
    def tag_list_width(self) -> int:
        """Room for the headers of the tag list (« Thème ou étiquette », « Utilisations »)."""
        header = self.tags.horizontalHeader()
        return (header.sectionSizeHint(0) + header.sectionSizeHint(1)
                + 2 * self.tags.frameWidth() + self.tags.verticalScrollBar().sizeHint().width())

    def text_width(self) -> int:
        """The least the Text column gets: about 30 characters."""
        return self.items.fontMetrics().averageCharWidth() * 30

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            wanted = max(self.tag_list_width(), 220)
            self.splitter.setSizes([wanted, max(self.splitter.width() - wanted, 1)])

    def eventFilter(self, watched, event) -> bool:
        if watched is self.items and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """What, session and date as wide as their contents; the text gets the rest, at
        least ``text_width``; the group what remains, its names elided (whole in tooltips)."""
        header = self.items.horizontalHeader()
        room = self.items.viewport().width()
        fixed = sum(header.sectionSize(column) for column in (0, 3, 4))
        group = max(header.sectionSizeHint(2), self.items.sizeHintForColumn(2))
        left = room - fixed
        text = max(self.text_width(), left - min(group, left // 3))
        header.resizeSection(1, text)
        header.resizeSection(2, max(left - text, min(group, header.sectionSizeHint(2))))

    # -- the view's interface ----------------------------------------------------------------
    def refresh(self) -> None:
        used = [(u.tag, u.count) for u in self.store.tags.all()]
        self.tag_model.set_rows(tag_rows(used))
        wanted = self.current_tag or (used[0][0] if used else None)
        self.current_tag = None
        if wanted is not None:
            self.select_tag(wanted)
        else:
            self._show_items(None)

    def flush(self) -> None:
        """Nothing to save: this view only reads the journal."""

    def clear(self) -> None:
        self.current_tag = None
        self.tag_model.set_rows([])
        self.item_model.set_rows([])
        self.items_title.clear()
        self.items_hint.clear()

    def select_tag(self, tag: str) -> bool:
        for row, tag_row in enumerate(self.tag_model.rows):
            if tag_row.tag.casefold() == tag.casefold():
                self.tags.selectRow(row)
                self.tags.scrollTo(self.tag_model.index(row, 0))
                if self.current_tag is None or self.current_tag.casefold() != tag.casefold():
                    self._show_items(tag_row.tag)
                return True
        return False

    def open_item(self, row: ItemRow) -> None:
        if self.workspace is not None:
            self.workspace.go_to(Place(row.session_id, row.kind, group_id=row.group_id))

    # -- inside --------------------------------------------------------------------------------
    def _tag_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._show_items(indexes[0].data(TAG_ROLE))

    def _show_items(self, tag: str | None) -> None:
        self.current_tag = tag
        rows = tagged_items(self.store, tag) if tag else []
        self.item_model.set_rows(rows)
        for column in (0, 3, 4):
            self.items.resizeColumnToContents(column)
        self._fit_columns()
        if tag is None:
            self.items_title.setText(self.tr("No tag yet"))
            self.items_hint.setText(self.tr("Give a session a theme, or tag a learning, an action "
                                            "or a topic: it is filed here."))
        else:
            self.items_title.setText(f"« {tag} »")
            self.items_hint.setText(
                self.tr("Double-click an item to open its session.") if rows else
                self.tr("Nothing is filed under this theme yet."))

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ITEM_ROLE)
        if row is not None:
            self.itemActivated.emit(row)
