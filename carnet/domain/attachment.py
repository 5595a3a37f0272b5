"""A photo or document attached to a session (its bytes live in the store).

The dataclass carries only what describes the file; the bytes are read on
demand (``JournalStore.attachments.data``) so that listing a session's
documents never decrypts megabytes of images.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from carnet.domain.errors import DomainError

#: The kinds of content a journal keeps, by MIME type.
IMAGE_MIMES = ("image/jpeg", "image/png")
PDF_MIME = "application/pdf"
ATTACHMENT_MIMES = (*IMAGE_MIMES, PDF_MIME)
#: The largest file accepted (bytes), before and after re-encoding.
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
#: A caption longer than this is refused (it is a caption, not a note).
MAX_CAPTION_CHARS = 2_000


@dataclass
class Attachment:
    """One attached file: ``step_id`` None means the session's documents."""

    session_id: int
    mime: str
    size: int
    sha256: str
    caption: str = ""
    filename: str = ""
    step_id: str | None = None
    width: int | None = None
    height: int | None = None
    position: int = 0
    created_at: datetime | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if self.mime not in ATTACHMENT_MIMES:
            raise DomainError("mime", f"{self.mime!r} is not a kind of file a journal keeps")
        if len(self.caption) > MAX_CAPTION_CHARS:
            raise DomainError("caption", f"longer than {MAX_CAPTION_CHARS} characters")
        if not 0 < self.size <= MAX_ATTACHMENT_BYTES:
            raise DomainError("size", f"not between 1 byte and {MAX_ATTACHMENT_BYTES} bytes")

    @property
    def is_image(self) -> bool:
        return self.mime in IMAGE_MIMES

    @property
    def is_pdf(self) -> bool:
        return self.mime == PDF_MIME
