"""Sync state: per-record clocks, journal origin and vectors, bundles, conflicts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21

Each synced table gains a ``clock`` (field versions and version vector, see
app/models/clock.py); the journal records the record's vector after each change and, for
changes that came from a peer, which peer. The journal guard triggers are redefined to
match entries on (stamp, device) — two devices can make the same stamp — and to watch
every column but ``clock``, which a merge may update on its own when it only learns what a
peer has seen.
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


# The guarded columns of each synced table at this revision (all but ``clock``); a later
# revision that adds a column to one of these tables must redefine its update trigger.
GUARDED = {
    "staff": (
        "commune_code", "full_name", "name_key", "gender", "birth_date", "ethnicity_code",
        "unit", "position", "legacy_title", "general_education", "professional_level",
        "professional_field", "political_theory_level", "state_management_level",
        "it_certificate", "it_certificate_date", "it_certificate_issuer",
        "minority_languages", "uses_official_email", "phone", "email", "service_start",
        "service_end", "former_district", "former_commune",
    ),
    "equipment": (
        "commune_code", "category", "brand", "model", "serial", "asset_tag", "acquired_date",
        "funding_source", "value_vnd", "status", "holder_id", "location", "lan", "internet",
        "warranty_end", "last_inventory_check",
    ),
    "equipment_status_event": ("equipment_id", "status", "changed_on", "note"),
    "course": (
        "commune_code", "title", "title_key", "topic", "organiser", "trainer", "place",
        "start_date", "end_date", "hours", "funding",
    ),
    "course_session": ("course_id", "session_date", "start_time", "topic", "hours"),
    "enrollment": (
        "course_id", "staff_id", "participant_name", "participant_unit", "result",
        "certificate_no",
    ),
    "attendance": ("session_id", "enrollment_id", "status"),
}
COMMON = ("id", "partition", "hlc", "device_id", "deleted")

MISSING_ENTRY = (
    "NOT EXISTS (SELECT 1 FROM change_journal WHERE row_id = NEW.id AND hlc = NEW.hlc "
    "AND device_id = NEW.device_id AND table_name = '{table}')"
)


def _create_guards(table: str) -> None:
    missing = MISSING_ENTRY.format(table=table)
    columns = ", ".join(GUARDED[table] + COMMON)
    op.execute(f"""CREATE TRIGGER journal_guard_{table}_insert BEFORE INSERT ON {table}
        WHEN {missing}
        BEGIN SELECT RAISE(ABORT, 'unjournaled insert into {table}'); END""")
    op.execute(f"""CREATE TRIGGER journal_guard_{table}_update
        BEFORE UPDATE OF {columns} ON {table}
        WHEN (NEW.hlc IS OLD.hlc AND NEW.device_id IS OLD.device_id) OR {missing}
        BEGIN SELECT RAISE(ABORT, 'unjournaled update of {table}'); END""")
    op.execute(f"""CREATE TRIGGER journal_guard_{table}_delete BEFORE DELETE ON {table}
        BEGIN SELECT RAISE(ABORT, 'hard delete of {table}: use the soft-delete flag'); END""")


def _drop_guards(table: str) -> None:
    for kind in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS journal_guard_{table}_{kind}")


def _old_guards(table: str) -> None:
    """The triggers of revision 0002, restored on downgrade."""
    missing = (
        "NOT EXISTS (SELECT 1 FROM change_journal "
        f"WHERE row_id = NEW.id AND hlc = NEW.hlc AND table_name = '{table}')"
    )
    op.execute(f"""CREATE TRIGGER journal_guard_{table}_insert BEFORE INSERT ON {table}
        WHEN {missing}
        BEGIN SELECT RAISE(ABORT, 'unjournaled insert into {table}'); END""")
    op.execute(f"""CREATE TRIGGER journal_guard_{table}_update BEFORE UPDATE ON {table}
        WHEN NEW.hlc IS OLD.hlc OR {missing}
        BEGIN SELECT RAISE(ABORT, 'unjournaled update of {table}'); END""")
    op.execute(f"""CREATE TRIGGER journal_guard_{table}_delete BEFORE DELETE ON {table}
        BEGIN SELECT RAISE(ABORT, 'hard delete of {table}: use the soft-delete flag'); END""")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    if _sqlite():
        for table in GUARDED:
            _drop_guards(table)  # batch mode rebuilds the tables; guards come back after
    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('kept_value', sa.Text(), nullable=False),
    sa.Column('kept_version', sa.String(length=64), nullable=False),
    sa.Column('lost_value', sa.Text(), nullable=False),
    sa.Column('lost_version', sa.String(length=64), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=10), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_row_id'), ['row_id'], unique=False)

    op.create_table('sync_inbox',
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('sender', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('first_seq', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.Column('via', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_sync_inbox'))
    )
    with op.batch_alter_table('sync_inbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_inbox_sender'), ['sender'], unique=False)

    op.create_table('sync_outbox',
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('receiver', sa.String(length=36), nullable=False),
    sa.Column('first_seq', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('via', sa.String(length=10), nullable=False),
    sa.Column('acked_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_sync_outbox'))
    )
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_outbox_receiver'), ['receiver'], unique=False)

    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clock', sa.Text(), server_default='{}', nullable=False))

    with op.batch_alter_table('change_journal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vector', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('origin', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_change_journal_origin'), ['origin'], unique=False)

    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clock', sa.Text(), server_default='{}', nullable=False))

    with op.batch_alter_table('course_session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clock', sa.Text(), server_default='{}', nullable=False))

    with op.batch_alter_table('enrollment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clock', sa.Text(), server_default='{}', nullable=False))

    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clock', sa.Text(), server_default='{}', nullable=False))

    with op.batch_alter_table('equipment_status_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clock', sa.Text(), server_default='{}', nullable=False))

    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clock', sa.Text(), server_default='{}', nullable=False))

    if _sqlite():
        for table in GUARDED:
            _create_guards(table)


def downgrade() -> None:
    # Columns are dropped in place (SQLite >= 3.35), not by rebuilding the tables: dropping a
    # referenced table (staff, course...) that has rows breaks its foreign keys on SQLite.
    if _sqlite():
        for table in GUARDED:
            _drop_guards(table)
    with op.batch_alter_table('staff', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('clock')

    with op.batch_alter_table('equipment_status_event', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('clock')

    with op.batch_alter_table('equipment', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('clock')

    with op.batch_alter_table('enrollment', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('clock')

    with op.batch_alter_table('course_session', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('clock')

    with op.batch_alter_table('course', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('clock')

    with op.batch_alter_table('change_journal', schema=None, recreate='never') as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_journal_origin'))
        batch_op.drop_column('origin')
        batch_op.drop_column('vector')

    with op.batch_alter_table('attendance', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('clock')

    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_outbox_receiver'))

    op.drop_table('sync_outbox')
    with op.batch_alter_table('sync_inbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_inbox_sender'))

    op.drop_table('sync_inbox')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_row_id'))

    op.drop_table('sync_conflict')
    if _sqlite():
        for table in GUARDED:
            _old_guards(table)
