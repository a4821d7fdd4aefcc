"""Where the files that ship with the app are: the one lookup for everything under
``resources/`` (reference data, compiled translations, fonts and icons to come).

The customer keeps ``resources/`` at the top of the repository, so the folder lives in
three places depending on how the app runs, and every reader asks here instead of working
it out from its own ``__file__``:

- installed from the wheel: inside the package, ``app/resources/`` (``setup.py`` copies the
  folder there, compiles the translations and leaves their ``.ts`` sources out);
- a source tree or an editable install (``make``, pytest): the top-level ``resources/``;
- a frozen bundle (PyInstaller): ``app/resources/`` under the bundle's root, the same place
  as in the wheel, so the spec collects the package's data like any other package's. The
  root is ``sys._MEIPASS``: ``_internal/`` beside the program in a one-folder bundle
  (``installer/commune-it.spec``, which also puts the migrations beside the frozen
  ``app.models.store``). The program itself is in ``install_dir()``, the folder the Windows
  installer fills and an update replaces: nothing the app writes goes there.

Why a module of its own at the root of ``app`` rather than in ``config.py``: the models
read the ethnic-group list, and ``app.models`` imports nothing of the app's layers. This
module imports only the standard library and nothing of the app, so it sits below every
layer, like the package root that any ``app.*`` import already runs; ``app.models`` using it
adds no arrow that could turn back. ``config.resources_dir`` is this same function.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["frozen", "install_dir", "resource", "resources_dir"]

_PACKAGE = Path(__file__).resolve().parent
_IN_PACKAGE = ("app", "resources")  # where the wheel and the bundle put the folder


def resources_dir() -> Path:
    """The folder holding the shipped resources for the way the app is running now."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root).joinpath(*_IN_PACKAGE)
    packaged = _PACKAGE / _IN_PACKAGE[-1]
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / "resources"  # the source tree: the customer's top-level folder


def resource(*parts: str) -> Path:
    """One shipped file or folder, e.g. ``resource("reference", "ethnic_groups.csv")``."""
    return resources_dir().joinpath(*parts)


def frozen() -> bool:
    """Whether this is the bundled program (PyInstaller), not Python running the package."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def install_dir() -> Path:
    """Where the app is installed: the bundle's folder (the program and ``_internal/``), or
    for a wheel or a source tree the folder holding the ``app`` package. The data and the
    log are never under it (``config.py``): the Windows uninstaller and an update remove it
    whole."""
    if frozen():
        return Path(sys.executable).resolve().parent
    return _PACKAGE.parent
