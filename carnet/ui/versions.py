"""A long text a sync kept in several versions, as the window shows it.

Edited on two devices before they sync, a long text (a note, a learning, an action's
outcome, a group's ground rules… ``domain/sync.LONG_TEXT_FIELDS``) keeps every version
in its stored bytes, each after the line « **Version de l'autre appareil** (other
device's version) · 2026-12-07T15:21Z » — the same bytes on every device, so neither
in the reader's language nor in their time. Every place of the window that shows such
a text shows that line in words (« — Autre version · 7 décembre 2026, 16:21 — »):
a field that edits it is a :class:`VersionedTextEdit` (it gives the stored line back
when saved), a label or a list's snippet takes :func:`in_words`.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QWidget


def version_heading(when: datetime) -> str:
    """« Autre version · 7 déc. 2026, 02:08 »: a concurrent version's heading in the
    reader's language and local time (the stored heading is the same bytes on every
    device, so it cannot say either)."""
    return QCoreApplication.translate("MarkdownEditor", "Other version · %1").replace(
        "%1", version_moment(when))


def version_moment(when: datetime) -> str:
    """« 7 déc. 2026, 02:08 »: the date and local time of a version."""
    from carnet.ui import formats

    local = when.astimezone()
    return QCoreApplication.translate("MarkdownEditor", "%1, %2").replace(
        "%1", formats.format_date(local.date())).replace("%2", local.strftime("%H:%M"))


#: The stored heading line of a concurrent version (the same bytes on every device).
_STORED_VERSION_LINE = re.compile(
    r"^\*\*Version de l'autre appareil\*\* \(other device's version\) · "
    r"(\d{4}-\d\d-\d\dT\d\d:\d\dZ)$", re.MULTILINE)


def shown_version_line(when: datetime) -> str:
    """« — Autre version · 7 déc. 2026, 09:11 — »: a stored heading line as the writing
    view shows it, in the reader's language and local time (found in English, with
    Markdown stars and a UTC stamp, by two fresh-eyes reviews)."""
    return f"— {version_heading(when)} —"


def versions_in_words(text: str) -> tuple[str, dict[str, str]]:
    """``text`` as a field shows it — each stored version heading line in words — and
    each line shown → the stored line it stands for (:func:`versions_as_stored`)."""
    lines: dict[str, str] = {}
    if "(other device's version)" not in text:
        return text, lines

    def words(match: re.Match) -> str:
        from datetime import UTC

        when = datetime.strptime(match.group(1), "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC)
        line = shown_version_line(when)
        lines[line] = match.group(0)
        return line

    return _STORED_VERSION_LINE.sub(words, text), lines


def versions_as_stored(text: str, lines: dict[str, str]) -> str:
    """The text a field shows with each version heading line given back its stored
    form (a line the person changed is their words)."""
    if not lines:
        return text
    return re.sub("^(" + "|".join(map(re.escape, lines)) + ")$",
                  lambda match: lines[match.group(1)], text, flags=re.MULTILINE)


class VersionHighlighter(QSyntaxHighlighter):
    """Greys the heading line of a concurrent version in the text being written, so it
    reads as a mark between two versions, not as the person's words."""

    def __init__(self, document: QTextDocument, lines: set[str] | None = None) -> None:
        super().__init__(document)
        self.mark = QTextCharFormat()
        self.mark.setForeground(QColor("#8a8278"))
        self.mark.setFontItalic(True)
        #: the heading lines as shown (``MarkdownEditor`` keeps this set up to date)
        self.lines = lines if lines is not None else set()

    def highlightBlock(self, text: str) -> None:
        from carnet.domain.sync import OTHER_VERSION_HEADING

        if text.startswith(OTHER_VERSION_HEADING) or text in self.lines:
            self.setFormat(0, len(text), self.mark)



def in_words(text: str) -> str:
    """``text`` as a label or a list shows it: each version heading line in words."""
    return versions_in_words(text)[0]


class VersionedTextEdit(QPlainTextEdit):
    """A plain-text field whose text may hold versions a sync kept: :meth:`setText`
    shows each version's heading line in words, greyed, with a tooltip saying what to
    do; :meth:`text` gives the text as stored (a heading line the person changed is
    their words), so both versions stay versions on every device."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._versions: VersionHighlighter | None = None
        #: the version heading lines as shown in this field (greyed)
        self.version_lines: set[str] = set()
        #: each version heading line as shown → as stored
        self._stored_lines: dict[str, str] = {}

    def setPlainText(self, text: str) -> None:
        super().setPlainText(text)
        from carnet.domain.sync import OTHER_VERSION_HEADING

        if OTHER_VERSION_HEADING in text or self.version_lines:
            self.mark_versions()

    def mark_versions(self) -> None:
        """Grey the heading lines of the versions a sync kept in this text (once). Left
        to itself, Qt formats the text at its next turn and signals that as a change of
        the text, which an autosave takes for an edit: it is done now, signals blocked."""
        if self._versions is not None:
            return
        blocked = self.blockSignals(True)
        try:
            self._versions = VersionHighlighter(self.document(), self.version_lines)
            self._versions.rehighlight()
        finally:
            self.blockSignals(blocked)

    def text(self) -> str:
        """The text as stored: each version heading line shown in words goes back to
        its stored form."""
        return versions_as_stored(self.toPlainText(), self._stored_lines)

    def setText(self, text: str) -> None:
        """Show ``text``; a version a sync kept in it is headed in the reader's words and
        local time (« — Autre version · 7 déc. 2026, 16:21 — »), as a note's is — fields
        showed the stored « **Version de l'autre appareil** (other device's version) ·
        2026-12-07T15:21Z » (fresh7's F17)."""
        self._stored_lines = {}
        self.version_lines.clear()
        self.setToolTip("")
        self.setPlainText(self.shown(text))

    def shown(self, text: str) -> str:
        """``text`` (as stored) as this field shows it, its heading lines remembered so
        that :meth:`text` gives them back: for text added to the field (a version a save
        over a sync put after the person's words), then :meth:`mark_versions`."""
        shown, lines = versions_in_words(text)
        if lines:
            self._stored_lines.update(lines)
            self.version_lines.update(lines)
            self.setToolTip(QCoreApplication.translate(
                "VersionedTextEdit", "This text holds another version, written at the same "
                "time on another device. Keep what you want and delete the rest."))
        return shown
