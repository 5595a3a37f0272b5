"""Going to a place on the session page: a step, or one stored item.

Search and the other views know a step by its id and an item by its kind and id;
the page knows sections and rows. :class:`FocusMixin` gives the editor
``focus_step`` and ``focus_item``; :func:`find_item` maps an item to the section
holding it and the field to focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from carnet.domain import Moment
from carnet.templates import StepKind
from carnet.ui.session_editor.navigation import focus_chain, settle_layouts
from carnet.ui.session_editor.step_section import TextBody

if TYPE_CHECKING:
    from carnet.ui.session_editor.editor import SessionEditor

KINDS = ("learning", "action", "feeling", "keyword", "assessment", "topic")

#: The step kind that holds a search hit of each kind (notes name their step).
_STEP_OF_HIT = {
    "learning": StepKind.LEARNINGS,
    "feeling": StepKind.FEELING,
    "keyword": StepKind.KEYWORD,
    "action": StepKind.ACTIONS,
    "review": StepKind.ACTIONS,
    "assessment": StepKind.RATINGS,
}


def _select_text(target: QWidget, needle: str) -> bool:
    """Put the caret on ``needle`` in ``target``'s editable text fields; True if found."""
    folded = needle.casefold()
    for edit in target.findChildren(QPlainTextEdit) + target.findChildren(QTextEdit):
        if edit.isReadOnly() or not edit.isVisibleTo(target):
            continue
        found = edit.document().find(needle) if needle else None
        if found is not None and not found.isNull():
            edit.setTextCursor(found)
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.ensureCursorVisible()
            return True
    for edit in target.findChildren(QLineEdit):
        position = edit.text().casefold().find(folded) if folded else -1
        if position >= 0:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.setSelection(position, len(needle))
            return True
    return False


def _body_of(editor: SessionEditor, cls: type) -> tuple[QWidget, QWidget] | None:
    """The section whose body is a ``cls``, and that body (the first one on the page)."""
    for section in editor.sections.values():
        if isinstance(section.body, cls):
            return section, section.body
    return None


def find_item(editor: SessionEditor, kind: str, ref_id: int) -> tuple[QWidget, QWidget] | None:
    """``(section, field)`` for the item ``kind``/``ref_id`` of the open session, or None."""
    ctx = editor.ctx
    if ctx is None or kind not in KINDS:
        return None
    if kind == "topic":
        card = editor._topics_card
        if editor.topics is None or card is None:
            return None
        for row in editor.topics.rows():
            if row.ref.id == ref_id:
                return card, row.title
        return None
    if kind == "learning":
        from carnet.ui.session_editor.learnings import LearningsBody

        found = _body_of(editor, LearningsBody)
        rows = found[1].rows() if found else []
        return next(((found[0], r.text) for r in rows if r.ref.id == ref_id), None)
    if kind == "action":
        from carnet.ui.session_editor.actions import ActionsBody

        found = _body_of(editor, ActionsBody)
        rows = found[1].rows() if found else []
        return next(((found[0], r.title) for r in rows if r.ref.id == ref_id), None)
    if kind == "feeling":
        from carnet.ui.session_editor.feelings import FeelingsBody

        found = _body_of(editor, FeelingsBody)
        if found is None:
            return None
        rows = found[1].rows_of(Moment.BEFORE) + found[1].rows_of(Moment.AFTER)
        for row in rows:
            if row.ref.id == ref_id:
                return found[0], row.text if row.text.isEnabled() else row.emotion
        return None
    if kind == "keyword":
        from carnet.ui.session_editor.keyword import KeywordBody

        found = _body_of(editor, KeywordBody)
        stored = ctx.store.keywords.get(ctx.session_id)
        if found is None or stored is None or stored.id != ref_id:
            return None
        return found[0], found[1].edit
    # assessment: the stored rating tells which objective's row it is
    from carnet.ui.session_editor.ratings import RatingsBody

    found = _body_of(editor, RatingsBody)
    if found is None:
        return None
    assessments = ctx.store.assessments.list_by_session(ctx.session_id)
    objective_id = next((a.objective_id for a in assessments if a.id == ref_id), None)
    for row in found[1].rows:
        if objective_id is not None and row.objective.id == objective_id:
            stars = row.stars
            return found[0], stars.buttons[max(stars.value(), 1) - 1]
    return None


