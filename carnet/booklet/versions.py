"""A text holding versions a sync kept, as the booklet prints it (issue 15).

Two devices writing the same note at once keep both texts: the stored text
holds, after the newest, each other version under a heading that is the same
bytes on every device (``**Version de l'autre appareil** (other device's
version) · 2026-12-07T01:08Z``, see carnet/domain/sync.py). In print that line
would show its Markdown marks, both languages and a UTC date; the booklet says
« Autre version · 7 déc. 2026, 02:08 » instead, in its language and local time,
on a line of its own. Every word of every version is kept.
"""

from __future__ import annotations

from carnet.booklet import texts


def heading(when, lang: str) -> str:
    """« Autre version · 7 déc. 2026, 02:08 » (local time)."""
    local = when.astimezone()
    moment = f"{texts.short_date(local.date(), lang)}, {local.strftime('%H:%M')}"
    return texts.text(lang, "other_version", when=moment)


def readable(text: str, lang: str) -> str:
    """``text`` with each version block's separator and heading replaced by a line of
    words, between blank lines (a paragraph in plain text and in Markdown alike)."""
    if not text:
        return text
    from carnet.domain.sync import split_versions

    main, versions = split_versions(text)
    if not versions:
        return text
    parts = [main.rstrip("\n")] if main.strip() else []
    for version in versions:
        parts.append(f"— {heading(version.when, lang)} —")
        parts.append(version.text.strip("\n"))
    return "\n\n".join(p for p in parts if p)
