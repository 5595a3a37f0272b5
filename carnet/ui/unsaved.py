"""What the journal refused to save, never lost at a quit or a lock.

When a write is refused (a full disk, a USB key gone read-only), the text stays on
screen and the person is told so. Leaving the screen would destroy it:

* a quit, or a lock the person asks for, first asks (:func:`may_leave`): « Rester »
  (the default) keeps everything on screen; the other answer leaves without it;
* an automatic lock (idle time, the screen lock, sleep) cannot ask — the person is
  away — and must still forget every text. Each unsaved edit is captured as data
  (where it belongs and its text, :class:`Edit`), encrypted with AES-256-GCM under a
  key derived for this purpose alone from the journal's own key
  (``JournalStore.purpose_key``), and only the ciphertext is kept (:class:`Sealed`).
  At the next unlock of the same journal, the texts go back in their fields, the
  save is tried again and the person is told (:func:`restore_sealed`). Another
  journal, or a key that changed, cannot open it: it is dropped, never decrypted.

Captured today: the session page's step notes, its key word, its header (title,
themes, date, number, status, role), each rating and its words, the text fields of its
rows (learnings, actions, feelings, topics), a list's "new" line (an item never
written comes back there); the group form's name, facilitator, place, ground rules,
members and objectives; Préparer's review note, and the topic being edited there
(title, draft) and its « new topic » line. Not captured: the group form's dates,
cadence and format (chosen again in a click).
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from carnet.store.errors import StoreError

if TYPE_CHECKING:
    from carnet.store import JournalStore
    from carnet.ui.main_window import MainWindow
    from carnet.ui.session_editor import SessionEditor
    from carnet.ui.workspace import Workspace

#: What the sealing key is for (``JournalStore.purpose_key``): this key opens nothing else.
PURPOSE = "carnet unsaved edits at lock v1"
_AAD = b"carnet-unsaved-v1"
_NONCE_SIZE = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("Unsaved", text)


# -- the reasons, in the window's language ---------------------------------------------------

def reason_words(message: str) -> str:
    """The store's message (English) as a short reason in the interface's language."""
    lowered = message.lower()
    if "disk is full" in lowered:
        return _tr("the disk is full")
    if "read-only" in lowered or "readonly" in lowered:
        return _tr("the journal file is read-only")
    return message.rstrip(".")


def _reasons_text(reasons: list[str]) -> str:
    words: list[str] = []
    for reason in reasons:
        said = reason_words(reason)
        if said not in words:
            words.append(said)
    return "; ".join(words)


# -- asking before leaving ----------------------------------------------------------------------

def may_leave(window: MainWindow, why: str) -> bool:
    """Before a quit (``why`` "quit") or a lock the person asked for ("lock"): True
    to go on. Everything is saved first; what cannot be is named, and the person
    chooses: « Rester » (the default, Escape) or leaving without it."""
    from carnet.ui.services import messages

    workspace = window.workspace
    reasons = workspace.flush(leaving=True) if workspace is not None else []
    if not reasons:
        if why != "quit" or not window.sealed_by_path:
            return True
        if window.sealed is not None and workspace is None:
            text = _tr("A change that could not be saved is waiting for you to unlock the "
                       "journal. If you quit now, it will be lost.")
        else:  # sealed at the lock of another journal, opened since
            names = ", ".join(os.path.basename(path) for path in window.sealed_by_path)
            text = _tr("A change that could not be saved is waiting for you to unlock "
                       "“%1”. If you quit now, it will be lost.").replace("%1", names)
    else:
        text = (_tr("Your last change could not be saved: %1. If you quit now, it will be "
                    "lost.") if why == "quit" else
                _tr("Your last change could not be saved: %1. If you lock now, it will be "
                    "lost.")).replace("%1", _reasons_text(reasons))
    leave = (_tr("Quit without saving it") if why == "quit"
             else _tr("Lock without saving it"))
    answer = messages().choose(window, _tr("Not saved"), text, [_tr("Stay"), leave], 0)
    return answer == 1


# -- capture -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Edit:
    """One unsaved edit as data: its session, what it is (``kind``: "note",
    "keyword", or a row's class), which one (``ident``: the step id, the row's id in
    the journal), the field (its place among the row's text fields) and the text."""

    session_id: int
    kind: str
    ident: str
    field: int
    text: str


def _text_fields(row: QWidget) -> list[QWidget]:
    """The editable text fields of a row, in a stable order (the order built)."""
    return [w for w in row.findChildren(QWidget)
            if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) and not w.isReadOnly()
            # not the line inside a date, a number or a choice: those are no text
            and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]


