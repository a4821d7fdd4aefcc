"""What the desktop-window tests share: a commune office's store with a few records, a
runner with a stand-in progress area, a page or the whole window opened on a store,
recorded message boxes and answered confirmations, and the .qm files built from the
checked-in .ts sources.

Plain functions and classes rather than fixtures: each test module keeps its fixtures
(two lines each) and says in them which of these it uses and how. The one exception is
the compiled translations, built once per run (``translation_fixtures.py``).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QWidget

from app.models import Equipment, Staff
from app.models.store import Store
from app.ui.runtime import i18n
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.main_window import MainWindow, open_main_window
from app.ui.widgets import dialogs
from tests.helpers import MUONG_PHANG, make_store

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
BIN = Path(sys.executable).parent
OFFICE_DEVICE = "Máy văn phòng xã"


# --- translations ----------------------------------------------------------------------------
def build_qm(folder: Path, languages: Iterable[str] = i18n.LANGUAGES) -> Path:
    """Compile the checked-in .ts files into ``folder`` (the app's, and Qt's own strings
    where the app ships them), so a test sees what the app would ship rather than a stale
    build (pyside6-lrelease missing is a failure)."""
    lrelease = BIN / "pyside6-lrelease"
    assert lrelease.exists(), f"{lrelease} is missing: install PySide6 in the venv"
    for language in languages:
        names = [f"commune_it_{language}"]
        if (TS_DIR / f"qt_{language}.ts").is_file():  # Qt's own strings: Vietnamese only
            names.append(f"qt_{language}")
        for name in names:
            subprocess.run([str(lrelease), "-silent", str(TS_DIR / f"{name}.ts"),
                            "-qm", str(folder / f"{name}.qm")], check=True, timeout=60)
    return folder


@contextmanager
def source_strings(app: QCoreApplication) -> Iterator[None]:
    """The English source strings inside, whatever language a test before installed."""
    i18n.uninstall(app)
    try:
        yield
    finally:
        i18n.uninstall(app)


# --- dialogs that would wait for a click -------------------------------------------------------
def record_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes are recorded (title, text) instead of waiting for a click."""
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


class Answers:
    """Confirmations asked, and the answer the test gives to the next ones."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = True

    def __call__(self, _parent, _title: str, text: str, _yes: str, _no: str = "") -> bool:
        self.asked.append(text)
        return self.answer


def answer_confirmations(monkeypatch: pytest.MonkeyPatch) -> Answers:
    found = Answers()
    monkeypatch.setattr(dialogs, "confirm", found)
    return found


# --- a store, a runner, a page ------------------------------------------------------------------
def office_store(directory: Path, staff: Sequence[dict[str, Any]],
                 equipment: Sequence[dict[str, Any]] = ()) -> Store:
    """A commune office's laptop for Mường Phăng holding these officials and equipment
    (keyword values of the models); an equipment's ``holder`` is an index in ``staff``."""
    store = make_store(directory, name=OFFICE_DEVICE)
    with store.sessions.begin() as s:
        people = [Staff(commune_code=MUONG_PHANG, **values) for values in staff]
        s.add_all(people)
        s.flush()
        for values in equipment:
            values = dict(values)
            holder = values.pop("holder", None)
            s.add(Equipment(commune_code=MUONG_PHANG, **values,
                            holder_id=people[holder].id if holder is not None else None))
    return store


class ProgressArea:
    """Where the runner shows progress bars, as the window's status line would."""

    def __init__(self) -> None:
        self.host = QWidget()
        self.labels: list[str] = []

    def add_progress(self, widget: QWidget) -> None:
        widget.setParent(self.host)
        self.labels.append(widget.title.text())

    def remove_progress(self, widget: QWidget) -> None:
        widget.hide()


class ProgressStrip(QWidget):
    """Stands in for the window's status line, where the runner lays out long tasks."""

    def __init__(self) -> None:
        super().__init__()
        self.setLayout(QHBoxLayout())

    def add_progress(self, widget: QWidget) -> None:
        self.layout().addWidget(widget)

    def remove_progress(self, widget: QWidget) -> None:
        self.layout().removeWidget(widget)


def runner_with_area() -> TaskRunner:
    """A runner whose long tasks note their labels in ``runner.area`` (a ProgressArea)."""
    runner = TaskRunner()
    runner.area = ProgressArea()
    runner.set_progress_area(runner.area)
    return runner


def open_page(qtbot, page_class, store: Store, runner: TaskRunner):
    """A list page (StaffPage, EquipmentPage) on its own, shown and loaded."""
    page = page_class(store, runner, [MUONG_PHANG])
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.refresh()
    assert runner.wait()
    return page


def open_window(qtbot, store: Store) -> MainWindow:
    """The main window on a set-up store, its pages loaded (not shown)."""
    window = open_main_window(store)
    assert window is not None
    qtbot.addWidget(window, before_close_func=settle)
    assert window.runner.wait()  # the pages load on the runner's worker thread
    return window


def settle(window: MainWindow) -> None:
    """Before pytest-qt closes a test's window: stop its tasks and take their last word. A
    long task still running (a paper laid out behind its first page) would make the
    window ask "stop it and close?" in a modal box that nobody answers."""
    window.runner.shutdown()
    window.runner.wait(30)
