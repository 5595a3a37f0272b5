"""Photos and documents in the booklet (an option): in their session's chapter.

A photo is scaled to the text block (never enlarged) with its caption under
it; PDFs cannot be printed inside the booklet, so they are listed by caption.
The bytes are read from the journal when the page is drawn, one photo at a
time, not when the story is built.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from carnet.booklet.anonymise import hide_in_file_name
from carnet.booklet.markup import para

_TITLE = {"fr": "Documents de la séance", "en": "Documents of the session"}
_PDF = {"fr": "Document PDF (gardé dans le carnet)", "en": "PDF document (kept in the journal)"}
#: Room kept under a photo for its caption (points).
CAPTION_ROOM = 70


@dataclass
class AttachmentItem:
    caption: str
    mime: str
    width: int
    height: int
    filename: str
    load: Callable[[], bytes]


def collect(store, chapters, anon: Callable[[str], str]) -> dict[int, list[AttachmentItem]]:
    """The attachments of the booklet's sessions, captions anonymised like the text."""
    result: dict[int, list[AttachmentItem]] = {}
    for chapter in chapters:
        items = []
        for a in store.attachments.list_by_session(chapter.session_id):
            items.append(AttachmentItem(
                caption=anon(a.caption.strip()), mime=a.mime, width=a.width or 0,
                height=a.height or 0, filename=hide_in_file_name(a.filename, anon),
                load=lambda ident=a.id: store.attachments.data(ident)))
        if items:
            result[chapter.session_id] = items
    return result


class Photo(Flowable):
    """A stored photo, fitted to the frame; its bytes are read when it is drawn."""

    def __init__(self, item: AttachmentItem, max_width: float, max_height: float) -> None:
        super().__init__()
        self.item = item
        # fitted to the text block; a small picture is never blown up past 96 dpi
        scale = min(max_width / max(item.width, 1), max_height / max(item.height, 1), 0.75)
        self.draw_width = max(item.width * scale, 1)
        self.draw_height = max(item.height * scale, 1)

    def wrap(self, available_width, available_height):
        return self.draw_width, self.draw_height

    def draw(self) -> None:
        data = self.item.load()
        if self.item.mime == "image/jpeg" and _draw_jpeg(self.canv, data, self.draw_width,
                                                        self.draw_height):
            return
        reader = ImageReader(io.BytesIO(data))
        self.canv.drawImage(reader, 0, 0, self.draw_width, self.draw_height, mask="auto")


def _draw_jpeg(canv, data: bytes, width: float, height: float) -> bool:
    """Put the stored JPEG in the PDF as it is (DCTDecode), once per distinct photo.

    ``canvas.drawImage`` would decode every photo to name it by its pixels (a fifth
    of a second each for 2,400 px); the stored bytes already have a hash. This is
    what drawImage does with a JPEG file, minus the decoding. False: not a JPEG
    reportlab can read this way (the caller falls back to drawImage).
    """
    from reportlab.pdfbase.pdfdoc import PDFImageXObject

    name = "carnet" + hashlib.sha256(data).hexdigest()[:32]
    doc = canv._doc
    registered = doc.getXObjectName(name)
    image = doc.idToObject.get(registered)
    if image is None:
        image = PDFImageXObject(name)
        if not image.loadImageFromJPEG(io.BytesIO(data)):
            return False
        image.name = name
        canv._setXObjects(image)
        doc.Reference(image, registered)
        doc.addForm(name, image)
    canv.saveState()
    canv.scale(width, height)
    canv._code.append(f"/{registered} Do")
    canv.restoreState()
    canv._formsinuse.append(name)
    canv._currentPageHasImages = 1
    return True


def flowables(items: list[AttachmentItem], styles, geo, lang: str) -> list:
    if not items:
        return []
    # a photo takes at most two thirds of the text block: a heading and a caption fit
    max_height = geo.frame_height * 2 / 3
    blocks: list[list] = []
    for item in items:
        caption = item.caption or item.filename
        if item.mime.startswith("image/") and item.width and item.height:
            blocks.append([Photo(item, geo.frame_width, max_height), Spacer(1, 4),
                           para(caption, styles.meta)])
        else:
            blocks.append([para(f"{caption} — {_PDF.get(lang, _PDF['en'])}", styles.meta,
                                bullet="•")])
    title = para(_TITLE.get(lang, _TITLE["en"]), styles.h3)
    out: list = [CondPageBreak(CAPTION_ROOM), KeepTogether([title, *blocks[0]])]
    out += [KeepTogether(block) for block in blocks[1:]]
    return out
