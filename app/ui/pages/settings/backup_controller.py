"""What the Settings page's Backups box does: copy the store to a folder, check a file
offered for restore, and restore it — each an operation of ``app.ops.backup`` on the
runner's worker, with a progress line (a restore of a large register takes seconds), the
outcome shown by the box (``backup_box.BackupBox``).

After a restore the store holds other records and is another device: the box says so and
emits ``restored``, on which the window reads every page again, and the sync state is read
again here so the status line and the Sync page show the device as not enrolled at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance

from app.models.store import Store
from app.ops.backup import RestorePlan, RestoreResult, back_up_now, check_backup, restore_backup
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.sync_state import SyncState


class BackupView(Protocol):
    """What the controller needs of its box (``backup_box.BackupBox`` has it)."""

    restored: SignalInstance

    def backed_up(self, path: Path) -> None: ...

    def confirm_restore(self, plan: RestorePlan) -> None: ...

    def restore_done(self, result: RestoreResult) -> None: ...

    def refused(self, exc: BaseException) -> bool: ...

    def busy_text(self, work: str) -> str: ...


class BackupController(QObject):
    def __init__(self, box: BackupView, store: Store, runner: TaskRunner,
                 sync_state: SyncState) -> None:
        super().__init__(box)  # type: ignore[arg-type]
        self.box, self.store, self.runner, self.sync_state = box, store, runner, sync_state

    def back_up_to(self, folder: Path) -> None:
        store = self.store
        self.runner.run(lambda: back_up_now(store, folder), self.box.backed_up,
                        progress_label=self.box.busy_text("backup"), failed=self.box.refused)

    def check(self, path: Path) -> None:
        """Read the file first; the box then asks before anything is replaced."""
        store = self.store
        self.runner.run(lambda: check_backup(store, path), self.box.confirm_restore,
                        failed=self.box.refused)

    def restore(self, path: Path) -> None:
        store = self.store
        self.runner.run(lambda: restore_backup(store, path), self._restored,
                        progress_label=self.box.busy_text("restore"), failed=self.box.refused)

    def _restored(self, result: RestoreResult) -> None:
        self.box.restore_done(result)
        self.sync_state.refresh()
