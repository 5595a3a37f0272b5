"""Where one stored item (a learning, an action…) sits on the session page.

Search and the other views know an item by its kind and id; the page knows rows.
:func:`find_item` maps one to the other: the section holding the item, and the
field to focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from carnet.domain import Moment

if TYPE_CHECKING:
    from carnet.ui.session_editor.editor import SessionEditor

KINDS = ("learning", "action", "feeling", "keyword", "assessment", "topic")


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
