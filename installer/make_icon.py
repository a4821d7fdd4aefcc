"""Draw the app's icon: ``resources/icons/commune-it.png`` (256 px, for the window and the
README) and ``commune-it.ico`` (16 to 256 px, for the Windows program, its shortcuts and
the installer).

Drawn here with Pillow (which reportlab already brings) rather than kept only as a binary:
a register shown on a computer screen — white lines on a screen over a stand, on a rounded
square in the blue of the window's header — simple enough to stay readable at 16 px. Each
size is drawn at that size from the same shapes, not scaled down from 256, so the small
ones stay sharp. Run ``.venv/bin/python installer/make_icon.py`` after changing it.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE = (31, 95, 139, 255)
WHITE = (255, 255, 255, 255)
LINES = (190, 214, 232, 255)
GREEN = (76, 175, 80, 255)


def draw(size: int) -> Image.Image:
    """The icon at ``size`` pixels, from shapes given in a 64-unit square."""
    scale = size / 64
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return (round(x0 * scale), round(y0 * scale), round(x1 * scale) - 1,
                round(y1 * scale) - 1)

    pen.rounded_rectangle(box(0, 0, 64, 64), radius=max(2, round(12 * scale)), fill=BLUE)
    pen.rounded_rectangle(box(10, 12, 54, 44), radius=max(1, round(3 * scale)), fill=WHITE)
    pen.rectangle(box(28, 44, 36, 50), fill=WHITE)  # the stand
    pen.rectangle(box(20, 50, 44, 53), fill=WHITE)
    for top in (18, 25, 32):  # the register's lines
        pen.rectangle(box(22, top, 48, top + 3), fill=LINES)
        pen.rectangle(box(15, top, 19, top + 3), fill=GREEN)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    images = [draw(size) for size in SIZES]
    images[-1].save(ICONS / "commune-it.png")
    images[-1].save(ICONS / "commune-it.ico", sizes=[(s, s) for s in SIZES],
                    append_images=images[:-1])


if __name__ == "__main__":
    main()
