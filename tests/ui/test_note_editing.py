"""Writing a note without knowing Markdown, in the real step editor on a real journal:
Ctrl+B / Ctrl+I, the formatting bar, lists that continue and end with Enter, Tab to
nest, and rich text pasted from Word or a browser becoming clean Markdown that loads
nothing."""

from __future__ import annotations

import http.server
import threading
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from carnet.domain import Cadence, Group, Role, Session, SessionStatus
from carnet.templates import load_templates
from carnet.ui.session_editor import SessionEditor


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def http_server():
    """A loopback HTTP server that counts the requests it gets."""
    hits: list[str] = []
    handler = type("Handler", (_Counter,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], hits
    server.shutdown()
    server.server_close()


@pytest.fixture
def step(qtbot, store):
    """The « exposé » step of a held co-développement session, in a shown editor."""
    group = store.groups.add(Group(name="Codév", template_id="codev", planned_sessions=6,
                                   cadence=Cadence()))
    session = store.sessions.add(Session(group.id, 1, date(2025, 3, 12), SessionStatus.HELD,
                                         Role.CLIENT))
    editor = SessionEditor(store, load_templates(user_dir=None), lang="fr")
    qtbot.addWidget(editor)
    editor.resize(1200, 900)
    editor.show()
    editor.load(session.id)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    body = editor.sections["expose"].body
    body.editor.setFocus()
    qtbot.waitUntil(body.editor.hasFocus)
    yield body, editor, session
    editor.autosaver.queue.wait_idle(10)
    editor.close()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def type_text(widget, text: str) -> None:
    for char in text:
        if char == "\n":
            key(widget, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def key(widget, code, mods=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press as the window system sends it (shortcut override first)."""
    override = QKeyEvent(QEvent.Type.ShortcutOverride, code, mods)
    QApplication.sendEvent(widget, override)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, code, mods))


def select(edit, start: int, end: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_ctrl_b_on_a_selection_makes_it_bold_and_again_takes_it_away(step, store):
    body, editor, session = step
    edit = body.editor
    type_text(edit, "Une vraie mission claire")
    select(edit, 10, 17)  # « mission »
    key(edit, Qt.Key.Key_B, CTRL)
    assert edit.toPlainText() == "Une vraie **mission** claire"
    assert edit.textCursor().selectedText() == "mission"
    key(edit, Qt.Key.Key_I, CTRL)
    assert edit.toPlainText() == "Une vraie ***mission*** claire"
    key(edit, Qt.Key.Key_B, CTRL)  # again: bold goes, italic stays
    assert edit.toPlainText() == "Une vraie *mission* claire"
    select(edit, 0, len(edit.toPlainText()))  # spaces at the edges stay outside
    edit.selectAll()
    key(edit, Qt.Key.Key_I, CTRL)
    assert edit.toPlainText() == "*Une vraie *mission* claire*"
    edit.document().undo()
    assert edit.toPlainText() == "Une vraie *mission* claire"  # one undo step per action
    editor.flush()
    assert store.notes.get(session.id, "expose").text == "Une vraie *mission* claire"
    body.show_preview(True)
    assert "<em>mission</em>" in body.preview.toHtml().replace(
        '<span style=" font-style:italic;">mission</span>', "<em>mission</em>")


def test_ctrl_b_on_each_line_of_a_list_keeps_the_markers_outside(step):
    body, _editor, _session = step
    edit = body.editor
    edit.setPlainText("- premier point\n- second point")
    edit.selectAll()
    key(edit, Qt.Key.Key_B, CTRL)
    assert edit.toPlainText() == "- **premier point**\n- **second point**"
    # Control: without a selection, the word under the cursor.
    edit.setPlainText("un mot")
    select(edit, 4, 4)
    key(edit, Qt.Key.Key_B, CTRL)
    assert edit.toPlainText() == "un **mot**"


def test_ctrl_b_again_while_typing_bold_stops_the_bold(step, store):
    """As in a word processor: Ctrl+B (or the bar's B), the bold words, Ctrl+B again,
    then plain words. It used to open a second, empty pair whose four stars stayed in
    the note (« a **gras** b**** »)."""
    body, editor, session = step
    edit = body.editor
    type_text(edit, "a ")
    key(edit, Qt.Key.Key_B, CTRL)
    type_text(edit, "gras")
    key(edit, Qt.Key.Key_B, CTRL)
    type_text(edit, " b ")
    assert edit.toPlainText() == "a **gras** b "
    body.formatting.buttons["bold"].click()  # the bar does the same
    type_text(edit, "c")
    body.formatting.buttons["bold"].click()
    type_text(edit, ".")
    assert edit.toPlainText() == "a **gras** b **c**."
    editor.flush()
    assert store.notes.get(session.id, "expose").text == "a **gras** b **c**."
    # Pressed twice in a row: the empty pair goes, nothing is left behind.
    edit.setPlainText("x ")
    edit.moveCursor(QTextCursor.MoveOperation.End)
    key(edit, Qt.Key.Key_B, CTRL)
    assert edit.toPlainText() == "x ****"
    key(edit, Qt.Key.Key_B, CTRL)
    assert edit.toPlainText() == "x "
    # Bold inside italic: Ctrl+B steps out of the bold only; Ctrl+I then of the italic.
    edit.setPlainText("- ***mot***")
    select(edit, 8, 8)
    key(edit, Qt.Key.Key_B, CTRL)
    type_text(edit, "i")
    key(edit, Qt.Key.Key_I, CTRL)
    type_text(edit, "p")
    assert edit.toPlainText() == "- ***mot**i*p"
    # Control: in the middle of a bold word, Ctrl+B still takes the bold away.
    edit.setPlainText("un **mot** ici")
    select(edit, 6, 6)
    key(edit, Qt.Key.Key_B, CTRL)
    assert edit.toPlainText() == "un mot ici"


def test_enter_continues_a_list_and_ends_it_on_an_empty_item(step, store):
    body, editor, session = step
    edit = body.editor
    type_text(edit, "Ce que je retiens :\n- premier point\nsecond point\n")
    assert edit.toPlainText().endswith("- second point\n- ")  # the next item, ready
    type_text(edit, "\nUne ligne après.")  # Enter on the empty item ends the list
    assert edit.toPlainText() == (
        "Ce que je retiens :\n- premier point\n- second point\nUne ligne après."
    )
    body.show_preview(True)
    document = body.preview.document()
    items = [b.text() for b in blocks(document) if b.textList()]
    assert items == ["premier point", "second point"]
    assert [b.text() for b in blocks(document) if not b.textList()] == [
        "Ce que je retiens :", "Une ligne après."]
    body.show_preview(False)
    edit.setFocus()
    assert edit.hasFocus()
    # Numbered lists go on with their own style; Tab nests, Shift+Tab comes back.
    edit.clear()
    type_text(edit, "1) un\ndeux")
    key(edit, Qt.Key.Key_Return)
    key(edit, Qt.Key.Key_Tab)
    type_text(edit, "sous-point")
    assert edit.toPlainText() == "1) un\n2) deux\n    1) sous-point"
    assert edit.hasFocus()  # Tab in a list nests, it does not leave the field
    key(edit, Qt.Key.Key_Backtab, SHIFT)
    assert edit.toPlainText() == "1) un\n2) deux\n1) sous-point"
    # Arriving with Tab on a note that holds a list, Tab moves on (no trap for the keyboard).
    body.preview_button.setFocus()
    edit.setFocus()
    assert edit.hasFocus() and edit.textCursor().block().text() == "1) sous-point"
    key(edit, Qt.Key.Key_Tab)
    assert not edit.hasFocus()
    assert edit.toPlainText() == "1) un\n2) deux\n1) sous-point"
    edit.setFocus()
    # Control: Tab outside a list moves the focus on, as everywhere.
    edit.clear()
    type_text(edit, "texte")
    key(edit, Qt.Key.Key_Tab)
    assert not edit.hasFocus()
    editor.flush()
    assert store.notes.get(session.id, "expose").text == "texte"


def test_a_marker_typed_again_after_enter_is_not_doubled(step, store):
    """Out of habit people type « - » or « 2. » at the start of the next line: after the
    automatic marker it would read « - - » and print as a nested list."""
    body, editor, session = step
    edit = body.editor
    type_text(edit, "- premier\n- second\n")
    assert edit.toPlainText() == "- premier\n- second\n- "  # the habit, absorbed
    edit.clear()
    type_text(edit, "1. un\n2. deux\n2 réunions")  # a number that is the item's text
    assert edit.toPlainText() == "1. un\n2. deux\n3. 2 réunions"
    edit.clear()
    type_text(edit, "- a\nb")  # control: the automatic marker alone
    assert edit.toPlainText() == "- a\n- b"
    editor.flush()
    assert store.notes.get(session.id, "expose").text == "- a\n- b"


def test_enter_after_a_sign_before_a_figure_starts_a_plain_line(step, store):
    """« + 2 intérimaires » then Enter put « + » on the next line, as for a list, and
    « - 1 départ » then Enter a « - »: the signs print as typed (normalise.sign_lines),
    so Enter does not make them a list the person must undo."""
    body, _editor, _session = step
    edit = body.editor
    type_text(edit, "Effectif : 12\n+ 2 intérimaires\n- 1 départ\nTotal : 13")
    assert edit.toPlainText() == "Effectif : 12\n+ 2 intérimaires\n- 1 départ\nTotal : 13"
    body.show_preview(True)
    assert not [b.text() for b in blocks(body.preview.document()) if b.textList()]
    body.show_preview(False)
    edit.setFocus()
    edit.clear()
    type_text(edit, "- 1 entretien\n")  # control: a list of figures goes on
    assert edit.toPlainText() == "- 1 entretien\n- "


def test_shift_enter_breaks_a_line_inside_an_item_and_enter_then_starts_the_next(
        step, store):
    """An earlier review: Shift+Enter in an item went to an indented line of the item,
    but Enter there went to the margin, so the next point typed read as more of the
    same item; a second Shift+Enter put Qt's line separator inside the line. As in a
    word processor: Shift+Enter breaks the line inside the item, Enter starts the next
    item (Shift+Enter then Enter: the empty line becomes that item)."""
    body, editor, session = step
    edit = body.editor
    type_text(edit, "Mon plan :\n- appeler A.")
    key(edit, Qt.Key.Key_Return, SHIFT)
    type_text(edit, "avant vendredi")
    key(edit, Qt.Key.Key_Return, SHIFT)
    type_text(edit, "et noter sa réponse\nrevoir B.")
    assert edit.toPlainText() == ("Mon plan :\n- appeler A.\n  avant vendredi\n"
                                  "  et noter sa réponse\n- revoir B.")
    assert edit.document().blockCount() == 5  # lines, never a separator inside one
    key(edit, Qt.Key.Key_Return, SHIFT)
    key(edit, Qt.Key.Key_Return)  # Shift+Enter then Enter: the next item, no blank line
    type_text(edit, "clore")
    assert edit.toPlainText().endswith("- revoir B.\n- clore")
    body.show_preview(True)
    items = [b.text() for b in blocks(body.preview.document()) if b.textList()]
    assert len(items) == 3 and items[0].split() == [
        "appeler", "A.", "avant", "vendredi", "et", "noter", "sa", "réponse"]
    body.show_preview(False)
    edit.setFocus()
    edit.clear()  # numbered: the next number after the item continued
    type_text(edit, "1. un")
    key(edit, Qt.Key.Key_Return, SHIFT)
    type_text(edit, "suite\ndeux")
    assert edit.toPlainText() == "1. un\n   suite\n2. deux"
    edit.clear()  # control: outside a list, Shift+Enter is a new line, Enter stays plain
    type_text(edit, "texte")
    key(edit, Qt.Key.Key_Return, SHIFT)
    type_text(edit, "  retrait\nfin")
    assert edit.toPlainText() == "texte\n  retrait\nfin"
    assert edit.document().blockCount() == 3
    editor.flush()
    assert store.notes.get(session.id, "expose").text == "texte\n  retrait\nfin"


def test_the_formatting_bar_is_there_named_and_does_the_same(step):
    body, _editor, _session = step
    bar = body.formatting
    assert bar.isVisible()
    names = {name: button.accessibleName() for name, button in bar.buttons.items()}
    assert all(names.values()), names
    assert all(not b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in bar.buttons.values())
    edit = body.editor
    edit.setPlainText("un\ndeux")
    edit.selectAll()
    bar.buttons["numbers"].click()
    assert edit.toPlainText() == "1. un\n2. deux"
    edit.selectAll()
    bar.buttons["numbers"].click()  # again: plain lines
    assert edit.toPlainText() == "un\ndeux"
    edit.selectAll()
    bar.buttons["bullets"].click()
    assert edit.toPlainText() == "- un\n- deux"
    body.show_preview(True)
    assert not bar.isVisible()
    body.show_preview(False)
    assert bar.isVisible()


WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta charset=utf-8><link rel=stylesheet href="http://127.0.0.1:{port}/style.css">
<style><!-- p.MsoNormal {{margin:0}} --></style></head><body lang=FR><!--StartFragment-->
<p class=MsoNormal>Ce que je retiens&nbsp;:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp;</span></span>
<![endif]>Premier <b>point</b><o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'>
<![if !supportLists]><span>o<span>&nbsp;&nbsp;</span></span><![endif]>Un détail
<i>important</i><o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]>
<span>·<span>&nbsp;</span></span><![endif]>Second point<o:p></o:p></p>
<p class=MsoNormal>Une image <img src="http://127.0.0.1:{port}/pixel.png" alt="logo">
<img src="file:///etc/passwd"> et <a href="https://exemple.fr/a?b=1&amp;c=2">un lien</a>,
<a href="javascript:alert(1)">pas celui-ci</a>.<br>2*3 &lt;b&gt;</p>
<!--EndFragment--></body></html>"""

WORD_MARKDOWN = (
    "Ce que je retiens :\n\n"
    "- Premier **point**\n"
    "    - Un détail *important*\n"
    "- Second point\n\n"
    "Une image et [un lien](https://exemple.fr/a?b=1&c=2), pas celui-ci.\n"
    "2\\*3 <b>"
)


def test_rich_text_from_word_pastes_as_markdown_and_loads_nothing(
    step, store, http_server
):
    port, hits = http_server
    body, editor, session = step
    edit = body.editor
    mime = QMimeData()
    mime.setHtml(WORD_HTML.format(port=port))
    mime.setText("Ce que je retiens :\nPremier point\nUn détail important\nSecond point")
    mime.setImageData(None)
    QApplication.clipboard().setMimeData(mime)
    edit.paste()
    if not edit.toPlainText():  # a platform without a clipboard: the same path, directly
        edit.insertFromMimeData(mime)
    text = edit.toPlainText()
    assert text == WORD_MARKDOWN
    assert "<img" not in text and "logo" not in text and "passwd" not in text
    assert "javascript" not in text
    body.show_preview(True)
    html = body.preview.toHtml().lower()
    assert "<img" not in html
    assert body.preview.requested == []
    qtbot_wait()
    assert hits == []  # neither the editor nor the preview fetched anything
    editor.flush()
    assert store.notes.get(session.id, "expose").text == WORD_MARKDOWN


def test_a_browser_list_and_an_image_only_paste(step):
    body, _editor, _session = step
    edit = body.editor
    mime = QMimeData()
    mime.setHtml("<h2>Titre</h2><ol><li>un</li><li>deux<ul><li>détail</li></ul></li></ol>"
                 "<blockquote><p>cité</p></blockquote><script>alert(1)</script>")
    edit.insertFromMimeData(mime)
    assert edit.toPlainText() == "## Titre\n\n1. un\n2. deux\n    - détail\n\n> cité"
    # Control: an image alone pastes nothing (no file, no placeholder).
    edit.clear()
    image = QMimeData()
    image.setHtml('<img src="file:///etc/passwd">')
    edit.insertFromMimeData(image)
    assert edit.toPlainText() == ""
    # Plain text is pasted as it is (the contract reads its bullets when it renders).
    plain = QMimeData()
    plain.setText("•\tUn\n•\tDeux")
    edit.insertFromMimeData(plain)
    assert edit.toPlainText() == "•\tUn\n•\tDeux"


def blocks(document):
    block = document.firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def qtbot_wait(ms: int = 80) -> None:
    """Let any (wrongly) started request reach the server."""
    import time

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def test_a_one_megabyte_html_paste_keeps_every_item(step):
    body, _editor, _session = step
    edit = body.editor
    row = ("<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>·"
           "<![endif]>Point n°{n} <b>gras</b> &amp; <img src='http://127.0.0.1:9/x.png'></p>\n")
    count = 1_000_000 // len(row)
    mime = QMimeData()
    mime.setHtml("<html><body>" + "".join(row.format(n=n) for n in range(count)) + "</body>")
    edit.insertFromMimeData(mime)
    lines = edit.toPlainText().split("\n")
    assert len(lines) == count
    assert lines[0] == "- Point n°0 **gras** &" and lines[-1] == f"- Point n°{count - 1} **gras** &"
    assert "<img" not in edit.toPlainText()
