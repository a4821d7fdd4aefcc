"""The province console under load: 50 signed-in staff browsing the console while 20
laptops push to the same ``commune-it server serve`` on PostgreSQL (130 communes of 100
officials and 100 items, bench/console.py's data). Target: no push slowed by more than 20%
(p95 of the pushes with browsing against p95 without, measured in the same run).

The server is a real ``server serve`` process. The laptops are 20 real device stores
(SQLite, enrolled with the province's files), each pushing a few new officials a round
over HTTP from threads of this process, in phases with no one browsing and phases while
the staff browse, interleaved (``ORDER``). The staff run in a process of their own (so
their HTTP clients do not share this process's interpreter with the pushes): each signs in
with an account of their own, then asks console pages one after another (the province
page, a commune's page, the devices page, the USB desk, the reports) with a pause between
two pages as a person reading them takes (``THINK`` seconds on average), and stops
between two pages while a quiet phase runs. Reported: push p50/p95 without and with
browsing, their ratio, the province page's time alone and under load, how many pages
the staff read meanwhile, and the CPU the server and PostgreSQL used during the pushes of
each kind of phase (``/proc``): the same pushes either way, so what the browsing phases used
more is the console's own, a figure steadier than the pushes' times on a busy machine; and
that extra CPU split between the server's process and PostgreSQL's.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from sqlalchemy import select

from app.models import Commune, Staff, journal
from app.models.records import create
from app.models.setup import setup_device
from app.models.store import Store
from app.server import province
from app.server.accounts import add_account
from app.sync import device as laptop
from app.sync.push import push
from bench.common import report
from bench.console import fill
from tests.pg import free_port, start_cluster

STAFF = 50
LAPTOPS = 20
# Quiet and browsing phases, ABBA twice: a linear drift cancels, and each kind has 240
# pushes (20 laptops x 12), so that a p95 is the 12th slowest, not the 6th of 120: with
# half as many, the same code gave ratios from 0.69 to 1.33 from one run to the next.
ORDER = "qbbqqbbq"
PER_PHASE = 3  # pushes of each laptop per phase, on its own pace
ROUNDS = PER_PHASE * ORDER.count("q")  # pushes of each laptop of each kind
NEW_OFFICIALS = 40  # rows each push carries
THINK = 2.0  # seconds a person looks at a page before the next, on average
PASSWORD = "mat-khau-do-tai-console"
COMMUNE_IT = Path(sys.executable).with_name("commune-it")
ADMINS = {f"staff{i:02d}" for i in range(0, STAFF, 5)}  # one in five also sees the devices


def laptops(store: Store, folder: Path) -> list[Store]:
    """One office laptop per commune, enrolled with the province's file, claimed by a
    first push."""
    made = []
    with store.sessions() as session:  # the province's own communes: a laptop of another
        ours = list(session.scalars(select(Commune.code).where(  # province is refused
            Commune.province_code == "11").order_by(Commune.code).limit(LAPTOPS)))
    for number, code in enumerate(ours):
        place = folder / f"laptop-{number}"
        place.mkdir()
        device = Store(place / "commune-it.sqlite3")
        with device.sessions.begin() as session:
            setup_device(session, [code], f"Máy xã {code}", False)
        data = province.issue(store, code, f"Máy xã {code}", False)
        (place / "enrol.json").write_text(province.enrolment_text(data), encoding="utf-8")
        laptop.enroll_file(device, place / "enrol.json")
        made.append(device)
    return made


def add_officials(device: Store, round_: str) -> None:
    with device.sessions.begin() as session:
        code = laptop_commune(session)
        for i in range(NEW_OFFICIALS):
            create(session, Staff, commune_code=code, full_name=f"Cán bộ {round_} {i:03d}")


def laptop_commune(session) -> str:
    from app.models.setup import current_device
    return current_device(session).communes[0]


def push_round(devices: list[Store], base: str, label: str, rounds: int = 1) -> list[float]:
    """Every laptop pushes ``rounds`` times, all at once; the time of each push."""
    times: list[float] = []
    lock = threading.Lock()

    def one(number: int, device: Store) -> None:
        for k in range(rounds):
            add_officials(device, f"{label}{number}-{k}")
            start = time.perf_counter()
            result = push(device, base)
            took = time.perf_counter() - start
            assert result.ok, result
            with lock:
                times.append(took)

    threads = [threading.Thread(target=one, args=(n, d)) for n, d in enumerate(devices)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times


def serve(url: str, folder: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log = (folder / "serve.log").open("w")
    process = subprocess.Popen(
        [str(COMMUNE_IT), "--data-dir", str(folder / "province"), "server", "serve",
         "--db", url, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=log, env={**os.environ, "COMMUNE_IT_LANG": "vi"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/v1/health").status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError((folder / "serve.log").read_text())


async def _signed_in(base: str, name: str) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=base, timeout=120)
    page = (await client.get("/console/sign-in")).text
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page).group(1)
    answer = await client.post("/console/sign-in", data={
        "username": name, "password": PASSWORD, "csrf_token": token})
    assert answer.status_code == 303, answer.text  # to the page it asked for: signed in
    return client


async def _browse(base: str, name: str, codes: list[str], browse, stop, ready,
                  out) -> None:
    rng = random.Random(name)
    client = await _signed_in(base, name)
    ready.put(1)
    pages = ["/console/", "/console/usb", "/console/reports"]
    if name in ADMINS:
        pages.append("/console/devices")
    while not stop.is_set():
        if not browse.is_set():  # a quiet round: back to reading after a pause of one's own
            while not browse.is_set() and not stop.is_set():
                await asyncio.sleep(0.05)
            await asyncio.sleep(rng.uniform(0, 2 * THINK))
            continue
        path = rng.choice([*pages, f"/console/communes/{rng.choice(codes)}"])
        start = time.perf_counter()
        answer = await client.get(path)
        took = time.perf_counter() - start
        assert answer.status_code == 200, (path, answer.status_code)
        out.put((path, took))
        await asyncio.sleep(rng.uniform(0, 2 * THINK))
    await client.aclose()


def staff_browsing(base: str, codes: list[str], browse, stop, ready, out) -> None:
    """The 50 staff, each in a task of this process's event loop. Their browsers run on
    their own computers, not on the server: here they share its two cores, so they take
    what CPU is left over (the lowest priority), and what is measured is what the server's
    work for the console costs the pushes, not what the staff's own clients cost."""
    os.nice(19)
    async def everyone() -> None:
        await asyncio.gather(*(_browse(base, f"staff{i:02d}", codes, browse, stop, ready, out)
                               for i in range(STAFF)))
    asyncio.run(everyone())


