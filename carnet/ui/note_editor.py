"""Writing a note without knowing Markdown: the keys, the formatting bar, the paste.

:class:`NoteTextEdit` is the step editor's text field. Ctrl+B and Ctrl+I put ``**``
or ``*`` around the selection (or take them away); Ctrl+Shift+L and Ctrl+Shift+O make
the selected lines a bulleted or numbered list (or plain lines again); Enter on a list
item starts the next one, Enter on an empty item ends the list; Tab and Shift+Tab move
list items in and out (elsewhere Tab still moves the focus on). Rich text pasted from
Word, Outlook or a browser becomes Markdown (:mod:`carnet.notes.paste`): the HTML is
never given to Qt, so no image, stylesheet or link in it is ever loaded.

:class:`FormattingBar` is the small row of buttons for the same four actions; the
buttons take no Tab stop (the keys do the same), but have accessible names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QToolButton, QWidget

if TYPE_CHECKING:
    from carnet.notes import editing


def _editing() -> editing:
    """The list rules (:mod:`carnet.notes.editing`), imported when a key first needs them:
    a session page's first paint does not (their patterns cost ~4 ms to compile); the
    page imports them once it is painted (see ``SessionEditor._build``)."""
    from carnet.notes import editing

    return editing


def item_prefix(line: str) -> editing.Prefix | None:
    return _editing().item_prefix(line)


def without_prefix(line: str) -> str:
    return _editing().without_prefix(line)


def empty_item(line: str) -> bool:
    return _editing().empty_item(line)


def continuation(line: str, above=()) -> str | None:
    return _editing().continuation(line, above)


def renumbered(line: str, number: int) -> str:
    return _editing().renumbered(line, number)


def _lines_above(block):
    """The lines over ``block``, the nearest first."""
    block = block.previous()
    while block.isValid():
        yield block.text()
        block = block.previous()


def continued_item(cursor: QTextCursor) -> editing.Prefix | None:
    """The item the cursor's line continues (a line Shift+Enter began in it), if any."""
    block = cursor.block()
    return _editing().continued_item(block.text(), _lines_above(block))

BOLD, ITALIC = "**", "*"
BULLET_KEYS = QKeySequence("Ctrl+Shift+L")
NUMBER_KEYS = QKeySequence("Ctrl+Shift+O")
#: Pasted HTML larger than this is pasted as its plain text (the parser is pure Python).
MAX_HTML = 2_000_000


# -- emphasis ------------------------------------------------------------------------------


def _run_before(text: str, pos: int, char: str = "*") -> int:
    count = 0
    while pos - count - 1 >= 0 and text[pos - count - 1] == char:
        count += 1
    return count


def _run_after(text: str, pos: int, char: str = "*") -> int:
    count = 0
    while pos + count < len(text) and text[pos + count] == char:
        count += 1
    return count


