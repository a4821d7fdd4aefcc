"""``commune-it staff erase`` on one laptop reaches the province and a second laptop, and
leaves no trace of the name or birth date in any of the three files (raw bytes, UTF-8 and
UTF-16); on an encrypted store only an administrator erases, and an unknown id is exit 2."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.models import Staff
from tests.helpers import DB_NAME, MUONG_PHANG
from tests.test_audit_account import ADMIN
from tests.test_cli_privacy import PASSWORD, cli, refused
from tests.usb_helpers import SERVER_DB, assert_ok, new_stick


def traces(path: Path, *words: str) -> list[str]:
    """Which of ``words`` the raw bytes of ``path`` (and its WAL) hold, in UTF-8 or UTF-16."""
    found = []
    for file in (path, Path(f"{path}-wal")):
        if not file.exists():
            continue
        raw = file.read_bytes()
        for word in words:
            if any(word.encode(codec) in raw for codec in ("utf-8", "utf-16-le", "utf-16-be")):
                found.append(f"{file.name}: {word}")
    return found


def test_an_erasure_reaches_the_province_and_another_laptop_and_leaves_no_trace(world, tmp_path):
    with world.office.session() as session:
        person = session.scalars(select(Staff).where(Staff.birth_date.is_not(None))
                                 .order_by(Staff.full_name)).first()
        staff_id, name = person.id, person.full_name
        born = person.birth_date.isoformat()
    files = (world.office.dir / DB_NAME, world.province.dir / SERVER_DB,
             world.trainer.dir / DB_NAME)
    assert traces(files[0], name, born)  # the test can see them before
    erased = world.office.cli("staff", "erase", staff_id)
    assert erased.returncode == 0, erased.stderr
    assert name in erased.stdout and "birth_date" in erased.stdout
    stick = new_stick(tmp_path)
    assert_ok(world.office.export(stick))
    assert_ok(world.province.take(stick))
    assert_ok(world.province.export(MUONG_PHANG, stick))
    assert_ok(world.trainer.take(stick))
    for laptop in (world.office, world.trainer):
        with laptop.session() as session:
            record = session.get(Staff, staff_id)
            assert record.erased and record.birth_date is None and name not in record.full_name
    assert [t for f in files for t in traces(f, name, born)] == []


def test_only_an_administrator_erases_on_an_encrypted_store(tmp_path):
    made = cli(tmp_path, "setup", "--commune", MUONG_PHANG, "--device-name", "M",
               "--admin", "lan", COMMUNE_IT_PASSWORD=PASSWORD)
    assert made.returncode == 0, made.stderr
    assert cli(tmp_path, "demo", **ADMIN).returncode == 0
    refused(cli(tmp_path, "staff", "erase", "khong-co", **ADMIN), "khong-co")
    from app.ops.accounts import add_account, sign_in

    store, admin = sign_in(tmp_path / DB_NAME, tmp_path / "backups", "lan", PASSWORD)
    try:
        add_account(store, admin, "hoa", "officer", "mat-khau-cua-hoa")
        with store.sessions() as session:
            staff_id = session.scalars(select(Staff.id).limit(1)).one()
    finally:
        store.close()
    refused(cli(tmp_path, "staff", "erase", staff_id, COMMUNE_IT_USER="hoa",
                COMMUNE_IT_PASSWORD="mat-khau-cua-hoa"), "hoa")
    done = cli(tmp_path, "staff", "erase", staff_id, **ADMIN)
    assert done.returncode == 0, done.stderr
    refused(cli(tmp_path, "staff", "erase", staff_id, **ADMIN), "đã được xóa")
