"""What goes into the one-folder bundle and what stays out: the lists the PyInstaller spec
(``commune-it.spec``) applies, kept in a plain module so that a fast test can check them
without PyInstaller (``tests/test_bundle_spec.py``: every folder of ``resources/`` is named,
every migration is collected, the plugins the window needs survive the trimming).

The bundle must carry everything the app reads at run time and nothing it never loads:
PySide6-Essentials brings QML, Quick, PDF, OpenGL, SQL, Designer, Help and Test besides the
three modules the app imports, and a plugin of a left-out module pulls its libraries back in.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The folders of resources/ that ship, each named: the test fails when resources/ holds a
# folder this list does not name. One not made yet in a tree is skipped; a named folder
# that exists is always collected whole.
RESOURCE_FOLDERS = ("fonts", "guide", "icons", "reference", "translations")
SOURCES_ONLY = {".ts"}  # translation sources: the .qm files are what the app reads
MIGRATION_SUFFIXES = {".py", ".mako", ".ini"}  # Alembic reads these from disk, not the archive

# Qt modules PySide6-Essentials carries that the app never imports (it uses QtCore, QtGui,
# QtWidgets and, for printing, QtPrintSupport).
UNUSED_QT = ("Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic",
             "Qt3DRender", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus",
             "QtDesigner", "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation",
             "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtOpenGL",
             "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick",
             "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
             "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialPort", "QtSql",
             "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech",
             "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
             "QtWebEngineWidgets", "QtWebSockets", "QtXml")
# The province server's web stack and what only it brings (anyio's trio backend, tracing).
WEB_STACK = ("fastapi", "starlette", "pydantic", "pydantic_core", "pydantic_settings",
             "uvicorn", "jinja2", "multipart", "python_multipart", "annotated_types",
             "typing_inspection", "email_validator", "httptools", "uvloop", "watchfiles",
             "websockets", "trio", "opentelemetry")
EXCLUDED_MODULES = (
    *(f"PySide6.{name}" for name in UNUSED_QT),
    "tkinter", "pytest", "_pytest", "hypothesis", "pytestqt", "importlinter", "grimp",
    "ruff", "PyInstaller", "PySide6.scripts", "setuptools", "pip", "IPython",
    # PostgreSQL is the province server's, installed with pip on the province's machine;
    # the bundle is a commune laptop's program, whose `server` commands use SQLite files
    # (a postgresql+psycopg:// address is then refused with a sentence, not a traceback).
    "psycopg", "psycopg_binary", "psycopg_c", "psycopg2",
    # So is its web stack (`server serve`, the console): the laptop syncs through httpx
    # (kept, with h11 and anyio), and says how the province installs the server instead
    # (app/cli_server.py). Argon2 stays: the laptop's own accounts hash with it.
    *WEB_STACK,
    # reportlab needs Pillow's core (it imports it), not its extra codecs and fonts, whose
    # libraries (AVIF, WebP, colour management, FreeType, HarfBuzz) are 9 MB.
    "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingft", "PIL._imagingtk",
    "PIL.ImageTk", "PIL.ImageQt",
    # Command-line extras of libraries: httpx's own CLI (rich, pygments), Mako's highlighter.
    "httpx._main", "rich", "pygments", "markdown_it", "mako.ext.pygmentplugin",
    # The interactive prompt's line editing, and East Asian codecs no file here is in.
    "readline", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr",
    "_codecs_tw",
    # zstandard's CFFI twin of its C backend (loaded only when asked for by an environment
    # variable), and the help texts of the interactive help().
    "zstandard._cffi", "pydoc_data",
    # Database engines the app never speaks to.
    "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.oracle",
)
# Libraries of those modules, found by name among the collected files (Qt's own names on
# every platform: libQt6Qml.so.6 on Linux, Qt6Qml.dll on Windows).
UNUSED_QT_FILES = ("Qt6Qml", "Qt6Quick", "Qt6Pdf", "Qt6Designer", "Qt6Sql", "Qt6Test",
                   "Qt6Help", "Qt6Network", "Qt6OpenGL", "Qt6Svg", "Qt6VirtualKeyboard",
                   "Qt6Wayland", "Qt6Wl", "Qt6EglFs", "Qt6Multimedia", "Qt6WebEngine")
UNUSED_PLUGIN_FOLDERS = ("qmltooling", "qmllint", "designer", "sqldrivers", "tls",
                         "networkinformation", "egldeviceintegrations", "generic",
                         "wayland-decoration-client", "wayland-graphics-integration-client",
                         "wayland-graphics-integration-server", "wayland-shell-integration",
                         "vectorimageformats")
# Platforms: the window (xcb on Linux, windows on Windows), offscreen (CI, checks) and
# minimal (a last resort Qt can always start).
KEPT_PLATFORMS = ("qxcb", "qoffscreen", "qminimal", "qwindows")
# Image formats: the app shows PNG (Qt's own), and JPEG, GIF and ICO stay for pictures an
# officer might open; the PDF and SVG readers pull whole Qt modules, and TIFF, WebP, ICNS,
# TGA and WBMP nothing here reads. The GTK theme needs the desktop's own GTK (never
# bundled), the SVG icon engine Qt's SVG module.
UNUSED_PLUGINS = ("qpdf", "qsvg", "qtiff", "qwebp", "qicns", "qtga", "qwbmp", "qgtk3",
                  "qsvgicon")
KEPT_QT_TRANSLATIONS = ("_en.qm", "_vi.qm")  # Qt ships no Vietnamese: the app has its own

# Linux libraries taken from the machine the bundle runs on, as OpenGL's already are, not
# from the one that built it: each is the client of a service of that machine. The CUPS
# client must speak the local print service's version (a desktop that prints has it;
# without it Qt's print plugin is simply not loaded); D-Bus is on every Linux desktop (the
# README names it with Qt's other libraries). With them go the 14 MB of Kerberos, GnuTLS,
# Avahi, systemd and libgcrypt libraries that only they needed.
FROM_THE_MACHINE = frozenset({"libcups.so.2", "libdbus-1.so.3"})


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for every file of the named resource folders: they go
    to ``app/resources/``, where ``app/shipped.py`` looks in a frozen bundle."""
    resources = root / "resources"
    found = []
    for folder in RESOURCE_FOLDERS:
        base = resources / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.is_file() and path.suffix not in SOURCES_ONLY \
                    and "__pycache__" not in path.parts:
                target = Path("app", "resources", path.parent.relative_to(resources))
                found.append((str(path), target.as_posix()))
    return found


