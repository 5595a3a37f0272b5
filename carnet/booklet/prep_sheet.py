"""A one-page preparation sheet (PDF): the open actions and the topic to bring.

Printed or kept on a tablet before a meeting: what I promised, where it stands,
room to note what happened, and the situation I want to bring. Qt-free;
reportlab is imported only when a sheet is built. The booklet's embedded font
(DejaVu Sans) is reused; the topic's draft is rendered by the note-rendering contract
(lists, line breaks, emphasis as in the preview and the booklet), every other string
the person wrote goes through ``xml.sax.saxutils.escape`` before it meets reportlab's
Paragraph markup. French no-break spaces are added in print, never stored. Names the
groups mask are replaced by their pseudonym (``hide``), as in the booklet, and the
footer then says so.
Whatever the journal holds, the content is cut and then shrunk to fit one page.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from carnet.domain import ActionStatus, Session, Topic, TopicStatus
from carnet.services.planning import ActionItem, Preparation

#: At most this many actions are listed; the rest are counted.
MAX_ACTIONS = 14
#: The topic's draft is cut after this many characters.
MAX_DRAFT = 1400
MAX_NOTE = 220
MAX_OTHER_TOPICS = 6

_TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "kicker": "Préparer la prochaine séance",
        "no_session": "Aucune séance prévue",
        "session": "Séance n°{number}",
        "session_of": "Séance n°{number} du {day}",
        "today": "aujourd’hui",
        "tomorrow": "demain",
        "in_days": "dans {n} jours",
        "late": "en retard de {n} jours",
        "late_one": "en retard de {n} jour",
        "actions": "Mes actions à revoir",
        "counts": "{n} ouvertes, dont {late} en retard",
        "counts_one": "{n} ouverte, dont {late} en retard",
        "no_action": "Aucune action ouverte d’ici la séance.",
        "due": "échéance {day}",
        "overdue": "en retard",
        "carried": "reportée",
        "last_review": "Dernier suivi ({day}) : {note}",
        "what_happened": "Qu’est-ce que ça a donné ?",
        "more_actions": "… et {n} autres actions ouvertes dans le carnet.",
        "more_actions_one": "… et {n} autre action ouverte dans le carnet.",
        "topic": "Le sujet que j’apporte",
        "no_topic": "Pas de sujet en attente. Une situation récente m’a-t-elle marqué ?",
        "no_draft": "(exposé à rédiger)",
        "other_topics": "Autres sujets en attente : {titles}",
        "footer": "Carnet — document personnel et confidentiel · préparé le {day}",
        "masked": "Les autres participants sont désignés par leur pseudonyme.",
        "cut": "[…]",
    },
    "en": {
        "kicker": "Preparing the next session",
        "no_session": "No session planned",
        "session": "Session {number}",
        "session_of": "Session {number} on {day}",
        "today": "today",
        "tomorrow": "tomorrow",
        "in_days": "in {n} days",
        "late": "{n} days late",
        "late_one": "{n} day late",
        "actions": "My actions to review",
        "counts": "{n} open, {late} overdue",
        "no_action": "No open action due by the session.",
        "due": "due {day}",
        "overdue": "overdue",
        "carried": "carried over",
        "last_review": "Last review ({day}): {note}",
        "what_happened": "What happened?",
        "more_actions": "… and {n} more open actions in the journal.",
        "more_actions_one": "… and {n} more open action in the journal.",
        "topic": "The topic I am bringing",
        "no_topic": "No topic waiting. Did a recent situation strike me?",
        "no_draft": "(presentation to write)",
        "other_topics": "Other topics waiting: {titles}",
        "footer": "Carnet — personal and confidential · prepared on {day}",
        "masked": "Other participants are referred to by their pseudonym.",
        "cut": "[…]",
    },
}


def _t(lang: str, key: str, **values: object) -> str:
    """A sentence of the sheet; ``n`` of 1 (and 0 in French) takes its ``_one`` form when
    there is one: « 1 jour », not « 1 jour(s) » (fresh6)."""
    table = _TEXTS.get(lang, _TEXTS["fr"])
    n = values.get("n")
    if isinstance(n, int) and f"{key}_one" in table and (n == 1 or (n == 0 and lang != "en")):
        key = f"{key}_one"
    return table[key].format(**values) if values else table[key]


def _safe(text: str, limit: int | None = None, lang: str = "fr",
          hide: Callable[[str], str] | None = None) -> str:
    """A string the person wrote, ready for Paragraph markup: masked names replaced
    (``hide``, before the cut: a name across the cut is still a name), characters no
    font has named, right-to-left runs in visual order, then escaped, emoji in their
    font."""
    from carnet.booklet import bidi
    from carnet.booklet.fonts import clean, markup
    from carnet.booklet.versions import readable
    from carnet.notes.typography import french_spacing

    text = readable(text or "", lang)
    if hide is not None:
        text = hide(text)
    text = french_spacing(clean(_cut(text, limit, lang)).strip())
    return markup(bidi.visual(text)).replace("\n", "<br/>")


def _cut(text: str, limit: int | None, lang: str) -> str:
    """``text`` cut after about ``limit`` characters, at a space, with a visible mark."""
    text = text.strip()
    if limit is not None and len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[: cut if cut > limit // 2 else limit].rstrip() + " " + _t(lang, "cut")
    return text


def _draft(text: str, lang: str, limit: int = MAX_DRAFT,
           hide: Callable[[str], str] | None = None) -> list:
    """The topic's exposé draft as the note-rendering contract reads it: its lists, line
    breaks and emphasis as in the preview and the booklet, French spacing in print;
    masked names replaced (``hide``) as in the booklet."""
    from carnet.booklet.mdrender import MarkdownRenderer
    from carnet.booklet.styles import shared_styles
    from carnet.booklet.versions import readable

    text = readable(text, lang)
    if hide is not None:
        text = hide(text)
    return MarkdownRenderer(shared_styles(), lang).render(_cut(text, limit, lang))


def _status(status: ActionStatus, lang: str) -> str:
    from carnet.booklet import texts

    return texts.status_label(status, lang)


def _day(day: date, lang: str, weekday: bool = False) -> str:
    from carnet.booklet import texts

    return texts.long_date(day, lang, weekday=weekday)


def _relative(days: int, lang: str) -> str:
    if days == 0:
        return _t(lang, "today")
    if days == 1:
        return _t(lang, "tomorrow")
    if days > 1:
        return _t(lang, "in_days", n=days)
    return _t(lang, "late", n=-days)


def chosen_topic(preparation: Preparation) -> Topic | None:
    """The topic to bring: the one scheduled for the next session, else the most
    urgent of the backlog."""
    upcoming = preparation.next_session.id if preparation.next_session else None
    for topic in preparation.topics:
        if topic.status is TopicStatus.SCHEDULED and topic.session_id == upcoming:
            return topic
    open_topics = [t for t in preparation.topics if t.status is TopicStatus.OPEN]
    return min(open_topics, key=lambda t: t.priority, default=None)


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle

        from carnet.booklet.fonts import BOLD, ITALIC, REGULAR

        ink = colors.HexColor("#1f3a5f")
        self.accent = colors.HexColor("#b85c38")
        self.muted = colors.HexColor("#5f6773")
        self.rule = colors.HexColor("#d9cfc1")
        self.tint = colors.HexColor("#f6f1e9")
        self.late = colors.HexColor("#a23b2a")
        text = colors.HexColor("#262626")

        def style(name: str, **kw) -> ParagraphStyle:
            base = {"fontName": REGULAR, "fontSize": 9.5, "leading": 12.5, "textColor": text,
                    "splitLongWords": 1}
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.kicker = style("kicker", fontName=BOLD, fontSize=8.5, textColor=self.accent,
                            spaceAfter=4)
        self.title = style("title", fontName=BOLD, fontSize=18, leading=22, textColor=ink)
        self.subtitle = style("subtitle", fontSize=10.5, leading=14, textColor=self.muted,
                              spaceAfter=10)
        self.section = style("section", fontName=BOLD, fontSize=11.5, leading=15, textColor=ink,
                             spaceBefore=10, spaceAfter=4)
        self.origin = style("origin", fontName=BOLD, fontSize=8.5, leading=11,
                            textColor=self.accent, spaceBefore=6, spaceAfter=3)
        self.action = style("action", fontName=BOLD, fontSize=9.5, leading=12)
        self.meta = style("meta", fontSize=8, leading=10.5, textColor=self.muted)
        self.note = style("note", fontName=ITALIC, fontSize=8, leading=10.5,
                          textColor=self.muted)
        self.hint = style("hint", fontName=ITALIC, fontSize=7.5, leading=10,
                          textColor=self.rule)
        self.body = style("body", fontSize=9.5, leading=13)
        self.topic = style("topic", fontName=BOLD, fontSize=10.5, leading=14, spaceAfter=3)
        self.footer_font = REGULAR


def _session_heading(session: Session | None, lang: str, group_name: str) -> str:
    if session is None:
        return _t(lang, "no_session")
    label = _t(lang, "session", number=session.number)
    return f"{label} — {group_name}" if group_name else label


def _action_rows(item: ActionItem, s: _Styles, lang: str, hide: Callable[[str], str]) -> list:
    from reportlab.platypus import Paragraph

    action = item.action
    meta = [_status(action.status, lang)]
    if action.due_date is not None:
        meta.append(_t(lang, "due", day=escape(_day(action.due_date, lang))))
    flags = []
    if item.overdue:
        flags.append(f'<font color="#{s.late.hexval()[2:]}"><b>{_t(lang, "overdue")}</b></font>')
    if item.carried_over:
        flags.append(f'<font color="#{s.accent.hexval()[2:]}">{_t(lang, "carried")}</font>')
    left = [
        Paragraph("☐&nbsp;&nbsp;" + _safe(action.title, 300, lang, hide), s.action),
        Paragraph(" · ".join(meta + flags), s.meta),
    ]
    noted = [review for review in item.reviews if review.note.strip()]
    if noted:  # the latest review with a note (a later one without hides nothing)
        last = noted[-1]
        if last.note.strip():
            left.append(Paragraph(
                escape(_t(lang, "last_review", day=_day(last.date, lang), note="\ue000"))
                .replace("\ue000", _safe(last.note, MAX_NOTE, lang, hide)), s.note))
    right = [Paragraph(escape(_t(lang, "what_happened")), s.hint), _ruled_lines(3, s)]
    return [left, right]


def _ruled_lines(count: int, s: _Styles):
    """Dotted lines to write on, in the column "What happened?"."""
    from reportlab.platypus import Flowable

    class Lines(Flowable):
        def wrap(self, avail_width, avail_height):
            self.width = avail_width
            self.height = count * 15
            return self.width, self.height

        def draw(self) -> None:
            canv = self.canv
            canv.saveState()
            canv.setStrokeColor(s.rule)
            canv.setLineWidth(0.5)
            canv.setDash(1, 2)
            for i in range(count):
                canv.line(0, i * 15 + 2, self.width, i * 15 + 2)
            canv.restoreState()

    return Lines()


def _actions_table(items: list[ActionItem], s: _Styles, width: float, lang: str,
                   hide: Callable[[str], str]):
    from reportlab.platypus import Table, TableStyle

    rows = [_action_rows(item, s, lang, hide) for item in items]
    table = Table(rows, colWidths=[width * 0.58, width * 0.42])
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, s.rule),
        ("LINEBEFORE", (1, 0), (1, -1), 0.5, s.rule),
    ]
    for row, item in enumerate(items):
        if item.overdue:
            commands.append(("LINEBEFORE", (0, row), (0, row), 2, s.late))
    table.setStyle(TableStyle(commands))
    return table


def _story(preparation: Preparation, names: Mapping[int, str], s: _Styles, width: float,
           lang: str, hide: Callable[[str], str]) -> list:
    """The sheet's content; ``names`` (group names) are already masked, every other text
    the person wrote is masked here, once (a pseudonym holding a masked name, « Karim
    B. » for « Karim », must not be masked again)."""
    from reportlab.platypus import Paragraph, Spacer

    story: list = [Paragraph(escape(_t(lang, "kicker").upper()), s.kicker)]
    upcoming = preparation.next_session
    group_name = names.get(upcoming.group_id, "") if upcoming else ""
    story.append(Paragraph(_safe(_session_heading(upcoming, lang, group_name), 200, lang),
                           s.title))
    if upcoming is not None:
        when = _day(upcoming.date, lang, weekday=True)
        if preparation.days_left is not None:
            when += " · " + _relative(preparation.days_left, lang)
        story.append(Paragraph(escape(when), s.subtitle))
    else:
        story.append(Spacer(1, 8))

    due = preparation.due_items
    counts = _t(lang, "counts", n=len(due), late=preparation.overdue_count)
    story.append(Paragraph(
        f'{escape(_t(lang, "actions"))} <font size="9" color="#{s.muted.hexval()[2:]}">'
        f'— {escape(counts)}</font>', s.section))
    if not due:
        story.append(Paragraph(escape(_t(lang, "no_action")), s.meta))
    shown = 0
    for group in preparation.by_origin:
        room = MAX_ACTIONS - shown
        if room <= 0:
            break
        items = group.items[:room]
        shown += len(items)
        origin = group.origin
        heading = _t(lang, "session_of", number=origin.number, day=_day(origin.date, lang))
        name = names.get(origin.group_id, "")
        if name and (upcoming is None or origin.group_id != upcoming.group_id
                     or preparation.group is None):
            heading += f" — {name}"
        story.append(Paragraph(_safe(heading.upper(), 200, lang), s.origin))
        story.append(_actions_table(items, s, width, lang, hide))
    if len(due) > shown:
        story.append(Spacer(1, 4))
        story.append(Paragraph(escape(_t(lang, "more_actions", n=len(due) - shown)), s.meta))

    story.append(Paragraph(escape(_t(lang, "topic")), s.section))
    topic = chosen_topic(preparation)
    if topic is None:
        story.append(Paragraph(escape(_t(lang, "no_topic")), s.meta))
    else:
        story.append(Paragraph(_safe(topic.title, 300, lang, hide), s.topic))
        draft = topic.draft.strip()
        if draft:
            story += _draft(draft, lang, hide=hide)
        else:
            story.append(Paragraph(escape(_t(lang, "no_draft")), s.meta))
    others = [t for t in preparation.topics if topic is None or t.id != topic.id]
    if others:
        titles = "« " + " », « ".join(_safe(t.title, 120, lang, hide)
                                        for t in others[:MAX_OTHER_TOPICS]) + " »"
        if len(others) > MAX_OTHER_TOPICS:
            titles += " …"
        story.append(Spacer(1, 6))
        story.append(Paragraph(
            escape(_t(lang, "other_topics", titles="\ue000")).replace("\ue000", titles), s.meta))
    return story


def render_prep_sheet(preparation: Preparation, lang: str = "fr", *,
                      group_names: Mapping[int, str] | None = None,
                      invariant: bool = False,
                      hide: Callable[[str], str] | None = None) -> bytes:
    """The sheet as PDF bytes. ``hide`` replaces the names the groups mask
    (``carnet.booklet.anonymise.journal_anonymiser``): the application always passes it."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Frame, KeepInFrame, PageTemplate
    from reportlab.platypus.doctemplate import BaseDocTemplate

    from carnet.booklet.anonymise import Masking
    from carnet.booklet.fonts import register_fonts

    lang = lang if lang in _TEXTS else "fr"
    register_fonts()
    rl_config.useA85 = 0
    names = dict(group_names or {})
    if preparation.group is not None and preparation.group.id is not None:
        names.setdefault(preparation.group.id, preparation.group.name)
    masking = Masking(hide)
    names = {gid: masking(name) for gid, name in names.items()}
    s = _Styles()
    width, height = A4
    margin = 18 * mm
    frame = Frame(margin, margin + 6 * mm, width - 2 * margin, height - 2 * margin - 6 * mm,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    footer = _t(lang, "footer", day=_day(preparation.today, lang))

    def paint(canv, doc) -> None:
        canv.saveState()
        canv.setFont(s.footer_font, 7.5)
        canv.setFillColor(s.muted)
        canv.drawCentredString(width / 2, margin - 2 * mm, footer)
        if masking.used:  # (the story is laid out before the page is painted)
            canv.drawCentredString(width / 2, margin - 2 * mm - 9.5, _t(lang, "masked"))
        canv.setStrokeColor(s.accent)
        canv.setLineWidth(1.2)
        canv.line(margin, height - margin + 4 * mm, margin + 28 * mm, height - margin + 4 * mm)
        canv.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, title=_t(lang, "kicker"), author="", creator="Carnet",
        invariant=int(invariant), leftMargin=margin, rightMargin=margin, topMargin=margin,
        bottomMargin=margin,
    )
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=paint)])
    story = _story(preparation, names, s, frame._width, lang, masking)
    # One page, whatever the journal holds: the cut content is shrunk if still too long.
    doc.build([KeepInFrame(frame._width, frame._height, story, mode="shrink")])
    return buffer.getvalue()


def build_prep_sheet(preparation: Preparation, out_path: Path | str, lang: str = "fr", *,
                     group_names: Mapping[int, str] | None = None,
                     invariant: bool = False,
                     hide: Callable[[str], str] | None = None) -> Path:
    """Write the preparation sheet to ``out_path`` atomically (temp file + replace).

    ``group_names`` (id → name) labels sessions of other groups when the
    preparation spans every group; ``hide`` masks names (see ``render_prep_sheet``).
    """
    out_path = Path(out_path)
    data = render_prep_sheet(preparation, lang, group_names=group_names, invariant=invariant,
                             hide=hide)
    tmp = out_path.with_name(f".{out_path.name}.partial")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out_path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return out_path
