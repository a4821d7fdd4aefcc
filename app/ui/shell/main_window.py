"""The main window: a header that always names the commune, the side navigation with one
page per subject, and the status line.

Every page is registered here, in ``_register_pages``, with ``add_page`` — one place that
says what the window holds. A page is a plain widget built with what it needs (the store,
the runner, the communes); the window gives it its place in the list, Ctrl+number, and
calls its optional hooks:

- ``retranslate()`` after the language changed (Settings), to set its texts again (unless
  the page's own ``changeEvent`` already calls it on ``QEvent.LanguageChange``);
- ``can_close() -> bool`` before the window closes (a form with unsaved edits asks);
- ``focus_start()`` to put the keyboard focus where work on the page starts, when Ctrl+1…6
  open it (else the ``start`` widget given to ``add_page``, else the page's first widget
  that takes Tab; see navigation.py for why the focus moves into the page);
- a loader (``add_page(..., load=..., show=...)``) run through the runner by ``refresh()``.

After a page writes data it calls ``window.notify_data_changed()``: the status line and the
overview read again, and any page connected to ``data_changed`` can too.

How the device stands with the province is held once, in ``self.sync_state``
(sync_state.py): the status line, the Sync page and Settings follow it, and whatever may
change it (a sync action, an enrolment on either page, records written) reads it again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QVBoxLayout, QWidget

from app.models.store import Store
from app.ops.accounts import signed_in_of
from app.ops.commune import WindowContext, window_context
from app.ops.settings import device_info
from app.ui.pages.equipment.view import EquipmentPage
from app.ui.pages.overview.controller import OverviewController
from app.ui.pages.overview.view import OverviewPage
from app.ui.pages.reports.controller import ReportsPage
from app.ui.pages.settings.view import SettingsPage
from app.ui.pages.staff.view import StaffPage
from app.ui.pages.stocktake.view import StocktakePage
from app.ui.pages.sync.controller import SyncPage
from app.ui.pages.training.controller import TrainingPage
from app.ui.runtime.options import options_for
from app.ui.runtime.options_upgrade import upgrade_settings
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.controllers import PageController, Prefetch
from app.ui.shell.menu import WindowMenus
from app.ui.shell.navigation import PAGE_ORDER, Navigation
from app.ui.shell.page_titles import PAGE_TITLES, page_title
from app.ui.shell.status_line import StatusLine
from app.ui.shell.sync_state import SyncState
from app.ui.shell.window_state import DEFAULT_SIZE, remember_window, show_window
from app.ui.widgets.dialogs import confirm

HEADER_STYLE = """
QFrame#header { border-bottom: 1px solid palette(mid); }
QLabel#appName { color: palette(dark); }
QLabel#communeName { font-size: 16pt; font-weight: bold; }
"""

class MainWindow(QMainWindow):
    data_changed = Signal()
    _language_pending = False  # a class default: Qt may send change events during __init__

    def __init__(self, store: Store, context: WindowContext, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.context = store, context
        self.options = options_for(store)
        self.runner = runner or TaskRunner(self)
        self.controllers: dict[str, PageController] = {}
        self._titles: dict[str, str] = {}
        self.header = self._make_header()
        self.navigation = Navigation(self)
        self.sync_state = SyncState(store, self.runner, self)
        self.status_line = StatusLine(self.sync_state, self)
        self.setStatusBar(self.status_line)
        self.status_line.show_account(signed_in_of(store))
        self.runner.set_progress_area(self.status_line)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.navigation, 1)
        self.setCentralWidget(central)
        self._register_pages()
        self._add_shortcuts()
        self.menus = WindowMenus(self, store.path.parent if store.path else None)
        self.data_changed.connect(self._reload_after_change)
        self.retranslate()
        self.resize(DEFAULT_SIZE)

    def show_restored(self) -> None:
        """Show the window as it was left (window_state.py: on the screen, maximised the
        first time on a screen too small for the default size)."""
        show_window(self, self.options)

    def _make_header(self) -> QFrame:
        header = QFrame(self, objectName="header")
        header.setStyleSheet(HEADER_STYLE)
        self.app_label = QLabel(header, objectName="appName")
        self.commune_label = QLabel(", ".join(self.context.commune_names), header,
                                    objectName="communeName", wordWrap=True)
        self.device_label = QLabel(header, objectName="deviceName")
        layout = QVBoxLayout(header)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        for label in (self.app_label, self.commune_label, self.device_label):
            layout.addWidget(label)
        return header

    # --- the pages ------------------------------------------------------------------------
    def _register_pages(self) -> None:
        """Every page of the window, in one place."""
        self.overview = OverviewPage(self)
        overview = OverviewController(self.store, self.context.commune_codes)
        self.add_page("overview", PAGE_TITLES["overview"], self.overview,
                      load=overview.load, show=self.overview.show_overview)
        self.overview.open_record.connect(self.open_record)
        self.staff_page = StaffPage(self.store, self.runner, self.context.commune_codes, self)
        self.add_page("staff", PAGE_TITLES["staff"], self.staff_page,
                      load=self.staff_page.load, show=self.staff_page.show_loaded,
                      start=self.staff_page.search)
        self.equipment_page = EquipmentPage(self.store, self.runner, self.context.commune_codes,
                                            self)
        self.add_page("equipment", PAGE_TITLES["equipment"], self.equipment_page,
                      load=self.equipment_page.load, show=self.equipment_page.show_loaded,
                      start=self.equipment_page.search)
        self.staff_page.changed.connect(self.equipment_page.refresh)  # holder names
        for page in (self.staff_page, self.equipment_page):
            page.changed.connect(self.notify_data_changed)
        self.stocktake_page = StocktakePage(self.store, self.runner, self.context, self)
        self.add_page("stocktake", PAGE_TITLES["stocktake"], self.stocktake_page,
                      load=self.stocktake_page.load, show=self.stocktake_page.show_loaded)
        self.stocktake_page.changed.connect(self.notify_data_changed)
        self.training_page = TrainingPage(self.store, self.runner, self.context, self)
        self.add_page("training", PAGE_TITLES["training"], self.training_page,
                      load=self.training_page.load, show=self.training_page.show_loaded)
        self.training_page.data_changed.connect(self.notify_data_changed)
        self.training_page.results.register_changed.connect(self.staff_page.refresh)
        self.sync_page = SyncPage(self.store, self.runner, self.context, self,
                                  sync_state=self.sync_state)
        self.add_page("sync", PAGE_TITLES["sync"], self.sync_page)
        self.sync_page.records_changed.connect(self.notify_data_changed)
        self.sync_page.records_changed.connect(self.refresh)
        self.reports_page = ReportsPage(self.store, self.runner, self)
        self.add_page("reports", PAGE_TITLES["reports"], self.reports_page,
                      load=self.reports_page.load, show=self.reports_page.show_loaded)
        self.settings_page = SettingsPage(self.store, self.runner,
                                          self.store.path.parent if self.store.path else None,
                                          self, sync_state=self.sync_state)
        self.add_page("settings", PAGE_TITLES["settings"], self.settings_page)
        self.settings_page.restored.connect(self.refresh)  # a backup put back: read it all

    def add_page(self, key: str, title: str, widget: QWidget, *,
                 load: Callable[[], Any] | None = None,
                 show: Callable[[Any], None] | None = None,
                 start: QWidget | None = None) -> None:
        """Register a page under ``key`` (one of navigation.PAGE_ORDER keeps its place).

        ``title`` is the English source text in the MainWindow translation context (mark
        it with ``QT_TRANSLATE_NOOP("MainWindow", …)``; ``PAGE_TITLES`` has the six).
        With ``load`` and ``show``, ``refresh()`` runs ``load`` on the runner's worker and
        gives its result to ``show`` on the GUI thread. ``start`` is where the keyboard
        focus goes when Ctrl+number opens the page, if it has no ``focus_start()`` hook.
        """
        self._titles[key] = title
        self.navigation.add_page(key, page_title(title), widget, start)
        if load is not None and show is not None:
            self.controllers[key] = PageController(self.runner, load, show)
        self._number_shortcuts()

    def page(self, key: str) -> QWidget | None:
        return self.navigation.page(key)

    def show_page(self, key: str) -> bool:
        return self.navigation.show_page(key)

    def open_record(self, key: str, record_id: str) -> None:
        """Show the Staff or Equipment page with this record selected and its form open
        (the overview's attention rows)."""
        page = self.page(key)
        if page is not None and self.show_page(key):
            page.open_record(record_id)

    def open_start_page(self, trainer: bool) -> None:
        """A trainer's laptop opens on Training (its work), else on Staff; an office laptop
        on the Overview."""
        if trainer and not self.show_page("training"):
            self.show_page("staff")

    def _add_shortcuts(self) -> None:
        self._shortcuts: list[QShortcut] = []
        for position in range(len(PAGE_ORDER)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{position + 1}"), self)
            shortcut.activated.connect(
                lambda position=position: self.navigation.enter_position(position))
            self._shortcuts.append(shortcut)
        self._number_shortcuts()

    def _number_shortcuts(self) -> None:
        """Each list entry's tooltip names its key, so the shortcuts can be discovered."""
        for row in range(self.navigation.list.count()):
            self.navigation.list.item(row).setToolTip(f"Ctrl+{row + 1}")

    # --- data -----------------------------------------------------------------------------
    def refresh(self, prefetched: Mapping[str, Prefetch[Any]] | None = None) -> None:
        """Load every page again from the store, and the status line; a page whose first
        load was started already (``prefetched``, by its key) takes that result instead."""
        for key, controller in self.controllers.items():
            controller.refresh((prefetched or {}).get(key))
        self.settings_page.load()
        self.sync_state.refresh()

    def notify_data_changed(self) -> None:
        """A page wrote data: pages and the status line that depend on it read again."""
        self.data_changed.emit()

    def _reload_after_change(self) -> None:
        self.sync_state.refresh()
        if "overview" in self.controllers:
            self.controllers["overview"].refresh()

    # --- language -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._language_pending:
            # Switching removes one translator and installs another: two events, one pass.
            self._language_pending = True
            QTimer.singleShot(0, self._language_changed)
        super().changeEvent(event)

    def _language_changed(self) -> None:
        self._language_pending = False
        if self.runner.closed:  # a closed window, not yet collected
            return
        self.retranslate()
        for _key, page in self.navigation.pages():
            if hasattr(page, "retranslate") and not _follows_language_itself(page):
                page.retranslate()

    def retranslate(self) -> None:
        """Set every text of the window itself again (pages do their own)."""
        app_name = self.tr("Commune IT Register")
        self.setWindowTitle(f"{app_name} — {', '.join(self.context.commune_names)}")
        self.app_label.setText(app_name)
        self.device_label.setText(
            self.tr("This computer: {name}").format(name=self.context.device_name))
        for key, title in self._titles.items():
            self.navigation.set_title(key, page_title(title))
        self.status_line.retranslate()
        self.menus.retranslate()

    # --- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        self.sync_state.stop()
        self.runner.shutdown()
        remember_window(self, self.options)
        for page in (self.staff_page, self.equipment_page):
            page.remember_header()
        super().closeEvent(event)

    def _may_close(self) -> bool:
        for key, page in self.navigation.pages():
            if hasattr(page, "can_close") and not page.can_close():
                self.show_page(key)
                return False
        if self.runner.long_tasks_running() and self.isVisible():
            return confirm(self, self.tr("A task is still running"),
                           self.tr("A task is still running. Stop it and close the program?"),
                           self.tr("Stop and close"))
        return True


def _follows_language_itself(page: QWidget) -> bool:
    """Whether the page's own class (ours, not Qt's) reacts to LanguageChange already."""
    return any("changeEvent" in vars(cls) for cls in type(page).__mro__
               if cls.__module__.startswith("app."))


def open_main_window(store: Store, runner: TaskRunner | None = None,
                     prefetched: Mapping[str, Prefetch[Any]] | None = None) -> MainWindow | None:
    """The window on a set-up store, loading its pages and on its start page; None if the
    device is not set up yet. ``prefetched``: first loads already started (main.py starts
    the start page's while the window's modules are imported)."""
    context = window_context(store)
    info = device_info(store)
    if context is None or info is None:
        return None
    upgrade_settings(store)
    window = MainWindow(store, context, runner)
    window.refresh(prefetched)
    window.open_start_page(info.trainer)
    return window
