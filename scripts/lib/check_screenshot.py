#!/usr/bin/env python3
"""Checks that a screenshot of Socle shows a real page, not a blank or
half-drawn window: several distinct colours (text, selections, headings),
dark pixels in many rows (text), and no single colour covering nearly all of
it. Reads the PNG with the standard library alone (8-bit RGB or RGBA, as wx
writes them). Usage: check_screenshot.py PICTURE.png"""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG file")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                raise ValueError(f"{path}: only 8-bit RGB or RGBA pictures are read here")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        kind, row = line[0], bytearray(line[1:])
        for x in range(stride):
            left = row[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                row[x] = (row[x] + left) & 255
            elif kind == 2:
                row[x] = (row[x] + up) & 255
            elif kind == 3:
                row[x] = (row[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                row[x] = (row[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(row))
        previous = row
    return width, height, channels, rows


def main(path):
    width, height, channels, rows = read_png(path)
    colours, counts, text_rows = set(), {}, 0
    border = 10 * channels  # window edges are dark on some systems: not text
    for row in rows[::2]:
        dark = 0
        for x in range(border, width * channels - border, channels * 2):
            pixel = row[x:x + 3]
            colours.add(pixel)
            counts[pixel] = counts.get(pixel, 0) + 1
            if sum(pixel) < 200:
                dark += 1
        if dark >= 3:
            text_rows += 1
    sampled = sum(counts.values())
    commonest = max(counts.values()) / sampled
    problems = []
    if width < 800 or height < 500:
        problems.append(f"picture too small ({width}x{height})")
    # Wine and classic Windows themes draw text without anti-aliasing: a
    # real page there has a few dozen colours, a blank one a handful.
    if len(colours) < 12:
        problems.append(f"only {len(colours)} distinct colours: blank or half drawn")
    if commonest > 0.92:
        problems.append(f"one colour covers {commonest:.0%} of the picture")
    if text_rows < 20:
        problems.append(f"dark pixels (text) in only {text_rows} sampled rows")
    print(f"  {path}: {width}x{height}, {len(colours)} colours, commonest {commonest:.0%}, "
          f"{text_rows} rows with text")
    for problem in problems:
        print(f"  problem: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
