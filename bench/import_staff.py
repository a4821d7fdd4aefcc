"""Import a 10,000-row staff CSV into a fresh store: time and peak memory (targets < 1 s,
< 200 MB, issue 17), beside a raw reference measured in the same run: ``sqlite3``
``executemany`` of the same rows, as the import wrote them, into a table made by the staff
table's own DDL (no validation, no stamps, no journal)."""

from __future__ import annotations

import csv
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from app.exchange import import_file
from bench.common import device_store, peak_rss_mb, report, timer

FAMILY = ["Lò", "Lường", "Quàng", "Cà", "Giàng", "Sùng", "Vừ", "Nguyễn", "Trần", "Phạm"]
MIDDLE = ["Văn", "Thị", "A", "Thị Thu", "Đức"]
GIVEN = ["Thắng", "Mai", "Páo", "Dua", "An", "Ánh", "Hùng", "Lan", "Dơ", "Đông", "Xuân"]
ETHNIC = ["Thái", "Mông", "H'Mông", "Kinh", "Khơ mú", "Dao"]


def write_csv(path: Path, rows: int) -> None:
    rng = random.Random(7)
    header = ["full_name", "gender", "birth_date", "ethnicity", "position",
              "professional_level", "it_certificate", "phone", "email"]
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for i in range(rows):
            writer.writerow([
                f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
                rng.choice(["male", "female"]),
                f"{rng.randint(1960, 2000)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                rng.choice(ETHNIC), "Công chức",
                rng.choice(["none", "intermediate", "Đại học", "college"]),
                rng.choice(["none", "none", "b", "basic", "Chứng chỉ A"]),
                f"09{i:08d}", "",
            ])


def raw_insert(source: Path, target: Path) -> float:
    """Seconds to insert the staff rows of ``source`` into a fresh table of the same DDL."""
    with sqlite3.connect(source) as db:
        ddl = [sql for (sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'staff' AND type IN "
            "('table', 'index') AND sql IS NOT NULL ORDER BY type DESC")]
        cursor = db.execute("SELECT * FROM staff")
        names, rows = [d[0] for d in cursor.description], cursor.fetchall()
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    for sql in ddl:
        db.execute(sql)
    start = time.perf_counter()
    db.execute("BEGIN")
    db.executemany(f"INSERT INTO staff ({','.join(names)}) VALUES "
                   f"({','.join('?' * len(names))})", rows)
    db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, device_store(["03325"]) as store:
        path = Path(folder) / "staff.csv"
        write_csv(path, 10_000)
        with timer() as elapsed, store.sessions.begin() as session:
            summary = import_file(session, "staff", path)
        assert summary.created == 10_000, summary
        raw = raw_insert(store.path, Path(folder) / "raw.sqlite3")
    report(f"import 10,000-row staff CSV: time (raw sqlite3 insert of the rows {raw:.3f} s, "
           f"{elapsed[0] / raw:.0f}x)", elapsed[0], "s", 1)
    report("import 10,000-row staff CSV: peak memory", peak_rss_mb(), "MB", 200)


if __name__ == "__main__":
    main()
