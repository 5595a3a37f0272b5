"""The feeling picker: emotions with an intensity and a few words, before and after."""

from __future__ import annotations

import itertools

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import Emotion, Feeling, Moment
from carnet.ui.fit import fit_combo
from carnet.ui.session_editor.context import (
    EditorContext,
    Ref,
    delete_job,
    edit_job,
    emotion_labels,
    note_job,
    show_added,
    unflattened,
)
from carnet.ui.session_editor.step_section import StepSection
from carnet.ui.session_editor.undo import RowUndo, UndoBar
from carnet.ui.session_editor.widgets import (
    ScaleButtons,
    WrappingLineEdit,
    align_top,
    small_button,
)

_keys = itertools.count(1)


def intensity_labels() -> list[str]:
    return [
        QCoreApplication.translate("Feelings", "1 — barely"),
        QCoreApplication.translate("Feelings", "2 — a little"),
        QCoreApplication.translate("Feelings", "3 — moderately"),
        QCoreApplication.translate("Feelings", "4 — strongly"),
        QCoreApplication.translate("Feelings", "5 — intensely"),
    ]


class FeelingRow(QWidget):
    """One emotion: saved once an emotion is chosen.

    The words field is always ready: words written before any emotion is chosen
    are kept with the step (see :class:`FeelingsBody`) until an emotion takes them.
    Clearing the emotion deletes the feeling only when no words were written for
    it. Words are never dropped by undoing a choice: they stay in the field, saved
    with the emotion chosen last (the domain requires one), and a note beside the
    row says so until another emotion is chosen; × removes the feeling.
    """

    def __init__(self, ctx: EditorContext, body: FeelingsBody, moment: Moment, feeling=None,
                 words: str = ""):
        super().__init__()
        self._ctx = ctx
        self._body = body
        self.moment = moment
        self.key = ("feeling", ctx.session_id, next(_keys))
        self.ref = Ref(feeling.id if feeling else None, feeling).forget_with(self)
        #: The emotion the feeling is saved with while none is chosen and words remain.
        self._last_code: str = feeling.emotion.value if feeling else ""
        self.emotion = QComboBox()
        self.emotion.setObjectName("emotionCombo")
        before = moment == Moment.BEFORE
        self.emotion.setAccessibleName(
            self.tr("Feeling before the session")
            if before
            else self.tr("Feeling after the session")
        )
        self.emotion.setAccessibleDescription(self.emotion.accessibleName())  # see a11y.py
        # "" rather than None: PySide6 6.12 drops a reference to None on every
        # currentData() of a None item, which ends in a crash.
        self.emotion.addItem(self.tr("Choose an emotion…"), "")
        labels = emotion_labels()
        for emotion in Emotion:
            self.emotion.addItem(labels[emotion], emotion.value)
        fit_combo(self.emotion)  # « Choisir une émotion… » and every emotion whole
        self.intensity = ScaleButtons(
            5,
            labels=intensity_labels(),
            name=self.tr("Intensity before the session")
            if before
            else self.tr("Intensity after the session"),
        )
        self.intensity.setToolTip(self.tr("Intensity, from 1 (barely) to 5 (intensely)"))
        self.text = WrappingLineEdit()
        self.text.setObjectName("feelingText")
        self.text.setPlaceholderText(self.tr("In a few words: what brought it about?"))
        self.text.setAccessibleName(
            self.tr("What brought this feeling about (before the session)")
            if before
            else self.tr("What brought this feeling about (after the session)")
        )
        self.remove = small_button("×", self.tr("Remove this feeling"))
        self.kept = QLabel()
        self.kept.setObjectName("feelingKept")
        self.kept.setProperty("role", "hint")
        self.kept.setWordWrap(True)
        self.kept.setTextFormat(Qt.TextFormat.PlainText)
        self.kept.hide()
        if feeling is not None:
            self.emotion.setCurrentIndex(max(0, self.emotion.findData(feeling.emotion.value)))
            self.intensity.set_value(feeling.intensity)
            self.text.setText(feeling.text)
        elif words:
            self.text.setText(words)
        self._sync_enabled()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.emotion)
        layout.addWidget(self.intensity)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.remove)
        align_top(layout)
        column.addLayout(layout)
        column.addWidget(self.kept)
        self.emotion.currentIndexChanged.connect(self._emotion_changed)
        self.intensity.valueChanged.connect(self._intensity_changed)
        self.text.textChanged.connect(self._text_changed)
        self.remove.clicked.connect(lambda: body.remove_row(self))
        ctx.autosaver.watch_focus(self.text)

    def _words(self) -> bool:
        return bool(self.text.text().strip())

    def loose_words(self) -> str:
        """The words of a row that no emotion was ever chosen for (kept by the body)."""
        if self.emotion.currentData() or self._last_code or not self._words():
            return ""
        return " ".join(self.text.text().split())

    def _sync_enabled(self) -> None:
        chosen = bool(self.emotion.currentData())
        self.intensity.setEnabled(chosen)
        # The words field is always enabled: words come first as often as the emotion
        # (a disabled field looked ready and sent the keys to the last button).
        words = self._words()
        if not chosen and self._last_code and words:
            label = emotion_labels()[Emotion(self._last_code)]
            self.kept.setText(self.tr(
                "No emotion chosen: your words are kept, saved with “%1” until you "
                "choose another (× removes the feeling).").replace("%1", label))
        elif not chosen and words:
            self.kept.setText(self.tr(
                "Your words are kept. Choose the emotion that goes with them."))
        needed = not chosen and words
        self.kept.setVisible(needed)
        if bool(self.emotion.property("needed")) != needed:
            self.emotion.setProperty("needed", needed)
            self.emotion.style().unpolish(self.emotion)
            self.emotion.style().polish(self.emotion)

    def _emotion_changed(self) -> None:
        code = self.emotion.currentData()
        if code:
            self._last_code = code
            if not self.intensity.value():
                self.intensity.set_value(3)
        self._sync_enabled()
        self._changed(soon=True)
        self._body.words_changed(soon=True)

    def _text_changed(self) -> None:
        if not shiboken6.isValid(self._ctx.autosaver):
            return  # (the page torn down at a lock, its words already saved: nothing to do)
        if not self.emotion.currentData():
            self._sync_enabled()
            self._body.words_changed(soon=False)
        self._changed(soon=False)

    def _intensity_changed(self, value: int) -> None:
        if not value:  # an intensity is required: clicking the chosen one keeps it
            self.intensity.set_value(3 if self.emotion.currentData() else 0)
        self._changed(soon=True)

    def _changed(self, soon: bool) -> None:
        store, ref = self._ctx.store, self.ref
        session_id, moment = self._ctx.session_id, self.moment

        def build():
            code = self.emotion.currentData() or (self._last_code if self._words() else "")
            if not code:
                return delete_job(store.feelings, ref)
            snapshot = Feeling(
                session_id=session_id,
                moment=moment,
                emotion=Emotion(code),
                intensity=self.intensity.value() or 3,
                text=unflattened(self.text.text(), ref.base, "text"),
            )
            return edit_job(store, store.feelings, ref, snapshot, "feelings")

        save = self._ctx.autosaver.save_soon if soon else self._ctx.autosaver.mark_dirty
        save(self.key, build, self._body.section.mark,
             lambda: show_added(ref, {"text": self.text}))

    def changed(self, soon: bool) -> None:
        """Save what the row shows (an undo brings it back: see :class:`RowUndo`)."""
        self._changed(soon)

    def blank(self) -> bool:
        """Nothing chosen, nothing written, nothing stored: a row to write in."""
        return not self.emotion.currentData() and not self._words() and self.ref.id is None

    def summary(self) -> str:
        """The emotion, else the words: how an « Undo » bar names the row."""
        code = self.emotion.currentData() or self._last_code
        return emotion_labels()[Emotion(code)] if code else " ".join(self.text.text().split())


