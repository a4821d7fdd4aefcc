"""Larger type for what must be read at a glance (a heading, a scan's answer, the lock's
title), scaled from the widget's own font so that the system's size setting still counts."""

from __future__ import annotations

from PySide6.QtGui import QFont

SMALLEST_POINTS = 9.0  # a font set in pixels reports -1 points: scale from this instead


def bigger(font: QFont, factor: float, bold: bool = False) -> QFont:
    """``font`` ``factor`` times larger (from at least ``SMALLEST_POINTS``), bold if asked."""
    larger = QFont(font)
    larger.setPointSizeF(max(font.pointSizeF(), SMALLEST_POINTS) * factor)
    larger.setBold(bold)
    return larger
