"""The one door through which the window runs data work: loads, saves, imports, sync.

Work runs on a worker thread (a ``QThreadPool``), so the window never freezes on SQLite,
files or the network; its result comes back through a queued signal and ``done`` runs on
the GUI thread. ``work`` must not touch widgets: it gets plain arguments, calls the
operations layer (app/ops, one unit of work per call) and returns plain values; long work
reports ``progress(done, total, stage)``, the one signature every layer uses.

Two queues, one worker each, so that order is kept where it matters: the quick queue
(loads, saves) runs a save before the reload queued after it; long work shown with a
progress bar (import, export, push) has its own queue, so browsing the lists goes on
while it runs. SQLite's WAL lets those reads proceed beside the long write. What runs on
the workers and carries results back (the job, the throttled ``progress``, the bridge to
the GUI thread) is in ``task_threads``; this module keeps the tasks and shows them.

Failures are reported here, once for every page: a ``ModelError`` is the officer's own
sentence in a plain message box; anything else is logged with its traceback and shown in
the error dialog with copyable details (``errors.py``).
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from app.sync.stages import Stage
from app.ui.runtime import errors
from app.ui.runtime.task_threads import Job, Throttle, accepted_kwargs, shared_bridge, task_ids
from app.ui.shell.status_line import TaskProgress
from app.ui.widgets.dialogs import show_refusal

log = logging.getLogger(__name__)
ProgressFn = Callable[[int, int, Stage | str], None]  # (done, total, stage)
FailedFn = Callable[[BaseException], Any]
SHUTDOWN_WAIT_MS = 5000


class ProgressArea(Protocol):
    """Where the window shows running tasks (the status line)."""

    def add_progress(self, widget: QWidget) -> None: ...

    def remove_progress(self, widget: QWidget) -> None: ...


@dataclass
class Task:
    """A handle on submitted work: ``cancel()`` asks cancellable work to stop."""

    id: int
    done: Callable[[Any], None]
    failed: FailedFn | None
    cancel_event: threading.Event = field(default_factory=threading.Event)
    job: Job | None = None
    panel: TaskProgress | None = None
    host: _ProgressHost | None = None
    long: bool = False

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _ProgressHost(QDialog):
    """The small window that shows one task's progress when the runner has no progress area
    (the first-run wizard, a runner of its own).

    Closing it (the title bar's close button, Esc) means "stop" for work that can be
    cancelled: it asks the work to stop, as the panel's Cancel does, and stays open until
    the work has stopped. Work that cannot be cancelled goes on and still delivers its
    result; the window is only hidden. Either way the runner deletes it when the task ends,
    never before: the task's last progress and its result may still be on their way."""

    def __init__(self, panel: TaskProgress, title: str, cancellable: bool,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.panel, self._cancellable = panel, cancellable
        self.setWindowTitle(title)
        QVBoxLayout(self).addWidget(panel)

    def reject(self) -> None:  # Esc, and QDialog's closeEvent
        if self._cancellable:
            if self.panel.cancel_button.isEnabled():
                self.panel.request_cancel()
            return  # a close refused: the window says "Cancelling…" until the work stops
        super().reject()


class TaskRunner(QObject):
    """Runs ``work`` off the GUI thread and hands its result to ``done`` on the GUI thread.

    ``failed`` is emitted for each failure the runner reports, with the sentence for the
    officer (empty for a bug) and the technical details (empty for an expected failure).
    """

    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[int, Task] = {}
        self._area: ProgressArea | None = None
        self._bridge = shared_bridge()
        self.closed = False
        self._pools = {kind: QThreadPool(self) for kind in (False, True)}
        for pool in self._pools.values():
            pool.setMaxThreadCount(1)

    def set_progress_area(self, area: ProgressArea | None) -> None:
        self._area = area

    def run(self, work: Callable[..., Any], done: Callable[[Any], None], *,
            progress_label: str | None = None, cancellable: bool = False,
            failed: FailedFn | None = None) -> Task:
        """Run ``work()`` on a worker, then ``done(result)`` on the GUI thread.

        ``work`` gets ``progress(done, total, stage)`` and ``cancel`` (a threading.Event it
        should check between steps) if it takes keyword arguments of those names; the
        stage is a transfer stage of app/sync/stages.py or a text already worded. With a
        ``progress_label`` a progress bar is shown while it runs, with a Cancel button if
        ``cancellable``. ``failed(exc)``, if given, is called first on a failure and may
        return True to say it showed the failure itself (a form's inline message); after a
        cancel it is called instead of any message.
        """
        task = Task(next(task_ids), done, failed, long=progress_label is not None)
        if self.closed:  # the window is closing: nobody would see the result
            log.info("a task was submitted after the runner shut down; ignored")
            return task
        wanted = accepted_kwargs(work)
        kwargs: dict[str, Any] = {}
        if "progress" in wanted:
            kwargs["progress"] = Throttle(task.id, self._bridge)
        if "cancel" in wanted:
            kwargs["cancel"] = task.cancel_event
        task.job = Job(task.id, work, kwargs, self._bridge)
        self._pending[task.id] = task
        self._bridge.routes[task.id] = weakref.ref(self)
        if progress_label is not None:
            task.panel = self._show_progress(task, progress_label, cancellable)
        self._pools[task.long].start(task.job)
        return task

    def idle(self) -> bool:
        """No task waiting, running or undelivered (``qtbot.waitUntil(runner.idle)``)."""
        return not self._pending

    def wait(self, timeout_s: float = 10.0) -> bool:
        """Process events until every task is delivered; False on timeout. For tests and
        for closing: never call it from code the officer waits on."""
        deadline = time.monotonic() + timeout_s
        while self._pending and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)
        return not self._pending

    def long_tasks_running(self) -> bool:
        return any(task.long for task in self._pending.values())

    def shutdown(self) -> None:
        """Ask every task to stop, drop the queued ones and wait a little for the rest;
        later submissions are ignored (the window is closing)."""
        self.closed = True
        for task in self._pending.values():
            task.cancel()
        for pool in self._pools.values():
            pool.clear()
        for pool in self._pools.values():
            pool.waitForDone(SHUTDOWN_WAIT_MS)

    # --- delivery, on the GUI thread ----------------------------------------------------
    def _finish(self, task_id: int) -> Task | None:
        task = self._pending.pop(task_id, None)
        if task is not None:
            self._hide_progress(task)
        return task

    def _on_succeeded(self, task_id: int, value: Any) -> None:
        task = self._finish(task_id)
        if task is None:
            return
        try:
            task.done(value)
        except Exception as exc:  # a bug in the page that received the result
            errors.report_unexpected((type(exc), exc, exc.__traceback__), self._parent_widget(),
                                     "showing the result of a task failed")

    def _on_crashed(self, task_id: int, exc: BaseException) -> None:
        task = self._finish(task_id)
        if task is None:
            return
        if task.cancelled:
            log.info("cancelled task ended with %r", exc)
            if task.failed is not None:
                task.failed(exc)
            return
        if task.failed is not None and task.failed(exc):
            return
        self.report(exc)

    def report(self, exc: BaseException) -> None:
        """Tell the officer about a failure: a plain sentence, or the error dialog."""
        parent = self._parent_widget()
        if errors.is_expected(exc):
            self.failed.emit(str(exc), "")
            show_refusal(parent, str(exc))
            return
        details = errors.details_of((type(exc), exc, exc.__traceback__))
        self.failed.emit("", details)
        errors.show_error(parent, errors.friendly_message(exc), details)

    def _on_progress(self, task_id: int, done: int, total: int, stage: Stage | str) -> None:
        task = self._pending.get(task_id)
        # The panel may be gone with the window that held it, the task still running.
        if task is not None and task.panel is not None and shiboken6.isValid(task.panel):
            task.panel.show_progress(done, total, stage)

    # --- where progress is shown ----------------------------------------------------------
    def _show_progress(self, task: Task, label: str, cancellable: bool) -> TaskProgress:
        panel = TaskProgress(label, task.cancel if cancellable else None)
        if self._area is not None:
            self._area.add_progress(panel)
            return panel
        # No window yet (the wizard) or a runner of its own: a small modeless window, kept
        # by the task (a parentless widget lives only as long as a Python reference).
        parent = self.parent()
        task.host = _ProgressHost(panel, label, cancellable,
                                  parent.window() if isinstance(parent, QWidget) else None)
        task.host.show()
        return panel

    def _hide_progress(self, task: Task) -> None:
        panel, host = task.panel, task.host
        task.panel = task.host = None
        if host is not None:
            if shiboken6.isValid(host):  # hide(), not close(): close() would mean Cancel
                host.hide()
                host.deleteLater()
            return
        if panel is None or not shiboken6.isValid(panel):  # its window closed meanwhile
            return
        if self._area is not None:
            self._area.remove_progress(panel)
        panel.deleteLater()

    def _parent_widget(self) -> QWidget | None:
        parent = self.parent()
        if isinstance(parent, QWidget):
            return parent.window()
        return QApplication.activeWindow()
