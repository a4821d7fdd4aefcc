"""The one-folder bundle's contents, checked fast and without PyInstaller: what the spec
collects (installer/bundle_files.py, which installer/commune-it.spec applies) must hold every
folder of resources/, every migration and what Alembic reads beside them, and the trimming
must keep the Qt plugins the window needs while it drops what the app never loads.

Building the bundle itself takes a minute: CI does it after the tests and runs the built
program from a temporary folder (installer/check_bundle.sh, called by .ci/run).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path

import pytest

from app import shipped, version
from app.models import store

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "commune-it.spec"


def load_bundle_files():
    spec = importlib.util.spec_from_file_location("bundle_files",
                                                  ROOT / "installer" / "bundle_files.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


files = load_bundle_files()


def test_every_folder_of_resources_is_named_in_the_spec():
    folders = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()
               and p.name != "__pycache__"}
    assert folders, "resources/ has folders"
    assert sorted(folders - set(files.RESOURCE_FOLDERS)) == [], (
        "a folder of resources/ the bundle would leave out: name it in RESOURCE_FOLDERS")


def test_every_shipped_file_goes_to_where_the_app_looks_in_a_bundle():
    collected = {Path(src).relative_to(ROOT / "resources"): dest
                 for src, dest in files.resource_datas()}
    shipped_files = {p.relative_to(ROOT / "resources")
                     for p in (ROOT / "resources").rglob("*")
                     if p.is_file() and p.suffix != ".ts" and "__pycache__" not in p.parts}
    assert set(collected) == shipped_files
    for relative, dest in collected.items():
        assert dest == Path("app", "resources", relative.parent).as_posix()
    assert not any(p.suffix == ".ts" for p in collected)  # sources stay out


def test_the_migrations_go_beside_the_frozen_store_module():
    """Alembic reads env.py, script.py.mako and each revision from disk: the spec puts them
    where ``store.MIGRATIONS_DIR`` points from the frozen ``app/models/store`` module."""
    collected = {Path(src).relative_to(ROOT): dest for src, dest in files.migration_datas()}
    migrations = store.MIGRATIONS_DIR.relative_to(ROOT)
    revisions = sorted((ROOT / migrations / "versions").glob("*.py"))
    assert len(revisions) >= 9
    for needed in [migrations / "env.py", migrations / "script.py.mako",
                   *(r.relative_to(ROOT) for r in revisions)]:
        assert collected[needed] == needed.parent.as_posix()
    assert migrations.as_posix() == "app/models/migrations"


def test_the_consoles_templates_and_static_files_go_where_the_frozen_server_reads_them():
    """``server serve`` renders the console's pages from ``words.TEMPLATES`` and serves
    ``words.STATIC``: every file there ships, to the same place beside the package."""
    from app.server.console import words

    collected = {Path(src).relative_to(ROOT): dest for src, dest in files.console_datas()}
    for folder in (words.TEMPLATES, words.STATIC):
        on_disk = sorted(p for p in folder.rglob("*") if p.is_file()
                         and "__pycache__" not in p.parts)
        assert on_disk, folder
        for path in on_disk:
            relative = path.relative_to(ROOT)
            assert collected[relative] == relative.parent.as_posix(), relative
    names = {path.name for path in collected}
    assert {"base.html", "devices.html", "usb.html", "reports.html", "console.css",
            "upload.js"} <= names
    assert not any(path.suffix == ".py" for path in collected)


def test_the_spec_uses_these_lists_and_the_version_of_pyproject():
    text = SPEC.read_text(encoding="utf-8")
    for used in ("files.resource_datas()", "files.migration_datas()", "files.console_datas()",
                 "files.unused(",
                 "files.EXCLUDED_MODULES", "files.still_needed(", "files.missing_translations()",
                 'copy_metadata("commune-it")', '"app.ui.main"', 'pyproject.toml'):
        assert used in text, used
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared["project"]["version"] == version()  # what --version prints
    assert any(r.startswith("pyinstaller") for r in
               declared["project"]["optional-dependencies"]["bundle"])
    assert not any("pyinstaller" in r.lower() for r in declared["project"]["dependencies"])


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/imageformats/qico.dll",
    "PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/printsupport/windowsprintersupport.dll",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt6PrintSupport.dll",
    "PySide6/Qt/translations/qtbase_en.qm",
    "app/resources/translations/qt_vi.qm",
    "app/resources/fonts/LiberationSerif-Regular.ttf",
])
def test_what_the_window_needs_is_kept(dest):
    assert not files.unused(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt6Pdf.dll",
    "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/imageformats/qtiff.dll",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qt_zh_CN.qm",
])
def test_what_the_app_never_loads_is_left_out(dest):
    assert files.unused(dest)


def test_unused_qt_modules_and_test_tools_are_excluded():
    excluded = set(files.EXCLUDED_MODULES)
    for name in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore",
                 "PySide6.Qt3DCore", "PySide6.QtMultimedia", "pytest", "hypothesis"):
        assert name in excluded
    used = {m.group(1) for path in (ROOT / "app").rglob("*.py")
            for m in re.finditer(r"from PySide6\.(\w+)", path.read_text(encoding="utf-8"))}
    assert used and not used & {name.removeprefix("PySide6.") for name in excluded}


def test_a_frozen_bundle_reads_its_resources_inside_itself(monkeypatch, tmp_path):
    """PyInstaller's one-folder layout: the program, and _internal/ (sys._MEIPASS) beside it."""
    internal = tmp_path / "commune-it" / "_internal"
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "commune-it" / "commune-it"))
    assert shipped.frozen()
    assert shipped.resources_dir() == internal / "app" / "resources"
    assert shipped.resource("translations", "qt_vi.qm") == (
        internal / "app" / "resources" / "translations" / "qt_vi.qm")
    assert shipped.install_dir() == tmp_path / "commune-it"


def test_a_source_tree_is_not_a_bundle():
    assert not shipped.frozen()
    assert shipped.install_dir() == ROOT


def test_make_bundle_and_ci_build_and_run_it():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^bundle: .*translations", makefile, re.MULTILINE)
    assert "installer/commune-it.spec" in makefile
    assert re.search(r"^\.PHONY:.*\bbundle\b", makefile, re.MULTILINE)
    check = (ROOT / "installer" / "check_bundle.sh").read_text(encoding="utf-8")
    for step in ("make bundle", "--version", "setup --commune 03325", " demo",
                 "export staff", 'cd "$work"'):
        assert step in check, step
