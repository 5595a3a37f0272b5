"""Finding things again: results while typing, filters, and the way back to the text.

The query comes from the toolbar's search field (``carnet.ui.insights`` wires
it); this view runs ``store.search`` inside the encrypted journal and keeps
nothing: no history, no cache on disk. Snippets are the person's own text, so
they are painted as plain characters with the match in bold
(``carnet.ui.result_delegate``), never read as markup; their rich text (for
whoever asks the model) is HTML-escaped first and only then gets the ``<b>``.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal

# No row is a QTextDocument any more (see result_delegate); the name stays here because
# the trust tests swap it for a spy that proves no snippet loads a resource.
from PySide6.QtGui import QTextDocument  # noqa: F401
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QListView,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import Role
from carnet.store import JournalStore
from carnet.store.errors import StoreError
from carnet.store.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchFilters, SearchHit
from carnet.ui import formats, style
from carnet.ui.a11y import announce_status
from carnet.ui.date_edit import DateEdit
from carnet.ui.fit import elide_combo, fit_combo, fit_date_edit
from carnet.ui.models.search_results import (
    HIT_ROLE,
    HTML_ROLE,
    PAGE,
    SearchResultsModel,
    snippet_html,
)
from carnet.ui.os_words import store_reason
from carnet.ui.result_delegate import ResultDelegate
from carnet.ui.style import item_view_style
from carnet.ui.workspace import Place

LIMIT = 100  # hits of one search, the most recent (listed a PAGE at a time)
MIN_CHARS = 2
KINDS = ("note", "learning", "feeling", "action", "review", "topic", "keyword", "objective",
         "assessment", "attachment", "session", "group")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchView", text)


def kind_labels() -> dict[str, str]:
    return {
        "note": _tr("Note"),
        "learning": _tr("Learning"),
        "feeling": _tr("Feeling"),
        "action": _tr("Action"),
        "review": _tr("Action review"),
        "topic": _tr("Topic to bring"),
        "keyword": _tr("Key word"),
        "objective": _tr("Objective"),
        "assessment": _tr("Self-assessment"),
        "attachment": _tr("Photo or document"),
        "session": _tr("Session"),
        "group": _tr("Group"),
    }


def kind_label(kind: str) -> str:
    return kind_labels().get(kind, kind)


#: Compiled at import: ``re``'s own cache, filled at the first search, would keep its
#: entry among the day's objects (issue 19).
_WORD = re.compile(r"\w+")


def effective_query(text: str) -> str:
    """What is sent to the store: the words typed, without lone letters when longer
    words are there. A lone letter (« d' », « l' », or the first letter of the next
    word being typed) narrows nothing but makes FTS5 merge every term starting with
    it: 40–100 ms per keystroke on a 10,000-session journal instead of 1–5 ms."""
    words = _WORD.findall(text)
    longer = [w for w in words if len(w) > 1]
    return " ".join(longer) if longer and len(longer) < len(words) else text.strip()


def first_match(snippet: str) -> str:
    """The first highlighted word, exactly as the person wrote it."""
    start = snippet.find(HIGHLIGHT_START)
    end = snippet.find(HIGHLIGHT_END, start + 1)
    return snippet[start + 1 : end] if start >= 0 and end > start else ""


# -- the view ------------------------------------------------------------------------------------
class SearchView(QWidget):
    """Results of the toolbar's query, narrowed by group, tag, role, dates and kind."""

    hitActivated = Signal(object)  # noqa: N815 - a SearchHit
    searched = Signal(int)  # number of hits of the last search

    def __init__(self, store: JournalStore, workspace=None, templates=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.store = store
        self.workspace = workspace
        self.templates = templates if templates is not None else getattr(
            workspace, "templates", None)
        self.query = ""
        self._groups: dict[int, object] = {}

        self.title = style.label(self.tr("Search"), "title")
        self.status = style.label("", "subtitle", wrap=True)
        self.status.setAccessibleDescription(self.tr("Search status"))  # its name: the text

        self.group_combo = QComboBox()
        self.kind_combo = QComboBox()
        self.role_combo = QComboBox()
        self.tag_combo = QComboBox()
        self.from_check = QCheckBox(self.tr("From"))
        self.to_check = QCheckBox(self.tr("to"))
        self.from_date = DateEdit()
        self.to_date = DateEdit()
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formats.medium_date_format())
            edit.setEnabled(False)
            fit_date_edit(edit)
        self.from_date.setAccessibleName(self.tr("From date"))
        self.to_date.setAccessibleName(self.tr("To date"))
        for combo, name in ((self.group_combo, self.tr("Group")),
                            (self.kind_combo, self.tr("Kind of item")),
                            (self.role_combo, self.tr("My role")),
                            (self.tag_combo, self.tr("Theme or tag"))):
            combo.setAccessibleName(name)
        # "" or 0 for "any": PySide6 6.12 drops a reference to None on each currentData()
        # of an item holding None (see the session editor's feeling picker).
        self.kind_combo.addItem(self.tr("Everything"), "")
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.role_combo.addItem(self.tr("Any role"), "")
        for role in Role:
            self.role_combo.addItem(formats.role_label(role), role.value)
        # A fixed vocabulary reads whole; the person's group and theme names may be of
        # any length: drawn with an ellipsis, whole in the tooltip.
        fit_combo(self.kind_combo)
        fit_combo(self.role_combo)
        elide_combo(self.group_combo, minimum_chars=14)
        elide_combo(self.tag_combo, minimum_chars=14)

        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.delegate = ResultDelegate(self.results)
        self.results.setItemDelegate(self.delegate)
        self.model.modelReset.connect(self._results_reset)
        self.model.totalChanged.connect(self._show_status)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(True)
        self.results.setSpacing(0)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setStyleSheet(
            item_view_style("QListView#searchResults")
            + f"QListView#searchResults::item {{ border-bottom: 1px solid {style.LINE}; }}")

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.setVerticalSpacing(6)
        for place, (text, widget) in enumerate(((self.tr("Group"), self.group_combo),
                                                (self.tr("Theme"), self.tag_combo),
                                                (self.tr("Kind"), self.kind_combo),
                                                (self.tr("Role"), self.role_combo))):
            label = style.label(text, "muted")
            label.setBuddy(widget)
            filters.addWidget(label, place // 2, 2 * (place % 2))
            filters.addWidget(widget, place // 2, 2 * (place % 2) + 1)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        dates = QHBoxLayout()
        dates.setSpacing(8)
        dates.addWidget(self.from_check)
        dates.addWidget(self.from_date)
        dates.addWidget(self.to_check)
        dates.addWidget(self.to_date)
        dates.addStretch(1)
        filters.addLayout(dates, 2, 0, 1, 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        # Signals, in one place
        for combo in (self.group_combo, self.kind_combo, self.role_combo, self.tag_combo):
            combo.currentIndexChanged.connect(self.run)
        # Methods of ours, not the fields' C++ slots (PySide keeps a string for each
        # connection to a C++ slot, never freed: issue 19)
        self.from_check.toggled.connect(self._from_toggled)
        self.to_check.toggled.connect(self._to_toggled)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self.run)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self._date_changed)
        self.results.activated.connect(self._activated)
        if workspace is not None:
            self.hitActivated.connect(self.open_hit)

        self._choices_loaded = False  # groups and tags: read by refresh() or the first search
        self._show_status(0)

    # -- the view's interface --------------------------------------------------------------
    def refresh(self) -> None:
        """New groups or tags may exist, and items may have changed: search again."""
        self._load_choices()
        self.run()

    def flush(self) -> None:
        """Nothing to save: this view only reads the journal."""

    def clear(self) -> None:
        self.query = ""
        self.model.clear()
        self.delegate.forget()
        self.tag_combo.clear()
        self.group_combo.clear()
        self._choices_loaded = False
        self.status.clear()

    def set_query(self, text: str) -> None:
        self.query = text.strip()
        self.run()

    def filters(self) -> SearchFilters:
        group = self.group_combo.currentData()
        kind = self.kind_combo.currentData()
        role = self.role_combo.currentData()
        tag = self.tag_combo.currentData()
        return SearchFilters(
            group_ids=(group,) if group else None,
            kinds=(kind,) if kind else None,
            roles=(Role(role),) if role else None,
            tag=tag or None,
            start=formats.pydate(self.from_date.date()) if self.from_check.isChecked() else None,
            end=formats.pydate(self.to_date.date()) if self.to_check.isChecked() else None,
        )

    def run(self, *_args) -> int:
        """Search now; the number of hits."""
        if len(self.query) < MIN_CHARS:
            self.model.clear()
            self._show_status(0)
            self.searched.emit(0)
            return 0
        if not self._choices_loaded:
            self._load_choices()
        query, filters = effective_query(self.query), self.filters()
        try:
            # The first page now, the rest as the list scrolls; the total is counted
            # (without snippets) only when there may be more than a page.
            hits = self.store.search(query, filters, limit=PAGE)
            total = (self.store.search_count(query, filters, limit=LIMIT)
                     if len(hits) >= PAGE else len(hits))
        except StoreError as exc:
            self._failed(exc)
            return 0
        kinds = kind_labels()
        session_word = self.tr("session %1")
        days: dict = {}  # hits share dates: format each once
        # Made for the rows shown only (a screenful of the hundred), as their snippets.
        self.model.set_hits(hits, lambda hit: self._meta(hit, kinds, session_word, days),
                            total=total,
                            more=lambda after, wanted: self._more(query, filters, after, wanted))
        if hits:
            self.results.scrollToTop()
        self._show_status(self.model.total)
        self.searched.emit(self.model.total)
        return self.model.total

    def _more(self, query: str, filters: SearchFilters, after: SearchHit,
              wanted: int) -> list[SearchHit] | None:
        """The next page of the search shown (the list was scrolled to its end)."""
        try:
            return self.store.search(query, filters, limit=wanted, after=after)
        except StoreError as exc:
            self.status.setText(self.tr("The search failed: %1").replace(
                "%1", store_reason(str(exc), reading=True)))
            announce_status(self.status, self.results)
            return None

    def _failed(self, exc: StoreError) -> None:
        self.model.clear()
        self.status.setText(self.tr("The search failed: %1").replace(
            "%1", store_reason(str(exc), reading=True)))
        announce_status(self.status, self.results)

    def open_hit(self, hit: SearchHit) -> None:
        if self.workspace is None:
            return
        self.workspace.go_to(Place(hit.session_id, hit.kind, hit.step_id,
                                   first_match(hit.snippet), hit.group_id))

    def focus_results(self) -> None:
        if self.model.rowCount():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0))

    # -- inside --------------------------------------------------------------------------------
    def _load_choices(self) -> None:
        self._choices_loaded = True
        groups = self.store.groups.list()
        self._groups = {g.id: g for g in groups}
        self._refill(self.group_combo, self.tr("All groups"), 0,
                     [(g.name, g.id) for g in groups])
        self._refill(self.tag_combo, self.tr("Any theme"), "",
                     [(use.tag, use.tag) for use in self.store.tags.all()])
        if not self.from_check.isChecked() and not self.to_check.isChecked():
            # Defaults only (the dates count once ticked): from the journal's first
            # session or group start, never after « au » (today). From the earliest
            # group's start alone, a cycle begun again next month gave « Du 14 décembre »
            # « au 7 décembre », and ticking « Du » hid every text (fresh8's G20).
            today = date.today()
            starts = [g.start_date for g in groups if g.start_date is not None]
            first = self.store.sessions.first_date()
            earliest = min([*starts, *([first] if first else []), today])
            for edit, day in ((self.from_date, earliest), (self.to_date, today)):
                edit.blockSignals(True)
                edit.setDate(formats.qdate(day))
                edit.blockSignals(False)

    @staticmethod
    def _refill(combo: QComboBox, everything: str, anything: object,
                items: list[tuple[str, object]]) -> None:
        current = combo.currentData() if combo.count() else anything
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, anything)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _from_toggled(self, on: bool) -> None:
        self.from_date.setEnabled(on)

    def _to_toggled(self, on: bool) -> None:
        self.to_date.setEnabled(on)

    def _date_changed(self, *_args) -> None:
        if self.from_check.isChecked() or self.to_check.isChecked():
            self.run()

    def _meta(self, hit: SearchHit, kinds: dict[str, str], session_word: str,
              days: dict) -> str:
        parts = [kinds.get(hit.kind, hit.kind)]
        group = self._groups.get(hit.group_id) if hit.group_id is not None else None
        if hit.kind == "note" and hit.step_id:
            parts.append(self._step_title(group, hit.step_id))
        if group is not None:
            parts.append(group.name)
        if hit.session_number is not None:
            parts.append(session_word.replace("%1", str(hit.session_number)))
        if hit.session_date is not None:
            if hit.session_date not in days:
                days[hit.session_date] = formats.format_date(hit.session_date)
            parts.append(days[hit.session_date])
        return " · ".join(p for p in parts if p)

    def _step_title(self, group, step_id: str) -> str:
        if group is None or self.templates is None:
            return ""
        from carnet.ui.i18n import current_language

        lang = current_language()
        template = self.templates.get(group.template_id)
        step = template.step(step_id) if template is not None else None
        if step is not None:
            return step.title.get(lang)
        # the cycle review's and a former format's notes: their titles as on the page
        from carnet.ui.session_editor.cycle import CYCLE_STEP_IDS, cycle_steps

        if step_id in CYCLE_STEP_IDS:
            return next(s.title.get(lang) for s in cycle_steps([]) if s.id == step_id)
        return self.templates.step_title_elsewhere(step_id, lang) or ""

    def _show_status(self, count: int) -> None:
        if len(self.query) < MIN_CHARS:
            self.status.setText(self.tr("Type at least two letters in the search field above: "
                                        "every text of the journal is searched, accents and "
                                        "capitals ignored."))
        elif count == 0 and (self.from_check.isChecked() or self.to_check.isChecked()):
            # said: the dates ticked may be what hides the texts
            self.status.setText(self.tr("Nothing found for « %1 » between these dates.")
                                .replace("%1", self.query))
        elif count == 0:
            self.status.setText(self.tr("Nothing found for « %1 ».").replace("%1", self.query))
        elif count >= LIMIT:
            self.status.setText(self.tr("The %1 most recent results for « %2 »: add a word or a "
                                        "filter to narrow them.")
                                .replace("%1", str(count)).replace("%2", self.query))
        elif count == 1:
            self.status.setText(self.tr("1 result for « %1 »").replace("%1", self.query))
        else:
            self.status.setText(self.tr("%1 results for « %2 », most recent first")
                                .replace("%1", str(count)).replace("%2", self.query))
        announce_status(self.status, self.results)

    def _results_reset(self) -> None:
        """No result left (lock, fewer than two letters, a failure): neither is any
        row laid out. New results keep the rows they show again (see the delegate)."""
        if not self.model.rowCount():
            self.delegate.forget()

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hitActivated.emit(hit)


__all__ = [
    "HIT_ROLE",
    "HTML_ROLE",
    "ResultDelegate",
    "SearchResultsModel",
    "SearchView",
    "snippet_html",
]
