"""Reading the journal into plain data for the booklet (no reportlab here).

Everything the person wrote passes through the anonymiser on its way in, so
the layout code never sees a real name when anonymisation is on. Queries go
by group where the store allows it, so a 300-session journal costs a few
dozen queries plus one per session for its notes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from carnet.booklet import texts
from carnet.booklet.anonymise import build_anonymiser, identity
from carnet.booklet.options import BookletOptions
from carnet.booklet.versions import readable
from carnet.domain import (
    PLEASANT_EMOTIONS,
    ActionStatus,
    Feeling,
    Group,
    Moment,
    Session,
    fold_theme,
)
from carnet.domain.enums import SessionStatus
from carnet.domain.status import left_out_of_booklet
from carnet.services import session_status
from carnet.services.session_status import written_in


@dataclass
class FeelingItem:
    label: str
    intensity: int
    text: str
    valence: int  # +intensity for a pleasant emotion, -intensity otherwise


@dataclass
class LearningItem:
    text: str
    starred: bool
    tags: list[str]
    session_label: str


@dataclass
class ReviewItem:
    date: date
    note: str


@dataclass
class ActionItem:
    title: str
    details: str
    session_label: str
    session_date: date
    due: date | None
    status: ActionStatus
    outcome: str
    last_review: ReviewItem | None  # the latest review with a note
    #: every review with a note, oldest first (reviews are history: each one is printed)
    reviews: list[ReviewItem] = field(default_factory=list)


@dataclass
class RatingItem:
    objective: str
    rating: int
    comment: str


@dataclass
class StepItem:
    """One block of a chapter: a note (``text``), the learnings or the actions (with the
    step's note, if any, in ``text``)."""

    kind: str
    title: str
    part_label: str = ""
    text: str = ""


@dataclass
class Chapter:
    key: str
    session_id: int
    group_name: str
    number: int
    total: int
    date: date
    title: str
    template_name: str
    role: str
    themes: list[str]
    keyword: str = ""
    before: list[FeelingItem] = field(default_factory=list)
    after: list[FeelingItem] = field(default_factory=list)
    ratings: list[RatingItem] = field(default_factory=list)
    learnings: list[LearningItem] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    steps: list[StepItem] = field(default_factory=list)


@dataclass
class ObjectiveItem:
    title: str
    description: str
    ratings: list[tuple[int, int]] = field(default_factory=list)  # (chapter index, rating)


@dataclass
class GroupPart:
    id: int
    name: str
    template_name: str
    facilitator: str
    objectives: list[ObjectiveItem]
    chapters: list[Chapter]
    closing: list[tuple[str, str]] = field(default_factory=list)  # (label, Markdown)


@dataclass
class BookletData:
    lang: str
    owner: str
    groups: list[GroupPart]
    period: tuple[date, date] | None
    anonymised: bool
    learnings_by_tag: list[tuple[str, list[LearningItem]]] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    #: session id -> its photos and documents, when the booklet includes them
    attachments: dict[int, list] = field(default_factory=dict)

    @property
    def anonymised_notice(self) -> str | None:
        """The key of the sentence on names (cover and end), None when not anonymised.
        Photos and documents are printed as they are — a flipchart's first names, faces —
        so a booklet holding some does not promise pseudonyms everywhere (fresh7 F14)."""
        if not self.anonymised:
            return None
        return "anonymised_photos" if any(self.attachments.values()) else "anonymised"

    @property
    def chapters(self) -> list[Chapter]:
        return [c for g in self.groups for c in g.chapters]


def _valence(feeling: Feeling) -> int:
    return feeling.intensity if feeling.emotion in PLEASANT_EMOTIONS else -feeling.intensity


def _chosen_groups(store, options: BookletOptions) -> list[Group]:
    groups = store.groups.list()
    if options.group_ids is not None:
        wanted = set(options.group_ids)
        groups = [g for g in groups if g.id in wanted]
    return groups


def _anonymiser(store, groups: list[Group], options: BookletOptions) -> Callable[[str], str]:
    if not options.anonymise:
        return identity
    chosen = {g.id for g in groups}
    everyone = store.groups.list()
    ordered = sorted(everyone, key=lambda g: g.id not in chosen)  # the booklet's groups first
    members = [
        (m.pseudonym, m.masked_names) for g in ordered for m in store.members.list_by_group(g.id)
    ]
    return build_anonymiser(members, options.extra_names)


def told(store, sessions: list[Session], options: BookletOptions) -> list[Session]:
    """The sessions among ``sessions`` that the booklet tells: the held ones, and with
    ``include_unheld`` those not marked held, their date come, that have something
    written in them (a session to come, prepared ahead, did not take place)."""
    today = date.today()
    return [
        s
        for s in sessions
        if s.status is SessionStatus.HELD
        or (options.include_unheld and left_out_of_booklet(s, written_in(store, s.id), today))
    ]


def left_out(store, options: BookletOptions) -> list[Session]:
    """Sessions of the chosen period and groups with content that the booklet does not
    tell because they are not marked held — said to the person, never dropped in silence.
    Empty when ``include_unheld`` is on."""
    if options.include_unheld:
        return []
    return session_status.left_out(
        store, start=options.date_from, end=options.date_to, group_ids=options.group_ids
    )


def collect(
    store, options: BookletOptions, templates=None, tick: Callable[[], None] | None = None
) -> BookletData:
    """The booklet's content, filtered by ``options`` and anonymised as asked.

    ``tick`` is called once per session read (progress and cancellation).
    """
    lang = options.lang
    groups = _chosen_groups(store, options)
    hide = _anonymiser(store, groups, options)

    def anon(text: str) -> str:  # (a sync's version blocks in words, names masked)
        return hide(readable(text, lang))

    owner = "" if options.omit_owner_name else store.journal().owner_name.strip()
    wanted_sessions = set(options.session_ids) if options.session_ids is not None else None

    parts: list[GroupPart] = []
    all_actions: list[ActionItem] = []
    all_learnings: list[LearningItem] = []
    for group in groups:
        template = templates.get(group.template_id) if templates is not None else None
        template_name = template.name.get(lang) if template is not None else group.template_id
        every = store.sessions.list_by_group(group.id)
        in_period = [
            s
            for s in every
            if (options.date_from is None or s.date >= options.date_from)
            and (options.date_to is None or s.date <= options.date_to)
        ]
        held = [
            s
            for s in told(store, in_period, options)
            if wanted_sessions is None or s.id in wanted_sessions
        ]
        total = max([group.planned_sessions, *(s.number for s in every)])
        reader = _GroupReader(store, group, anon, lang, template, template_name, total)
        reader.templates = templates
        chapters = [reader.chapter(s, tick) for s in held]
        objectives = reader.objectives(chapters)
        closing = reader.closing(in_period)
        if not chapters and not closing and options.group_ids is None:
            continue  # a group with nothing in the period stays out of the book
        for chapter in chapters:
            all_actions.extend(chapter.actions)
            all_learnings.extend(chapter.learnings)
        parts.append(
            GroupPart(
                id=group.id,
                name=anon(group.name),
                template_name=template_name,
                facilitator="" if options.anonymise else group.facilitator,
                objectives=objectives,
                chapters=chapters,
                closing=closing,
            )
        )

    dates = [c.date for p in parts for c in p.chapters]
    start = options.date_from or (min(dates) if dates else None)
    end = options.date_to or (max(dates) if dates else None)
    period = (start, end) if start and end else None
    all_actions.sort(key=lambda a: (a.due is None, a.due or a.session_date, a.session_date))
    return BookletData(
        lang=lang,
        owner=owner,
        groups=parts,
        period=period,
        anonymised=options.anonymise,
        learnings_by_tag=_by_tag(all_learnings, lang,
                                 {fold_theme(use.tag): use.tag for use in store.tags.all()}),
        actions=all_actions,
    )


def _by_tag(learnings: list[LearningItem], lang: str,
            shown: dict[str, str] | None = None) -> list[tuple[str, list[LearningItem]]]:
    """Learnings under each of their tags (untagged last), starred first in each; a theme
    under the journal's spelling of it (``shown``, by ``fold_theme``), as in the Themes
    view, whatever spelling the first learning has."""
    buckets: dict[str, list[LearningItem]] = defaultdict(list)
    names: dict[str, str] = {}
    untagged: list[LearningItem] = []
    for item in learnings:
        if not item.tags:
            untagged.append(item)
        for tag in item.tags:  # one theme, case and accents aside
            key = fold_theme(tag)
            names.setdefault(key, (shown or {}).get(key, tag))
            if item not in buckets[key]:
                buckets[key].append(item)
    result = [
        (names[key], sorted(buckets[key], key=lambda i: not i.starred))
        for key in sorted(buckets)
    ]
    if untagged:
        result.append((texts.text(lang, "untagged"), sorted(untagged, key=lambda i: not i.starred)))
    return result


class _GroupReader:
    """Reads one group's sessions with a handful of group-wide queries."""

    def __init__(self, store, group: Group, anon, lang, template, template_name, total) -> None:
        self.store = store
        self.group = group
        self.anon = anon
        self.lang = lang
        self.template = template
        self.template_name = template_name
        self.total = total
        #: every format: a note kept from the group's former format takes its step's title
        self.templates = None
        gid = group.id
        self.keywords = {k.session_id: k.word for k in store.keywords.list_by_group(gid)}
        self.feelings: dict[int, list[Feeling]] = defaultdict(list)
        for feeling in store.feelings.list_by_group(gid):
            self.feelings[feeling.session_id].append(feeling)
        self.learnings = defaultdict(list)
        for learning in store.learnings.list_by_group(gid):
            self.learnings[learning.session_id].append(learning)
        self.actions = defaultdict(list)
        group_actions = store.actions.list_by_group(gid)
        for action in sorted(group_actions, key=lambda a: a.id or 0):
            self.actions[action.session_id].append(action)
        self.reviews = store.reviews.list_for_actions([a.id for a in group_actions])
        self.assessments = defaultdict(list)
        for assessment in store.assessments.list_by_group(gid):
            self.assessments[assessment.session_id].append(assessment)
        self.objective_list = store.objectives.list_by_group(gid)
        self.objective_titles = {o.id: anon(o.title) for o in self.objective_list}
        self._notes: dict[int, dict] = {}

    def notes(self, session_id: int) -> dict:
        if session_id not in self._notes:
            self._notes[session_id] = self.store.notes.list_by_session(session_id)
        return self._notes[session_id]

    def _feeling(self, feeling: Feeling) -> FeelingItem:
        return FeelingItem(
            label=texts.emotion_label(feeling.emotion, self.lang),
            intensity=feeling.intensity,
            text=self.anon(feeling.text),
            valence=_valence(feeling),
        )

    def chapter(self, session: Session, tick) -> Chapter:
        if tick is not None:
            tick()
        anon, lang, sid = self.anon, self.lang, session.id
        label = f"{session.number} · {texts.short_date(session.date, lang)}"
        feelings = self.feelings.get(sid, [])
        chapter = Chapter(
            key=f"session-{sid}",
            session_id=sid,
            group_name=anon(self.group.name),
            number=session.number,
            total=self.total,
            date=session.date,
            title=anon(session.title.strip()),
            template_name=self.template_name,
            role=texts.role_label(session.role, lang),
            themes=[anon(t) for t in session.themes],
            keyword=anon(self.keywords.get(sid, "")),
            before=[self._feeling(f) for f in feelings if f.moment is Moment.BEFORE],
            after=[self._feeling(f) for f in feelings if f.moment is Moment.AFTER],
            ratings=[
                RatingItem(self.objective_titles.get(a.objective_id, "?"), a.rating,
                           anon(a.comment))
                for a in self.assessments.get(sid, [])
            ],
            learnings=[
                LearningItem(anon(item.text), item.starred, [anon(t) for t in item.tags], label)
                for item in self.learnings.get(sid, [])
            ],
            actions=[self._action(a, label, session.date) for a in self.actions.get(sid, [])],
        )
        notes = self.notes(sid)
        chapter.steps = self._steps(chapter, notes)
        return chapter

    def _action(self, action, label: str, day: date) -> ActionItem:
        # a review with no note (a status set, a date moved) hides no earlier note
        noted = [ReviewItem(r.date, self.anon(r.note))
                 for r in self.reviews.get(action.id, []) if r.note.strip()]
        return ActionItem(
            title=self.anon(action.title),
            details=self.anon(action.details),
            session_label=label,
            session_date=day,
            due=action.due_date,
            status=action.status,
            outcome=self.anon(action.outcome),
            last_review=noted[-1] if noted else None,
            reviews=noted,
        )

    def _steps(self, chapter: Chapter, notes: dict) -> list[StepItem]:
        """The chapter's blocks in the template's order; notes of steps the template no
        longer has, and learnings/actions it has no step for, come last.

        Every step's note that holds words is printed at its step, whatever the step's
        kind: the feelings step keeps there the words typed before an emotion is chosen
        (« Vos mots sont gardés »), and a note may reach any step by a sync or an
        import; the learnings and actions steps print their note above their list."""
        lang, anon = self.lang, self.anon
        items: list[StepItem] = []
        used: set[str] = set()
        shown_kinds: set[str] = set()
        last_part = None
        steps = self.template.steps if self.template is not None else ()
        for step in steps:
            kind = str(step.kind)
            part_label = ""
            if step.part != last_part:
                part = self.template.part(step.part)
                if part is not None:
                    part_label = f"{part.number} · {part.title.get(lang)}"
            used.add(step.id)
            note = notes.get(step.id)
            words = anon(note.text) if note is not None and note.text.strip() else ""
            title = step.title.get(lang)
            if kind in ("learnings", "actions") and kind not in shown_kinds:
                shown_kinds.add(kind)
                if getattr(chapter, kind) or words:
                    items.append(StepItem(kind, title, part_label, words))
                else:
                    continue
            elif words:
                items.append(StepItem("text", title, part_label, words))
            else:
                continue
            last_part = step.part
        other_notes = texts.text(lang, "other_notes")
        kicker = other_notes  # above the first of them, like a part's title
        for step_id, note in notes.items():
            if step_id in used or step_id.startswith("cycle.") or not note.text.strip():
                continue
            # a note of the group's former format, under its step's title as on the page
            # (every one of them was printed under a bare « Autres notes »: fresh6)
            title = (self.templates.step_title_elsewhere(step_id, lang)
                     if self.templates is not None else None)
            if title is None:
                items.append(StepItem("text", other_notes, "", anon(note.text)))
            else:
                items.append(StepItem("text", title, kicker, anon(note.text)))
                kicker = ""
        for kind, key in (("learnings", "learnings_short"), ("actions", "actions_short")):
            if kind not in shown_kinds and getattr(chapter, kind):
                items.append(StepItem(kind, texts.text(lang, key)))
        return items

    def objectives(self, chapters: list[Chapter]) -> list[ObjectiveItem]:
        index = {c.session_id: i for i, c in enumerate(chapters)}
        result = []
        for objective in self.objective_list:
            item = ObjectiveItem(
                self.objective_titles[objective.id], self.anon(objective.description)
            )
            for chapter in chapters:
                for assessment in self.assessments.get(chapter.session_id, []):
                    if assessment.objective_id == objective.id:
                        item.ratings.append((index[chapter.session_id], assessment.rating))
            result.append(item)
        return result

    def closing(self, sessions: list[Session]) -> list[tuple[str, str]]:
        """The end-of-cycle notes (``cycle.*``): the review's three in their order, then
        any other ``cycle.*`` note (the page shows those too, under their id). A note
        written at several sessions (the cycle's last session moved) prints each of its
        texts, the latest session's first, with its session: none is left out."""
        found: dict[str, list[tuple[Session, str]]] = {}
        for session in reversed(sessions):
            for step_id, note in self.notes(session.id).items():
                if not step_id.startswith("cycle.") or not note.text.strip():
                    continue
                entries = found.setdefault(step_id, [])
                if all(note.text.strip() != text.strip() for _, text in entries):
                    entries.append((session, note.text))
        order = [s for s in texts.CYCLE_STEPS if s in found]
        order += sorted(s for s in found if s not in texts.CYCLE_STEPS)
        result = []
        for step_id in order:
            label = texts.text(self.lang, step_id) if step_id in texts.CYCLE_STEPS else step_id
            entries = found[step_id]
            for session, text in entries:
                if len(entries) > 1:
                    where = texts.text(self.lang, "session_of", n=session.number,
                                       total=self.total)
                    shown = f"{label} ({where.lower()})"
                else:
                    shown = label
                result.append((shown, self.anon(text)))
        return result
