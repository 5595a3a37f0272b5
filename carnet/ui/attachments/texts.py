"""What the person reads when a file is refused (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from carnet.domain.attachment import MAX_ATTACHMENT_BYTES
from carnet.services.attachment_intake import RefusedFileError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Attachments", text)


def megabytes(count: int) -> str:
    """« 23,8 » in French, « 23.8 » in English, « 20 » for a whole number (the numbers
    follow the interface's language: it wrote « 23.8 Mo » in French, fresh7)."""
    locale = QLocale()
    text = locale.toString(count / (1024 * 1024), "f", 1)
    point = locale.decimalPoint()
    return text[: -len(point) - 1] if text.endswith(point + "0") else text


def refusal(reason: str, detail: str = "") -> str:
    """One sentence for a refused file's ``reason`` code."""
    limit = megabytes(MAX_ATTACHMENT_BYTES)
    if reason == RefusedFileError.EMPTY:
        return _tr("the file is empty.")
    if reason == RefusedFileError.TOO_BIG:
        size = megabytes(int(detail)) if detail.isdigit() else "?"
        return _tr("it is %1 MB; a journal keeps files up to %2 MB. Reduce the photo or "
                   "split the PDF, then attach it again.").replace("%1", size).replace("%2", limit)
    if reason == RefusedFileError.TOO_BIG_KEPT:
        size = megabytes(int(detail)) if detail.isdigit() else "?"
        return _tr("kept at its full size, this %1 MB photo would weigh more than the %2 MB "
                   "a journal keeps. Uncheck « Keep the original size » and attach it "
                   "again.").replace("%1", size).replace("%2", limit)
    if reason == RefusedFileError.NOT_SUPPORTED:
        return _tr("it is not a photo (JPEG, PNG, WebP, HEIC) nor a PDF.")
    if reason == RefusedFileError.MISLABELLED:
        named, _, actual = detail.partition("/")
        return _tr("its name says %1 but it holds %2: rename it or check where it came "
                   "from.").replace("%1", named.upper()).replace("%2", actual.upper())
    if reason == RefusedFileError.DAMAGED:
        return _tr("it is damaged or incomplete (a download that did not finish?).")
    if reason == RefusedFileError.TOO_MANY_PIXELS:
        return _tr("its dimensions are too large to open safely (more than 64 million "
                   "pixels).")
    if reason == RefusedFileError.HEIC_UNREADABLE:
        return _tr("HEIC photos cannot be read on this computer; export it as JPEG from the "
                   "phone or the photo application.")
    if reason == RefusedFileError.NOT_A_FILE:
        return _tr("it is not a file that can be read (a folder, a pipe or a device).")
    if reason == "duplicate":
        return _tr("it is already attached to this session.")
    from carnet.ui.os_words import read_reason, store_reason

    if reason == "failed":  # the store's English message, said in the person's words
        return _tr("it could not be saved in the journal: %1.").replace(
            "%1", store_reason(detail))
    return _tr("it could not be read: %1.").replace("%1", read_reason(detail))


def store_words(exc: Exception) -> str:
    """The store's (English) refusal in the person's words (fresh7 F2)."""
    from carnet.ui.os_words import store_words as said

    return said(exc)
