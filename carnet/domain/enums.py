"""The fixed vocabularies of the journal. Values are stable codes stored on disk;
the interface translates them."""

from __future__ import annotations

from enum import StrEnum


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    MISSED = "missed"


class Role(StrEnum):
    """My role in one session."""

    CLIENT = "client"  # client / porteur de la situation
    CONSULTANT = "consultant"
    PARTICIPANT = "participant"
    FACILITATOR = "facilitator"  # animateur


class ActionStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"
    POSTPONED = "postponed"

    @property
    def is_open(self) -> bool:
        return self not in (ActionStatus.DONE, ActionStatus.DROPPED)


class Moment(StrEnum):
    """When a feeling was noted, relative to the session."""

    BEFORE = "before"
    AFTER = "after"


class TopicStatus(StrEnum):
    OPEN = "open"  # in the backlog
    SCHEDULED = "scheduled"  # attached to a session as its case
    TREATED = "treated"
    ABANDONED = "abandoned"


class CadenceUnit(StrEnum):
    WEEK = "week"
    MONTH = "month"


class Emotion(StrEnum):
    """The fixed list of emotions offered by the feeling picker."""

    JOY = "joy"
    CONFIDENCE = "confidence"
    SERENITY = "serenity"
    CURIOSITY = "curiosity"
    PRIDE = "pride"
    GRATITUDE = "gratitude"
    RELIEF = "relief"
    SURPRISE = "surprise"
    WORRY = "worry"
    FRUSTRATION = "frustration"
    ANGER = "anger"
    SADNESS = "sadness"
    FATIGUE = "fatigue"
    FEAR = "fear"


#: French labels, used where Qt's translation is not available (CLI, booklet).
EMOTION_LABELS_FR: dict[Emotion, str] = {
    Emotion.JOY: "joie",
    Emotion.CONFIDENCE: "confiance",
    Emotion.SERENITY: "sérénité",
    Emotion.CURIOSITY: "curiosité",
    Emotion.PRIDE: "fierté",
    Emotion.GRATITUDE: "gratitude",
    Emotion.RELIEF: "soulagement",
    Emotion.SURPRISE: "surprise",
    Emotion.WORRY: "inquiétude",
    Emotion.FRUSTRATION: "frustration",
    Emotion.ANGER: "colère",
    Emotion.SADNESS: "tristesse",
    Emotion.FATIGUE: "fatigue",
    Emotion.FEAR: "peur",
}

#: Pleasant emotions count positive in the "feelings over time" chart.
PLEASANT_EMOTIONS = frozenset(
    {
        Emotion.JOY,
        Emotion.CONFIDENCE,
        Emotion.SERENITY,
        Emotion.CURIOSITY,
        Emotion.PRIDE,
        Emotion.GRATITUDE,
        Emotion.RELIEF,
    }
)

#: Suggested themes, from the seeds (co-développement themes, RPM/RPP questions).
SUGGESTED_THEMES: tuple[str, ...] = (
    "délégation",
    "conflit entre agents",
    "charge de travail",
    "positionnement vis-à-vis de la hiérarchie",
    "conduite du changement",
    "motivation",
    "fidéliser un talent",
    "cohésion d'équipe",
    "prise de décision",
    "communication",
    "posture managériale",
    "gestion des émotions",
    "rétablissement expérientiel",
)
