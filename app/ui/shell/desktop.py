"""The Qt part of starting the window (``main.py`` is the part before Qt): the application
object, the error hook, the language, the sign-in on an encrypted store, the first-run
wizard and the main window — and the window opened again on a store that changed under it
(a plain store encrypted by its first account: ``signin/protect.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from app import collector
from app.models.store import Store
from app.ops.accounts import signed_in_as
from app.ops.commune import window_context
from app.ops.settings import saved_language
from app.ui.runtime import errors, focus_style, i18n
from app.ui.shell import about_dialog
from app.ui.shell.controllers import Prefetch
from app.ui.signin.protect import ProtectRequest, asked_store_change, protect
from app.ui.widgets.dialogs import Icon, show_message

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
T = TypeVar("T")

EXIT_CANNOT_START = 2


def tell_cannot_start(argv: list[str], log_file: Path | None, exc: BaseException) -> int:
    """The store could not be opened: say so in the window's language, exit 2."""
    def tell(_app: QApplication) -> int:
        show_message(None, Icon.Critical, translate("Startup", "Cannot open the data"),
                     str(exc))
        return EXIT_CANNOT_START

    return _with_application(argv, log_file, tell)


def run_window(store: Store, argv: list[str], log_file: Path | None,
               prefetched: Mapping[str, Prefetch[Any]]) -> int:
    """Set up the device if it is new, then show the window until it is closed."""
    return _with_application(argv, log_file, partial(_show, store=store, prefetched=prefetched))


def run_locked_window(database: Path, backups: Path, argv: list[str],
                      log_file: Path | None) -> int:
    """An encrypted store: sign in first (quitting there is a clean exit, 0), then the
    window on the store that password opened, its role applied."""
    def work(app: QApplication) -> int:
        from app.ui.signin.dialog import sign_in_at_start

        opened = sign_in_at_start(database, backups)
        if opened is None:
            log.info("the sign-in was left; nothing was opened")
            return 0
        store, who = opened
        with store:
            signed_in_as(store, who)
            return _show(app, store, {})

    return _with_application(argv, log_file, work)


def _show(app: QApplication, store: Store, prefetched: Mapping[str, Prefetch[Any]]) -> int:
    """The wizard on a new device, then the main window until it is closed; the window
    opens again on the new store when the store changed (encrypted by a first account,
    asked by the wizard or by Settings)."""
    if i18n.requested_language() is None:
        _apply_saved_language(app, store)
    with ExitStack() as opened:  # the stores opened here; the caller closes its own
        request: ProtectRequest | None = None
        if window_context(store) is None:
            set_up, request = _set_up(store)
            if not set_up:
                log.info("the first-run wizard was closed; nothing was set up")
                return EXIT_CANNOT_START
        while True:
            if request is not None:
                store = _store_changed(store, request, opened)
                _forget_pending_quit(app)  # the progress note may have been the last window
                prefetched = {}
            status, request = _run_main_window(app, store, prefetched)
            if request is None:
                return status


def _store_changed(store: Store, request: ProtectRequest, opened: ExitStack) -> Store:
    """The store encrypted with the first account (the recovery key shown), or the
    plain one opened again if that was refused; either is closed with ``opened``."""
    new_store, encrypted = protect(store, request)
    opened.enter_context(new_store)
    log.info("the store was %s", "encrypted" if encrypted else "left plain")
    return new_store


def _run_main_window(app: QApplication, store: Store, prefetched: Mapping[str, Prefetch[Any]]
                     ) -> tuple[int, ProtectRequest | None]:
    """The main window until it is closed: its exit status, and the store change it asked
    for (Settings' "Protect the data with an account…"), if any."""
    from app.ui.shell.main_window import open_main_window

    window = open_main_window(store, prefetched=prefetched)
    if window is None:  # the wizard said done but no device: never expected
        return EXIT_CANNOT_START, None
    window.show_restored()  # as left; maximised on a screen too small (window_state)
    collector.started()  # up: the collector as usual while the officer works
    status = app.exec()
    window.runner.shutdown()  # no worker may outlive the store it reads
    _forget_pending_quit(app)
    request = asked_store_change(window)
    if request is not None:
        window.deleteLater()
    return status, request


def _with_application(argv: list[str], log_file: Path | None,
                      work: Callable[[QApplication], T]) -> T:
    """Run ``work`` with the application, the error hook and the asked-for language."""
    errors.set_log_file(log_file)
    app = _application(argv)
    app.setWindowIcon(about_dialog.app_icon())  # every window's, and the taskbar's
    focus_style.install(app)  # a visible ring where the keys go, in every window
    restore_hook = errors.install_excepthook()
    try:
        i18n.install(app, i18n.requested_language() or i18n.DEFAULT_LANGUAGE)
        return work(app)
    finally:
        restore_hook()


def _set_up(store: Store) -> tuple[bool, ProtectRequest | None]:
    from app.ui.pages.wizard.wizard import run_setup_wizard  # only a first run needs it

    return run_setup_wizard(store)


def _forget_pending_quit(app: QApplication) -> None:
    """Closing the last window posts a Quit that may still be queued when exec() returns;
    left there, it would end the next event loop at once (a second run in one process)."""
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit.value)


def _apply_saved_language(app: QApplication, store: Store) -> None:
    """The language chosen in Settings, unless this run asked for one."""
    saved = saved_language(store)
    if saved in i18n.LANGUAGES and saved != i18n.current_language():
        i18n.install(app, saved)


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(argv)
