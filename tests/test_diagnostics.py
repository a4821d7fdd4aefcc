"""What a province technician gets: a rotating log in the platform's user log folder, and a
diagnostics zip (app/ops/diagnostics.py) with versions, folders, the schema, the device's
codes and the log — never an official's name, phone or e-mail, even when an unexpected
error wrote one into the log.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import zipfile
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs
import pytest
from sqlalchemy import select

from app import logs, version
from app.config import APP_AUTHOR, APP_NAME, paths_for
from app.demo import fill_demo
from app.models import Enrollment, Staff
from app.models.store import head_revision
from app.ops.diagnostics import BLOTTED, scrub, write_diagnostics
from app.ops.errors import OpsError
from tests.helpers import make_store

PROGRAM = Path(sys.executable).with_name("commune-it")


@pytest.fixture
def demo(tmp_path):
    store = make_store(tmp_path / "data")
    fill_demo(store)
    yield store
    store.close()


@pytest.fixture
def log_into(tmp_path):
    """The app's rotating log in a folder of the test, removed from the root logger after."""
    folder = tmp_path / "logs"
    root = logging.getLogger()
    kept = [h for h in root.handlers if isinstance(h, RotatingFileHandler)]
    for handler in kept:
        root.removeHandler(handler)
    logs.setup_logging(folder)
    yield folder
    for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()
    for handler in kept:
        root.addHandler(handler)


def personal(store) -> list[str]:
    with store.sessions() as session:
        rows = session.execute(select(Staff.full_name, Staff.phone, Staff.email)).all()
        names = session.scalars(select(Enrollment.participant_name)).all()
    found = [value for row in rows for value in row if value] + [n for n in names if n]
    assert len(found) > 40
    return found


def zip_texts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_the_zip_holds_no_officials_personal_data_even_from_the_log(demo, tmp_path, log_into):
    values = personal(demo)
    with demo.sessions() as session:
        first = session.scalars(select(Staff).order_by(Staff.full_name)).first()
        someone = (first.full_name, first.phone or "0912345678", first.email)
    # As an unexpected error might: the values of a record in a log line, in capitals too.
    logging.getLogger("app.test").error("could not save %s (%s, %s); %s", *someone,
                                        someone[0].upper())
    assert someone[0] in (log_into / "commune-it.log").read_text(encoding="utf-8")
    target = write_diagnostics(demo, demo.path.parent, log_into, tmp_path / "chan-doan.zip")
    texts = zip_texts(target)
    assert {"README.txt", "versions.txt", "install.txt", "store.txt", "settings.txt",
            "logs/commune-it.log"} <= set(texts)
    for name, text in texts.items():
        for value in values:
            assert value.lower() not in text.lower(), f"{value!r} in {name}"
    assert BLOTTED in texts["logs/commune-it.log"]
    assert "could not save" in texts["logs/commune-it.log"]  # the line itself stays


def test_the_zip_says_what_a_technician_asks_first(demo, tmp_path, log_into):
    texts = zip_texts(write_diagnostics(demo, demo.path.parent, log_into,
                                        tmp_path / "d.zip", extra={"selfcheck.txt": "ok\n"},
                                        more_versions={"qt": "6.11.3"}))
    assert f"commune-it: {version()}" in texts["versions.txt"]
    assert "sqlite: 3." in texts["versions.txt"] and "reportlab: " in texts["versions.txt"]
    assert "PySide6-Essentials: 6." in texts["versions.txt"]
    assert "qt: 6.11.3" in texts["versions.txt"]
    assert f"schema: {head_revision()}" in texts["store.txt"]
    assert "communes: 03325" in texts["store.txt"] and "province: 11" in texts["store.txt"]
    assert "records: staff: " in texts["store.txt"]
    assert "ui.language" in texts["settings.txt"]
    assert "store.instance" not in texts["settings.txt"]  # it holds a path
    assert texts["selfcheck.txt"] == "ok\n"
    assert "Thông tin chẩn đoán" in texts["README.txt"] and "Diagnostics" in texts["README.txt"]
    home = str(Path.home())
    assert all(home not in text for text in texts.values())


def test_a_store_that_could_not_be_opened_still_gets_a_zip(tmp_path, log_into):
    logging.getLogger("app.test").warning("cannot open the store")
    texts = zip_texts(write_diagnostics(None, tmp_path, log_into, tmp_path / "d.zip"))
    assert "cannot open the store" in texts["logs/commune-it.log"]
    assert texts["store.txt"] == "-\n"


def test_a_zip_that_cannot_be_written_is_a_sentence(demo, tmp_path, log_into):
    with pytest.raises(OpsError) as refused:
        write_diagnostics(demo, demo.path.parent, log_into, tmp_path / "missing" / "d.zip")
    assert refused.value.code == "diagnostics.cannot_write"
    assert "chẩn đoán" in str(refused.value)
    assert not list(tmp_path.glob("**/*.part"))


def test_the_server_address_loses_its_password(demo, tmp_path, log_into):
    from app.models.settings import set_setting
    from app.models.sync_settings import SERVER_URL_KEY

    with demo.sessions.begin() as session:  # as a hand-edited or older store may hold it
        set_setting(session, SERVER_URL_KEY,
                    "https://tinh:mat-khau-bi-mat@sync.dienbien.gov.vn:8443/")
    texts = zip_texts(write_diagnostics(demo, demo.path.parent, log_into, tmp_path / "d.zip"))
    assert "https://sync.dienbien.gov.vn:8443/" in texts["settings.txt"]
    assert "mat-khau" not in texts["settings.txt"]


def test_scrub_blots_longer_names_before_their_parts():
    text = scrub("Lò Văn Thắng và Lò Văn", {"Lò Văn", "Lò Văn Thắng"})
    assert text == f"{BLOTTED} và {BLOTTED}"


def test_the_installed_app_logs_to_the_platforms_log_folder(tmp_path):
    """Without --data-dir (an installed app's start), the log is in the user log folder;
    with it, under the data folder, as tests and several devices on one machine need."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "COMMUNE_IT_"))}
    env["HOME"] = str(tmp_path / "home")
    result = subprocess.run([str(PROGRAM), "sync", "status"], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 2, result.stderr  # not set up: the log is open by then
    log_dir = tmp_path / "home" / ".local" / "state" / APP_NAME / "log"
    assert (log_dir / "commune-it.log").is_file()
    data_dir = tmp_path / "home" / ".local" / "share" / APP_NAME
    assert not (data_dir / "logs").exists()
    assert paths_for(tmp_path / "d").logs == tmp_path / "d" / "logs"


def test_the_default_log_folder_is_platformdirs_own(monkeypatch):
    monkeypatch.delenv("COMMUNE_IT_DATA_DIR", raising=False)
    assert paths_for().logs == Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    monkeypatch.setenv("COMMUNE_IT_DATA_DIR", "/tmp/elsewhere")
    assert paths_for().logs == Path("/tmp/elsewhere/logs")


def test_the_log_turns_over_and_keeps_three_older_files(tmp_path, log_into, monkeypatch):
    handler = next(h for h in logging.getLogger().handlers
                   if isinstance(h, RotatingFileHandler))
    monkeypatch.setattr(handler, "maxBytes", 2_000)
    for n in range(200):
        logging.getLogger("app.test").info("line %d %s", n, "x" * 50)
    found = logs.log_files(log_into)
    assert [p.name for p in found] == ["commune-it.log", "commune-it.log.1",
                                       "commune-it.log.2", "commune-it.log.3"]
