"""Resumable transfers: the stage of each network transfer, and the bytes it keeps

A push is a state machine that never goes back a stage (app/sync/stages.py); its stage is
kept here so a transfer cut off resumes where it stopped. A bundle sent but not yet
acknowledged keeps its bytes, sent again byte for byte under the same id so the server
resumes the upload at its offset; a bundle downloaded keeps its bytes until applied. Local
tables: they never travel.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_transfer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('peer', sa.String(length=36), nullable=False),
    sa.Column('device', sa.String(length=36), nullable=False),
    sa.Column('stage', sa.String(length=12), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('moved_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('applied_bundles', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_transfer'))
    )
    with op.batch_alter_table('sync_transfer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_transfer_finished_at'), ['finished_at'], unique=False)

    op.create_table('sync_transfer_bundle',
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('peer', sa.String(length=36), nullable=False),
    sa.Column('transfer_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sealed_with', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('kept_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['transfer_id'], ['sync_transfer.id'], name=op.f('fk_sync_transfer_bundle_transfer_id_sync_transfer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_sync_transfer_bundle'))
    )
    with op.batch_alter_table('sync_transfer_bundle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_transfer_bundle_peer'), ['peer'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_transfer_bundle_transfer_id'), ['transfer_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sync_transfer_bundle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_transfer_bundle_transfer_id'))
        batch_op.drop_index(batch_op.f('ix_sync_transfer_bundle_peer'))

    op.drop_table('sync_transfer_bundle')
    with op.batch_alter_table('sync_transfer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_transfer_finished_at'))

    op.drop_table('sync_transfer')
