"""Imported files: the SHA-256 of every file imported on this laptop

A file imported again (an officer who never saw the first import end reruns it) is refused
with the date of the first import unless asked for; the digest is written in the import's
own transaction. A local table: it never travels.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('imported_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('created', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_imported_file'))
    )
    with op.batch_alter_table('imported_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_imported_file_sha256'), ['sha256'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('imported_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_imported_file_sha256'))

    op.drop_table('imported_file')
