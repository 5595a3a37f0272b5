"""The check-in's print form: « Depuis la dernière fois » on one page (PDF).

Built on the preparation sheet's code (``carnet.booklet.prep_sheet``: its styles, its
escaping of every string the person wrote, its dates), in larger type: it is
read at a glance at the start of a meeting. Whatever the journal holds, the
content is cut, then shrunk to fit one page. Names the groups mask are replaced
by their pseudonym (``hide``), as in the booklet, and the footer then says so.
Qt-free; reportlab is imported only when a sheet is built.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from carnet.booklet.prep_sheet import _day, _draft, _safe, _status, _Styles
from carnet.services.calendar import atomic_write
from carnet.services.check_in import CheckIn

MAX_ACTIONS = 10
MAX_TEXT = 320
MAX_DRAFT = 700
MAX_OLDER = 6

_TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "kicker": "Depuis la dernière fois",
        "session": "Séance n°{number}",
        "no_session": "Prochaine séance non planifiée",
        "since": "Depuis la séance n°{number} du {day}",
        "nothing_held": "Aucune séance tenue avant celle-ci.",
        "actions": "Ce que je m’étais engagé·e à faire",
        "no_action": "Aucune action décidée à la dernière séance.",
        "tried": "Essayé :",
        "happened": "Résultat :",
        "nothing_noted": "(rien noté encore)",
        "older": "Encore ouvertes d’avant : {titles}",
        "since_followed": "Suivies depuis, des séances d’avant",
        "left_with": "Ce que j’ai emporté",
        "keyword": "Mot-clé : « {word} »",
        "feeling": "Ressenti : {emotion} ({intensity}/5)",
        "nothing_left": "Ni mot-clé ni ressenti notés.",
        "topic": "Le sujet que j’apporte",
        "no_topic": "Pas de sujet en attente.",
        "footer": "Carnet — document personnel et confidentiel · le {day}",
        "masked": "Les autres participants sont désignés par leur pseudonyme.",
        "more": "… et {n} autres actions.",
        "more_one": "… et {n} autre action.",
    },
    "en": {
        "kicker": "Since last time",
        "session": "Session {number}",
        "no_session": "Next session not planned",
        "since": "Since session {number} on {day}",
        "nothing_held": "No session held before this one.",
        "actions": "What I committed to",
        "no_action": "No action decided at the last session.",
        "tried": "Tried:",
        "happened": "Outcome:",
        "nothing_noted": "(nothing noted yet)",
        "older": "Still open from before: {titles}",
        "since_followed": "Followed up since, from earlier sessions",
        "left_with": "What I left with",
        "keyword": "Key word: “{word}”",
        "feeling": "Feeling: {emotion} ({intensity}/5)",
        "nothing_left": "No key word or feeling noted.",
        "topic": "The topic I am bringing",
        "no_topic": "No topic waiting.",
        "footer": "Carnet — personal and confidential · {day}",
        "masked": "Other participants are referred to by their pseudonym.",
        "more": "… and {n} more actions.",
        "more_one": "… and {n} more action.",
    },
}


def _t(lang: str, key: str, **values: object) -> str:
    table = _TEXTS.get(lang, _TEXTS["fr"])
    n = values.get("n")  # « 1 autre action », not « 1 autre(s) action(s) » (fresh6)
    if isinstance(n, int) and f"{key}_one" in table and (n == 1 or (n == 0 and lang != "en")):
        key = f"{key}_one"
    return table[key].format(**values) if values else table[key]


def _with(lang: str, key: str, name: str, user_text: str) -> str:
    """A sentence of ours holding one text the person wrote (already escaped): ours is
    escaped around a placeholder, then the placeholder replaced."""
    return escape(_t(lang, key, **{name: "\ue000"})).replace("\ue000", user_text)


def _styles(base: _Styles):
    """The preparation sheet's styles, in larger type."""
    from reportlab.lib.styles import ParagraphStyle

    def bigger(style: ParagraphStyle, size: float, **kw) -> ParagraphStyle:
        return ParagraphStyle(style.name + "Big", parent=style, fontSize=size,
                              leading=round(size * 1.3, 1), **kw)

    base.title = bigger(base.title, 24)
    base.subtitle = bigger(base.subtitle, 13, spaceAfter=12)
    base.section = bigger(base.section, 15, spaceBefore=14, spaceAfter=6)
    base.action = bigger(base.action, 13, spaceBefore=6)
    base.meta = bigger(base.meta, 10.5)
    base.body = bigger(base.body, 12)
    base.topic = bigger(base.topic, 14, spaceAfter=4)
    base.big = bigger(base.body, 16)
    return base


def _action_items(story: list, items: list, s, lang: str, hide: Callable[[str], str]) -> None:
    """Each action: its title and status, what I tried, what happened."""
    from reportlab.platypus import Paragraph

    for item in items[:MAX_ACTIONS]:
        status = escape(_status(item.action.status, lang))
        story.append(Paragraph(f"{_safe(item.action.title, 300, lang, hide)} "
                               f'<font size="10.5" color="#5f6773">— {status}</font>', s.action))
        for key, text in (("tried", item.tried), ("happened", item.happened)):
            shown = (_safe(text, MAX_TEXT, lang, hide) if text
                     else escape(_t(lang, "nothing_noted")))
            story.append(Paragraph(f"<b>{escape(_t(lang, key))}</b> {shown}", s.body))
    if len(items) > MAX_ACTIONS:
        story.append(Paragraph(escape(_t(lang, "more", n=len(items) - MAX_ACTIONS)), s.meta))


