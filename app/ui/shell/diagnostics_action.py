"""Help → "Lưu thông tin chẩn đoán…": the file a province technician asks a commune for.

The officer chooses where to save it (a USB stick, the desktop to attach to an e-mail); the
zip is written by ``app.ops.diagnostics.write_diagnostics`` on the runner's worker, with the
self-check's lines (``app.ops.selfcheck``, in Vietnamese and English: whoever reads it) and
Qt's version, which only the window knows; then the officer is told in words where it went
and what to do with it. Nothing in it is personal (the operation leaves names, phones and
e-mail addresses out, and blots them out of the log), so the officer need not be asked.

The self-check's Qt half runs in a process of its own (``qt_probe``), so the window's own
application, platform and translators are left alone while it runs; the whole takes a few
seconds, shown as a progress line in the status bar.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QFileDialog, QWidget

from app.config import Paths, paths_for
from app.models.store import Store
from app.ui.runtime import errors
from app.ui.runtime.tasks import Task, TaskRunner
from app.ui.widgets.dialogs import Icon, show_message

translate = QCoreApplication.translate
SELFCHECK_FILE = "selfcheck.txt"


def action_text() -> str:
    """The menu entry's words (the menu sets them, and again on a change of language)."""
    return translate("DiagnosticsAction", "Save &diagnostics information…")


def save_diagnostics(parent: QWidget, store: Store, runner: TaskRunner,
                     data_dir: Path | None) -> Task | None:
    """Ask where, then write the zip on ``runner``; None if the officer cancelled."""
    target = choose_target(parent)
    if target is None:
        return None
    paths = paths_for(data_dir)
    log_dir = log_folder(paths)
    qt = {"qt": qVersion(), "PySide6": PySide6.__version__}

    def work() -> Path:  # on the worker; what it loads (multiprocessing) the start need not
        from app.ops.diagnostics import write_diagnostics
        from app.ops.selfcheck import as_text, run_selfcheck
        from app.ui.runtime.qt_probe import probe_qt

        report = as_text(run_selfcheck(paths, probe_qt))
        return write_diagnostics(store, paths.data_dir, log_dir, target,
                                 extra={SELFCHECK_FILE: report}, more_versions=qt)

    busy = translate("DiagnosticsAction", "Saving the diagnostics file…")
    return runner.run(work, lambda written: tell_saved(parent, written), progress_label=busy)


def choose_target(parent: QWidget | None) -> Path | None:
    """The file the officer chose (``.zip`` added if left off), or None."""
    name = translate("DiagnosticsAction", "commune-it-diagnostics-{date}.zip").format(
        date=date.today().strftime("%Y-%m-%d"))
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, translate("DiagnosticsAction", "Save the diagnostics file"),
        str(Path.home() / name), translate("DiagnosticsAction", "Zip files (*.zip)"))
    if not chosen:
        return None
    target = Path(chosen)
    return target if target.suffix.lower() == ".zip" else target.with_name(target.name + ".zip")


def log_folder(paths: Paths) -> Path:
    """The folder of the log in use: the one the window opened (the platform's log folder
    for the installed app), else the data folder's own."""
    opened = errors.log_file()
    return opened.parent if opened is not None else paths.logs


def tell_saved(parent: QWidget | None, path: Path) -> None:
    said = translate("DiagnosticsAction", "The diagnostics file was saved as:\n{path}\n\n"
                     "Send it to the province's IT officer when asked. It holds no official's "
                     "name, phone number or e-mail address.").format(path=path)
    show_message(parent, Icon.Information, translate("DiagnosticsAction", "Diagnostics saved"),
                 said)
