"""The window's menu bar: what every desktop program has and a new officer looks for.

Help opens the short guide that ships with the app (F1), in the window's language; About
names the version and where the data is kept (what support asks first); Quit (Ctrl+Q)
closes the window the usual way, so a form with unsaved edits or a running task still asks.
The guide is a page of ``resources/guide/`` shown in the window, never a web link: commune
laptops are often offline.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import version
from app.shipped import resource
from app.ui.runtime import errors, i18n

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


class WindowMenus(QObject):
    """The menu bar of ``window``: File (Quit) and Help (Guide, About)."""

    def __init__(self, window: QMainWindow, data_dir: Path | None) -> None:
        super().__init__(window)
        self.window, self.data_dir = window, data_dir
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(window, shortcut=QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(window.close)
        self.file_menu.addAction(self.quit_action)
        self.help_menu = bar.addMenu("")
        self.guide_action = QAction(window, shortcut=QKeySequence("F1"))
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = QAction(window)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addActions([self.guide_action, self.about_action])
        self.guide: GuideDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("Quick &guide"))
        self.about_action.setText(self.tr("&About"))

    def show_guide(self) -> None:
        """Open the guide (again in front if it is open), without blocking the window."""
        if self.guide is None or not self.guide.isVisible():
            self.guide = GuideDialog(self.window)
        self.guide.show()
        self.guide.raise_()

    def about_text(self) -> str:
        log = errors.log_file()
        return self.tr(
            "<b>Commune IT Register</b>, version {version}<br><br>"
            "Data folder: {data}<br>Log file: {log}").format(
            version=version(), data=self.data_dir or "—", log=log or "—")

    def show_about(self) -> None:
        QMessageBox.about(self.window, self.tr("About"), self.about_text())
