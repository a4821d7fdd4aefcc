"""Sync by files: 10,000 staff changes exported, imported by the province and acknowledged
(target < 10 s); bytes per change against zstd of the same rows as JSON lines (target
< 1.5×); peak memory with a 100,000-change backlog (target < 300 MB)."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import zstandard
from sqlalchemy import select

from app.models import Staff
from app.models.store import Store
from app.server import province
from app.sync import device as laptop
from app.sync.ops import to_json
from bench.common import device_store, peak_rss_mb, report, timer
from bench.import_staff import write_csv


def fill(store, rows: int, folder: Path) -> None:
    """``rows`` new staff, imported 10,000 at a time as an office would over weeks.

    The same file stands for each week's new officials, so it is taken again on purpose
    (``again``) and its rows, though they repeat names already recorded, are added
    (``add_matching``)."""
    from app.exchange import import_file

    path = folder / "staff.csv"
    write_csv(path, min(rows, 10_000))
    for _ in range(max(1, rows // 10_000)):
        with store.sessions.begin() as session:
            import_file(session, "staff", path, again=True, add_matching=True)


def enrol(store, server, folder: Path) -> None:
    data = province.issue(server, "03325", "Máy đo", False)
    path = folder / "enrol.json"
    path.write_text(province.enrolment_text(data), encoding="utf-8")
    laptop.enroll_file(store, path)


def plain_zstd_bytes(store) -> int:
    """zstd of the same staff rows as plain JSON lines (the baseline of the target)."""
    with store.sessions() as session:
        rows = session.scalars(select(Staff))
        lines = b"".join(json.dumps({c.name: to_json(getattr(r, c.name)) for c in
                                     Staff.__table__.columns if c.name != "clock"},
                                    ensure_ascii=False).encode() + b"\n" for r in rows)
    return len(zstandard.ZstdCompressor(level=3).compress(lines))


def run(rows: int, measure_baseline: bool = True) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as tmp, device_store(["03325"]) as store:
        folder = Path(tmp)
        stick = folder / "stick"
        stick.mkdir()
        server = Store(folder / "province.sqlite3")
        enrol(store, server, folder)
        fill(store, rows, folder)
        with timer() as elapsed:
            written = laptop.export_to(store, stick).written
            assert province.import_paths(server, [stick]).ok
            back = folder / "back"
            back.mkdir()
            province.export_commune(server, "03325", back)
            assert laptop.import_paths(store, [back]).ok
        wire = sum(p.stat().st_size for p in written if p.suffix == ".citb")
        baseline = plain_zstd_bytes(store) if measure_baseline else 0
        server.close()
    return elapsed[0], wire, baseline


def main() -> None:
    if sys.argv[1:] == ["backlog"]:
        run(100_000, measure_baseline=False)  # the baseline itself would hold every row
        report("100,000-change backlog: peak memory", peak_rss_mb(), "MB", 300)
        return
    seconds, wire, baseline = run(10_000)
    report("10,000 staff changes: export, province import, receipt", seconds, "s", 10)
    report("bytes per change / zstd JSON lines", wire / baseline, "x", 1.5)


if __name__ == "__main__":
    main()
