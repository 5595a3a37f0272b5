"""Render the Carnet icon from its SVG into the PNG, ICO and ICNS files.

    .venv/bin/python packaging/render_icons.py            # writes into resources/icons/

Uses PySide6's QtSvg (in PySide6-Essentials), offscreen, so it runs without a
display. The ``.ico`` (Windows) and ``.icns`` (macOS) containers are written
here by hand: both simply wrap PNG images, which avoids needing Pillow or the
platform tools (iconutil). The outputs are committed; run this again after
editing ``carnet.svg``.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "carnet.svg"

#: The PNG sizes shipped (hicolor theme sizes, Qt window icons).
SIZES = (16, 32, 48, 64, 128, 256, 512)
#: Windows .ico: up to 256 px.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: macOS .icns: OSType → pixel size (ic11–ic14 and ic10 are the @2x variants).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def png_name(size: int) -> str:
    return f"carnet-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG rendered at ``size``×``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG for QtSvg")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images (supported since OS X 10.7)."""
    body = b"".join(
        ostype + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for ostype, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(svg: Path = SVG, out: Path = ICONS) -> list[Path]:
    """Write every PNG plus ``carnet.ico`` and ``carnet.icns``; return the paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    wanted = set(SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render_png(svg, size) for size in sorted(wanted)}
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        target = out / png_name(size)
        target.write_bytes(pngs[size])
        written.append(target)
    targets = {
        out / "carnet.ico": ico_bytes({s: pngs[s] for s in ICO_SIZES}),
        out / "carnet.icns": icns_bytes(pngs),
    }
    for target, data in targets.items():
        target.write_bytes(data)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--svg", type=Path, default=SVG, help="the source SVG")
    parser.add_argument("--out", type=Path, default=ICONS, help="the folder to write into")
    args = parser.parse_args(argv)
    for path in render_all(args.svg, args.out):
        print(
            f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
            f"  {path.stat().st_size} bytes"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