def province_page_alone(base: str, runs: int = 9) -> float:
    async def timed() -> list[float]:
        client = await _signed_in(base, "staff00")
        times = []
        for _ in range(runs + 1):
            start = time.perf_counter()
            assert (await client.get("/console/")).status_code == 200
            times.append(time.perf_counter() - start)
        await client.aclose()
        return times[1:]
    return statistics.median(asyncio.run(timed()))


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU the processes ``pids`` have used so far (Linux ``/proc``)."""
    tick, total = os.sysconf("SC_CLK_TCK"), 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue  # ended: a database backend closed meanwhile
        total += int(fields[11]) + int(fields[12])
    return total / tick


def server_pids(server: int, cluster) -> list[int]:
    """The server and the database's processes: the postmaster and its children."""
    postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rpartition(")")[2].split()[1]) == postmaster:
                children.append(int(stat.parent.name))
        except (OSError, ValueError):
            continue
    return [server, postmaster, *children]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(base: str, devices: list[Store], codes: list[str], pids: Callable[[], list[int]]
            ) -> dict[str, object]:
    """Quiet and browsing phases interleaved in the order ``ORDER`` (in each, every laptop
    pushes ``PER_PHASE`` times at its own pace), so that what drifts over the run (the
    province's tables grow by 800 officials a round, PostgreSQL checkpoints) weighs on both
    sides alike."""
    alone = province_page_alone(base)
    context = multiprocessing.get_context("spawn")
    browse, stop, ready, out = (context.Event(), context.Event(), context.Queue(),
                                context.Queue())
    browsing = context.Process(target=staff_browsing,
                               args=(base, codes, browse, stop, ready, out))
    browsing.start()
    try:
        for _ in range(STAFF):
            ready.get(timeout=600)
    except BaseException:
        browsing.kill()
        raise
    times: dict[str, list[float]] = {"q": [], "b": []}
    # the server's and the database's, during the pushes, and the server's alone of it
    cpu, server = {"q": 0.0, "b": 0.0}, {"q": 0.0, "b": 0.0}
    for number, kind in enumerate(ORDER):
        if kind == "b":
            browse.set()
            time.sleep(2 * THINK)  # everyone is reading pages again
        elif number and ORDER[number - 1] == "b":
            time.sleep(0.5)  # the pages asked last are answered
        watched = pids()
        before, server_before = cpu_seconds(watched), cpu_seconds(watched[:1])
        times[kind] += push_round(devices, base, f"{kind}{number}-", PER_PHASE)
        cpu[kind] += cpu_seconds(watched) - before
        server[kind] += cpu_seconds(watched[:1]) - server_before
        browse.clear()
    stop.set()
    browsing.join(timeout=120)
    pages = []
    while not out.empty():
        pages.append(out.get())
    return {"alone": alone, "quiet": times["q"], "busy": times["b"], "pages": pages,
            "cpu": cpu, "server": server}


