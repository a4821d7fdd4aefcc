"""Sync identity and the province's device register

The device row gains its keys, the machine they belong to (a copied database is detected
and becomes a new device) and what its enrolment file gave it; the provincial server keeps
the devices it enrolled in registered_device.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 20:23:11.559726
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('registered_device',
    sa.Column('enrolment_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('province_code', sa.String(length=2), nullable=False),
    sa.Column('communes_json', sa.Text(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('public_keys', sa.Text(), nullable=True),
    sa.Column('enrolled_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('last_seen_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('enrolment_id', name=op.f('pk_registered_device')),
    sa.UniqueConstraint('device_id', name=op.f('uq_registered_device_device_id'))
    )
    with op.batch_alter_table('registered_device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registered_device_state'), ['state'], unique=False)

    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('keys', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('machine', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('previous_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('enrolment_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('enrolment_code', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('province_keys', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('enrolled_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('confirmed_at', sa.DateTime(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_column('confirmed_at')
        batch_op.drop_column('enrolled_at')
        batch_op.drop_column('province_keys')
        batch_op.drop_column('enrolment_code')
        batch_op.drop_column('enrolment_id')
        batch_op.drop_column('previous_id')
        batch_op.drop_column('machine')
        batch_op.drop_column('keys')

    with op.batch_alter_table('registered_device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registered_device_state'))

    op.drop_table('registered_device')
