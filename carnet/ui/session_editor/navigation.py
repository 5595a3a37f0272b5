"""Keyboard order and "go to" on the session page.

The page is built from many small widgets, some added later (a new learning, a
second feeling). Qt's default focus chain follows the order widgets joined the
window, so a row added later would be reached last. :func:`set_tab_order` walks
the page in layout order instead — header, steps in order, closing widgets,
topics — and chains the focusable widgets it meets (``carnet/ui/tab_order.py``,
which Home uses too).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from carnet.ui.tab_order import focus_chain, set_tab_order

__all__ = ["focus_chain", "set_tab_order", "settle_layouts"]


def settle_layouts() -> None:
    """Run pending layout passes so positions on the page are the final ones.

    A pass may ask for another one higher up (the page, then the stage that holds
    it, then the scroll area that sizes the stage): a few rounds settle them all.
    """
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
