"""The one build step pyproject.toml cannot declare: shipping ``resources/`` in the package.

The customer keeps ``resources/`` at the top of the repository, outside the ``app``
package, but the installed app must find it: the wheel carries it as package data in
``app/resources/`` (where ``app/shipped.py`` looks first). Its translations are compiled
here, so an install by ``pip install`` alone opens the window in Vietnamese: the ``.qm``
files are built from the ``.ts`` sources with ``pyside6-lrelease`` of the PySide6 that
``[build-system] requires`` puts in the build environment, and the ``.ts`` sources stay out
of the wheel. An editable install (``make``, ``pip install -e``) reads the top-level folder
in place, so there the ``.qm`` files are compiled beside their sources, as ``make
translations`` does.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
RESOURCES = HERE / "resources"
SOURCES_ONLY = ("*.ts", "*.qm", "__pycache__")  # .qm are compiled fresh, never copied
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def compile_translations(sources: Path, target: Path) -> list[Path]:
    """Compile every ``.ts`` in ``sources`` to a ``.qm`` in ``target``; a failure stops
    the build (a wheel without its translations would open the window in English)."""
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(sources.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        if not qm.is_file():
            raise SystemExit(f"pyside6-lrelease wrote no {qm}")
        built.append(qm)
    return built


class BuildWithResources(build_py):
    """build_py, plus the resources folder copied into the package with its .qm built."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # the package is read in place: compile beside the sources
            compile_translations(RESOURCES / "translations", RESOURCES / "translations")
            return
        target = Path(self.build_lib) / "app" / "resources"
        shutil.rmtree(target, ignore_errors=True)  # nothing stale from an earlier build
        shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns(*SOURCES_ONLY))
        compile_translations(RESOURCES / "translations", target / "translations")


setup(cmdclass={"build_py": BuildWithResources})
