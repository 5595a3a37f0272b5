"""Self-assessment: a 1–5 rating of each personal objective at this session.

A rating is an assessment (the domain requires its 1–5). Words written beside an
objective with no rating chosen — never rated yet, or a rating un-chosen by clicking
its star again — are not dropped with it: they are saved as the step's note, one line
per objective (« Écouter vraiment : j’écoute mieux »), and come back beside their
objective when the page is read again; choosing a rating moves them into it. A line of
that note that names no objective of the page (renamed, another device's version) is
kept as it is and shown under the grid.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from carnet.domain import Assessment, Objective
from carnet.ui.session_editor.context import (
    EditorContext,
    Ref,
    edit_job,
    note_job,
    show_added,
)
from carnet.ui.session_editor.step_section import StepSection
from carnet.ui.session_editor.widgets import ScaleButtons
from carnet.ui.whole_paste import keep_whole


def rating_labels() -> list[str]:
    return [
        QCoreApplication.translate("Ratings", "1 — not yet"),
        QCoreApplication.translate("Ratings", "2 — beginning"),
        QCoreApplication.translate("Ratings", "3 — on my way"),
        QCoreApplication.translate("Ratings", "4 — mostly there"),
        QCoreApplication.translate("Ratings", "5 — achieved"),
    ]


class RatingRow:
    """The widgets of one objective's line in the grid."""

    def __init__(self, ctx: EditorContext, body: RatingsBody, objective: Objective, found,
                 words: str = ""):
        self._ctx = ctx
        self._body = body
        self.objective = objective
        self.key = ("assessment", ctx.session_id, objective.id)
        self.ref = Ref(found.id if found is not None else None, found)
        self.title = QLabel(objective.title)
        self.title.setObjectName("objectiveTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        if objective.description:
            self.title.setToolTip(objective.description)
        self.stars = ScaleButtons(
            5,
            stars=True,
            labels=rating_labels(),
            name=QCoreApplication.translate("Ratings", "Rating of «%1»").replace(
                "%1", objective.title
            ),
        )
        self.stars.setObjectName("ratingStars")
        self.comment = keep_whole(QLineEdit())
        self.comment.setObjectName("ratingComment")
        self.ref.forget_with(self.comment)
        self.comment.setAccessibleName(
            QCoreApplication.translate("Ratings", "Comment on «%1»").replace("%1", objective.title)
        )
        self.comment.setPlaceholderText(
            QCoreApplication.translate("Ratings", "What makes me say so?")
        )
        #: Says, under the words, that they are kept while no rating is chosen.
        self.kept = QLabel(QCoreApplication.translate(
            "Ratings", "No rating chosen: your words are kept."))
        self.kept.setObjectName("ratingKept")
        self.kept.setProperty("role", "hint")
        self.kept.setWordWrap(True)
        self.kept.setTextFormat(Qt.TextFormat.PlainText)
        self.kept.hide()
        self.column = QWidget()
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.comment)
        column.addWidget(self.kept)
        if found is not None:
            self.stars.set_value(found.rating)
            self.comment.setText(found.comment)
            self.comment.setCursorPosition(0)
        elif words:
            self.comment.setText(words)
            self.comment.setCursorPosition(0)
        # The words are always ready (as a feeling's): written before a rating, or left
        # when the rating is un-chosen, they are kept (see the module's docstring).
        self._sync_kept()
        self.stars.valueChanged.connect(self._rated)
        self.comment.textChanged.connect(self._typed)
        ctx.autosaver.watch_focus(self.comment)

    def words(self) -> str:
        """The words beside the stars, on one line (a one-line field holds no other)."""
        return " ".join(self.comment.text().splitlines()).strip()

    def loose_words(self) -> str:
        """The words kept in the step's note: those of a row with no rating."""
        return "" if self.stars.value() else self.words()

    def _sync_kept(self) -> None:
        self.kept.setVisible(bool(self.loose_words()))

    def _rated(self, _value: int) -> None:
        self._sync_kept()
        self.changed(soon=True)

    def _typed(self) -> None:
        self._sync_kept()
        if self.stars.value():
            self.changed(soon=False)
        else:
            self._body.words_changed(soon=False)

    def changed(self, soon: bool) -> None:
        """Save the rating; with it the step's note, whose lines hold the words of the
        rows with no rating: un-choosing a rating clears it and keeps its words in the
        note in one transaction (never a moment where they are in neither)."""
        store = self._ctx.store
        session_id, objective_id = self._ctx.session_id, self.objective.id

        ref = self.ref
        repo = SimpleNamespace(add=store.assessments.set, update=store.assessments.set,
                               get=store.assessments.get)

        def build():
            rating = self.stars.value()
            if not rating:
                def clear() -> None:
                    store.assessments.clear(objective_id, session_id)
                    ref.id, ref.base = None, None
                main = clear
            else:
                snapshot = Assessment(objective_id, session_id, rating, self.comment.text())
                main = edit_job(store, repo, ref, snapshot, "assessments")
            words = self._body.note_job()
            if words is None:
                return main

            def both() -> None:
                with store.transaction():
                    words()
                    main()
            return both

        save = self._ctx.autosaver.save_soon if soon else self._ctx.autosaver.mark_dirty
        save(self.key, build, self._body.section.mark,
             lambda: show_added(ref, {"comment": self.comment}))


