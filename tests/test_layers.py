"""The layers below the UI never import Qt or the UI, and the window's start leaves the
slow, rarely needed libraries unloaded: checked, not hoped for."""

from __future__ import annotations

import os
import pkgutil
import shutil
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


# The arrows of DESIGN.md's layout are import-linter contracts in pyproject.toml, checked by
# `make lint`. Each breach below turns one arrow back in a copy of the tree; the run must
# break every contract, each for its own breach, or a contract is one that cannot fail.
# The import of PySide6 sits inside a function: grimp reads those too.
BREACHES = {
    "app/ops/__init__.py": ("from app.ui import dialogs\n", "app.ops -> app.ui.dialogs"),
    "app/sync/zz_breach.py": ("import app.exchange.values\n",
                              "app.sync.zz_breach -> app.exchange.values"),
    "app/models/zz_breach.py": ("import app.config\n", "app.models.zz_breach -> app.config"),
    "app/server/zz_breach.py": ("import app.exchange.values\n",
                                "app.server.zz_breach -> app.exchange.values"),
    "app/exchange/zz_breach.py": ("def load():\n    import PySide6.QtCore\n",
                                  "app.exchange.zz_breach -> PySide6"),
    "app/zz_breach.py": ("import PySide6\n", "app.zz_breach -> PySide6"),
    "app/messages/zz_breach.py": ("import app.models.errors\n",
                                  "app.messages.zz_breach -> app.models.errors"),
}


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports on ``tree`` with the project's contracts; it finds ``app`` in its cwd."""
    command = [str(Path(sys.executable).with_name("lint-imports")), "--no-cache", "--no-logo"]
    return subprocess.run(command, capture_output=True, text=True, cwd=tree, timeout=120)


def contract_count() -> int:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return len(config["tool"]["importlinter"]["contracts"])


def test_every_import_contract_breaks_when_its_arrow_turns_back(tmp_path):
    shutil.copytree(ROOT / "app", tmp_path / "app",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    contracts = contract_count()
    assert not (tmp_path / "app" / "ops").exists()  # the breach below makes app/ops
    clean = lint_imports(tmp_path)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert f"Contracts: {contracts} kept, 0 broken." in clean.stdout

    for path, (source, _) in BREACHES.items():
        (tmp_path / path).parent.mkdir(exist_ok=True)
        (tmp_path / path).write_text(source, encoding="utf-8")
    broken = lint_imports(tmp_path)
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert f"Contracts: 0 kept, {contracts} broken." in broken.stdout
    report = " ".join(broken.stdout.split())
    for path, (_, chain) in BREACHES.items():
        assert chain in report, (path, broken.stdout)
