"""Test files for attachments: photos with EXIF, PNG bombs, small PDFs (all made here)."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

#: EXIF tags of the test photos.
ORIENTATION, MAKE, MODEL, DATETIME, GPS_IFD = 0x0112, 0x010F, 0x0110, 0x0132, 0x8825


def photo(width: int = 1200, height: int = 800, *, orientation: int = 1,
          marker: str = "CAMERA", color=(200, 40, 40)) -> bytes:
    """A JPEG whose left half is ``color`` and right half white, with EXIF camera, date
    and GPS tags that carry ``marker``. Stored sideways when ``orientation`` is 6."""
    img = Image.new("RGB", (width, height), "white")
    img.paste(Image.new("RGB", (width // 2, height), color), (0, 0))
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[MAKE] = f"Make {marker}"
    exif[MODEL] = f"Model {marker}"
    exif[DATETIME] = "2026:03:14 10:11:12"
    exif[GPS_IFD] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)}
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes(), quality=90,
             comment=f"comment {marker}".encode())
    return out.getvalue()


def marked_png(marker: str, width: int = 900, height: int = 300) -> bytes:
    """A PNG with ``marker`` in a text chunk, and black blocks (pixels) on white."""
    from PIL import PngImagePlugin

    img = Image.new("RGB", (width, height), "white")
    for i in range(0, width, 60):
        img.paste(Image.new("RGB", (30, height // 2), "black"), (i, height // 4))
    info = PngImagePlugin.PngInfo()
    info.add_itxt("Comment", f"secret {marker}", zip=False)
    out = io.BytesIO()
    img.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG that claims huge dimensions (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 200_000, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def pdf(text: str) -> bytes:
    """A one-page PDF that shows ``text`` (uncompressed, so the text is in the bytes)."""
    content = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()
