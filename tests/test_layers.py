"""The layers below the UI never import Qt or the UI, and the window's start leaves the
slow, rarely needed libraries unloaded: checked, not hoped for."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import app

ROOT = Path(__file__).resolve().parents[1]
BELOW_UI = ("app.models", "app.exchange", "app.sync", "app.reports", "app.server")

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] == 'PySide6' or name == 'app.ui' or name.startswith('app.ui.'):
            raise ImportError('blocked: ' + name)
        return None
sys.meta_path.insert(0, Block())
import importlib
for module in sys.argv[1:]:
    importlib.import_module(module)
print('ok', len(sys.argv) - 1)
"""


def modules_below_ui() -> list[str]:
    found = []
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name.startswith(BELOW_UI) and ".migrations" not in info.name:
            found.append(info.name)
    return found


def test_layers_below_ui_import_without_qt():
    modules = modules_below_ui() + ["app.demo", "app.cli"]
    assert "app.models.store" in modules and "app.models.journal" in modules
    result = subprocess.run([sys.executable, "-c", BLOCKER, *modules], capture_output=True,
                            text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(modules)}"


# What the window's start must not import: each is loaded when its feature is first used
# (migrations, Excel files, the unit list, the network, the Excel code). Importing them
# all would add about a quarter of a second to every start (bench/ui_window.py).
DEFERRED = ("alembic", "openpyxl", "vietnam_provinces", "httpx", "app.exchange")

START_IMPORTS = """
import sys
import app.cli, app.ui.main, app.ui.desktop, app.ui.main_window
print(' '.join(name for name in sys.argv[1:] if name in sys.modules))
"""


def test_the_window_start_defers_what_it_does_not_need():
    result = subprocess.run([sys.executable, "-c", START_IMPORTS, *DEFERRED],
                            capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []
