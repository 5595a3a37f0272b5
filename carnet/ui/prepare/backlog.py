"""The topic backlog's logic and list model: bring a topic to a session (it becomes
the session's case and pre-fills its exposé step, never overwriting it), the
co-développement prompts that help write a case, and the list model of topics."""

from __future__ import annotations

from dataclasses import dataclass

from carnet.domain import Role, Session, Topic, TopicStatus
from carnet.store import JournalStore
from carnet.templates import StepKind, Template, TemplateSet

SEPARATOR = "\n\n---\n\n"


def expose_step_id(template: Template | None) -> str | None:
    """Where a case is written in a session: the "expose" step, else the first text step."""
    if template is None:
        return None
    step = template.step("expose")
    if step is not None and step.kind is StepKind.TEXT:
        return step.id
    texts = template.steps_of_kind(StepKind.TEXT)
    return texts[0].id if texts else None


@dataclass(frozen=True)
class Attached:
    step_id: str | None
    how: str  # "filled" | "appended" | "already" | "none"
    #: the person's role there became « client »: the one who brings the case
    now_client: bool = False


def attach_topic(store: JournalStore, templates: TemplateSet, topic: Topic,
                 session: Session) -> Attached:
    """Make ``topic`` the case of ``session`` and pre-fill its exposé step, in one
    transaction. An empty step gets the draft; a written one keeps its text and
    gets the draft appended under a separator (once). The person brings the case, so
    a participant's or consultant's role there becomes « client » (the session page
    then asks the client's questions); a facilitator's stays."""
    group = store.groups.get(session.group_id)
    step_id = expose_step_id(templates.get(group.template_id))
    text = topic.draft.strip() or topic.title.strip()
    how = "none"
    now_client = False
    with store.transaction():
        if session.role in (Role.PARTICIPANT, Role.CONSULTANT):
            session.role = Role.CLIENT
            store.sessions.update(session)
            now_client = True
        topic.session_id = session.id
        topic.status = TopicStatus.SCHEDULED
        if topic.group_id is None:
            topic.group_id = session.group_id
        store.topics.update(topic)
        if step_id is not None:
            note = store.notes.get(session.id, step_id)
            existing = note.text if note is not None else ""
            if not existing.strip():
                store.notes.save(session.id, step_id, text)
                how = "filled"
            elif text in existing:
                how = "already"
            else:
                store.notes.save(session.id, step_id, existing.rstrip() + SEPARATOR + text)
                how = "appended"
    return Attached(step_id, how, now_client)


def codev_prompts(templates: TemplateSet, lang: str) -> list[str]:
    """The co-développement client's step-1 questions: a guide to write any case."""
    template = templates.get("codev")
    step = template.step("expose") if template is not None else None
    return step.prompts_for("client", lang) if step is not None else []


