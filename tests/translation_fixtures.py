"""Fixtures every window test module may ask for (registered in conftest.py): the .qm
files compiled once per run from the checked-in .ts sources, and the window in
Vietnamese, the users' language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.runtime import i18n
from tests.ui_helpers import build_qm


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both languages compiled from the checked-in .ts files (lrelease missing is a failure)."""
    return build_qm(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def vietnamese(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    """The window in Vietnamese for this test only: the next test starts from the source
    strings again, whatever order the tests run in."""
    assert i18n.install(qapp, "vi", qm_dir)
    yield
    i18n.uninstall(qapp)
