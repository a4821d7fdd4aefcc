"""The inbox's rows may stand for several bundles; the lineage loses an unused index

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

Issue 17 asks that a year of edits weigh no more than twice its records.

- A row a bundle applied, kept for ever, made a laptop syncing daily keep 365 rows a year,
  and a province of a thousand laptops 365,000. Compaction now folds a sender's bundles
  older than the receipts' window into one row (``app/sync/folds.py``); ``bundles`` says
  how many it stands for, so that the console's "bundles received" stays true. Every row
  already there stands for one.
- The index on ``commune_lineage.old_code`` answers no query of the app (the lineage is
  read by its current commune's code) and weighed 140 kB in every store, laptop and
  province alike: about a sixteenth of a fresh one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_inbox") as table:
        table.add_column(sa.Column("bundles", sa.Integer(), nullable=False,
                                   server_default="1"))
    op.drop_index("ix_commune_lineage_old_code", table_name="commune_lineage")


def downgrade() -> None:
    op.create_index("ix_commune_lineage_old_code", "commune_lineage", ["old_code"],
                    unique=False)
    with op.batch_alter_table("sync_inbox") as table:
        table.drop_column("bundles")
