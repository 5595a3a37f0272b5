"""« Changer la phrase de passe… »: each field is wide enough for its whole hint.

Found by a fresh-eyes review (fresh6), finding 17: in French the fields' hints were cut
(« La phrase de passe que vous tapez a… », « Quelques mots que vous seul connai… »),
the dialog narrower than its own hints. Control: the hints are the French ones.
"""

from __future__ import annotations

from carnet.ui import i18n
from carnet.ui.trust import passphrase as passphrase_ui


def test_every_hint_fits_its_field(qtbot, qapp, unlocked, passphrase):
    window = unlocked()
    i18n.install_translators(qapp, "fr")
    try:
        dialog = passphrase_ui.PassphraseDialog(window.store, window.backup_folder(), 10,
                                                window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        fields = (dialog.old_edit, dialog.new_edit, dialog.confirm_edit)
        assert fields[1].placeholderText().startswith("Quelques mots")  # control: French
        for field in fields:
            hint = field.placeholderText()
            # the text's room: the field less its frame, margins and the eye's icon
            room = field.width() - field.height() - 12
            assert field.fontMetrics().horizontalAdvance(hint) <= room, (hint, field.width())
    finally:
        i18n.install_translators(qapp, "")
