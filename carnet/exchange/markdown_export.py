"""The journal as a folder of readable Markdown files, organised by group.

``index.md`` lists the groups with their objectives, members (pseudonyms only)
and links to one file per session, ``<group-slug>/<NN>-<date>.md``. A session
file follows its template: each part and step with the text written for it,
and the key word, feelings, learnings, actions and ratings at the step of
that kind. The files are NOT encrypted.

What the person wrote as Markdown (step notes, action details and outcomes,
review notes, ground rules…) is written as the note-rendering contract reads it
(:func:`carnet.notes.normalise.to_portable`): the same words, with the structure
spelled so that any Markdown reader shows it as the preview does; short labels (titles,
learnings, themes, pseudonyms) are escaped so that they read as typed.
The chosen folder must be empty, new, or a previous Carnet export (it holds
the marker file ``.carnet-export.json``): nothing else is ever overwritten.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from carnet.domain import (
    EMOTION_LABELS_FR,
    Action,
    ActionReview,
    Assessment,
    Feeling,
    Group,
    Learning,
    Moment,
    Objective,
    Session,
    Topic,
)
from carnet.exchange import attachments_md
from carnet.exchange.errors import ExportError
from carnet.exchange.files import DIR_MODE, fsync_dir, write_private
from carnet.exchange.json_export import (
    NOT_ENCRYPTED_WARNING,
    NOT_ENCRYPTED_WARNING_FR,
    ExportResult,
)
from carnet.exchange.json_reader import END_OF_CYCLE_STEPS
from carnet.notes.normalise import to_portable

if TYPE_CHECKING:
    from carnet.store import JournalStore
    from carnet.templates import Template, TemplateSet

MARKER = ".carnet-export.json"
CYCLE_PREFIX = "cycle."
MARKER_FORMAT = "carnet-markdown-export"

# -- words -----------------------------------------------------------------------

_LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "journal": "Carnet",
        "journal_of": "Carnet de {owner}",
        "exported": "Exporté le {when}.",
        "warning": NOT_ENCRYPTED_WARNING_FR,
        "files_as_they_are": (
            "Les noms masqués sont remplacés par les pseudonymes dans le texte ; les photos "
            "et documents joints sont copiés tels quels : les noms qu’ils montrent ne sont "
            "pas masqués."
        ),
        "format": "Format",
        "facilitator": "Animation",
        "cadence": "Rythme",
        "planned": "Séances prévues",
        "start": "Début",
        "place": "Lieu",
        "archived": "Groupe archivé.",
        "ground_rules": "Règles du groupe",
        "notes": "Notes",
        "objectives": "Mes objectifs",
        "members": "Membres (pseudonymes)",
        "sessions": "Séances",
        "topics": "Sujets à apporter",
        "topics_free": "Sujets à apporter (sans groupe)",
        "no_sessions": "Aucune séance.",
        "group": "Groupe",
        "date": "Date",
        "session": "Séance",
        "session_n": "Séance {n}",
        "status": "Statut",
        "role": "Mon rôle",
        "themes": "Thèmes",
        "case": "Cas apporté",
        "empty": "Rien n'a été noté pour cette séance.",
        "keyword": "Mot-clé",
        "feelings": "Ressentis",
        "learnings": "Enseignements",
        "actions": "Actions",
        "ratings": "Auto-évaluation",
        "other_notes": "Autres notes",
        "cycle": "Bilan du cycle",
        "cycle.changes": "Qu’est-ce qui a changé dans ma pratique ?",
        "cycle.self": "Qu’ai-je appris sur moi ?",
        "cycle.carry_on": "Qu’est-ce que je garde et poursuis ?",
        "due": "échéance : {date}",
        "outcome": "Résultat",
        "reviews": "Suivi",
        "postponed_to": "reportée au {date}",
        "priority": "priorité {n}",
        "back": "Retour au sommaire",
        "every_month": "tous les mois",
        "every_n_month": "tous les {n} mois",
        "every_week": "toutes les semaines",
        "every_n_week": "toutes les {n} semaines",
        "intensity": "{n}/5",
    },
    "en": {
        "journal": "Journal",
        "journal_of": "{owner}'s journal",
        "exported": "Exported on {when}.",
        "warning": NOT_ENCRYPTED_WARNING,
        "files_as_they_are": (
            "Masked names are replaced by pseudonyms in the text; attached photos and "
            "documents are copied as they are: the names they show are not masked."
        ),
        "format": "Format",
        "facilitator": "Facilitator",
        "cadence": "Cadence",
        "planned": "Planned sessions",
        "start": "Start",
        "place": "Place",
        "archived": "Archived group.",
        "ground_rules": "Ground rules",
        "notes": "Notes",
        "objectives": "My objectives",
        "members": "Members (pseudonyms)",
        "sessions": "Sessions",
        "topics": "Topics to bring",
        "topics_free": "Topics to bring (no group)",
        "no_sessions": "No sessions.",
        "group": "Group",
        "date": "Date",
        "session": "Session",
        "session_n": "Session {n}",
        "status": "Status",
        "role": "My role",
        "themes": "Themes",
        "case": "Case brought",
        "empty": "Nothing was written for this session.",
        "keyword": "Key word",
        "feelings": "Feelings",
        "learnings": "Learnings",
        "actions": "Actions",
        "ratings": "Self-assessment",
        "other_notes": "Other notes",
        "cycle": "Cycle review",
        "cycle.changes": "What has changed in my practice?",
        "cycle.self": "What have I learned about myself?",
        "cycle.carry_on": "What do I keep and carry on?",
        "due": "due {date}",
        "outcome": "Outcome",
        "reviews": "Follow-up",
        "postponed_to": "postponed to {date}",
        "priority": "priority {n}",
        "back": "Back to the index",
        "every_month": "every month",
        "every_n_month": "every {n} months",
        "every_week": "every week",
        "every_n_week": "every {n} weeks",
        "intensity": "{n}/5",
    },
}

_ENUM_LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "planned": "prévue",
        "held": "tenue",
        "missed": "manquée",
        "client": "client / porteur",
        "consultant": "consultant",
        "participant": "participant",
        "facilitator": "animateur",
        "todo": "à faire",
        "in_progress": "en cours",
        "done": "faite",
        "dropped": "abandonnée",
        "postponed": "reportée",
        "open": "à apporter",
        "scheduled": "programmé",
        "treated": "traité",
        "abandoned": "abandonné",
        "before": "Avant la séance",
        "after": "Après la séance",
    },
    "en": {
        "planned": "planned",
        "held": "held",
        "missed": "missed",
        "client": "client",
        "consultant": "consultant",
        "participant": "participant",
        "facilitator": "facilitator",
        "todo": "to do",
        "in_progress": "in progress",
        "done": "done",
        "dropped": "dropped",
        "postponed": "postponed",
        "open": "to bring",
        "scheduled": "scheduled",
        "treated": "treated",
        "abandoned": "abandoned",
        "before": "Before the session",
        "after": "After the session",
    },
}

_MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


# -- Markdown text --------------------------------------------------------------------

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|[0-9]+[.)])")


def _escape_line(line: str) -> str:
    line = _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", line))
    match = _LINE_START.match(line)
    if match:  # would start a heading, quote or list item
        lead, token = match.groups()
        line = f"{lead}{token[:-1]}\\{token[-1]}{line[match.end() :]}"
    return line


# Text continued inside a list item ("- " or "1. "): four spaces, which every reader
# takes for the item's own (Python-Markdown wants four after a blank line, CommonMark
# two or three) and none for code, which starts at the item's indent plus four.
LIST_INDENT = "    "


def inline(text: str) -> str:
    """A label on one line, escaped so that Markdown shows it as typed."""
    return _escape_line(" ".join(text.split()))


def plain(text: str, indent: str = "") -> str:
    """A short plain text that may span lines (a learning, an objective's description),
    escaped so that it reads as typed: each line break kept as a hard break (two spaces),
    a blank line kept as a paragraph break, continuation lines indented to stay inside a
    list item. Joined with plain newlines, every reader ran the lines into one (fresh6)."""
    paragraphs = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [_escape_line(line.strip()) for line in chunk.splitlines() if line.strip()]
        if lines:
            paragraphs.append(f"  \n{indent}".join(lines))
    return f"\n\n{indent}".join(paragraphs)


def block(text: str, indent: str = "") -> str:
    """Markdown written by the person, as the rendering contract reads it, written so that
    any Markdown reader shows the same structure (a list right after a line of text, a
    line break kept, pasted bullets as ``-``); indented to stay inside a list item."""
    # every block sits under a step's « ### » (or in a list under one): a heading the
    # person wrote comes below it
    lines = to_portable(text, below=3).strip("\n").rstrip().splitlines()
    return "\n".join((indent + line) if line.strip() else "" for line in lines).strip("\n")


def slugify(name: str, fallback: str = "groupe") -> str:
    """A folder name from a group name: ASCII, lower case, hyphens, at most 60 characters."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:60].strip("-")
    if not text or text in {"con", "prn", "aux", "nul", "com1", "lpt1"}:
        text = f"{fallback}-{text}" if text else fallback
    return text


# -- the export -------------------------------------------------------------------


@dataclass
class _Words:
    lang: str

    def __call__(self, key: str, **values: object) -> str:
        return _LABELS[self.lang][key].format(**values)

    def enum(self, value: object) -> str:
        code = getattr(value, "value", value)
        return _ENUM_LABELS[self.lang].get(str(code), str(code))

    def emotion(self, feeling: Feeling) -> str:
        if self.lang == "fr":
            return EMOTION_LABELS_FR.get(feeling.emotion, feeling.emotion.value)
        return feeling.emotion.value.replace("_", " ")

    def day(self, value: date | None) -> str:
        if value is None:
            return "—"
        month = _MONTHS[self.lang][value.month - 1]
        weekday = _WEEKDAYS[self.lang][value.weekday()]
        number = "1er" if self.lang == "fr" and value.day == 1 else str(value.day)
        return f"{weekday} {number} {month} {value.year}"

    def cadence(self, group: Group) -> str:
        unit = group.cadence.unit.value
        if group.cadence.every == 1:
            return self(f"every_{unit}")
        return self(f"every_n_{unit}", n=group.cadence.every)


class _Writer:
    def __init__(
        self,
        store: JournalStore,
        templates: TemplateSet,
        lang: str,
        clean: Callable[[str], str],
    ) -> None:
        self.store = store
        self.templates = templates
        self.w = _Words(lang if lang in _LABELS else "fr")
        self.lang = self.w.lang
        self.clean = clean
        self.sep = " :" if self.lang == "fr" else ":"
        #: sessions holding an end-of-cycle review (the index says so beside them)
        self.reviewed: set[int] = set()

    def label(self, key: str, value: str) -> str:
        return f"- **{self.w(key)}{self.sep}** {value}"

    def template_name(self, group: Group) -> str:
        template = self.templates.get(group.template_id)
        return template.name.get(self.lang) if template else group.template_id

    # -- session files ---------------------------------------------------------------

    def session_file(
        self,
        group: Group,
        session: Session,
        objectives: dict[int, Objective],
        topics: list[Topic],
    ) -> str:
        w, c, store = self.w, self.clean, self.store
        heading = f"{w('session_n', n=session.number)} / {group.planned_sessions}"
        if session.title:
            heading += f" — {inline(c(session.title))}"
        out = [f"# {heading}", ""]
        out.append(self.label("group", f"[{inline(group.name)}](../index.md)"))
        out.append(self.label("date", w.day(session.date)))
        out.append(self.label("session", f"{session.number} / {group.planned_sessions}"))
        out.append(self.label("format", inline(self.template_name(group))))
        out.append(self.label("status", w.enum(session.status)))
        out.append(self.label("role", w.enum(session.role)))
        if session.themes:
            out.append(self.label("themes", ", ".join(inline(c(t)) for t in session.themes)))
        for topic in topics:
            out.append(self.label("case", inline(c(topic.title))))
        out.append("")

        notes = store.notes.list_by_session(session.id)
        keyword = store.keywords.get(session.id)
        actions = store.actions.list_by_session(session.id)
        blocks: dict[str, list[str]] = {
            "keyword": [f"**{inline(c(keyword.word))}**"] if keyword else [],
            "feeling": self.feelings(store.feelings.list_by_session(session.id)),
            "learnings": self.learnings(store.learnings.list_by_session(session.id)),
            "actions": self.actions(
                actions, store.reviews.list_for_actions([a.id for a in actions])
            ),
            "ratings": self.ratings(store.assessments.list_by_session(session.id), objectives),
        }
        block_titles = {
            "keyword": "keyword",
            "feeling": "feelings",
            "learnings": "learnings",
            "actions": "actions",
            "ratings": "ratings",
        }
        body: list[str] = []
        template: Template | None = self.templates.get(group.template_id)
        shown_notes: set[str] = set()
        if template is not None:
            for part in template.parts:
                section: list[str] = []
                for step in template.steps_in_part(part.number):
                    parts: list[str] = []
                    note = notes.get(step.id)
                    if note is not None and note.text.strip():
                        parts.append(block(c(note.text)))
                        shown_notes.add(step.id)
                    kind = step.kind.value
                    if blocks.get(kind):
                        parts.extend(blocks.pop(kind))
                    if parts:
                        section += [f"### {inline(step.title.get(self.lang))}", ""]
                        for piece in parts:
                            section += [piece, ""]
                if section:
                    body += [f"## {part.number}. {inline(part.title.get(self.lang))}", ""]
                    body += section
        others = [n for sid, n in notes.items() if sid not in shown_notes and n.text.strip()]
        cycle = [n for n in others if n.step_id.startswith(CYCLE_PREFIX)]
        if cycle:  # the end-of-cycle review, under its questions as on the page
            order = {step_id: i for i, step_id in enumerate(END_OF_CYCLE_STEPS)}
            cycle.sort(key=lambda n: (order.get(n.step_id, len(order)), n.step_id))
            self.reviewed.add(session.id)
            body += [f"## {w('cycle')}", ""]
            for note in cycle:
                title = (w(note.step_id) if note.step_id in order
                         else inline(note.step_id))  # a newer version's: the page says its id
                body += [f"### {title}", "", block(c(note.text)), ""]
        others = [n for n in others if not n.step_id.startswith(CYCLE_PREFIX)]
        if others:
            body += [f"## {w('other_notes')}", ""]
            for note in others:
                # a note of the group's former format: its step's title as on the page
                title = self.templates.step_title_elsewhere(note.step_id, self.lang)
                body += [f"### {inline(title or note.step_id)}", "", block(c(note.text)), ""]
        for kind, lines in blocks.items():
            if lines:
                body += [f"## {w(block_titles[kind])}", ""]
                for piece in lines:
                    body += [piece, ""]
        if not body:
            body = [f"*{w('empty')}*", ""]
        out += body
        out += ["---", "", f"[{w('back')}](../index.md)", ""]
        return "\n".join(out)

    def feelings(self, feelings: list[Feeling]) -> list[str]:
        result = []
        for moment in (Moment.BEFORE, Moment.AFTER):
            items = [f for f in feelings if f.moment is moment]
            if not items:
                continue
            lines = [f"**{self.w.enum(moment)}**", ""]
            for f in items:
                line = f"- {self.w.emotion(f)} ({self.w('intensity', n=f.intensity)})"
                if f.text.strip():
                    line += f"{self.sep} " + block(self.clean(f.text), "  ").lstrip()
                lines.append(line)
            result.append("\n".join(lines))
        return result

    def learnings(self, learnings: list[Learning]) -> list[str]:
        if not learnings:
            return []
        lines = []
        for item in learnings:
            star = "★ " if item.starred else ""
            text = plain(self.clean(item.text), LIST_INDENT)
            line = f"- {star}{text}"
            if item.tags:
                # a text on several lines: its tags on a line of their own, not glued
                # to its last line as if they belonged to it
                glue = f"  \n{LIST_INDENT}" if "\n" in text else " "
                line += f"{glue}*({', '.join(inline(self.clean(t)) for t in item.tags)})*"
            lines.append(line)
        # an item of two paragraphs makes the list loose: Python-Markdown then reads
        # the next "- " as the paragraph's continuation unless a blank line parts them
        loose = any("\n\n" in line for line in lines)
        return [("\n\n" if loose else "\n").join(lines)]

    def actions(self, actions: list[Action], reviews: dict[int, list[ActionReview]]) -> list[str]:
        w, c = self.w, self.clean
        lines = []
        for action in actions:
            head = f"- **{inline(c(action.title))}** — {w.enum(action.status)}"
            if action.due_date:
                head += f" · {w('due', date=w.day(action.due_date))}"
            lines.append(head)
            if action.tags:
                lines.append(f"  *{', '.join(inline(c(t)) for t in action.tags)}*")
            if action.details.strip():
                lines += ["", block(c(action.details), "  ")]
            if action.outcome.strip():
                lines += [
                    "",
                    f"  **{w('outcome')}{self.sep}** " + block(c(action.outcome), "  ").lstrip(),
                ]
            history = reviews.get(action.id, [])
            if history:
                lines += ["", f"  **{w('reviews')}{self.sep}**", ""]
                for review in history:
                    bits = [w.day(review.date)]
                    if review.status is not None:
                        bits.append(w.enum(review.status))
                    if review.new_due_date is not None:
                        bits.append(w("postponed_to", date=w.day(review.new_due_date)))
                    line = f"  - {' · '.join(bits)}"
                    if review.note.strip():
                        line += f"{self.sep} " + block(c(review.note), "    ").lstrip()
                    lines.append(line)
            lines.append("")
        return ["\n".join(lines).rstrip()] if lines else []

    def ratings(self, assessments: list[Assessment], objectives: dict[int, Objective]) -> list[str]:
        lines = []
        for a in assessments:
            objective = objectives.get(a.objective_id)
            title = inline(self.clean(objective.title)) if objective else "?"
            stars = "★" * a.rating + "☆" * (5 - a.rating)
            line = f"- {title}{self.sep} {stars} {a.rating}/5"
            if a.comment.strip():
                line += " — " + block(self.clean(a.comment), "  ").lstrip()
            lines.append(line)
        return ["\n".join(lines)] if lines else []

    # -- the index -----------------------------------------------------------------

    def topic_line(self, topic: Topic) -> str:
        line = f"- {inline(self.clean(topic.title))} — {self.w.enum(topic.status)}, "
        line += self.w("priority", n=topic.priority)
        if topic.draft.strip():
            line += "\n\n" + block(self.clean(topic.draft), "  ")
        return line


def _read_marker(folder: Path) -> list[str] | None:
    """The files of a previous export in ``folder``, or None if it is not one."""
    marker = folder / MARKER
    if not marker.is_file():
        return None
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != MARKER_FORMAT:
        return None
    files = data.get("files")
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return files


def _prepare_folder(folder: Path) -> list[str]:
    """Check the folder may receive the export; return the previous export's files."""
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file; choose a folder for the Markdown export.")
    if not folder.exists():
        if not folder.parent.is_dir():
            raise ExportError(f"The folder {folder.parent} does not exist; choose another place.")
        try:
            folder.mkdir(mode=DIR_MODE)
        except OSError as exc:
            raise ExportError(f"Cannot create {folder} ({exc.strerror or exc}).") from None
        return []
    try:
        empty = not any(folder.iterdir())
    except OSError as exc:
        raise ExportError(f"Cannot read {folder} ({exc.strerror or exc}).") from None
    if empty:
        return []
    previous = _read_marker(folder)
    if previous is None:
        raise ExportError(
            f"The folder {folder} is not empty and does not hold a previous Carnet export: "
            "choose an empty folder so that none of your files is overwritten."
        )
    return previous


def _safe_relative(folder: Path, name: str) -> Path | None:
    """A previous export's file inside ``folder``, or None if the marker points elsewhere."""
    rel = PurePosixPath(name)
    if rel.is_absolute() or ".." in rel.parts or not name.endswith(".md"):
        return None
    return folder.joinpath(*rel.parts)


def _write_marker(folder: Path, files: list[str], exported_at: str) -> None:
    data = {"format": MARKER_FORMAT, "version": 1, "exported_at": exported_at, "files": files}
    write_private(folder / MARKER, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def export_markdown(
    store: JournalStore,
    folder: Path | str,
    *,
    lang: str = "fr",
    anonymise: bool = False,
    templates: TemplateSet | None = None,
) -> ExportResult:
    """Write the journal as Markdown files into ``folder`` (created if needed).

    The folder must be new, empty or a previous Carnet export; files of a previous
    export that no longer exist are removed, nothing else is touched. With
    ``anonymise``, masked names are replaced by pseudonyms wherever they are written
    (texts, titles, themes, tags, the place; fresh6 found themes, tags and the place
    in clear) and the facilitator's name is left out, as in the booklet. The
    result is NOT encrypted: show ``ExportResult.warning`` to the person.
    """
    folder = Path(folder).expanduser()
    previous = _prepare_folder(folder)
    if templates is None:
        from carnet.templates import load_templates

        templates = load_templates()

    groups = store.groups.list()
    hide: Callable[[str], str] = lambda text: text  # noqa: E731 - the identity
    if anonymise:
        from carnet.booklet.anonymise import build_anonymiser

        pairs = [
            (m.pseudonym, m.masked_names) for g in groups for m in store.members.list_by_group(g.id)
        ]
        hide = build_anonymiser(pairs)
    from carnet.booklet.versions import readable

    words_lang = lang if lang in _LABELS else "fr"

    def clean(text: str) -> str:
        # the versions a sync kept in a text, worded as the page and the booklet word
        # them (« — Autre version · 7 déc. 2026, 14:56 — »): the stored heading is half
        # English with a UTC time (fresh7)
        return hide(readable(text, words_lang))

    writer = _Writer(store, templates, lang, clean)
    w = writer.w
    exported_at = datetime.now().astimezone().replace(microsecond=0)
    topics = store.topics.list()

    planned: dict[str, str | bytes] = {}  # relative path -> content (bytes: attachments)
    journal = store.journal()
    title = (
        w("journal_of", owner=inline(journal.owner_name))
        if journal.owner_name.strip()
        else w("journal")
    )
    when = f"{w.day(exported_at.date())} {exported_at:%H:%M}"
    index = [f"# {title}", "", f"*{w('exported', when=when)}*", "", f"> **{w('warning')}**", ""]
    used_slugs: set[str] = set()
    for group in groups:
        slug = base = slugify(group.name)
        n = 2
        while slug in used_slugs:
            slug, n = f"{base}-{n}", n + 1
        used_slugs.add(slug)
        objectives = store.objectives.list_by_group(group.id)
        members = store.members.list_by_group(group.id)
        index += [f"## {inline(group.name)}", ""]
        index.append(writer.label("format", inline(writer.template_name(group))))
        if group.facilitator.strip() and not anonymise:  # (left out, as in the booklet)
            index.append(writer.label("facilitator", inline(group.facilitator)))
        index.append(writer.label("cadence", w.cadence(group)))
        index.append(writer.label("planned", str(group.planned_sessions)))
        if group.start_date:
            index.append(writer.label("start", w.day(group.start_date)))
        if group.place.strip():
            index.append(writer.label("place", inline(clean(group.place))))
        if group.archived:
            index.append(f"- *{w('archived')}*")
        index.append("")
        if group.ground_rules.strip():
            index += [f"### {w('ground_rules')}", "", block(clean(group.ground_rules)), ""]
        if group.notes.strip():
            index += [f"### {w('notes')}", "", block(clean(group.notes)), ""]
        if objectives:
            index += [f"### {w('objectives')}", ""]
            for i, objective in enumerate(objectives, start=1):
                line = f"{i}. {inline(clean(objective.title))}"
                if objective.description.strip():
                    line += " — " + plain(clean(objective.description), LIST_INDENT)
                index.append(line)
                if "\n\n" in line:  # two paragraphs: a blank line before the next item
                    index.append("")
            index.append("")
        if members:
            index += [f"### {w('members')}", ""]
            index += [f"- {inline(m.pseudonym)}" for m in members]
            index.append("")
        index += [f"### {w('sessions')}", ""]
        by_id = {o.id: o for o in objectives}
        sessions = store.sessions.list_by_group(group.id)
        used_files: set[str] = set()
        for session in sessions:
            name = base_name = f"{session.number:02d}-{session.date.isoformat()}"
            n = 2
            while name in used_files:
                name, n = f"{base_name}-{n}", n + 1
            used_files.add(name)
            rel = f"{slug}/{name}.md"
            case = [t for t in topics if t.session_id == session.id]
            planned[rel] = writer.session_file(group, session, by_id, case)
            attachments_md.add(planned, rel, store, session.id, inline, clean, lang)
            label = f"{w('session_n', n=session.number)} — {w.day(session.date)}"
            if session.title:
                label += f" — {inline(clean(session.title))}"
            line = f"- [{label}]({rel}) ({w.enum(session.status)})"
            if session.id in writer.reviewed:
                line += f" · {w('cycle')}"
            index.append(line)
        if not sessions:
            index.append(f"*{w('no_sessions')}*")
        index.append("")
        group_topics = [t for t in topics if t.group_id == group.id and t.session_id is None]
        if group_topics:
            index += [f"### {w('topics')}", ""]
            index += [writer.topic_line(t) for t in group_topics]
            index.append("")
    free_topics = [t for t in topics if t.group_id is None and t.session_id is None]
    if free_topics:
        index += [f"## {w('topics_free')}", ""]
        index += [writer.topic_line(t) for t in free_topics]
        index.append("")
    if anonymise and any(isinstance(content, bytes) for content in planned.values()):
        # photos (a flipchart's first names, faces) and PDFs are copied byte for byte:
        # said at the top, under the warning (fresh7 F14)
        index[6:6] = [f"> {w('files_as_they_are')}", ""]
    planned["index.md"] = "\n".join(index).rstrip() + "\n"

    stamp = exported_at.isoformat()
    written: list[Path] = []
    try:
        # The marker first, naming old and new files, so that an interrupted
        # export can still be replaced by the next one.
        _write_marker(folder, sorted(set(previous) | set(planned)), stamp)
        for rel, content in planned.items():
            target = folder / rel
            target.parent.mkdir(mode=DIR_MODE, exist_ok=True)
            if target.parent.is_symlink():
                raise ExportError(f"{target.parent} is a link; export into an empty folder.")
            if target.is_symlink():  # never write through a link planted in the folder
                target.unlink()
            if isinstance(content, bytes):
                attachments_md.write_bytes(target, content)
            else:
                write_private(target, content)
            written.append(target)
        for old in set(previous) - set(planned):
            path = _safe_relative(folder, old)
            if path is not None and path.is_file() and not path.is_symlink():
                path.unlink()
                if path.parent != folder:
                    with contextlib.suppress(OSError):
                        path.parent.rmdir()  # only if the group's folder is now empty
        _write_marker(folder, sorted(planned), stamp)
    except OSError as exc:
        raise ExportError(
            f"The Markdown export into {folder} failed ({exc.strerror or exc}); "
            "export again into an empty folder."
        ) from None
    fsync_dir(folder)
    return ExportResult(path=folder, files=tuple(written), warning=NOT_ENCRYPTED_WARNING)
