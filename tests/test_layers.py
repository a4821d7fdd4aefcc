"""The layers below the UI never import Qt or the UI, the window and the command line
never open a unit of work of their own (they call app.ops), and the window's start leaves
the slow, rarely needed libraries unloaded: checked, not hoped for."""

from __future__ import annotations

import ast
import os
import pkgutil
import re
import shutil
import subprocess
import sys
from pathlib import Path

import app

ROOT = Path(__file__).resolve().parents[1]
BELOW_UI = ("app.models", "app.exchange", "app.sync", "app.reports", "app.server", "app.ops")

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
    assert "app.ops.staff" in modules and "app.ops.training" in modules
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
import app.cli, app.ui.main, app.ui.shell.desktop, app.ui.shell.main_window
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
    "app/ops/zz_breach.py": ("from app.ui.widgets import dialogs\n",
                             "app.ops.zz_breach -> app.ui.widgets.dialogs"),
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
    assert (tmp_path / "app" / "ops" / "staff.py").exists()  # held to the layers, clean
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


# --- the window and the command line open no unit of work of their own ----------------------
# DESIGN.md: "the window and the command line both call [app.ops], neither opens a session
# of its own". Walked with rglob: app/ui has subpackages, and the command line may become
# a package (app/cli/) beside its modules (app/cli*.py).
def front_sources() -> list[Path]:
    """Every module of the window and of the command line."""
    found = sorted((ROOT / "app" / "ui").rglob("*.py")) + sorted((ROOT / "app").glob("cli*.py"))
    if (ROOT / "app" / "cli").is_dir():
        found += sorted((ROOT / "app" / "cli").rglob("*.py"))
    return found


def units_of_work(source: str) -> list[str]:
    """What in ``source`` reaches the database by itself: an import of SQLAlchemy, a call
    of ``….sessions(…)`` or ``….sessions.begin(…)``, or of a store's ``….session()``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [f"line {node.lineno}: import {alias.name}" for alias in node.names
                      if alias.name.split(".")[0] == "sqlalchemy"]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == \
                "sqlalchemy":
            found.append(f"line {node.lineno}: from {node.module} import …")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            func = node.func
            opens = func.attr in ("sessions", "session") or (
                func.attr == "begin" and isinstance(func.value, ast.Attribute)
                and func.value.attr == "sessions")
            if opens:
                found.append(f"line {node.lineno}: {ast.unparse(func)}(…)")
    return found


def test_the_unit_of_work_check_finds_each_way_to_the_database() -> None:
    breach = ("import sqlalchemy\nfrom sqlalchemy.orm import Session\n"
              "def load(store, page):\n"
              "    with store.sessions() as s, page._store.sessions.begin() as t:\n"
              "        return store.session()\n")
    assert len(units_of_work(breach)) == 5
    fine = "def load(store, matrix):\n    return ops.list_staff(store), matrix.sessions[0]\n"
    assert units_of_work(fine) == []


def test_the_window_and_the_command_line_open_no_unit_of_work() -> None:
    sources = front_sources()
    assert ROOT / "app" / "ui" / "main.py" in sources
    assert any(path.name.startswith("cli") or "cli" in path.parts[-2:-1] for path in sources)
    breaches = {str(path.relative_to(ROOT)): found for path in sources
                if (found := units_of_work(path.read_text(encoding="utf-8")))}
    assert breaches == {}


# The issue's own check, ``grep -rn "Session\|select(" app/ui app/cli*``: no session, no
# query, not even a name that looks like one (the training UI says "lesson").
GREP = re.compile(r"Session|select\(")


def test_the_issues_grep_finds_nothing_in_the_window_or_the_command_line() -> None:
    assert GREP.search("from sqlalchemy.orm import Session") and GREP.search("rows = select(x)")
    assert not GREP.search("self.session_model.selected_rows()")
    hits = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}" for path in front_sources()
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if GREP.search(line)]
    assert hits == []


# --- no module imports, even for a type hint, a module that imports it back -------------------
def imports_of(path: Path, name: str, modules: set[str]) -> set[str]:
    """The app's modules ``path`` names in any import: at the top, inside a function, or
    under ``TYPE_CHECKING`` (a type-only cycle is a cycle all the same)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(full if full in modules else base)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found & modules - {name}


def import_cycles(root: Path) -> list[list[str]]:
    paths = {".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__"): p
             for p in (root / "app").rglob("*.py")}
    graph = {name: imports_of(path, name, set(paths)) for name, path in paths.items()}
    graph = {name: {m for m in found if not name.startswith(m + ".")}  # its own package
             for name, found in graph.items()}
    cycles, seen = [], set()
    for start in sorted(graph):  # a module that reaches itself is in a cycle
        if start not in seen and start in _reach(graph, start):
            cycle = sorted(m for m in _reach(graph, start) if start in _reach(graph, m))
            seen.update(cycle)
            cycles.append(cycle)
    return cycles


def _reach(graph: dict[str, set[str]], start: str) -> set[str]:
    stack, reached = list(graph[start]), set()
    while stack:
        current = stack.pop()
        if current not in reached:
            reached.add(current)
            stack.extend(graph[current])
    return reached


def test_no_module_of_the_app_imports_one_that_imports_it_back(tmp_path):
    assert import_cycles(ROOT) == []
    # The check finds a type-only cycle like the ones the item models and the runner had.
    shutil.copytree(ROOT / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    proxy = tmp_path / "app" / "ui" / "itemmodels" / "list_proxy.py"
    proxy.write_text(proxy.read_text(encoding="utf-8") + (
        "\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from app.ui.itemmodels.rows import RowTableModel\n"), encoding="utf-8")
    assert import_cycles(tmp_path) == [["app.ui.itemmodels.list_proxy", "app.ui.itemmodels.rows"]]
