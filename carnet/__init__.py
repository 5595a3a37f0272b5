"""Carnet — a personal, encrypted logbook for peer-practice groups."""

from __future__ import annotations

__version__ = "0.1.0"
