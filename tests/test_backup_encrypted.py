"""Backups, restore and the diagnostics zip on an encrypted store, on real files made by the
real ``commune-it`` script (``setup --admin``, ``demo``).

What is chosen, and proved here:
- a backup of an encrypted store is encrypted with the store's own key, its keyring copied
  beside it (``….sqlite3.keys``): the same passwords and the recovery paper open it even if
  the laptop's keyring is lost; nothing of the demo's officials is in clear in it, nor in
  the diagnostics zip, the log, the store or its WAL;
- it restores with every record intact, and the store keeps the accounts it has now (an
  account made since the backup still signs in);
- a plain backup (made before the first account) restores into an encrypted store: the
  records come back, encrypted with the store's key, the accounts stay;
- an encrypted backup is refused, with a sentence and nothing changed, by a plain store
  (no key to open it) and by a store with another key.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.config import paths_for
from app.models import Enrollment, Staff
from app.models.errors import ModelError
from app.models.keyring import keyring_path
from app.models.store import SQLITE_MAGIC, head_revision
from app.ops import backup
from app.ops.accounts import add_account, sign_in
from app.ops.diagnostics import write_diagnostics
from app.ops.selfcheck import as_text, run_selfcheck
from tests.helpers import DB_NAME, MUONG_PHANG
from tests.test_cli_privacy import PASSWORD, cli

ADMIN = {"COMMUNE_IT_USER": "lan", "COMMUNE_IT_PASSWORD": PASSWORD}
WHEN = datetime(2026, 12, 5, 14, 30)
RECORDS = ("staff", "equipment", "course", "course_session", "enrollment", "attendance")


def made(data_dir: Path, *, admin: bool = True) -> Path:
    """A commune's store set up (encrypted with ``admin``) and filled with the demo."""
    extra = ("--admin", "lan") if admin else ()
    env = {"COMMUNE_IT_PASSWORD": PASSWORD} if admin else {}
    done = cli(data_dir, "setup", "--commune", MUONG_PHANG, "--device-name", "M", *extra,
               **env)
    assert done.returncode == 0, done.stderr
    filled = cli(data_dir, "demo", **(ADMIN if admin else {}))
    assert filled.returncode == 0, filled.stderr
    return data_dir / DB_NAME


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Path:
    return made(tmp_path_factory.mktemp("office"))


def opened(database: Path, name: str = "lan", password: str = PASSWORD):
    return sign_in(database, database.parent / "backups", name, password)


def needles(store) -> list[bytes]:
    """The demo's names and birth dates, as bytes in UTF-8 and UTF-16 (both orders), and
    the dates as the store and the papers write them."""
    with store.sessions() as session:
        names = [*session.scalars(select(Staff.full_name)),
                 *(n for n in session.scalars(select(Enrollment.participant_name)) if n)]
        born = [d for d in session.scalars(select(Staff.birth_date)) if d is not None]
    words = [*names, *(d.isoformat() for d in born), *(d.strftime("%d/%m/%Y") for d in born)]
    assert len(names) >= 26 and len(born) >= 20
    return [word.encode(codec) for word in words for codec in ("utf-8", "utf-16-le",
                                                                "utf-16-be")]


def in_clear(path: Path, found: list[bytes]) -> list[str]:
    raw = path.read_bytes()
    blobs = [raw]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            blobs += [archive.read(name) for name in archive.namelist()]
    return [f"{path.name}: {needle!r}" for needle in found for blob in blobs if needle in blob]


