"""Starting the desktop window: language, store, device check, then the main window.

``run`` returns the process exit status like a command does: 0 after the window closes, 2
when the window cannot start for a reason the officer can fix (the device is not set up
yet, the database cannot be opened), told in a message box rather than a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.config import Paths, paths_for
from app.logs import setup_logging
from app.models.errors import StoreError
from app.models.store import Store

from . import i18n
from .controllers import CommuneData, read, window_context
from .dialogs import Icon, show_message
from .main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

EXIT_CANNOT_START = 2


def run(data_dir: Path | None, argv: list[str]) -> int:
    """Open the window on the device's store in ``data_dir`` and run until it is closed."""
    paths = paths_for(data_dir)
    _start_logging(paths)
    app = _application(argv)
    i18n.install(app, i18n.chosen_language())
    try:
        store = Store(paths.database, paths.backups)
    except (StoreError, OSError) as exc:
        log.warning("cannot open the store %s: %s", paths.database, exc)
        _tell(Icon.Critical, translate("Startup", "Cannot open the data"), str(exc))
        return EXIT_CANNOT_START
    with store:
        context = read(store, window_context)
        if context is None:
            _tell_not_set_up(data_dir)
            return EXIT_CANNOT_START
        window = MainWindow(context, CommuneData(store, context.commune_codes))
        window.refresh()
        window.showMaximized()  # small laptop screens: every column counts
        return app.exec()


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(argv)


def _start_logging(paths: Paths) -> None:
    try:
        setup_logging(paths.logs)
    except OSError as exc:  # the store will report the unusable folder to the officer
        log.warning("cannot write logs in %s: %s", paths.logs, exc)


def _tell_not_set_up(data_dir: Path | None) -> None:
    """Until the first-run wizard exists, the officer is told the command that sets up."""
    where = f' --data-dir "{data_dir}"' if data_dir else ""
    name = translate("Startup", "Office computer")
    command = f'commune-it{where} setup --commune XXXXX --device-name "{name}"'
    _tell(Icon.Information, translate("Startup", "This computer is not set up yet"),
          translate("Startup", "This computer has not been set up for a commune yet. Run the "
                    "command below, with your commune's 5-digit code instead of XXXXX, then "
                    "open the program again.\n\n{command}").format(command=command))


def _tell(icon: Icon, title: str, text: str) -> None:
    show_message(None, icon, title, text)
