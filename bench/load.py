"""A province that takes a thousand laptops at once (issue 17, item 4).

1,000 simulated office laptops of the 130 communes of one province (Nghệ An, code 40: the
laptops must be the province's own, and Điện Biên has 45), each enrolled with a real
enrolment file, push 50 new officials each and pull their answer over HTTP on 127.0.0.1,
``CONCURRENT`` at a time, against a real ``commune-it server serve`` on PostgreSQL (the
tests' throwaway cluster, tests/pg.py). The load is bounded: it must end within
``LOAD_SECONDS`` (else the bench fails and says so). Afterwards the database is counted:
every official once, every change once in the journal, every bundle once in the inbox, no
refusal written down.

A simulated laptop is a light client of the sync library, not a store
(bench/load_laptops.py): its keys, its claim made from the enrolment file, and one bundle
sealed by the app's code — signed, encrypted to the province — of 50 changes the app
journalled on a template laptop, made the laptop's own. Its push is the laptop's: the
claim, the upload and its commit, the pull, each answer downloaded and opened with its
keys (the receipt must name its bundle), and a receipt for the changes it received.

Figures: pushes per second, p50/p95 push time, the server's peak memory (``VmHWM`` of its
process), and beside them the raw reference of the same run: as many plain round trips to
``/api/v1/health``, with as many clients at once, as the pushes made requests.

``python -m bench.load [--devices N] [--server-app DIR]``: ``--server-app`` runs the server
from another copy of the ``app`` package (e.g. the code before a change), for a before and
after in the same conditions.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

import httpx
from sqlalchemy import func, select

from app.models import BundleRefusal, Commune, InboxBundle, JournalEntry, Staff
from app.models.store import Store
from bench.common import report
from bench.load_laptops import (
    CHANGES,
    PROVINCE_CODE,
    PushDone,
    SimulatedLaptop,
    make_laptops,
    push_one,
    template_ops,
)
from tests.pg import free_port, start_cluster

DEVICES = 1000
CONCURRENT = 200  # laptops pushing at the same moment (the server takes 500 connections)
LOAD_SECONDS = 600  # the bound: all pushes done within it, or the bench fails
COMMUNE_IT = Path(sys.executable).with_name("commune-it")


def load(laptops: list[SimulatedLaptop], base: str) -> tuple[float, list[PushDone], int]:
    """Every laptop's push, ``CONCURRENT`` at a time; the wall time, the pushes done and
    how many did not end (refused, failed, or beyond the bound)."""
    start = time.perf_counter()
    pool = ThreadPoolExecutor(CONCURRENT)
    futures = [pool.submit(push_one, laptop, base) for laptop in laptops]
    finished, late = wait(futures, timeout=LOAD_SECONDS)
    wall = time.perf_counter() - start
    pool.shutdown(wait=False, cancel_futures=True)
    pushes, failed = [], len(late)
    for future in finished:
        if future.exception() is not None:
            failed += 1
            print(f"push failed: {future.exception()}", file=sys.stderr)
        else:
            pushes.append(future.result())
    return wall, pushes, failed


def health_round_trips(base: str, shape: list[int]) -> float:
    """The raw reference: the pushes' requests as plain GET /api/v1/health, in the same
    shape (a client of its own for each laptop, as many requests as its push made, and
    ``CONCURRENT`` clients at once)."""
    def client(count: int) -> None:
        with httpx.Client(timeout=60) as http:
            for _ in range(count):
                http.get(f"{base}/api/v1/health").raise_for_status()

    start = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENT) as pool:
        list(pool.map(client, shape))
    return time.perf_counter() - start


def serve(url: str, folder: Path, app_dir: Path | None) -> tuple[subprocess.Popen, str]:
    """A real ``server serve`` (from ``app_dir``'s copy of the app, if given)."""
    port = free_port()
    command = [str(COMMUNE_IT)] if app_dir is None else [sys.executable, "-m", "app"]
    env = {**os.environ, "COMMUNE_IT_LANG": "vi"}
    if app_dir is not None:
        env["PYTHONPATH"] = str(app_dir)
    process = subprocess.Popen(
        [*command, "--data-dir", str(folder / "province"), "server", "serve", "--db", url,
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=(folder / "serve.log").open("w"), env=env,
        cwd=app_dir or Path.cwd())
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{base}/api/v1/health").status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError((folder / "serve.log").read_text())


def peak_memory_mb(pid: int) -> float:
    """The process's peak resident memory (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def counted(store: Store, laptops: list[SimulatedLaptop]) -> dict[str, int]:
    """What the province holds of the laptops' pushes, counted in its database."""
    ids = [laptop.device_id for laptop in laptops]
    with store.sessions() as session:
        def one(query) -> int:
            return int(session.scalar(query))
        return {
            "officials": one(select(func.count()).select_from(Staff).where(
                Staff.device_id.in_(ids))),
            "journal": one(select(func.count()).select_from(JournalEntry).where(
                JournalEntry.origin.in_(ids))),
            "journal_distinct": one(select(func.count(func.distinct(JournalEntry.row_id))).where(
                JournalEntry.origin.in_(ids))),
            "bundles": one(select(func.count()).select_from(InboxBundle).where(
                InboxBundle.sender.in_(ids), InboxBundle.kind == "changes")),
            "receipts": one(select(func.count()).select_from(InboxBundle).where(
                InboxBundle.sender.in_(ids), InboxBundle.kind == "receipt")),
            "refusals": one(select(func.count()).select_from(BundleRefusal)),
        }


def faults(pushes: list[PushDone], failed: int, numbers: dict[str, int], devices: int
           ) -> int:
    """Everything that should be zero: pushes not ended or answered wrongly, records lost
    or applied twice, refusals."""
    expected = devices * CHANGES
    wrong = sum(bool(p.problems) or not p.acknowledged for p in pushes)
    return (failed + wrong + abs(numbers["officials"] - expected)
            + abs(numbers["journal"] - expected) + abs(numbers["journal_distinct"] - expected)
            + abs(numbers["bundles"] - devices) + numbers["refusals"])


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load")
    parser.add_argument("--devices", type=int, default=DEVICES)
    parser.add_argument("--server-app", type=Path, default=None)
    args = parser.parse_args()
    cluster = start_cluster()
    folder = Path(tempfile.mkdtemp(prefix="commune-it-load-"))
    process = None
    try:
        url = cluster.create_database()
        store = Store.for_url(url)
        with store.sessions() as session:
            first = session.scalars(select(Commune.code).where(
                Commune.province_code == PROVINCE_CODE).order_by(Commune.code)).first()
        laptops = make_laptops(store, folder, template_ops(folder / "template", first),
                               args.devices)
        process, base = serve(url, folder, args.server_app)
        wall, pushes, failed = load(laptops, base)
        memory = peak_memory_mb(process.pid)
        requests = sum(p.requests for p in pushes)
        raw = health_round_trips(base, [p.requests for p in pushes])
        numbers = counted(store, laptops)
        store.close()
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=60)
        cluster.stop()
    print(json.dumps({"counted": numbers, "requests": requests, "failed": failed},
                     ensure_ascii=False), file=sys.stderr)
    _report(args.devices, wall, pushes, faults(pushes, failed, numbers, args.devices),
            memory, requests, raw)


def _report(devices: int, wall: float, pushes: list[PushDone], wrong: int, memory: float,
            requests: int, raw: float) -> None:
    times = sorted(p.seconds for p in pushes) or [float("nan")]
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    report(f"{devices} laptops x {CHANGES} changes, {CONCURRENT} at once: all pushed "
           "and answered (the bound)", wall, "s", LOAD_SECONDS)
    report("  pushes per second", len(pushes) / wall, "/s", 1e6)
    report("  push p50 (claim, upload, commit, pull, answers, receipt)",
           statistics.median(times) * 1000, "ms", 60_000)
    report("  push p95", p95 * 1000, "ms", 60_000)
    report("  not ended, refused, lost or applied twice (counted in the database)", wrong,
           "", 1)
    report("  server peak memory (VmHWM)", memory, "MB", 500)
    report(f"  raw: the same {requests} requests as GET /api/v1/health", raw, "s", 1e6)
    report("  the pushes' time / the raw round trips' time", wall / raw, "x", 1e6)


if __name__ == "__main__":
    main()
