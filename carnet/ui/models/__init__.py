"""Qt item models over the journal, one module per view that shows them (as in novelWriter:
models apart from the widgets that display them)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

#: What Qt passes as an index to a model's methods.
ModelIndex = QModelIndex | QPersistentModelIndex
