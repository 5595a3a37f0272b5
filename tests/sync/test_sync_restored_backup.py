"""A backup restored on a synced device must not pass its old wordings off as the newest.

The first test came from fresh5's review (tests/review5/test_restored_backup_does_not_win.py
on its branch), adopted as is; the others are sync5's (deletions made since, words
truly written in the restored file, a backup taken after sync was set up).

The person's daily backup predates the day they set up sync. Later they restore it
(Fichier › Restaurer une sauvegarde…); the restored journal no longer syncs, so they
set the folder up again (Édition › Synchronisation…). Carnet sees a copy and takes a
new device id — then collects every record of the restored file as a fresh edit,
stamped now. On every device the OLD session title and action title replace the newer
ones (« la formulation la plus récente » shown is the oldest), and the old note comes
first with the newer text below « Version de l'autre appareil ». Real window: after
the restore and the new set-up, a session deleted on the other computer came back
on both (/tmp/fresh5/shots/46_resynced.png, 48_s7_after_restore.png).

Control: before the restore, both devices show the newer wordings.
"""

from __future__ import annotations

import shutil
import time
from datetime import date

import pytest

from carnet.domain import Action, Attachment, Group, Session
from carnet.store import JournalStore
from carnet.store.backups import BackupService
from carnet.sync import Code, join, setup, sync_once
from carnet.ui.sync.problems import problem_text


def _state(store: JournalStore) -> tuple[str, str, list[str]]:
    session = store.sessions.list()[0]
    note = store.notes.get(session.id, "expose")
    return session.title, note.text if note else "", [a.title for a in store.actions.list()]


def test_an_old_backup_restored_then_synced_does_not_replace_newer_wordings(
        tmp_path, passphrase):
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    laptop, desktop = tmp_path / "portable.carnet", tmp_path / "bureau.carnet"
    store = JournalStore.create(laptop, passphrase, owner_name="Camille")
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 12),
                                         title="Ancien titre"))
    store.notes.save(session.id, "expose", "Ancienne note")
    action = store.actions.add(Action(session_id=session.id, title="Ancienne action"))
    store.backup_to(tmp_path / "sauvegarde.carnet")  # the daily backup, before sync
    time.sleep(1.1)  # the newer wordings are written later, by the clock too
    session.title = "Titre récent"
    store.sessions.update(session)
    store.notes.save(session.id, "expose", "Note récente")
    action.title = "Action récente"
    store.actions.update(action)
    setup(store, folder, passphrase)
    assert sync_once(store).complete
    store.close()
    assert join(folder, passphrase, desktop).complete
    other = JournalStore.open(desktop, passphrase)
    try:
        assert _state(other) == ("Titre récent", "Note récente", ["Action récente"])  # control
    finally:
        other.close()

    time.sleep(1.1)
    shutil.copy(tmp_path / "sauvegarde.carnet", laptop)  # « Restaurer une sauvegarde »
    store = JournalStore.open(laptop, passphrase)
    try:
        assert _state(store)[0] == "Ancien titre"  # the backup is what was restored
        setup(store, folder, passphrase)  # the person sets the folder up again
        sync_once(store)
        laptop_state = _state(store)
    finally:
        store.close()
    other = JournalStore.open(desktop, passphrase)
    try:
        sync_once(other)
        other_state = _state(other)
    finally:
        other.close()
    for where, (title, note, actions) in (("restored laptop", laptop_state),
                                          ("desktop", other_state)):
        assert title == "Titre récent", where
        assert actions == ["Action récente"], where
        assert note.startswith("Note récente"), (where, note)


# -- sync5's: deletions made since, words written after the restore, controls --------------


