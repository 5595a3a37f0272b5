"""The mouse wheel scrolls the page; it never changes a field the person did not pick.

Qt gives every combo box, date field and spin box the wheel events over it, focused
or not: a person scrolling a session's page with the wheel, the pointer passing over
an action's status or due date, turned « À faire » into « Abandonnée » and moved the
date by three days — saved at once, and sent to their other computers (found in a
two-computer review). The same moved a group's first session, and with it the
whole calendar.

So a wheel turn over such a field that does not have the keyboard focus scrolls the
page it sits in, as it does everywhere else on the page; once the person clicked or
tabbed into the field, the wheel changes its value as Qt's does. The watch sits on
the window (a ``QWindow`` gets every wheel event before the widget under the pointer),
not on the application nor on each field: fields built later (a session's page is
built in slices) are covered without being found.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWheelEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

#: The fields whose value a wheel turn changes.
VALUE_FIELDS = (QComboBox, QAbstractSpinBox)


def value_field(widget: QWidget | None) -> QWidget | None:
    """The combo box or spin box (date fields are spin boxes) ``widget`` is part of."""
    while widget is not None:
        if isinstance(widget, VALUE_FIELDS):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _has_focus(field: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is field or field.isAncestorOf(focused))


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Watches one window's wheel events (``install`` on more windows as needed)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        if window.windowHandle() is not None:
            window.windowHandle().installEventFilter(self)
        else:  # the native window comes with the first show
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, QWindow):
            return self._guard(watched, event)
        if kind == QEvent.Type.Show and watched is self._window:
            handle = self._window.windowHandle()
            if handle is not None:
                self._window.removeEventFilter(self)
                handle.installEventFilter(self)
        return False

    def _guard(self, window: QWindow, event: QWheelEvent) -> bool:
        """True (eaten) when the wheel would change an unfocused field: the page under it
        scrolls instead."""
        top = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is window),
                   None)
        if top is None:
            return False
        # The widget under the pointer, found as Qt finds the one it hands the wheel to.
        field = value_field(top.childAt(event.position().toPoint()))
        if field is None or not field.isEnabled() or _has_focus(field):
            return False
        area = _scroll_area(field)
        if area is not None:
            viewport = area.viewport()
            scroll = QWheelEvent(
                viewport.mapFromGlobal(event.globalPosition()), event.globalPosition(),
                event.pixelDelta(), event.angleDelta(), event.buttons(), event.modifiers(),
                event.phase(), event.inverted(), event.source())
            QApplication.sendEvent(viewport, scroll)
        return True
