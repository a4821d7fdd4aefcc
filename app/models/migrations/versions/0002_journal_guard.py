"""Guard the change journal in the database itself

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

Triggers on every synced table abort a write that has no journal entry carrying the row's
new clock stamp, and any hard delete (deletes travel as tombstones). With them, no code path
(raw SQL, bulk statements, another tool opening the file) can change a record without the
change reaching the province.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SYNCED_TABLES = (
    "staff", "equipment", "equipment_status_event", "course", "course_session",
    "enrollment", "attendance",
)

MISSING_ENTRY = (
    "NOT EXISTS (SELECT 1 FROM change_journal "
    "WHERE row_id = NEW.id AND hlc = NEW.hlc AND table_name = '{table}')"
)


def _triggers(table: str) -> list[str]:
    missing = MISSING_ENTRY.format(table=table)
    return [
        f"""CREATE TRIGGER journal_guard_{table}_insert BEFORE INSERT ON {table}
        WHEN {missing}
        BEGIN SELECT RAISE(ABORT, 'unjournaled insert into {table}'); END""",
        f"""CREATE TRIGGER journal_guard_{table}_update BEFORE UPDATE ON {table}
        WHEN NEW.hlc IS OLD.hlc OR {missing}
        BEGIN SELECT RAISE(ABORT, 'unjournaled update of {table}'); END""",
        f"""CREATE TRIGGER journal_guard_{table}_delete BEFORE DELETE ON {table}
        BEGIN SELECT RAISE(ABORT, 'hard delete of {table}: use the soft-delete flag'); END""",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in SYNCED_TABLES:
        for statement in _triggers(table):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in SYNCED_TABLES:
        for kind in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS journal_guard_{table}_{kind}")