def migration_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """The migrations folder as files (env.py, script.py.mako, any .ini, every revision),
    beside the frozen ``app.models.store``, whose ``MIGRATIONS_DIR`` is its own folder's."""
    migrations = root / "app" / "models" / "migrations"
    found = []
    for path in sorted(migrations.rglob("*")):
        if path.is_file() and path.suffix in MIGRATION_SUFFIXES \
                and "__pycache__" not in path.parts:
            target = Path("app", "models", "migrations", path.parent.relative_to(migrations))
            found.append((str(path), target.as_posix()))
    return found


CONSOLE_FOLDERS = ("templates", "static")  # the province console's pages and style sheet


def console_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """The province console's templates and static files (``server serve``), beside the
    frozen ``app.server.console`` package, whose ``words.TEMPLATES`` and ``words.STATIC``
    are its own folder's: without them every console page is an error."""
    console = root / "app" / "server" / "console"
    found = []
    for folder in CONSOLE_FOLDERS:
        for path in sorted((console / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                target = Path("app", "server", "console", path.parent.relative_to(console))
                found.append((str(path), target.as_posix()))
    return found


def missing_translations(root: Path = ROOT) -> list[str]:
    """The .ts sources without their .qm: a bundle without them would speak English."""
    sources = sorted((root / "resources" / "translations").glob("*.ts"))
    return [ts.name for ts in sources if not ts.with_suffix(".qm").is_file()]


def unused(dest: str) -> bool:
    """Whether a collected file (its place in the bundle) is one the app never loads."""
    parts = Path(dest).as_posix().split("/")
    name = parts[-1]
    stem = name.split(".")[0].removeprefix("lib").lower()
    if any(stem.startswith(lib.lower()) for lib in UNUSED_QT_FILES):
        return True
    if "qml" in parts:  # QML modules: the app has no QML
        return True
    if "plugins" in parts[:-2]:
        folder = parts[parts.index("plugins") + 1]
        if folder in UNUSED_PLUGIN_FOLDERS or stem in UNUSED_PLUGINS:
            return True
        if folder == "platforms" and stem not in KEPT_PLATFORMS:
            return True
    if "translations" in parts and "PySide6" in parts:  # Qt's own, not the app's
        return not name.endswith(KEPT_QT_TRANSLATIONS)
    return False


def linked(path: str) -> list[str]:
    """The libraries a Linux binary names itself (its DT_NEEDED entries; ``ldd`` would list
    their own dependencies too, and so keep what only a left-out library needed)."""
    shown = subprocess.run(["objdump", "-p", path], capture_output=True, text=True,
                           check=False).stdout
    return [line.split()[1] for line in shown.splitlines()
            if line.strip().startswith("NEEDED")]


def still_needed(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the system libraries (collected from outside Python and its packages, on Linux)
    that only a left-out plugin needed: GTK's chain came with the GTK theme, for example.
    What the kept files link against, followed to the end, stays."""
    prefixes = (sys.base_prefix, sys.prefix)
    system = {Path(dest).name: src for dest, src, _kind in binaries
              if "/" not in Path(dest).as_posix() and not src.startswith(prefixes)}
    wanted: set[str] = set()
    queue = [src for dest, src, _kind in binaries if Path(dest).name not in system]
    while queue:
        for name in linked(queue.pop()):
            if name in system and name not in wanted and name not in FROM_THE_MACHINE:
                wanted.add(name)
                queue.append(system[name])
    return [entry for entry in binaries
            if Path(entry[0]).name not in system or Path(entry[0]).name in wanted]
