"""English interface text: real plurals, no French example in a placeholder (QA item 8)."""

from __future__ import annotations

from datetime import date

from carnet.domain import Group, Session
from carnet.templates import load_templates
from carnet.ui.booklet_dialog import BookletDialog
from carnet.ui.session_editor import SessionEditor


def test_the_page_count_says_page_or_pages(qtbot, store):
    dialog = BookletDialog(store, load_templates(user_dir=None), paper="a4")
    qtbot.addWidget(dialog)
    try:
        assert dialog._pages(1) == "1 page"
        assert dialog._pages(12) == "12 pages"
        assert "(s)" not in dialog._pages(2)
    finally:
        dialog.wait()


def test_the_themes_placeholder_is_english(qtbot, store):
    group = store.groups.add(Group(name="G", template_id="codev"))
    session = store.sessions.add(Session(group.id, 1, date(2025, 5, 6)))
    editor = SessionEditor(store, load_templates(user_dir=None), lang="en")
    qtbot.addWidget(editor)
    editor.load(session.id)
    try:
        text = editor.header.themes.placeholderText()
        assert text.startswith("Themes")  # control: the field found
        assert "délégation" not in text and "conflit" not in text
    finally:
        editor.autosaver.queue.wait_idle(10)
