"""The scripts a fresh machine runs: CI's ``.ci/run`` must parse, must install what the
tests need and must run the README's test command (session 3 broke the script with a line
pasted into a comment, and CI could not even start)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CI_SCRIPT = ROOT / ".ci" / "run"


def test_the_ci_script_parses() -> None:
    result = subprocess.run(["bash", "-n", str(CI_SCRIPT)], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 0, result.stderr


def test_the_ci_script_ends_with_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"^make test\b", readme, re.MULTILINE)  # the quick start names it
    commands = [line.strip() for line in CI_SCRIPT.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.lstrip().startswith("#")]
    # After the tests only the bundle's check (installer/check_bundle.sh, issue 13).
    assert commands[-2:] == ["make test", "bash installer/check_bundle.sh"]
    assert commands.count("make test") == 1


def ci_packages() -> list[str]:
    """The Debian packages ``.ci/run`` installs (its ``packages=(…)`` list)."""
    text = CI_SCRIPT.read_text(encoding="utf-8")
    listed = re.search(r"^packages=\((.*?)\)", text, re.MULTILINE | re.DOTALL)
    assert listed, "no packages=(…) list in .ci/run"
    return listed.group(1).split()


def test_ci_installs_what_the_install_test_and_the_window_check_need() -> None:
    """tests/test_install.py makes a virtualenv (python3-venv on Debian), and the window's
    start refuses to run without the libraries app/ui/runtime/platform_check.py names: CI must
    install every one of them, or a real window under Xvfb would stop at that check."""
    from app.ui.runtime.platform_check import WINDOW_LIBRARIES

    packages = ci_packages()
    assert "python3-venv" in packages
    assert sorted(set(WINDOW_LIBRARIES.values()) - set(packages)) == []