def _story(data: CheckIn, s, lang: str, hide: Callable[[str], str]) -> list:
    """The page's content, every text the person wrote masked once by ``hide``."""
    from reportlab.platypus import Paragraph, Spacer

    story: list = [Paragraph(escape(_t(lang, "kicker").upper()), s.kicker)]
    group = hide(data.group.name) if data.group else ""
    head = (_t(lang, "session", number=data.upcoming.number) if data.upcoming
            else _t(lang, "no_session"))
    story.append(Paragraph(_safe(f"{head} — {group}" if group else head, 200, lang), s.title))
    if data.last is not None:
        since = _t(lang, "since", number=data.last.number, day=_day(data.last.date, lang))
    else:
        since = _t(lang, "nothing_held")
    story.append(Paragraph(escape(since), s.subtitle))

    story.append(Paragraph(escape(_t(lang, "actions")), s.section))
    if not data.actions:
        story.append(Paragraph(escape(_t(lang, "no_action")), s.meta))
    _action_items(story, data.actions, s, lang, hide)
    if data.since:  # earlier sessions' actions followed up since (closed ones too)
        story.append(Spacer(1, 6))
        story.append(Paragraph(escape(_t(lang, "since_followed")), s.meta))
        _action_items(story, data.since, s, lang, hide)
    if data.older_open:
        opening, closing = ("“", "”") if lang == "en" else ("« ", " »")
        titles = ", ".join(f"{opening}{_safe(a.title, 100, lang, hide)}{closing}"
                           for a in data.older_open[:MAX_OLDER])
        if len(data.older_open) > MAX_OLDER:
            titles += " …"
        story.append(Spacer(1, 6))
        story.append(Paragraph(_with(lang, "older", "titles", titles), s.meta))

    story.append(Paragraph(escape(_t(lang, "left_with")), s.section))
    parts = []
    if data.keyword:
        parts.append(_with(lang, "keyword", "word", _safe(data.keyword, 80, lang, hide)))
    if data.feeling is not None:
        from carnet.booklet.texts import emotion_label

        feeling = escape(_t(lang, "feeling", emotion=emotion_label(data.feeling.emotion, lang),
                            intensity=data.feeling.intensity))
        if data.feeling.text.strip():
            feeling += " — " + _safe(data.feeling.text, 200, lang, hide)
        parts.append(feeling)
    if parts:
        for part in parts:
            story.append(Paragraph(part, s.big))
    else:
        story.append(Paragraph(escape(_t(lang, "nothing_left")), s.meta))

    story.append(Paragraph(escape(_t(lang, "topic")), s.section))
    if data.topic is None:
        story.append(Paragraph(escape(_t(lang, "no_topic")), s.meta))
    else:
        story.append(Paragraph(_safe(data.topic.title, 300, lang, hide), s.topic))
        if data.topic.draft.strip():  # (the note-rendering contract)
            story += _draft(data.topic.draft, lang, MAX_DRAFT, hide)
    return story


def render_check_in_sheet(data: CheckIn, lang: str = "fr", *, invariant: bool = False,
                          hide: Callable[[str], str] | None = None) -> bytes:
    """The check-in as a one-page PDF. ``hide`` replaces the names the groups mask
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
    s = _styles(_Styles())
    width, height = A4
    margin = 18 * mm
    frame = Frame(margin, margin + 6 * mm, width - 2 * margin, height - 2 * margin - 6 * mm,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    footer = _t(lang, "footer", day=_day(data.today, lang))
    masking = Masking(hide)

    def paint(canv, doc) -> None:
        canv.saveState()
        canv.setFont(s.footer_font, 8)
        canv.setFillColor(s.muted)
        canv.drawCentredString(width / 2, margin - 2 * mm, footer)
        if masking.used:  # (the story is laid out before the page is painted)
            canv.drawCentredString(width / 2, margin - 2 * mm - 10, _t(lang, "masked"))
        canv.setStrokeColor(s.accent)
        canv.setLineWidth(1.2)
        canv.line(margin, height - margin + 4 * mm, margin + 28 * mm, height - margin + 4 * mm)
        canv.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, title=_t(lang, "kicker"), author="",
                          creator="Carnet", invariant=int(invariant), leftMargin=margin,
                          rightMargin=margin, topMargin=margin, bottomMargin=margin)
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=paint)])
    story = _story(data, s, lang, masking)
    doc.build([KeepInFrame(frame._width, frame._height, story, mode="shrink")])
    return buffer.getvalue()


def build_check_in_sheet(data: CheckIn, out_path: Path | str, lang: str = "fr", *,
                         invariant: bool = False,
                         hide: Callable[[str], str] | None = None) -> Path:
    """Write the sheet at ``out_path`` atomically, readable by its owner only; ``hide``
    masks names (see ``render_check_in_sheet``)."""
    out_path = Path(out_path)
    atomic_write(out_path, render_check_in_sheet(data, lang, invariant=invariant, hide=hide))
    return out_path
