"""Checking and re-encoding a photo or a PDF before it enters the journal.

Everything here works on bytes in memory: nothing is written to disk, no temp
file, no cache. A file is refused (:class:`RefusedFileError`, with a ``reason`` code the
interface turns into a sentence) when it is empty, above the size limit, not
what its name says, damaged, or an image whose dimensions would take gigabytes
to decode (a "decompression bomb": checked from the header, before decoding).

Images are decoded with Pillow and written again from the pixels only: the
EXIF orientation is applied, then every piece of metadata (GPS position,
camera, date, comments, colour profile) is left behind. They are scaled down to
:data:`LONGEST_SIDE` unless the person keeps the original size. PDFs are kept
byte for byte once they are checked to be PDFs.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from carnet.domain.attachment import MAX_ATTACHMENT_BYTES, PDF_MIME

#: Longest side of a re-encoded photo: a flipchart's handwriting stays readable.
LONGEST_SIDE = 2400
#: JPEG quality and chroma kept whole (4:4:4): sharp edges for text on paper.
JPEG_QUALITY = 85
KEEP_QUALITY = 95
#: Above this many pixels an image is refused before it is decoded (8000 × 8000).
MAX_PIXELS = 64_000_000
#: A re-encoded PNG photo bigger than this is written as JPEG instead.
PNG_PHOTO_BYTES = 4 * 1024 * 1024

_EXTENSIONS = {
    ".jpg": "jpeg", ".jpeg": "jpeg", ".jfif": "jpeg", ".jpe": "jpeg",
    ".png": "png", ".webp": "webp", ".heic": "heic", ".heif": "heic", ".pdf": "pdf",
}
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")
#: The kinds a person may attach, for file choosers.
ACCEPTED_SUFFIXES = tuple(sorted(_EXTENSIONS))


class RefusedFileError(Exception):
    """A file that does not enter the journal; ``reason`` is one of the codes below."""

    EMPTY = "empty"
    TOO_BIG = "too_big"
    NOT_SUPPORTED = "not_supported"
    MISLABELLED = "mislabelled"
    DAMAGED = "damaged"
    TOO_MANY_PIXELS = "too_many_pixels"
    HEIC_UNREADABLE = "heic_unreadable"
    UNREADABLE = "unreadable"
    NOT_A_FILE = "not_a_file"
    #: kept at its full size, no encoding of it fits a journal (``detail``: the file's size)
    TOO_BIG_KEPT = "too_big_kept"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Prepared:
    """What is stored: the bytes and what describes them."""

    data: bytes
    mime: str
    width: int | None
    height: int | None
    filename: str


def read_limited(path: Path | str, limit: int = MAX_ATTACHMENT_BYTES) -> bytes:
    """The file's bytes, refusing a file above ``limit`` before reading it all.

    The size is checked on the file system first, then at most ``limit + 1``
    bytes are read, so neither a huge file nor one that grows (a device, a
    pipe) is ever loaded whole.
    """
    path = Path(path)
    try:
        # a named pipe, a device, a folder: opening one may wait for ever (a pipe waits
        # for a writer: fresh7, the window then froze at the next lock)
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise RefusedFileError(RefusedFileError.NOT_A_FILE, path.name)
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise RefusedFileError(RefusedFileError.TOO_BIG, str(size))
            data = handle.read(limit + 1)
    except OSError as exc:
        # the code (« ENOENT »), said in the person's words by the interface: the system's
        # own text is English (« No such file or directory »: fresh7 F8)
        raise RefusedFileError(RefusedFileError.UNREADABLE,
                               errno.errorcode.get(exc.errno or 0, "")) from None
    if len(data) > limit:
        raise RefusedFileError(RefusedFileError.TOO_BIG, str(len(data)))
    return data


def sniff(data: bytes) -> str | None:
    """What the bytes are, from their first bytes: jpeg, png, webp, heic, pdf or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "heic"
    if data.startswith(b"%PDF-"):
        return "pdf"
    return None


