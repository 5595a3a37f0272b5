"""The printed sheets say real plurals.

Found by a fresh-eyes review (fresh6), finding 14: the French preparation sheet printed
« 1 ouverte(s), dont 1 en retard », « en retard de 1 jour(s) », and the check-in page's
print « … et 3 autre(s) action(s) » — the window says « 1 action ouverte · 1 en
retard » with real plurals. The reviewer's test is kept (control: the French sheet has
the action and « retard »); the sheets' sentences are checked one by one after it.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from carnet.domain import Action, Cadence, Group, Role, Session, SessionStatus
from carnet.store import JournalStore
from carnet.ui import i18n
from carnet.ui.prepare.view import PrepareView

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_booklet_helpers import norm, pdftotext, require_poppler


def test_the_french_sheet_says_real_plurals(qtbot, qapp, unlocked, journal_path, passphrase,
                                            message_service, tmp_path, monkeypatch):
    require_poppler()
    from carnet.ui.prepare import sheet

    monkeypatch.setattr(sheet, "open_document", lambda path: True)
    today = date.today()
    store = JournalStore.create(journal_path, passphrase, owner_name="Élodie")
    try:
        group = store.groups.add(Group(name="Co-dév", template_id="codev", cadence=Cadence()))
        held = store.sessions.add(Session(group.id, 1, today - timedelta(days=14),
                                          SessionStatus.HELD, Role.CLIENT))
        store.sessions.add(Session(group.id, 2, today + timedelta(days=7)))
        store.actions.add(Action(held.id, "Proposer un point hebdo",
                                 due_date=today - timedelta(days=1)))
    finally:
        store.close()
    i18n.install_translators(qapp, "fr")
    try:
        window = unlocked(journal_path)
        prepare = next(a for a in window.findChildren(QAction)
                       if a.shortcut().toString() == "Ctrl+R")
        prepare.trigger()
        view = window.workspace.stack.currentWidget()
        assert isinstance(view, PrepareView)
        message_service.files.append(str(tmp_path / "fiche.pdf"))
        message_service.answers.append(False)
        qtbot.mouseClick(view.sheet_button, Qt.MouseButton.LeftButton)
        text = norm(pdftotext(tmp_path / "fiche.pdf"))
    finally:
        i18n.install_translators(qapp, "")
    assert "Proposer un point hebdo" in text and "retard" in text  # control: French sheet
    assert "(s)" not in text, [line for line in text.splitlines() if "(s)" in line]


def test_each_counted_sentence_of_the_sheets_agrees_with_its_number():
    from carnet.booklet import check_in_sheet, prep_sheet

    assert prep_sheet._t("fr", "late", n=1) == "en retard de 1 jour"
    assert prep_sheet._t("fr", "late", n=3) == "en retard de 3 jours"
    assert prep_sheet._t("fr", "counts", n=1, late=1) == "1 ouverte, dont 1 en retard"
    assert prep_sheet._t("fr", "counts", n=2, late=0) == "2 ouvertes, dont 0 en retard"
    assert prep_sheet._t("en", "late", n=1) == "1 day late"
    assert prep_sheet._t("en", "more_actions", n=2).endswith("2 more open actions in the journal.")
    assert check_in_sheet._t("fr", "more", n=1) == "… et 1 autre action."
    assert check_in_sheet._t("en", "more", n=4) == "… and 4 more actions."
    for module in (prep_sheet, check_in_sheet):
        for texts in module._TEXTS.values():
            assert not [t for t in texts.values() if "(s)" in t]