def _has(marker: str, before: int, after: int) -> bool:
    """Whether star runs of these lengths around a text hold ``marker`` (``**``/``*``)."""
    if marker == BOLD:
        return before in (2, 3) and after in (2, 3)
    return before in (1, 3) and after in (1, 3)


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of [start, end) to wrap: per line, without list markers and edge spaces."""
    out = []
    line_start = text.rfind("\n", 0, start) + 1
    while line_start <= end:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        prefix = item_prefix(line)
        a = max(start, line_start + (prefix.start if prefix else 0))
        b = min(end, line_end)
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if b > a:
            out.append((a, b))
        if line_end >= len(text):
            break
        line_start = line_end + 1
    return out


def _toggles(marker: str, run: int) -> bool:
    """Whether a run of ``run`` stars opens or closes ``marker`` (``***`` does both)."""
    return run in ((2, 3) if marker == BOLD else (1, 3))


def _step_out(edit: QPlainTextEdit, marker: str) -> bool:
    """B (or I) pressed again without a selection, as in a word processor, to stop
    typing bold: right before the closing marker, the cursor steps over it; between an
    empty pair just opened, the pair goes. Without this, a second empty pair was put
    there and its stars stayed in the note. True when done."""
    cursor = edit.textCursor()
    text = edit.toPlainText()
    pos, size = cursor.position(), len(marker)
    before, after = _run_before(text, pos), _run_after(text, pos)
    if before == size and after == size:
        cursor.beginEditBlock()
        cursor.setPosition(pos - size)
        cursor.setPosition(pos + size, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.endEditBlock()
        edit.setTextCursor(cursor)
        return True
    if before or not _toggles(marker, after):
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    line = text[line_start:pos]
    prefix = item_prefix(line)
    runs = re.findall(r"\*+", line[prefix.start if prefix else 0:])
    if sum(_toggles(marker, len(run)) for run in runs) % 2 == 0:
        return False  # not inside an emphasis that this marker closes
    cursor.setPosition(pos + size)
    edit.setTextCursor(cursor)
    return True


def toggle_emphasis(edit: QPlainTextEdit, marker: str) -> None:
    """Put ``marker`` around the selection's words (each line apart), or take it away
    when they already have it; without a selection, step out of the emphasis being
    typed (:func:`_step_out`), else the word under the cursor, or an empty pair to
    type into."""
    cursor = edit.textCursor()
    text = edit.toPlainText()
    if not cursor.hasSelection():
        if _step_out(edit, marker):
            return
        word = edit.textCursor()
        word.select(QTextCursor.SelectionType.WordUnderCursor)
        if word.hasSelection() and word.selectedText().strip(" *_"):
            cursor = word
        else:
            cursor.insertText(marker + marker)
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
            edit.setTextCursor(cursor)
            return
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    segments = _segments(text, start, end)
    if not segments:
        return
    size = len(marker)

    def inner(a: int, b: int) -> tuple[int, int]:
        """The segment without markers selected with it (« **mot** » selected whole)."""
        lead = min(_run_after(text, a), b - a)
        trail = min(_run_before(text, b), b - a - lead)
        return (a + lead, b - trail) if _has(marker, lead, trail) else (a, b)

    unwrap = all(
        _has(marker, _run_before(text, x), _run_after(text, y))
        for x, y in (inner(a, b) for a, b in segments)
    )
    edit_cursor = QTextCursor(edit.document())
    edit_cursor.beginEditBlock()
    for a, b in reversed(segments):
        x, y = inner(a, b)
        if unwrap:
            for position in (y, x - size):  # the end first: positions before stay valid
                edit_cursor.setPosition(position)
                edit_cursor.setPosition(position + size, QTextCursor.MoveMode.KeepAnchor)
                edit_cursor.removeSelectedText()
        else:
            edit_cursor.setPosition(y)
            edit_cursor.insertText(marker)
            edit_cursor.setPosition(x)
            edit_cursor.insertText(marker)
    edit_cursor.endEditBlock()
    # Keep the same words selected, inside their markers.
    first, last = inner(*segments[0]), inner(*segments[-1])
    sign = -1 if unwrap else 1
    cursor = edit.textCursor()
    cursor.setPosition(first[0] + sign * size)
    cursor.setPosition(last[1] + sign * size * (2 * len(segments) - 1),
                       QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


# -- lists -----------------------------------------------------------------------------------


def _selected_blocks(edit: QPlainTextEdit) -> list:
    cursor = edit.textCursor()
    document = edit.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    if cursor.hasSelection() and last != first and cursor.selectionEnd() == last.position():
        last = last.previous()  # a selection ending at a line start leaves that line out
    blocks = [first]
    while blocks[-1] != last and blocks[-1].next().isValid():
        blocks.append(blocks[-1].next())
    return blocks


def _replace_block(cursor: QTextCursor, block, text: str) -> None:
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)


def toggle_list(edit: QPlainTextEdit, ordered: bool) -> None:
    """Make the selected lines a list (bulleted or numbered), or plain lines again."""
    blocks = _selected_blocks(edit)
    lines = [block.text() for block in blocks]
    filled = [line for line in lines if line.strip()] or lines
    prefixes = [item_prefix(line) for line in filled]
    remove = all(p is not None and p.ordered == ordered for p in prefixes)
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    number = 0
    for block, line in zip(blocks, lines, strict=True):
        if not line.strip() and len(blocks) > 1:
            continue
        prefix = item_prefix(line)
        indent = prefix.indent if prefix else ""
        content = without_prefix(line).lstrip() if prefix else line.lstrip()
        if remove:
            new = content
        else:
            number += 1
            new = indent + (f"{number}. " if ordered else "- ") + content
        _replace_block(cursor, block, new)
    cursor.endEditBlock()
    if len(blocks) == 1:
        end = edit.textCursor()
        end.setPosition(blocks[0].position() + blocks[0].length() - 1)
        edit.setTextCursor(end)


def continue_list(edit: QPlainTextEdit) -> bool:
    """Enter on a list item: the next item (or the end of the list on an empty one).
    False when Enter should do what it always does."""
    cursor = edit.textCursor()
    if cursor.hasSelection():
        return False
    line = cursor.block().text()
    prefix = item_prefix(line)
    column = cursor.positionInBlock()
    if empty_item(line) and column >= len(line.rstrip()):
        cursor.beginEditBlock()
        _replace_block(cursor, cursor.block(), "")  # Enter on an empty item ends the list
        cursor.endEditBlock()
        return True
    if prefix is None:
        # A line Shift+Enter began inside an item: Enter there starts the next item
        # (it went to the margin, and what came next was read as part of the item).
        owner = continued_item(cursor)
        indent = len(line) - len(line.lstrip())
        if owner is None or column < indent:
            return False
        marker = owner.indent + owner.next_marker() + " "
        cursor.beginEditBlock()
        if line.strip():
            cursor.insertText("\n" + marker)
        else:  # Shift+Enter then Enter: the empty line becomes the next item
            _replace_block(cursor, cursor.block(), marker)
        cursor.endEditBlock()
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()
        return True
    if column < prefix.start:
        return False
    cursor.insertText(continuation(line, _lines_above(cursor.block())) or "\n")
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
    return True


def retyped_marker(edit: QPlainTextEdit, continued: str, typed: str) -> bool:
    """The person types again the marker Enter just put there, out of habit (« - »
    after an automatic « - », « 2. » after an automatic « 2. »): when the space after
    it comes, the line is the automatic marker alone again, never « - - » or « 2. 2. ».
    True when the typed space was handled."""
    cursor = edit.textCursor()
    line = cursor.block().text()
    prefix = item_prefix(continued)
    if (typed != " " or cursor.hasSelection() or prefix is None
            or line != continued + prefix.marker or cursor.positionInBlock() != len(line)):
        return False
    cursor.beginEditBlock()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                        QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(continued)
    cursor.endEditBlock()
    edit.setTextCursor(cursor)
    return True


def line_in_item(edit: QPlainTextEdit) -> bool:
    """Shift+Enter in a list item, or on a line it began there: a new line that stays
    in the item (indented)."""
    cursor = edit.textCursor()
    line = cursor.block().text()
    prefix = item_prefix(line)
    if prefix is None:
        if continued_item(cursor) is None:
            return False
        indent = line[:len(line) - len(line.lstrip())]
        if cursor.positionInBlock() < len(indent):
            return False
        cursor.insertText("\n" + indent)
        edit.setTextCursor(cursor)
        return True
    if cursor.positionInBlock() < prefix.start:
        return False
    cursor.insertText("\n" + prefix.indent + " " * max(2, prefix.start - len(prefix.indent)))
    edit.setTextCursor(cursor)
    return True


def indent_list(edit: QPlainTextEdit, outdent: bool) -> bool:
    """Tab / Shift+Tab on list items: one level in or out. False when a selected line
    is not a list item (Tab then moves the focus, as everywhere)."""
    blocks = _selected_blocks(edit)
    lines = [block.text() for block in blocks]
    if not all(item_prefix(line) for line in lines if line.strip()) or not any(
            line.strip() for line in lines):
        return False
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    for block, line in zip(blocks, lines, strict=True):
        if not line.strip():
            continue
        if outdent:
            width = len(line) - len(line.lstrip(" "))
            new = line[min(width, len(_editing().INDENT)) :] if width else line.lstrip("\t")
        else:
            new = _editing().INDENT + renumbered(line, 1)
        _replace_block(cursor, block, new)
    cursor.endEditBlock()
    return True


# -- keys and paste --------------------------------------------------------------------------


def key_action(event: QKeyEvent) -> str:
    """The formatting action of a key press: bold, italic, bullets, numbers, or ""."""
    if event.matches(QKeySequence.StandardKey.Bold):
        return "bold"
    if event.matches(QKeySequence.StandardKey.Italic):
        return "italic"
    combo = QKeySequence(event.keyCombination())
    if combo.matches(BULLET_KEYS) == QKeySequence.SequenceMatch.ExactMatch:
        return "bullets"
    if combo.matches(NUMBER_KEYS) == QKeySequence.SequenceMatch.ExactMatch:
        return "numbers"
    return ""


def apply_action(edit: QPlainTextEdit, action: str) -> None:
    """Apply one formatting action (the keys and the bar both land here)."""
    if action == "bold":
        toggle_emphasis(edit, BOLD)
    elif action == "italic":
        toggle_emphasis(edit, ITALIC)
    elif action in ("bullets", "numbers"):
        toggle_list(edit, ordered=action == "numbers")
    edit.ensureCursorVisible()


def pasted_text(source: QMimeData) -> str:
    """What a paste inserts: HTML as Markdown (read by our parser, never by Qt, so
    nothing it names is loaded); plain text as it is; an image alone, nothing."""
    text = source.text() if source.hasText() else ""
    if source.hasHtml():
        markup = source.html()
        if len(markup) <= MAX_HTML:
            from carnet.notes.paste import html_to_markdown

            converted = html_to_markdown(markup)
            if converted.strip() or not text.strip():
                text = converted
    return text


# -- the bar ---------------------------------------------------------------------------------


class FormattingBar(QWidget):
    """Four small buttons: bold, italic, bulleted list, numbered list."""

    triggered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formattingBar")
        self.setAccessibleName(self.tr("Formatting"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        native = QKeySequence.SequenceFormat.NativeText
        specs = [
            ("bold", "B", self.tr("Bold"), QKeySequence(QKeySequence.StandardKey.Bold)),
            ("italic", "I", self.tr("Italic"), QKeySequence(QKeySequence.StandardKey.Italic)),
            ("bullets", "•", self.tr("Bulleted list"), BULLET_KEYS),
            ("numbers", "1.", self.tr("Numbered list"), NUMBER_KEYS),
        ]
        for name, label, title, keys in specs:
            button = QToolButton(self)
            button.setObjectName(f"format_{name}")
            button.setText(label)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do the same
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            shortcut = keys.toString(native)
            button.setToolTip(f"{title} ({shortcut})")
            button.setAccessibleName(title)
            button.setAccessibleDescription(shortcut)
            font = QFont(button.font())
            font.setBold(name == "bold")
            font.setItalic(name == "italic")
            button.setFont(font)
            button.clicked.connect(lambda _=False, n=name: self.triggered.emit(n))
            layout.addWidget(button)
            self.buttons[name] = button
        self.setStyleSheet(
            "QToolButton { border: none; border-radius: 4px; padding: 1px 7px; "
            "background: transparent; min-width: 14px; }"
            "QToolButton:hover { background: rgba(127, 127, 127, 0.18); }"
            "QToolButton:pressed { background: rgba(127, 127, 127, 0.3); }"
        )
