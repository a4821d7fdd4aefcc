"""The laptop's bundle leaves out the province server's web stack (FastAPI, Starlette,
pydantic, uvicorn, Jinja2: installer/bundle_files.py). Run where those cannot be imported, as
in the bundle, ``server serve`` must say in one Vietnamese line how the province installs
the server (exit 2, no traceback), and the server commands that only need the database must
still work. A ``sitecustomize`` on PYTHONPATH blocks the imports in a real ``commune-it``
process; installer/check_bundle.sh checks the same line from the built bundle.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAM = Path(sys.executable).with_name("commune-it")

BLOCKER = '''
import sys

BLOCKED = {blocked!r}


class Blocker:
    """Finds the web stack's modules as missing, as the bundle's importer does."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None


sys.meta_path.insert(0, Blocker())
'''


def load_bundle_files():
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("bundle_files",
                                                  root / "installer" / "bundle_files.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def without_web_stack(tmp_path):
    """An environment whose Python cannot import what the bundle leaves out."""
    shim = tmp_path / "shim"
    shim.mkdir()
    blocked = sorted(load_bundle_files().WEB_STACK)
    (shim / "sitecustomize.py").write_text(BLOCKER.format(blocked=blocked), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(shim), "COMMUNE_IT_LANG": "vi"}
    env.pop("COMMUNE_IT_SERVER_DB", None)
    return env


def run(env, data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(PROGRAM), "--data-dir", str(data), *args], env=env,
                          capture_output=True, text=True, timeout=120, cwd=data.parent)


def test_serve_without_the_web_stack_says_how_the_province_installs_it(without_web_stack,
                                                                      tmp_path):
    done = run(without_web_stack, tmp_path / "data", "server", "serve", "--port", "0")
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("Bản cài trên máy tính của xã không có máy chủ tỉnh (thiếu "
                               "fastapi)."), lines[0]
    assert "pip install" in lines[0] and "commune-it server serve" in lines[0]
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_the_blocker_really_blocks_the_web_stack(without_web_stack, tmp_path):
    """Without this the test above could pass against a Python that still has FastAPI."""
    done = subprocess.run([sys.executable, "-c", "import fastapi"], env=without_web_stack,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "ModuleNotFoundError" in done.stderr


def test_the_database_only_server_commands_work_without_the_web_stack(without_web_stack,
                                                                      tmp_path):
    data = tmp_path / "data"
    enrolment = tmp_path / "laptop.txt"
    done = run(without_web_stack, data, "server", "enroll", "--commune", "03325",
               "--device-name", "Máy A", "--out", str(enrolment))
    assert done.returncode == 0, done.stderr
    assert enrolment.is_file()
    done = run(without_web_stack, data, "server", "devices", "--json")
    assert done.returncode == 0, done.stderr
    assert "Máy A" in done.stdout
    password = {**without_web_stack, "COMMUNE_IT_PASSWORD": "mat-khau-tinh-1"}
    done = run(password, data, "server", "user", "add", "canbo", "--role", "viewer")
    assert done.returncode == 0, done.stderr
    done = run(without_web_stack, data, "server", "user", "list")
    assert done.returncode == 0 and "canbo" in done.stdout, done.stderr


def test_the_bundle_leaves_out_the_web_stack_but_keeps_the_laptops_needs():
    files = load_bundle_files()
    excluded = set(files.EXCLUDED_MODULES)
    assert {"fastapi", "starlette", "pydantic", "pydantic_core", "uvicorn", "jinja2",
            "python_multipart", "psycopg"} <= excluded
    # the laptop's sync (httpx over h11), its accounts (argon2), its store and reports
    assert not excluded & {"httpx", "httpcore", "h11", "anyio", "argon2", "_argon2_cffi_bindings",
                           "cryptography", "sqlcipher3", "zstandard", "openpyxl", "reportlab",
                           "PIL", "pypdfium2", "alembic", "mako", "click"}
