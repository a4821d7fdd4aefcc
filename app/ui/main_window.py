"""The main window: a header that always names the commune, and one tab per subject.

The window wires pages to their controllers and holds no data logic itself. Later issues
add Training, Sync and Settings tabs the same way: a page (view), a ``PageController``
over a ``CommuneData`` call, and a line in ``_add_pages``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from .controllers import CommuneData, PageController, WindowContext
from .dialogs import show_failure
from .item_models import EquipmentTableModel, StaffTableModel
from .overview_page import OverviewPage
from .table_page import TablePage
from .tasks import TaskRunner

HEADER_STYLE = """
QFrame#header { border-bottom: 1px solid palette(mid); }
QLabel#communeName { font-size: 16pt; font-weight: bold; }
"""


class MainWindow(QMainWindow):
    def __init__(self, context: WindowContext, data: CommuneData,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner or TaskRunner(self)
        self.runner.failed.connect(self._show_failure)
        communes = ", ".join(context.commune_names)
        self.setWindowTitle(f"{self.tr('Commune IT Register')} — {communes}")
        self.header = self._make_header(communes)
        self.tabs = QTabWidget(self)
        self.controllers: list[PageController] = []
        self._add_pages(data)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(1280, 780)

    def _make_header(self, communes: str) -> QFrame:
        header = QFrame(self, objectName="header")
        header.setStyleSheet(HEADER_STYLE)
        self.app_label = QLabel(self.tr("Commune IT Register"), header, objectName="appName")
        self.commune_label = QLabel(communes, header, objectName="communeName")
        self.device_label = QLabel(
            self.tr("This computer: {name}").format(name=self.context.device_name), header,
            objectName="deviceName")
        layout = QVBoxLayout(header)
        for label in (self.app_label, self.commune_label, self.device_label):
            layout.addWidget(label)
        return header

    def _add_pages(self, data: CommuneData) -> None:
        self.overview = OverviewPage(self)
        self.staff_page = TablePage(StaffTableModel(), self.tr("Search by name…"), self)
        self.equipment_page = TablePage(
            EquipmentTableModel(),
            self.tr("Search by asset tag, serial number, model, holder or location…"), self)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.staff_page, self.tr("Staff"))
        self.tabs.addTab(self.equipment_page, self.tr("Equipment"))
        self.controllers += [
            PageController(self.runner, data.indicators, self.overview.show_indicators),
            PageController(self.runner, data.staff, self.staff_page.set_rows),
            PageController(self.runner, data.equipment, self.equipment_page.set_rows),
        ]

    def refresh(self) -> None:
        """Load every page again from the store."""
        for controller in self.controllers:
            controller.refresh()

    def _show_failure(self, message: str, details: str) -> None:
        show_failure(self, message, details)
