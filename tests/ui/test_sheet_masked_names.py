"""The one-page sheets mask the names the groups mask, like the booklet (review 3, fresh3:
the preparation sheet and the check-in page printed other participants' real names).

The group's « Membres » says: « Les noms que vous indiquez à masquer sont remplacés par
le pseudonyme dans tout ce qui sort du carnet (livret, export) ». The booklet does it
(anonymised by default); the preparation sheet — the page one takes to the meeting —
has no such option and prints « Proposer un point hebdo a Karim Benali » in full.

Seen in a real window: Préparer › « Fiche de préparation (PDF)… » saved to
/tmp/fresh3/prep.pdf; `pdftotext` reads « Karim Benali », while the booklet of the same
journal (/tmp/fresh3/livret-anon.pdf) reads « Karim B. ».
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from test_booklet_helpers import norm, pdftotext, require_poppler

from carnet.domain import Action, Cadence, Group, Member, Role, Session, SessionStatus
from carnet.store import JournalStore
from carnet.ui.prepare.view import PrepareView


def make_journal(path, passphrase):
    today = date.today()
    store = JournalStore.create(path, passphrase, owner_name="Élodie Durand")
    try:
        group = store.groups.add(Group(name="Co-dév Managers", template_id="codev",
                                       cadence=Cadence()))
        store.members.add(Member(pseudonym="Karim B.", masked_names=["Karim Benali"],
                                 group_id=group.id))
        held = store.sessions.add(Session(group.id, 1, today - timedelta(days=14),
                                          SessionStatus.HELD, Role.CLIENT))
        store.sessions.add(Session(group.id, 2, today + timedelta(days=7)))
        store.notes.save(held.id, "expose", "Le cas de Karim Benali.")
        store.actions.add(Action(held.id, "Proposer un point hebdo à Karim Benali",
                                 due_date=today + timedelta(days=7)))
    finally:
        store.close()


def test_the_preparation_sheet_masks_names_like_the_booklet(qtbot, unlocked, journal_path,
                                                            passphrase, message_service,
                                                            tmp_path, monkeypatch):
    require_poppler()
    from carnet.ui.prepare import sheet

    monkeypatch.setattr(sheet, "open_document", lambda path: True)
    make_journal(journal_path, passphrase)
    window = unlocked(journal_path)
    prepare = next(a for a in window.findChildren(QAction)
                   if a.shortcut().toString() == "Ctrl+R")
    prepare.trigger()
    view = window.workspace.stack.currentWidget()
    assert isinstance(view, PrepareView)
    message_service.files.append(str(tmp_path / "fiche.pdf"))
    message_service.answers.append(False)  # don't open it
    qtbot.mouseClick(view.sheet_button, Qt.MouseButton.LeftButton)
    text = norm(pdftotext(tmp_path / "fiche.pdf"))
    assert "Proposer un point hebdo" in text  # control: the action is on the sheet
    assert "Karim Benali" not in text, "the sheet prints a name the group masks"
    assert "point hebdo à Karim B." in text  # the pseudonym, where the name was
    assert "referred to by their pseudonym" in text  # and the sheet says so


def test_the_check_in_page_masks_names_like_the_booklet(qtbot, unlocked, journal_path,
                                                        passphrase, message_service,
                                                        tmp_path, monkeypatch):
    """« Depuis la dernière fois › Imprimer sur une page… » prints « Karim Benali » too
    (seen: /tmp/fresh3/checkin.pdf, « Proposer un point hebdo a Karim Benali »)."""
    require_poppler()
    from carnet.ui import check_in_entry
    from carnet.ui.prepare import sheet

    monkeypatch.setattr(sheet, "open_document", lambda path: True)
    make_journal(journal_path, passphrase)
    window = unlocked(journal_path)
    view = check_in_entry.open_check_in(window)
    assert view is not None
    message_service.files.append(str(tmp_path / "tour.pdf"))
    message_service.answers.append(False)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    text = norm(pdftotext(tmp_path / "tour.pdf"))
    assert "Proposer un point hebdo" in text  # control: the action is on the page
    assert "Karim Benali" not in text, "the check-in page prints a name the group masks"
    assert "point hebdo à Karim B." in text
    assert "referred to by their pseudonym" in text


def test_sheets_mask_every_text_once_and_say_so_only_when_they_did(store, tmp_path):
    """Library level, every place a name can be written: the topic's title and draft,
    a review's note, a tried/outcome; accents typed differently; a pseudonym holding a masked
    name (« Karim B. » for « Karim ») is not masked twice. Control: without ``hide``
    the names are printed and no pseudonym line is added."""
    require_poppler()
    from carnet.booklet.anonymise import journal_anonymiser
    from carnet.booklet.check_in_sheet import render_check_in_sheet
    from carnet.booklet.prep_sheet import render_prep_sheet
    from carnet.domain import ActionReview, Topic
    from carnet.services.check_in import check_in
    from carnet.services.planning import prepare

    today = date.today()
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    store.members.add(Member(pseudonym="Karim B.", masked_names=["Karim", "Karim Benali"],
                             group_id=group.id))
    store.members.add(Member(pseudonym="Aude", masked_names=["Aurélie Martin"],
                             group_id=group.id))
    held = store.sessions.add(Session(group.id, 1, today - timedelta(days=14),
                                      SessionStatus.HELD, Role.CLIENT))
    store.sessions.add(Session(group.id, 2, today + timedelta(days=7)))
    action = store.actions.add(Action(held.id, "Appeler Karim", due_date=today,
                                      outcome="Aurelie Martin a dit oui"))
    store.actions.review(ActionReview(action.id, today, note="Vu Karim Benali lundi"))
    store.topics.add(Topic(group_id=group.id, title="Le cas d’Aurélie Martin",
                           draft="- **Karim Benali** m’a coupé la parole"))
    hide = journal_anonymiser(store, [group.id])
    prep = tmp_path / "prep.pdf"
    prep.write_bytes(render_prep_sheet(prepare(store, today, group.id), "fr", hide=hide))
    page = tmp_path / "page.pdf"
    page.write_bytes(render_check_in_sheet(check_in(store, today, group_id=group.id), "fr",
                                           hide=hide))
    for pdf in (prep, page):
        text = norm(pdftotext(pdf))
        assert "Karim Benali" not in text and "Aur" not in text, text
        assert "Appeler Karim B." in text and "Karim B. B." not in text
        assert "Le cas d’Aude" in text
        assert "désignés par leur pseudonyme" in text
    assert "Karim B. m’a coupé la parole" in norm(pdftotext(prep))
    assert "Aude a dit oui" in norm(pdftotext(page))

    plain = tmp_path / "plain.pdf"  # control
    plain.write_bytes(render_prep_sheet(prepare(store, today, group.id), "fr"))
    text = norm(pdftotext(plain))
    assert "Karim Benali" in text and "pseudonyme" not in text
