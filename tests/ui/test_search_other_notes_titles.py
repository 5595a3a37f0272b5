"""A search result names the step of an end-of-cycle note and of a former format's note.

Found beside fresh6's findings 18 and 22 (a fresh-eyes review): the result line said the
step of a note of the group's own format (« Note · The problem situation · Codev Alpha · session 3 »)
but nothing for the cycle review's notes nor for a note kept from the group's former
format — the page titles them, so the result now says the same title. Control: a
note of the group's own format is titled as before.
"""

from __future__ import annotations

import pytest
from insights_helpers import build_journal, open_window
from ui_helpers import type_text


@pytest.fixture
def window(qtbot, make_window, journal_path, passphrase):
    ids = build_journal(journal_path, passphrase)
    window = open_window(qtbot, make_window, journal_path, passphrase)
    window.ids = ids
    return window


def _meta_for(qtbot, window, word: str) -> str:
    field = window.search_field
    field.setFocus()
    field.clear()
    type_text(qtbot, field, word)
    view = window.workspace.view("search")
    qtbot.waitUntil(lambda: view.query == word and view.model.rowCount() == 1, timeout=3000)
    return view.model.index(0).data()


def test_cycle_and_former_format_notes_are_titled_in_results(qtbot, window):
    session = window.ids["a"][2]
    store = window.store
    store.notes.save_many(session, {"expose": "Zanzibarique exposé",
                                    "cycle.self": "Quokkaformel bilan",
                                    "amorce": "Wombatique amorce"})
    assert "The problem situation" in _meta_for(qtbot, window, "Zanzibarique")  # control: its own format
    assert "What have I learned about myself?" in _meta_for(qtbot, window, "Quokkaformel")
    rpm = window.templates.get("rpm").name.get("en")
    assert f" — {rpm}" in _meta_for(qtbot, window, "Wombatique")
