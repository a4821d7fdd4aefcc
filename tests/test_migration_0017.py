"""Migration 0017 (issue 17), on both backends: the inbox's rows say how many bundles each
stands for (every row already there stands for one), and the lineage's unused index on the
old code goes; the downgrade drops the column, keeps the rows and builds the index again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import Engine, inspect, text

from app.models.store import current_revision
from tests.pg import (  # noqa: F401  (fixtures are found by being imported here)
    db_url,
    downgrade,
    open_engine,
    postgres_cluster,
    postgres_url,
    upgrade,
)
from tests.test_postgres_schema import model_drift

ROWS = [{"bundle_id": f"00000000-0000-4000-8000-{n:012d}",
         "sender": "9f3c2a10-0000-4000-8000-00000000beef", "kind": "changes",
         "first_seq": 10 * n + 1, "last_seq": 10 * n + 10, "count": 10,
         "applied_at": datetime(2026, 1, 1 + n), "via": "usb"} for n in range(3)]
LINEAGE_INDEX = "ix_commune_lineage_old_code"
COLUMNS = "bundle_id, sender, kind, first_seq, last_seq, count, applied_at, via"


@pytest.fixture
def at_0016(db_url: str) -> Iterator[Engine]:  # noqa: F811
    engine = open_engine(db_url)
    upgrade(engine, "0016")
    with engine.begin() as connection:
        connection.execute(text(
            f"INSERT INTO sync_inbox ({COLUMNS}) VALUES (:bundle_id, :sender, :kind, "
            ":first_seq, :last_seq, :count, :applied_at, :via)"), ROWS)
    yield engine
    engine.dispose()


def _lineage_indexes(engine: Engine) -> set[str]:
    return {index["name"] for index in inspect(engine).get_indexes("commune_lineage")}


def _inbox(engine: Engine, columns: str) -> list[tuple]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            text(f"SELECT {columns} FROM sync_inbox ORDER BY first_seq"))]


def test_each_row_already_there_stands_for_one_bundle(at_0016):
    before = _inbox(at_0016, COLUMNS)
    assert LINEAGE_INDEX in _lineage_indexes(at_0016)
    upgrade(at_0016, "0017")
    assert current_revision(at_0016) == "0017"
    assert _inbox(at_0016, COLUMNS) == before
    assert _inbox(at_0016, "bundles") == [(1,), (1,), (1,)]
    assert LINEAGE_INDEX not in _lineage_indexes(at_0016)
    upgrade(at_0016)
    assert model_drift(at_0016) == []


def test_downgrade_drops_the_count_and_keeps_the_rows(at_0016):
    before = _inbox(at_0016, COLUMNS)
    upgrade(at_0016, "0017")
    downgrade(at_0016, "0016")
    assert "bundles" not in {c["name"] for c in inspect(at_0016).get_columns("sync_inbox")}
    assert _inbox(at_0016, COLUMNS) == before
    assert LINEAGE_INDEX in _lineage_indexes(at_0016)
