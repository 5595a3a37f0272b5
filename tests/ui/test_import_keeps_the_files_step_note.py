"""Importing the other computer's JSON export keeps its text of a step's note.

Found by a fresh-eyes review (fresh6), finding 11: the same journal carried between two
computers by JSON; the laptop continued a step's note and exported; importing that file
on the desktop (older text of the note) kept the desktop's text and dropped the
laptop's — its words were in no note of the journal, and the one line that said so
named the step by its internal id. An action, a learning or a topic edited on both
sides kept both versions; the step note, the main writing, did not.

Now a note whose file text holds every word of the journal's takes the file's (the
reviewer's case); a note written differently on both sides keeps the file's text
beside its own, as sync keeps a version (« Autre version · date », shown in words by
the page); importing the same file again adds nothing. The reviewer's test is kept
(controls: the seeded note; no error).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from ui_helpers import MARKER

from carnet.domain.sync import split_versions
from carnet.exchange import export_json, import_json
from carnet.ui import exchange_choices
from carnet.ui.exchange_words import conflict_text

CLICK = Qt.MouseButton.LeftButton
ADDED = "Complété sur le portable : ce que la cheffe a répondu, et ma décision."


def test_the_other_computers_text_of_a_step_note_is_not_dropped(qtbot, main_window,
                                                                message_service,
                                                                monkeypatch, tmp_path):
    store = main_window.store
    held = main_window.ids["held"]
    here = store.notes.get(held, "expose").text
    assert here == f"Ma situation {MARKER}"  # control: the seeded note
    # On the laptop (same journal, carried by JSON): the note continued, then exported.
    store.notes.save(held, "expose", here + "\n\n" + ADDED)
    laptop = tmp_path / "portable.json"
    export_json(store, laptop)
    store.notes.save(held, "expose", here)  # this computer still has the older text
    assert main_window.install_extensions(["carnet.ui.ext_exchange"])

    def run(dialog: QDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.import_button, CLICK)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(exchange_choices, "run_dialog", run)
    message_service.files.append(str(laptop))
    main_window.exchange_actions.import_action.trigger()
    assert "error" not in message_service.kinds(), message_service.shown
    texts = [n.text for n in store.notes.list_by_session(held).values()]
    assert any(ADDED in text for text in texts), texts
    # the file's text holds all of the journal's: it is the note now, said as such
    assert store.notes.get(held, "expose").text == here + "\n\n" + ADDED


def test_a_note_written_differently_on_both_sides_keeps_both(main_window, tmp_path):
    store = main_window.store
    held = main_window.ids["held"]
    laptop_text = "Sur le portable : la cheffe refuse, j’en parle au groupe."
    store.notes.save(held, "expose", laptop_text)
    laptop = tmp_path / "portable.json"
    export_json(store, laptop)
    store.notes.save(held, "expose", "Sur le bureau : <b>autre</b> chose & 🙂")

    report = import_json(store, laptop)
    main, others = split_versions(store.notes.get(held, "expose").text)
    assert main == "Sur le bureau : <b>autre</b> chose & 🙂"  # this journal's, first
    assert [o.text for o in others] == [laptop_text]  # the file's, beside it
    (conflict,) = report.conflicts
    assert conflict.both_kept and "both versions are kept" in conflict_text(conflict)
    again = import_json(store, laptop)  # control: the same file again adds nothing
    assert report.added["step_note"] == 1  # (the preview says it adds something)
    assert again.conflicts == [] and again.added.total() == 0
    assert split_versions(store.notes.get(held, "expose").text)[1] == others

    # A file whose text the journal went on from: the journal's kept, nothing added.
    store.notes.save(held, "expose", laptop_text + " Et la suite, écrite ici.")
    report = import_json(store, laptop)
    assert store.notes.get(held, "expose").text == laptop_text + " Et la suite, écrite ici."
    assert [c.code for c in report.conflicts] == ["step_note"]
