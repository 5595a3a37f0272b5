"""The window's status bar, whose messages wrap instead of being cut.

``QStatusBar`` paints a message on one line and cuts what does not fit: in a window
1024 px wide, beside « Synchronisé à l’instant » and « ✓ Enregistré », « La séance 7
(10 décembre 2026) était déjà prévue : la voici, rien n’a été ajouté. » or « Le fichier
d’agenda … n’est pas tenu à jour : … confirmez-le dans Édition › Préférences. » lost
their end — often what to do. Here a message is a word-wrapped label: the bar grows a
line when it needs one, and the message reads whole. ``showMessage``,
``currentMessage``, ``clearMessage`` and ``messageChanged`` keep Qt's meaning (a
timeout, the message hiding the bar's ordinary widgets while shown); the status tips
Qt shows itself (a menu entry hovered) stay Qt's own one-line messages.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class MessageStatusBar(QStatusBar):
    """A status bar whose messages wrap (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QSizePolicy

        # as QMainWindow makes its own: the bar never widens the window (the journal's
        # path in it made the narrowest window wider, the toolbar's « » » never needed)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, self.sizePolicy().verticalPolicy())
        self._text = ""
        self._ordinary: list[QWidget] = []  # added with addWidget: hidden under a message
        #: built with the first message: the first screen is painted before PySide
        #: builds its enum classes (tests/ui/test_first_screen.py), which it would use
        self._label: QLabel | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)

    @property
    def message_label(self) -> QLabel:
        """The label a message is shown in (word-wrapped, plain text)."""
        if self._label is None:
            from PySide6.QtCore import Qt  # (see above: not with the first screen)
            from PySide6.QtWidgets import QSizePolicy

            label = self._label = QLabel()
            label.setObjectName("statusMessage")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.hide()
            self.insertWidget(0, label, 1)
        return self._label

    # -- Qt's API, for Python callers ------------------------------------------------------------
    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        super().addWidget(widget, stretch)
        self._ordinary.append(widget)
        if self._text:
            widget.hide()

    def showMessage(self, text: str, timeout: int = 0) -> None:
        if not text:
            self.clearMessage()
            return
        changed = text != self._text
        if super().currentMessage():
            # a status tip Qt is showing (a button hovered): ours replaces it, else both
            # were drawn over each other
            super().clearMessage()
        self._text = text
        self.message_label.setText(text)
        self.message_label.setToolTip(text)
        for widget in self._ordinary:
            widget.hide()
        self.message_label.show()
        self._fit()
        if timeout > 0:
            self._timer.start(timeout)
        else:
            self._timer.stop()
        if changed:
            self.messageChanged.emit(text)

    def currentMessage(self) -> str:
        return self._text or super().currentMessage()

    def clearMessage(self) -> None:
        self._timer.stop()
        super().clearMessage()  # a status tip Qt showed itself, if any
        if not self._text:
            return
        self._text = ""
        if self._label is not None:
            self._label.clear()
            self._label.setToolTip("")
            self._label.hide()
        for widget in self._ordinary:
            widget.show()
        self._fit()
        self.messageChanged.emit("")

    # -- height --------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._text:
            QTimer.singleShot(0, self._fit)  # once the bar's layout gave the label its width

    def _fit(self) -> None:
        """As tall as the message at the label's width (a wrapped label in the bar's
        row is otherwise given one line)."""
        label = self._label
        if label is None:
            return
        if not self._text:
            label.setMinimumHeight(0)
            self.setMinimumHeight(0)
            return
        width = label.width() if label.width() > 50 else self._room()
        needed = label.heightForWidth(max(50, width))
        if label.minimumHeight() != needed:
            label.setMinimumHeight(needed)
            self.setMinimumHeight(needed + 6)

    def _room(self) -> int:
        """The width a message has: the bar's, less its permanent widgets and grip."""
        taken = sum(child.width() + 6 for child in self.findChildren(QWidget)
                    if child.parent() is self and child.isVisible()
                    and child is not self._label and child not in self._ordinary)
        return max(50, self.width() - taken - 12)