def _journal_with_backup(tmp_path, passphrase, *, synced_before_backup: bool = False,
                         only_in_backup: str | None = None):
    """A laptop journal, its backup, newer wordings written after it, synced; the
    desktop joined. Returns (folder, laptop, desktop, backup)."""
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    laptop, desktop = tmp_path / "portable.carnet", tmp_path / "bureau.carnet"
    backup = tmp_path / "sauvegarde.carnet"
    store = JournalStore.create(laptop, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codev", template_id="codev"))
        for number, title in ((1, "Ancien titre"), (2, "Séance à effacer")):
            store.sessions.add(Session(group_id=group.id, number=number,
                                       date=date(2026, 1, 10 + number), title=title))
        first = _session(store, 1)
        store.notes.save(first.id, "expose", "Ancienne note")
        store.actions.add(Action(session_id=first.id, title="Ancienne action"))
        data = b"%PDF-1.4\n% plan\n%%EOF\n"
        store.attachments.add(Attachment(session_id=first.id, mime="application/pdf",
                                         size=len(data), sha256="", caption="Plan",
                                         filename="plan.pdf", step_id="expose"), data)
        if synced_before_backup:
            setup(store, folder, passphrase)
            assert sync_once(store).complete
            # written after the last sync: pending in the backup, published later
            first.title = "Titre en attente"
            store.sessions.update(first)
            store.actions.add(Action(session_id=first.id, title="Action en attente"))
        store.backup_to(backup)
        if only_in_backup:  # (a backup holding an action the folder never sees)
            other = JournalStore.open(backup, passphrase)
            try:
                other.actions.add(Action(session_id=first.id, title=only_in_backup))
            finally:
                other.close()
        time.sleep(1.1)
        first.title = "Titre récent"
        store.sessions.update(first)
        store.notes.save(first.id, "expose", "Note récente")
        for action in store.actions.list():
            action.title = {"Ancienne action": "Action récente",
                            "Action en attente": "Action renommée"}[action.title]
            store.actions.update(action)
        if not synced_before_backup:
            setup(store, folder, passphrase)
        assert sync_once(store).complete
    finally:
        store.close()
    assert join(folder, passphrase, desktop).complete
    return folder, laptop, desktop, backup


def _session(store: JournalStore, number: int) -> Session | None:
    return next((s for s in store.sessions.list() if s.number == number), None)


def _sync_both(folder, laptop, desktop, passphrase, *, restored_edit=None, set_up=True):
    """The laptop (already restored) syncs (set up again first), then the desktop, then
    the laptop once more; returns what each shows: (session titles, note, actions)."""
    store = JournalStore.open(laptop, passphrase)
    try:
        if restored_edit is not None:
            restored_edit(store)
        if set_up:
            setup(store, folder, passphrase)
        assert sync_once(store).complete
    finally:
        store.close()
    seen = {}
    for name, path in (("desktop", desktop), ("laptop", laptop)):
        store = JournalStore.open(path, passphrase)
        try:
            assert sync_once(store).complete
            first = _session(store, 1)
            note = store.notes.get(first.id, "expose")
            seen[name] = (sorted(s.title for s in store.sessions.list()),
                          note.text if note else "",
                          sorted(a.title for a in store.actions.list()))
        finally:
            store.close()
    return seen


def _newer_first_older_kept(note: str, where: str) -> None:
    """The newer note is the text; the backup's, which the folder never held (the
    replaced file changed it before it synced), stays below it as another version —
    never dropped (the conflict rule of DESIGN's sync notes)."""
    assert note.startswith("Note récente\n\n---\n"), (where, note)
    assert note.endswith("\n\nAncienne note"), (where, note)
    assert note.count("Note récente") == 1 and note.count("Ancienne note") == 1, note


def _delete_second_session_on(desktop, passphrase):
    store = JournalStore.open(desktop, passphrase)
    try:
        store.sessions.delete(_session(store, 2).id)
        assert sync_once(store).complete
    finally:
        store.close()


@pytest.mark.parametrize("how", ["menu", "by hand"])
def test_a_session_deleted_elsewhere_since_the_backup_stays_deleted(tmp_path, passphrase, how):
    """« menu »: Fichier › Restaurer une sauvegarde (BackupService.restore, which keeps
    the replaced file beside it); « by hand »: the file copied over the journal."""
    folder, laptop, desktop, backup = _journal_with_backup(tmp_path, passphrase)
    _delete_second_session_on(desktop, passphrase)
    time.sleep(1.1)
    if how == "menu":
        kept = BackupService().restore(backup, laptop, passphrase)
        assert kept is not None and kept.is_file()
    else:
        shutil.copy(backup, laptop)
    seen = _sync_both(folder, laptop, desktop, passphrase)
    store = JournalStore.open(desktop, passphrase)
    try:  # the attachment's bytes, which the folder holds, were not sent again
        attachment = store.attachments.list_by_session(_session(store, 1).id)[0]
        uuid = store.sync.uuid_of("attachments", attachment.id)
        data_state = store.sync.states([uuid])[uuid].fields["data"]
        assert len(data_state.siblings) == 1
    finally:
        store.close()
    for where in ("laptop", "desktop"):
        titles, note, actions = seen[where]
        assert titles == ["Titre récent"], where  # not « Séance à effacer » back
        _newer_first_older_kept(note, where)
        assert actions == ["Action récente"], where


def test_control_without_the_restore_the_deletion_and_wordings_hold(tmp_path, passphrase):
    """Control: the same journals synced without any restore show the same."""
    folder, laptop, desktop, _backup = _journal_with_backup(tmp_path, passphrase)
    _delete_second_session_on(desktop, passphrase)
    seen = _sync_both(folder, laptop, desktop, passphrase, set_up=False)
    for where in ("laptop", "desktop"):
        assert seen[where] == (["Titre récent"], "Note récente", ["Action récente"]), where


def test_what_is_written_in_the_restored_file_after_the_restore_is_an_edit(
        tmp_path, passphrase):
    """Words typed in the restored journal before it is set up again are new: they
    reach both devices and win (they are the newest); the rest catches up."""
    folder, laptop, desktop, backup = _journal_with_backup(tmp_path, passphrase)
    time.sleep(1.1)
    shutil.copy(backup, laptop)
    time.sleep(0.05)

    def write_after_restore(store):
        store.actions.add(Action(session_id=_session(store, 1).id,
                                 title="Écrite après la restauration <b>&</b> 🙂"))
        second = _session(store, 2)
        second.title = "Retitrée après la restauration"
        store.sessions.update(second)

    seen = _sync_both(folder, laptop, desktop, passphrase, restored_edit=write_after_restore)
    for where in ("laptop", "desktop"):
        titles, note, actions = seen[where]
        assert titles == ["Retitrée après la restauration", "Titre récent"], where
        _newer_first_older_kept(note, where)
        assert actions == ["Action récente", "Écrite après la restauration <b>&</b> 🙂"], where


def test_a_backup_taken_after_sync_was_set_up_catches_up_too(tmp_path, passphrase):
    """The backup holds a title and an action not yet sent when it was written (the
    file published them later, then changed them again): restored in place, it syncs
    at once (its folder is set up) and shows the newer words everywhere."""
    folder, laptop, desktop, backup = _journal_with_backup(
        tmp_path, passphrase, synced_before_backup=True)
    _delete_second_session_on(desktop, passphrase)
    time.sleep(1.1)
    shutil.copy(backup, laptop)
    seen = _sync_both(folder, laptop, desktop, passphrase, set_up=False)
    for where in ("laptop", "desktop"):
        titles, note, actions = seen[where]
        assert titles == ["Titre récent"], where
        assert note == "Note récente", where  # (the backup's note was sent before it)
        assert actions == ["Action renommée", "Action récente"], where


def test_a_record_the_folder_never_saw_is_kept(tmp_path, passphrase):
    """What the restored file holds that the folder never carried cannot be told from
    words lost with the file it replaced: it is kept and sent (never dropped), with
    the time it was written — it does not beat what was written after it."""
    folder, laptop, desktop, backup = _journal_with_backup(
        tmp_path, passphrase, only_in_backup="Seulement ici")
    time.sleep(1.1)
    shutil.copy(backup, laptop)
    seen = _sync_both(folder, laptop, desktop, passphrase)
    for where in ("laptop", "desktop"):
        titles, note, actions = seen[where]
        assert titles == ["Séance à effacer", "Titre récent"], where
        _newer_first_older_kept(note, where)
        assert actions == ["Action récente", "Seulement ici"], where


def test_a_copy_edited_on_another_computer_loses_nothing(tmp_path, passphrase):
    """The rule's safety: a copy of the file taken to another computer (same device id;
    its place there says nothing) looks like an older state of the original — but
    what was typed in it, before the original published its own edit, is in no file
    of the folder: it is kept (the newer wording shown, the copy's beside it)."""
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    laptop = tmp_path / "portable.carnet"
    store = JournalStore.create(laptop, passphrase, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codev", template_id="codev"))
        store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 12),
                                   title="Titre commun"))
        setup(store, folder, passphrase)
        assert sync_once(store).complete
    finally:
        store.close()
    elsewhere = tmp_path / "autre-ordinateur"
    elsewhere.mkdir()
    copy = elsewhere / "portable.carnet"
    shutil.copy(laptop, copy)
    for path, title in ((copy, "Écrit dans la copie 🙂"), (laptop, "Écrit dans l’original")):
        store = JournalStore.open(path, passphrase)
        try:
            session = _session(store, 1)
            session.title = title
            store.sessions.update(session)
            if path == laptop:
                assert sync_once(store).complete
        finally:
            store.close()
        time.sleep(0.05)
    laptop.rename(tmp_path / "ailleurs.carnet")  # (the original is on the other computer)
    store = JournalStore.open(copy, passphrase)
    try:
        report = sync_once(store)
        assert report.complete
        said = [problem_text(p) for p in report.problems if p.code is Code.CLONE_DETECTED]
        assert len(said) == 1 and said[0].startswith("This journal is an older copy of its "
                                                    "file"), said
        assert _session(store, 1).title == "Écrit dans l’original"
        kept = [w.text for c in store.sync.wording_conflicts() for w in c.others]
        assert kept == ["Écrit dans la copie 🙂"]
    finally:
        store.close()


