"""One place for what the officer is told when something fails, and the error dialog.

Two kinds of failure reach the window. An expected one (a ``ModelError``: a bad value, a
file from another province) carries its own plain Vietnamese sentence, which is shown as it
is in a plain message box (``dialogs.show_message``). Anything else is a bug or a broken
environment: it is logged with its traceback in the rotating log file, and the officer sees
a plain sentence with the technical details folded away, copyable for IT support, and the
path of the log file. ``install_excepthook`` routes exceptions raised in Qt slots the same
way, so nothing fails silently and nothing closes the window.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.logs import bare_traceback
from app.models.errors import ModelError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

DIALOG_WIDTH = 520
DETAILS_WIDTH, DETAILS_HEIGHT = 760, 440
_log_file: list[Path | None] = [None]
_open_dialogs: set[ErrorDialog] = set()
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def set_log_file(path: Path | None) -> None:
    """Where the rotating log is written (``main.run`` knows), to name it to the officer."""
    _log_file[0] = path


def log_file() -> Path | None:
    return _log_file[0]


def is_expected(exc: BaseException) -> bool:
    """An expected failure has a sentence for the officer and needs no support."""
    return isinstance(exc, ModelError)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def friendly_message(exc: BaseException) -> str:
    """The sentence the officer reads for ``exc``: its own for an expected failure, a plain
    explanation for the few environment failures an officer can act on, else a general
    one (the details go to support)."""
    if is_expected(exc):
        return str(exc)
    for cause in _chain(exc):
        if isinstance(cause, sqlite3.OperationalError) and "locked" in str(cause):
            return translate("Errors", "The data is busy with another task. Nothing was "
                             "changed; please try again in a moment.")
        if isinstance(cause, MemoryError):
            return translate("Errors", "The computer ran out of memory. Close other "
                             "programs and try again.")
        if isinstance(cause, OSError) and cause.strerror:
            return translate("Errors", "A file or folder could not be used: {reason}.").format(
                reason=cause.strerror)
    return translate("Dialogs", "Something went wrong. Please send the details below to "
                     "IT support.")


def details_of(exc_info: ExcInfo) -> str:
    """What support reads in the dialog: where it failed, never the message, which may
    quote personal data (the log keeps the same text: app/logs.py)."""
    return bare_traceback(exc_info)


class ErrorDialog(QDialog):
    """A failure the officer cannot fix: the sentence, then details and the log file for
    IT support, folded away until asked for and copyable in one click."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(translate("Dialogs", "Problem"))
        self.message = QLabel(message, self, wordWrap=True, objectName="errorMessage")
        self.details = QPlainTextEdit(details, self, readOnly=True, objectName="errorDetails")
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setVisible(False)
        where = log_file()
        self.log_label = QLabel(
            translate("Errors", "Details were also written to the log file: {path}").format(
                path=where) if where else "", self, wordWrap=True, objectName="logFile")
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setVisible(bool(where))
        self.toggle_button = QPushButton(translate("Errors", "Show details"), self)
        self.toggle_button.clicked.connect(self.toggle_details)
        self.copy_button = QPushButton(translate("Errors", "Copy details"), self)
        self.copy_button.clicked.connect(self.copy_details)
        self._lay_out()
        self.setMinimumWidth(DIALOG_WIDTH)

    def _lay_out(self) -> None:
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.message, 1)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(translate("Dialogs", "Close"),
                                  QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.log_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def toggle_details(self) -> None:
        shown = not self.details.isVisible()
        self.details.setVisible(shown)
        self.toggle_button.setText(translate("Errors", "Hide details") if shown
                                   else translate("Errors", "Show details"))
        self.adjustSize()
        if shown:
            self.resize(max(self.width(), DETAILS_WIDTH), max(self.height(), DETAILS_HEIGHT))

    def copy_details(self) -> None:
        """Message, details and log path together, ready to paste into a support request."""
        parts = [self.message.text(), self.details.toPlainText()]
        if log_file():
            parts.append(str(log_file()))
        QGuiApplication.clipboard().setText("\n\n".join(p for p in parts if p))


def show_error(parent: QWidget | None, message: str, details: str) -> ErrorDialog:
    """Show the error dialog without blocking (window-modal): the event loop keeps running,
    so a failure inside another dialog or a nested loop cannot freeze the window."""
    dialog = ErrorDialog(message, details, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.add(dialog)  # a parentless dialog lives only while Python holds it
    dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))
    dialog.open()
    return dialog


def report_unexpected(exc_info: ExcInfo, parent: QWidget | None = None,
                      what: str = "unexpected error") -> None:
    """Log an unexpected exception with its traceback and show it (GUI thread only)."""
    log.error("%s", what, exc_info=exc_info)
    if not _on_gui_thread():
        return
    show_error(parent or QApplication.activeWindow(), friendly_message(exc_info[1]),
               details_of(exc_info))


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


_Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_excepthook() -> Callable[[], None]:
    """Route exceptions that escape Qt slots (PySide prints them through ``sys.excepthook``)
    to the log and the error dialog; returns the function that puts the old hook back."""
    previous: _Hook = sys.excepthook
    reporting = threading.local()

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) or getattr(reporting, "busy", False):
            previous(kind, exc, tb)
            return
        reporting.busy = True  # a failure while showing the dialog must not loop
        try:
            report_unexpected((kind, exc, tb), what="unexpected error in the window")
        finally:
            reporting.busy = False

    sys.excepthook = hook

    def restore() -> None:
        sys.excepthook = previous

    return restore
