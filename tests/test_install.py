"""The app as a user installs it: a wheel built from the source, installed into a fresh
virtualenv in a temporary folder, run from a folder outside the source tree.

Issue 8 saw ``setup`` exit 1 there (the ethnic-group list was not in the wheel) and the
window come up in English (no ``.qm`` without ``make``). The wheel is built with pip's
build isolation from a copy of what a clean clone holds (no ``.qm``, no ``build/``), so the
translations must be compiled by the wheel's own build, in its own environment. The install
is a plain ``pip install`` of the wheel: pip picks the newest ``vietnam-provinces`` that
declares this Python (no lineage table, which the app tolerates, see README). About 20 s
with pip's cache warm; a cold cache downloads PySide6 twice (build and install).
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from app import shipped

ROOT = Path(__file__).resolve().parents[1]
BUILD_INPUTS = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "app", "resources")
NOT_IN_A_CLONE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
PIP_TIMEOUT = 900  # a cold pip cache downloads PySide6

# Runs in the installed virtualenv: the real entry point (logging, store, language,
# window); a helper thread waits for the program's QApplication, then a timer on the GUI
# thread reports the main window's title once it is shown, and closes it.
WINDOW_START = r"""
import json, sys, threading, time

def watch():
    while True:
        widgets = sys.modules.get("PySide6.QtWidgets")
        app = widgets.QApplication.instance() if widgets is not None else None
        if app is not None:
            break
        time.sleep(0.005)
    from PySide6.QtCore import QTimer

    def start():
        timer = QTimer(app, interval=20)
        timer.timeout.connect(lambda: report(app, timer))
        timer.start()
        QTimer.singleShot(60_000, app, lambda: app.exit(3))  # never hang the test

    QTimer.singleShot(0, app, start)

def report(app, timer):
    from app.ui.runtime import i18n
    from app.ui.shell.main_window import MainWindow
    shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if shown:
        timer.stop()
        print(json.dumps({"title": shown[0].windowTitle(), "language": i18n.current_language(),
                          "qm": str(i18n.qm_path("vi")), "package": sys.modules["app"].__file__}),
              flush=True)
        shown[0].close()

threading.Thread(target=watch, daemon=True).start()
from app.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def run(args: list[str], cwd: Path, timeout: float = 120,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=env)


def outside_env() -> dict[str, str]:
    """The environment of a user's shell: nothing pointing into the source tree."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "COMMUNE_IT_LANG",
                          "COMMUNE_IT_DATA_DIR", "PYTHONSTARTUP")}
    return {**env, "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built as ``pip wheel`` builds it from a clean clone."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=NOT_IN_A_CLONE)
        else:
            shutil.copy2(ROOT / name, source / name)
    assert not list(source.rglob("*.qm"))
    built = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir",
                 str(work / "dist"), str(source)], cwd=work, timeout=PIP_TIMEOUT)
    assert built.returncode == 0, built.stdout + built.stderr
    (found,) = (work / "dist").glob("commune_it-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv holding the wheel and its dependencies; its bin folder."""
    venv = tmp_path_factory.mktemp("install") / "venv"
    made = run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=venv.parent)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    done = run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
                str(wheel)], cwd=venv.parent, timeout=PIP_TIMEOUT)
    assert done.returncode == 0, done.stdout + done.stderr
    return venv / "bin"


def test_the_wheel_carries_the_resources_with_compiled_translations(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/resources/reference/ethnic_groups.csv" in names
    for language in ("vi", "en"):
        assert f"app/resources/translations/commune_it_{language}.qm" in names
    assert "app/resources/translations/qt_vi.qm" in names  # Qt's own strings in Vietnamese
    assert [name for name in names if name.endswith(".ts")] == []
    qm = zipfile.ZipFile(wheel).read("app/resources/translations/commune_it_vi.qm")
    assert "Sổ theo dõi CNTT cấp xã".encode("utf-16-be") in qm  # a compiled translation


def test_the_installed_app_runs_outside_the_source_tree(installed: Path,
                                                        tmp_path: Path) -> None:
    cli = str(installed / "commune-it")
    env = outside_env()
    data = tmp_path / "data"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]

    shown = run([cli, "--version"], cwd=tmp_path, env=env)
    assert (shown.returncode, shown.stdout.strip()) == (0, f"commune-it {version}"), shown.stderr
    for args in (["setup", "--commune", "03325", "--device-name", "Máy văn phòng xã"],
                 ["demo"], ["export", "staff", "staff.csv"]):
        done = run([cli, "--data-dir", str(data), *args], cwd=tmp_path, env=env)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
    rows = (tmp_path / "staff.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("id,full_name,gender,birth_date,ethnicity,")
    assert len(rows) > 10 and any(",Thái," in row for row in rows[1:])  # the ethnic list read

    window = run([str(installed / "python"), "-c", WINDOW_START, str(data)], cwd=tmp_path,
                 env=env)
    assert window.returncode == 0, window.stderr
    facts = json.loads(window.stdout.strip().splitlines()[-1])
    assert facts["title"] == "Sổ theo dõi CNTT cấp xã — Xã Mường Phăng"
    assert facts["language"] == "vi"
    site = installed.parent / "lib"
    assert Path(facts["package"]).is_relative_to(site)  # the installed copy, not the source
    assert Path(facts["qm"]).is_relative_to(site) and Path(facts["qm"]).is_file()


def test_the_one_lookup_serves_a_bundle_an_installed_package_and_a_source_tree(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shipped.resources_dir() == ROOT / "resources"  # this source tree
    package = tmp_path / "site-packages" / "app"
    (package / "resources").mkdir(parents=True)
    monkeypatch.setattr(shipped, "_PACKAGE", package)
    assert shipped.resource("reference", "x.csv") == package / "resources" / "reference" / "x.csv"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert shipped.resources_dir() == tmp_path / "bundle" / "app" / "resources"


def test_no_module_finds_a_shipped_file_by_itself() -> None:
    """Every path into resources/ goes through app/shipped.py: a module that builds its own
    (from ``__file__``, as vntext.py did) breaks in the wheel or the bundle."""
    own_lookups = []
    for module in sorted((ROOT / "app").rglob("*.py")):
        if module == ROOT / "app" / "shipped.py":
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and node.value.strip("/") == "resources":
                own_lookups.append(str(module.relative_to(ROOT)))
    assert own_lookups == []
