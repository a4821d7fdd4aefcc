"""The round trip as a user runs it, and the command line's start, each beside a raw
reference measured in the same run (issue 17: a ratio holds on a noisy machine).

- start: ``commune-it --version`` and ``--help`` (target < 0.1 s), ``sync status`` on a
  set-up laptop (a command that opens the store and does little else: < 0.3 s), beside
  ``python -c pass``; the median of seven runs each.
- round trip: ``sync export`` → ``server import`` → ``server export`` → ``sync import`` of
  10,000 new officials, four real processes (target < 3 s in all).
- the province's apply: the same bundles imported in this process into a copy of the
  province's store, against a plain ``sqlite3`` ``executemany`` upsert of the same rows
  into a table made by the same DDL, the best of three of each (target: at least 25 % of
  the raw rate).

Processes run as installed: bytecode compiled once (into a folder of the bench's own),
not recompiled at every start as under ``PYTHONDONTWRITEBYTECODE``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import report
from bench.import_staff import write_csv

SCRIPT = Path(sys.executable).with_name("commune-it")
RUNS = 7
APPLY_RUNS = 3


def environment(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPYCACHEPREFIX=str(cache), COMMUNE_IT_LANG="en")
    return env


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(args, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {result.stderr}")
    return elapsed


def cli(env: dict[str, str], data: Path, *args: str) -> float:
    return timed([sys.executable, str(SCRIPT), "--data-dir", str(data), *args], env)


def median(args: list[str], env: dict[str, str]) -> float:
    return statistics.median(timed(args, env) for _ in range(RUNS))


def prepare(env: dict[str, str], root: Path) -> tuple[Path, Path]:
    """A laptop enrolled with the province, 10,000 new officials imported on it."""
    laptop, province = root / "laptop", root / "province"
    cli(env, laptop, "setup", "--commune", "03325", "--device-name", "Bench")
    cli(env, province, "server", "enroll", "--commune", "03325", "--device-name", "Bench",
        "--out", str(root / "enrol.json"))
    cli(env, laptop, "enroll", str(root / "enrol.json"))
    write_csv(root / "staff.csv", 10_000)
    cli(env, laptop, "import", "staff", str(root / "staff.csv"))
    return laptop, province


def start_figures(env: dict[str, str], laptop: Path) -> None:
    python = median([sys.executable, "-c", "pass"], env)
    script = [sys.executable, str(SCRIPT), "--data-dir", str(laptop)]
    for name, args, limit in (("--version", ["--version"], 0.1), ("--help", ["--help"], 0.1),
                              ("sync status", ["sync", "status"], 0.3)):
        seconds = median([*script, *args], env)
        report(f"start: commune-it {name} (python -c pass {python:.3f} s)", seconds, "s",
               limit)


def round_trip(env: dict[str, str], root: Path, laptop: Path, province: Path) -> Path:
    """The four commands; returns the folder of the laptop's bundles."""
    stick, back = root / "stick", root / "back"
    stick.mkdir()
    back.mkdir()
    shutil.copytree(province, root / "province-before")
    steps = [cli(env, laptop, "sync", "export", "--to", str(stick)),
             cli(env, province, "server", "import", str(stick)),
             cli(env, province, "server", "export", "--commune", "03325", "--to", str(back)),
             cli(env, laptop, "sync", "import", str(back))]
    told = ", ".join(f"{n} {s:.2f}" for n, s in zip(
        ("export", "province import", "answer", "acknowledgement"), steps, strict=True))
    report(f"round trip, 10,000 staff changes, four processes ({told} s)", sum(steps), "s", 3)
    return stick


def apply_rate(root: Path, stick: Path) -> None:
    """The province's import of the bundles in this process, against the raw upsert: the
    best of ``APPLY_RUNS`` of each, every run on its own copy of the province as it was
    (a single run of either moves by a fifth from one run to the next on this machine)."""
    from app.models.store import Store
    from app.server.province import import_paths

    applied, raw = [], []
    for run in range(APPLY_RUNS):
        copy = root / f"province-apply-{run}"
        shutil.copytree(root / "province-before", copy)
        store = Store(copy / "province.sqlite3", copy / "backups")
        try:
            start = time.perf_counter()
            assert import_paths(store, [stick]).ok
            applied.append(time.perf_counter() - start)
        finally:
            store.close()
        raw.append(raw_upsert(copy / "province.sqlite3", root / f"raw-{run}.sqlite3"))
    ours, reference = min(applied), min(raw)
    report(f"province apply of 10,000 changes: raw sqlite3 rate / ours, best of {APPLY_RUNS} "
           f"each (ours {ours:.2f} s, raw upsert {reference:.3f} s); target: ours at least "
           f"25 % of raw", ours / reference, "x", 4)


def raw_upsert(source: Path, target: Path) -> float:
    """``executemany`` of an upsert of the staff rows the province now holds into a table
    made by the staff table's own DDL and indexes (no journal, no triggers)."""
    with sqlite3.connect(source) as db:
        ddl = [sql for (sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'staff' AND type IN "
            "('table', 'index') AND sql IS NOT NULL ORDER BY type DESC")]
        cursor = db.execute("SELECT * FROM staff")
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    for sql in ddl:
        db.execute(sql)  # its foreign keys name tables not here: sqlite3 leaves them off
    marks, updates = ",".join("?" * len(names)), ",".join(
        f"{n}=excluded.{n}" for n in names if n != "id")
    start = time.perf_counter()
    db.execute("BEGIN")
    db.executemany(f"INSERT INTO staff ({','.join(names)}) VALUES ({marks}) "
                   f"ON CONFLICT(id) DO UPDATE SET {updates}", rows)
    db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="commune-it-bench-") as folder:
        root = Path(folder)
        env = environment(root / "pycache")
        subprocess.run([sys.executable, "-c", "import app.cli, app.sync.device, "
                        "app.server.province, app.exchange, app.ops.sync"], env=env, check=True)
        laptop, province = prepare(env, root)
        start_figures(env, laptop)
        stick = round_trip(env, root, laptop, province)
        apply_rate(root, stick)


if __name__ == "__main__":
    main()
