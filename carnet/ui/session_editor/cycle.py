"""The end-of-cycle review (« bilan de fin de cycle »): three notes at the last session.

They are ordinary step notes with ids outside every template (``cycle.*``), so the
booklet's closing page, search and export read them like any other note. The
review is offered at the group's last session — the one numbered like the planned
count, or the last by date — and wherever such a note was already written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carnet.domain import Session
from carnet.templates import Localized, Prompt, Step, StepKind

CYCLE_PREFIX = "cycle."
#: The review's notes, in the order of the page (and of the booklet's closing page).
CYCLE_STEP_IDS = ("cycle.changes", "cycle.self", "cycle.carry_on")


def is_cycle_step(step_id: str) -> bool:
    return step_id.startswith(CYCLE_PREFIX)


def is_cycle_end(session: Session, group_sessions: list[Session], planned: int) -> bool:
    """True for the session that closes its group's cycle.

    That is the session numbered like the planned count, or the last one by date
    (a cycle that was shortened or extended ends where its sessions end).
    """
    if session.number == planned:
        return True
    key = (session.date, session.number)
    return not any(
        (other.date, other.number) > key for other in group_sessions if other.id != session.id
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("CycleReview", text)


def cycle_steps(existing: list[str]) -> list[Step]:
    """The three review steps, then any other ``cycle.*`` note found (``existing``)."""
    texts = {
        "cycle.changes": (
            _tr("What has changed in my practice?"),
            _tr(
                "Compare with the start of the cycle: situations I now handle differently, "
                "habits I changed, what others noticed."
            ),
        ),
        "cycle.self": (
            _tr("What have I learned about myself?"),
            _tr("My reactions, my strengths, what I found hard, what surprised me."),
        ),
        "cycle.carry_on": (
            _tr("What do I keep and carry on?"),
            _tr("The practices, actions and resources I will keep once the group has ended."),
        ),
    }
    steps = [
        Step(step_id, 0, StepKind.TEXT, Localized(title), (Prompt(None, Localized(prompt)),))
        for step_id, (title, prompt) in texts.items()
    ]
    steps += [
        Step(step_id, 0, StepKind.TEXT, Localized(step_id))
        for step_id in existing
        if is_cycle_step(step_id) and step_id not in texts
    ]
    return steps


def cycle_title() -> str:
    return _tr("Cycle review")


def cycle_intro() -> str:
    return _tr(
        "A look back over the whole cycle: what changed, what I learned about myself, what "
        "I carry on. These notes close your booklet."
    )
