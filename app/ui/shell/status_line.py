"""The status line at the bottom of the window: what is waiting to go to the province and
when this device last synced, and the progress of long tasks with their Cancel button.

Why always visible: an officer who has not synced for weeks should see it without opening
the Sync page. The figures are the window's one ``SyncState`` (sync_state.py), which reads
``app.ops.sync.device_state`` after every change the window makes and once a minute; the
Sync and Settings pages show the same state, so the three never disagree. A change written
to a stick is not "not sent": it is counted apart, as waiting for the province's receipt,
until the province's answer is imported. A long task's panel shows its progress as every
task reports it, ``(done, total, stage)``. On a narrow screen the texts are cut with "…"
(whole in their tooltips) rather than widening the window past the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from app.messages import message
from app.ops.accounts import SignedIn
from app.ops.sync import DeviceState
from app.sync.stages import Stage
from app.sync.status import SyncStatus
from app.ui.runtime.formatting import count_text, date_text
from app.ui.runtime.progress_text import progress_text
from app.ui.shell.sync_state import SyncState
from app.ui.widgets.elided_label import ElidedLabel

PROGRESS_BAR_WIDTH = 220
STATUS_STYLE = """
QStatusBar#statusLine { border-top: 1px solid palette(mid); }
QStatusBar#statusLine::item { border: none; }
QLabel#pendingChanges, QLabel#inTransit, QLabel#lastSync {
    padding: 2px 14px 2px 8px; border-right: 1px solid palette(mid); }
QLabel#openConflicts { padding: 2px 8px; color: #a15c00; font-weight: bold; }
"""


def last_sync(found: SyncStatus) -> datetime | None:
    """The latest moment anything went to or came from the province, by any path."""
    moments = [datetime.fromisoformat(when)
               for when in (*found.last_sent.values(), *found.last_received.values()) if when]
    return max(moments, default=None)


def moment_text(when: datetime) -> str:
    return f"{date_text(when)} {when:%H:%M}"


class StatusLine(QStatusBar):
    def __init__(self, sync_state: SyncState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLine")
        self._state: DeviceState | None = None
        self.pending_label = ElidedLabel(self, objectName="pendingChanges")
        self.transit_label = ElidedLabel(self, objectName="inTransit")
        self.sync_label = ElidedLabel(self, objectName="lastSync")
        self.conflicts_label = QLabel(self, objectName="openConflicts")
        self.setStyleSheet(STATUS_STYLE)
        for label in (self.pending_label, self.transit_label, self.sync_label,
                      self.conflicts_label):
            self.addWidget(label)
        self._account: SignedIn | None = None
        self.account_label = QLabel(self, objectName="signedIn")
        self.account_label.setVisible(False)
        self.addPermanentWidget(self.account_label)
        self.retranslate()
        sync_state.follow(self.show_state)

    def show_account(self, who: SignedIn | None) -> None:
        """Who is signed in (an encrypted store); nothing on a plain store."""
        self._account = who
        self.retranslate()

    def show_state(self, state: DeviceState) -> None:
        self._state = state
        self.retranslate()

    def retranslate(self) -> None:
        who = self._account
        self.account_label.setVisible(who is not None)
        if who is not None:
            self.account_label.setText(self.tr("Signed in: {name} ({role})").format(
                name=who.name, role=str(message(f"privacy.role_{who.role}"))))
        state = self._state
        if state is None:
            for label in (self.pending_label, self.transit_label, self.sync_label):
                label.setText("")
            self.transit_label.setVisible(False)
            self.conflicts_label.setVisible(False)
            return
        found = state.status
        self.pending_label.setText(
            self.tr("Changes not sent yet: {count}").format(count=count_text(state.unsent))
            if state.unsent else self.tr("No changes waiting to be sent"))
        # Changes on a stick or uploaded, not yet confirmed: neither "not sent" nor done.
        self.pending_label.setVisible(bool(state.unsent or not state.in_transit))
        self.transit_label.setText(self.tr("Sent, waiting for the province's receipt: "
                                           "{count}").format(count=count_text(state.in_transit)))
        self.transit_label.setVisible(state.in_transit > 0)
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
        self.title = ElidedLabel(self)
        self.title.setText(label)
        self.bar = QProgressBar(self, minimum=0, maximum=0)  # busy until the first report
        self.bar.setFixedWidth(PROGRESS_BAR_WIDTH)
        self.detail = ElidedLabel(self)
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
