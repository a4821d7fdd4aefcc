"""The diagnostics file a province technician asks for: one zip, written by the officer
from the Help menu and sent by e-mail or carried on a stick, that says what the laptop
runs and what went wrong, without a single official's personal data.

What it holds: ``versions.txt`` (the app, Python, Qt, SQLite, the libraries), ``install.txt``
(the folders, free space, whether it is the bundled program), ``store.txt`` (schema, device
and commune codes, enrolment, how many records), ``settings.txt`` (the installation's
settings that are not personal), the log and its older turns (``logs/``), and what the
caller adds (``extra``: the window adds the self-check's output).

Why it can be sent anywhere (Law 91/2025 and Decree 356/2025 on personal data): nothing in it
is read from a record but counts and codes; the device's name (which officers sometimes
make a person's) is left out, settings come from a list of known keys (a setting holding
held-back changes would carry names), the user's home folder is written ``~`` (a Windows
account is often named after its officer), and every official's and participant's name,
phone and e-mail that the store holds is blotted out of the log, in case an unexpected
error wrote one there. The zip is written under a temporary name and renamed once whole.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import sqlite3
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from datetime import datetime
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import select

from app import shipped, version
from app.logs import log_files
from app.messages import message
from app.models import Enrollment, Staff
from app.models.backups import live_counts
from app.models.disk import disk_problem
from app.models.settings import DEPARTMENT_KEY, LANGUAGE_KEY, get_setting
from app.models.setup import current_device
from app.models.store import Store, current_revision, head_revision
from app.models.sync_settings import SERVER_URL_KEY

from .errors import OpsError

BLOTTED = "[…]"
PACKAGES = ("PySide6-Essentials", "shiboken6", "SQLAlchemy", "alembic", "reportlab",
            "openpyxl", "pillow", "vietnam-provinces", "cryptography", "zstandard",
            "platformdirs", "fastapi", "uvicorn", "httpx")
# Settings that say how the installation is set, never whom it holds; anything else stays
# out, whatever a later version stores.
SHOWN_SETTINGS = (LANGUAGE_KEY, DEPARTMENT_KEY, SERVER_URL_KEY, "reference_version",
                  "sync.trusted_clock_ms")
SHORTEST_BLOTTED = 4  # a value this short (a "0" phone) would blot ordinary log words


def write_diagnostics(store: Store | None, data_dir: Path, log_dir: Path, target: Path, *,
                      extra: Mapping[str, str] | None = None,
                      more_versions: Mapping[str, str] | None = None) -> Path:
    """Write the zip to ``target``; ``store`` None when the database could not be opened
    (the file is then most needed). ``extra``: more text files, name → content;
    ``more_versions``: what only the window knows (Qt's own version, ``qVersion()``: this
    layer never loads Qt)."""
    secrets = personal_values(store) if store is not None else set()
    files = {
        "README.txt": _readme(),
        "versions.txt": _lines([*versions(), *(more_versions or {}).items()]),
        "install.txt": _lines(install_facts(data_dir, log_dir)),
        "store.txt": _lines(store_facts(store)) if store is not None else "-\n",
        "settings.txt": _lines(settings_facts(store)) if store is not None else "-\n",
        **(extra or {}),
    }
    for log in log_files(log_dir):
        files[f"logs/{log.name}"] = log.read_text(encoding="utf-8", errors="replace")
    return _write_zip(target, {name: scrub(text, secrets) for name, text in files.items()})


def _readme() -> str:
    made = datetime.now().strftime("%Y-%m-%d %H:%M")
    return "\n\n".join(message("diagnostics.readme", made=made).text(language)
                       for language in ("vi", "en")) + "\n"


def _lines(pairs: Iterable[tuple[str, object]]) -> str:
    return "".join(f"{key}: {value}\n" for key, value in pairs)


def versions() -> list[tuple[str, str]]:
    """The app's version and those of what it runs on."""
    found = [("commune-it", version()), ("python", sys.version.split()[0]),
             ("platform", platform.platform()), ("sqlite", sqlite3.sqlite_version)]
    for package in PACKAGES:
        try:
            found.append((package, metadata.version(package)))
        except metadata.PackageNotFoundError:
            found.append((package, "-"))
    return found


