"""The journal's indexes: drop the one on origin, key the partition's by sequence too

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06

Once compaction keeps a province's journal small, its indexes weigh a good part of what is
left (issue 17: a year of edits in no more than twice its records). Every query that names
``origin`` (a laptop's unsent changes: ``origin IS NULL`` with ``seq`` above a watermark)
is answered as well by the sequence number's own range, so that index goes. The index on
``partition`` becomes one on ``(partition, seq)``: every query on a partition is served as
before, and "the newest change of a commune" (``max(seq)`` of a partition) is one index
lookup on PostgreSQL too (SQLite's index already carried the row id: the size is the
same there). The index on ``hlc`` stays: ``server repair-clock`` looks stamps up one by one
(``clock_repair._unused``, ``_restamp_all``), a full scan each without it.
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TABLE = "change_journal"


def upgrade() -> None:
    op.drop_index("ix_change_journal_origin", table_name=TABLE)
    op.drop_index("ix_change_journal_partition", table_name=TABLE)
    op.create_index("ix_change_journal_partition_seq", TABLE, ["partition", "seq"],
                    unique=False)


def downgrade() -> None:
    op.drop_index("ix_change_journal_partition_seq", table_name=TABLE)
    op.create_index("ix_change_journal_partition", TABLE, ["partition"], unique=False)
    op.create_index("ix_change_journal_origin", TABLE, ["origin"], unique=False)
