"""The viewer: one attachment at a time, zoom, previous/next, rotate, caption.

The full picture is decoded here, in memory, and lives as long as the dialog;
the lock closes every dialog (see ``trust.dialogs``), so it goes with it.
A PDF cannot be shown inside Carnet: its page offers « Open with… ».
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPainter, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.attachment import MAX_CAPTION_CHARS
from carnet.store.errors import StoreError
from carnet.ui.attachments import cache
from carnet.ui.attachments.texts import megabytes
from carnet.ui.services import messages
from carnet.ui.whole_paste import keep_whole


class ImageView(QGraphicsView):
    """A picture that fits the window, zooms with the wheel (Ctrl) or the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentImage")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.fitted = True

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._item.setPixmap(pixmap)
        self._scene.setSceneRect(self._item.boundingRect())
        self.fit()

    def pixmap(self) -> QPixmap:
        return self._item.pixmap()

    def fit(self) -> None:
        self.fitted = True
        self.resetTransform()
        if not self._item.pixmap().isNull():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() > 1:  # never blow a small picture up to fit
                self.resetTransform()

    def zoom(self, factor: float) -> None:
        self.fitted = False
        scale = self.transform().m11() * factor
        if 0.05 <= scale <= 8:
            self.scale(factor, factor)

    def zoom_level(self) -> float:
        return self.transform().m11()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)
        else:
            super().wheelEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()


class AttachmentViewer(QDialog):
    def __init__(self, documents, attachment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(True)  # the page it shows cannot change under it
        self.documents = documents
        self.setWindowTitle(self.tr("Documents of the session"))
        self.resize(1000, 760)
        ids = [a.id for a in documents.attachments]
        self.ids = ids
        self.index = ids.index(attachment_id) if attachment_id in ids else 0

        self.image = ImageView()
        self.pdf_page = QLabel()
        self.pdf_page.setObjectName("attachmentPdf")
        self.pdf_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf_page.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.image)
        self.stack.addWidget(self.pdf_page)

        self.position = QLabel()
        self.position.setObjectName("attachmentPosition")
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.zoom_out_button = QPushButton(self.tr("−"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("+"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit"))
        self.rotate_button = QPushButton(self.tr("Rotate ↻"))
        self.rotate_button.setToolTip(self.tr("Turn the photo a quarter clockwise (saved)"))
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(36)
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.position)
        top.addWidget(self.next_button)
        top.addStretch(1)
        top.addWidget(self.zoom_out_button)
        top.addWidget(self.fit_button)
        top.addWidget(self.zoom_in_button)
        top.addWidget(self.rotate_button)

        self.caption = QLineEdit()
        self.caption.setObjectName("attachmentCaption")
        keep_whole(self.caption, MAX_CAPTION_CHARS)  # a longer paste refused, said, never cut
        self.caption.setPlaceholderText(self.tr("Caption (found by the search)"))
        self.caption.setAccessibleName(self.tr("Caption"))
        self.details = QLabel()
        self.details.setProperty("role", "hint")
        self.open_with_button = QPushButton(self.tr("Open with…"))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.close_button = QPushButton(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.details, 1)
        bottom.addWidget(self.open_with_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.caption)
        layout.addLayout(bottom)

        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.zoom_in_button.clicked.connect(lambda: self.image.zoom(1.25))
        self.zoom_out_button.clicked.connect(lambda: self.image.zoom(0.8))
        self.fit_button.clicked.connect(self.image.fit)
        self.rotate_button.clicked.connect(self.rotate)
        self.caption.editingFinished.connect(self.save_caption)
        self.open_with_button.clicked.connect(lambda: documents.open_with(self.current_id))
        self.save_button.clicked.connect(lambda: documents.save_copy(self.current_id))
        self.delete_button.clicked.connect(self.delete)
        self.close_button.clicked.connect(self.accept)
        for keys, slot in ((QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.go(-1)),
                           (QKeySequence.StandardKey.MoveToNextPage, lambda: self.go(1)),
                           (QKeySequence.StandardKey.ZoomIn, lambda: self.image.zoom(1.25)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.image.zoom(0.8))):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.show_current()

    @property
    def current_id(self) -> int:
        return self.ids[self.index]

    def current(self):
        return self.documents.find(self.current_id)

    def show_current(self) -> None:
        attachment = self.current()
        if attachment is None:
            self.accept()
            return
        self.position.setText(f"{self.index + 1} / {len(self.ids)}")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.ids) - 1)
        self.caption.setText(attachment.caption)
        size = megabytes(attachment.size)
        if attachment.is_pdf:
            self.image.set_pixmap(QPixmap())
            self.pdf_page.setPixmap(cache.pdf_icon(220))
            self.stack.setCurrentWidget(self.pdf_page)
            self.details.setText(self.tr("PDF, %1 MB — %2").replace("%1", size)
                                 .replace("%2", attachment.filename))
            self.pdf_page.setToolTip(self.tr("Open it with another application: « Open with… »"))
        else:
            image = cache.decode(self.documents.store.attachments.data(attachment.id))
            self.image.set_pixmap(QPixmap.fromImage(image))
            self.stack.setCurrentWidget(self.image)
            self.details.setText(
                self.tr("%1 × %2 pixels, %3 MB").replace("%1", str(image.width()))
                .replace("%2", str(image.height())).replace("%3", size))
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button,
                       self.rotate_button):
            button.setEnabled(not attachment.is_pdf)

    def go(self, step: int) -> None:
        target = self.index + step
        if 0 <= target < len(self.ids):
            self.save_caption()
            self.index = target
            self.show_current()

    def save_caption(self) -> None:
        if self.documents.find(self.current_id) is not None:
            self.documents.set_caption(self.current_id, self.caption.text().strip())

    def rotate(self) -> None:
        from carnet.services.attachment_intake import rotated

        attachment = self.current()
        if attachment is None or attachment.is_pdf:
            return
        self.save_caption()
        try:
            data, width, height = rotated(
                self.documents.store.attachments.data(attachment.id), attachment.mime)
            self.documents.replace_image(attachment.id, data, width, height)
        except (StoreError, OSError, ValueError) as exc:
            from carnet.ui.attachments.texts import store_words

            messages().error(self, self.tr("The photo was not turned"), store_words(exc))
            return
        self.show_current()

    def delete(self) -> None:
        attachment_id = self.current_id
        self.documents.delete(attachment_id)
        self.ids.remove(attachment_id)
        if not self.ids:
            self.accept()
            return
        self.index = min(self.index, len(self.ids) - 1)
        self.show_current()

    def done(self, result: int) -> None:
        # (the page's documents gone under it — never again by a sync, which waits for
        # the viewer — must not keep it from closing, nor the window from quitting)
        if (self.ids and shiboken6.isValid(self.documents)
                and self.documents.find(self.current_id) is not None):
            self.save_caption()
        self.image.set_pixmap(QPixmap())
        super().done(result)
