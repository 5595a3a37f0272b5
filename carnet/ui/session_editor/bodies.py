"""Which editor a step gets: one body class per step kind.

Kept apart from :mod:`step_section` (the frame every body sits in, and the base
the bodies import) so that the bodies import the frame and this registry imports
the bodies, never in a circle.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from carnet.templates import Step, StepKind
from carnet.ui.session_editor.context import EditorContext
from carnet.ui.session_editor.step_section import StepSection, TextBody


def make_body(kind: StepKind, ctx: EditorContext, step: Step, section: StepSection) -> QWidget:
    """The editor for a step of ``kind``.

    The list bodies are imported when a page first needs one: the top of a page is
    text steps, painted before the lower steps are built (see ``SessionEditor._build``).
    """
    if kind == StepKind.TEXT:
        return TextBody(ctx, step, section)
    if kind == StepKind.KEYWORD:
        from carnet.ui.session_editor.keyword import KeywordBody

        return KeywordBody(ctx, section)
    if kind == StepKind.FEELING:
        from carnet.ui.session_editor.feelings import FeelingsBody

        return FeelingsBody(ctx, section)
    if kind == StepKind.LEARNINGS:
        from carnet.ui.session_editor.learnings import LearningsBody

        return LearningsBody(ctx, section)
    if kind == StepKind.ACTIONS:
        from carnet.ui.session_editor.actions import ActionsBody

        return ActionsBody(ctx, section)
    if kind == StepKind.RATINGS:
        from carnet.ui.session_editor.ratings import RatingsBody

        return RatingsBody(ctx, section)
    raise ValueError(f"unknown step kind {kind!r}")
