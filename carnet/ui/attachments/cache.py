"""Thumbnails of attachments, in memory only, bounded, emptied at every lock.

Nothing here touches the disk: thumbnails are decoded from the bytes the store
returns, scaled by Qt's reader (JPEG scales while decoding) and kept in a
small least-recently-used table. The table belongs to the running app, not to
a journal: :func:`clear` runs when the journal locks (see ``feature``).
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPen, QPixmap

#: At most this many thumbnails are kept (about 100 KB each at 160 px).
MAX_ENTRIES = 200

_table: OrderedDict[tuple, QPixmap] = OrderedDict()


def clear() -> None:
    """Forget every thumbnail (the journal locked)."""
    _table.clear()


def size() -> int:
    return len(_table)


def decode(data: bytes, longest: int | None = None) -> QImage:
    """The image in ``data``, scaled to ``longest`` pixels at most (null if unreadable).

    Qt's reader refuses images above its allocation limit, so a hostile file
    that got in another way still cannot take the memory.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if longest:
        full = reader.size()
        if full.isValid() and max(full.width(), full.height()) > longest:
            reader.setScaledSize(full.scaled(QSize(longest, longest),
                                             Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image


def pdf_icon(longest: int, name: str = "") -> QPixmap:
    """A drawn page with « PDF » on it: documents have no picture of their own here."""
    width, height = int(longest * 0.72), longest
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#b8ad9c"), 2))
    painter.setBrush(QColor("#fffdf9"))
    painter.drawRoundedRect(QRectF(2, 2, width - 4, height - 4), 6, 6)
    painter.setPen(QColor("#a23b2a"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(10, longest // 6))
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, "PDF")
    painter.end()
    return pixmap


def thumbnail(key: tuple, longest: int, load, is_pdf: bool = False) -> QPixmap:
    """The thumbnail for ``key`` (an attachment's id and hash), made with ``load()``."""
    full_key = (*key, longest)
    cached = _table.get(full_key)
    if cached is not None:
        _table.move_to_end(full_key)
        return cached
    if is_pdf:
        pixmap = pdf_icon(longest)
    else:
        image = decode(load(), longest)
        pixmap = QPixmap.fromImage(image) if not image.isNull() else pdf_icon(longest)
    _table[full_key] = pixmap
    while len(_table) > MAX_ENTRIES:
        _table.popitem(last=False)
    return pixmap


def image_to_png(image: QImage) -> bytes:
    """A pasted image as PNG bytes, in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def heic_decoder():
    """Qt's HEIC reader where a plug-in provides one (None otherwise)."""
    formats = {bytes(f.data()).lower() for f in QImageReader.supportedImageFormats()}
    if not formats & {b"heic", b"heif"}:
        return None

    def decode_heic(data: bytes) -> bytes | None:
        image = decode(data)
        return image_to_png(image) if not image.isNull() else None

    return decode_heic
