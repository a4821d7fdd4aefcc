"""Settings → "Audit log…": who signed in, exported or printed names, changed accounts or
erased an official on this laptop (DESIGN.md, "Privacy on the laptop").

An administrator's (on a plain store there are no roles, and the log may be read by
whoever uses the window; events are only written once there are accounts, or arrive from
another device). The dialog reads the log through ``app.ops.audit`` on the runner, never
on the GUI thread: each change of a filter reads again, and an answer to an older reading
that arrives late is dropped, so the list always matches the filters shown. It opens on
the last 30 days, newest first, which is what is asked after a lost laptop or a complaint.
The export writes the same filtered events to a CSV or Excel file for an inspection.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.audit import KINDS, Event
from app.models.store import Store
from app.ops.account_admin import list_accounts
from app.ops.audit import Filters, export_events, list_events
from app.ui.itemmodels.audit import COL_DETAILS, AuditTableModel, kind_text
from app.ui.runtime.formatting import count_text
from app.ui.runtime.options import options_for
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.roles import MANAGE, RoleGate, allows, notice_of
from app.ui.signin.fields import message_label
from app.ui.widgets.tables import read_only_table

DAYS_SHOWN = 30  # the default window of the log: a month is what is usually asked about


def read_log(store: Store, filters: Filters) -> tuple[list[Event], list[str]]:
    """On the worker: the matching events, newest first, and the accounts to filter by
    (this laptop's, when an administrator may list them, and any named in the events)."""
    events = list_events(store, filters)[::-1]
    who = store.signed_in
    names = {row.name for row in list_accounts(store, who)} if who is not None else set()
    names.update(event.account for event in events if event.account)
    return events, sorted(names, key=str.casefold)


class AuditLogDialog(QDialog):
    """The log, its filters and its export."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.store, self.runner = store, runner
        self._reading = 0  # the number of the latest reading asked for
        self.model = AuditTableModel(self)
        self.table = read_only_table(self, self.model, "auditTable")
        self.table.horizontalHeader().setSectionResizeMode(
            COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self._build_filters(today or date.today())
        self.count_label = QLabel(self, objectName="auditCount")
        self.message = message_label(self, "auditMessage")
        self.export_button = QPushButton(self, objectName="exportAudit")
        self.export_button.clicked.connect(self.choose_export)
        self.close_button = QPushButton(self, objectName="closeAudit")
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        self._lay_out()
        self.retranslate()
        self.resize(920, 520)
        notice_of(store).changed.connect(self._follow_account)

    def _follow_account(self) -> None:
        """Another account took the window (the idle lock): the log is not left open to
        a role that may not read it."""
        if not allows(self.store, MANAGE):
            self.reject()

    def _build_filters(self, today: date) -> None:
        self.account_combo = QComboBox(self, objectName="auditAccount")
        self.account_combo.addItem("", None)
        self.kind_combo = QComboBox(self, objectName="auditKind")
        self.kind_combo.addItem("", None)
        for kind in KINDS:
            self.kind_combo.addItem("", kind)
        self.since_edit, self.until_edit = (QDateEdit(self, objectName=name, calendarPopup=True)
                                            for name in ("auditSince", "auditUntil"))
        for edit, day in ((self.since_edit, today - timedelta(days=DAYS_SHOWN)),
                          (self.until_edit, today)):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.dateChanged.connect(self.load)
        self.since_edit.dateChanged.connect(self._keep_order)
        for combo in (self.account_combo, self.kind_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.load)

    def _lay_out(self) -> None:
        self.account_label, self.kind_label = QLabel(self), QLabel(self)
        self.since_label, self.until_label = QLabel(self), QLabel(self)
        self.account_label.setBuddy(self.account_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.since_label.setBuddy(self.since_edit)
        self.until_label.setBuddy(self.until_edit)
        first, second = QFormLayout(), QFormLayout()
        first.addRow(self.account_label, self.account_combo)
        first.addRow(self.kind_label, self.kind_combo)
        second.addRow(self.since_label, self.since_edit)
        second.addRow(self.until_label, self.until_edit)
        filters = QHBoxLayout()
        filters.addLayout(first)
        filters.addSpacing(24)
        filters.addLayout(second)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.message)
        column.addLayout(buttons)

    # --- reading ---------------------------------------------------------------------------
    def filters(self) -> Filters:
        """What the filters shown ask for."""
        return Filters(account=self.account_combo.currentData(),
                       kind=self.kind_combo.currentData(),
                       since=self.since_edit.date().toPython(),
                       until=self.until_edit.date().toPython())

    def load(self) -> None:
        """Read the log again with the filters shown (on the runner)."""
        self._reading += 1
        reading, store, filters = self._reading, self.store, self.filters()
        self.runner.run(lambda: read_log(store, filters),
                        lambda found: self._show(reading, *found))

    def _show(self, reading: int, events: list[Event], names: list[str]) -> None:
        if reading != self._reading:
            return  # the filters changed since: a newer reading is on its way
        for name in names:
            if self.account_combo.findData(name) < 0:
                self.account_combo.addItem(name, name)
        self.model.set_events(events)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.count_label.setText(self.tr("{count} events").format(
            count=count_text(len(events))))

    def _keep_order(self, since: QDate) -> None:
        """The last day is never before the first (the list would be empty for no reason)."""
        if self.until_edit.date() < since:
            self.until_edit.setDate(since)

    # --- export ----------------------------------------------------------------------------
    def choose_export(self) -> None:
        options = options_for(self.store)
        name = self.tr("audit-log") + f"-{date.today():%Y-%m-%d}.xlsx"
        chosen, selected = QFileDialog.getSaveFileName(
            self, self.tr("Save the audit log as"), str(Path(options.last_folder()) / name),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if not chosen:
            return
        path = Path(chosen)
        options.remember_folder(path.parent)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in selected.lower() else ".xlsx")
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the events the filters shown select to ``path`` (on the runner)."""
        self.message.setVisible(False)
        store, filters = self.store, self.filters()
        self.runner.run(lambda: export_events(store, path, filters),
                        lambda count: self._exported(count, path),
                        progress_label=self.tr("Exporting {file}…").format(file=path.name))

    def _exported(self, count: int, path: Path) -> None:
        self.message.setText(self.tr("{count} events were written to {file}.").format(
            count=count_text(count), file=str(path)))
        self.message.setVisible(True)

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.account_label.setText(self.tr("Account:"))
        self.kind_label.setText(self.tr("What was done:"))
        self.since_label.setText(self.tr("From:"))
        self.until_label.setText(self.tr("To:"))
        self.account_combo.setItemText(0, self.tr("All accounts"))
        self.kind_combo.setItemText(0, self.tr("Everything"))
        for index in range(1, self.kind_combo.count()):
            self.kind_combo.setItemText(index, kind_text(self.kind_combo.itemData(index)))
        self.export_button.setText(self.tr("Export to a file…"))
        self.close_button.setText(self.tr("Close"))


class AuditBox(QGroupBox):
    """Settings' entry to the log: shown to whoever may read it, hidden from the others
    at once when another account takes the window (``shell.roles``)."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditBox")
        self.store, self.runner = store, runner
        self.dialog: AuditLogDialog | None = None
        self.intro = message_label(self, "auditIntro")
        self.open_button = QPushButton(self, objectName="openAuditLog")
        self.open_button.clicked.connect(self.open_log)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        self.gate = RoleGate(store, self, MANAGE, reapply=self._follow_account)
        self.gate.gate(self.open_button)
        self._follow_account()
        self.retranslate()

    def _follow_account(self) -> None:
        allowed = allows(self.store, MANAGE)
        self.setVisible(allowed)
        self.open_button.setEnabled(allowed)

    def open_log(self) -> None:
        """Open the log (one at a time), reading the last 30 days."""
        if not allows(self.store, MANAGE):
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self.dialog = AuditLogDialog(self.store, self.runner, self.window())
        self.dialog.finished.connect(self._forget)
        self.dialog.open()
        self.dialog.load()

    def _forget(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Audit log"))
        self.intro.setText(self.tr(
            "Who signed in on this computer, exported or printed lists with names, changed "
            "accounts or erased an official's personal data."))
        self.open_button.setText(self.tr("Audit log…"))
        if self.dialog is not None:
            self.dialog.retranslate()
