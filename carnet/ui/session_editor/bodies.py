"""Which editor a step gets: one body class per step kind.

Kept apart from :mod:`step_section` (the frame every body sits in, and the base
the bodies import) so that the bodies import the frame and this registry imports
the bodies, never in a circle.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from carnet.templates import Step, StepKind
from carnet.ui.session_editor.actions import ActionsBody
from carnet.ui.session_editor.context import EditorContext
from carnet.ui.session_editor.feelings import FeelingsBody
from carnet.ui.session_editor.keyword import KeywordBody
from carnet.ui.session_editor.learnings import LearningsBody
from carnet.ui.session_editor.ratings import RatingsBody
from carnet.ui.session_editor.step_section import StepSection, TextBody


def make_body(kind: StepKind, ctx: EditorContext, step: Step, section: StepSection) -> QWidget:
    """The editor for a step of ``kind``."""
    if kind == StepKind.TEXT:
        return TextBody(ctx, step, section)
    if kind == StepKind.KEYWORD:
        return KeywordBody(ctx, section)
    if kind == StepKind.FEELING:
        return FeelingsBody(ctx, section)
    if kind == StepKind.LEARNINGS:
        return LearningsBody(ctx, section)
    if kind == StepKind.ACTIONS:
        return ActionsBody(ctx, section)
    if kind == StepKind.RATINGS:
        return RatingsBody(ctx, section)
    raise ValueError(f"unknown step kind {kind!r}")
