"""The idle lock of the main window on an encrypted store (DESIGN.md: "a lock after idle
time"), and Ctrl+L.

Why a cover over the window rather than closing the store: the page and any open form stay
exactly as they were (unsaved text kept), and nothing is read again on unlock. While
locked the cover hides the whole window (menus and status line too), the other windows of
the program (an open form, the guide) are hidden and shown again on unlock, the window's
shortcuts are dropped, a window that opens while locked (a form whose record was still
loading) is hidden at once and shown with the others, and only the password of the account
that locked it — or another account's, through "Switch user" (``switch.py``) — opens it
again. The password is checked on the runner's worker (``app.ops.accounts.check_in``:
counted and slowed after a few wrong ones, as at sign-in); a new account's role applies at
once (``shell.roles``).

Idle means no key, click, wheel or mouse move anywhere in the program for the time set in
Settings (``app.ops.settings.idle_lock_minutes``). On a plain store there is no lock:
there is no password to unlock with. A message box open when the lock comes is hidden
like any window, which declines its question (nobody may answer "Delete?" behind the
lock); one that opens while locked (a task's note) is left above the cover, as hiding it
would lose what it says before anyone read it.
"""

from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from shiboken6 import isValid

from app.models.store import Store
from app.ops import accounts
from app.ops.accounts import SignedIn, signed_in_of
from app.ui.runtime import errors
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.roles import switch_to
from app.ui.signin.switch import LockCover

INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                   QEvent.Type.Wheel, QEvent.Type.TouchBegin})
CHECK_MS = 1000  # how often idle time is compared with the limit


class WindowLock(QObject):
    """Locks ``window`` after ``minutes`` idle, or when asked; unlocks with a password."""

    locked_changed = Signal(bool)
    account_changed = Signal(object)  # the SignedIn now working on the window

    def __init__(self, window: QMainWindow, store: Store, runner: TaskRunner,
                 minutes: int) -> None:
        super().__init__(window)
        self.window, self.store, self.runner = window, store, runner
        self.limit = minutes * 60.0  # seconds; tests set less
        self._last = time.monotonic()
        self._hidden: list[QWidget] = []
        self.cover: LockCover | None = None
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self._check)
        self._timer.start()
        QApplication.instance().installEventFilter(self)
        window.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.cover is not None

    def set_minutes(self, minutes: int) -> None:
        """Settings changed the time; it counts from the last input, as before."""
        self.limit = minutes * 60.0

    def set_check_interval(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)

    def _check(self) -> None:
        if not self.window.isVisible():  # not shown (yet, or any more): nothing to cover,
            return                       # and the program's other windows are not its to hide
        if self.locked:  # a window its Show event did not reveal (seen once in CI): hidden too
            for widget in self._others_shown():
                self._hide_late(widget)
        elif time.monotonic() - self._last >= self.limit:
            self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT and not self.locked:
            self._last = time.monotonic()
        elif self.locked and kind == QEvent.Type.Shortcut:
            return not self._in_cover(watched)  # Ctrl+Q, Ctrl+1…: not behind the lock
        elif watched is self.window and kind == QEvent.Type.Resize and self.cover is not None:
            self.cover.setGeometry(self.window.rect())
        elif self.locked and kind == QEvent.Type.Show and self._to_hide(watched):
            QTimer.singleShot(0, partial(self._hide_late, watched))  # once its show is done
        return False

    def _is_other_window(self, widget: QObject) -> bool:
        """A form, dialog or the guide of this program while its main window is shown (a
        closed window's lock, kept alive by Python, leaves the next window's alone)."""
        return (self.window.isVisible() and isinstance(widget, QWidget) and widget.isWindow()
                and widget is not self.window
                and widget.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Window))

    def _hide_late(self, widget: QWidget) -> None:
        if self.locked and isValid(widget) and widget.isVisible():
            widget.hide()
            self._hidden.append(widget)

    def _in_cover(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and self.cover is not None and (
            watched is self.cover or self.cover.isAncestorOf(watched))

    # --- locking and unlocking ----------------------------------------------------------
    def lock(self, switching: bool = False) -> None:
        """Cover the window (``switching``: open on another account's sign-in)."""
        who = signed_in_of(self.store)
        if who is None or not self.window.isVisible():
            return
        if self.cover is None:
            self._hide_other_windows()
            self._set_behind_enabled(False)
            self.cover = LockCover(who, self.window)
            self.cover.submitted.connect(self._check_password)
            self.cover.setGeometry(self.window.rect())
            self.cover.show()
            self.cover.raise_()
            self.locked_changed.emit(True)
        self.cover.set_switching(switching)

    def _hide_other_windows(self) -> None:
        self._hidden = self._others_shown()
        for widget in self._hidden:
            widget.hide()

    def _others_shown(self) -> list[QWidget]:
        """This program's other windows on screen that the lock hides."""
        return [w for w in QApplication.topLevelWidgets()
                if self._to_hide(w) and w.isVisible() and not w.isHidden()]

    def _to_hide(self, widget: QObject) -> bool:
        """Another window of the program, but a note that opened over the cover (a box
        open when the lock comes is hidden: that declines a question)."""
        return self._is_other_window(widget) and not (
            self.locked and isinstance(widget, QMessageBox))

    def _set_behind_enabled(self, enabled: bool) -> None:
        for part in (self.window.centralWidget(), self.window.menuBar(),
                     self.window.statusBar()):
            if part is not None:
                part.setEnabled(enabled)

    def _check_password(self, name: str, password: str) -> None:
        self.cover.set_busy(True)
        self.runner.run(partial(accounts.check_in, self.store, name, password),
                        self._unlocked, failed=self._refused)

    def _unlocked(self, who: SignedIn) -> None:
        changed = who != self._previous_account()
        switch_to(self.store, who)  # the store has it already; the pages follow now
        cover, self.cover = self.cover, None
        if cover is not None:
            cover.hide()
            cover.deleteLater()
        self._set_behind_enabled(True)
        for widget in self._hidden:
            if isValid(widget):  # a form closed meanwhile by the program is gone
                widget.show()
        self._hidden = []
        self._last = time.monotonic()
        self.locked_changed.emit(False)
        if changed:
            self.account_changed.emit(who)

    def _previous_account(self) -> SignedIn | None:
        return self.cover.who if self.cover is not None else None

    def _refused(self, exc: BaseException) -> bool:
        if self.cover is None:
            return False
        self.cover.set_busy(False)
        if not errors.is_expected(exc):
            return False
        self.cover.refused(str(exc))
        return True
