"""Found by a fresh-eyes review (fresh5): a photo attached to a step is reached by Tab right after the step's text.

Real window (openbox, xdotool; /tmp/fresh5/shots/34stack.png and 32stack.png): after
« Joindre une photo… » attached paperboard.jpg and livret.pdf to the step « Accueil »,
Shift+Tab from « Joindre une photo… » went to « Écrire » and to the text, Tab from it
went to the next step's text: the tiles (open, caption, delete) are not where the
keyboard passes. A tile made after the page was built is put at the end of the
window's focus chain, far from its step.

The test attaches two files to a step of an open session and walks the focus chain
(what Tab follows) from the step's text: the tiles must come before the next step's
text. Control: the step's « attach » button is reached before the next step's text.
"""

from __future__ import annotations

import pytest
from attachment_files import pdf, photo
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from test_attachments import open_session, wait_count

from carnet.ui.attachments.strip import Tile


@pytest.fixture
def window(main_window):
    main_window.install_extensions()
    return main_window


def tab_chain(start: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets Tab reaches from ``start``, in order (as QWidget::focusNextChild)."""
    out, widget = [], start.nextInFocusChain()
    while widget is not start and len(out) < limit:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() \
                and widget.isEnabled():
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def test_tiles_of_a_step_follow_its_text_in_the_tab_order(qtbot, window, message_service,
                                                          tmp_path):
    sid = window.ids["held"]
    editor = open_session(window, sid)
    docs = editor.documents
    board = tmp_path / "paperboard.jpg"
    board.write_bytes(photo(1200, 900, marker="Paperboard"))
    handout = tmp_path / "livret.pdf"
    handout.write_bytes(pdf("Livret"))
    steps = list(editor.sections)
    step, following = steps[0], steps[1]
    strip = docs.strips[step]
    message_service.files.append([str(board), str(handout)])
    qtbot.mouseClick(strip.attach_button, Qt.MouseButton.LeftButton)
    wait_count(qtbot, window, sid, 2)
    qtbot.waitUntil(lambda: len(docs.strips[step].tiles) == 2)

    text = editor.sections[step].body.editor
    next_text = editor.sections[following].body.editor
    chain = tab_chain(text)
    assert next_text in chain
    before_next = chain[: chain.index(next_text)]
    assert strip.attach_button in before_next  # control: the step's button is on the way
    tiles = [w for w in before_next if isinstance(w, Tile)]
    whole = tab_chain(text, limit=5000)
    where = [i for i, w in enumerate(whole) if isinstance(w, Tile)]
    assert len(tiles) == 2, (len(whole), where)  # where the tiles are (if anywhere)
    assert len(tiles) == 2, [type(w).__name__ + ":" + w.accessibleName() for w in before_next]
