"""Plugs the « Préparer la prochaine séance » view into the main window."""

from __future__ import annotations

from carnet.ui.prepare import install

__all__ = ["install"]
