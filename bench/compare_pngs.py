"""Compare two folders of screenshots pixel by pixel (``kiosk --screenshot`` of two versions).

    .venv/bin/python bench/compare_pngs.py BEFORE_DIR AFTER_DIR [--diff-out DIR]

For every PNG in either folder: missing on one side, a different size, or the number of pixels that
differ and the bounding box of the differences. ``--diff-out`` writes, for each differing pair, a
picture with the differing pixels in magenta over a faded copy of the "after" screenshot, to look at.
Exit status 0 when every pair is identical.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter


def compare(before: QImage, after: QImage) -> tuple[int, tuple[int, int, int, int] | None, QImage]:
    """Differing pixel count, their bounding box (x0, y0, x1, y1) and a picture of where they are."""
    a = before.convertToFormat(QImage.Format.Format_RGB32)
    b = after.convertToFormat(QImage.Format.Format_RGB32)
    marks = QImage(b)
    painter = QPainter(marks)
    painter.fillRect(marks.rect(), QColor(255, 255, 255, 200))
    painter.end()
    width, height = a.width(), a.height()
    row_bytes = a.bytesPerLine()
    bits_a, bits_b = bytes(a.constBits()), bytes(b.constBits())
    count, box = 0, None
    magenta = QColor(255, 0, 255).rgb()
    for y in range(height):
        start = y * row_bytes
        if bits_a[start : start + width * 4] == bits_b[start : start + width * 4]:
            continue
        for x in range(width):
            i = start + 4 * x
            if bits_a[i : i + 4] != bits_b[i : i + 4]:
                count += 1
                marks.setPixel(x, y, magenta)
                box = (
                    (x, y, x, y)
                    if box is None
                    else (min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y))
                )
    return count, box, marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--diff-out", type=Path)
    args = parser.parse_args()
    names = sorted({p.name for p in args.before.glob("*.png")} | {p.name for p in args.after.glob("*.png")})
    same = 0
    for name in names:
        a, b = args.before / name, args.after / name
        if not a.exists() or not b.exists():
            print(f"{name}: only in {'after' if b.exists() else 'before'}")
            continue
        image_a, image_b = QImage(str(a)), QImage(str(b))
        if image_a.size() != image_b.size():
            print(
                f"{name}: size {image_a.width()}x{image_a.height()} -> {image_b.width()}x{image_b.height()}"
            )
            continue
        count, box, marks = compare(image_a, image_b)
        if count == 0:
            same += 1
            continue
        print(f"{name}: {count} pixels differ, within x {box[0]}-{box[2]}, y {box[1]}-{box[3]}")
        if args.diff_out:
            args.diff_out.mkdir(parents=True, exist_ok=True)
            marks.save(str(args.diff_out / name))
    print(f"{same} of {len(names)} screenshots identical")
    return 0 if same == len(names) else 1


if __name__ == "__main__":
    sys.exit(main())
