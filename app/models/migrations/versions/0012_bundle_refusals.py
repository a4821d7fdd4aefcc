"""Bundle refusals: the bundles the province turned away, for the console's devices page

Device (id or enrolment id), bundle id, door (http or usb), time, and the refusal's
message code and values. Used by the provincial server only, the last few per device
kept; a local table: it never travels.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bundle_refusal',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('device_key', sa.String(length=64), nullable=False),
    sa.Column('bundle_id', sa.String(length=64), nullable=True),
    sa.Column('via', sa.String(length=10), nullable=False),
    sa.Column('refused_at', sa.DateTime(), nullable=False),
    sa.Column('code', sa.String(length=120), nullable=False),
    sa.Column('values_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bundle_refusal'))
    )
    op.create_index(op.f('ix_bundle_refusal_device_key'), 'bundle_refusal', ['device_key'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_bundle_refusal_device_key'), table_name='bundle_refusal')
    op.drop_table('bundle_refusal')
