"""Issue 8: on a Debian machine without ``libxcb-cursor0`` the window's start aborted inside
Qt ("could not load the Qt platform plugin xcb", a core dump). The start now checks the
libraries first and says the one ``apt-get install`` line that fixes it, in Vietnamese and
English, with exit 2. A missing library is made by the check's own seam (a library name no
machine has, added to the list it checks); the check itself and the start are real."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.runtime import platform_check
from app.ui.runtime.platform_check import WINDOW_LIBRARIES, check_window_libraries, uses_xcb

ROOT = Path(__file__).resolve().parents[1]
ABSENT = {"libcommune-it-absent.so.7": "libcommune-it-absent7"}

# The real start (``commune-it --data-dir DIR``, the window), on a machine where Qt would use
# xcb, with one library the loader cannot find added to what the check asks for.
START_WITH_A_LIBRARY_MISSING = """
import sys
from app.ui.runtime import platform_check
platform_check.WINDOW_LIBRARIES.update({"libcommune-it-absent.so.7": "libcommune-it-absent7"})
from app.cli import main
status = main(["--data-dir", sys.argv[1]])
print("qt loaded" if "PySide6.QtGui" in sys.modules else "no qt")
sys.exit(status)
"""


def xcb_environment() -> dict[str, str]:
    """The environment of an X11 desktop session (Qt's default platform on Linux: xcb)."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    return {**env, "XDG_SESSION_TYPE": "x11"}


def test_a_missing_library_stops_the_start_with_the_install_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = subprocess.run([sys.executable, "-c", START_WITH_A_LIBRARY_MISSING, str(data)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env=xcb_environment())
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    vietnamese, english, command = result.stderr.strip().splitlines()
    assert "thiếu thư viện hệ thống (libcommune-it-absent.so.7)" in vietnamese
    assert "lacks system libraries (libcommune-it-absent.so.7)" in english
    assert command == "sudo apt-get install libcommune-it-absent7"  # only what is missing
    assert result.stdout.strip() == "no qt"  # stopped before Qt could abort the process
    assert not (data / "commune-it.sqlite3").exists()  # and before the store was touched


def test_with_the_libraries_present_nothing_is_said(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_window_libraries({"XDG_SESSION_TYPE": "x11"}) is None
    assert capsys.readouterr() == ("", "")


def test_each_missing_library_is_named_and_its_package_installed_once(
        capsys: pytest.CaptureFixture[str]) -> None:
    wanted = {**ABSENT, "libcommune-it-absent.so.8": "libcommune-it-absent7",
              "libxcb-cursor.so.0": "libxcb-cursor0", "libcommune-it-gone.so.1": "libgone1"}
    assert check_window_libraries({}, wanted) == platform_check.EXIT_CANNOT_START
    lines = capsys.readouterr().err.splitlines()
    assert "(libcommune-it-absent.so.7, libcommune-it-absent.so.8, libcommune-it-gone.so.1)" \
        in lines[0]
    assert lines[-1] == "sudo apt-get install libcommune-it-absent7 libgone1"


@pytest.mark.parametrize(("environ", "platform", "checked"), [
    ({}, "linux", True),  # Qt's default on Linux
    ({"XDG_SESSION_TYPE": "x11"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb:nomitshm;wayland"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),  # tests, servers
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
    ({"XDG_SESSION_TYPE": "wayland"}, "linux", False),  # Qt picks Wayland there
    ({"QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "wayland"}, "linux", True),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_only_a_start_on_xcb_is_checked(environ: dict[str, str], platform: str,
                                        checked: bool) -> None:
    assert uses_xcb(environ, platform) is checked


def test_offscreen_is_never_checked(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_window_libraries({"QT_QPA_PLATFORM": "offscreen"}, ABSENT) is None
    assert capsys.readouterr() == ("", "")


def test_every_library_the_check_asks_for_is_one_qt_loads_here() -> None:
    """The list is what the xcb plugin really needs: each loads on this machine (CI installs
    every package, tests/test_project_scripts.py), so a misspelt name would show here."""
    assert platform_check.missing_packages(WINDOW_LIBRARIES) == {}
    assert "libxcb-cursor.so.0" in WINDOW_LIBRARIES
