"""The search's « Du » date starts at the journal's first session, never after « au »
(fresh8's G20): it took the earliest group's « Première séance » — a cycle begun again
next month gave « Du 14 décembre » « au 7 décembre », and ticking « Du » hid every text
with a bare « Aucun résultat ». A search the dates empty now says so."""

from __future__ import annotations

from datetime import date, timedelta

from insights_helpers import open_window
from ui_helpers import seed_journal, type_text

from carnet.ui import formats


def test_from_starts_at_the_first_session_and_an_empty_period_is_said(
        qtbot, make_window, journal_path, passphrase):
    ids = seed_journal(journal_path, passphrase)
    window = open_window(qtbot, make_window, journal_path, passphrase)
    store = window.store
    group = store.groups.get(ids["group"])
    group.start_date = date.today() + timedelta(days=14)  # the cycle begins again
    store.groups.update(group)
    field = window.search_field
    field.setFocus()
    type_text(qtbot, field, "situation")
    view = window.workspace.view("search")
    qtbot.waitUntil(lambda: view.query == "situation" and view.model.rowCount() == 1,
                    timeout=3000)
    first = store.sessions.first_date()
    assert formats.pydate(view.from_date.date()) == first, view.from_date.date()
    assert view.from_date.date() <= view.to_date.date()
    view.from_check.setChecked(True)  # ticked as it stands: the note is still found
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    view.from_date.setDate(formats.qdate(date.today()))  # after the note: none
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=3000)
    assert "between these dates" in view.status.text(), view.status.text()
