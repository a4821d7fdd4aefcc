"""Starting the desktop window: logging, language, store, first-run wizard, main window.

``run`` returns the process exit status like a command does: 0 after the window closes, 2
when the window cannot start (the database cannot be opened, told in a message box rather
than a traceback; or the officer closed the first-run wizard without setting up).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from app.config import Paths, paths_for
from app.logs import setup_logging
from app.models.errors import StoreError
from app.models.settings import LANGUAGE_KEY, get_setting
from app.models.store import Store

from . import errors, i18n
from .controllers import read, window_context
from .dialogs import Icon, show_message
from .main_window import open_main_window
from .wizard import run_setup_wizard

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

EXIT_CANNOT_START = 2


def run(data_dir: Path | None, argv: list[str]) -> int:
    """Open the window on the device's store in ``data_dir`` and run until it is closed."""
    paths = paths_for(data_dir)
    errors.set_log_file(_start_logging(paths))
    app = _application(argv)
    restore_hook = errors.install_excepthook()
    try:
        return _run(app, paths)
    finally:
        restore_hook()


def _run(app: QApplication, paths: Paths) -> int:
    asked = i18n.requested_language()
    i18n.install(app, asked or i18n.DEFAULT_LANGUAGE)
    try:
        store = Store(paths.database, paths.backups)
    except (StoreError, OSError) as exc:
        log.warning("cannot open the store %s: %s", paths.database, exc)
        show_message(None, Icon.Critical, translate("Startup", "Cannot open the data"),
                     str(exc))
        return EXIT_CANNOT_START
    with store:
        if asked is None:
            _apply_saved_language(app, store)
        if read(store, window_context) is None and not run_setup_wizard(store):
            log.info("the first-run wizard was closed; nothing was set up")
            return EXIT_CANNOT_START
        window = open_main_window(store)
        if window is None:  # the wizard said done but no device: never expected
            return EXIT_CANNOT_START
        window.showMaximized()  # small laptop screens: every column counts
        status = app.exec()
        window.runner.shutdown()  # no worker may outlive the store it reads
        _forget_pending_quit(app)
        return status


def _forget_pending_quit(app: QApplication) -> None:
    """Closing the last window posts a Quit that may still be queued when exec() returns;
    left there, it would end the next event loop at once (a second run in one process)."""
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit.value)


def _apply_saved_language(app: QApplication, store: Store) -> None:
    """The language chosen in Settings, unless this run asked for one."""
    saved = read(store, get_setting, LANGUAGE_KEY)
    if saved in i18n.LANGUAGES and saved != i18n.current_language():
        i18n.install(app, saved)


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(argv)


def _start_logging(paths: Paths) -> Path | None:
    try:
        return setup_logging(paths.logs)
    except OSError as exc:  # the store will report the unusable folder to the officer
        log.warning("cannot write logs in %s: %s", paths.logs, exc)
        return None
