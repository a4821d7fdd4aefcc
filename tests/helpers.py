"""Small builders shared by tests: a real store on disk with a device set up.

Loading the official unit lists takes about half a second per new database, so a fresh
store is made once per test run and copied file-for-file for each test; every test still
gets its own real SQLite file.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from app.models.setup import setup_device
from app.models.store import Store

MUONG_PHANG = "03325"
THANH_NUA = "03328"
DB_NAME = "commune-it.sqlite3"
DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def _template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="commune-it-template-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    Store(folder / DB_NAME).close()
    return folder / DB_NAME


def fresh_store(directory: Path) -> Store:
    """A migrated store with reference data and no device, in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_template(), directory / DB_NAME)
    return Store(directory / DB_NAME)


def make_province(folder: Path) -> Store:
    """An empty province database in ``folder`` (the same migrated file as a laptop's,
    under the name the province's server uses)."""
    fresh_store(folder).close()
    (folder / DB_NAME).rename(folder / "province.sqlite3")
    return Store(folder / "province.sqlite3")


def make_store(directory: Path, communes: tuple[str, ...] = (MUONG_PHANG,),
               trainer: bool = False, name: str = "Máy văn phòng") -> Store:
    store = fresh_store(directory)
    with store.sessions.begin() as session:
        setup_device(session, list(communes), name, trainer)
    return store
