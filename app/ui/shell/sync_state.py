"""How this device stands with the province, held once for the whole window.

The Settings page (the device's card, the enrolment button), the Sync page (its status box,
which actions are open) and the status line (what is not sent yet) all show the same facts.
When each read them for itself, an enrolment made on one page left the others saying "not
enrolled" until a restart. Now one ``SyncState`` holds the last ``DeviceState`` read through
``app.ops.sync.device_state`` and emits ``changed`` with it; every page that shows those
facts listens, and every action that can change them (enrolment from either page, a USB
export or import, a push, a conflict settled, records written) asks it to ``refresh``.

Reads run on the runner's worker, one at a time; a refresh asked for while one runs is
not dropped but read again once it ends, since it may follow a change the running read
did not see. A minute's timer reads too: a sync run from the command line, or a clock
passing midnight, changes the facts without the window knowing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from app.models.store import Store
from app.ops.sync import DeviceState, device_state

REFRESH_MS = 60_000


class Runner(Protocol):
    """What the state needs of the window's task runner (runtime/tasks.py)."""

    def run(self, work: Callable[..., Any], done: Callable[[Any], None], *,
            failed: Callable[[BaseException], Any] | None = None) -> object: ...


class SyncState(QObject):
    """The one copy of the device's sync state that the window's pages follow."""

    changed = Signal(object)  # DeviceState

    def __init__(self, store: Store, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store, self._runner = store, runner
        self._current: DeviceState | None = None
        self._reading = self._again = False
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    @property
    def current(self) -> DeviceState | None:
        """The last state read (None until the first read ends)."""
        return self._current

    def follow(self, show: Callable[[DeviceState], None]) -> None:
        """Call ``show`` with every new state, and now with the current one if there is one
        (a page made after the first read still starts right)."""
        self.changed.connect(show)
        if self._current is not None:
            show(self._current)

    def refresh(self) -> None:
        """Read the state again on the runner's worker; ``changed`` follows."""
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        store = self._store
        self._runner.run(lambda: device_state(store), self._read, failed=self._failed)

    def _read(self, state: DeviceState) -> None:
        self._reading = False
        self._current = state
        self.changed.emit(state)
        if self._again:
            self.refresh()

    def _failed(self, _exc: BaseException) -> bool:
        self._reading = False
        if self._again:
            self.refresh()
        return False  # the runner tells the officer

    def stop(self) -> None:
        """The window is closing: no more reads of its own."""
        self.timer.stop()
