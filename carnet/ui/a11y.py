"""What a screen reader is told beyond names: spoken text and announcements.

Names and label links stay one line beside each widget (``setAccessibleName``,
``QLabel.setBuddy``); this module holds the few things that need a little code:
text read aloud without Markdown punctuation, a status line that announces its
new text (a live region, in web terms) instead of waiting to be found, and
radio-button groups that may have no choice.

On Linux, Qt gives a combo box its current value as its name and ignores
``setAccessibleName``: a combo box is named by a label linked to it
(``QLabel.setBuddy``) or, where no label is shown, its name is repeated as its
accessible description, which a screen reader says after the value.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

#: Markdown emphasis and code marks a screen reader would read as "star star".
_MARKS = re.compile(r"(\*\*|~~|`+|(?<!\w)__|__(?!\w)|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)


def speakable(text: str) -> str:
    """``text`` without Markdown emphasis, code and heading marks (words unchanged)."""
    return _HEADING.sub("", _MARKS.sub("", text))


def set_checked(button: QAbstractButton, checked: bool) -> None:
    """Check or clear one button of an auto-exclusive group from code.

    Auto-exclusive checkable buttons are what a screen reader hears as radio buttons,
    but Qt refuses to clear the checked one; a group that can have no choice (a
    cleared rating, no page of the sidebar's shown) clears it through here.
    """
    exclusive = button.autoExclusive()
    button.setAutoExclusive(False)
    button.setChecked(checked)
    button.setAutoExclusive(exclusive)


def announce_status(label: QLabel, described: QWidget | None = None) -> None:
    """The status ``label`` just changed: say it, and let ``described`` carry it.

    The label's own name is its text (no fixed accessible name hides it); the
    announcement is Qt's live-region event (AT-SPI ``object:announcement``), so
    Orca speaks a new result count without the focus moving; ``described`` (the
    results list) repeats the status as its description when the focus reaches it.
    """
    text = label.text()
    if described is not None:
        described.setAccessibleDescription(text)
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(label, text))