class RatingsBody(QWidget):
    def __init__(self, ctx: EditorContext, section: StepSection) -> None:
        super().__init__()
        self._ctx = ctx
        self.section = section
        self.rows: list[RatingRow] = []
        self.step_id = section.step.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        note = ctx.store.notes.get(ctx.session_id, self.step_id)
        #: the note of kept words as the page knows it (see ``note_job``)
        self.note_ref = Ref(None, note.text if note else "").forget_with(self)
        # Read now, while the interface's language is surely installed (see FeelingsBody).
        self._line = self.tr("%1: %2")
        loose, self.other_lines = self._parse(note.text if note else "", ctx.objectives)
        #: Lines of the note that name no objective of the page: kept, and shown.
        self.others = QLabel()
        self.others.setObjectName("ratingOtherWords")
        self.others.setProperty("role", "hint")
        self.others.setWordWrap(True)
        self.others.setTextFormat(Qt.TextFormat.PlainText)
        self.others.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.other_lines:
            self.others.setText("\n".join(
                [self.tr("Also kept in this step's note:"), *self.other_lines]))
        self.others.setVisible(bool(self.other_lines))
        if not ctx.objectives:
            hint = QLabel(
                self.tr(
                    "No personal objectives yet for this group. Add them in the group's settings "
                    "to follow your progress here."
                )
            )
            hint.setObjectName("emptyHint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
            layout.addWidget(self.others)
            return
        found = {a.objective_id: a for a in ctx.store.assessments.list_by_session(ctx.session_id)}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        for line, objective in enumerate(ctx.objectives):
            assessment = found.get(objective.id)
            words = loose.pop(objective.id, "")
            if assessment is not None and words:
                # rated on another device while un-rated here: both kept, the words shown
                self.other_lines.append(self._line.replace("%1", objective.title)
                                        .replace("%2", words))
                self.others.setText("\n".join(
                    [self.tr("Also kept in this step's note:"), *self.other_lines]))
                self.others.show()
                words = ""
            row = RatingRow(ctx, self, objective, assessment, words)
            grid.addWidget(row.title, line, 0)
            grid.addWidget(row.stars, line, 1)
            grid.addWidget(row.column, line, 2)
            self.rows.append(row)
        layout.addLayout(grid)
        layout.addWidget(self.others)

    @staticmethod
    def _parse(text: str, objectives: list[Objective]) -> tuple[dict[int, str], list[str]]:
        """The note's words by objective, and the lines that name none (kept as they are).

        A line is « title: words » (« title : words » in French); the longest title
        that begins a line takes it, so « Écouter » never takes « Écouter vraiment : … ».
        """
        by_length = sorted(objectives, key=lambda o: len(o.title.strip()), reverse=True)
        words: dict[int, list[str]] = {}
        others: list[str] = []
        for line in text.splitlines():
            if not line.strip():
                continue
            for objective in by_length:
                title = objective.title.strip()
                head = line.strip()
                if title and head.startswith(title) and head[len(title):].lstrip().startswith(":"):
                    rest = head[len(title):].lstrip()[1:].strip()
                    if rest:
                        words.setdefault(objective.id, []).append(rest)
                    break
            else:
                others.append(line.strip())
        return {oid: " ".join(parts) for oid, parts in words.items()}, others

    def loose_text(self) -> str:
        """The note: the words of every row with no rating, then the other lines kept."""
        lines = [self._line.replace("%1", row.objective.title.strip()).replace("%2", words)
                 for row in self.rows if (words := row.loose_words())]
        return "\n".join(lines + self.other_lines)

    def note_job(self):
        """The job saving the note as the rows now hold it; None when unchanged."""
        text = self.loose_text()
        if text == (self.note_ref.base or ""):
            return None
        return note_job(self._ctx.store, self.note_ref, self._ctx.session_id, self.step_id,
                        text)

    def words_changed(self, soon: bool) -> None:
        """The words of a row with no rating changed: save the note."""
        save = self._ctx.autosaver.save_soon if soon else self._ctx.autosaver.mark_dirty
        save(("rating-words", self._ctx.session_id, self.step_id), self.note_job,
             self.section.mark)
