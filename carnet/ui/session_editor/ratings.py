"""Self-assessment: a 1–5 rating of each personal objective at this session."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from carnet.domain import Assessment, Objective
from carnet.ui.session_editor.context import EditorContext, Ref, edit_job, show_added
from carnet.ui.session_editor.step_section import StepSection
from carnet.ui.session_editor.widgets import ScaleButtons


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

    def __init__(self, ctx: EditorContext, body: RatingsBody, objective: Objective, found):
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
        self.comment = QLineEdit()
        self.comment.setObjectName("ratingComment")
        self.ref.forget_with(self.comment)
        self.comment.setAccessibleName(
            QCoreApplication.translate("Ratings", "Comment on «%1»").replace("%1", objective.title)
        )
        self.comment.setPlaceholderText(
            QCoreApplication.translate("Ratings", "What makes me say so?")
        )
        if found is not None:
            self.stars.set_value(found.rating)
            self.comment.setText(found.comment)
            self.comment.setCursorPosition(0)
        self.comment.setEnabled(bool(self.stars.value()))
        self.stars.valueChanged.connect(self._rated)
        self.comment.textChanged.connect(lambda: self.changed(soon=False))
        ctx.autosaver.watch_focus(self.comment)

    def _rated(self, value: int) -> None:
        self.comment.setEnabled(bool(value))
        self.changed(soon=True)

    def changed(self, soon: bool) -> None:
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
                return clear
            snapshot = Assessment(objective_id, session_id, rating, self.comment.text())
            return edit_job(store, repo, ref, snapshot, "assessments")

        save = self._ctx.autosaver.save_soon if soon else self._ctx.autosaver.mark_dirty
        save(self.key, build, self._body.section.mark,
             lambda: show_added(ref, {"comment": self.comment}))


class RatingsBody(QWidget):
    def __init__(self, ctx: EditorContext, section: StepSection) -> None:
        super().__init__()
        self.section = section
        self.rows: list[RatingRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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
            return
        found = {a.objective_id: a for a in ctx.store.assessments.list_by_session(ctx.session_id)}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        for line, objective in enumerate(ctx.objectives):
            row = RatingRow(ctx, self, objective, found.get(objective.id))
            grid.addWidget(row.title, line, 0)
            grid.addWidget(row.stars, line, 1)
            grid.addWidget(row.comment, line, 2)
            self.rows.append(row)
        layout.addLayout(grid)
