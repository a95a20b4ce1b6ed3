#!/usr/bin/env python3
"""Draw Topset's icon (a loaded barbell with a rising bar chart) as PNG files.

Writes assets/icon-SIZE.png for the sizes desktops ask for. Uses only the
standard library, so it runs on any machine with Python 3.
"""

import struct
import zlib
from pathlib import Path

SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
BACKGROUND = (30, 41, 59)
BAR = (203, 213, 225)
PLATE_OUTER = (220, 38, 38)
PLATE_INNER = (245, 158, 11)
CHART = (34, 197, 94)


def inside_rounded_square(x, y, radius):
    """Whether (x, y), in 0..1 units, lies in a square with rounded corners."""
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2


def colour_at(x, y):
    """Colour of the icon at (x, y) in 0..1 units, or None for transparency."""
    if not inside_rounded_square(x, y, 0.18):
        return None
    # Rising chart bars behind the barbell.
    for index, height in enumerate((0.22, 0.34, 0.48)):
        left = 0.30 + index * 0.15
        if left <= x <= left + 0.09 and 0.80 - height <= y <= 0.80:
            return CHART
    # Bar across the middle.
    if 0.10 <= x <= 0.90 and 0.47 <= y <= 0.53:
        return BAR
    # Two plates on each side, the outer one taller.
    for left, right in ((0.16, 0.22), (0.78, 0.84)):
        if left <= x <= right and 0.26 <= y <= 0.74:
            return PLATE_OUTER
    for left, right in ((0.23, 0.27), (0.73, 0.77)):
        if left <= x <= right and 0.34 <= y <= 0.66:
            return PLATE_INNER
    return BACKGROUND


def render(size):
    """RGBA rows for an icon of size × size pixels, with 4× supersampling."""
    rows = []
    samples = 4
    for py in range(size):
        row = bytearray()
        for px in range(size):
            totals = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    colour = colour_at(x, y)
                    if colour is not None:
                        totals[0] += colour[0]
                        totals[1] += colour[1]
                        totals[2] += colour[2]
                        totals[3] += 255
            count = samples * samples
            alpha = totals[3] // count
            if alpha:
                covered = totals[3] // 255
                row += bytes((totals[0] // covered, totals[1] // covered, totals[2] // covered, alpha))
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    path.write_bytes(png)


def main():
    assets = Path(__file__).resolve().parent.parent / "assets"
    for size in SIZES:
        write_png(assets / f"icon-{size}.png", size, render(size))


if __name__ == "__main__":
    main()
