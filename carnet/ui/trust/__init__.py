"""What keeps the open journal safe in the interface (issue 7).

* ``dialogs``: close every dialog when the journal locks, modal ones included;
* ``clipboard``: copied text cleared after 30 s, on lock and on quit;
* ``session_watch``: lock when the screen locks or the machine sleeps (D-Bus);
* ``passphrase``: the « Change the passphrase… » dialog;
* ``restore``: the « Restore a backup… » dialog and the restore itself;
* ``integrity``: what the window shows when a journal is found damaged.

``carnet.ui.ext_trust`` plugs the dialogs and the damage handling into the
main window; the lock behaviour itself lives in ``MainWindow.lock``.
"""