def first_stop(body: QWidget) -> QWidget | None:
    """The first field of a step's body that takes the focus (a hint takes none)."""
    for widget in focus_chain(body):
        usable = widget.isVisibleTo(body) and widget.isEnabled()
        if usable and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return widget
    return None


class FocusMixin:
    """``focus_step`` and ``focus_item`` for :class:`SessionEditor` (its page and sections)."""

    def focus_step(self: SessionEditor, step_id: str) -> bool:
        """Scroll to ``step_id``'s section and put the keyboard focus in its editor.

        In a text step (review notes included) the cursor goes to the end of the
        text, in Write mode. False when the page does not show that step. A step not
        built yet is built first (with what comes before it: its place is final).
        """
        self._build_through(lambda: step_id in self._sections)
        section = self._sections.get(step_id)
        if section is None or self._page is None:
            return False
        body = section.body
        if isinstance(body, TextBody):
            if body.is_previewing:
                body.show_preview(False)
            self._reveal(section, body.editor)
            body.focus_text()
            return True
        target = first_stop(body) if body is not None else None
        self._reveal(section, target)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_item(self: SessionEditor, kind: str, ref_id: int) -> bool:
        """Scroll to one stored item of this session and focus its field.

        ``kind`` is learning, action, feeling, keyword, assessment or topic; False
        when the page does not show that item. The page is finished first.
        """
        self.finish_build()
        found = find_item(self, kind, ref_id)
        if found is None:
            return False
        section, target = found
        self._reveal(section, target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_match(self: SessionEditor, kind: str, step_id: str | None = None,
                   needle: str = "") -> bool:
        """Scroll to where a search hit of ``kind`` lives (its step, the topics or the
        documents card) and select the matched word there; False when the page does not
        show such a place."""
        target: QWidget | None = None
        sections = self._sections
        if kind == "topic":
            target = self.topics.parentWidget() if self.topics is not None else None
        elif kind == "attachment":
            self.finish_build()
            target = self.documents.documents_card if self.documents is not None else None
        elif kind == "note" and step_id:
            self._build_through(lambda: step_id in sections)
            target = sections.get(step_id)
        else:
            wanted = _STEP_OF_HIT.get(kind)
            self._build_through(lambda: any(s.step.kind == wanted for s in sections.values()))
            step_id, target = next(((sid, section) for sid, section in sections.items()
                                    if section.step.kind == wanted), (None, None))
        if target is None:
            return False
        if step_id and step_id in sections:
            self.focus_step(step_id)
        else:
            self._reveal(target, None)
        _select_text(target, needle)
        return True

    def _reveal(self: SessionEditor, section: QWidget, target: QWidget | None) -> None:
        """Bring ``section``'s top into view, and ``target`` with it when it is lower.

        Once more after the event loop's turn: a section just built measures its text
        when first laid out, which can move it a little.
        """
        self._reveal_now(section, target)
        # Scrolling there may have built the parts below (see ``_scrolled``), which lays
        # the page out anew: the place is taken again from the settled page.
        self._reveal_now(section, target)

        def again() -> None:
            if target is None or shiboken6.isValid(target):
                self._reveal_now(section, target)

        QTimer.singleShot(0, section, again)

    def _reveal_now(self: SessionEditor, section: QWidget, target: QWidget | None) -> None:
        scroll = self._scroll
        page = scroll.widget()
        if page is None:
            return
        settle_layouts()
        y = section.mapTo(page, section.rect().topLeft()).y()
        scroll.verticalScrollBar().setValue(max(0, y - 16))
        if target is not None and target.isVisibleTo(page):
            scroll.ensureWidgetVisible(target, 16, 48)
