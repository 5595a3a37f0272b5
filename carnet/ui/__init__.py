"""The Qt interface: windows, dialogs and item models over an open ``JournalStore``.

Nothing outside this package imports Qt. Start the app with ``carnet.ui.app.main``.
"""

from __future__ import annotations
