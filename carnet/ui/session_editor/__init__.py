"""The session editor: a guided, autosaving journal page for one session."""

from __future__ import annotations

from carnet.ui.session_editor.editor import SessionEditor

__all__ = ["SessionEditor"]
