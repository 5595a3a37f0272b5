"""A step note of 1 MB stays writable: what froze the window is not done any more.

Ctrl+A then a letter over a 1 MB note froze the window for more than 15 s (fresh4's
review): on X11 Ctrl+A hands the selection to the primary clipboard, the clipboard guard
reads what the app put there, and Qt's own copy of a text field builds its Markdown
then (~20 s for 1 MB). Ctrl+C did the same anywhere. The note's field now hands on its
text alone. No timing is asserted here (see bench/bench_big_note.py): what the slow
paths did is counted or looked at.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

PIECE = "délégation & « confiance » <b>écoute</b> ]]> 🙂 **gras** "
BIG = "".join(f"{i}. {PIECE}" for i in range(16_000))  # one paragraph of ~1 MB
MARKDOWN = "**gras** et *italique* <b>x</b> & ]]> 🙂\n- point\n  - sous-point\n1. un\n\n> cité\n"


def note_field(qtbot, unlocked, step: str = "expose"):
    window = unlocked()
    window.workspace.show_session(window.ids["held"])
    editor = window.workspace.session_editor
    qtbot.waitUntil(lambda: not editor.building, timeout=10_000)
    field = editor.sections[step].body.editor
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return window, editor, field


def paste(qtbot, field, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def copy_all(qtbot, field) -> None:
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def test_copying_a_1mb_note_hands_on_its_text_whole_and_nothing_qt_builds_slowly(
        qtbot, unlocked):
    window, editor, field = note_field(qtbot, unlocked)
    field.clear()
    paste(qtbot, field, BIG)
    assert field.toPlainText() == BIG  # the paste is whole
    copy_all(qtbot, field)
    copied = QGuiApplication.clipboard().mimeData()
    # Qt's Markdown (and HTML, ODF) of the selection: what took ~20 s for 1 MB
    assert copied.formats() == ["text/plain"]
    assert copied.text() == BIG
    assert window.clipboard_guard.holding  # the guard still knows it, to clear it later
    # a letter over it all: the note is that letter, and is saved so
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, "x")
    assert field.toPlainText() == "x"
    editor.autosaver.flush()
    assert window.store.notes.get(window.ids["held"], "expose").text == "x"
    # Ctrl+Z brings the 1 MB back whole, and that is saved too
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == BIG
    editor.autosaver.flush()
    assert window.store.notes.get(window.ids["held"], "expose").text == BIG

    # Control: Qt's own copy of a text field offers the Markdown this test refuses.
    bare = QPlainTextEdit()
    qtbot.addWidget(bare)
    bare.setPlainText("abc")
    bare.selectAll()
    bare.copy()
    assert "text/markdown" in QGuiApplication.clipboard().mimeData().formats()


def test_markdown_copied_from_a_note_pastes_into_another_as_written(qtbot, unlocked):
    """Before, Qt's HTML of the copy was taken for a rich paste: « **gras** » came
    back « \\*\\*gras\\*\\* », the nested point flattened, blank lines added."""
    _window, editor, source = note_field(qtbot, unlocked)
    source.clear()
    paste(qtbot, source, MARKDOWN)
    copy_all(qtbot, source)
    target = editor.sections["clarification"].body.editor
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    target.clear()
    qtbot.keyClick(target, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert target.toPlainText() == MARKDOWN

    # Control: the same text copied by Qt's own copy (with its HTML) is changed.
    bare = QPlainTextEdit()
    qtbot.addWidget(bare)
    bare.setPlainText(MARKDOWN)
    bare.selectAll()
    bare.copy()
    target.clear()
    qtbot.keyClick(target, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert target.toPlainText() != MARKDOWN


def test_a_key_in_a_1mb_note_does_not_read_the_whole_note(qtbot, unlocked, monkeypatch):
    """What reacts to each key (the page's « written » state, the autosave, the check for
    a sync's versions, fitting the field) reads the whole note later, once, not per key."""
    _window, editor, field = note_field(qtbot, unlocked)
    field.clear()
    paste(qtbot, field, BIG)
    editor.autosaver.flush()
    reads: list[int] = []
    plain_text = QPlainTextEdit.toPlainText

    def counted(edit):
        text = plain_text(edit)
        reads.append(len(text))
        return text

    monkeypatch.setattr(QPlainTextEdit, "toPlainText", counted)
    raw_text = QTextDocument.toRawText

    def counted_raw(document):
        text = raw_text(document)
        reads.append(len(text))
        return text

    monkeypatch.setattr(QTextDocument, "toRawText", counted_raw)  # (the note's own read)
    end = field.textCursor()
    end.movePosition(end.MoveOperation.End)
    field.setTextCursor(end)
    for letter in "abc":  # typed at the end of the 1 MB
        qtbot.keyClick(field, letter)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, "x")  # and over it all
    assert reads == []
    assert plain_text(field) == "x"

    # Control: the counter sees the reads made after the keys (the autosave's snapshot)
    editor.autosaver.save_now()
    assert reads
