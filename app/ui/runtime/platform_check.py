"""Before Qt: can this Linux machine open a window at all?

On a fresh Debian or Ubuntu machine Qt's X11 platform plugin (xcb) lacks system libraries
(``libxcb-cursor0`` above all, needed since Qt 6.5), and Qt then aborts the process with
"could not load the Qt platform plugin xcb" and a core dump: nothing an officer or the
person helping can act on. So the window's start first tries to load each library the
plugin needs, the way Qt will load it (``ctypes`` asks the same dynamic loader), and when
one is missing prints the one ``apt-get install`` line that fixes it, in Vietnamese and
English, and exits 2. It lives in the app, not in the Makefile, so an installed app says it
too. No Qt is loaded here: that is the point.

Only when Qt will use xcb: on Linux, with ``QT_QPA_PLATFORM`` unset (Qt's default there,
except in a Wayland session, where Qt picks its Wayland plugin) or naming xcb first. Tests
and servers run offscreen and are never checked.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

EXIT_CANNOT_START = 2

# What the xcb plugin (libqxcb.so and libQt6XcbQpa.so.6 of PySide6 6.11, by ldd) and QtGui
# under it load from the system, by soname, with the Debian/Ubuntu package that ships each.
# .ci/run installs every one of these packages (tests/test_project_scripts.py checks it).
WINDOW_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def uses_xcb(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will start its xcb plugin for this process."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(";")[0].split(":")[0].strip() == "xcb"
    return environ.get("XDG_SESSION_TYPE", "").strip().lower() != "wayland"


def missing_packages(libraries: Mapping[str, str] | None = None) -> dict[str, str]:
    """The libraries the dynamic loader cannot load, each with its package (in order)."""
    wanted = WINDOW_LIBRARIES if libraries is None else libraries
    missing = {}
    for soname, package in wanted.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing[soname] = package
    return missing


def advice(missing: Mapping[str, str]) -> str:
    """What to tell the person at the machine: both languages, then the one command."""
    files = ", ".join(missing)
    packages = " ".join(dict.fromkeys(missing.values()))
    return (f"commune-it: không mở được cửa sổ vì máy thiếu thư viện hệ thống ({files}); "
            "trên Debian/Ubuntu, cài bằng lệnh dưới đây rồi mở lại.\n"
            f"commune-it: the window cannot open: this computer lacks system libraries "
            f"({files}); on Debian/Ubuntu, install them with the command below, then start "
            "again.\n"
            f"sudo apt-get install {packages}")


def check_window_libraries(environ: Mapping[str, str] = os.environ,
                           libraries: Mapping[str, str] | None = None) -> int | None:
    """None if the window can start here; else print the advice on stderr and return 2."""
    if not uses_xcb(environ):
        return None
    missing = missing_packages(libraries)
    if not missing:
        return None
    print(advice(missing), file=sys.stderr)
    return EXIT_CANNOT_START