def kind_of_name(name: str) -> str | None:
    """What a file name says it is (None: no known extension)."""
    return _EXTENSIONS.get(Path(name).suffix.lower())


def prepare(
    data: bytes,
    name: str = "",
    *,
    keep_original: bool = False,
    heic_decoder: Callable[[bytes], bytes | None] | None = None,
) -> Prepared:
    """Check ``data`` and return what to store, or raise :class:`RefusedFileError`.

    ``heic_decoder`` turns HEIC bytes into PNG bytes, upright (the interface
    passes Qt's reader where a plug-in exists); without one, HEIC is refused.
    """
    if not data:
        raise RefusedFileError(RefusedFileError.EMPTY)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise RefusedFileError(RefusedFileError.TOO_BIG, str(len(data)))
    kind = sniff(data)
    named = kind_of_name(name)
    if kind is None:
        raise RefusedFileError(RefusedFileError.NOT_SUPPORTED, named or "")
    if named is not None and named != kind:
        raise RefusedFileError(RefusedFileError.MISLABELLED, f"{named}/{kind}")
    filename = Path(name).name
    if kind == "pdf":
        _check_pdf(data)
        return Prepared(bytes(data), PDF_MIME, None, None, filename or "document.pdf")
    if kind == "heic":
        decoded = heic_decoder(data) if heic_decoder is not None else None
        if not decoded:
            raise RefusedFileError(RefusedFileError.HEIC_UNREADABLE)
        if sniff(decoded) != "png":
            raise RefusedFileError(RefusedFileError.DAMAGED, "heic")
        data, kind = decoded, "png"
    return _reencode(data, kind, filename, keep_original)


def _check_pdf(data: bytes) -> None:
    """A PDF starts with its header and ends with an end-of-file mark."""
    if b"%%EOF" not in data[-2048:]:
        raise RefusedFileError(RefusedFileError.DAMAGED, "pdf")


def _reencode(data: bytes, kind: str, filename: str, keep_original: bool) -> Prepared:
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[kind.upper()])
            width, height = image.size
            if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
                raise RefusedFileError(RefusedFileError.TOO_MANY_PIXELS, f"{width}x{height}")
            if kind == "jpeg" and not keep_original:
                image.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE))  # decode at a reduced scale
            image.load()
            image = ImageOps.exif_transpose(image)
    except RefusedFileError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise RefusedFileError(RefusedFileError.TOO_MANY_PIXELS, str(exc)) from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:  # Pillow's ways of failing
        raise RefusedFileError(RefusedFileError.DAMAGED, str(exc)[:200]) from None
    alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    image = _eight_bits(image)
    if image.mode not in ("RGB", "L", "RGBA", "LA"):
        image = image.convert("RGBA" if alpha else "RGB")
    if not keep_original:
        image.thumbnail((LONGEST_SIDE, LONGEST_SIDE), Image.Resampling.LANCZOS)
    image.info = {}  # nothing of the source's metadata may ride along (icc, text, exif…)
    out = _encode(image, kind, alpha, keep_original)
    if len(out[0]) > MAX_ATTACHMENT_BYTES and keep_original:
        out = _fit_kept(image, out, len(data))
    if len(out[0]) > MAX_ATTACHMENT_BYTES:
        raise RefusedFileError(RefusedFileError.TOO_BIG, str(len(out[0])))
    stem = Path(filename).stem or "image"
    suffix = ".png" if out[1] == "image/png" else ".jpg"
    return Prepared(out[0], out[1], image.width, image.height, stem + suffix)


#: JPEG settings tried, in turn, for a photo kept at its full size whose first encoding
#: (quality 95, full colour resolution) is over the journal's limit
_KEPT_FALLBACKS = ((JPEG_QUALITY, 0), (JPEG_QUALITY, 2), (75, 2))


