"""The status line at the bottom of the window: what is waiting to go to the province and
when this device last synced, and the progress of long tasks with their Cancel button.

Why always visible: an officer who has not synced for weeks should see it without opening
the Sync page. The numbers come from ``app.ops.sync.sync_status`` (plain values), read
through the runner after every change the window makes and once a minute, since a sync
run from the command line or a clock passing midnight changes them too. A long task's
panel shows its progress as every task reports it, ``(done, total, stage)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from app.models.store import Store
from app.ops.sync import sync_status
from app.sync.stages import Stage
from app.sync.status import SyncStatus
from app.ui.runtime.formatting import count_text, date_text
from app.ui.runtime.progress_text import progress_text

REFRESH_MS = 60_000
PROGRESS_BAR_WIDTH = 220
STATUS_STYLE = """
QStatusBar#statusLine { border-top: 1px solid palette(mid); }
QStatusBar#statusLine::item { border: none; }
QLabel#pendingChanges, QLabel#lastSync { padding: 2px 14px 2px 8px;
                                         border-right: 1px solid palette(mid); }
QLabel#openConflicts { padding: 2px 8px; color: #a15c00; font-weight: bold; }
"""


class Runner(Protocol):
    """What the status line needs of the window's task runner (runtime/tasks.py), which
    in turn shows its tasks' progress here: a protocol, not an import, so neither module
    needs the other to load."""

    def run(self, work: Callable[..., Any], done: Callable[[Any], None], *,
            failed: Callable[[BaseException], Any] | None = None) -> object: ...


def last_sync(found: SyncStatus) -> datetime | None:
    """The latest moment anything went to or came from the province, by any path."""
    moments = [datetime.fromisoformat(when)
               for when in (*found.last_sent.values(), *found.last_received.values()) if when]
    return max(moments, default=None)


def moment_text(when: datetime) -> str:
    return f"{date_text(when)} {when:%H:%M}"


class StatusLine(QStatusBar):
    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLine")
        self._store, self._runner = store, runner
        self._status: SyncStatus | None = None
        self._loading = False
        self.pending_label = QLabel(self, objectName="pendingChanges")
        self.sync_label = QLabel(self, objectName="lastSync")
        self.conflicts_label = QLabel(self, objectName="openConflicts")
        self.setStyleSheet(STATUS_STYLE)
        for label in (self.pending_label, self.sync_label, self.conflicts_label):
            self.addWidget(label)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.retranslate()

    def refresh(self) -> None:
        """Read the figures again (on the runner's worker); one read at a time."""
        if self._loading:
            return
        self._loading = True
        self._runner.run(self._read, self.show_status, failed=self._load_failed)

    def _read(self) -> SyncStatus:  # on the worker
        return sync_status(self._store)

    def _load_failed(self, _exc: BaseException) -> bool:
        self._loading = False
        return False  # the runner tells the officer

    def show_status(self, found: SyncStatus) -> None:
        self._loading = False
        self._status = found
        self.retranslate()

    def retranslate(self) -> None:
        found = self._status
        if found is None:
            self.pending_label.setText("")
            self.sync_label.setText("")
            self.conflicts_label.setVisible(False)
            return
        self.pending_label.setText(
            self.tr("Changes not sent yet: {count}").format(count=count_text(found.pending_changes))
            if found.pending_changes else self.tr("No changes waiting to be sent"))
        self.sync_label.setText(self._sync_text(found))
        self.conflicts_label.setText(self.tr("Conflicts to review: {count}").format(
            count=count_text(found.open_conflicts)))
        self.conflicts_label.setVisible(found.open_conflicts > 0)

    def _sync_text(self, found: SyncStatus) -> str:
        when = last_sync(found)
        if when is not None:
            return self.tr("Last sync: {when}").format(when=moment_text(when))
        if not found.enrolled:
            return self.tr("Not enrolled with the province yet")
        return self.tr("Last sync: never")

    # --- long tasks (the runner's ProgressArea) -------------------------------------------
    def add_progress(self, widget: QWidget) -> None:
        self.addPermanentWidget(widget)
        widget.show()

    def remove_progress(self, widget: QWidget) -> None:
        self.removeWidget(widget)


class TaskProgress(QWidget):
    """One running task: what it is, a bar, what it is doing now, and Cancel."""

    def __init__(self, label: str, cancel: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskProgress")
        self.title = QLabel(label, self)
        self.bar = QProgressBar(self, minimum=0, maximum=0)  # busy until the first report
        self.bar.setFixedWidth(PROGRESS_BAR_WIDTH)
        self.detail = QLabel("", self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setVisible(cancel is not None)
        self._cancel = cancel
        self.cancel_button.clicked.connect(self.request_cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for widget in (self.title, self.bar, self.detail, self.cancel_button):
            layout.addWidget(widget)

    def show_progress(self, done: int, total: int, stage: Stage | str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        text = progress_text(done, total, stage)
        if text and self.cancel_button.isEnabled():
            self.detail.setText(text)

    def request_cancel(self) -> None:
        if self._cancel is not None:
            self._cancel()
        self.cancel_button.setEnabled(False)
        self.detail.setText(self.tr("Cancelling…"))
