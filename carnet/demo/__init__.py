"""Fill an empty journal with sample content: the demo newcomers open, and the
large generated journals the benchmarks use.

Dates are relative to ``today`` so the demo always looks current: the
co-développement cycle ended about three weeks ago and the next RPM session
is a few days away. Everything is written in one transaction, so a failed
build leaves the journal empty and a large one is fast.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date, timedelta

from carnet.demo.text import (
    ACTIONS,
    BEFORE_EMOTIONS,
    CLOSING,
    CODEV_GROUP,
    COHORTS,
    FACILITATORS,
    GENERIC_RULES,
    KEYWORDS,
    LEARNINGS,
    MIDDLE,
    OBJECTS,
    OPENING,
    OWNER_NAME,
    PLEASANT_AFTER,
    PSEUDONYMS,
    REVIEW_NOTES,
    RPM_GROUP,
    RPM_PLANNED_SESSIONS,
    SITUATIONS,
    THEME_PHRASES,
    THEME_WEIGHTS,
    TOPICS,
    ActionSpec,
    GroupSpec,
)
from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Assessment,
    Cadence,
    CadenceUnit,
    Feeling,
    Group,
    Learning,
    Member,
    Moment,
    Objective,
    Role,
    Session,
    SessionStatus,
    Topic,
    TopicStatus,
    add_months,
    default_due_date,
    planned_dates,
)
from carnet.store import JournalStore
from carnet.templates import Template, TemplateSet, load_templates

#: Step ids outside any template, used for the end-of-cycle review.
CYCLE_STEP_PREFIX = "cycle."

#: Templates used in turn by the generated (benchmark) journals.
GENERATED_TEMPLATES = ("codev", "rpm", "atelier", "echange", "rpp")
SESSIONS_PER_GROUP = 10


def build_demo(
    store: JournalStore,
    *,
    sessions: int | None = None,
    today: date | None = None,
    seed: int = 1,
) -> None:
    """Fill an empty journal.

    ``sessions=None`` writes the hand-written sample (two groups); a number
    generates that many sessions over several groups and years, deterministic
    for a given ``seed`` and ``today``.
    """
    if store.groups.list():
        raise ValueError("The demo can only fill an empty journal.")
    if sessions is not None and sessions < 0:
        raise ValueError("The number of demo sessions cannot be negative.")
    today = today or date.today()
    templates = load_templates(user_dir=None)
    with store.transaction():
        store.set_owner_name(OWNER_NAME)
        if sessions is None:
            _build_sample(store, templates, today)
        else:
            rng = random.Random(seed)  # noqa: S311 - sample text, not secrets
            _Generator(store, templates, today, rng).build(sessions)


# ---------------------------------------------------------------------------
# The hand-written sample
# ---------------------------------------------------------------------------


def _nearest_weekday(day: date, weekday: int) -> date:
    """The date with ``weekday`` (0 = Monday) closest to ``day``, so meetings fall mid-week."""
    shift = (weekday - day.weekday()) % 7
    return day + timedelta(days=shift if shift <= 3 else shift - 7)


def _next_working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _known_steps(template: Template | None, notes: dict[str, str]) -> dict[str, str]:
    """The notes whose step exists in the template (or is an end-of-cycle note)."""
    if template is None:
        return dict(notes)
    known = {step.id for step in template.steps}
    return {
        step_id: text
        for step_id, text in notes.items()
        if step_id in known or step_id.startswith(CYCLE_STEP_PREFIX)
    }


def _add_group(store: JournalStore, spec: GroupSpec, start: date, planned: int) -> Group:
    group = store.groups.add(
        Group(
            name=spec.name,
            template_id=spec.template_id,
            facilitator=spec.facilitator,
            cadence=Cadence(1, CadenceUnit.MONTH),
            planned_sessions=planned,
            start_date=start,
            place=spec.place,
            ground_rules=spec.ground_rules,
            notes=spec.notes,
        )
    )
    for pseudonym, names in spec.members:
        store.members.add(Member(pseudonym=pseudonym, masked_names=list(names), group_id=group.id))
    return group


def _add_action(
    store: JournalStore, spec: ActionSpec, origin: Session, due: date, today: date
) -> None:
    action = store.actions.add(
        Action(
            session_id=origin.id,
            title=spec.title,
            details=spec.details,
            due_date=due,
            tags=list(spec.tags),
        )
    )
    last = len(spec.reviews) - 1
    for index, review in enumerate(spec.reviews):
        new_due = (
            today + timedelta(days=review.postpone_days_from_today)
            if review.postpone_days_from_today is not None
            else None
        )
        store.actions.review(
            ActionReview(
                action_id=action.id,
                date=min(origin.date + timedelta(days=review.days_after), today),
                note=review.note,
                status=review.status,
                new_due_date=new_due,
            ),
            outcome=spec.outcome if index == last and spec.outcome else None,
        )


def _fill_sample_group(
    store: JournalStore,
    spec: GroupSpec,
    template: Template | None,
    dates: Sequence[date],
    today: date,
) -> tuple[Group, list[Session]]:
    """Create the group, all its sessions (held ones first), and what was written."""
    group = _add_group(store, spec, dates[0], len(dates))
    objectives = [
        store.objectives.add(Objective(group_id=group.id, title=title, description=description))
        for title, description in spec.objectives
    ]
    sessions: list[Session] = []
    for number, day in enumerate(dates, start=1):
        held = number <= len(spec.sessions)
        content = spec.sessions[number - 1] if held else None
        sessions.append(
            store.sessions.add(
                Session(
                    group_id=group.id,
                    number=number,
                    date=day,
                    status=SessionStatus.HELD if held else SessionStatus.PLANNED,
                    role=content.role if content else Role.PARTICIPANT,
                    themes=list(content.themes) if content else [],
                    title=content.title if content else "",
                )
            )
        )
    cadence = group.cadence
    for index, content in enumerate(spec.sessions):
        session = sessions[index]
        store.notes.save_many(session.id, _known_steps(template, content.notes))
        for text, starred, tags in content.learnings:
            store.learnings.add(_learning(session.id, text, starred, tags))
        for moment, emotion, intensity, text in content.feelings:
            store.feelings.add(
                Feeling(session.id, moment=moment, emotion=emotion, intensity=intensity, text=text)
            )
        store.keywords.set(session.id, content.keyword)
        due = default_due_date(sessions, session, cadence)
        for action in content.actions:
            _add_action(store, action, session, due, today)
        for position, objective in enumerate(objectives):
            store.assessments.set(
                Assessment(
                    objective_id=objective.id,
                    session_id=session.id,
                    rating=spec.ratings[position][index],
                    comment=content.rating_comments.get(position, ""),
                )
            )
    return group, sessions


def _learning(session_id: int, text: str, starred: bool, tags: Sequence[str]) -> Learning:
    return Learning(session_id=session_id, text=text, starred=starred, tags=list(tags))


def _build_sample(store: JournalStore, templates: TemplateSet, today: date) -> None:
    # Co-développement: six monthly sessions, all held, the last about three weeks ago.
    last = _nearest_weekday(today - timedelta(days=21), 3)
    codev_dates = [
        _nearest_weekday(add_months(last, -offset), 3)
        for offset in range(len(CODEV_GROUP.sessions) - 1, -1, -1)
    ]
    codev, codev_sessions = _fill_sample_group(
        store, CODEV_GROUP, templates.get(CODEV_GROUP.template_id), codev_dates, today
    )

    # RPM: ten monthly sessions, six held; the next one is a few days away.
    held = len(RPM_GROUP.sessions)
    upcoming = _next_working_day(today + timedelta(days=3))
    rpm_dates = [
        _next_working_day(add_months(upcoming, offset - held))
        for offset in range(held + RPM_PLANNED_SESSIONS)
    ]
    rpm_dates[held] = upcoming
    rpm, rpm_sessions = _fill_sample_group(
        store, RPM_GROUP, templates.get(RPM_GROUP.template_id), rpm_dates, today
    )

    groups = {"codev": codev.id, "rpm": rpm.id}
    placements = {"next_rpm": rpm_sessions[held], "codev3": codev_sessions[2]}
    for spec in TOPICS:
        session = placements.get(spec.placement or "")
        status = TopicStatus.OPEN
        if session is not None:
            status = TopicStatus.SCHEDULED if session.date >= today else TopicStatus.TREATED
        store.topics.add(
            Topic(
                title=spec.title,
                group_id=groups.get(spec.group or ""),
                draft=spec.draft,
                priority=spec.priority,
                status=status,
                session_id=session.id if session else None,
                tags=list(spec.tags),
            )
        )


# ---------------------------------------------------------------------------
# Generated journals (benchmarks): many groups, varied French text
# ---------------------------------------------------------------------------


_CONTRACTIONS = (
    (" de le ", " du "),
    (" de les ", " des "),
    (" à le ", " au "),
    (" à les ", " aux "),
)


def _contract(text: str) -> str:
    """French contractions the slots break (« autour de le planning » → « du planning »)."""
    for loose, contracted in _CONTRACTIONS:
        text = text.replace(loose, contracted)
    return text


class _Generator:
    """Builds ``count`` sessions over groups of about ten, years back from today."""

    def __init__(
        self, store: JournalStore, templates: TemplateSet, today: date, rng: random.Random
    ) -> None:
        self.store = store
        self.today = today
        self.rng = rng
        self.templates = [t for t in map(templates.get, GENERATED_TEMPLATES) if t is not None]
        self.themes = list(THEME_WEIGHTS)
        self.theme_weights = list(THEME_WEIGHTS.values())

    def build(self, count: int) -> None:
        if count == 0 or not self.templates:
            return
        groups = math.ceil(count / SESSIONS_PER_GROUP)
        span_days = 365 * min(8, max(1, math.ceil(count / 250)))
        remaining = count
        for index in range(groups):
            size = min(SESSIONS_PER_GROUP, remaining)
            remaining -= size
            template = self.templates[index % len(self.templates)]
            self._group(index, template, size, span_days, latest=index == groups - 1)
        self._topics()

    # -- helpers -------------------------------------------------------------------
    def _fill(self, pattern: str, ctx: dict[str, str]) -> str:
        return _contract(pattern.format(**ctx))

    def _context(self, members: Sequence[str], themes: Sequence[str], keyword: str) -> dict:
        rng = self.rng
        other = rng.choices(self.themes, self.theme_weights)[0]
        return {
            "m": rng.choice(members),
            "m2": rng.choice(members),
            "theme": THEME_PHRASES[themes[0]],
            "theme2": THEME_PHRASES[other],
            "situation": rng.choice(SITUATIONS),
            "situation2": rng.choice(SITUATIONS),
            "obj": rng.choice(OBJECTS),
            "keyword": keyword,
        }

    def _paragraphs(self, pool: Sequence[str], budget: int, ctx: dict) -> str:
        rng = self.rng
        sentences: list[str] = []
        size = 0
        while size < budget:
            sentence = self._fill(rng.choice(pool), ctx)
            if sentence not in sentences:
                sentences.append(sentence)
                size += len(sentence) + 1
            elif len(sentences) >= len(pool):
                break
        if len(sentences) > 3:  # two short paragraphs read better than a wall of text
            cut = len(sentences) // 2
            return " ".join(sentences[:cut]) + "\n\n" + " ".join(sentences[cut:])
        return " ".join(sentences)

    # -- groups and sessions -------------------------------------------------------
    def _group(
        self, index: int, template: Template, size: int, span_days: int, *, latest: bool
    ) -> None:
        rng = self.rng
        cadence = Cadence(template.cadence_every, template.cadence_unit)
        step_days = 7 * cadence.every if cadence.unit is CadenceUnit.WEEK else 30 * cadence.every
        length = step_days * (size - 1)
        if latest:  # the most recent group is still running: its last sessions are planned
            start = self.today - timedelta(days=step_days * (size // 2) + rng.randint(1, 6))
        else:
            earliest = max(length + 14, span_days)
            start = self.today - timedelta(days=rng.randint(length + 14, earliest))
        cohort = COHORTS[index % len(COHORTS)]
        group = self.store.groups.add(
            Group(
                name=f"{template.name.fr} — {cohort} {start.year} (groupe {index + 1})",
                template_id=template.id,
                facilitator=rng.choice(FACILITATORS),
                cadence=cadence,
                planned_sessions=size,
                start_date=start,
                place=rng.choice(("Salle du conseil", "Visio", "Maison des associations", "")),
                ground_rules=GENERIC_RULES,
            )
        )
        members = rng.sample(PSEUDONYMS, rng.randint(6, 8))
        pseudonyms = [pseudo for pseudo, _ in members]
        for pseudo, full in members:
            names = [full, full.split()[0]] if full else []
            self.store.members.add(Member(pseudonym=pseudo, masked_names=names, group_id=group.id))
        objective_titles = [o.fr for o in template.default_objectives] or [
            "Prendre du recul sur ma pratique"
        ]
        chosen = rng.sample(objective_titles, min(len(objective_titles), rng.randint(3, 4)))
        objectives = [
            self.store.objectives.add(Objective(group_id=group.id, title=title)) for title in chosen
        ]
        levels = [rng.randint(1, 3) for _ in objectives]

        dates = planned_dates(start, cadence, size)
        client_at = rng.randrange(size)
        sessions: list[Session] = []
        for number, day in enumerate(dates, start=1):
            if day >= self.today:
                status = SessionStatus.PLANNED
            else:
                status = SessionStatus.MISSED if rng.random() < 0.03 else SessionStatus.HELD
            sessions.append(
                self.store.sessions.add(
                    Session(
                        group_id=group.id,
                        number=number,
                        date=day,
                        status=status,
                        role=self._role(template, number - 1 == client_at),
                        themes=self._themes() if status is SessionStatus.HELD else [],
                    )
                )
            )
        text_steps = [s for s in template.steps if s.kind == "text"]
        for session in sessions:
            if session.status is not SessionStatus.HELD:
                continue
            self._session_content(session, sessions, cadence, text_steps, pseudonyms)
            for position, objective in enumerate(objectives):
                if rng.random() < 0.45:
                    levels[position] = min(5, levels[position] + 1)
                elif rng.random() < 0.1:
                    levels[position] = max(1, levels[position] - 1)
                self.store.assessments.set(
                    Assessment(
                        objective_id=objective.id, session_id=session.id, rating=levels[position]
                    )
                )

    def _role(self, template: Template, client_turn: bool) -> Role:
        roles = template.roles
        if Role.CLIENT in roles:
            return Role.CLIENT if client_turn else Role.CONSULTANT
        if Role.FACILITATOR in roles and self.rng.random() < 0.05:
            return Role.FACILITATOR
        return template.default_role

    def _themes(self) -> list[str]:
        picked = self.rng.choices(self.themes, self.theme_weights, k=self.rng.randint(1, 2))
        return list(dict.fromkeys(picked))

    def _session_content(
        self,
        session: Session,
        sessions: Sequence[Session],
        cadence: Cadence,
        text_steps: Sequence,
        members: Sequence[str],
    ) -> None:
        rng = self.rng
        store = self.store
        keyword = rng.choice(KEYWORDS)
        ctx = self._context(members, session.themes, keyword)
        budget = rng.randint(1000, 2000) // max(1, len(text_steps))
        for position, step in enumerate(text_steps):
            stage = position * 3 // max(1, len(text_steps))
            pool = (OPENING, MIDDLE, CLOSING)[stage]
            ctx = self._context(members, session.themes, keyword)
            store.notes.save(session.id, step.id, self._paragraphs(pool, budget, ctx))
        for _ in range(rng.randint(1, 3)):
            store.learnings.add(
                _learning(
                    session.id,
                    self._fill(rng.choice(LEARNINGS), ctx),
                    rng.random() < 0.25,
                    rng.sample(session.themes, 1),
                )
            )
        store.feelings.add(
            Feeling(session.id, Moment.BEFORE, rng.choice(BEFORE_EMOTIONS), rng.randint(1, 5))
        )
        store.feelings.add(
            Feeling(
                session.id,
                Moment.AFTER,
                rng.choice(PLEASANT_AFTER),
                rng.randint(2, 5),
                text=rng.choice(
                    (
                        "",
                        "Je repars plus légère.",
                        "Des pistes concrètes.",
                        "Beaucoup de matière à digérer.",
                    )
                ),
            )
        )
        store.keywords.set(session.id, keyword)
        due = default_due_date(sessions, session, cadence)
        written: set[str] = set()
        for _ in range(rng.randint(1, 2)):
            written.add(self._action(session, due, ctx, written))

    def _action(self, session: Session, due: date, ctx: dict, written: set[str]) -> str:
        """Add one action to ``session``, never one of the ``written`` titles again (a plan
        listing the same commitment twice looks like a bug to someone trying the demo)."""
        rng = self.rng
        if due < self.today - timedelta(days=30):
            weights = (10, 10, 60, 15, 5)
        else:
            weights = (45, 35, 10, 0, 10)
        statuses = (
            ActionStatus.TODO,
            ActionStatus.IN_PROGRESS,
            ActionStatus.DONE,
            ActionStatus.DROPPED,
            ActionStatus.POSTPONED,
        )
        status = rng.choices(statuses, weights)[0]
        new_due = None
        if status is ActionStatus.POSTPONED:
            new_due = due + timedelta(days=rng.randint(14, 45))
        outcome = ""
        if status is ActionStatus.DONE:
            outcome = "Fait ; " + rng.choice(
                ("l’équipe a adhéré.", "à refaire dans six mois.", "plus simple que prévu.")
            )
        elif status is ActionStatus.DROPPED:
            outcome = "Abandonnée : le contexte a changé."
        title = self._fill(rng.choice(ACTIONS), ctx)
        while title in written:
            title = self._fill(rng.choice(ACTIONS), ctx)
        action = self.store.actions.add(
            Action(
                session_id=session.id,
                title=title,
                due_date=new_due or due,
                status=status,
                outcome=outcome,
                tags=rng.sample(session.themes, 1),
            )
        )
        if status is ActionStatus.TODO:
            return title
        last_day = max(session.date + timedelta(days=1), min(due, self.today))
        span = (last_day - session.date).days
        reviews = rng.randint(1, 2)
        for number in range(reviews):
            final = number == reviews - 1
            day = session.date + timedelta(days=max(1, span * (number + 1) // (reviews + 1)))
            self.store.reviews.add(
                ActionReview(
                    action_id=action.id,
                    date=day,
                    note=self._fill(rng.choice(REVIEW_NOTES), ctx),
                    status=status if final else ActionStatus.IN_PROGRESS,
                    new_due_date=new_due if final else None,
                )
            )
        return title

    def _topics(self) -> None:
        for title, priority in (
            ("Recadrer un agent expérimenté sans le braquer", 1),
            ("Dire non à ma hiérarchie sur un projet de plus", 2),
            ("Accueillir deux nouveaux collègues sans épuiser l’équipe", 3),
        ):
            self.store.topics.add(Topic(title=title, priority=priority))
