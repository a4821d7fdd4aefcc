"""Starting the desktop window: logging, store, start page, then Qt and the window.

``run`` returns the process exit status like a command does: 0 after the window closes, 2
when the window cannot start (a Linux machine lacks the libraries Qt's window needs, told on
the terminal with the command that installs them; the database cannot be opened, told in a
message box rather than a traceback; or the officer closed the first-run wizard without
setting up). An encrypted store asks for an account and password first (its sign-in
dialog is Qt, so it loads before anything is read); quitting there exits with 0.

The order is chosen for a large register on a slow laptop: this module loads no Qt. It
opens the store and starts reading the start page (``Prefetch``) first; Qt and the
window's modules (a quarter of a second) then load while SQLite works beside them, and the
window shows its start page filled about that much sooner. ``desktop.py`` is the Qt part.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from app.config import Paths, paths_for
from app.logs import setup_logging
from app.models.errors import StoreError
from app.models.keyring import is_locked
from app.models.store import Store
from app.ops import commune
from app.ops.settings import device_info
from app.ui.runtime.platform_check import check_window_libraries
from app.ui.shell.controllers import Prefetch

log = logging.getLogger(__name__)


def run(data_dir: Path | None, argv: list[str]) -> int:
    """Open the window on the device's store in ``data_dir`` and run until it is closed."""
    cannot_show = check_window_libraries()  # before Qt, which would abort the process
    if cannot_show is not None:
        return cannot_show
    paths = paths_for(data_dir)
    log_file = _start_logging(paths)
    if is_locked(paths.database):  # encrypted: nothing is read before someone signs in
        from app.ui.shell.desktop import run_locked_window

        return run_locked_window(paths.database, paths.backups, argv, log_file)
    try:
        store = Store(paths.database, paths.backups)
    except (StoreError, OSError) as exc:
        log.warning("cannot open the store %s: %s", paths.database, exc)
        from app.ui.shell.desktop import tell_cannot_start

        return tell_cannot_start(argv, log_file, exc)
    with store:
        start = prefetch_start_page(store)
        from app.ui.shell.desktop import run_window  # Qt loads while the start page is read

        return run_window(store, argv, log_file, start)


def prefetch_start_page(store: Store) -> dict[str, Prefetch]:
    """Start reading the office laptop's start page (the overview). A trainer's laptop
    starts on Training, which reads little; a new one starts with the setup wizard."""
    info = device_info(store)
    if info is None or info.trainer:
        return {}
    codes = [code for code, _name in info.communes]
    return {"overview": Prefetch(partial(commune.overview, store, codes))}


def _start_logging(paths: Paths) -> Path | None:
    try:
        return setup_logging(paths.logs)
    except OSError as exc:  # the store will report the unusable folder to the officer
        log.warning("cannot write logs in %s: %s", paths.logs, exc)
        return None
