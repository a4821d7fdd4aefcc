"""Help → About: what a province technician asks first, on the telephone, before anything
else — which version, on which Python, Qt, SQLite and reportlab, and where the data, its
backups and the log are on this laptop.

Why these: a fault in a printed paper is reportlab's or the font's, one in the window Qt's,
one in the database SQLite's; the folders are where the technician sends the officer to
look (the log to e-mail, the backup to put back). The same facts go into the diagnostics
file (``diagnostics_action``), but an officer can read these aloud without saving anything.
Paths are escaped: the text is rich text, and a folder may be named ``Dữ liệu & sao lưu``.

The menu (``menu.py``) calls ``show_about``; ``about_text`` is the content, testable alone.
"""

from __future__ import annotations

import html
import platform
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from app import version
from app.config import paths_for
from app.shipped import resource
from app.ui.runtime import errors

translate = QCoreApplication.translate
ICON = ("icons", "commune-it.png")


def app_icon() -> QIcon:
    """The app's icon (the window's, the About box's); an empty icon if it is missing."""
    return QIcon(str(resource(*ICON)))


def reportlab_version() -> str:
    """reportlab's own version string: the bundle carries no package metadata for it."""
    try:
        import reportlab
    except ImportError:
        return "—"
    return str(getattr(reportlab, "Version", "—"))


def components() -> dict[str, str]:
    """What the app runs on, by name."""
    return {"python": platform.python_version(), "qt": qVersion(),
            "sqlite": sqlite3.sqlite_version, "reportlab": reportlab_version()}


def folders(data_dir: Path | None) -> dict[str, str]:
    """The data folder, its backups folder and the log file in use (the log may live in
    the platform's log folder rather than under the data folder)."""
    paths = paths_for(data_dir)
    log = errors.log_file() or paths.logs / "commune-it.log"
    return {"data": str(paths.data_dir), "backups": str(paths.backups), "log": str(log)}


def about_text(data_dir: Path | None) -> str:
    """The About box's text, in the window's language."""
    shown = {key: html.escape(value) for key, value in
             {**components(), **folders(data_dir), "version": version()}.items()}
    parts = [
        translate("AboutDialog", "<b>Commune IT Register</b>, version {version}"),
        translate("AboutDialog", "Running on Python {python}, Qt {qt}, SQLite {sqlite} and "
                           "reportlab {reportlab}."),
        translate("AboutDialog", "Data folder: {data}<br>Backups folder: {backups}<br>"
                           "Log file: {log}"),
    ]
    return "".join(f"<p>{part.format(**shown)}</p>" for part in parts)


def show_about(parent: QWidget | None, data_dir: Path | None) -> None:
    """The About box, over ``parent``."""
    QMessageBox.about(parent, translate("AboutDialog", "About"), about_text(data_dir))
