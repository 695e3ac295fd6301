"""Render the app icon SVG to hicolor PNGs (48-256 px), a Windows .ico and a macOS .icns.

Rendering uses PySide6's QSvgRenderer, so no Pillow or Inkscape is needed.

Run from the repository root: ``python packaging/render_icons.py``. If the GUI's own icon
``twauth_gui/resources/icons/twauth-gui.svg`` (or ``app.svg``) exists, it is copied over the
packaging SVG first, so the desktop menu, the window icon and the bundles all show one icon.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

APP_ID = "io.github.twauth.TwauthGui"
SIZES = (48, 64, 128, 256)
ROOT = Path(__file__).resolve().parent.parent
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
GUI_ICON_DIR = ROOT / "twauth_gui" / "resources" / "icons"
GUI_SVG_NAMES = ("app.svg", "twauth-gui.svg")  # the GUI's window icon (theme.app_icon)
ICO = ROOT / "packaging" / "icons" / "twauth-gui.ico"
ICNS = ROOT / "packaging" / "icons" / "twauth-gui.icns"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple icon types holding PNG data: (type, pixel size).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def png_path(size: int) -> Path:
    """Where the PNG of one size lives in the hicolor tree."""
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def gui_svg() -> Path | None:
    """The GUI's own application icon, if the GUI ships one."""
    for name in GUI_SVG_NAMES:
        if (GUI_ICON_DIR / name).is_file():
            return GUI_ICON_DIR / name
    return None


def sync_svg() -> Path | None:
    """Copy the GUI's icon over the packaging SVG when it exists and differs; returns it."""
    source = gui_svg()
    if source is not None and (not SVG.is_file() or source.read_bytes() != SVG.read_bytes()):
        SVG.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, SVG)
        return source
    return None


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose elements are PNG data (macOS 10.7 and later)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render() -> None:
    """Render every size; fails loudly if Qt cannot read the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"Qt could not read {SVG}")

    def png(size: int) -> bytes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"could not encode a {size}px PNG")
        buffer.close()
        return bytes(array.data())

    wanted = set(SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: png(size) for size in sorted(wanted)}
    for size in SIZES:
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pngs[size])
        print(f"wrote {out.relative_to(ROOT)}")
    ICO.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    print(f"wrote {ICO.relative_to(ROOT)}")
    ICNS.write_bytes(icns_bytes(pngs))
    print(f"wrote {ICNS.relative_to(ROOT)}")
    del app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-sync", action="store_true", help="do not copy app.svg first")
    args = parser.parse_args()
    source = None if args.no_sync else sync_svg()
    if source is not None:
        print(f"copied {source.relative_to(ROOT)} -> {SVG.relative_to(ROOT)}")
    render()
    return 0


if __name__ == "__main__":
    sys.exit(main())
