"""After « Changer la phrase de passe » (its backups re-encrypted, the recommended
choice), « Restaurer une sauvegarde… » asked for « la phrase de passe qu’avait le carnet
quand la sauvegarde a été écrite » — the old one, which no longer opens them — and,
typed, refused it with the same advice: the person was stuck (fresh8's G8; its test
adopted and extended). The dialog now sends to the journal's current passphrase first,
and writes sizes as « 296,0 ko » (it wrote « 296,00 Kio »)."""

from __future__ import annotations

from carnet.store import JournalStore
from carnet.store.backups import change_passphrase_with_backup, list_backups
from carnet.ui.trust.restore import RestoreDialog

OLD = "ma phrase de passe secrète"
NEW = "nouvelle phrase très longue"


def test_the_restore_dialog_sends_to_the_current_passphrase(qtbot, tmp_path):
    journal = tmp_path / "carnet.journal"
    folder = tmp_path / "backups"
    store = JournalStore.create(journal, OLD, owner_name="Claire")
    try:
        change_passphrase_with_backup(store, OLD, NEW, folder)
    finally:
        store.close()
    (backup,) = list_backups(folder, journal)
    # the premise: the backup written before the change now opens with the new one only
    JournalStore.open(backup.path, NEW).close()
    dialog = RestoreDialog(journal, folder)
    qtbot.addWidget(dialog)
    assert "current passphrase" in dialog.passphrase_hint.text()
    assert "when the backup was written" not in dialog.passphrase_hint.text()
    size = dialog.list.topLevelItem(0).text(1)
    assert size.endswith((" kB", " MB")) and size.count(".") == 1 and \
        len(size.split(".")[1]) == len("0 kB"), size  # one decimal, not « 296.00 KiB »

    dialog.passphrase_edit.setText(OLD)  # what it asked for: refused, and now said why
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=10_000)
    assert "current passphrase" in dialog.error_label.text(), dialog.error_label.text()
    dialog.passphrase_edit.setText(NEW)  # control: the current one opens it
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit()
    assert dialog.choice is not None and dialog.choice.backup.path == backup.path
