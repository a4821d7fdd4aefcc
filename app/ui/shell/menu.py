"""The window's menu bar: what every desktop program has and a new officer looks for.

File holds the bin (the deleted officials, equipment and courses, to restore: the delete
question promises they are kept) and Quit. Help opens the short guide that ships with the
app (F1), in the window's language; "Save diagnostics" writes the zip a province
technician asks for (no personal data); About names the versions and where the data is
kept (what support asks first). Quit (Ctrl+Q) closes the window the usual way, so a form
with unsaved edits or a running task still asks. The guide is a page of
``resources/guide/`` shown in the window, never a web link: commune laptops are often
offline.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.store import Store
from app.ops.accounts import signed_in_of
from app.ops.settings import idle_lock_minutes
from app.shipped import resource
from app.ui.pages.bin.dialog import BinDialog
from app.ui.runtime import i18n
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell import about_dialog, diagnostics_action
from app.ui.shell.roles import RoleGate

if TYPE_CHECKING:
    from app.ui.signin.lock import WindowLock

GUIDE_SIZE = (720, 560)


def guide_path(language: str) -> Path:
    """The guide in ``language``, else the Vietnamese one (every install has it)."""
    path = resource("guide", f"{language}.html")
    return path if path.is_file() else resource("guide", f"{i18n.DEFAULT_LANGUAGE}.html")


class GuideDialog(QDialog):
    """The quick guide, scrollable, closed with Escape or its button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Quick guide"))
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(guide_path(i18n.current_language()).read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(*GUIDE_SIZE)


class MenuWindow(Protocol):
    """What the menus need of the main window (``shell.main_window.MainWindow``)."""

    store: Store
    runner: TaskRunner

    def refresh(self) -> None: ...

    def notify_data_changed(self) -> None: ...


class WindowMenus(QObject):
    """The menu bar of ``window``: File (Bin, Quit) and Help (Guide, About)."""

    def __init__(self, window: QMainWindow, data_dir: Path | None) -> None:
        super().__init__(window)
        self.window, self.data_dir = window, data_dir
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.bin_action = QAction(window, objectName="binAction")
        self.bin_action.triggered.connect(self.show_bin)
        self.quit_action = QAction(window, shortcut=QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(window.close)
        self.file_menu.addAction(self.bin_action)
        self.file_menu.addSeparator()
        self.lock = self._add_lock(window)
        self.file_menu.addAction(self.quit_action)
        self.bin_gate = RoleGate(window.store, window).gate(self.bin_action)  # restores write
        self.help_menu = bar.addMenu("")
        self.guide_action = QAction(window, shortcut=QKeySequence("F1"))
        self.guide_action.triggered.connect(self.show_guide)
        self.diagnostics_action = QAction(window, objectName="diagnosticsAction")
        self.diagnostics_action.triggered.connect(self.save_diagnostics)
        self.about_action = QAction(window)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addActions([self.guide_action, self.diagnostics_action,
                                   self.about_action])
        self.guide: GuideDialog | None = None
        self.bin: BinDialog | None = None
        self.retranslate()

    def _add_lock(self, window: QMainWindow) -> WindowLock | None:
        """File → Lock (Ctrl+L) and Switch user…, and the idle lock: an encrypted store's
        only (a plain one has no password to unlock with)."""
        self.lock_action = QAction(window, objectName="lockAction",
                                   shortcut=QKeySequence("Ctrl+L"))
        self.switch_action = QAction(window, objectName="switchUserAction")
        store: Store = window.store  # type: ignore[attr-defined]
        if signed_in_of(store) is None:
            return None
        from app.ui.signin.lock import WindowLock

        lock = WindowLock(window, store, window.runner,  # type: ignore[attr-defined]
                          idle_lock_minutes(store))
        self.lock_action.triggered.connect(lambda: lock.lock())
        self.switch_action.triggered.connect(lambda: lock.lock(switching=True))
        lock.account_changed.connect(window.status_line.show_account)  # type: ignore[attr-defined]
        self.file_menu.addActions([self.lock_action, self.switch_action])
        self.file_menu.addSeparator()
        return lock

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("&Lock"))
        self.switch_action.setText(self.tr("S&witch user…"))
        self.bin_action.setText(self.tr("&Bin…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("Quick &guide"))
        self.diagnostics_action.setText(diagnostics_action.action_text())
        self.about_action.setText(self.tr("&About"))

    def show_guide(self) -> None:
        """Open the guide (again in front if it is open), without blocking the window."""
        if self.guide is None or not self.guide.isVisible():
            self.guide = GuideDialog(self.window)
        self.guide.show()
        self.guide.raise_()

    def show_bin(self) -> None:
        """Open the bin (again in front if open); a restore reloads every page."""
        window: MenuWindow = self.window  # type: ignore[assignment]
        if self.bin is None or not shiboken6.isValid(self.bin) or not self.bin.isVisible():
            self.bin = BinDialog(window.store, window.runner, self.window)
            self.bin.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.bin.restored.connect(window.refresh)
            self.bin.restored.connect(window.notify_data_changed)
            self.bin.load()
        self.bin.show()
        self.bin.raise_()
        self.bin.activateWindow()

    def save_diagnostics(self) -> None:
        """Help → Save diagnostics: the zip a province technician asks for (no personal
        data), written where the officer chooses."""
        window: MenuWindow = self.window  # type: ignore[assignment]
        diagnostics_action.save_diagnostics(self.window, window.store, window.runner,
                                            self.data_dir)

    def show_about(self) -> None:
        """Versions (app, Python, Qt, SQLite, reportlab) and the data, backup and log
        folders: what support asks first."""
        about_dialog.show_about(self.window, self.data_dir)
