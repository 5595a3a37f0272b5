"""What every part of the session editor shares, and the store jobs it queues.

Jobs run on the autosave thread: they only touch the store and the ``Ref`` of their
row, never a widget. Snapshots are taken on the UI thread, so a job never reads a
field while the person types in it.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor

from carnet.domain import Group, Objective, Session
from carnet.services.page_merge import merge_record, merge_text, write_merged
from carnet.store import JournalStore
from carnet.store.errors import NotFoundError
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

    ``base`` is the row as the page knows it (read at load, then what the page's own
    saves wrote): a save carries only what the person changed since, so a value a
    sync brought meanwhile is never written over (see :mod:`carnet.services.page_merge`).
    ``added`` holds what a save added to a field (another device's version, kept
    below the person's text), until the page shows it (:func:`show_added`).
    """

    __slots__ = ("added", "base", "id")

    def __init__(self, ident: int | None = None, base: Any = None) -> None:
        self.id = ident
        self.base = _copy(base)
        self.added: dict[str, str] = {}


    def forget_with(self, widget: Any) -> Ref:
        """Drop ``base`` (the person's words) when ``widget`` is destroyed: a Python
        reference to the row kept somewhere must not keep its text after a lock."""
        widget.destroyed.connect(lambda *_args: self._forget())
        return self

    def _forget(self, *_args: object) -> None:
        self.base = None
        self.added = {}


def _copy(record: Any) -> Any:
    """A copy the page's widgets cannot change (lists copied too)."""
    if record is None or not dataclasses.is_dataclass(record):
        return record
    return dataclasses.replace(record, **{
        f.name: list(value) for f in dataclasses.fields(record)
        if isinstance(value := getattr(record, f.name), list)})


def upsert_job(repo: Any, ref: Ref, snapshot: Any) -> Callable[[], None]:
    def run() -> None:
        snapshot.id = ref.id
        if ref.id is None:
            repo.add(snapshot)
            ref.id = snapshot.id
        else:
            repo.update(snapshot)

    return run


def edit_job(store: JournalStore, repo: Any, ref: Ref, snapshot: Any,
             table: str) -> Callable[[], None]:
    """Save ``snapshot`` (the row as the page holds it) carrying only what the person
    changed since ``ref.base``: read, merged and written in one transaction, so a sync
    applying meanwhile (on its own connection) is either wholly before or after."""

    def run() -> None:
        with store.transaction():
            if ref.id is None:
                snapshot.id = None
                repo.add(snapshot)
                ref.id, ref.base = snapshot.id, _copy(snapshot)
                return
            try:
                current = repo.get(ref.id)
            except NotFoundError:
                current = None
            if current is None:
                # deleted on another device while edited here: the edit stays, as a new row
                snapshot.id = None
                repo.add(snapshot)
                ref.id, ref.base = snapshot.id, _copy(snapshot)
                return
            snapshot.id = ref.id
            if ref.base is None:
                repo.update(snapshot)
                ref.base = _copy(snapshot)
                return
            merged = merge_record(table, ref.base, snapshot, current)
            write_merged(store, repo, table, merged)
            ref.base = merged.base
            ref.added.update(merged.added)

    return run


def note_job(store: JournalStore, ref: Ref, session_id: int, step_id: str,
             text: str) -> Callable[[], None]:
    """Save a step's note as :func:`edit_job` saves a row: only if the person changed
    it since ``ref.base`` (a str); changed on another device meanwhile too, both kept."""

    def run() -> None:
        with store.transaction():
            note = store.notes.get(session_id, step_id)
            current = note.text if note is not None else ""
            base = current if ref.base is None else ref.base
            saved, added = merge_text(base, text, current)
            if saved != current or note is None:
                store.notes.save(session_id, step_id, saved)
            if text != base:
                ref.base = text + added if added and text.strip() else (
                    saved if added else text)
            if added:
                ref.added["text"] = added

    return run


def unflattened(typed: str, base: Any, name: str) -> str:
    """``typed`` in a one-line field, as stored when it is the stored text shown flat.

    A one-line field shows a text of several lines (another device's version kept
    below) on one line; saved unchanged, it must not read as an edit of that text."""
    stored = getattr(base, name, None) if base is not None else None
    if isinstance(stored, str) and "\n" in stored and typed == " ".join(
            stored.splitlines()).strip():
        return stored
    return typed


def show_added(ref: Ref, fields: dict[str, Any]) -> None:
    """Show in the page what a save added to its fields (the other device's version, at
    the end of the field), keeping the person's cursor where it was (UI thread)."""
    added, ref.added = ref.added, {}
    for name, text in added.items():
        widget = fields.get(name)
        if widget is None:
            continue
        with contextlib.suppress(RuntimeError):  # the row was deleted meanwhile
            if hasattr(widget, "document"):
                keep = widget.textCursor()
                position, anchor = keep.position(), keep.anchor()
                cursor = QTextCursor(widget.document())
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.insertText(text)
                keep = widget.textCursor()
                keep.setPosition(anchor)
                keep.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
                widget.setTextCursor(keep)
            else:  # a QLineEdit
                position = widget.cursorPosition()
                widget.setText(widget.text() + text)
                widget.setCursorPosition(position)


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
