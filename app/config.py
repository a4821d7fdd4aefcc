"""Every path the app uses, in one place (platformdirs), so tests and several devices on one
machine can each point the whole app at their own folder with ``--data-dir``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# The shipped files (resources/) are found by app.shipped, which the models may use too.
from app.shipped import resources_dir as resources_dir

APP_NAME = "CommuneIT"
APP_AUTHOR = "CommuneIT"
DB_FILENAME = "commune-it.sqlite3"


@dataclass(frozen=True)
class Paths:
    """The folders of one device's installation. ``log_dir``: where the log goes when it
    is not under the data folder (the platform's user log folder, see ``paths_for``)."""

    data_dir: Path
    log_dir: Path | None = None

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
        return self.log_dir or self.data_dir / "logs"


def default_data_dir() -> Path:
    override = os.environ.get("COMMUNE_IT_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # only here: a folder given needs none of it (tempfile, shutil…)

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_log_dir() -> Path:
    """The platform's user log folder (``%LOCALAPPDATA%\\CommuneIT\\CommuneIT\\Logs`` on
    Windows): where a province technician and Windows' own tools look for logs, and never
    inside the install folder, which an update replaces."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def paths_for(data_dir: str | Path | None = None) -> Paths:
    """Paths for ``data_dir`` (``--data-dir``), else the platform's user data dir. A folder
    given (``--data-dir`` or ``COMMUNE_IT_DATA_DIR``) keeps its log in its own ``logs/``, so
    several devices on one machine (tests, a trainer's practice copy) keep theirs apart;
    the installed app logs to the platform's user log folder."""
    if data_dir:
        return Paths(Path(data_dir))
    if os.environ.get("COMMUNE_IT_DATA_DIR"):
        return Paths(default_data_dir())
    return Paths(default_data_dir(), default_log_dir())
