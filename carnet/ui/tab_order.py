"""Tab follows reading order on a page built in pieces.

Qt's default focus chain follows the order widgets joined the window, so a row or a
card added later (a new learning on the session page, Home's « Depuis la dernière
fois » card and its past sessions' questions, built after the cards under them) is
reached last. :func:`set_tab_order` walks a page in layout order instead — top to
bottom, left to right, as the eye reads it — and chains the focusable widgets it meets.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLayout,
    QLineEdit,
    QWidget,
)

#: Widgets reached as one stop: their inner parts are theirs to navigate.
_LEAVES = (QAbstractSpinBox, QComboBox, QAbstractScrollArea, QLineEdit)


def _takes_tab(widget: QWidget) -> bool:
    """A Tab stop now, or a button that may become one (a scale's chosen value)."""
    return isinstance(widget, QAbstractButton) or bool(
        widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
    )


def _in_layout(layout: QLayout) -> Iterator[QWidget]:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            yield from _in_widget(item.widget())
        elif item.layout() is not None:
            yield from _in_layout(item.layout())


def _in_widget(widget: QWidget) -> Iterator[QWidget]:
    """``widget`` and its focusable descendants, in the order a reader meets them.

    A layout's order is the order the eye reads it: top to bottom, left to right (a
    step's Write/Preview switch sits above its text, at the right of the formatting
    buttons, so it comes before the text, and the text before the step's photos and
    « Joindre une photo… » under it). A widget whose layout does not say that order
    says it with a ``tab_chain()`` method (a scale: its buttons, one of them a stop).
    """
    if _takes_tab(widget):
        yield widget
    if isinstance(widget, _LEAVES):
        return
    chain = getattr(widget, "tab_chain", None)
    if callable(chain):
        for child in chain():
            yield from _in_widget(child)
    elif widget.layout() is not None:
        yield from _in_layout(widget.layout())


def focus_chain(page: QWidget) -> list[QWidget]:
    """The focusable widgets of ``page`` in reading order.

    Hidden widgets and buttons that are not a Tab stop yet are included: Tab skips
    them while they are, and finds them in their place once they are not.
    """
    return list(_in_widget(page))


def set_tab_order(page: QWidget) -> list[QWidget]:
    chain = focus_chain(page)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
    return chain
