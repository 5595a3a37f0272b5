"""The sidebar: Home, the views over the whole journal (progress, themes, timeline),
then the journal's groups and, under each, its sessions.

``JournalTreeModel`` is a two-level item model (group → session) read from the
store in two queries; it holds no note text, only what the tree shows (group
names, session numbers, dates, status, themes for the tooltip). ``clear()``
empties it when the journal locks.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from carnet.store import JournalStore
from carnet.ui import formats, style
from carnet.ui.a11y import set_checked
from carnet.ui.models.journal_tree import (
    ID_ROLE,
    KIND_ROLE,
    JournalTreeModel,
)

#: The views over the whole journal the sidebar can open, in order (keys of
#: ``MainWindow.register_view``); those not registered are not shown.
VIEW_KEYS = ("progress", "tags", "timeline")


class Sidebar(QWidget):
    """Home button, buttons for the journal-wide views, the group/session tree and a
    "new group" button."""

    homeRequested = Signal()  # noqa: N815
    viewRequested = Signal(str)  # noqa: N815 - a key of VIEW_KEYS
    groupSelected = Signal(int)  # noqa: N815
    sessionSelected = Signal(int)  # noqa: N815
    newGroupRequested = Signal()  # noqa: N815
    newSessionRequested = Signal(int)  # noqa: N815 - the group's id
    extraSessionRequested = Signal(int)  # noqa: N815 - the group's id
    removeSessionRequested = Signal(int)  # noqa: N815 - the session's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.model = JournalTreeModel(self)
        self._scroll_pending = False  # the soonest session to show once laid out

        self.home_button = QPushButton(self.tr("Home"))
        self.home_button.setProperty("role", "nav")
        self.home_button.setCheckable(True)
        self.home_button.setAutoExclusive(True)  # one page at a time: read as radio buttons
        view_names = {"progress": self.tr("Progress"), "tags": self.tr("Themes"),
                      "timeline": self.tr("Timeline")}
        self.view_buttons: dict[str, QPushButton] = {}
        for key in VIEW_KEYS:
            button = QPushButton(view_names[key])
            button.setObjectName(f"sidebar_{key}")
            button.setProperty("role", "nav")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.hide()  # until the workspace says the view exists (``set_views``)
            button.clicked.connect(lambda _checked=False, k=key: self._view_clicked(k))
            self.view_buttons[key] = button
        self.section = style.label(self.tr("Groups"), "section")
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Groups"))
        self.section.setBuddy(self.tree)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(16)
        self.tree.setIconSize(QSize(14, 14))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAnimated(True)
        # No dotted focus frame on the current row (the selection shows it): the style
        # sheet's « outline: 0 » for this tree (style.py). A QProxyStyle overriding
        # drawPrimitive in Python did the same at the cost of a call into Python per
        # primitive painted, and of PySide resolving every QStyleOption type at the
        # first paint (~20 ms once).
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.new_group_button = QPushButton(self.tr("New group…"))
        self.new_group_button.setProperty("role", "link")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 10)
        layout.setSpacing(6)
        layout.addWidget(self.home_button)
        for button in self.view_buttons.values():
            layout.addWidget(button)
        header = QHBoxLayout()
        header.setContentsMargins(12, 10, 8, 0)
        header.addWidget(self.section)
        header.addStretch(1)
        layout.addLayout(header)
        layout.addWidget(self.tree, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(12, 0, 8, 0)
        footer.addWidget(self.new_group_button)
        footer.addStretch(1)
        layout.addLayout(footer)

        self.home_button.clicked.connect(self._home_clicked)
        self.new_group_button.clicked.connect(self.newGroupRequested)
        # What the person selects opens (click, keys) — not a row merely made current: the
        # tree, re-read (a sync), makes its first row current, unselected, when it gets the
        # focus back with the window; that opened a group page by itself.
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

    def context_actions(self, index: QModelIndex) -> list[QAction]:
        """What the right-click menu offers for a row (tests call this directly)."""
        group = self.model.group_of(index)
        if group is None:
            return [self._menu_action(self.tr("New group…"), self.newGroupRequested.emit)]
        actions = [self._menu_action(self.tr("New session in this group"),
                                     lambda: self.newSessionRequested.emit(group.id)),
                   self._menu_action(self.tr("Add an extra session to this group"),
                                     lambda: self.extraSessionRequested.emit(group.id)),
                   self._menu_action(self.tr("Edit the group"),
                                     lambda: self.select_group(group.id, notify=True))]
        session = self.model.session_at(index)
        if session is not None:
            session_id = session.id
            actions.append(self._menu_action(
                self.tr("Remove this session…"),
                lambda: self.removeSessionRequested.emit(session_id)))
        return actions

    def _menu_action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def _context_menu(self, position) -> None:
        index = self.tree.indexAt(position)
        menu = QMenu(self)
        menu.addActions(self.context_actions(index))
        menu.exec(self.tree.viewport().mapToGlobal(position))

    # -- data ------------------------------------------------------------------------------------
    def load(self, store: JournalStore) -> None:
        """(Re)read the tree, keeping what was expanded and selected."""
        expanded = {self.model.group_at(self.model.index(r, 0)).id
                    for r in range(self.model.rowCount())
                    if self.tree.isExpanded(self.model.index(r, 0))}
        first_load = self.model.rowCount() == 0
        kind, ident = self.selected()
        self.tree.blockSignals(True)
        self.tree.selectionModel().blockSignals(True)
        try:
            self.model.load(store)
            for row in range(self.model.rowCount()):
                index = self.model.index(row, 0)
                group = self.model.group_at(index)
                if first_load or group.id in expanded:
                    self.tree.setExpanded(index, True)
            if kind is not None:
                self._select(kind, ident)
        finally:
            self.tree.selectionModel().blockSignals(False)
            self.tree.blockSignals(False)
        if first_load and kind is None:
            self.show_soonest()

    def show_soonest(self) -> None:
        """The soonest next session scrolled into sight (in a 1024×700 window the tree
        showed the first group's past sessions, the coming one below them, out of
        sight), once the tree is shown."""
        index = self.model.soonest_next()
        if not index.isValid():
            return
        if not self.tree.isVisible():
            self._scroll_pending = True  # done once the sidebar is shown (showEvent)
            return
        self._scroll_pending = False
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def clear(self) -> None:
        self._scroll_pending = False
        self.tree.selectionModel().blockSignals(True)
        self.model.clear()
        self.tree.selectionModel().blockSignals(False)

    # -- selection -------------------------------------------------------------------------------
    def selected(self) -> tuple[str | None, int | None]:
        index = self.tree.currentIndex()
        if not index.isValid() or not self.tree.selectionModel().isSelected(index):
            return None, None
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def select_session(self, session_id: int, *, notify: bool = False) -> bool:
        return self._select("session", session_id, notify=notify)

    def select_group(self, group_id: int, *, notify: bool = False) -> bool:
        return self._select("group", group_id, notify=notify)

    def select_home(self) -> None:
        self._clear_tree_selection()
        self._check_nav(self.home_button)

    def select_view(self, key: str) -> None:
        """A journal-wide view is shown: its button checked (none for other views)."""
        self._clear_tree_selection()
        self._check_nav(self.view_buttons.get(key))

    def set_views(self, keys) -> None:
        """Show the buttons of the views that exist."""
        for key, button in self.view_buttons.items():
            button.setVisible(key in keys)

    def preferred_width(self) -> int:
        """Wide enough for the longest session row this font can give (« 10/10 · 28
        septembre 2026 »), with the tree's indentation, icon and frame."""
        metrics = self.tree.fontMetrics()
        widest = max(metrics.horizontalAdvance(
            f"10/10  ·  {formats.format_date(date(2026, month, 28), 'medium')}")
            for month in range(1, 13))
        margins = self.layout().contentsMargins()
        chrome = (2 * self.tree.indentation() + self.tree.iconSize().width() + 24
                  + 2 * self.tree.frameWidth() + margins.left() + margins.right()
                  + self.tree.verticalScrollBar().sizeHint().width())
        return max(widest + chrome, 240)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._scroll_pending:
            self.show_soonest()

    def _clear_tree_selection(self) -> None:
        self.tree.selectionModel().blockSignals(True)
        self.tree.selectionModel().clearSelection()
        self.tree.setCurrentIndex(QModelIndex())
        self.tree.selectionModel().blockSignals(False)

    def _check_nav(self, checked: QPushButton | None) -> None:
        for button in (self.home_button, *self.view_buttons.values()):
            set_checked(button, button is checked)  # none checked on a group or a session

    def _select(self, kind: str, ident: int, *, notify: bool = False) -> bool:
        index = (self.model.index_of_session(ident) if kind == "session"
                 else self.model.index_of_group(ident))
        if not index.isValid():
            return False
        if kind == "session":
            self.tree.setExpanded(index.parent(), True)
        selection = self.tree.selectionModel()
        selection.blockSignals(not notify)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        self.tree.scrollTo(index)
        self._check_nav(None)
        return True

    def _home_clicked(self) -> None:
        self.home_button.setChecked(True)
        self.homeRequested.emit()

    def _view_clicked(self, key: str) -> None:
        self._check_nav(self.view_buttons[key])
        self.viewRequested.emit(key)

    def _selection_changed(self, selected, _deselected) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        current = indexes[0]
        if not current.isValid():
            return
        self._check_nav(None)
        if current.data(KIND_ROLE) == "group":
            self.groupSelected.emit(current.data(ID_ROLE))
        else:
            self.sessionSelected.emit(current.data(ID_ROLE))
