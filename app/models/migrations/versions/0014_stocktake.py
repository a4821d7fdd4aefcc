"""The annual stock-take: rounds, committee and counts

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05

Two synced tables in the commune partition (``app/models/stocktake.py``), each with the
journal guard triggers every synced table has (0002, 0004, 0006: a write with no journal
entry, or a hard delete, is aborted), and an index on the asset tag as a scan compares it
(no spaces, capitals), so a scan answers at once on a register of any size.
"""

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

TABLES = ("stocktake_round", "stocktake_count")
MISSING_ENTRY = (
    "NOT EXISTS (SELECT 1 FROM change_journal WHERE row_id = NEW.id AND hlc = NEW.hlc "
    "AND device_id = NEW.device_id AND table_name = '{table}')"
)
TAG_KEY = "upper(replace(asset_tag, ' ', ''))"


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=24), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clock", sa.Text(), server_default="{}", nullable=False),
    ]


def _indexes(table: str, columns: tuple[str, ...]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def _guards(table: str) -> None:
    """The same guards as every synced table: the update guard watches every column but
    ``clock`` (as 0006 made it, so a merge may apply an older change to one field)."""
    missing = MISSING_ENTRY.format(table=table)
    columns = [c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)
               if c["name"] != "clock"]
    op.execute(f"""CREATE TRIGGER journal_guard_{table}_insert BEFORE INSERT ON {table}
        WHEN {missing}
        BEGIN SELECT RAISE(ABORT, 'unjournaled insert into {table}'); END""")
    op.execute(f"""CREATE TRIGGER journal_guard_{table}_update
        BEFORE UPDATE OF {", ".join(columns)} ON {table}
        WHEN (NEW.hlc IS OLD.hlc AND NEW.device_id IS OLD.device_id AND NEW.clock IS OLD.clock)
        OR {missing}
        BEGIN SELECT RAISE(ABORT, 'unjournaled update of {table}'); END""")
    op.execute(f"""CREATE TRIGGER journal_guard_{table}_delete BEFORE DELETE ON {table}
        BEGIN SELECT RAISE(ABORT, 'hard delete of {table}: use the soft-delete flag'); END""")


def upgrade() -> None:
    op.create_table(
        "stocktake_round",
        *_synced_columns(),
        sa.Column("commune_code", sa.String(length=5), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("opened_by", sa.String(length=80), nullable=True),
        sa.Column("committee_json", sa.String(length=2000), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["commune_code"], ["commune.code"],
                                name=op.f("fk_stocktake_round_commune_code_commune")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake_round")),
    )
    _indexes("stocktake_round", ("commune_code", "hlc", "partition", "state"))
    op.create_table(
        "stocktake_count",
        *_synced_columns(),
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("equipment_id", sa.String(length=36), nullable=True),
        sa.Column("tag", sa.String(length=40), nullable=True),
        sa.Column("found", sa.Boolean(), nullable=False),
        sa.Column("condition", sa.String(length=14), nullable=True),
        sa.Column("place", sa.String(length=120), nullable=True),
        sa.Column("counted_on", sa.Date(), nullable=False),
        sa.Column("counted_by", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(["equipment_id"], ["equipment.id"],
                                name=op.f("fk_stocktake_count_equipment_id_equipment")),
        sa.ForeignKeyConstraint(["round_id"], ["stocktake_round.id"],
                                name=op.f("fk_stocktake_count_round_id_stocktake_round")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake_count")),
    )
    _indexes("stocktake_count", ("equipment_id", "hlc", "partition", "round_id"))
    op.create_index("ix_equipment_tag_key", "equipment", [sa.text(TAG_KEY)], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            _guards(table)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            for kind in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS journal_guard_{table}_{kind}")
    op.drop_index("ix_equipment_tag_key", table_name="equipment")
    op.drop_table("stocktake_count")
    op.drop_table("stocktake_round")
