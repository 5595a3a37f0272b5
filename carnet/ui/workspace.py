"""The unlocked journal: sidebar on the left, the selected view in the centre.

A ``Workspace`` lives exactly as long as the journal is unlocked: the main
window builds one when the store opens and destroys it on lock, so no widget
outlives the key with journal text in it. Central views: the home view, the
group editor, the session editor, and any view another module registers with
``MainWindow.register_view``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QStackedWidget, QWidget

from carnet.domain import Role, SessionStatus
from carnet.domain.schedule import next_session, renumbered_after, session_to_open
from carnet.services.session_status import next_session as status_next_session
from carnet.store import JournalStore
from carnet.store.errors import NotFoundError, StoreError
from carnet.templates import TemplateSet
from carnet.ui import formats
from carnet.ui.home_view import HomeView
from carnet.ui.models.journal_tree import ID_ROLE, KIND_ROLE
from carnet.ui.services import messages
from carnet.ui.sidebar import Sidebar

if TYPE_CHECKING:
    from carnet.ui.group_editor import GroupEditor
    from carnet.ui.session_editor import SessionEditor

ViewFactory = Callable[[JournalStore, "Workspace"], QWidget]

#: The session page is destroyed this long (ms) after the person left it for another
#: screen, once that screen is painted (coming back builds the page anew anyway).
RELEASE_PAGE_MS = 300


@runtime_checkable
class JournalView(Protocol):
    """What the workspace asks of a registered view (``MainWindow.register_view``)."""

    def refresh(self) -> None:
        """Read the journal again: called each time the view is shown."""

    def flush(self) -> list[str] | bool | None:
        """Save what is typed in it: before a lock, a switch of journal, a quit.

        Says whether all of it is saved: ``None`` or ``True`` (or an empty list) when
        it is; otherwise why not, as a list of reasons (what the journal said: a full
        disk, a read-only file; never the text), or ``False`` when no reason is known.
        The window then asks before a quit or a lock, as nothing else keeps that text.
        """

    def clear(self) -> None:
        """Forget every journal text it shows: at lock, before it is destroyed."""


@dataclass(frozen=True)
class Place:
    """Where a search hit, a tag or a timeline row points: a session (at the step of
    ``kind``, on the word ``needle``), or — without a session — a group's objective, its
    own words (kind « group »: its page) or a backlog topic."""

    session_id: int | None
    kind: str = "session"
    step_id: str | None = None
    needle: str = ""
    group_id: int | None = None
#: (factory, replaces_reminder): a widget for the top of the home view.
HomeWidget = tuple[ViewFactory, bool]


def _resolve_qt_types() -> None:
    """Have PySide create the Python types of every Qt class now.

    PySide creates them lazily; the first object of a class it does not export (an
    internal one: an animation timer, an event dispatcher) that reaches Python — the
    idle watcher's application-wide event filter sees every object — makes it create
    all of them at once: ~40 ms here, until now at Home's first paint. The
    application's children include such objects.
    """
    app = QCoreApplication.instance()
    if app is not None:
        app.children()


def commit_typed_dates(parent: QWidget) -> None:
    """A date typed in a field, the keyboard still there, is taken before a save: only
    leaving the field (Tab, a click) took it, so a lock or a quit kept the old date
    (found by a review). A date the field cannot hold is refused there, as on Tab."""
    from carnet.ui.date_edit import DateEdit

    for field in parent.findChildren(DateEdit):
        if field.has_typed():
            field.commit()


class Workspace(QWidget):
    """Built empty while the key is derived (``Workspace(None, …)``: widgets and
    their style, no journal content), then given the store by ``open``; or both at
    once (``Workspace(store, …)``)."""

    saveStateChanged = Signal(str)  # noqa: N815
    errorOccurred = Signal(str)  # noqa: N815
    noticeShown = Signal(str)  # noqa: N815 - a sentence for the status bar
    locationChanged = Signal()  # noqa: N815 - the view or the selection changed

    def __init__(self, store: JournalStore | None, templates: TemplateSet, *,
                 reminder_days: int = 3, views: dict[str, ViewFactory] | None = None,
                 home_widgets: list[HomeWidget] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.store: JournalStore = store  # type: ignore[assignment] - set by open()
        self._opened = False
        self.templates = templates
        self.sidebar = Sidebar()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.home = HomeView(store, reminder_days)
        self.stack.addWidget(self.home)
        self.group_editor: GroupEditor | None = None
        self.session_editor: SessionEditor | None = None
        self._views: dict[str, QWidget] = {}
        self._view_factories = dict(views or {})

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.sidebar.setMinimumWidth(240)
        self.sidebar.set_views(self._view_factories)
        self.splitter.setSizes([max(310, self.sidebar.preferred_width()), 900])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        # Signals, in one place
        self.sidebar.homeRequested.connect(self.show_home)
        self.sidebar.viewRequested.connect(self.show_view)
        self.sidebar.groupSelected.connect(self.show_group)
        self.sidebar.sessionSelected.connect(self.show_session)
        self.sidebar.newGroupRequested.connect(self.new_group)
        self.sidebar.newSessionRequested.connect(self.new_session)
        self.sidebar.extraSessionRequested.connect(self.add_extra_session)
        self.sidebar.removeSessionRequested.connect(self.remove_session)
        self.sidebar.tree.activated.connect(self._enter)
        self.home.sessionRequested.connect(self.show_session)
        self.home.newGroupRequested.connect(self.new_group)
        self.home.sessionChanged.connect(self._session_changed)
        self.stack.currentChanged.connect(self._page_changed)
        self._release_timer = QTimer(self, singleShot=True, interval=RELEASE_PAGE_MS)
        self._release_timer.timeout.connect(self._release_session_page)

        if store is not None:
            self.open(store, reminder_days=reminder_days, views=views,
                      home_widgets=home_widgets)

    @classmethod
    def prepare(cls, templates: TemplateSet, parent: QWidget | None = None) -> Workspace:
        """The workspace without a journal, its widgets styled (the costly part of
        showing them the first time): built while the key is derived, so that what is
        left after it is the journal's own content. Holds no journal text."""
        workspace = cls(None, templates, parent=parent)
        workspace.hide()
        workspace.ensurePolished()  # the style sheet resolved for every widget, now
        _resolve_qt_types()
        return workspace

    def open(self, store: JournalStore, *, reminder_days: int = 3,
             views: dict[str, ViewFactory] | None = None,
             home_widgets: list[HomeWidget] | None = None) -> None:
        """Show the journal: the home widgets of the features, the sidebar, Home."""
        if self._opened:
            raise RuntimeError("this workspace already shows a journal")
        self._opened = True
        self.store = store
        self.home.open(store, reminder_days)
        if views is not None:
            self._view_factories = dict(views)
            self.sidebar.set_views(self._view_factories)
        for factory, replaces_reminder in home_widgets or ():
            self.home.add_widget(factory(store, self), replaces_reminder=replaces_reminder)
        self.sidebar.load(store)
        self.show_home()

    # -- lazily built views ---------------------------------------------------------------
    def _group_editor(self) -> GroupEditor:
        if self.group_editor is None:
            from carnet.ui.group_editor import GroupEditor  # at first use, as the editor

            self.group_editor = GroupEditor(self.store, self.templates)
            self.group_editor.saved.connect(self._group_saved)
            self.group_editor.removed.connect(self._group_removed)
            self.group_editor.saveStateChanged.connect(self.saveStateChanged)
            self.group_editor.errorOccurred.connect(self.errorOccurred)
            self.stack.addWidget(self.group_editor)
        return self.group_editor

    def _session_editor(self) -> QWidget:
        if self.session_editor is None:
            from carnet.ui.session_editor import SessionEditor  # at first use: unlock stays quick

            self.session_editor = SessionEditor(self.store, self.templates)
            self.session_editor.saveStateChanged.connect(self.saveStateChanged)
            self.session_editor.errorOccurred.connect(self.errorOccurred)
            self.session_editor.sessionChanged.connect(self._session_changed)
            self.session_editor.extraSessionRequested.connect(self.add_extra_session)
            self.stack.addWidget(self.session_editor)
        return self.session_editor

    def view(self, key: str) -> QWidget | None:
        """A registered view, built on first use."""
        if key not in self._views and key in self._view_factories:
            widget = self._view_factories[key](self.store, self)
            # Its methods looked up, not ``isinstance(widget, JournalView)``: a protocol's
            # check keeps each class it saw in a cache, made at each view's first open
            # and kept, one of the day's objects (issue 19).
            if not all(callable(getattr(widget, name, None))
                       for name in ("refresh", "flush", "clear")):
                widget.deleteLater()
                raise TypeError(f"the view {key!r} lacks refresh(), flush() or clear()")
            self._views[key] = widget
            self.stack.addWidget(widget)
        return self._views.get(key)

    # -- where we are --------------------------------------------------------------------------
    @property
    def current_session_id(self) -> int | None:
        if self.session_editor is not None and self.stack.currentWidget() is self.session_editor:
            return self.session_editor.current_session_id
        return None

    def current_group_id(self) -> int | None:
        """The group in focus: the one shown or the selected session's."""
        current = self.stack.currentWidget()
        if self.group_editor is not None and current is self.group_editor:
            return self.group_editor.group_id
        session_id = self.current_session_id
        if session_id is not None:
            index = self.sidebar.model.index_of_session(session_id)
            group = self.sidebar.model.group_of(index)
            return group.id if group else None
        return None

    def location(self) -> tuple[str, int | None]:
        """("session", id) | ("group", id) | ("home", None) | (view key, None)."""
        current = self.stack.currentWidget()
        if current is self.session_editor and self.current_session_id is not None:
            return "session", self.current_session_id
        if self.group_editor is not None and current is self.group_editor:
            return ("group", self.group_editor.group_id) if self.group_editor.group_id else (
                "home", None)
        for key, widget in self._views.items():
            if widget is current:
                return key, None
        return "home", None

    def restore(self, kind: str, ident: int | None) -> None:
        """Go back to a location remembered across a lock (ids only, no content)."""
        try:
            if kind == "session" and ident is not None:
                self.show_session(ident)
            elif kind == "group" and ident is not None:
                self.show_group(ident)
            elif kind in self._view_factories:
                self.show_view(kind)
        except NotFoundError:
            self.show_home()

    # -- leaving the current view ---------------------------------------------------------
    def _leave(self) -> bool:
        """Save what the current view holds; False to stay (an unsaveable edit was kept)."""
        current = self.stack.currentWidget()
        if current is not None:
            commit_typed_dates(current)  # (its focus-out comes too late, or not at all)
        if current is self.session_editor and self.session_editor is not None:
            self.session_editor.flush()
        elif (self.group_editor is not None and current is self.group_editor
              and not self.group_editor.flush()):
            # The click already chose the page asked for in the sidebar: while the
            # question is open, it shows the group the person is still on.
            self._reselect_current()
            discard = messages().question(
                self, self.tr("Unsaved group"),
                self.tr("This group cannot be saved yet: %1\n\nDiscard the changes?")
                .replace("%1", " ".join(self.group_editor.problems()) or
                         self.tr("see the message on the form.")))
            if not discard:
                self._reselect_current()
                return False
            self.group_editor.revert()
        return True

    def _reselect_current(self) -> None:
        kind, ident = self.location()
        if kind == "group" and ident is not None:
            self.sidebar.select_group(ident)
        elif kind == "session" and ident is not None:
            self.sidebar.select_session(ident)
        else:
            self.sidebar.select_home()

    # -- navigation ------------------------------------------------------------------------------
    def show_home(self) -> None:
        if not self._leave():
            return
        self.home.refresh()
        self.stack.setCurrentWidget(self.home)
        self.sidebar.select_home()
        self.locationChanged.emit()

    def show_group(self, group_id: int) -> None:
        editor = self._group_editor()
        if self.stack.currentWidget() is editor and editor.group_id == group_id:
            return
        if not self._leave():
            return
        editor.load(group_id)
        self.stack.setCurrentWidget(editor)
        self.sidebar.select_group(group_id)
        self.locationChanged.emit()

    def new_group(self) -> None:
        if not self._leave():
            return
        editor = self._group_editor()
        editor.new_group()
        self.stack.setCurrentWidget(editor)
        self.sidebar.select_home()
        self.sidebar.home_button.setChecked(False)
        editor.name_edit.setFocus()
        self.locationChanged.emit()

    def show_session(self, session_id: int) -> None:
        editor = self._session_editor()
        if self.stack.currentWidget() is editor and editor.current_session_id == session_id:
            return
        if self.stack.currentWidget() is not editor and not self._leave():
            return
        if editor.load(session_id) is False and not self._discard_unsaved(editor, session_id):
            self._reselect_current()
            return
        self.stack.setCurrentWidget(editor)
        self.sidebar.select_session(session_id)
        self.locationChanged.emit()

    def go_to(self, place: Place) -> None:
        """Show the session (or the group) ``place`` points to, at its step, the matched
        word selected — the one way search, tags and the timeline open a place."""
        session_id = place.session_id
        if session_id is None:
            if place.group_id is None:
                return
            if place.kind in ("objective", "group"):  # (a group's own words: its page)
                self.show_group(place.group_id)
                return
            # A topic of the backlog: the group's next session shows its backlog.
            upcoming = status_next_session(self.store, date.today(), place.group_id)
            sessions = self.store.sessions.list_by_group(place.group_id)
            chosen = upcoming or (sessions[-1] if sessions else None)
            if chosen is None:
                self.show_group(place.group_id)
                return
            session_id = chosen.id
        self.show_session(session_id)
        editor = self.session_editor
        if editor is None or editor.current_session_id != session_id or place.kind == "session":
            return

        def show_match() -> None:
            if shiboken6.isValid(editor) and editor.current_session_id == session_id:
                editor.show_match(place.kind, place.step_id, place.needle)

        show_match()
        QTimer.singleShot(0, show_match)  # once more after the page's first layout pass

    def _discard_unsaved(self, editor: QWidget, session_id: int) -> bool:
        """The open session's last change could not be saved: replace its page (and lose
        that change) only if the person says so; True once the other session is shown."""
        if not messages().question(
                self, self.tr("Unsaved change"),
                self.tr("The last change to the open session could not be saved; it is still "
                        "on its page.\n\nOpen the other session and lose that change?")):
            return False
        return editor.load(session_id, discard=True) is not False

    def show_view(self, key: str) -> QWidget | None:
        widget = self.view(key)
        if widget is None or not self._leave():
            return None
        widget.refresh()
        self.stack.setCurrentWidget(widget)
        self.sidebar.select_view(key)
        self.locationChanged.emit()
        return widget

    def _enter(self, index) -> None:
        """Return on a sidebar row: show it and take the keyboard into its page."""
        kind, ident = index.data(KIND_ROLE), index.data(ID_ROLE)
        if kind == "group":
            self.show_group(ident)
            target = self.group_editor.name_edit if self.group_editor is not None else None
        elif kind == "session":
            self.show_session(ident)
            target = getattr(getattr(self.session_editor, "header", None), "title", None)
        else:
            return
        current = self.stack.currentWidget()
        if target is not None and current is not None and current.isAncestorOf(target):
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_session(self, group_id: int | None = None, *, extra: bool = False) -> int | None:
        """« Nouvelle séance » in a group (the one in focus by default): its planned
        meeting nearest to today is opened, nothing added (``session_to_open``: the
        coming one, or one just held not yet written about), and its page says so, with
        « Ajouter une séance en plus »; with none, or ``extra`` (that button, Édition ›
        « Ajouter une séance en plus »), a session dated today is added. Shows it; its id."""
        group_id = group_id or self.current_group_id() or self._default_group_id()
        if group_id is None:
            self.new_group()
            return None
        if not self._leave():
            return None
        group = self.store.groups.get(group_id)
        existing = self.store.sessions.list_by_group(group_id)
        today = date.today()
        session = None if extra else session_to_open(group, existing, today)
        if session is not None:
            opened = session
            notice = self.tr(
                "Session %1 (%2) was already planned: here it is, nothing was added.").replace(
                    "%1", str(session.number)).replace("%2", formats.format_date(session.date))
        else:
            template = self.templates.get(group.template_id)
            session = next_session(group, existing,
                                   template.default_role if template else Role.PARTICIPANT,
                                   today)
            try:
                with self.store.transaction():  # (its place in time: later ones move up)
                    for later in renumbered_after(existing, session):
                        self.store.sessions.update(later)
                    self.store.sessions.add(session)
            except StoreError as exc:
                self.errorOccurred.emit(str(exc))
                return None
            self.sidebar.load(self.store)
            opened, notice = None, ""
        self.show_session(session.id)
        editor = self.session_editor
        if editor is not None and editor.header is not None:
            if opened is not None and self.current_session_id == opened.id:
                editor.header.say_already_planned(notice)
            # the keyboard in the new page, at its first field (it stayed in the sidebar,
            # whose type-ahead ate what was typed next: a keyboard-only review)
            editor.header.title.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return session.id

    def add_extra_session(self, group_id: int | None = None) -> int | None:
        """A meeting outside the plan, dated today, even with planned ones left."""
        return self.new_session(group_id, extra=True)

    def remove_session(self, session_id: int) -> bool:
        """Remove a session made by mistake (a Ctrl+N too many), after a question; one
        with anything written in it is never removed (marked missed, it says the
        session did not happen for the person). True when removed."""
        from carnet.services.groups import remove_empty_session, session_is_empty

        shown = self.current_session_id == session_id
        if shown and self.session_editor is not None:
            self.session_editor.flush()  # what was just typed counts
        try:
            session = self.store.sessions.get(session_id)
            group = self.store.groups.get(session.group_id)
        except StoreError:
            return False
        name = self.tr("%1 — session %2").replace("%1", group.name).replace(
            "%2", str(session.number))
        if not session_is_empty(self.store, session_id):
            messages().information(self, self.tr("This session cannot be removed"), self.tr(
                "“%1” holds what you wrote: it cannot be removed, so that nothing you wrote "
                "is lost. If it did not take place for you, open it and mark it “%2”.").replace(
                    "%2", formats.session_status_label(SessionStatus.MISSED))
                .replace("%1", name))
            return False
        if not messages().question(self, self.tr("Remove the session"), self.tr(
                "Remove “%1”? Nothing is written in it. It is removed on your other devices "
                "too.").replace("%1", name)):
            return False
        if shown and self.session_editor is not None:
            self.session_editor.flush()
        if not remove_empty_session(self.store, session_id):
            messages().information(self, self.tr("This session cannot be removed"), self.tr(
                "Something was written in “%1” meanwhile: it was not removed.").replace(
                    "%1", name))
            return False
        self.sidebar.load(self.store)
        if shown:
            self.show_home()
        self.locationChanged.emit()
        return True

    def _default_group_id(self) -> int | None:
        upcoming = status_next_session(self.store, date.today())
        if upcoming is not None:
            return upcoming.group_id
        groups = self.store.groups.list(include_archived=False)
        return groups[0].id if groups else None

    # -- reactions ---------------------------------------------------------------------------------
    def _group_saved(self, group_id: int) -> None:
        self.sidebar.load(self.store)
        self.sidebar.select_group(group_id)
        self.locationChanged.emit()

    def _group_removed(self, _group_id: int) -> None:
        self.sidebar.load(self.store)
        self.show_home()

    def _session_changed(self, session_id: int) -> None:
        self.sidebar.load(self.store)
        if self.current_session_id == session_id:
            self.sidebar.select_session(session_id)

    def _page_changed(self, _index: int) -> None:
        editor = self.session_editor
        if editor is not None and self.stack.currentWidget() is not editor:
            self._release_timer.start()

    def _release_session_page(self) -> None:
        """The session page left behind is hidden: destroy it and give its memory back
        (a page holds ~600 widgets and their text documents: 6-7 MiB)."""
        editor = self.session_editor
        if editor is None or self.stack.currentWidget() is editor:
            return
        if editor.release():
            from carnet.ui.memory import release_page

            release_page()

    # -- lifecycle ----------------------------------------------------------------------------
    def flush(self, *, leaving: bool = False, typed_dates: bool = True,
              sync: bool = False) -> list[str]:
        """Save every pending edit now (before lock, switch of journal, quit); return
        why something stays unsaved, each reason once (empty when everything is saved).

        Asks each part: the session page (its autosave), the group form, and every
        registered view (``JournalView.flush``). ``leaving`` (a quit or a lock): an
        edit of the group form held back only by a missing name is kept under the
        group's previous name (``GroupEditor.keep_unsaved``), as the lock always did.
        ``sync`` (before a sync): a view with ``flush_for_sync`` saves only what its
        autosave would, never a form the person has not finished (Préparer's follow-up
        being typed was saved and its field emptied at each sync: fresh8's G10), and
        the group form is left to its « Enregistrer » (G9).
        """
        reasons: list[str] = []

        def add(found: list[str] | bool | None) -> None:
            if found is None or found is True:
                return
            for reason in [self.tr("a change was not saved")] if found is False else found:
                if reason not in reasons:
                    reasons.append(reason)

        if typed_dates:  # (not a sync's flush, ``typed_dates`` False: the person may
            commit_typed_dates(self)  # still be typing it, half a date is refused)
        documents = getattr(self.session_editor, "documents", None)
        if documents is not None:
            documents.flush()  # the caption typed in a photo's viewer, still open
        if self.session_editor is not None and not self.session_editor.flush():
            add(self.session_editor.unsaved_reasons())
        # (not before a sync: the group page has no autosave, its form waits for
        # « Enregistrer » — a sync saved an edit not decided, moving every planned
        # session, or created a group half described: fresh8's G9)
        if (not sync and self.group_editor is not None and not self.group_editor.flush()
                and not (leaving and self.group_editor.keep_unsaved())):
            add(self.group_editor.unsaved_reasons())
        for widget in self._views.values():
            add(getattr(widget, "flush_for_sync", widget.flush)() if sync else widget.flush())
        return reasons

    def clear(self) -> None:
        """Drop every piece of journal content this workspace shows."""
        if self.session_editor is not None:
            self.session_editor.clear()
        if self.group_editor is not None:
            self.group_editor.clear()
        for widget in self._views.values():
            widget.clear()
        self.home.clear()
        self.sidebar.clear()
