"""How the runner's work crosses threads, apart from the runner's own bookkeeping.

What runs on a worker thread (``Job``, and the ``Throttle`` handed to work as its
``progress``) never touches a runner or a widget: it only emits signals of the one
application-wide ``Bridge``, which lives on the GUI thread, so Qt queues every delivery
there. ``tasks.TaskRunner`` is the only user; pages never see these classes, and this
module knows the runner only as the ``Receiver`` it hands results to.
"""

from __future__ import annotations

import inspect
import logging
import time
import weakref
from collections.abc import Callable
from itertools import count
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, Signal

from app.sync.stages import Stage
from app.ui.runtime import errors

log = logging.getLogger("app.ui.runtime.tasks")  # these lines are the runner's, under its name
PROGRESS_INTERVAL_S = 0.05  # at most ~20 bar updates a second, however often work reports
task_ids = count(1)  # unique across runners: the bridge routes by task id


class Receiver(Protocol):
    """What the bridge hands a task's outcome to (the runner that submitted it)."""

    def _on_succeeded(self, task_id: int, value: Any) -> None: ...

    def _on_crashed(self, task_id: int, exc: BaseException) -> None: ...

    def _on_progress(self, task_id: int, done: int, total: int, stage: Stage | str) -> None: ...


def accepted_kwargs(work: Callable[..., Any]) -> set[str]:
    """Which of ``progress`` and ``cancel`` the work takes as keyword arguments."""
    try:
        params = inspect.signature(work).parameters.values()
    except (TypeError, ValueError):  # some builtins have no signature
        return set()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return {"progress", "cancel"}
    usable = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return {p.name for p in params if p.name in ("progress", "cancel") and p.kind in usable}


class Bridge(QObject):
    """The one object workers emit to: it lives on the GUI thread as long as the
    application, so Qt queues every delivery there, and it is never destroyed while a
    worker may be emitting (a runner, with its window, can be). It hands each result to the
    runner that submitted the task, if that runner still exists."""

    succeeded = Signal(int, object)
    crashed = Signal(int, object)
    progressed = Signal(int, int, int, object)  # task id, done, total, stage

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.routes: dict[int, weakref.ref[Receiver]] = {}
        queued = Qt.ConnectionType.QueuedConnection
        self.succeeded.connect(self._succeeded, queued)
        self.crashed.connect(self._crashed, queued)
        self.progressed.connect(self._progressed, queued)

    def _runner(self, task_id: int, last: bool) -> Receiver | None:
        ref = self.routes.pop(task_id, None) if last else self.routes.get(task_id)
        runner = ref() if ref is not None else None
        return runner if runner is not None and shiboken6.isValid(runner) else None

    def _succeeded(self, task_id: int, value: Any) -> None:
        runner = self._runner(task_id, last=True)
        if runner is not None:
            runner._on_succeeded(task_id, value)

    def _crashed(self, task_id: int, exc: BaseException) -> None:
        runner = self._runner(task_id, last=True)
        if runner is not None:
            runner._on_crashed(task_id, exc)

    def _progressed(self, task_id: int, done: int, total: int, stage: Stage | str) -> None:
        runner = self._runner(task_id, last=False)
        if runner is not None:
            runner._on_progress(task_id, done, total, stage)


_shared: list[Bridge] = []


def shared_bridge() -> Bridge:
    """The application's bridge, made on first use (on the GUI thread, by a runner)."""
    if not _shared or not shiboken6.isValid(_shared[0]):
        _shared[:] = [Bridge(QCoreApplication.instance())]
    return _shared[0]


class Job(QRunnable):
    def __init__(self, task_id: int, work: Callable[..., Any], kwargs: dict[str, Any],
                 bridge: Bridge) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps the Python object until delivery
        self._id, self._work, self._kwargs, self._bridge = task_id, work, kwargs, bridge

    def run(self) -> None:
        try:
            value = self._work(**self._kwargs)
        except BaseException as exc:  # noqa: BLE001 (every failure must reach the window)
            if errors.is_expected(exc):
                log.info("data task refused: %s", exc)
            else:
                log.exception("data task failed")
            self._emit(self._bridge.crashed, self._id, exc)
        else:
            self._emit(self._bridge.succeeded, self._id, value)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window was closed meanwhile; nobody is waiting
            log.info("a task finished after its window closed")


class Throttle:
    """The ``progress`` callable handed to work: thread-safe, rate-limited. It takes what
    every long task reports, the sync layer's push included: ``(done, total, stage)``, the
    stage a transfer stage (app/sync/stages.py) or a text the page worded. A new stage
    always passes, so the panel never shows the stage before."""

    def __init__(self, task_id: int, bridge: Bridge) -> None:
        self._id, self._bridge, self._last = task_id, bridge, 0.0
        self._stage: Stage | str | None = None

    def __call__(self, done: int, total: int, stage: Stage | str = "") -> None:
        now = time.monotonic()
        if (done < total and stage == self._stage
                and now - self._last < PROGRESS_INTERVAL_S):
            return
        self._last, self._stage = now, stage
        Job._emit(self._bridge.progressed, self._id, int(done), int(total), stage)
