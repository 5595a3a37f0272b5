"""The booklet's story: one function per part, from BookletData to flowables.

Every string the person wrote goes through ``markup.text_runs`` / ``para`` /
``plain_flowables`` (fragments, no markup parsing) or the Markdown renderer.
"""

from __future__ import annotations

from reportlab.platypus import (
    CondPageBreak,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from carnet.booklet import attachments, charts, texts
from carnet.booklet.bidi import is_rtl_paragraph
from carnet.booklet.collect import ActionItem, BookletData, Chapter, FeelingItem, GroupPart
from carnet.booklet.flowables import Boxed, Card, NotedItem
from carnet.booklet.layout import TocEntry
from carnet.booklet.markup import Run, para, plain_flowables, text_runs
from carnet.booklet.mdrender import MarkdownRenderer
from carnet.booklet.styles import STATUS_COLORS, Geometry, Styles

KEEP_HEADING = 90  # points: a heading needs this much room below it, else a new page
CARD_LIMIT = 1200  # characters; a longer card is printed as paragraphs (it cannot split)
CARD_LINES = 30  # about half a page
ITEM_LIMIT = 1500  # characters of a list item printed with its small line in one paragraph
CHART_SERIES = 8  # objectives per chart; more make several charts
STAR, DOT, RING = "★", "●", "○"
STATUS_MARKS = {"done": "✓", "in_progress": "➝", "todo": "○", "postponed": "↻", "dropped": "✕"}
MUTED_HEX, INK_HEX = "#5f6773", "#1f3a5f"


def _colour(value: str):
    from reportlab.lib import colors

    return colors.HexColor(value)


def _hex(colour) -> str:
    return "#" + colour.hexval()[2:]


def _dots(rating: int) -> str:
    return DOT * rating + RING * (5 - rating)


class StoryBuilder:
    """Builds the flowables and the contents entries in one walk over the data."""

    def __init__(self, data: BookletData, styles: Styles, geo: Geometry, tick=None) -> None:
        self.data = data
        self.s = styles
        self.geo = geo
        self.lang = data.lang
        self.md = MarkdownRenderer(styles, data.lang)
        self.toc: list[TocEntry] = []
        self.story: list = []
        self.tick = tick
        self.multi = len(data.groups) > 1

    def t(self, key: str, **values) -> str:
        return texts.text(self.lang, key, **values)

    def heading(self, text: str, style, key: str, level: int, running: str | None = None,
                toc_title: str | None = None) -> Paragraph:
        """A heading that the contents, the PDF outline and the running header know."""
        heading = para(text, style)
        heading.toc_key = key
        heading.outline_title = " ".join((toc_title or text)[:300].split())
        heading.outline_level = level
        heading.running = running if running is not None else text
        self.toc.append(TocEntry(key, level, toc_title or text))
        return heading

    def section(self, key: str, title: str, intro: str = "") -> None:
        self.story += [PageBreak(), self.heading(title, self.s.h1, f"sec-{key}", 0)]
        if intro:
            self.story.append(para(intro, self.s.meta))

    def subheading(self, text: str, style) -> None:
        self.story += [CondPageBreak(KEEP_HEADING), para(text, style)]

    # -- objectives -----------------------------------------------------------------
    def objectives(self) -> None:
        s = self.s
        self.section("objectives", self.t("objectives"), self.t("objectives_intro"))
        for group in self.data.groups:
            if self.multi:
                self.subheading(group.name, s.h2)
            if not group.objectives:
                self.story.append(para(self.t("no_objectives"), s.muted))
            for number, objective in enumerate(group.objectives, 1):
                self.story.append(CondPageBreak(48))
                self.story.append(para(text_runs(objective.title, bold=True), s.item,
                                       f"{number}."))
                self.story += plain_flowables(
                    objective.description, s.variant(s.item, textColor=s.quote.textColor), s)
                if objective.ratings:
                    # one rating is where it stands, not an evolution (from itself)
                    first, last = objective.ratings[0][1], objective.ratings[-1][1]
                    shown = (_dots(first) if len(objective.ratings) == 1
                             else f"{_dots(first)} → {_dots(last)}")
                    self.story.append(para(f"{self.t('ratings')} : {shown}", s.learning_source))

    # -- sessions -------------------------------------------------------------------
    def sessions(self) -> None:
        if not self.data.chapters:
            self.section("sessions", self.t("sessions"))
            self.story.append(para(self.t("no_sessions"), self.s.muted))
            return
        first = True
        level = 2 if self.multi else 1
        for group in self.data.groups:
            if not group.chapters:
                continue
            self.story.append(PageBreak())
            if first:
                self.story.append(self.heading(self.t("sessions"), self.s.h1, "sec-sessions", 0))
                first = False
            if self.multi:
                self.story.append(self.heading(group.name, self.s.h2, f"group-{group.id}", 1))
            self.story.append(para(self._group_line(group), self.s.meta))
            for index, chapter in enumerate(group.chapters):
                if index:
                    self.story.append(PageBreak())
                self.chapter(chapter, level)
                if self.tick is not None:
                    self.tick()

    def _group_line(self, group: GroupPart) -> str:
        parts = [group.template_name]
        if group.facilitator:
            parts.append(f"{self.t('facilitator')} : {group.facilitator}")
        return " · ".join(p for p in parts if p)

    def chapter(self, c: Chapter, level: int) -> None:
        s = self.s
        number = self.t("session_of", n=c.number, total=c.total)
        title = c.title or " · ".join(c.themes) or texts.long_date(c.date, self.lang)
        running = f"{number} · {texts.short_date(c.date, self.lang)}"
        self.story.append(para(f"{number} · {c.template_name}".upper(), s.kicker))
        self.story.append(self.heading(title, s.chapter_title, c.key, level, running,
                                       f"{number} — {title}"))
        meta = [texts.long_date(c.date, self.lang, weekday=True),
                f"{self.t('role')} : {c.role}"]
        if self.multi:
            meta.insert(1, c.group_name)
        self.story.append(para(" · ".join(meta), s.meta))
        self.story += self.card(c)
        for step in c.steps:
            self.story.append(CondPageBreak(KEEP_HEADING))
            if step.part_label:
                self.story.append(para(step.part_label.upper(), s.step_kicker))
            self.story.append(para(step.title, s.step_title if step.part_label else s.h3))
            if step.text:  # (a learnings or actions step's note comes above its list)
                self.story += self.md.render(step.text)
            if step.kind == "learnings":
                for item in c.learnings:
                    self.story += self.learning(item, source=False)
            elif step.kind == "actions":
                for action in c.actions:
                    self.story += self.action_line(action)
        self.story += attachments.flowables(self.data.attachments.get(c.session_id, []),
                                            self.s, self.geo, self.lang)

    # -- the session card ---------------------------------------------------------------
    def _feeling_lines(self, items: list[FeelingItem]) -> list[tuple[str, str]]:
        lines = []
        for f in items:
            lines.append((f"{f.label} {f.intensity}/5", ""))
            if f.text.strip():
                lines.append((f.text, "note"))
        return lines

    def _rating_lines(self, c: Chapter) -> list[tuple[str, str]]:
        lines = []
        for r in c.ratings:
            lines.append((f"{_dots(r.rating)}\u2002{r.objective}", ""))
            if r.comment.strip():
                lines.append((r.comment, "note"))
        return lines

    def card(self, c: Chapter) -> list:
        """The session at a glance: themes, key word, feelings, self-ratings."""
        rows: list[tuple[str, list[tuple[str, str]]]] = []  # label, [(text, kind)]
        if c.themes:
            rows.append((self.t("themes"), [(" · ".join(c.themes), "")]))
        if c.keyword:
            word = f"« {c.keyword} »" if self.lang == "fr" else f"“{c.keyword}”"
            rows.append((self.t("keyword"), [(word, "strong")]))
        if c.before:
            rows.append((self.t("feelings_before"), self._feeling_lines(c.before)))
        if c.after:
            rows.append((self.t("feelings_after"), self._feeling_lines(c.after)))
        if c.ratings:
            rows.append((self.t("ratings"), self._rating_lines(c)))
        if not rows:
            return []
        s = self.s
        styles = {"": s.card_value, "note": s.card_note, "strong": s.card_strong}
        size = sum(len(text) for _, lines in rows for text, _ in lines)
        count = sum(1 + len(text) // 70 for _, lines in rows for text, _ in lines)
        if size > CARD_LIMIT or count > CARD_LINES:  # a card cannot split: plain paragraphs
            out: list = []
            for label, lines in rows:
                out.append(para(text_runs(label, bold=True), s.card_value))
                for text, kind in lines:
                    out += plain_flowables(text, styles[kind], s)
            return [*out, Spacer(1, 8)]
        return [Card([(label, [para(text, styles[kind]) for text, kind in lines])
                      for label, lines in rows]), Spacer(1, 10)]

    # -- list items -------------------------------------------------------------------
    def _item(self, text: str, meta: str, style, bullet: str, meta_colour: str = MUTED_HEX):
        """A list item with a small line under it (source, status) that never parts
        from it; long or right-to-left items get ordinary paragraphs."""
        if len(text) < ITEM_LIMIT and "\n\n" not in text.strip() and not is_rtl_paragraph(text):
            item = para(text.strip(), style, bullet)
            if not meta:
                return [item]
            return [NotedItem(item, meta, _colour(meta_colour), style.leftIndent)]
        out = plain_flowables(text, style, self.s, bullet=bullet)
        if meta:
            out.append(para([Run(meta, color=meta_colour, size=7.8)], self.s.learning_source))
        return out

    def learning(self, item, source: bool = True) -> list:
        s = self.s
        style = s.starred if item.starred else s.learning
        meta = f"{self.t('session')} {item.session_label}" if source else ""
        return self._item(item.text, meta, style, STAR if item.starred else "•")

    def action_line(self, a: ActionItem) -> list:
        status = texts.status_label(a.status, self.lang)
        due = self.t("due", date=texts.short_date(a.due, self.lang)) if a.due else ""
        meta = " · ".join(p for p in (status, due) if p)
        colour = _hex(STATUS_COLORS[a.status.value])
        return self._item(a.title, meta, self.s.learning, STATUS_MARKS[a.status.value], colour)

    # -- learnings ------------------------------------------------------------------
    def learnings(self) -> None:
        self.section("learnings", self.t("learnings"), self.t("learnings_intro"))
        if not self.data.learnings_by_tag:
            self.story.append(para(self.t("no_learnings"), self.s.muted))
        for tag, items in self.data.learnings_by_tag:
            shown = tag[:1].upper() + tag[1:]
            self.story.append(CondPageBreak(KEEP_HEADING))
            self.story.append(para([*text_runs(shown),
                                    Run(f"  ({len(items)})", color=MUTED_HEX, size=8)],
                                   self.s.h3))
            for item in items:
                self.story += self.learning(item)

    # -- the action plan -------------------------------------------------------------
    def actions(self) -> None:
        self.section("actions", self.t("actions"), self.t("actions_intro"))
        if not self.data.actions:
            self.story.append(para(self.t("no_actions"), self.s.muted))
            return
        from carnet.booklet.tables import action_tables

        self.story += action_tables(self.data.actions, self.s, self.geo, self.lang)

    # -- charts ----------------------------------------------------------------------
    def charts(self) -> None:
        self.section("charts", self.t("charts"))
        width = self.geo.frame_width
        s = self.s
        for group in self.data.groups:
            rated = [(o.title, o.ratings) for o in group.objectives if o.ratings]
            labels = [str(c.number) for c in group.chapters]
            for start in range(0, len(rated), CHART_SERIES):  # a readable number of lines
                chunk = rated[start : start + CHART_SERIES]
                height = 104 + 13 * charts.legend_rows([title for title, _ in chunk], width)
                self.story.append(KeepTogether([
                    para(self.t("chart_objectives", group=group.name), s.chart_title),
                    charts.objectives_chart(chunk, labels, width, height),
                ]))
        chapters = sorted(self.data.chapters, key=lambda c: c.date)
        points = [(_day_label(c, self.lang), _mean(c.before), _mean(c.after)) for c in chapters]
        if any(p[1] is not None or p[2] is not None for p in points):
            self.story.append(KeepTogether([
                para(self.t("chart_feelings"), s.chart_title),
                para(self.t("chart_feelings_note"), s.small),
                charts.feelings_chart(points, width, 122, self.lang),
            ]))
        total = len(self.data.actions)
        if total:
            bars = [(_day_label(c, self.lang), _status_counts(c)) for c in chapters]
            done = sum(1 for a in self.data.actions if a.status.value == "done")
            note = self.t("chart_actions_note", done=texts.count(self.lang, done, "done_action"),
                          total=total, rate=round(100 * done / total))
            self.story.append(KeepTogether([
                para(self.t("chart_actions"), s.chart_title),
                para(note, s.small),
                charts.actions_chart(bars, width, 112, self.lang),
            ]))

    # -- closing -----------------------------------------------------------------------
    def closing(self) -> None:
        self.section("closing", self.t("closing"))
        found = False
        for group in self.data.groups:
            if not group.closing:
                continue
            found = True
            if self.multi:
                self.subheading(group.name, self.s.h2)
            for label, text in group.closing:
                self.subheading(label, self.s.h3)
                self.story += self.md.render(text)
        if not found:
            self.story.append(para(self.t("closing_empty"), self.s.muted))
        self.notice()

    def notice(self) -> None:
        runs = text_runs(self.t("confidential"), bold=True)
        if self.data.anonymised_notice:
            runs += [Run("", br=True), *text_runs(self.t(self.data.anonymised_notice))]
        self.story += [Spacer(1, 28), Boxed(para(runs, self.s.centered_small))]


def _mean(items: list[FeelingItem]) -> float | None:
    return sum(f.valence for f in items) / len(items) if items else None


def _day_label(c: Chapter, lang: str) -> str:
    """« 6 déc. »: a chart's axis is narrow, but a date is written in words everywhere."""
    return texts.short_date(c.date, lang).rsplit("\u00a0", 1)[0]


def _status_counts(c: Chapter) -> dict:
    counts: dict = {}
    for action in c.actions:
        counts[action.status] = counts.get(action.status, 0) + 1
    return counts


COVER_GROUPS = 4  # more groups than this are summed up on the cover


def cover_flowables(data: BookletData, styles: Styles, width: float, height: float) -> list:
    """The cover's own text below the band: who, which groups, when, how much —
    shrunk if need be so that it always fits the cover's frame."""
    lang = data.lang
    out: list = []
    if data.owner:
        out += [para(data.owner, styles.cover_name), Spacer(1, 14)]
    shown = data.groups if len(data.groups) <= COVER_GROUPS else data.groups[:COVER_GROUPS - 1]
    for group in shown:
        out.append(para(text_runs(group.name, bold=True), styles.cover_line))
        out.append(para(group.template_name, styles.cover_format))
    if len(shown) < len(data.groups):
        more = texts.count(lang, len(data.groups) - len(shown), "other_group")
        out.append(para(texts.text(lang, "and_more", more=more), styles.cover_format))
    if data.period:
        start, end = data.period
        if start == end:
            line = texts.text(lang, "period_single", start=texts.long_date(start, lang))
        else:
            line = texts.text(lang, "period", start=texts.long_date(start, lang),
                              end=texts.long_date(end, lang))
        out += [Spacer(1, 10), para(line, styles.cover_line)]
    counts = " · ".join((
        texts.count(lang, len(data.chapters), "session_n"),
        texts.count(lang, sum(len(c.learnings) for c in data.chapters), "learning_n"),
        texts.count(lang, len(data.actions), "action_n"),
    ))
    out.append(para(counts, styles.cover_counts))
    return [KeepInFrame(width, height, out, mode="shrink")]
