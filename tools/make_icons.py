"""Draw Desk's icon at the sizes Briefcase and the desktop want (run once; output is committed).

QT_QPA_PLATFORM=offscreen python tools/make_icons.py
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath

OUT = Path(__file__).resolve().parent.parent / "desk" / "resources" / "icons"
SIZES = (16, 32, 64, 128, 256, 512)


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = QRectF(size * 0.04, size * 0.04, size * 0.92, size * 0.92)
    path = QPainterPath()
    path.addRoundedRect(r, size * 0.18, size * 0.18)
    p.fillPath(path, QColor("#15325b"))  # ministry navy
    # three trend-log lines and an amber signal bar
    pen_w = max(1.0, size * 0.06)
    for i, width in enumerate((0.52, 0.40, 0.46)):
        y = size * (0.36 + i * 0.16)
        p.fillRect(QRectF(size * 0.22, y, size * width, pen_w), QColor("#e8edf5"))
    p.fillRect(QRectF(size * 0.70, size * 0.30, size * 0.09, size * 0.44), QColor("#ffc000"))
    if size >= 64:
        f = QFont("DejaVu Sans", max(6, int(size * 0.11)))
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor("#e8edf5"))
        p.drawText(QRectF(0, size * 0.12, size, size * 0.16), Qt.AlignmentFlag.AlignCenter, "DESK")
    p.end()
    return img


def main() -> None:
    QGuiApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(str(OUT / f"desk-{size}.png"))
    draw(512).save(str(OUT / "desk.png"))
    try:  # Windows wants an .ico; ImageMagick builds it from the PNGs when it is installed
        pngs = [str(OUT / f"desk-{s}.png") for s in (16, 32, 64, 128, 256)]
        subprocess.run(["convert", *pngs, str(OUT / "desk.ico")], check=True)
    except (OSError, subprocess.CalledProcessError):
        print("ImageMagick not found: desk.ico not rebuilt")


if __name__ == "__main__":
    main()
