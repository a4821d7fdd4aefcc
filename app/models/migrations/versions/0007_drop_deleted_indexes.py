"""Drop the indexes on the soft-delete flag

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21

An index on a yes/no column that is almost always "no" narrows nothing, but without
statistics SQLite's planner takes it for an equality match as good as any other and picks
it over the commune or status index: the overview's broken-equipment query then read every
status event once per broken item (50 s with 50,000 items, 0.03 s without the index).
Every query on these tables filters by commune, record or status first anyway.
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = (
    "staff", "equipment", "equipment_status_event", "course", "course_session",
    "enrollment", "attendance",
)


def upgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_deleted", table_name=table)


def downgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_deleted", table, ["deleted"], unique=False)
