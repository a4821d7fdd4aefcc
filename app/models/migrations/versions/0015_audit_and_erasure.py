"""The audit log, the account on each journal entry, and erasure

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05

Each change names the account that made it (``change_journal.account``; None for a change
made on a plain store, before accounts existed). The audit log (``audit_event``) is a synced
table in the partition each device writes, so it travels to the province; it is
append-only: SQLite triggers refuse any update or delete of it on every copy (besides the
insert guard every synced table has), so no path of the app (nor a tool opening the file
with its key) rewrites what happened. An official's record carries
``erased`` once an administrator erased it (Law 91): the merge then drops personal values
that a device which had not seen the erasure still sends. ``staff`` gains a column, so its
journal guard (0006), which lists the columns it watches, is made again.
"""

from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

MISSING_ENTRY = (
    "NOT EXISTS (SELECT 1 FROM change_journal WHERE row_id = NEW.id AND hlc = NEW.hlc "
    "AND device_id = NEW.device_id AND table_name = 'staff')"
)
UNCHANGED = "NEW.hlc IS OLD.hlc AND NEW.device_id IS OLD.device_id AND NEW.clock IS OLD.clock"


def _staff_guard() -> None:
    columns = [c["name"] for c in sa.inspect(op.get_bind()).get_columns("staff")
               if c["name"] != "clock"]
    op.execute("DROP TRIGGER IF EXISTS journal_guard_staff_update")
    op.execute(f"""CREATE TRIGGER journal_guard_staff_update
        BEFORE UPDATE OF {", ".join(columns)} ON staff
        WHEN ({UNCHANGED}) OR {MISSING_ENTRY}
        BEGIN SELECT RAISE(ABORT, 'unjournaled update of staff'); END""")


def _audit_guards() -> None:
    """The insert guard of every synced table (0014), and no update or delete at all."""
    missing = MISSING_ENTRY.replace("'staff'", "'audit_event'")
    op.execute(f"""CREATE TRIGGER journal_guard_audit_event_insert BEFORE INSERT ON audit_event
        WHEN {missing}
        BEGIN SELECT RAISE(ABORT, 'unjournaled insert into audit_event'); END""")
    for kind in ('update', 'delete'):
        op.execute(f"""CREATE TRIGGER audit_event_no_{kind} BEFORE {kind.upper()}
            ON audit_event BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""")


def upgrade() -> None:
    op.add_column('change_journal', sa.Column('account', sa.String(length=60), nullable=True))
    op.add_column('staff', sa.Column('erased', sa.Boolean(), server_default=sa.false(),
                                     nullable=False))
    op.create_table(
        'audit_event',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('partition', sa.String(length=24), nullable=False),
        sa.Column('hlc', sa.String(length=24), nullable=False),
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('clock', sa.Text(), server_default='{}', nullable=False),
        sa.Column('at', sa.String(length=19), nullable=False),
        sa.Column('account', sa.String(length=60), nullable=True),
        sa.Column('kind', sa.String(length=24), nullable=False),
        sa.Column('record_id', sa.String(length=36), nullable=True),
        sa.Column('details', sa.Text(), server_default='{}', nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    )
    for column in ('at', 'hlc', 'partition'):
        op.create_index(op.f(f'ix_audit_event_{column}'), 'audit_event', [column], unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        _staff_guard()
        _audit_guards()


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == 'sqlite'
    if sqlite:
        for kind in ('update', 'delete'):
            op.execute(f"DROP TRIGGER IF EXISTS audit_event_no_{kind}")
        op.execute("DROP TRIGGER IF EXISTS journal_guard_audit_event_insert")
        op.execute("DROP TRIGGER IF EXISTS journal_guard_staff_update")  # names the column
    for column in ('at', 'hlc', 'partition'):
        op.drop_index(op.f(f'ix_audit_event_{column}'), table_name='audit_event')
    op.drop_table('audit_event')
    # never recreated: a copied table would lose its journal guards
    with op.batch_alter_table('staff', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('erased')
    with op.batch_alter_table('change_journal', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('account')
    if sqlite:
        _staff_guard()
