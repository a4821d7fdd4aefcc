"""device clock wall time as a 64-bit integer

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

``device.clock_wall_ms`` holds milliseconds since 1970 (about 1.8e12), which does not fit
PostgreSQL's 32-bit INTEGER: the first journalled write on the province server failed with
"integer out of range". SQLite's INTEGER is already 64-bit, but the column is declared
BIGINT there too so both backends carry the schema the model declares (batch mode rebuilds
the one-row ``device`` table, which nothing references and no trigger guards).
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.alter_column('clock_wall_ms', existing_type=sa.Integer(),
                              type_=sa.BigInteger(), existing_nullable=False)


def downgrade() -> None:
    # A stored clock (about 1.8e12) cannot go back into PostgreSQL's INTEGER, and the code of
    # revision 0002 could not write on PostgreSQL anyway, so there the column stays BIGINT.
    if op.get_bind().dialect.name != 'sqlite':
        return
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.alter_column('clock_wall_ms', existing_type=sa.BigInteger(),
                              type_=sa.Integer(), existing_nullable=False)