class _BothMoments:
    """The rows of both moments, seen by :class:`RowUndo` as one list (each row goes
    back to its own moment, at its place)."""

    def __init__(self, body: FeelingsBody) -> None:
        self._body = body
        self.rows = self
        self.rowsChanged = body.rowsChanged

    def finish(self) -> None:
        """(All rows are built with the body.)"""

    def indexOf(self, row: FeelingRow) -> int:  # (QLayout's names, as RowUndo reads them)
        return self._body.rows[row.moment].indexOf(row)

    def removeWidget(self, row: FeelingRow) -> None:
        self._body.rows[row.moment].removeWidget(row)

    def insertWidget(self, index: int, row: FeelingRow) -> None:
        self._body.rows[row.moment].insertWidget(index, row)


class FeelingsBody(QWidget):
    """Two groups of rows: before the session and after it.

    A feeling is an emotion (the domain requires one). Words written in a row before
    any emotion is chosen are not lost for it: they are saved as the step's note, one
    line per row (« Avant la séance : … »), and come back in their rows when the page
    is read again; choosing an emotion moves them into that feeling. The note is
    where exports and the booklet show a step's own words, under « Mes ressentis ».
    """

    rowsChanged = Signal()  # noqa: N815 - a row came or went (the page re-orders Tab)

    def __init__(self, ctx: EditorContext, section: StepSection) -> None:
        super().__init__()
        self._ctx = ctx
        self.section = section
        self.rows: dict[Moment, QVBoxLayout] = {}
        self.add_buttons: dict[Moment, QPushButton] = {}
        stored = ctx.store.feelings.list_by_session(ctx.session_id)
        self.step_id = section.step.id
        # Read now, while the interface's language is surely installed: the note may be
        # written while the app quits, when a translation asked then came back English.
        self._line = self.tr("%1: %2")
        self._moment_titles = {Moment.BEFORE: self.tr("Before the session"),
                               Moment.AFTER: self.tr("After the session")}
        note = ctx.store.notes.get(ctx.session_id, self.step_id)
        #: the note of loose words as the page knows it (see ``note_job``)
        self.note_ref = Ref(None, note.text if note else "").forget_with(self)
        loose = self._parse(note.text if note else "")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        titles = {
            Moment.BEFORE: self.tr("Before the session"),
            Moment.AFTER: self.tr("After the session"),
        }
        for line, moment in enumerate((Moment.BEFORE, Moment.AFTER)):
            label = QLabel(titles[moment])
            label.setObjectName("subLabel")
            rows = QVBoxLayout()
            rows.setSpacing(6)
            self.rows[moment] = rows
            add = QPushButton(self.tr("+ Another feeling"))
            add.setAccessibleName(
                self.tr("Add a feeling before the session")
                if moment == Moment.BEFORE
                else self.tr("Add a feeling after the session")
            )
            add.setProperty("role", "link")
            add.setCursor(Qt.CursorShape.PointingHandCursor)
            add.clicked.connect(lambda _c=False, m=moment: self._add_clicked(m))
            self.add_buttons[moment] = add
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addLayout(rows)
            column.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, 2 * line, 0)
            grid.addLayout(column, 2 * line + 1, 0)
            mine = [f for f in stored if f.moment == moment]
            for feeling in mine:
                self.add_row(moment, feeling)
            for words in loose[moment]:
                self.add_row(moment, words=words)
            if not mine and not loose[moment]:
                self.add_row(moment)
        # × deletes a feeling at once, its words with it: the bar brings it back (fresh6)
        self.undo_bar = UndoBar()
        grid.addWidget(self.undo_bar, 4, 0)
        self._undo = RowUndo(ctx, _BothMoments(self), self.undo_bar,
                             self._capture, self._restore)
        self.undo_bar.undoRequested.connect(self._undone)  # after the row is back
        grid.setColumnStretch(0, 1)

    def _titles(self, moment: Moment) -> set[str]:
        """How a line of the note may name its moment (written in either language)."""
        if moment == Moment.BEFORE:
            return {self._moment_titles[moment], "Before the session", "Avant la séance"}
        return {self._moment_titles[moment], "After the session", "Après la séance"}

    def _parse(self, text: str) -> dict[Moment, list[str]]:
        """The loose words of the note, by moment; a line naming no moment (edited
        elsewhere, another device's version) is kept too, before the session."""
        found: dict[Moment, list[str]] = {Moment.BEFORE: [], Moment.AFTER: []}
        for line in text.splitlines():
            if not line.strip():
                continue
            head, colon, rest = line.partition(":")
            moment = next((m for m in (Moment.BEFORE, Moment.AFTER)
                           if colon and head.strip() in self._titles(m)), None)
            if moment is None:
                found[Moment.BEFORE].append(line.strip())
            elif rest.strip():
                found[moment].append(rest.strip())
        return found

    def loose_text(self) -> str:
        """The note: the words of every row no emotion was chosen for, one per line."""
        lines = []
        for moment in (Moment.BEFORE, Moment.AFTER):
            title = self._moment_titles[moment]
            for row in self.rows_of(moment):
                if words := row.loose_words():
                    lines.append(self._line.replace("%1", title).replace("%2", words))
        return "\n".join(lines)

    def words_changed(self, soon: bool) -> None:
        """A row's loose words changed (typed, or taken by an emotion): save the note."""
        store, ref = self._ctx.store, self.note_ref
        session_id, step_id = self._ctx.session_id, self.step_id

        def build():
            text = self.loose_text()
            if text == (ref.base or ""):
                return None
            return note_job(store, ref, session_id, step_id, text)

        save = self._ctx.autosaver.save_soon if soon else self._ctx.autosaver.mark_dirty
        save(("feeling-words", session_id, step_id), build, self.section.mark)

    def add_row(self, moment: Moment, feeling: Feeling | None = None,
                words: str = "") -> FeelingRow:
        row = FeelingRow(self._ctx, self, moment, feeling, words)
        self.rows[moment].addWidget(row)
        self.rowsChanged.emit()
        return row

    @property
    def edit(self) -> QWidget:
        """Where a click on the card's title or margin sends the keys (``StepSection``):
        the first row's words — not the first focusable child, « + Another feeling »,
        which the next space pressed (review fresh2)."""
        return self.rows_of(Moment.BEFORE)[0].text

    def mousePressEvent(self, event) -> None:
        """A click between the rows writes in the words of the row nearest to it."""
        y = event.position().y()
        rows = self.rows_of(Moment.BEFORE) + self.rows_of(Moment.AFTER)
        nearest = min(rows, key=lambda row: abs(
            row.mapTo(self, row.rect().center()).y() - y))
        nearest.text.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def _add_clicked(self, moment: Moment) -> None:
        """« + Another feeling »: the keyboard goes to the new row, not back to the
        button (a space typed next would add another empty row)."""
        self.add_row(moment).emotion.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows_of(self, moment: Moment) -> list[FeelingRow]:
        layout = self.rows[moment]
        return [layout.itemAt(i).widget() for i in range(layout.count())]

    def remove_row(self, row: FeelingRow) -> None:
        """Delete at once; the bar under the feelings undoes it (emotion, intensity and
        words). A row with nothing in it simply goes."""
        if row.blank():
            self._drop(row)
        else:
            self._undo.delete(row, self.tr("Feeling “%1” deleted.").replace(
                "%1", row.summary()))
        if not self.rows_of(row.moment):
            self.add_row(row.moment)
        self.words_changed(soon=True)  # (words no emotion was chosen for: in the note)
        self.rowsChanged.emit()

    def _drop(self, row: FeelingRow) -> None:
        """Take a row off the page. Hidden first: a row added in this same turn has a
        show queued by its layout, which would open it as a window of its own."""
        row.hide()
        self.rows[row.moment].removeWidget(row)
        row.setParent(None)
        row.deleteLater()

    def _undone(self) -> None:
        """A row came back: the empty row put in its place goes, its words are saved."""
        for moment in (Moment.BEFORE, Moment.AFTER):
            rows = self.rows_of(moment)
            for row in rows:
                focus = QApplication.focusWidget()
                if len(rows) > 1 and row.blank() and not (focus and row.isAncestorOf(focus)):
                    self._drop(row)
                    rows = self.rows_of(moment)
        self.words_changed(soon=True)
        self.rowsChanged.emit()

    def _capture(self, feeling_id: int) -> tuple[Feeling, str | None]:
        """(Autosave thread) the feeling as stored and its sync identity, then the delete."""
        store = self._ctx.store
        feeling = store.feelings.get(feeling_id)
        uuid = store.sync.uuid_of("feelings", feeling_id)
        store.feelings.delete(feeling_id)
        return feeling, uuid

    def _restore(self, kept: tuple[Feeling, str | None]) -> int:
        """(Autosave thread) the feeling back under its own identity (see learnings)."""
        feeling, uuid = kept
        store = self._ctx.store
        with store.transaction():
            feeling.id = None
            store.feelings.add(feeling)
            if uuid:
                store.sync.restore_uuid("feelings", feeling.id, uuid)
        return feeling.id
