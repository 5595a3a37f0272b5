"""Found by a fresh-eyes review (fresh5): every control of the booklet, sync and join dialogs has a name a screen
reader can say (the main window's places are walked by tests/ui/test_accessibility.py,
these dialogs are not).

Probe (a walk of the dialogs in French, /tmp/fresh5/test_dialog_names_probe.py): the Synchronisation
page and the join dialog name every control; in « Imprimer le livret », the list of
groups, the list of sessions and the field « Autres noms à masquer… » (a placeholder,
no label) have no accessible name and are no label's buddy.
Control: the same check passes on the Synchronisation page.
"""

from __future__ import annotations

from test_accessibility import unnamed_controls


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_sync_page_names_its_controls(qtbot, main_window):  # control
    from carnet.ui.sync.page import SyncPage

    main_window.install_extensions()
    dialog = _show(qtbot, SyncPage(main_window, main_window.sync.controller))
    checked, unnamed = unnamed_controls(dialog)
    assert checked >= 5 and unnamed == []


def test_the_booklet_dialog_names_its_controls(qtbot, main_window):
    from carnet.ui.booklet_dialog import BookletDialog

    dialog = _show(qtbot, BookletDialog(main_window.store, parent=main_window))
    checked, unnamed = unnamed_controls(dialog)
    assert checked >= 15
    assert unnamed == []
