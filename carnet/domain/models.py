"""The journal's concepts as plain dataclasses.

Ids are ``None`` until the store has saved the object. Validation happens in
``__post_init__`` so an invalid object cannot be built, whatever its source
(form, import file, demo generator).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from carnet.domain.enums import (
    ActionStatus,
    CadenceUnit,
    Emotion,
    Moment,
    Role,
    SessionStatus,
    TopicStatus,
)
from carnet.domain.errors import DomainError

RATING_MIN, RATING_MAX = 1, 5
INTENSITY_MIN, INTENSITY_MAX = 1, 5
PRIORITY_MIN, PRIORITY_MAX = 1, 3


def _coerce(enum_type, value, field_name: str):
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum_type)
        raise DomainError(field_name, f"unknown value {value!r} (allowed: {allowed})") from None


def _require_text(value: str, field_name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DomainError(field_name, "must not be empty")
    return value


def _check_range(value: int, low: int, high: int, field_name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise DomainError(field_name, f"must be a whole number from {low} to {high}")


def fold_theme(text: str) -> str:
    """A theme (tag) for comparison: no case, no accents, single spaces — « Délégation »,
    « délégation » and « delegation » are one theme, typed fast or not."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise_tags(tags) -> list[str]:
    """Trim, drop empties and duplicates (case and accents aside), keep the order."""
    seen: set[str] = set()
    result: list[str] = []
    for tag in tags or ():
        clean = " ".join(str(tag).split())
        if clean and fold_theme(clean) not in seen:
            seen.add(fold_theme(clean))
            result.append(clean)
    return result


def theme_spellings(tags_with_counts) -> dict[str, tuple[str, int, list[str]]]:
    """Themes told apart only by case or accents, gathered: fold → (the spelling shown:
    the most used, an accented one on a tie; the total count; every spelling)."""
    gathered: dict[str, list[tuple[str, int]]] = {}
    for tag, count in tags_with_counts:
        gathered.setdefault(fold_theme(tag), []).append((tag, count))
    result = {}
    for key, spellings in gathered.items():
        shown = max(spellings, key=lambda s: (s[1], sum(not c.isascii() for c in s[0]), s[0]))
        result[key] = (shown[0], sum(c for _t, c in spellings), [t for t, _c in spellings])
    return result


@dataclass
class Journal:
    """The journal as a whole: who keeps it and settings that travel with the data."""

    owner_name: str = ""
    settings: dict[str, str] = field(default_factory=dict)


@dataclass
class Cadence:
    """How often the group meets: every ``every`` weeks or months."""

    every: int = 1
    unit: CadenceUnit = CadenceUnit.MONTH

    def __post_init__(self) -> None:
        self.unit = _coerce(CadenceUnit, self.unit, "cadence.unit")
        _check_range(self.every, 1, 52, "cadence.every")

    def encode(self) -> str:
        return f"{self.every} {self.unit.value}"

    @classmethod
    def decode(cls, text: str) -> Cadence:
        every, unit = text.split()
        return cls(int(every), CadenceUnit(unit))


@dataclass
class Member:
    """Another participant, known by a pseudonym or initials only.

    ``masked_names`` are names that may slip into notes (first name, full name):
    they are replaced by the pseudonym in anything that leaves the journal.
    """

    pseudonym: str
    masked_names: list[str] = field(default_factory=list)
    id: int | None = None
    group_id: int | None = None

    def __post_init__(self) -> None:
        _require_text(self.pseudonym, "pseudonym")
        self.masked_names = [n.strip() for n in self.masked_names if n and n.strip()]


@dataclass
class Group:
    """A peer-practice group (dispositif) following one template's format."""

    name: str
    template_id: str
    facilitator: str = ""
    cadence: Cadence = field(default_factory=Cadence)
    planned_sessions: int = 10
    start_date: date | None = None
    place: str = ""
    ground_rules: str = ""
    notes: str = ""
    archived: bool = False
    id: int | None = None

    def __post_init__(self) -> None:
        _require_text(self.name, "name")
        _require_text(self.template_id, "template_id")
        _check_range(self.planned_sessions, 1, 200, "planned_sessions")