def records(store) -> dict[str, list[tuple]]:
    raw = store.engine.raw_connection()
    try:
        return {table: sorted(raw.driver_connection.execute(
            f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in RECORDS}
    finally:
        raw.close()


def test_a_backup_and_the_diagnostics_zip_hold_no_personal_data_in_clear(office, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    store, _ = opened(office)
    try:
        found = needles(store)
        copy = backup.back_up_now(store, stick, WHEN)
        paths = paths_for(office.parent)
        zipped = write_diagnostics(store, paths.data_dir, paths.logs, tmp_path / "diag.zip",
                                   extra={"selfcheck.txt": as_text(run_selfcheck(paths))})
    finally:
        store.close()
    assert sorted(p.name for p in stick.iterdir()) == [copy.name, keyring_path(copy).name]
    assert copy.read_bytes()[:16] != SQLITE_MAGIC
    with zipfile.ZipFile(zipped) as archive:
        names = archive.namelist()
        assert "store.txt" in names and "selfcheck.txt" in names
        assert any(name.startswith("logs/") for name in names)
        assert f"schema: {head_revision()}" in archive.read("store.txt").decode()
    logs = sorted((office.parent / "logs").glob("commune-it.log*"))
    wal = Path(f"{office}-wal")
    checked = [copy, keyring_path(copy), zipped, office, *logs, *([wal] if wal.exists() else [])]
    assert logs and not [hit for path in checked for hit in in_clear(path, found)]


def test_an_encrypted_backup_restores_every_record_and_keeps_todays_accounts(tmp_path):
    database = made(tmp_path / "data")
    stick = tmp_path / "usb"
    stick.mkdir()
    store, admin = opened(database)
    try:
        before = records(store)
        copy = backup.back_up_now(store, stick, WHEN)
        add_account(store, admin, "hoa", "officer", "mat-khau-cua-hoa")
        from app.ops.staff import save_staff

        save_staff(store, {"full_name": "Vừ A Dơ", "gender": "male"})
        plan = backup.check_backup(store, copy)
        assert plan.backup.staff == 26 and plan.current.staff == 27
        result = backup.restore_backup(store, copy)
        assert records(store) == before
    finally:
        store.close()
    assert result.safety_copy.read_bytes()[:16] != SQLITE_MAGIC
    assert keyring_path(result.safety_copy).exists()
    assert database.read_bytes()[:16] != SQLITE_MAGIC
    again, who = opened(database, "hoa", "mat-khau-cua-hoa")  # made after the backup
    again.close()
    assert who.role == "officer"


def test_a_plain_backup_restores_into_an_encrypted_store_and_stays_encrypted(tmp_path):
    database = made(tmp_path / "data", admin=False)
    stick = tmp_path / "usb"
    stick.mkdir()
    from app.models.store import Store

    with Store(database, tmp_path / "data" / "backups") as plain:
        before = records(plain)
        copy = backup.back_up_now(plain, stick, WHEN)
    assert copy.read_bytes()[:16] == SQLITE_MAGIC
    protect = cli(tmp_path / "data", "setup", "--commune", MUONG_PHANG, "--device-name", "M",
                  "--admin", "lan", COMMUNE_IT_PASSWORD=PASSWORD)
    assert protect.returncode == 0, protect.stderr
    store, _ = opened(database)
    try:
        from app.ops.staff import save_staff

        save_staff(store, {"full_name": "Vừ A Dơ", "gender": "male"})
        backup.restore_backup(store, copy)
        assert records(store) == before
        found = needles(store)
    finally:
        store.close()
    assert database.read_bytes()[:16] != SQLITE_MAGIC
    assert not in_clear(database, found)
    assert in_clear(copy, found)  # the plain backup on the stick shows the grep finds them
    opened(database)[0].close()  # the account made after the plain backup still opens it


def test_an_encrypted_backup_is_refused_by_a_plain_store_and_by_another_key(office, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    store, _ = opened(office)
    try:
        copy = backup.back_up_now(store, stick, WHEN)
    finally:
        store.close()
    plain_db = made(tmp_path / "plain", admin=False)
    other_db = made(tmp_path / "other")
    from app.models.store import Store

    for database, code in ((plain_db, "backup.encrypted_no_key"),
                           (other_db, "backup.other_key")):
        target = (Store(database, database.parent / "backups")
                  if code.endswith("no_key") else opened(database)[0])
        try:
            was = records(target)
            with pytest.raises(ModelError) as refused:
                backup.restore_backup(target, copy)
            assert refused.value.code == code
            assert "Traceback" not in str(refused.value) and str(copy) in str(refused.value)
            assert records(target) == was
        finally:
            target.close()


def test_the_window_says_an_encrypted_backup_needs_its_key_file(qtbot, vietnamese, office,
                                                                tmp_path):
    from tests.ui_helpers import open_window

    stick = tmp_path / "usb"
    stick.mkdir()
    store, _ = opened(office)
    try:
        window = open_window(qtbot, store)
        box = window.settings_page.backup_box
        box.controller.back_up_to(stick)
        assert window.runner.wait(30)
        copy = next(stick.glob("*.sqlite3"))
        said = box.message.text()
        assert said.startswith("Đã lưu bản sao lưu") and str(copy) in said, said
        assert f"“{keyring_path(copy).name}”" in said and "được mã hóa" in said
    finally:
        store.close()
