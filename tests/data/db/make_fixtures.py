"""Make the stored fixture databases used by the upgrade tests.

Run once per schema revision that ships (``python tests/data/db/make_fixtures.py``) and
commit the file: an upgrade test must start from what an older app really wrote, not from
what today's code would write.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from app.models.store import alembic_config, make_engine  # noqa: E402

HERE = Path(__file__).resolve().parent

FIXTURE_ROWS = """
            INSERT INTO province VALUES ('11', 'Điện Biên', 'tỉnh', '2025');
            INSERT INTO commune VALUES ('03325', 'Xã Mường Phăng', 'xã', '11', '2025',
                                        'xa muong phang');
            INSERT INTO device (id, name, role, province_code, communes_json, created_at,
                                clock_wall_ms, clock_counter)
              VALUES ('dev-1', 'Máy văn phòng', 'office', '11', '["03325"]',
                      '2025-09-01 08:00:00', 1756710000000, 0);
            INSERT INTO change_journal (hlc, device_id, table_name, row_id, partition, op, changes)
              VALUES ('000001756710000000.00000', 'dev-1', 'staff', 'st-1', 'commune:03325',
                      'insert', '{"full_name": "Lò Văn Thắng"}');
            INSERT INTO staff (id, partition, hlc, device_id, deleted, commune_code, full_name,
                               name_key, professional_level, it_certificate,
                               uses_official_email)
              VALUES ('st-1', 'commune:03325', '000001756710000000.00000', 'dev-1', 0, '03325',
                      'Lò Văn Thắng', 'lo van thang', 'intermediate', 'b', 0);
"""


def make_fixture(path: Path, revision: str) -> None:
    path.unlink(missing_ok=True)
    engine = make_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()
    db = sqlite3.connect(path)
    with db:
        db.executescript(FIXTURE_ROWS)
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("VACUUM")
    db.close()


# The first schema, and ones before newer revisions: the upgrade tests start from each.
REVISIONS = ("0001", "0004", "0007", "0008")

if __name__ == "__main__":
    for revision in sys.argv[1:] or REVISIONS:
        make_fixture(HERE / f"rev{revision}.sqlite3", revision)