@dataclass
class Objective:
    """What the participant wants to develop over the cycle."""

    group_id: int
    title: str
    description: str = ""
    position: int = 0
    id: int | None = None

    def __post_init__(self) -> None:
        _require_text(self.title, "title")


@dataclass
class Session:
    """One meeting of a group. ``number`` is its rank within the group (1-based)."""

    group_id: int
    number: int
    date: date
    status: SessionStatus = SessionStatus.PLANNED
    role: Role = Role.PARTICIPANT
    themes: list[str] = field(default_factory=list)
    title: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        self.status = _coerce(SessionStatus, self.status, "status")
        self.role = _coerce(Role, self.role, "role")
        _check_range(self.number, 1, 10_000, "number")
        if not isinstance(self.date, date):
            raise DomainError("date", "must be a date")
        self.themes = normalise_tags(self.themes)


@dataclass
class StepNote:
    """The Markdown text written for one template step of one session.

    ``step_id`` is the template step's id, or ``cycle.*`` for end-of-cycle prompts.
    """

    session_id: int
    step_id: str
    text: str = ""
    updated_at: datetime | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        _require_text(self.step_id, "step_id")


@dataclass
class Learning:
    session_id: int
    text: str
    starred: bool = False
    tags: list[str] = field(default_factory=list)
    position: int = 0
    id: int | None = None

    def __post_init__(self) -> None:
        _require_text(self.text, "text")
        self.tags = normalise_tags(self.tags)


@dataclass
class Feeling:
    session_id: int
    moment: Moment
    emotion: Emotion
    intensity: int = 3
    text: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        self.moment = _coerce(Moment, self.moment, "moment")
        self.emotion = _coerce(Emotion, self.emotion, "emotion")
        _check_range(self.intensity, INTENSITY_MIN, INTENSITY_MAX, "intensity")


@dataclass
class Keyword:
    """The one word of the closing round."""

    session_id: int
    word: str
    id: int | None = None

    def __post_init__(self) -> None:
        self.word = _require_text(self.word, "word").strip()


@dataclass
class Action:
    """Something I will try, decided at ``session_id``."""

    session_id: int
    title: str
    due_date: date | None = None
    status: ActionStatus = ActionStatus.TODO
    outcome: str = ""
    details: str = ""
    tags: list[str] = field(default_factory=list)
    created_at: datetime | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        _require_text(self.title, "title")
        self.status = _coerce(ActionStatus, self.status, "status")
        self.tags = normalise_tags(self.tags)

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due_date is not None and self.due_date < today


@dataclass
class ActionReview:
    """A dated note on an action's progress; reviews are history, never overwritten.

    ``status`` is the status set by this review, ``new_due_date`` the date it was
    postponed to (if any).
    """

    action_id: int
    date: date
    note: str = ""
    status: ActionStatus | None = None
    new_due_date: date | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if self.status is not None:
            self.status = _coerce(ActionStatus, self.status, "status")
        if self.status is ActionStatus.POSTPONED and self.new_due_date is None:
            raise DomainError("new_due_date", "a postponed action needs a new date")


@dataclass
class Assessment:
    """A 1–5 self-rating of one objective at one session."""

    objective_id: int
    session_id: int
    rating: int
    comment: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        _check_range(self.rating, RATING_MIN, RATING_MAX, "rating")


@dataclass
class Topic:
    """A situation I want to bring to a future session (backlog)."""

    title: str
    group_id: int | None = None
    draft: str = ""
    priority: int = 2  # 1 high … 3 low
    status: TopicStatus = TopicStatus.OPEN
    session_id: int | None = None  # the session where it is (or was) the case
    tags: list[str] = field(default_factory=list)
    created_at: datetime | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        _require_text(self.title, "title")
        self.status = _coerce(TopicStatus, self.status, "status")
        _check_range(self.priority, PRIORITY_MIN, PRIORITY_MAX, "priority")
        self.tags = normalise_tags(self.tags)
