"""The booklet's own words in French and English.

The booklet is Qt-free (it also runs from the command line), so it cannot use
Qt's translations: a small dictionary keyed by language, French first.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from carnet.domain import EMOTION_LABELS_FR, ActionStatus, Emotion, Role

FR: Final[dict[str, str]] = {
    "title": "Carnet de bord",
    "other_version": "Autre version · {when}",
    "subtitle": "Mon parcours de pratique entre pairs",
    "period": "Du {start} au {end}",
    "period_single": "Le {start}",
    "confidential": (
        "Document personnel et confidentiel — les contenus des échanges restent "
        "dans le cadre de la rencontre"
    ),
    "confidential_short": "Personnel et confidentiel",
    "anonymised": "Les autres participants sont désignés par leur pseudonyme.",
    "anonymised_photos": (
        "Les autres participants sont désignés par leur pseudonyme dans le texte ; les "
        "photos et documents sont reproduits tels quels."
    ),
    "toc": "Sommaire",
    "objectives": "Mes objectifs personnels",
    "objectives_intro": "Ce que je souhaite développer au fil du cycle.",
    "no_objectives": "Aucun objectif n’a été noté pour ce groupe.",
    "sessions": "Les séances",
    "session": "Séance",
    "session_of": "Séance {n}/{total}",
    "learnings": "Mes enseignements",
    "learnings_intro": "Regroupés par thème ; les enseignements marqués d’une étoile d’abord.",
    "untagged": "Sans thème",
    "actions": "Mon plan d’action",
    "actions_intro": "Ce que je me suis engagé·e à essayer, et ce qu’il en est advenu.",
    "charts": "Ma progression",
    "closing": "Regard sur le cycle",
    "closing_empty": "Pas encore de bilan de fin de cycle.",
    "format": "Format",
    "role": "Rôle",
    "themes": "Thèmes",
    "keyword": "Mot-clé",
    "feelings_before": "Avant",
    "feelings_after": "Après",
    "feelings": "Ressentis",
    "ratings": "Auto-évaluation",
    "learnings_short": "Enseignements",
    "actions_short": "Actions décidées",
    "col_action": "Action",
    "col_session": "Séance",
    "col_due": "Échéance",
    "col_status": "Statut",
    "col_outcome": "Résultat",
    "col_review": "Dernier suivi",
    "review_earlier": "Suivi",
    "due": "échéance {date}",
    "no_actions": "Aucune action n’a été décidée sur la période.",
    "no_learnings": "Aucun enseignement n’a été noté sur la période.",
    "no_sessions": "Aucune séance tenue sur la période choisie.",
    "chart_objectives": "Auto-évaluation de mes objectifs — {group}",
    "chart_feelings": "Mes ressentis au fil des séances",
    "chart_feelings_note": (
        "Au-dessus de zéro : émotions agréables ; en dessous : émotions difficiles "
        "(intensité 1 à 5)."
    ),
    "chart_actions": "Réalisation de mes actions",
    "chart_actions_note": "{done} sur {total} ({rate} %).",
    "chart_no_data": "Pas encore assez de données pour ce graphique.",
    "before": "avant",
    "after": "après",
    "image": "image",
    "facilitator": "Animation",
    "cycle.changes": "Ce qui a changé dans ma pratique",
    "cycle.self": "Ce que j’ai appris sur moi",
    "cycle.carry_on": "Ce que je poursuis",
    "other_notes": "Autres notes",
    "header": "Carnet de bord",
    "page": "{n}",
    "made_with": "Réalisé avec Carnet le {date}.",
    "and_more": "et {more}",
}

EN: Final[dict[str, str]] = {
    "title": "Logbook",
    "other_version": "Other version · {when}",
    "subtitle": "My peer-practice journey",
    "period": "From {start} to {end}",
    "period_single": "On {start}",
    "confidential": (
        "Personal and confidential document — what is shared in the group stays "
        "in the group"
    ),
    "confidential_short": "Personal and confidential",
    "anonymised": "Other participants are referred to by their pseudonym.",
    "anonymised_photos": (
        "Other participants are referred to by their pseudonym in the text; photos and "
        "documents are reproduced as they are."
    ),
    "toc": "Contents",
    "objectives": "My personal objectives",
    "objectives_intro": "What I want to develop over the cycle.",
    "no_objectives": "No objective was noted for this group.",
    "sessions": "The sessions",
    "session": "Session",
    "session_of": "Session {n}/{total}",
    "learnings": "My learnings",
    "learnings_intro": "Grouped by theme; starred learnings first.",
    "untagged": "No theme",
    "actions": "My action plan",
    "actions_intro": "What I committed to try, and what came of it.",
    "charts": "My progress",
    "closing": "Looking back on the cycle",
    "closing_empty": "No end-of-cycle review yet.",
    "format": "Format",
    "role": "Role",
    "themes": "Themes",
    "keyword": "Key word",
    "feelings_before": "Before",
    "feelings_after": "After",
    "feelings": "Feelings",
    "ratings": "Self-assessment",
    "learnings_short": "Learnings",
    "actions_short": "Actions decided",
    "col_action": "Action",
    "col_session": "Session",
    "col_due": "Due",
    "col_status": "Status",
    "col_outcome": "Outcome",
    "col_review": "Last review",
    "review_earlier": "Review",
    "due": "due {date}",
    "no_actions": "No action was decided in this period.",
    "no_learnings": "No learning was noted in this period.",
    "no_sessions": "No session was held in the chosen period.",
    "chart_objectives": "Self-assessment of my objectives — {group}",
    "chart_feelings": "My feelings across the sessions",
    "chart_feelings_note": (
        "Above zero: pleasant emotions; below: difficult ones (intensity 1 to 5)."
    ),
    "chart_actions": "Completion of my actions",
    "chart_actions_note": "{done} out of {total} ({rate} %).",
    "chart_no_data": "Not enough data for this chart yet.",
    "before": "before",
    "after": "after",
    "image": "image",
    "facilitator": "Facilitation",
    "cycle.changes": "What changed in my practice",
    "cycle.self": "What I learned about myself",
    "cycle.carry_on": "What I carry on",
    "other_notes": "Other notes",
    "header": "Logbook",
    "page": "{n}",
    "made_with": "Made with Carnet on {date}.",
    "and_more": "and {more}",
}

TEXTS: Final = {"fr": FR, "en": EN}

#: The end-of-cycle review notes, in the order of the closing page.
CYCLE_STEPS: Final = ("cycle.changes", "cycle.self", "cycle.carry_on")

_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_SHORT_MONTHS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
           "oct.", "nov.", "déc."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_ROLES = {
    "fr": {Role.CLIENT: "client (porteur de la situation)", Role.CONSULTANT: "consultant·e",
           Role.PARTICIPANT: "participant·e", Role.FACILITATOR: "animateur·rice"},
    "en": {Role.CLIENT: "client (case holder)", Role.CONSULTANT: "consultant",
           Role.PARTICIPANT: "participant", Role.FACILITATOR: "facilitator"},
}
_STATUSES = {
    "fr": {ActionStatus.TODO: "à faire", ActionStatus.IN_PROGRESS: "en cours",
           ActionStatus.DONE: "réalisée", ActionStatus.DROPPED: "abandonnée",
           ActionStatus.POSTPONED: "reportée"},
    "en": {ActionStatus.TODO: "to do", ActionStatus.IN_PROGRESS: "in progress",
           ActionStatus.DONE: "done", ActionStatus.DROPPED: "dropped",
           ActionStatus.POSTPONED: "postponed"},
}
_EMOTIONS_EN = {e: e.value for e in Emotion}
#: (singular, plural) of counted things; French takes the singular for 0 and 1
_COUNTED = {
    "fr": {"session_n": ("séance", "séances"), "learning_n": ("enseignement", "enseignements"),
           "action_n": ("action", "actions"),
           "done_action": ("action réalisée", "actions réalisées"),
           "other_group": ("autre groupe", "autres groupes")},
    "en": {"session_n": ("session", "sessions"), "learning_n": ("learning", "learnings"),
           "action_n": ("action", "actions"), "done_action": ("action done", "actions done"),
           "other_group": ("other group", "other groups")},
}


def count(lang: str, n: int, key: str) -> str:
    """« 3 séances », « 1 action réalisée », « 0 session »… (``n`` then the noun)."""
    singular, plural = _COUNTED.get(lang, _COUNTED["fr"])[key]
    one = n <= 1 if lang == "fr" else n == 1
    return f"{n}\u00a0{singular if one else plural}"


def text(lang: str, key: str, **values: object) -> str:
    """The label ``key`` in ``lang`` (French when missing), with ``values`` filled in."""
    table = TEXTS.get(lang, FR)
    label = table.get(key) or FR[key]
    return label.format(**values) if values else label


def long_date(day: date, lang: str, weekday: bool = False) -> str:
    """« mardi 12 mars 2025 » / « Tuesday 12 March 2025 »; 1er for the first in French."""
    months = _MONTHS.get(lang, _MONTHS["fr"])
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    result = f"{number} {months[day.month - 1]} {day.year}"
    if weekday:
        result = f"{_WEEKDAYS.get(lang, _WEEKDAYS['fr'])[day.weekday()]} {result}"
    return result


def short_date(day: date | None, lang: str) -> str:
    """« 12 mars 2025 » in tables, where the long form wraps badly; « — » for no date."""
    if day is None:
        return "—"
    months = _SHORT_MONTHS.get(lang, _SHORT_MONTHS["fr"])
    return f"{day.day}\u00a0{months[day.month - 1]}\u00a0{day.year}"


def role_label(role: Role, lang: str) -> str:
    return _ROLES.get(lang, _ROLES["fr"])[Role(role)]


def status_label(status: ActionStatus, lang: str) -> str:
    return _STATUSES.get(lang, _STATUSES["fr"])[ActionStatus(status)]


def emotion_label(emotion: Emotion, lang: str) -> str:
    if lang == "en":
        return _EMOTIONS_EN[Emotion(emotion)]
    return EMOTION_LABELS_FR[Emotion(emotion)]
