"""What every part of the session editor shares, and the store jobs it queues.

Jobs run on the autosave thread: they only touch the store and the ``Ref`` of their
row, never a widget. Snapshots are taken on the UI thread, so a job never reads a
field while the person types in it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from carnet.domain import Group, Objective, Session
from carnet.store import JournalStore
from carnet.templates import Template
from carnet.ui.formats import emotion_labels  # noqa: F401 - its home; imported from here too
from carnet.ui.session_editor.autosave import Autosaver


@dataclass
class EditorContext:
    """The open session as the editor's parts see it (UI thread only)."""

    store: JournalStore
    autosaver: Autosaver
    session: Session
    group: Group
    template: Template | None
    lang: str
    objectives: list[Objective] = field(default_factory=list)
    role_listeners: list[Callable[[str], None]] = field(default_factory=list)
    #: The page is drawn in its dark variant (see ``styles.is_dark_scheme``).
    dark: bool = False
    #: The width (px) a step's text will have on the page, before any layout ran: a
    #: field measures its text once at that width, not at a default width first.
    text_width: int = 0

    @property
    def session_id(self) -> int:
        assert self.session.id is not None
        return self.session.id

    def session_snapshot(self) -> Session:
        return dataclasses.replace(self.session, themes=list(self.session.themes))


class Ref:
    """The stored id of one row, shared between the UI and its jobs.

    Only jobs (on the single worker, in order) set it, so an edit made before the
    row's first save updates the row instead of adding it twice.
    """

    __slots__ = ("id",)

    def __init__(self, ident: int | None = None) -> None:
        self.id = ident


def upsert_job(repo: Any, ref: Ref, snapshot: Any) -> Callable[[], None]:
    def run() -> None:
        snapshot.id = ref.id
        if ref.id is None:
            repo.add(snapshot)
            ref.id = snapshot.id
        else:
            repo.update(snapshot)

    return run


def delete_job(repo: Any, ref: Ref) -> Callable[[], None]:
    def run() -> None:
        if ref.id is not None:
            repo.delete(ref.id)
            ref.id = None

    return run


def priority_labels() -> dict[int, str]:
    return {
        1: QCoreApplication.translate("Topics", "High priority"),
        2: QCoreApplication.translate("Topics", "Normal priority"),
        3: QCoreApplication.translate("Topics", "Low priority"),
    }


def scaled(pixels: int) -> int:
    """``pixels`` at the reference 10 pt font, grown or shrunk with the application font."""
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication

    points = QFontInfo(QApplication.font()).pointSizeF() or 10.0
    return round(pixels * max(points, 6.0) / 10.0)


def date_edit_format() -> str:
    """The locale's long date without the weekday: "12 mars 2025", "March 12, 2025"."""
    import re

    from PySide6.QtCore import QLocale

    long_format = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"d{4}[,.]?\s*", "", long_format).strip(" ,") or "yyyy-MM-dd"


class PendingItem:
    """What is typed in a "new item" line, saved as the item it will become.

    Nothing typed is ever lost: the line's text is autosaved like any field (so
    quitting, locking, switching session or a crash keep it), as the learning,
    action or topic it describes. "Add" then hands the saved row to the list
    (:meth:`adopt`), so the item is never written twice; emptying the line
    deletes it again.
    """

    _serial = 0

    def __init__(
        self,
        ctx: EditorContext,
        kind: str,
        repo: Any,
        text: Callable[[], str],
        snapshot: Callable[[str], Any],
        marker: Callable[[str], None] | None = None,
    ) -> None:
        self._ctx = ctx
        self._kind = kind
        self._repo = repo
        self._text = text
        self._snapshot = snapshot
        self._marker = marker
        self.ref = Ref()
        self.key = self._new_key()

    def _new_key(self) -> tuple:
        PendingItem._serial += 1
        return (self._kind, self._ctx.session_id, "new", PendingItem._serial)

    def changed(self) -> None:
        """The line's text changed: save it (debounced) as the pending item."""
        ref, repo = self.ref, self._repo

        def build():
            if ref is not self.ref:  # added to the list since: its row saves it
                return None
            text = self._text().strip()
            if not text:
                return delete_job(repo, ref) if ref.id is not None else None
            return upsert_job(repo, ref, self._snapshot(text))

        self._ctx.autosaver.mark_dirty(self.key, build, self._marker)

    def adopt(self) -> Ref:
        """The line became a row: the row takes the saved item; the line starts afresh."""
        ref = self.ref
        self.ref = Ref()
        self.key = self._new_key()
        return ref
