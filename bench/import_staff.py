"""Import a 10,000-row staff CSV into a fresh store: time and peak memory (target < 5 s,
< 300 MB)."""

from __future__ import annotations

import csv
import random
import tempfile
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


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, device_store(["03325"]) as store:
        path = Path(folder) / "staff.csv"
        write_csv(path, 10_000)
        with timer() as elapsed, store.sessions.begin() as session:
            summary = import_file(session, "staff", path)
        assert summary.created == 10_000, summary
    report("import 10,000-row staff CSV: time", elapsed[0], "s", 5)
    report("import 10,000-row staff CSV: peak memory", peak_rss_mb(), "MB", 300)


if __name__ == "__main__":
    main()
