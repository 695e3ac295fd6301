"""A tiny, valid PNG avatar generated at import time (no binary files in the repo)."""

from __future__ import annotations

import struct
import zlib

SIZE = 48


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def _pixels() -> bytes:
    rows = []
    centre = (SIZE - 1) / 2
    for y in range(SIZE):
        row = bytearray([0])  # filter type: none
        for x in range(SIZE):
            d2 = (x - centre) ** 2 + (y - centre * 0.8) ** 2
            if d2 < (SIZE / 5) ** 2 or (y > SIZE * 0.62 and abs(x - centre) < SIZE * 0.34):
                row += bytes((255, 255, 255))  # a simple head-and-shoulders figure
            else:
                row += bytes((29, 155, 240))
        rows.append(bytes(row))
    return b"".join(rows)


def make_png() -> bytes:
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(_pixels(), 9))
        + _chunk(b"IEND", b"")
    )


AVATAR_PNG = make_png()
