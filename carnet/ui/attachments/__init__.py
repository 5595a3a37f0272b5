"""Photos and documents of a session: shown on its page, opened in a viewer.

:class:`~carnet.ui.attachments.documents.SessionDocuments` is what the session
editor builds for one page; ``feature.install`` empties the thumbnail cache when
the journal locks. Nothing is imported here: the feature is wired at start, and
the unlock window must not wait for the store or the image code.
"""
