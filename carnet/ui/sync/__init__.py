"""Sync in the interface (issue 15): see :mod:`carnet.ui.sync.feature`.

``controller`` decides when the journal syncs and re-reads the window after;
``worker`` runs the engine on a thread with a connection of its own;
``status`` is the status bar's line; ``page`` the Synchronisation page;
``join`` builds this device's journal from a synced folder; ``words`` says
every code of the engine in the person's language.
"""
