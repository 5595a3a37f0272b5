"""Themes and tags: every tag with its count, and everything filed under one.

Suggested themes (``carnet.domain.SUGGESTED_THEMES``) are listed too, greyed
while nothing carries them, so the vocabulary of the groups is visible. Tag
names and items are the person's text: shown as plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import fold_theme
from carnet.store import JournalStore
from carnet.ui import style
from carnet.ui.models.tags import (
    ITEM_ROLE,
    TAG_ROLE,
    ItemRow,
    TaggedItemsModel,
    TagListModel,
    tag_rows,
    tagged_items,
)
from carnet.ui.style import item_view_style
from carnet.ui.workspace import Place

#: Between the tag list and what it files (beside it, or below it).
SIDE_MARGIN = 12


class TagsView(QWidget):
    """The tag browser: tags on the left, what carries the chosen one on the right."""

    itemActivated = Signal(object)  # noqa: N815 - an ItemRow

    def __init__(self, store: JournalStore, workspace=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.store = store
        self.workspace = workspace
        self.current_tag: str | None = None
        #: True once the rows were let go on leaving the view (``hideEvent``).
        self._released = False
        self._release_timer = QTimer(self, singleShot=True, interval=0)
        self._release_timer.timeout.connect(self._release)

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
        # As wide as their contents, measured once per tag (``_content_width``): Qt's own
        # ResizeToContents asks every cell of the column again at each layout.
        for column in (0, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._widths: dict[int, int] = {}
        # The text and the group share what is left (``_fit_columns``): the text first.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items.viewport().installEventFilter(self)  # its width is known once resized
        self.items_title = style.label("", "heading", wrap=True)
        self.items_hint = style.label("", "muted", wrap=True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(SIDE_MARGIN, 0, 0, 0)
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
        """The least the Text column gets: about 24 characters (its items elided, whole
        in their tooltips). With 30, the French columns — « Enseignement », « 22
        septembre 2026 » — left the table 5 px too narrow at 1280 px: the date was cut
        behind a horizontal scroll bar."""
        return self.items.fontMetrics().averageCharWidth() * 24

    def items_least_width(self, whole_group: bool = False) -> int:
        """The least width of what a tag files: what, session and date whole, the group's
        header (its names whole: ``whole_group``), ``text_width`` of text."""
        header = self.items.horizontalHeader()
        contents = sum(max(header.sectionSizeHint(column), self._content_width(column))
                       for column in (0, 3, 4))  # as wide as their contents
        group = header.sectionSizeHint(2)
        if whole_group:
            group = max(group, self._content_width(2))
        return (contents + group + self.text_width()
                + 2 * self.items.frameWidth() + self.items.verticalScrollBar().sizeHint().width())

    def side_by_side_width(self) -> int:
        """The least width for the tag list beside the items with ``text_width`` of text;
        narrower, the list goes above the items (a small window, a large font)."""
        return (max(self.tag_list_width(), 220) + self.items_least_width()
                + self.splitter.handleWidth()
                + SIDE_MARGIN)  # the items' column starts that far from the tag list

    def tags_wanted_width(self) -> int:
        """The tag list beside the items: its names whole when the items keep their least
        width, the groups' names whole (« positionnement vis-à-vi… » was cut while the
        items had room to give: fresh8's G14), else as wide as its headers."""
        least = max(self.tag_list_width(), 220)
        header, bar = self.tags.horizontalHeader(), self.tags.verticalScrollBar()
        chrome = self.tags.width() - self.tags.viewport().width()  # frame, style's margins
        whole = (self.tags.sizeHintForColumn(0) + header.sectionSize(1) + chrome
                 + (0 if bar.isVisible() else bar.sizeHint().width()))
        room = (self.splitter.width() - self.items_least_width(whole_group=True)
                - self.splitter.handleWidth() - SIDE_MARGIN)
        return max(least, min(whole, room))

    def _content_width(self, column: int) -> int:
        """What ``QTableView.sizeHintForColumn`` answers, from the one widest cell: the
        cells of a column differ only by their text (same font, no icon), so the widest
        text is the widest cell. Kept until the rows, the font or the style change."""
        width = self._widths.get(column)
        if width is None:
            model, metrics = self.item_model, self.items.fontMetrics()
            advances: dict[str, int] = {}
            widest_row, widest = -1, -1
            for row in range(model.rowCount()):
                text = model.display(row, column)
                advance = advances.get(text)
                if advance is None:
                    advance = advances[text] = metrics.horizontalAdvance(text)
                if advance > widest:
                    widest_row, widest = row, advance
            width = 0
            if widest_row >= 0:
                width = self.items.sizeHintForIndex(model.index(widest_row, column)).width()
            width = self._widths[column] = width + (1 if self.items.showGrid() else 0)
        return width

    def _size_columns(self) -> None:
        """What, session and date as wide as their contents (and their header)."""
        header = self.items.horizontalHeader()
        for column in (0, 3, 4):
            header.resizeSection(column, max(self._content_width(column),
                                             header.sectionSizeHint(column)))

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._widths.clear()
            self._size_columns()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._released:  # shown again without the shell's refresh(): read the journal
            self.refresh()
        self._arrange(force=True)

    def hideEvent(self, event) -> None:
        """Leaving the view lets its rows go (a theme can file thousands of items, held
        until the lock otherwise); the shell reads them again each time it shows the
        view (``refresh``), and the chosen tag is chosen again. A window minimised (a
        spontaneous hide) keeps them: nothing would read them again when it comes back.
        Let go when the event loop next turns: the hide can come from inside a table's
        own handling of a double-click (opening the item), which must not see its model
        reset under it."""
        super().hideEvent(event)
        if not event.spontaneous():
            self._release_timer.start()

    def _release(self) -> None:
        if not self.isVisible() and (self.tag_model.rows or self.item_model.rows):
            tag = self.current_tag
            self.clear()
            self.current_tag = tag
            self._released = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self, force: bool = False) -> None:
        """Side by side when there is room, else the tags above what they file."""
        orientation = (Qt.Orientation.Horizontal
                       if self.splitter.width() >= self.side_by_side_width()
                       else Qt.Orientation.Vertical)
        if not force and orientation == self.splitter.orientation():
            return
        self.splitter.setOrientation(orientation)
        beside = orientation == Qt.Orientation.Horizontal
        self.splitter.widget(1).layout().setContentsMargins(SIDE_MARGIN if beside else 0,
                                                            0 if beside else SIDE_MARGIN, 0, 0)
        if beside:
            wanted = self.tags_wanted_width()
            self.splitter.setSizes([wanted, max(self.splitter.width() - wanted, 1)])
        else:
            wanted = max(self.splitter.height() // 3, 6 * self.tags.verticalHeader()
                         .defaultSectionSize())
            self.splitter.setSizes([wanted, max(self.splitter.height() - wanted, 1)])

    def eventFilter(self, watched, event) -> bool:
        if watched is self.items.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """What, session and date as wide as their contents; the group's name whole
        while the text keeps ``text_width`` (a name is short, and cut it can read as
        another group; the texts are long and elided anyway, whole in their tooltips);
        the text gets the rest."""
        header = self.items.horizontalHeader()
        bar = self.items.verticalScrollBar()
        room = self.items.viewport().width() - (0 if bar.isVisible() else bar.sizeHint().width())
        fixed = sum(header.sectionSize(column) for column in (0, 3, 4))
        left = room - fixed
        group_least = header.sectionSizeHint(2)
        group_wanted = max(group_least, self._content_width(2))
        group = max(group_least, min(group_wanted, left - self.text_width()))
        header.resizeSection(1, max(left - group, self.text_width()))
        header.resizeSection(2, group)

    # -- the view's interface ----------------------------------------------------------------
    def refresh(self) -> None:
        self._released = False
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
        self._widths.clear()
        self.items_title.clear()
        self.items_hint.clear()

    def select_tag(self, tag: str) -> bool:
        for row, tag_row in enumerate(self.tag_model.rows):
            if fold_theme(tag_row.tag) == fold_theme(tag):
                self.tags.selectRow(row)
                self.tags.scrollTo(self.tag_model.index(row, 0))
                if self.current_tag is None or fold_theme(self.current_tag) != fold_theme(tag):
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
        self._widths.clear()
        self._size_columns()
        # Its rows decide whether the list still fits beside them (a tag whose rows hold
        # « Enseignement » and « 22 septembre 2026 » needs more than one of sessions in
        # May): laid out again, not only at a resize — the date was cut behind a
        # horizontal scroll bar at 1200 px (fresh8's G14).
        if self.isVisible():
            self._arrange(force=True)
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