def main() -> None:
    journal.check_write = lambda *_args, **_kwargs: None  # as bench/console.py: the data set
    cluster = start_cluster()
    folder = Path(tempfile.mkdtemp(prefix="commune-it-console-load-"))
    process = None
    try:
        url = cluster.create_database()
        store = Store.for_url(url)
        codes = fill(store)
        devices = laptops(store, folder)
        for i in range(STAFF):
            name = f"staff{i:02d}"
            add_account(store, name, "admin" if name in ADMINS else "viewer", PASSWORD)
        store.close()
        process, base = serve(url, folder)
        push_round(devices, base, "w")  # claims sent, connections warm
        figures = measure(base, devices, codes, lambda: server_pids(process.pid, cluster))
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=60)
        cluster.stop()
    _report(figures)


def _report(figures: dict) -> None:
    quiet, busy, pages = figures["quiet"], figures["busy"], figures["pages"]
    province_pages = [took for path, took in pages if path == "/console/"]
    report(f"push p50 alone ({LAPTOPS} laptops x {ROUNDS})", statistics.median(quiet) * 1000,
           "ms", 10_000)
    report("push p95 alone", percentile(quiet, .95) * 1000, "ms", 10_000)
    report(f"push p50 while {STAFF} staff browse ({len(pages)} pages)",
           statistics.median(busy) * 1000, "ms", 10_000)
    report("push p95 while they browse", percentile(busy, .95) * 1000, "ms", 10_000)
    report("  push slowed by browsing: p95 with / p95 without",
           percentile(busy, .95) / percentile(quiet, .95), "x", 1.2)
    report("  push slowed by browsing: p50 with / p50 without",
           statistics.median(busy) / statistics.median(quiet), "x", 1.2)
    cpu, pushes = figures["cpu"], len(quiet)
    report(f"  server and database CPU per push, alone ({cpu['q'] / pushes * 1000:.0f} ms) "
           f"and while they browse ({cpu['b'] / pushes * 1000:.0f} ms): the console's share "
           f"of it", 100 * (cpu["b"] - cpu["q"]) / cpu["b"], "%", 100)
    server = figures["server"]
    report(f"  what browsing added: the server's CPU (of {len(pages)} pages read)",
           server["b"] - server["q"], "s", 10_000)
    report("  what browsing added: PostgreSQL's CPU",
           (cpu["b"] - server["b"]) - (cpu["q"] - server["q"]), "s", 10_000)
    report("console province page alone, 130 communes (median of 9)",
           figures["alone"] * 1000, "ms", 300)
    report("  the province page while pushes and browsing run (median)",
           statistics.median(province_pages) * 1000 if province_pages else float("nan"),
           "ms", 10_000)


if __name__ == "__main__":
    main()
