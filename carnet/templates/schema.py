"""The shape of a session template, as plain frozen dataclasses.

A template describes one group format (co-développement, RPM, RPP…): its numbered
parts and the steps a participant journals after a session. Templates are data:
the built-in ones live in ``resources/templates/*.toml`` and a person may add
their own in ``carnet.paths.user_templates_dir()``. No Qt and no SQL here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from carnet.domain.enums import CadenceUnit, Role

# ---------------------------------------------------------------------------
# Template file format (schema 1) — one UTF-8 TOML file per format
# ---------------------------------------------------------------------------
#
#   id = "codev"                 # required; [a-z0-9_-]+, unique across all templates
#   schema = 1                   # required; a higher number needs a newer Carnet
#   name = { fr = "Co-développement professionnel", en = "Professional co-development" }
#   description = { fr = "…", en = "…" }                # optional
#   duration = { fr = "1 h 30 à 2 h par cas", en = "…" } # optional
#   cadence = { every = 1, unit = "month" }  # optional (default every 1 month);
#                                            # every: 1–52, unit: week | month
#   sessions = 6                 # optional (default 6): planned sessions in a cycle, 1–200
#   roles = ["client", "consultant", "participant", "facilitator"]
#                                # optional (default ["participant"]); "my role" choices,
#                                # codes among client, consultant, participant, facilitator
#   default_role = "consultant"  # optional (default: the first role); must be in roles
#   principles = [ { fr = "…", en = "…" }, … ]          # optional: ground-rule suggestions
#   default_objectives = [ { fr = "…", en = "…" }, … ]  # optional: pre-filled objectives
#   themes = [ { fr = "délégation", en = "delegation" }, … ]  # optional: typical themes
#
#   [[parts]]                    # required, at least one: the format's numbered stages
#   number = 1                   # integer ≥ 1, unique
#   title = { fr = "…", en = "…" }
#
#   [[steps]]                    # required, at least one; shown in file order
#   id = "expose"                # [a-z0-9_]+, unique in the template. Notes are stored
#                                # under this id: never change it once in use.
#   part = 1                     # the number of an existing part
#   kind = "text"                # text | keyword | feeling | learnings | actions | ratings
#   title = { fr = "…", en = "…" }
#   [[steps.prompts]]            # optional, any number
#   role = "client"              # optional: absent = for everyone; else one of `roles`
#   text = { fr = "…", en = "…" }
#
# Localised values: a table with `fr` (required) and `en` (required in built-in
# templates, optional in user ones, which then fall back to French). A user template
# may also give a plain string, read as French. Strings must not be blank. In French
# texts, the spaces typed before ? ! : ; » and after « become non-breaking on load.
# Unknown keys are errors, so that a typo ("promts") does not silently drop content.
# Errors name the file and the field; list positions count from 1 in file order,
# so `steps[2].kind` is the `kind` of the second [[steps]] block.
# ---------------------------------------------------------------------------

#: The only schema version this Carnet understands.
SCHEMA_VERSION = 1

LANGUAGES = ("fr", "en")


class StepKind(StrEnum):
    """What a step records: the journal picks the widget from it."""

    TEXT = "text"  # free Markdown text
    KEYWORD = "keyword"  # the one key word of the closing round
    FEELING = "feeling"  # emotions with an intensity
    LEARNINGS = "learnings"  # a list of enseignements
    ACTIONS = "actions"  # the action plan
    RATINGS = "ratings"  # 1–5 self-assessment of personal objectives


class TemplateError(Exception):
    """A template file cannot be used; says which file and which field, for the person
    who wrote it."""

    def __init__(self, path: Path, field: str, message: str) -> None:
        self.path = Path(path)
        self.field = field
        self.message = message
        super().__init__(f"{self.path.name}: {field}: {message}")


@dataclass(frozen=True, slots=True)
class Localized:
    """A text in French, optionally in English; French is the fallback."""

    fr: str
    en: str | None = None

    def get(self, lang: str | None) -> str:
        """The text for ``lang`` ("en", "en_GB", "fr-CA"…), else French."""
        code = (lang or "fr")[:2].lower()
        if code == "en" and self.en:
            return self.en
        return self.fr

    def __str__(self) -> str:
        return self.fr


@dataclass(frozen=True, slots=True)
class Prompt:
    """A question offered for a step; ``role`` None means for everyone."""

    role: Role | None
    text: Localized


@dataclass(frozen=True, slots=True)
class Part:
    """One numbered stage of the format, as the seed document names it."""

    number: int
    title: Localized


@dataclass(frozen=True, slots=True)
class Step:
    """One thing to journal after a session; ``id`` keys the stored notes."""

    id: str
    part: int
    kind: StepKind
    title: Localized
    prompts: tuple[Prompt, ...] = ()

    def prompts_for(self, role: str | None, lang: str | None = "fr") -> list[str]:
        """The questions to show someone in ``role``: that role's own prompts when the
        step has some, else the prompts meant for everyone."""
        if role is not None:
            own = [p.text.get(lang) for p in self.prompts if p.role == role]
            if own:
                return own
        return [p.text.get(lang) for p in self.prompts if p.role is None]

    @property
    def has_role_prompts(self) -> bool:
        return any(p.role is not None for p in self.prompts)


@dataclass(frozen=True, slots=True)
class Template:
    """A validated session template (see the file format above)."""

    id: str
    name: Localized
    description: Localized | None
    duration: Localized | None
    cadence_every: int
    cadence_unit: CadenceUnit
    sessions: int
    roles: tuple[Role, ...]
    default_role: Role
    principles: tuple[Localized, ...]
    default_objectives: tuple[Localized, ...]
    themes: tuple[Localized, ...]
    parts: tuple[Part, ...]
    steps: tuple[Step, ...]
    source: Path
    builtin: bool

    def step(self, step_id: str) -> Step | None:
        """The step with this id, or None (a note may outlive a step removed from a
        user template)."""
        for step in self.steps:
            if step.id == step_id:
                return step
        return None

    def part(self, number: int) -> Part | None:
        for part in self.parts:
            if part.number == number:
                return part
        return None

    def steps_in_part(self, number: int) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.part == number)

    def steps_of_kind(self, kind: StepKind | str) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.kind == kind)

    @property
    def has_role_prompts(self) -> bool:
        """True when some prompts differ by role, so the editor should ask for "my role"."""
        return any(s.has_role_prompts for s in self.steps)
