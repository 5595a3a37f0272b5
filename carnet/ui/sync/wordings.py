"""The Synchronisation page's list of short texts reworded on two devices at once.

A title shows one wording, the last writer's, on every device; the others are kept
in the journal's sync state (see carnet/store/sync_wordings.py). This box shows
each such title with every wording, who wrote it and when, and a button to keep
it: choosing is an ordinary edit, which syncs and ends the conflict everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from carnet.ui import formats, style
from carnet.ui.sync.problems import device_names

#: A wording longer than this is shown cut (whole in its tooltip).
SHOWN_CHARS = 160


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SyncWordings", text, None, n)


def field_label(table: str, field: str) -> str:
    """« Titre de l'action », « Nom du groupe »…: which text it is."""
    labels = {
        ("sessions", "title"): _tr("Session title"),
        ("actions", "title"): _tr("Action title"),
        ("topics", "title"): _tr("Topic title"),
        ("objectives", "title"): _tr("Objective title"),
        ("groups", "name"): _tr("Group name"),
        ("groups", "facilitator"): _tr("Group facilitator"),
        ("groups", "place"): _tr("Group meeting place"),
        ("members", "pseudonym"): _tr("Member pseudonym"),
        ("keywords", "word"): _tr("Session key word"),
        ("attachments", "caption"): _tr("Document caption"),
        ("attachments", "filename"): _tr("Document file name"),
    }
    return labels.get((table, field), f"{table}.{field}")


def journal_names(store, found: Iterable = ()) -> dict[str, str]:
    """Every device's name this journal knows — the labels it remembers from the folder,
    those of ``found`` (a report's ``DeviceInfo``s: the folder's newest), its own — two
    of the same label told apart by their short ids (``device_names``)."""
    labels = dict(store.sync.device_labels)
    for info in found:
        if info.label or info.id not in labels:
            labels[info.id] = info.label
    me = store.sync.identity().device_id
    labels[me] = store.sync.device_label or labels.get(me, "")
    return device_names(labels)


def written(stamp: str, device: str, me: str, labels: Mapping[str, str]) -> str:
    """« écrit sur cet appareil, 7 déc. 2026, 02:08 » / « … sur portable, … »."""
    try:
        wall_ms = int(stamp.split("-", 1)[0])
        local = datetime.fromtimestamp(wall_ms / 1000, UTC).astimezone()
        when = f"{formats.format_date(local.date())}, {local.strftime('%H:%M')}"
    except (ValueError, OverflowError, OSError):
        when = ""
    if device == me:
        who = _tr("written on this device")
    elif labels.get(device):
        who = _tr("written on %1").replace("%1", labels[device])
    else:
        who = _tr("written on another device")
    return f"{who}, {when}" if when else who


def shown(text: str) -> str:
    """A wording on one line, cut when long (the tooltip holds it whole)."""
    line = " ".join(text.split())
    return line if len(line) <= SHOWN_CHARS else line[: SHOWN_CHARS - 1] + "…"


class WordingsBox(QWidget):
    """Every short text holding two wordings, each with « Keep this wording »."""

    #: (table, uuid, field, text): the person chose this wording
    chosen = Signal(str, str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncWordings")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.buttons: list[QPushButton] = []
        self.hide()

    def fill(self, conflicts: Sequence, me: str, labels: Mapping[str, str],
             where: Callable[[object], str] | None = None) -> None:
        """Show ``conflicts`` (WordingConflict, carnet/store/sync_wordings.py); ``where``
        says which session (or group) a conflict belongs to, "" when unknown."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        if not conflicts:
            self.hide()
            return
        self._layout.addSpacing(6)
        self._layout.addWidget(style.label(_tr("Two wordings"), "section"))
        intro = style.label(_tr(
            "Reworded on two devices at once: every device shows the latest wording, and "
            "keeps the other here until you choose. Choosing is an edit like any other: "
            "your other devices take it at their next sync.", ), "hint", wrap=True)
        intro.setMinimumWidth(440)
        self._layout.addWidget(intro)
        for conflict in conflicts:
            place = where(conflict) if where is not None else ""
            title = style.label(_tr("%1 — %2").replace("%1", field_label(
                conflict.table, conflict.field)).replace("%2", place) if place
                else field_label(conflict.table, conflict.field))
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self._layout.addWidget(title)
            # one label for one action (« Garder celle-ci » beside « Garder cette
            # formulation » read as two different things: a review)
            rows = [(conflict.current, _tr("shown now"), _tr("Keep this wording"))]
            rows += [(w, _tr("not shown"), _tr("Keep this wording")) for w in conflict.others]
            for wording, state, action in rows:
                self._layout.addWidget(self._row(conflict, wording, state, action, me, labels))
        self.show()

    def _row(self, conflict, wording, state: str, action: str, me: str,
             labels: Mapping[str, str]) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(12, 0, 0, 0)
        line.setSpacing(8)
        words = style.label(wrap=True)  # plain text: the person's words, never markup
        words.setText(_tr("« %1 » — %2 (%3)").replace("%1", shown(wording.text))
                      .replace("%2", state)
                      .replace("%3", written(wording.stamp, wording.device, me, labels)))
        words.setToolTip(wording.text[:5000])
        button = QPushButton(action)
        button.setAutoDefault(False)
        button.setProperty("wording", wording.text)
        button.setAccessibleName(f"{action}: {shown(wording.text)}")
        button.clicked.connect(lambda _=False, c=conflict, w=wording.text:
                               self.chosen.emit(c.table, c.uuid, c.field, w))
        self.buttons.append(button)
        line.addWidget(words, 1)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row


class WordingHint(QWidget):
    """Under a title that holds another wording (written at the same time on another
    device, or here): that wording, who wrote it and when, and « Keep this wording »
    (an edit that syncs). Hidden when there is none."""

    #: the wording kept: the page's field shows it
    kept = Signal(str)

    def __init__(self, table: str, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordingHint")
        self._table, self._field = table, field
        self.label = style.label(wrap=True)  # plain text: the person's words
        self.label.setProperty("role", "hint")
        self.button = QPushButton(_tr("Keep this wording"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._keep)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self._keep_it: Callable[[], bool] | None = None
        self.hide()

    def load(self, store, rid: int | None) -> None:
        """Look for another wording of this record's field (``rid``: its row id)."""
        self._keep_it = None
        found = [c for c in store.sync.wording_conflicts()
                 if (c.table, c.field, c.rid) == (self._table, self._field, rid)] \
            if rid is not None and store is not None and not store.read_only else []
        if not found:
            self.hide()
            return
        conflict = found[0]
        other = conflict.others[0]
        me = store.sync.identity().device_id
        text = _tr("Other wording, %1: « %2 »").replace(
            "%1", written(other.stamp, other.device, me, journal_names(store))).replace(
            "%2", shown(other.text))
        if len(conflict.others) > 1:
            text += " " + _tr("(%n more on the Sync page)", len(conflict.others) - 1)
        self.label.setText(text)
        self.label.setToolTip(other.text[:5000])
        seen = [conflict.current.text, *(o.text for o in conflict.others)]

        def keep_it() -> bool:
            return store.sync.keep_wording(self._table, conflict.uuid, self._field,
                                           other.text, seen)

        self._keep_it = keep_it
        self._other = other.text
        self.show()

    def _keep(self) -> None:
        from carnet.store.errors import StorageError

        keep_it = self._keep_it
        try:
            done = keep_it is not None and keep_it()
        except StorageError:  # the journal refuses writes: the hint stays, nothing lost
            return
        if done:
            self._keep_it = None
            self.hide()
            self.kept.emit(self._other)
