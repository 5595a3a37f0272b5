"""Photos and documents of a session: shown on its page, opened in a viewer.

:class:`SessionDocuments` is what the session editor builds for one page;
``feature.install`` empties the thumbnail cache when the journal locks.
"""

from __future__ import annotations

from carnet.ui.attachments.documents import SessionDocuments

__all__ = ["SessionDocuments"]
