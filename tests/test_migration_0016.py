"""Migration 0016 (issue 17): the journal loses its index on ``origin`` and keys its
partition index by sequence number too, on both backends, without touching a row.

A store written at 0015 (records, their edits, journal entries made here and brought by a
peer) upgrades with every row of every table as it was and the journal's indexes as the
models declare them; "the newest change of a commune" is then answered from the new index
alone; and the downgrade puts 0015's indexes back, rows untouched again.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, insert, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from app.models import JournalEntry, Staff
from app.models.records import create
from app.models.reference_data import ensure_reference
from app.models.setup import setup_device
from app.models.store import current_revision, head_revision
from tests.helpers import MUONG_PHANG
from tests.pg import (  # noqa: F401  (fixtures are found by being imported here)
    db_url,
    downgrade,
    open_engine,
    postgres_cluster,
    postgres_url,
    upgrade,
)
from tests.test_postgres_schema import model_drift

PEER = "9f3c2a10-0000-4000-8000-00000000beef"
OLD_INDEXES = {"ix_change_journal_hlc", "ix_change_journal_origin",
               "ix_change_journal_partition", "ix_change_journal_row_hlc"}
NEW_INDEXES = {"ix_change_journal_hlc", "ix_change_journal_partition_seq",
               "ix_change_journal_row_hlc"}
NEWEST_OF_COMMUNE = "SELECT max(seq) FROM change_journal WHERE partition = :p"


@pytest.fixture
def at_0015(db_url: str) -> Iterator[Engine]:  # noqa: F811
    """A database at 0015 with reference data, a device, officials created and edited,
    and entries a peer brought (origin set) in a hundred partitions."""
    engine = open_engine(db_url)
    upgrade(engine, "0015")
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions.begin() as session:
        ensure_reference(session)
        setup_device(session, [MUONG_PHANG], "Máy chủ tỉnh", False)
    with sessions.begin() as session:
        people = [create(session, Staff, commune_code=MUONG_PHANG, full_name=f"Cán bộ {n}",
                         phone=f"09{n:08d}") for n in range(20)]
    with sessions.begin() as session:
        for person in people[:10]:
            session.get(Staff, person.id).position = "Văn phòng"
    with engine.begin() as connection:
        connection.execute(insert(JournalEntry.__table__), [dict(
            hlc=f"{1_800_000_000_000 + n:018d}.00000", device_id=PEER, table_name="staff",
            row_id=f"00000000-0000-4000-8000-{n:012d}", partition=f"commune:{n % 100:05d}",
            op="update", changes='{"phone":"0900000000"}', vector=None, origin=PEER)
            for n in range(3000)])
    yield engine
    engine.dispose()


def journal_indexes(engine: Engine) -> set[str]:
    return {index["name"] for index in inspect(engine).get_indexes("change_journal")}


def every_row(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table but Alembic's mark, in a stable order."""
    found = {}
    with engine.connect() as connection:
        for name in sorted(inspect(engine).get_table_names()):
            if name == "alembic_version":
                continue
            rows = connection.execute(text(f'SELECT * FROM "{name}"')).all()
            found[name] = sorted((tuple(row) for row in rows), key=repr)
    return found


def newest_plan(engine: Engine) -> str:
    """How the database answers the newest change of one commune (fresh statistics)."""
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text("ANALYZE"))
            rows = connection.execute(text("EXPLAIN QUERY PLAN " + NEWEST_OF_COMMUNE),
                                      {"p": "commune:00042"})
            return "; ".join(row[3] for row in rows)
        connection.execute(text("ANALYZE change_journal"))
        rows = connection.execute(text("EXPLAIN " + NEWEST_OF_COMMUNE), {"p": "commune:00042"})
        return "; ".join(row[0] for row in rows)


def test_upgrade_keeps_every_row_and_builds_the_declared_indexes(at_0015):
    before = every_row(at_0015)
    assert journal_indexes(at_0015) == OLD_INDEXES
    upgrade(at_0015)
    assert current_revision(at_0015) == head_revision()
    assert journal_indexes(at_0015) == NEW_INDEXES
    assert model_drift(at_0015) == []
    assert every_row(at_0015) == before
    with Session(at_0015) as session:  # the store still writes, guards and all
        setup = session.scalars(select(Staff).limit(1)).one()
        setup.email = "canbo@dienbien.gov.vn"
        session.commit()
    assert len(every_row(at_0015)["change_journal"]) == len(before["change_journal"]) + 1


def test_the_newest_change_of_a_commune_is_read_from_the_new_index(at_0015):
    upgrade(at_0015)
    plan = newest_plan(at_0015)
    assert "ix_change_journal_partition_seq" in plan
    if at_0015.dialect.name == "postgresql":
        assert "Index Only Scan" in plan  # the table itself is not read
    else:
        assert "COVERING INDEX" in plan
    with at_0015.connect() as connection:
        newest = connection.scalar(text(NEWEST_OF_COMMUNE), {"p": "commune:00042"})
    assert newest == max(seq for seq, partition in _entries(at_0015)
                         if partition == "commune:00042")


def _entries(engine: Engine) -> list[tuple[int, str]]:
    journal = JournalEntry.__table__
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(journal.c.seq, journal.c.partition))]


def test_downgrade_restores_the_indexes_of_0015_and_every_row(at_0015):
    before = every_row(at_0015)
    upgrade(at_0015)
    downgrade(at_0015, "0015")
    assert current_revision(at_0015) == "0015"
    assert journal_indexes(at_0015) == OLD_INDEXES
    assert every_row(at_0015) == before
    upgrade(at_0015)
    assert journal_indexes(at_0015) == NEW_INDEXES
    assert every_row(at_0015) == before