def _field_text(field: QWidget) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _set_field_text(field: QWidget, text: str) -> None:
    """As typed: the field's own change signal saves it."""
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)


def _rows(editor: SessionEditor) -> list[QWidget]:
    page = getattr(editor, "_page", None)
    if page is None:
        return []
    return [w for w in page.findChildren(QWidget)
            if isinstance(getattr(w, "key", None), tuple) and hasattr(w, "ref")]


def capture_session(editor: SessionEditor) -> list[Edit]:
    """The session page's unsaved edits, as data (after a flush that failed)."""
    session_id = editor.current_session_id
    if session_id is None:
        return []
    edits: list[Edit] = []
    keys = editor.autosaver.unsaved_keys()
    rows = {row.key: row for row in _rows(editor)} if keys else {}
    for key in keys:
        if not isinstance(key, tuple) or not key:
            continue
        if key[0] == "note" and len(key) == 3:
            section = editor.sections.get(key[2])
            body = getattr(section, "body", None)
            if body is not None and hasattr(body, "text"):
                edits.append(Edit(session_id, "note", str(key[2]), 0, body.text()))
        elif key[0] == "keyword":
            from carnet.ui.session_editor.keyword import KeywordBody

            for body in editor.findChildren(KeywordBody):
                edits.append(Edit(session_id, "keyword", "", 0, body.edit.text()))
        elif key[0] == "session" and editor.header is not None:
            edits += _capture_header(session_id, editor.header)
        elif key[0] in ("assessment", "rating-words"):
            # a rating (its key names the objective), or the words of the rows with no
            # rating (kept in the step's note: its key names the step): every such row
            for row in _rating_rows(editor):
                if row.key == key or (key[0] == "rating-words" and not row.stars.value()
                                      and row.words()):
                    edits.append(Edit(session_id, "assessment", str(row.objective.id), 0,
                                      row.comment.text()))
                    edits.append(Edit(session_id, "assessment", str(row.objective.id), 1,
                                      str(row.stars.value())))
        elif key in rows:
            row = rows[key]
            ident = getattr(row.ref, "id", None)
            fields = _text_fields(row)
            if ident is not None:
                for index, field in enumerate(fields):
                    edits.append(Edit(session_id, type(row).__name__, str(ident), index,
                                      _field_text(field)))
            elif fields and (body := _list_body(row)) is not None:
                # Added, but never written: it comes back in its list's "new" line.
                edits.append(Edit(session_id, type(body).__name__, "new", 0,
                                  _field_text(fields[0])))
        elif len(key) == 4 and key[2] == "new":
            body = next((b for b in _list_bodies(editor) if b.pending.key == key), None)
            if body is not None:
                edits.append(Edit(session_id, type(body).__name__, "new", 0,
                                  body.list.add_edit.text()))
    return edits


def _capture_header(session_id: int, header: QWidget) -> list[Edit]:
    """The session's title, its themes, then its date, number, status and role (one
    JSON text): everything the header saves under ("session", id)."""
    chosen = {"date": header.date.date().toString(Qt.DateFormat.ISODate),
              "number": header.number.value(), "status": header.status.currentData(),
              "role": header.role.currentData()}
    return [Edit(session_id, "header", "", 0, header.title.text()),
            Edit(session_id, "header", "", 1, header.themes.text()),
            Edit(session_id, "header", "", 2, json.dumps(chosen))]


def _put_back_header(header: QWidget, edit: Edit) -> QWidget | None:
    """One captured header field back in place (as chosen: its own signal saves it)."""
    from PySide6.QtCore import QDate

    if edit.field == 0:
        _set_field_text(header.title, edit.text)
        return header.title
    if edit.field == 1:
        _set_field_text(header.themes, edit.text)
        return header.themes
    chosen = json.loads(edit.text)
    day = QDate.fromString(chosen.get("date", ""), Qt.DateFormat.ISODate)
    if day.isValid():
        header.date.setDate(day)
    header.number.setValue(int(chosen.get("number", header.number.value())))
    for combo, value in ((header.status, chosen.get("status")),
                         (header.role, chosen.get("role"))):
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
    return None


def _rating_rows(editor: SessionEditor) -> list:
    """The rating rows of the page (not widgets themselves: each holds its widgets)."""
    from carnet.ui.session_editor.ratings import RatingsBody

    page = getattr(editor, "_page", None)
    if page is None:
        return []
    return [row for body in page.findChildren(RatingsBody) for row in body.rows]


