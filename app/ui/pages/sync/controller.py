"""The Sync page: how this computer stands with the province, USB stick and network
exchanges, and the conflicts the officer must settle.

Everything here calls the operations layer (app/ops/sync.py) through the window's
TaskRunner, one unit of work per call, and words its reports for an officer: "Changes not
sent yet: 12", "Last by USB stick: sent 05/02/2026 14:30". Work passed
to the runner runs on its worker thread and never touches a widget: push progress, reported
as ``(done, total, stage)`` like every long task's, reaches the page through a small bridge
object's signal (Qt delivers it on the GUI thread) and the runner's own progress panel in
the status line; both Cancel buttons set the same event. A retry the push waits for comes
the same way (its "stage" a ``RetryNotice``), so the officer sees it and may cancel.

How the device stands (enrolled, what is not sent, what waits for a receipt) is not read
here: the window's one ``SyncState`` (app/ui/shell/sync_state.py) holds it for every page,
and each action of this page that changes it asks it to read again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QWidget

from app.models.errors import ModelError
from app.models.store import Store
from app.models.sync_settings import normalise_server_url
from app.ops import sync as ops
from app.ops.commune import WindowContext
from app.ops.drives import Drive, removable_drives
from app.ops.sync import PageState
from app.sync.errors import SyncCancelled
from app.sync.push import PushReport
from app.sync.retry_notice import RetryNotice
from app.sync.stages import Stage
from app.ui.pages.sync.report import (
    CANCELLED,
    Lines,
    enrolled_lines,
    export_lines,
    import_lines,
    push_report_lines,
    resolved_lines,
    retry_text,
)
from app.ui.pages.sync.view import SyncView
from app.ui.runtime.options import options_for
from app.ui.runtime.tasks import Task, TaskRunner
from app.ui.shell.sync_state import SyncState
from app.ui.widgets.dialogs import choose_enrolment_file

DRIVE_POLL_MS = 2000  # how often a visible page looks for a stick plugged in or taken out


class TaskBridge(QObject):
    """A push's progress, emitted on the worker; the page's slot runs on the GUI thread."""

    progressed = Signal(float, float, object)  # done, total, a Stage or a RetryNotice


class SyncPage(SyncView):
    """The view (SyncView) joined to the sync API; registered by the main window.

    ``status_changed`` follows every finished action (what is pending, the last sync),
    once the shared ``sync_state`` was asked to read again. ``records_changed`` follows one
    that changed records (an import or push that applied changes, a conflict settled): the
    lists read again. Without a ``sync_state`` (a page on its own) it keeps one itself.
    """

    status_changed = Signal()
    records_changed = Signal()

    def __init__(self, store: Store, runner: TaskRunner, context: WindowContext,
                 parent: QWidget | None = None, *,
                 find_drives: Callable[[], list[Drive]] = removable_drives,
                 sync_state: SyncState | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.context = store, runner, context
        self.sync_state = sync_state or SyncState(store, runner, self)
        self.find_drives = find_drives
        self.push_options: dict[str, Any] = {}  # retry policy, chunk size (tests, support)
        self.bridge = TaskBridge(self)
        self.bridge.progressed.connect(self.show_progress)
        self._task: Task | None = None
        self._poll = QTimer(self, interval=DRIVE_POLL_MS)
        self._poll.timeout.connect(self.update_drives)
        self._connect()
        self.guard_actions(store)  # what the signed-in account may not do is greyed
        self.update_drives()
        self.sync_state.follow(self.show_status)

    def _connect(self) -> None:
        self.enrol_button.clicked.connect(self.choose_enrolment_file)
        self.export_button.clicked.connect(self.export_to_drive)
        self.export_folder_button.clicked.connect(self.choose_export_folder)
        self.import_button.clicked.connect(self.import_from_drive)
        self.import_folder_button.clicked.connect(self.choose_import_folder)
        self.import_files_button.clicked.connect(self.choose_import_files)
        self.refresh_drives_button.clicked.connect(self.update_drives)
        self.sync_button.clicked.connect(self.sync_now)
        self.server_edit.returnPressed.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.cancel)
        self.conflicts.chosen.connect(self.resolve)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # F5 on this page

    # --- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read again (the device's state, conflicts, saved address); look for sticks."""
        self.update_drives()
        self.sync_state.refresh()
        store = self.store
        self.runner.run(lambda: ops.page_state(store), self._show_state)

    def _show_state(self, state: PageState) -> None:
        self.show_conflicts(state.conflicts)
        if state.server_url and not self.server_edit.text().strip():
            self.server_edit.setText(state.server_url)

    def update_drives(self) -> None:
        self.show_drives(self.find_drives())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Opening the page shows the state now (records may have changed elsewhere)."""
        self._poll.start()
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self._poll.stop()
        super().hideEvent(event)

    # --- running tasks ---------------------------------------------------------------------
    def _start(self, work: Callable[..., Any], lines: Callable[[Any], Lines], label: str,
               *, cancellable: bool = False,
               changed_records: Callable[[Any], bool] = lambda _result: False) -> None:
        """Run ``work`` as a long task; its report is worded by ``lines`` when it ends."""
        def done(result: Any) -> None:
            self._task = None
            self.set_busy(False)
            self.show_result(lambda: lines(result))
            self.status_changed.emit()
            if changed_records(result):
                self.records_changed.emit()
            self.refresh()

        self.set_busy(True, label, cancellable)
        self._task = self.runner.run(work, done, progress_label=label,
                                     cancellable=cancellable, failed=self._failed)

    def _failed(self, _exc: BaseException) -> bool:
        self._task = None
        self.set_busy(False)
        self.refresh()  # a refused file may still have come with others that were taken
        return False  # the runner tells the officer, in its own words

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    # --- enrolment -------------------------------------------------------------------------
    def choose_enrolment_file(self) -> None:
        if (path := choose_enrolment_file(self)) is not None:
            self.enroll_from(path)

    def enroll_from(self, path: Path) -> None:
        store = self.store
        self._start(lambda: ops.enrol(store, path), enrolled_lines,
                    self.tr("Loading the enrolment file…"))

    # --- USB stick -------------------------------------------------------------------------
    def export_to_drive(self) -> None:
        if (drive := self.current_drive()) is not None:
            self.export_to(drive.path, drive.label)

    def choose_export_folder(self) -> None:
        folder = self._choose_folder(self.tr("Choose the folder to write to"))
        if folder:
            self.export_to(Path(folder), folder)

    def _choose_folder(self, title: str) -> str:
        """A folder chosen in the dialog (opened where the last one was), or ""."""
        options = options_for(self.store)
        folder = QFileDialog.getExistingDirectory(self, title, options.last_folder())
        if folder:
            options.remember_folder(folder)
        return folder

    def export_to(self, folder: Path, place: str) -> None:
        store = self.store
        self._start(lambda: ops.export_to_folder(store, folder),
                    lambda report: export_lines(report, place),
                    self.tr("Writing to {place}…").format(place=place))

    def import_from_drive(self) -> None:
        if (drive := self.current_drive()) is not None:
            self.import_from([drive.path], drive.label)

    def choose_import_folder(self) -> None:
        folder = self._choose_folder(self.tr("Choose the folder to read"))
        if folder:
            self.import_from([Path(folder)], folder)

    def choose_import_files(self) -> None:
        options = options_for(self.store)
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the files from the province"), options.last_folder(),
            self.tr("Sync files (*.citb);;All files (*)"))
        if paths:
            options.remember_folder(Path(paths[0]).parent)
            self.import_from([Path(p) for p in paths], Path(paths[0]).parent.as_posix())

    def import_from(self, paths: list[Path], place: str) -> None:
        store, paths = self.store, list(paths)
        self._start(lambda: ops.import_from(store, paths),
                    lambda result: import_lines(result, place),
                    self.tr("Reading from {place}…").format(place=place),
                    changed_records=lambda result: bool(result.report.applied))

    # --- network ---------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.busy:
            return
        try:
            url = normalise_server_url(self.server_edit.text())
        except ModelError as exc:
            self.show_address_problem(str(exc))
            return
        self.show_address_problem("")
        self.server_edit.setText(url)
        store, bridge, options = self.store, self.bridge, dict(self.push_options)

        def work(progress, cancel) -> PushReport | str:  # on the runner's worker
            def moved(done: int, total: int, stage: Stage | RetryNotice) -> None:
                bridge.progressed.emit(done, total, stage)
                # the status line's panel takes a stage or words; a retry goes as words
                progress(done, total, retry_text(stage) if isinstance(stage, RetryNotice)
                         else stage)

            try:
                return ops.push_to_province(store, url, remember=True, progress=moved,
                                            cancel=cancel, **options)
            except SyncCancelled:
                return CANCELLED

        self._start(work, push_report_lines, self.tr("Syncing with the province…"),
                    cancellable=True, changed_records=lambda report: isinstance(
                        report, PushReport) and report.applied > 0)

    # --- conflicts -------------------------------------------------------------------------
    def resolve(self, conflict_id: int, keep: str) -> None:
        store = self.store
        self._start(lambda: ops.resolve_conflict(store, conflict_id, keep), resolved_lines,
                    self.tr("Saving your choice…"),
                    changed_records=lambda _none: True)
