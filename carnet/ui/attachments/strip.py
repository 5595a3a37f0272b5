"""The thumbnails of a step's (or the session's) attachments, and its buttons.

Thumbnails are decoded when the strip is first shown, never before, and come
from the in-memory cache afterwards (see ``cache``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.attachment import Attachment
from carnet.ui.attachments import cache
from carnet.ui.attachments.flow import FlowLayout

THUMB = 132


def display_name(attachment: Attachment) -> str:
    return attachment.caption.strip() or attachment.filename or "—"


class Tile(QToolButton):
    """One attachment: its thumbnail and caption; click opens the viewer."""

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName("attachmentTile")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setFixedWidth(THUMB + 24)
        self.setAutoRaise(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        name = display_name(attachment)
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(name, Qt.TextElideMode.ElideRight, THUMB + 12))
        self.setToolTip(name)
        self.setAccessibleName(name)
        kind = self.tr("PDF document") if attachment.is_pdf else self.tr("Photo")
        self.setAccessibleDescription(self.tr("%1 — press Enter to open it").replace("%1", kind))
        self.loaded = False

    def load(self, load_bytes) -> None:
        if self.loaded:
            return
        self.loaded = True
        a = self.attachment
        pixmap = cache.thumbnail((a.id, a.sha256), THUMB, lambda: load_bytes(a.id), a.is_pdf)
        self.setIcon(QIcon(pixmap))


class AttachmentStrip(QWidget):
    """Tiles in rows, an undo line after a delete, and the attach buttons."""

    attachRequested = Signal()  # noqa: N815
    pasteRequested = Signal()  # noqa: N815
    openRequested = Signal(int)  # noqa: N815
    menuRequested = Signal(int, object)  # noqa: N815 - attachment id, global position
    undoRequested = Signal()  # noqa: N815

    def __init__(self, step_id: str | None, load_bytes, *, full: bool = False,
                 where: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentStrip")
        self.step_id = step_id
        self._load_bytes = load_bytes
        self.tiles: list[Tile] = []
        self._tiles_box = QWidget()
        self._tiles_box.setObjectName("attachmentTiles")
        self._flow = FlowLayout(self._tiles_box)
        self.undo_line = QWidget()
        undo_row = QHBoxLayout(self.undo_line)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel()
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_label.setProperty("role", "hint")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setProperty("role", "link")
        self.undo_button.clicked.connect(self.undoRequested)
        self.undo_button.setAccessibleName(self.tr("Undo the deletion"))
        undo_row.addWidget(self.undo_label)
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        self.undo_line.hide()

        self.attach_button = QPushButton(
            self.tr("Attach a photo or a PDF…") if full else self.tr("Attach a photo…"))
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setProperty("role", "link")
        self.attach_button.clicked.connect(self.attachRequested)
        self.attach_button.setAccessibleName(
            self.tr("Attach a photo or a PDF to «%1»").replace("%1", where) if where
            else self.attach_button.text())
        self.paste_button = QPushButton(self.tr("Paste an image"))
        self.paste_button.setObjectName("pasteButton")
        self.paste_button.setProperty("role", "link")
        self.paste_button.clicked.connect(self.pasteRequested)
        self.paste_button.setAccessibleName(self.tr("Paste an image into the documents"))
        self.keep_original = QCheckBox(self.tr("Keep the original size"))
        self.keep_original.setToolTip(self.tr(
            "Photos are otherwise reduced to 2,400 pixels on their longest side. Location, "
            "camera and date are removed either way."))
        self.keep_original.setAccessibleName(self.keep_original.text())
        self.busy = QLabel(self.tr("Adding…"))
        self.busy.setProperty("role", "hint")
        self.busy.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.keep_original)
        buttons.addWidget(self.busy)
        buttons.addStretch(1)
        if not full:  # only the session's card pastes and keeps originals
            self.paste_button.hide()
            self.keep_original.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._tiles_box)
        layout.addWidget(self.undo_line)
        layout.addLayout(buttons)
        self._load_timer = QTimer(self, singleShot=True, interval=0)
        self._load_timer.timeout.connect(self._load_visible)

    def set_attachments(self, attachments: list[Attachment]) -> None:
        for tile in self.tiles:
            self._flow.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = []
        for attachment in attachments:
            tile = Tile(attachment, self._tiles_box)
            tile.clicked.connect(lambda _=False, i=attachment.id: self.openRequested.emit(i))
            tile.customContextMenuRequested.connect(
                lambda pos, t=tile: self.menuRequested.emit(t.attachment.id, t.mapToGlobal(pos)))
            self._flow.addWidget(tile)
            self.tiles.append(tile)
        self._place_in_tab_order()
        self._tiles_box.setVisible(bool(self.tiles))
        self._tiles_box.updateGeometry()
        if self.isVisible():
            self._load_timer.start()

    def _place_in_tab_order(self) -> None:
        """Tiles made after the page was built go where they are shown — after the
        step's text, before « Joindre une photo… » — not at the end of the window's
        focus chain, far from their step (a keyboard-only review)."""
        if not self.tiles:
            return
        before = self.attach_button.previousInFocusChain()
        while isinstance(before, Tile) and before is not self.attach_button:
            before = before.previousInFocusChain()  # (the tiles replaced, going)
        previous = before
        for tile in self.tiles:
            QWidget.setTabOrder(previous, tile)
            previous = tile
        QWidget.setTabOrder(previous, self.attach_button)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_timer.start()

    def _load_visible(self) -> None:
        """Thumbnails are decoded once the strip is on screen (not when the page is built)."""
        if not self.isVisible():
            return
        for tile in self.tiles:
            tile.load(self._load_bytes)

    def show_undo(self, text: str) -> None:
        self.undo_label.setText(text)
        self.undo_line.show()

    def hide_undo(self) -> None:
        self.undo_line.hide()
