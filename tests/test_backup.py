"""Backups an officer can reach (app/ops/backup.py), on real files: a copy written whole to
a chosen folder and named with the commune and the date; a file checked before it may
replace the store (this app's, sound, not newer, of this commune and kind of computer),
with the counts the window shows; a restore that keeps a safety copy, brings an older
schema up, and makes the restored store a new device for sync.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app import messages
from app.demo import fill_demo
from app.messages import backup as backup_messages
from app.models import Device, Staff
from app.models.errors import ModelError, StoreError
from app.models.instance import read_file_card
from app.models.store import Store, current_revision, head_revision
from app.ops import backup
from app.ops.errors import OpsError
from app.sync.identity import ensure_identity
from tests.fixtures.schemas.make_fixtures import MACHINE
from tests.helpers import make_store
from tests.test_messages_catalogue import VIETNAMESE
from tests.test_upgrades import FIXTURES, SCHEMAS

WHEN = datetime(2026, 12, 5, 14, 30)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def office(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNE_IT_MACHINE_ID", MACHINE)
    store = make_store(tmp_path / "data")
    fill_demo(store)
    yield store
    store.close()


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def device_of(store: Store) -> Device:
    with store.sessions() as session:
        return session.scalars(select(Device)).one()


def add_official(store: Store, name: str = "Vừ A Dơ") -> None:
    from app.ops.staff import save_staff

    save_staff(store, {"full_name": name, "gender": "male"})


def test_back_up_now_writes_a_whole_named_copy(office, stick):
    copy = backup.back_up_now(office, stick, WHEN)
    assert copy.name == "commune-it-03325-xa-muong-phang-2026-12-05-1430.sqlite3"
    assert copy.parent == stick
    assert sorted(p.name for p in stick.iterdir()) == [copy.name]  # no -wal, no .part
    plan = backup.check_backup(office, copy)
    assert plan.backup == plan.current == backup.Counts(26, 41, 3)
    assert plan.communes == ("Xã Mường Phăng",)
    db = sqlite3.connect(copy)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    db.close()


def test_the_copy_is_older_than_the_store_it_came_from(office, stick):
    """Put back by hand one day (as the damaged-store message tells), it must be known as
    an older copy: a new device, not the one that went on writing (instance.py)."""
    before = read_file_card(office.path)
    copy = backup.back_up_now(office, stick, WHEN)
    after = read_file_card(office.path)
    assert after.generation == before.generation + 1
    original_id = device_of(office).id
    office.close()
    shutil.copyfile(copy, office.path)  # the officer's restore by hand
    reopened = Store(office.path)
    try:
        assert reopened.renewed and device_of(reopened).previous_id == original_id
    finally:
        reopened.close()


def test_a_missing_folder_is_a_sentence(office, tmp_path):
    with pytest.raises(OpsError) as refused:
        backup.back_up_now(office, tmp_path / "usb-rut-ra", WHEN)
    assert refused.value.code == "backup.folder_missing"
    assert "USB" in str(refused.value)


def test_the_plan_counts_what_the_store_holds_now_and_what_the_file_holds(office, stick):
    copy = backup.back_up_now(office, stick, WHEN)
    add_official(office)
    plan = backup.check_backup(office, copy)
    assert plan.current.staff == 27 and plan.backup.staff == 26
    assert plan.made_at.date() == datetime.now().date()


def refused(store: Store, path: Path) -> ModelError:
    before = digest(store.path)
    with pytest.raises(ModelError) as caught:
        backup.check_backup(store, path)
    assert digest(store.path) == before
    return caught.value


def test_a_file_of_another_program_is_refused(office, tmp_path):
    text = tmp_path / "danh-sach.csv"
    text.write_text("họ tên\nLò Văn Thắng\n", encoding="utf-8")
    assert refused(office, text).code == "backup.not_a_store"
    other = tmp_path / "other.sqlite3"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE notes (x)")
    db.close()
    assert refused(office, other).code == "backup.not_a_store"


def test_a_damaged_backup_is_refused(office, stick):
    copy = backup.back_up_now(office, stick, WHEN)
    size = copy.stat().st_size
    with copy.open("r+b") as f:  # noise over a page in the middle of the file
        f.seek((size // 4096 // 2) * 4096)
        f.write(bytes(range(256)) * 16)
    error = refused(office, copy)
    assert error.code in ("backup.damaged", "backup.not_a_store")


def test_a_backup_of_a_newer_version_is_refused(office, stick):
    copy = backup.back_up_now(office, stick, WHEN)
    db = sqlite3.connect(copy)
    with db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_a_newer_app'")
    db.close()
    error = refused(office, copy)
    assert error.code == "backup.newer_schema"
    assert "9999_from_a_newer_app" in str(error)


def test_another_communes_backup_is_refused_naming_both(office, tmp_path, stick):
    other = make_store(tmp_path / "other", communes=("03328",))
    copy = backup.back_up_now(other, stick, WHEN)
    other.close()
    error = refused(office, copy)
    assert error.code == "backup.other_communes"
    assert "Xã Mường Phăng" in str(error) and copy.name.startswith("commune-it-03328-")


def test_a_trainers_backup_is_refused_on_an_office_laptop(office, tmp_path, stick):
    trainer = make_store(tmp_path / "trainer", trainer=True)
    copy = backup.back_up_now(trainer, stick, WHEN)
    trainer.close()
    error = refused(office, copy)
    assert error.code == "backup.other_kind"
    assert "máy giảng viên" in str(error)
    assert "a trainer's computer" in error.text("en")


def test_the_store_in_use_is_not_a_backup(office):
    assert refused(office, office.path).code == "backup.is_the_store"


def test_a_restore_puts_the_backup_back_as_a_new_device(office, stick):
    copy = backup.back_up_now(office, stick, WHEN)
    original = device_of(office).id
    add_official(office, "Người Nhập Sau")
    result = backup.restore_backup(office, copy)
    assert result.plan.current.staff == 27 and result.plan.backup.staff == 26
    with office.sessions() as session:
        names = set(session.scalars(select(Staff.full_name)))
        assert "Người Nhập Sau" not in names and len(names) == 26
        identity = ensure_identity(session)
    assert identity.renewed and identity.device_id == result.device_id != original
    device = device_of(office)
    assert device.previous_id is not None and device.enrolment_id is None
    # the safety copy holds the store as it was before the restore
    assert result.safety_copy.parent == office.backups_dir
    safety = sqlite3.connect(result.safety_copy)
    assert safety.execute("SELECT count(*) FROM staff WHERE full_name = 'Người Nhập Sau'"
                          ).fetchone() == (1,)
    safety.close()
    assert not list(office.path.parent.glob(".restore-*"))  # the working copy is gone


def test_a_restored_store_stays_the_new_device_on_the_next_start(office, stick):
    copy = backup.back_up_now(office, stick, WHEN)
    result = backup.restore_backup(office, copy)
    office.close()
    reopened = Store(office.path)
    try:
        assert not reopened.renewed
        assert device_of(reopened).id == result.device_id
        assert read_file_card(office.path).path == str(office.path.resolve())
    finally:
        reopened.close()


def test_a_backup_of_an_older_release_is_brought_up_when_restored(office, tmp_path):
    """The first release's store of Mường Phăng (tests/fixtures/schemas), restored."""
    old = tmp_path / "ban-sao-cu.sqlite3"
    shutil.copyfile(SCHEMAS / FIXTURES[0]["file"], old)
    before = digest(old)
    plan = backup.check_backup(office, old)
    assert plan.backup.staff == 28
    backup.restore_backup(office, old)
    assert current_revision(office.engine) == head_revision()
    assert backup.check_backup(office, old).current.staff == 28
    assert digest(old) == before  # the chosen file itself is only read


def test_a_refused_restore_changes_nothing(office, tmp_path):
    other = make_store(tmp_path / "other", communes=("03328",))
    copy = backup.back_up_now(other, tmp_path, WHEN)
    other.close()
    before = digest(office.path)
    with pytest.raises(OpsError):
        backup.restore_backup(office, copy)
    assert digest(office.path) == before
    assert not office.backups_dir.exists()


def test_every_backup_message_speaks_both_languages():
    assert len(backup_messages.TEXTS) >= 15
    for code, (vi, en) in backup_messages.TEXTS.items():
        assert code.startswith(("backup.", "diagnostics."))
        assert vi.strip() and en.strip()
        assert messages.placeholders(vi) == messages.placeholders(en), code
        assert not VIETNAMESE.search(en), code
        assert code in messages.catalogue()
    # real refusals read in English hold no Vietnamese word
    error = StoreError("backup.other_kind", path="x",
                       theirs=messages.message("backup.kind_trainer"),
                       ours=messages.message("backup.kind_office"))
    assert not VIETNAMESE.search(error.text("en"))
    assert re.search("máy văn phòng xã", error.text("vi"))