def _fit_kept(image, out: tuple[bytes, str], source_size: int) -> tuple[bytes, str]:
    """A photo kept at its full size that Carnet's own encoding made too big: encoded
    again, at its full size, a little more compressed, until it fits; refused with the
    file's own size and the way out when nothing does. (fresh7: a 10 MB photo was
    refused as « il pèse 26.1 Mo » — the size of Carnet's encoding, not the file's —
    with « Réduisez la photo » for advice.)"""
    if out[1] == "image/jpeg" or image.mode in ("RGB", "L"):
        picture = image if image.mode in ("RGB", "L") else image.convert("RGB")
        for quality, subsampling in _KEPT_FALLBACKS:
            buffer = io.BytesIO()
            picture.save(buffer, format="JPEG", quality=quality, subsampling=subsampling,
                         optimize=True)
            if buffer.tell() <= MAX_ATTACHMENT_BYTES:
                return buffer.getvalue(), "image/jpeg"
    raise RefusedFileError(RefusedFileError.TOO_BIG_KEPT, str(source_size))


def _eight_bits(image):
    """A grey picture of more than 8 bits (a scanner's « 16 bits gris » page: Pillow's
    ``I;16``, or ``I``) scaled to 8 bits, as it looks. ``convert`` clips every value above
    255, so all but the blackest ink came out white: the scan was stored as a blank page,
    and the original is not kept (fresh7)."""
    if not (image.mode.startswith("I;16") or image.mode == "I"):
        return image
    sixteen = image.mode != "I" or image.getextrema()[1] > 255
    wide = image.convert("I") if image.mode != "I" else image
    if sixteen:
        wide = wide.point(lambda value: value / 257)
    return wide.convert("L")


def _encode(image, kind: str, alpha: bool, keep_original: bool) -> tuple[bytes, str]:
    """PNG for screenshots and transparency (lossless text), JPEG for photos."""
    if kind == "png" or alpha:
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=not keep_original)
        if alpha or buffer.tell() <= PNG_PHOTO_BYTES:
            return buffer.getvalue(), "image/png"
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(
        buffer,
        format="JPEG",
        quality=KEEP_QUALITY if keep_original else JPEG_QUALITY,
        subsampling=0,
        optimize=True,
    )
    return buffer.getvalue(), "image/jpeg"


def rotated(data: bytes, mime: str) -> tuple[bytes, int, int]:
    """A stored image turned a quarter clockwise (re-encoded the way it came in)."""
    from PIL import Image

    image = Image.open(io.BytesIO(data), formats=["JPEG" if mime == "image/jpeg" else "PNG"])
    image.load()
    image = image.transpose(Image.Transpose.ROTATE_270)
    image.info = {}
    out, _ = _encode(image, "png" if mime == "image/png" else "jpeg",
                     image.mode in ("RGBA", "LA"), keep_original=True)
    return out, image.width, image.height


def check_stored(data: bytes, mime: str) -> bytes:
    """Bytes from an import file, checked like a new file but kept as they are.

    A Carnet export holds files Carnet already re-encoded: they come back
    byte for byte. An image that still carries metadata (written by another
    tool) is re-encoded at its size, like a new photo kept at its original size.
    """
    if not data:
        raise RefusedFileError(RefusedFileError.EMPTY)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise RefusedFileError(RefusedFileError.TOO_BIG, str(len(data)))
    kind = sniff(data)
    expected = {"image/jpeg": "jpeg", "image/png": "png", PDF_MIME: "pdf"}.get(mime)
    if kind is None or kind != expected:
        raise RefusedFileError(RefusedFileError.MISLABELLED, f"{expected}/{kind}")
    if kind == "pdf":
        _check_pdf(data)
        return data
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[kind.upper()])
            if image.width * image.height > MAX_PIXELS:
                raise RefusedFileError(RefusedFileError.TOO_MANY_PIXELS)
            image.load()
    except RefusedFileError:
        raise
    except Exception as exc:  # Pillow's many ways of failing on a damaged file
        raise RefusedFileError(RefusedFileError.DAMAGED, str(exc)[:200]) from None
    carries = set(image.info) - {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi",
                                 "gamma", "aspect", "progressive", "progression", "adobe",
                                 "adobe_transform"}
    if carries or image.getexif():
        return _reencode(data, kind, "", keep_original=True).data
    return data