def install_facts(data_dir: Path, log_dir: Path) -> list[tuple[str, object]]:
    try:
        free = f"{shutil.disk_usage(data_dir).free // 2**20} MB"
    except OSError as exc:
        free = f"? ({exc.strerror})"
    return [("bundled program", "yes" if shipped.frozen() else "no"),
            ("install folder", shipped.install_dir()), ("data folder", data_dir),
            ("log folder", log_dir), ("resources folder", shipped.resources_dir()),
            ("free space in the data folder", free), ("made", datetime.now().isoformat(
                timespec="seconds"))]


def store_facts(store: Store) -> list[tuple[str, object]]:
    """Schema, device and communes by code, and counts: nothing read from a record."""
    facts: list[tuple[str, object]] = [
        ("schema", current_revision(store.engine)), ("schema of this version", head_revision()),
        ("database size", f"{_size(store.path)} bytes")]
    with store.sessions() as session:
        device = current_device(session)
        if device is not None:
            facts += [("device id", device.id), ("previous device id", device.previous_id),
                      ("kind", device.role), ("province", device.province_code),
                      ("communes", ", ".join(device.communes)),
                      ("enrolled", device.enrolled_at), ("confirmed", device.confirmed_at)]
        facts += [(f"records: {key}", count) for key, count in live_counts(session).items()]
    return facts


def _size(path: Path | None) -> object:
    try:
        return path.stat().st_size if path is not None else "-"
    except OSError:
        return "-"


def settings_facts(store: Store) -> list[tuple[str, object]]:
    with store.sessions() as session:
        saved = {key: get_setting(session, key) for key in SHOWN_SETTINGS}
    if saved.get(SERVER_URL_KEY):
        saved[SERVER_URL_KEY] = _without_account(saved[SERVER_URL_KEY] or "")
    return [(key, "-" if value is None else value) for key, value in saved.items()]


def _without_account(url: str) -> str:
    """A server's address without the user and password it may carry."""
    parts = urlsplit(url)
    host = (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=host))


def personal_values(store: Store) -> set[str]:
    """Every official's and outside participant's name, phone and e-mail in the store:
    what must not leave the laptop in the log."""
    found: set[str] = set()
    with store.sessions() as session:
        for row in session.execute(select(Staff.full_name, Staff.phone, Staff.email)):
            found.update(value for value in row if value)
        found.update(name for name in session.scalars(select(Enrollment.participant_name))
                     if name)
    return {value.strip() for value in found if len(value.strip()) >= SHORTEST_BLOTTED}


def scrub(text: str, secrets: set[str]) -> str:
    """``text`` with the home folder written ``~`` and every personal value blotted out
    (without regard to case: a log may have a name in capitals)."""
    home = str(Path.home())
    if len(home) > 1:
        for form in {home, home.replace("\\", "/")}:
            text = re.sub(re.escape(form), "~", text, flags=re.IGNORECASE)
    for value in sorted(secrets, key=len, reverse=True):  # a longer name before its part
        text = re.sub(re.escape(value), BLOTTED, text, flags=re.IGNORECASE)
    return text


def _write_zip(target: Path, files: Mapping[str, str]) -> Path:
    target = Path(target)
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".part",
                                    dir=target.parent)
        os.close(fd)
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, text in files.items():
                archive.writestr(name, text.encode("utf-8"))
        os.replace(temp, target)
    except OSError as exc:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
        problem = disk_problem(exc)
        raise OpsError("diagnostics.cannot_write", path=str(target),
                       reason=problem.reason if problem else exc.strerror or str(exc)) from exc
    return target
