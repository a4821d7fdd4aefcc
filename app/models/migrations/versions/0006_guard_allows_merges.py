"""Journal guard: allow a merge to apply an older change to a newer record

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21

A record's stamp is the newest of its field versions, the same on every copy. A merge that
applies a peer's older change to one field (the record's stamp stays) changes the field's
version in ``clock``; the update guard now refuses only an update that changes data while
leaving stamp, device and clock as they were — what a write around the journal looks like.
"""

from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = (
    "staff", "equipment", "equipment_status_event", "course", "course_session",
    "enrollment", "attendance",
)
MISSING_ENTRY = (
    "NOT EXISTS (SELECT 1 FROM change_journal WHERE row_id = NEW.id AND hlc = NEW.hlc "
    "AND device_id = NEW.device_id AND table_name = '{table}')"
)
UNCHANGED = {
    "new": "NEW.hlc IS OLD.hlc AND NEW.device_id IS OLD.device_id AND NEW.clock IS OLD.clock",
    "old": "NEW.hlc IS OLD.hlc AND NEW.device_id IS OLD.device_id",
}


def _guard(table: str, which: str) -> None:
    columns = [c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)
               if c["name"] != "clock"]
    op.execute(f"DROP TRIGGER IF EXISTS journal_guard_{table}_update")
    op.execute(f"""CREATE TRIGGER journal_guard_{table}_update
        BEFORE UPDATE OF {", ".join(columns)} ON {table}
        WHEN ({UNCHANGED[which]}) OR {MISSING_ENTRY.format(table=table)}
        BEGIN SELECT RAISE(ABORT, 'unjournaled update of {table}'); END""")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            _guard(table, "new")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            _guard(table, "old")
