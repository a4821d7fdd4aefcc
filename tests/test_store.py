"""Opening the store: migrations, backups, refusing what it must not touch."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest
from sqlalchemy import func, select, text

from app.models import Commune, CommuneLineage, EthnicGroup, Province, Staff
from app.models.errors import StoreError
from app.models.store import Store, current_revision, head_revision, migration_scripts
from tests.helpers import DATA_DIR, MUONG_PHANG

FIXTURES = {rev: DATA_DIR / "db" / f"rev{rev}.sqlite3" for rev in ("0001", "0004")}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_head_revision_kept_in_code_is_the_newest_migration():
    """Opening skips Alembic when the file is at ``HEAD_REVISION``: it must be the head."""
    assert head_revision() == migration_scripts().get_current_head()


def test_empty_file_is_migrated_to_head_with_reference_data(tmp_path):
    store = Store(tmp_path / "new.sqlite3")
    assert current_revision(store.engine) == head_revision()
    with store.sessions() as session:
        assert session.get(Province, "11").name == "Tỉnh Điện Biên"
        assert session.get(Commune, MUONG_PHANG).name == "Xã Mường Phăng"
        assert session.scalar(select(func.count()).select_from(EthnicGroup)) == 54
        dien_bien = select(func.count()).select_from(Commune).where(Commune.province_code == "11")
        assert session.scalar(dien_bien) == 45
    assert store.last_backup is None  # nothing to back up in a new file
    store.close()


def test_reused_code_keeps_its_lineage(tmp_path):
    """03172 is Xã Na Sang now; it was Thị trấn Mường Chà before the 2025 merger."""
    store = Store(tmp_path / "new.sqlite3")
    with store.sessions() as session:
        assert session.get(Commune, "03172").name == "Xã Na Sang"
        sources = session.scalars(select(CommuneLineage).where(
            CommuneLineage.commune_code == "03172")).all()
    store.close()
    by_code = {s.old_code: s for s in sources}
    assert by_code["03172"].old_name == "Thị trấn Mường Chà"
    assert by_code["03172"].old_code_system == "2008"
    assert by_code["03172"].old_district_name == "Huyện Mường Chà"
    assert len(sources) > 1


def test_pragmas(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    with store.engine.connect() as connection:
        assert connection.scalar(text("PRAGMA journal_mode")) == "wal"
        assert connection.scalar(text("PRAGMA foreign_keys")) == 1
    store.close()


@pytest.mark.parametrize("revision", sorted(FIXTURES))
def test_upgrade_from_stored_revision_keeps_data_and_backs_up(tmp_path, revision):
    """From the first schema and from the one before the newest, as older apps wrote them."""
    fixture = FIXTURES[revision]
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(fixture, path)
    fixture_digest = digest(fixture)
    store = Store(path)
    assert current_revision(store.engine) == head_revision()
    with store.sessions() as session:
        person = session.get(Staff, "st-1")
        assert (person.full_name, person.it_certificate) == ("Lò Văn Thắng", "b")
    # the guard added by revision 0002 is active on the upgraded file
    with pytest.raises(Exception, match="unjournaled"), store.engine.begin() as connection:
        connection.execute(text("UPDATE staff SET phone = '1'"))
    store.close()
    assert store.last_backup is not None
    assert store.last_backup.parent == tmp_path / "backups"
    backup = sqlite3.connect(store.last_backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    assert backup.execute("SELECT full_name FROM staff").fetchone() == ("Lò Văn Thắng",)
    backup.close()
    assert digest(fixture) == fixture_digest


def test_reopening_at_head_makes_no_backup(tmp_path):
    Store(tmp_path / "db.sqlite3").close()
    store = Store(tmp_path / "db.sqlite3")
    assert store.last_backup is None
    store.close()
    assert not (tmp_path / "backups").exists()


def test_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.close()
    before = digest(path)
    with pytest.raises(StoreError, match="phiên bản mới hơn"):
        Store(path)
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    path.write_text("tên,ngày sinh\nA,1990-01-01\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(StoreError, match="không phải là cơ sở dữ liệu"):
        Store(path)
    assert digest(path) == before
