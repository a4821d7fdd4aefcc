"""Local accounts: the people who sign in on a laptop whose store is encrypted

Name, role (administrator, officer, viewer, trainer), an Argon2id hash of the password,
active or disabled. A local table: it never travels. The store's key itself is kept
wrapped in the keyring beside the database, not here (app/models/keyring.py).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('local_account',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('name_key', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('disabled_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_local_account')),
    sa.UniqueConstraint('name_key', name=op.f('uq_local_account_name_key'))
    )


def downgrade() -> None:
    op.drop_table('local_account')