def _list_bodies(editor: SessionEditor) -> list[QWidget]:
    """The lists of a page with a "new item" line (learnings, actions, topics)."""
    page = getattr(editor, "_page", None)
    if page is None:
        return []
    return [w for w in page.findChildren(QWidget)
            if hasattr(w, "pending") and hasattr(getattr(w, "list", None), "add_edit")]


def _list_body(row: QWidget) -> QWidget | None:
    parent = row.parentWidget()
    while parent is not None:
        if hasattr(parent, "pending") and hasattr(getattr(parent, "list", None), "add_edit"):
            return parent
        parent = parent.parentWidget()
    return None


#: The group form's text fields sealed, by position (``Edit.field``).
GROUP_FIELDS = ("name_edit", "facilitator_edit", "place_edit", "rules_edit")
#: The group form's lists, after its text fields (``Edit.field``).
MEMBERS_FIELD, OBJECTIVES_FIELD = len(GROUP_FIELDS), len(GROUP_FIELDS) + 1


def capture_group(editor: QWidget) -> list[Edit]:
    """The group form's text, when its edit could not be saved (``Edit.kind`` "group",
    ``ident`` the group's id, "" for a new group): its text fields, then its members
    (pseudonym, names to mask, id) and its objectives (id, title), each list as one
    JSON text."""
    if not getattr(editor, "_dirty", False):
        return []
    from carnet.ui.group_editor import ID_ROLE

    ident = "" if editor.group_id is None else str(editor.group_id)
    edits = [Edit(0, "group", ident, index, _field_text(getattr(editor, name)))
             for index, name in enumerate(GROUP_FIELDS)]
    table = editor.members_table
    members = []
    for row in range(table.rowCount()):
        first, second = table.item(row, 0), table.item(row, 1)
        members.append([first.text() if first else "", second.text() if second else "",
                        first.data(ID_ROLE) if first else None])
    objectives = [[item.data(ID_ROLE), item.text()] for item in
                  map(editor.objectives_list.item, range(editor.objectives_list.count()))]
    edits.append(Edit(0, "group", ident, MEMBERS_FIELD, json.dumps(members)))
    edits.append(Edit(0, "group", ident, OBJECTIVES_FIELD, json.dumps(objectives)))
    return edits


def capture_review(view: QWidget) -> list[Edit]:
    """Préparer's review note of an action, when it could not be saved (``kind``
    "review", ``ident`` the action's id)."""
    review = getattr(view, "review", None)
    item = getattr(review, "item", None)
    if item is None or item.action.id is None:
        return []
    note = review.note_edit.toPlainText()
    if not note.strip():
        return []
    return [Edit(0, "review", str(item.action.id), 0, note)]


def capture_topics(view: QWidget) -> list[Edit]:
    """Préparer's topic being edited (``kind`` "topic", ``ident`` its id, "" when typed
    with no topic chosen; field 0 the title, 1 the draft) and its "new topic" line
    (``ident`` "new"), when they could not be saved."""
    panel = getattr(view, "_topics", None)
    if panel is None:
        return []
    edits: list[Edit] = []
    if getattr(panel, "_dirty", False):
        topic = panel.topic
        ident = "" if topic is None or topic.id is None else str(topic.id)
        edits += [Edit(0, "topic", ident, 0, panel.title_edit.text()),
                  Edit(0, "topic", ident, 1, panel.draft_edit.toPlainText())]
    if panel.new_edit.text().strip():
        edits.append(Edit(0, "topic", "new", 0, panel.new_edit.text()))
    return edits


def capture(workspace: Workspace) -> list[Edit]:
    """Every unsaved edit the workspace shows, as data (after a flush that failed)."""
    edits: list[Edit] = []
    if workspace.session_editor is not None:
        edits += capture_session(workspace.session_editor)
    if workspace.group_editor is not None:
        edits += capture_group(workspace.group_editor)
    for widget in workspace._views.values():
        review = getattr(widget, "review", None)
        if callable(getattr(review, "has_pending_review", None)) and review.has_pending_review():
            edits += capture_review(widget)
        if hasattr(widget, "review"):  # Préparer
            edits += capture_topics(widget)
    return edits


# -- sealing ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Sealed:
    """Unsaved edits, encrypted: only ciphertext, and the id of the key that sealed it
    (a keyed hash, so another journal's key is told apart without trying it)."""

    key_id: bytes
    nonce: bytes
    ciphertext: bytes
    count: int
    #: The journal's file (the unlock page says a change waits only on that journal's).
    path: str = ""

    def __repr__(self) -> str:
        return f"Sealed({self.count} edits)"


