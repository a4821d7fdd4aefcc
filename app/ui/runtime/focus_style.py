"""Where the keys go, visible at a glance: a 2 px ring in the palette's highlight colour
around the text field, list, combo or button that has the keyboard focus, in every window
of the app (issue 11: the styles' own focus marks — a dotted line, a one-pixel tint — are
almost invisible to an officer who works from the keyboard on an old screen).

Why a ring drawn beside the widget rather than an application style sheet: a style sheet
that sets a border takes over the whole drawing of buttons and combos and changes their
look everywhere; the ring only adds, outside the widget, and works the same over every Qt
style (Fusion on Linux, the Windows styles). It is Qt's ``QFocusFrame``, which follows the
widget it frames when it moves, resizes or hides; ``install`` makes one follow the focus
for the whole application.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QTextEdit,
    QWidget,
)

RING_WIDTH = 2
FRAMED = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView,
          QTextEdit, QPlainTextEdit)
_OWNERS = (QComboBox, QAbstractSpinBox)  # their inner line edit's focus is theirs


class _RingGeometry(QProxyStyle):
    """The frame's own style: it stands ``RING_WIDTH`` outside the widget, and above it in
    the window (Qt then parents it to the window or the nearest scroll area, so a tight
    parent — a button box as high as its buttons — does not clip the ring)."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin,
                      QStyle.PixelMetric.PM_FocusFrameVMargin):
            return RING_WIDTH
        return super().pixelMetric(metric, option, widget)

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,
                  widget: QWidget | None = None, returnData: object = None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1  # the ring paints only its edge: the widget shows through
        return super().styleHint(hint, option, widget, returnData)


class FocusRing(QFocusFrame):
    """The ring itself: four bands of the highlight colour at the frame's edges."""

    def __init__(self) -> None:
        super().__init__()
        self._geometry_style = _RingGeometry()
        self.setStyle(self._geometry_style)
        self.setObjectName("focusRing")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        w, h, r = self.width(), self.height(), RING_WIDTH
        for band in ((0, 0, w, r), (0, h - r, w, r), (0, 0, r, h), (w - r, 0, r, h)):
            painter.fillRect(*band, colour)
        painter.end()


def framed_widget(widget: QWidget | None) -> QWidget | None:
    """The widget to ring when ``widget`` has the focus: a field, list or button in a
    window (not in a popup list), or the combo or spin box that owns an inner line edit."""
    if widget is None or not shiboken6.isValid(widget):
        return None
    parent = widget.parentWidget()
    if isinstance(parent, _OWNERS):
        widget = parent
    if not isinstance(widget, FRAMED) or widget.isWindow():
        return None
    if widget.window().windowType() == Qt.WindowType.Popup:
        return None
    return widget


class FocusFollower(QObject):
    """Moves the one ring of the application to whatever takes the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self.follow)
        self.follow(None, app.focusWidget())

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = framed_widget(new)
        if self.ring is None or not shiboken6.isValid(self.ring):
            if target is None:
                return
            self.ring = FocusRing()  # the last one went with the window it was in
        self.ring.setWidget(target)

    def framed(self) -> QWidget | None:
        """The widget ringed now (None: the focus is elsewhere)."""
        if self.ring is None or not shiboken6.isValid(self.ring):
            return None
        widget = self.ring.widget()
        return widget if widget is not None and self.ring.isVisible() else None


def install(app: QApplication) -> FocusFollower:
    """Ring the focused widget in every window of ``app`` from now on (once per app)."""
    existing = app.findChild(FocusFollower)
    if existing is not None:
        return existing
    return FocusFollower(app)


def uninstall(app: QApplication) -> None:
    """No ring any more (tests that showed one leave the application as they found it)."""
    for follower in app.findChildren(FocusFollower):
        app.focusChanged.disconnect(follower.follow)
        if follower.ring is not None and shiboken6.isValid(follower.ring):
            follower.ring.setWidget(None)
            follower.ring.deleteLater()
        follower.setParent(None)
        follower.deleteLater()
