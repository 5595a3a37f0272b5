"""One rule for "the next session", everywhere (issue 13, after-notes).

Home follows :func:`carnet.services.session_status.next_session`: a session of
today that is already written in is behind us. The sidebar's bold session, the
default group of Progression and of Préparer, and the group « New session » goes
to when none is in focus must follow the same rule, not "planned and dated today
or later".
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from ui_helpers import unlock_through_ui

from carnet.domain import Cadence, Group, Role, Session
from carnet.store import JournalStore

TODAY = date.today()


@pytest.fixture
def journal(journal_path, passphrase):
    """« Alpha »: a session today, written in; « Beta »: a session in ten days."""
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    try:
        alpha = store.groups.add(Group(name="Alpha", template_id="codev", cadence=Cadence()))
        beta = store.groups.add(Group(name="Beta", template_id="codev", cadence=Cadence()))
        (today,) = store.sessions.add_many([Session(alpha.id, 1, TODAY, role=Role.CLIENT)])
        (later,) = store.sessions.add_many(
            [Session(beta.id, 1, TODAY + timedelta(days=10), role=Role.CLIENT)])
        store.notes.save(today.id, "expose", "Écrite pendant la séance.")
        return journal_path, {"alpha": alpha.id, "beta": beta.id, "today": today.id,
                              "later": later.id}
    finally:
        store.close()


@pytest.fixture
def window(qtbot, make_window, journal, passphrase):
    path, ids = journal
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    window.ids = ids
    return window


def bold_sessions(model) -> set[int]:
    bold = set()
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        for child in range(model.rowCount(parent)):
            index = model.index(child, 0, parent)
            font = index.data(Qt.ItemDataRole.FontRole)
            if font is not None and font.bold():
                bold.add(model.session_at(index).id)
    return bold


def test_every_place_agrees_on_the_next_session(qtbot, window):
    from carnet.services.session_status import next_session
    from carnet.ui.prepare.view import PrepareView
    from carnet.ui.progress_view import ProgressView

    ids = window.ids
    store = window.workspace.store
    assert next_session(store, TODAY).id == ids["later"]  # what Home shows

    assert bold_sessions(window.workspace.sidebar.model) == {ids["later"]}
    assert window.workspace._default_group_id() == ids["beta"]

    progress = ProgressView(store)
    qtbot.addWidget(progress)
    progress.refresh()
    assert progress.group_combo.currentData() == ids["beta"]

    prepare = PrepareView(store, window.workspace.templates, lang="fr", today=lambda: TODAY)
    qtbot.addWidget(prepare)
    prepare.refresh()
    assert prepare._chosen_group == ids["beta"]
    prepare.flush()

    # Control: with the note emptied, today's session is the next one again, everywhere.
    store.notes.save(ids["today"], "expose", "")
    window.workspace.sidebar.load(store)
    assert bold_sessions(window.workspace.sidebar.model) == {ids["today"], ids["later"]}
    assert window.workspace._default_group_id() == ids["alpha"]
    progress = ProgressView(store)  # a new one: a shown view keeps the group chosen
    qtbot.addWidget(progress)
    progress.refresh()
    assert progress.group_combo.currentData() == ids["alpha"]