def journal_key(path: str | os.PathLike[str]) -> str:
    """The journal file a sealed change belongs to, the same whichever way its path
    was given (relative, through a symlink)."""
    return os.path.realpath(path)


def _keys(store: JournalStore) -> tuple[bytes, bytes]:
    key = store.purpose_key(PURPOSE)
    return key, hmac.new(key, b"key id", "sha256").digest()[:16]


def seal(edits: list[Edit], store: JournalStore) -> Sealed | None:
    """``edits`` encrypted under this journal's sealing key; None when there are none."""
    if not edits:
        return None
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key, key_id = _keys(store)
    nonce = os.urandom(_NONCE_SIZE)
    plain = json.dumps([asdict(edit) for edit in edits]).encode()
    sealed = Sealed(key_id, nonce, AESGCM(key).encrypt(nonce, plain, _AAD), len(edits),
                    journal_key(store.path))
    del plain
    return sealed


def unseal(sealed: Sealed, store: JournalStore) -> list[Edit] | None:
    """The edits, if ``store`` is the journal that sealed them under the same key;
    None otherwise (nothing is decrypted with another key)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key, key_id = _keys(store)
    if not hmac.compare_digest(key_id, sealed.key_id):
        return None
    try:
        plain = AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, _AAD)
        return [Edit(**item) for item in json.loads(plain)]
    except (InvalidTag, ValueError, TypeError):
        return None


def seal_unsaved(workspace: Workspace, store: JournalStore) -> Sealed | None:
    """Before an automatic lock destroys the workspace: its unsaved edits, sealed."""
    edits = capture(workspace)
    try:
        return seal(edits, store)
    finally:
        edits.clear()


# -- restoring -----------------------------------------------------------------------------------

def _put_back(editor: SessionEditor, edits: list[Edit]) -> int:
    """Each edit in its field (as if typed: the autosave saves it); how many found."""
    editor.finish_build()
    placed = 0
    shown: list[QWidget] = []  # the fields filled, the first one shown to the person
    rows: dict[tuple[str, str], QWidget] = {}
    for row in _rows(editor):
        ident = getattr(row.ref, "id", None)
        if ident is not None:
            rows[(type(row).__name__, str(ident))] = row
    for edit in edits:
        if edit.kind == "note":
            body = getattr(editor.sections.get(edit.ident), "body", None)
            field = getattr(body, "editor", None)
            if field is not None:
                if getattr(body, "is_previewing", False):
                    body.show_preview(False)
                _set_field_text(field, edit.text)
                shown.append(field)
                placed += 1
        elif edit.kind == "keyword":
            from carnet.ui.session_editor.keyword import KeywordBody

            for body in editor.findChildren(KeywordBody):
                _set_field_text(body.edit, edit.text)
                shown.append(body.edit)
                placed += 1
        elif edit.kind == "header":
            if editor.header is not None:
                field = _put_back_header(editor.header, edit)
                if field is not None:
                    shown.append(field)
                editor.header._edited(soon=False)  # as typed: to be saved
                placed += 1
        elif edit.kind == "assessment":
            row = next((r for r in _rating_rows(editor)
                        if str(r.objective.id) == edit.ident), None)
            if row is not None:
                if edit.field == 0:
                    _set_field_text(row.comment, edit.text)
                    shown.append(row.comment)
                elif edit.text.isdigit():
                    row.stars.set_value(int(edit.text))
                row.changed(soon=False)  # the rating and its words, to be saved
                placed += 1
        elif edit.ident == "new":
            body = next((b for b in _list_bodies(editor) if type(b).__name__ == edit.kind),
                        None)
            if body is not None:
                line = body.list.add_edit
                typed = line.text().strip()
                _set_field_text(line, f"{typed} {edit.text}".strip() if typed else edit.text)
                shown.append(line)
                placed += 1
        else:
            row = rows.get((edit.kind, edit.ident))
            fields = _text_fields(row) if row is not None else []
            if edit.field < len(fields):
                _set_field_text(fields[edit.field], edit.text)
                shown.append(fields[edit.field])
                placed += 1
    if shown:
        scroll = getattr(editor, "_scroll", None)
        if scroll is not None:
            scroll.ensureWidgetVisible(shown[0], 50, 120)
        shown[0].setFocus(Qt.FocusReason.OtherFocusReason)
    return placed


def _put_back_group(workspace: Workspace, edits: list[Edit]) -> int:
    if not edits:
        return 0
    ident = edits[0].ident
    with contextlib.suppress(StoreError):
        if ident:
            workspace.show_group(int(ident))
        else:
            workspace.new_group()
    editor = workspace.group_editor
    if editor is None or (str(editor.group_id) if editor.group_id else "") != ident:
        return 0
    for edit in edits:
        if edit.field < len(GROUP_FIELDS):
            _set_field_text(getattr(editor, GROUP_FIELDS[edit.field]), edit.text)
        elif edit.field == MEMBERS_FIELD:
            editor._loading = True  # rows as they were: none opened for typing
            editor.members_table.setRowCount(0)
            for pseudonym, masked, member_id in json.loads(edit.text):
                editor.add_member_row(pseudonym, masked, member_id)
            editor._loading = False
        elif edit.field == OBJECTIVES_FIELD:
            editor._loading = True
            editor.objectives_list.clear()
            for objective_id, title in json.loads(edit.text):
                editor._append_objective(title, objective_id)
            editor._objectives_touched = True  # the format's defaults never replace them
            editor._loading = False
    editor._changed()  # as if typed: the form is to be saved
    return 1


def _put_back_reviews(workspace: Workspace, edits: list[Edit]) -> int:
    placed = 0
    for edit in edits:
        from carnet.ui.prepare import VIEW_KEY

        view = workspace.show_view(VIEW_KEY)
        if view is None or not view.select_action(int(edit.ident)):
            continue
        view.review.note_edit.setPlainText(edit.text)
        placed += 1
        break  # one review is shown at a time
    return placed


def _put_back_topics(workspace: Workspace, edits: list[Edit]) -> int:
    if not edits:
        return 0
    from carnet.ui.prepare import VIEW_KEY

    view = workspace.show_view(VIEW_KEY)
    if view is None:
        return 0
    panel = view.topics
    view.tabs.setCurrentIndex(1)
    placed = 0
    for edit in edits:
        if edit.ident == "new":
            _set_field_text(panel.new_edit, edit.text)
            placed += 1
            continue
        if edit.ident and not panel.select_topic(int(edit.ident)):
            continue
        if not edit.ident and panel.topic is not None:  # typed with no topic chosen:
            panel.list.setCurrentIndex(QModelIndex())  # never over another topic
            if panel.topic is not None:
                continue
        field = panel.title_edit if edit.field == 0 else panel.draft_edit
        _set_field_text(field, edit.text)
        panel.title_edit.textEdited.emit(panel.title_edit.text())  # as typed: saved
        placed += 1
    return placed


def restore_sealed(window: MainWindow) -> None:
    """At an unlock: the sealed edits of this journal go back on screen and are saved
    again; the person is told what happened. Another journal's sealed edits stay
    waiting for that journal (kept by file); a blob sealed for this file under a key
    it no longer has is dropped, and the person told."""
    store, workspace = window.store, window.workspace
    if store is None or workspace is None:
        return
    window.unlock.set_waiting(False)
    from carnet.ui.services import messages

    sealed = window.sealed_by_path.pop(journal_key(store.path), None)
    if sealed is None:
        return  # nothing waits for this journal; another journal's stays waiting
    edits = unseal(sealed, store)
    if edits is None:  # its own file, but another key: it can never be opened
        messages().warning(window, _tr("Change lost"), _tr(
            "A change that could not be saved before the lock cannot be put back: the "
            "journal's key has changed since. It is lost."))
        return
    if not edits:
        return

    placed = _put_back_group(workspace, [e for e in edits if e.kind == "group"])
    placed += _put_back_reviews(workspace, [e for e in edits if e.kind == "review"])
    placed += _put_back_topics(workspace, [e for e in edits if e.kind == "topic"])
    edits = [e for e in edits if e.kind not in ("group", "review", "topic")]
    for session_id in dict.fromkeys(edit.session_id for edit in edits):
        with contextlib.suppress(StoreError):  # a session gone (removed elsewhere)
            workspace.show_session(session_id)
        editor = workspace.session_editor
        if editor is None or editor.current_session_id != session_id:
            continue
        placed += _put_back(editor, [e for e in edits if e.session_id == session_id])
    edits.clear()
    if not placed:
        return
    reasons = workspace.flush()
    if reasons:
        text = _tr("A change that could not be saved before the lock was put back on "
                   "screen. It still cannot be saved: %1. It stays on screen.").replace(
                       "%1", _reasons_text(reasons))
    else:
        text = _tr("A change that could not be saved before the lock was put back on "
                   "screen. It is saved now.")
    messages().information(window, _tr("Change put back"), text)
