"""Basic digital skills per official, and digital-skills courses

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05

Since 2025 the province must say, for every commune, which officials have had their basic
digital skills (Quyết định 757/QĐ-BKHCN) confirmed, when and how; and a course may be a
digital-skills course, whose pass may confirm them. ``staff`` gains ``digital_skills``,
``digital_skills_date`` and ``digital_skills_method``; ``course`` gains ``digital_skills``.

Both are synced tables: the columns are added with a plain ``ADD COLUMN`` (a batch
rebuild would drop the journal guard triggers), and each table's update guard is redefined
so that it watches the new columns too — an update of them around the journal is refused
like any other (the guard of revision 0006, which lists the table's columns as they are).
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

STAFF_COLUMNS = ("digital_skills", "digital_skills_date", "digital_skills_method")
COURSE_COLUMNS = ("digital_skills",)
MISSING_ENTRY = (
    "NOT EXISTS (SELECT 1 FROM change_journal WHERE row_id = NEW.id AND hlc = NEW.hlc "
    "AND device_id = NEW.device_id AND table_name = '{table}')"
)
UNCHANGED = "NEW.hlc IS OLD.hlc AND NEW.device_id IS OLD.device_id AND NEW.clock IS OLD.clock"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _drop_update_guard(table: str) -> None:
    op.execute(f"DROP TRIGGER IF EXISTS journal_guard_{table}_update")


def _update_guard(table: str) -> None:
    """The update guard of revision 0006 over the table's columns as they are now."""
    columns = [c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)
               if c["name"] != "clock"]
    _drop_update_guard(table)
    op.execute(f"""CREATE TRIGGER journal_guard_{table}_update
        BEFORE UPDATE OF {", ".join(columns)} ON {table}
        WHEN ({UNCHANGED}) OR {MISSING_ENTRY.format(table=table)}
        BEGIN SELECT RAISE(ABORT, 'unjournaled update of {table}'); END""")


def upgrade() -> None:
    op.add_column('staff', sa.Column('digital_skills', sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    op.add_column('staff', sa.Column('digital_skills_date', sa.Date(), nullable=True))
    op.add_column('staff', sa.Column('digital_skills_method', sa.String(length=12),
                                     nullable=True))
    op.add_column('course', sa.Column('digital_skills', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    if _sqlite():
        _update_guard('staff')
        _update_guard('course')


def downgrade() -> None:
    # SQLite refuses to drop a column a trigger names: drop the guard, the columns, then
    # put the guard back over what remains.
    for table, columns in (('staff', STAFF_COLUMNS), ('course', COURSE_COLUMNS)):
        if _sqlite():
            _drop_update_guard(table)
        for column in reversed(columns):
            if _sqlite():
                op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
            else:
                op.drop_column(table, column)
        if _sqlite():
            _update_guard(table)
