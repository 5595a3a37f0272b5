"""A future session prepared ahead is not "left out" of the booklet (issue 13, after-notes).

Writing the case of a session to come is normal; that session has not taken
place, so neither the dialog nor ``carnet booklet`` may warn that it was left
out, and ``--include-unheld`` does not tell it as if it had been held. A planned
session whose date has come (today or past) with notes is still reported.
"""

from __future__ import annotations

import os
import subprocess
from datetime import date, timedelta

import fast_kdf
import pytest
from PySide6.QtCore import Qt
from test_booklet_helpers import norm, pdftotext, require_poppler

from carnet.booklet import BookletOptions, left_out, render_booklet
from carnet.domain import Cadence, Group, Role, Session, SessionStatus
from carnet.store import JournalStore

TODAY = date.today()


@pytest.fixture
def journal(journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille Martin")
    group = store.groups.add(Group(name="Codév du jeudi", template_id="codev",
                                   planned_sessions=4, cadence=Cadence()))
    held, today, ahead = store.sessions.add_many([
        Session(group.id, 1, TODAY - timedelta(days=30), SessionStatus.HELD, Role.CLIENT),
        Session(group.id, 2, TODAY, SessionStatus.PLANNED, Role.CONSULTANT),
        Session(group.id, 3, TODAY + timedelta(days=30), SessionStatus.PLANNED, Role.CLIENT),
    ])
    store.notes.save(held.id, "expose", "Première séance tenue.")
    store.notes.save(today.id, "expose", "Écrite le jour même.")
    store.notes.save(ahead.id, "expose", "Préparée en avance.")
    ids = {"held": held.id, "today": today.id, "ahead": ahead.id}
    yield store, ids
    store.close()


def test_a_future_prepared_session_is_not_left_out(journal):
    store, ids = journal
    assert [s.id for s in left_out(store, BookletOptions())] == [ids["today"]]


def test_include_unheld_does_not_tell_a_session_to_come(journal, tmp_path):
    require_poppler()
    store, _ids = journal
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(render_booklet(store, BookletOptions(invariant=True,
                                                         include_unheld=True)).data)
    text = norm(pdftotext(pdf))
    assert "Écrite le jour même." in text  # control: the one of today is included
    assert "Préparée en avance." not in text


def test_the_dialog_counts_only_sessions_that_took_place(qtbot, journal):
    from carnet.ui.booklet_dialog import BookletDialog

    store, ids = journal
    dialog = BookletDialog(store, None, paper="a4")
    qtbot.addWidget(dialog)
    assert "Left out: 1 session" in dialog.left_out_label.text()
    dialog.include_button.click()
    listed = [dialog.session_list.item(i).data(Qt.ItemDataRole.UserRole)
              for i in range(dialog.session_list.count())]
    assert listed == [ids["held"], ids["today"]]
    dialog.wait()


def test_the_command_does_not_report_a_future_session(journal, journal_path, passphrase,
                                                      tmp_path):
    require_poppler()
    store, _ids = journal
    store.close()
    env = {**os.environ, "CARNET_HOME": str(journal_path.parent / "home"), "LANG": "C.UTF-8",
           "LANGUAGE": "", "LC_ALL": ""}
    done = subprocess.run(
        [*fast_kdf.python(), "-m", "carnet", "booklet", "--out", str(tmp_path / "l.pdf"),
         "--journal", str(journal_path), "--passphrase-stdin"],
        input=passphrase + "\n", capture_output=True, text=True, env=env, timeout=120,
        check=False)
    assert done.returncode == 0, done.stderr
    assert "1 session of the period has notes or documents but is left out" in done.stderr
    assert "session 2," in done.stderr and "session 3," not in done.stderr
