"""Where the main window opens: as the officer left it, and always on the screen.

The first time, the window takes its default size where the screen has room for it, and
is maximised where it has not: the common commune laptop has a 1366×768 screen, whose
free area (the taskbar taken off) is smaller than 1280×780, and a window that size put
its status line under the screen's edge. Later it opens as it was closed (size, place,
maximised or not: ``saveGeometry``). A place saved on a bigger monitor, or on one that is
no longer plugged in, is brought back onto the screen; a size that no longer fits is
maximised.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.ui.runtime.options import WINDOW_GEOMETRY, Options

DEFAULT_SIZE = QSize(1280, 780)


def available_geometry(window: QWidget) -> QRect:
    """The free area of the screen the window is on (the primary one before it shows).
    Tests replace this to stand for a screen of another size."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def show_window(window: QWidget, options: Options) -> None:
    """Show ``window`` as it was left, or at its default size or maximised the first time.
    A restored place is checked once shown, when the window's frame (title bar, borders)
    counts too."""
    area = available_geometry(window)
    saved = options.get(WINDOW_GEOMETRY)
    restored = bool(saved) and window.restoreGeometry(QByteArray(saved))
    if not restored:
        first_place(window, area)
    window.show()
    if restored and not window.isMaximized():
        keep_on_screen(window, area)


def first_place(window: QWidget, area: QRect) -> None:
    """The default size in the middle of ``area`` where it fits there, else maximised."""
    if DEFAULT_SIZE.width() <= area.width() and DEFAULT_SIZE.height() <= area.height():
        frame = QRect(area.topLeft(), DEFAULT_SIZE)
        frame.moveCenter(area.center())
        window.setGeometry(frame)
    else:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def keep_on_screen(window: QWidget, area: QRect) -> None:
    """Maximise a window larger than ``area``; move one partly outside back inside it."""
    frame = window.frameGeometry()
    if frame.width() > area.width() or frame.height() > area.height():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    if area.contains(frame):
        return
    left = min(max(frame.left(), area.left()), area.right() - frame.width() + 1)
    top = min(max(frame.top(), area.top()), area.bottom() - frame.height() + 1)
    window.move(window.pos() + QPoint(left - frame.left(), top - frame.top()))


def remember_window(window: QWidget, options: Options) -> None:
    """Keep the window's size, place and state for the next start."""
    options.set(WINDOW_GEOMETRY, window.saveGeometry().data())
    options.sync()