def test_a_record_touched_after_the_restore_loses_no_wording(tmp_path, passphrase):
    """A session whose date is changed in the restored file before it is set up again:
    the new date reaches both devices, and neither title is lost — both stand, one shown
    and the other offered beside it. (Which one is shown is not decided here: the
    restored file's old title, which the folder never held, cannot be told from one
    typed after the restore, and both carry the time the session was last written.)"""
    folder, laptop, desktop, backup = _journal_with_backup(tmp_path, passphrase)
    time.sleep(1.1)
    shutil.copy(backup, laptop)

    def new_date(store):
        session = _session(store, 1)
        session.date = date(2026, 2, 2)
        store.sessions.update(session)

    _sync_both(folder, laptop, desktop, passphrase, restored_edit=new_date)
    for path in (laptop, desktop):
        store = JournalStore.open(path, passphrase)
        try:
            session = _session(store, 1)
            assert session.date == date(2026, 2, 2), path
            conflicts = [c for c in store.sync.wording_conflicts() if c.field == "title"]
            both = sorted([conflicts[0].current.text, *(w.text for w in conflicts[0].others)])
            assert both == ["Ancien titre", "Titre récent"], path
            assert session.title == conflicts[0].current.text
        finally:
            store.close()


def test_control_a_copy_beside_its_original_keeps_the_copy_sentence():
    """Control of the notice: a copy taken for one beside its original (not an older
    state of this device's file) is still said as before."""
    from carnet.sync.report import Problem

    text = problem_text(Problem(Code.CLONE_DETECTED, device="ab", args={"old": "cd"}))
    assert text.startswith("This journal is a copy (a restored backup or a copied file)")
