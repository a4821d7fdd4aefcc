"""Every path the app uses, in one place (platformdirs), so tests and several devices on one
machine can each point the whole app at their own folder with ``--data-dir``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

# The shipped files (resources/) are found by app.shipped, which the models may use too.
from app.shipped import resources_dir as resources_dir

APP_NAME = "CommuneIT"
APP_AUTHOR = "CommuneIT"
DB_FILENAME = "commune-it.sqlite3"


@dataclass(frozen=True)
class Paths:
    """The folders of one device's installation."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def server_database(self) -> Path:
        """The provincial server's own store (``server`` commands), beside a device's."""
        return self.data_dir / "province.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"


def default_data_dir() -> Path:
    override = os.environ.get("COMMUNE_IT_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def paths_for(data_dir: str | Path | None = None) -> Paths:
    """Paths for ``data_dir`` (``--data-dir``), else the platform's user data dir."""
    return Paths(Path(data_dir) if data_dir else default_data_dir())
