"""Many laptops at once: the province imports different communes side by side on PostgreSQL,
keeps one writer on SQLite, and loses nothing and applies nothing twice on either.

A real uvicorn server on 127.0.0.1 (tests/http_helpers.py) serves the module, once on SQLite
and once on a throwaway PostgreSQL (tests/pg.py); laptops are real stores. To see who waits
for whom, one laptop's import is held inside the province's transaction (the real import,
wrapped: held before it writes, or after it wrote and before the commit) while another
laptop pushes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from app.models import Commune, InboxBundle, JournalEntry, Staff
from app.models.machine import MACHINE_ENV
from app.server import province
from app.sync import bundle, merge
from app.sync.push import push
from tests.helpers import make_province
from tests.http_helpers import (
    FAST_RETRY,
    Laptop,
    ServerThread,
    add_staff,
    enrolled_laptop,
    province_server,
    staff_named,
)
from tests.pg import BACKENDS, postgres_cluster, postgres_template  # noqa: F401

HOLD_SECONDS = 30  # the longest a held import waits for the test to let it go


@pytest.fixture(scope="module", params=BACKENDS)
def server(request, tmp_path_factory) -> Iterator[ServerThread]:
    folder = tmp_path_factory.mktemp(f"province-{request.param}")
    with province_server(request, folder, make_province) as running:
        running.backend = request.param
        yield running


@pytest.fixture(autouse=True)
def on_this_machine(monkeypatch) -> None:
    monkeypatch.setenv(MACHINE_ENV, "machine-province-concurrency-tests")


@pytest.fixture(scope="module")
def communes(server) -> Iterator[str]:
    """Communes of the province, a few for each test, so no test pulls another's data."""
    with server.store.sessions() as session:
        return iter(session.scalars(select(Commune.code).where(
            Commune.province_code == "11").order_by(Commune.code)).all())


@pytest.fixture
def laptops(server, tmp_path):
    made: list[Laptop] = []

    def make(name: str, *codes: str, trainer: bool = False) -> Laptop:
        laptop = enrolled_laptop(tmp_path / f"laptop-{len(made)}", server.store, name,
                                 codes, trainer)
        push(laptop.store, server.url, retry=FAST_RETRY)  # claimed, nothing to send yet
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.store.close()


class HeldImport:
    """The province's import of one laptop's change bundles, held until ``release``:
    ``before`` it begins (it holds its partitions), or ``after`` it wrote its journal
    entries and rows, before it moves the province's clock on and commits."""

    def __init__(self, monkeypatch, sender: str, when: str) -> None:
        self.sender = sender
        self.entered, self.released = threading.Event(), threading.Event()
        if when == "before":
            real = province.import_bundle

            def held(session, me, data, *args, **kwargs):
                header = bundle.read_header(data)
                if header.sender == sender and header.kind == "changes":
                    self._wait()
                return real(session, me, data, *args, **kwargs)

            monkeypatch.setattr(province, "import_bundle", held)
        else:
            written = merge.write

            def write_then_hold(connection, ops, merger, origin):
                written(connection, ops, merger, origin)
                if origin == sender:
                    self._wait()

            monkeypatch.setattr(merge, "write", write_then_hold)

    def _wait(self) -> None:
        self.entered.set()
        assert self.released.wait(HOLD_SECONDS), "the test never let the import go"

    def release(self) -> None:
        self.released.set()


def pushing(laptop: Laptop, server: ServerThread) -> tuple[threading.Thread, list]:
    """A push in a thread of its own; its report lands in the list."""
    out: list = []
    thread = threading.Thread(target=lambda: out.append(push(laptop.store, server.url,
                                                             retry=FAST_RETRY)), daemon=True)
    thread.start()
    return thread, out


def sent_once(laptop: Laptop, server: ServerThread) -> None:
    """Every change the laptop made is in the province's journal exactly once, and every
    bundle it sent in the province's inbox once."""
    with laptop.store.sessions() as session:
        made = session.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.origin.is_(None)))
    with server.store.sessions() as session:
        taken = session.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.origin == laptop.device_id))
        distinct = session.scalar(select(func.count(func.distinct(JournalEntry.hlc))).where(
            JournalEntry.origin == laptop.device_id))
        bundles = session.scalars(select(InboxBundle.bundle_id).where(
            InboxBundle.sender == laptop.device_id, InboxBundle.kind == "changes")).all()
    assert made > 0 and taken == made == distinct
    assert len(bundles) == len(set(bundles)) and laptop.unacknowledged() == 0


def staff_here(laptop: Laptop, prefix: str) -> int:
    with laptop.store.sessions() as session:
        return session.scalar(select(func.count()).select_from(Staff).where(
            Staff.full_name.like(f"{prefix} %")))


def test_laptops_of_different_communes_push_at_once_and_every_record_counts_once(
        server, communes, laptops):
    codes = [next(communes) for _ in range(3)]
    fleet = [laptops(f"Máy {code} {n}", code) for code in codes for n in range(2)]

    def rounds(number: int, laptop: Laptop) -> list:
        reports = []
        for k in range(3):
            add_staff(laptop, f"Cán bộ đồng thời {number} {k}", 40, seed=number * 10 + k)
            reports.append(push(laptop.store, server.url, retry=FAST_RETRY))
        return reports

    with ThreadPoolExecutor(len(fleet)) as pool:
        reports = [r for done in pool.map(rounds, range(len(fleet)), fleet) for r in done]
    for laptop in fleet:  # once more, for what the others sent meanwhile
        push(laptop.store, server.url, retry=FAST_RETRY)

    assert all(report.ok for report in reports)
    for number, laptop in enumerate(fleet):
        sent_once(laptop, server)
        for k in range(3):
            prefix = f"Cán bộ đồng thời {number} {k}"
            assert staff_named(server.store, prefix) == 40
            partner = fleet[number ^ 1]  # the other laptop of the same commune
            assert staff_here(partner, prefix) == 40
            assert staff_here(fleet[(number + 2) % len(fleet)], prefix) == 0  # not its commune


def test_an_import_waits_for_another_commune_only_on_sqlite(server, communes, laptops,
                                                             monkeypatch):
    """On PostgreSQL a commune's import does not wait while another commune's is under way;
    a province on SQLite keeps one writer, so there it waits its turn."""
    slow, quick = laptops("Máy chậm", next(communes)), laptops("Máy nhanh", next(communes))
    add_staff(slow, "Cán bộ máy chậm", 30)
    add_staff(quick, "Cán bộ máy nhanh", 30)
    held = HeldImport(monkeypatch, slow.device_id, "before")
    slow_push, _ = pushing(slow, server)
    assert held.entered.wait(HOLD_SECONDS)
    quick_push, quick_report = pushing(quick, server)
    try:
        quick_push.join(timeout=15 if server.backend == "postgresql" else 3)
        done_while_held = not quick_push.is_alive()
    finally:
        held.release()
    slow_push.join(HOLD_SECONDS)
    quick_push.join(HOLD_SECONDS)

    assert done_while_held is (server.backend == "postgresql")
    assert quick_report and quick_report[0].ok
    assert staff_named(server.store, "Cán bộ máy chậm") == 30
    assert staff_named(server.store, "Cán bộ máy nhanh") == 30
    sent_once(slow, server)
    sent_once(quick, server)


def test_a_pull_never_skips_an_import_that_commits_late(server, communes, laptops,
                                                        monkeypatch):
    """One commune's import wrote its journal entries and has not committed; another
    commune's import comes after it; a trainer who reads both communes pulls in between.
    The later import must not become visible first: the trainer would take its entries,
    acknowledge past the earlier import's numbers and never be sent the earlier ones."""
    first_code, second_code = next(communes), next(communes)
    first, second = laptops("Máy trước", first_code), laptops("Máy sau", second_code)
    trainer = laptops("Máy giảng viên", first_code, second_code, trainer=True)
    add_staff(first, "Cán bộ viết trước", 25)
    add_staff(second, "Cán bộ viết sau", 25)
    held = HeldImport(monkeypatch, first.device_id, "after")
    first_push, _ = pushing(first, server)
    assert held.entered.wait(HOLD_SECONDS)
    second_push, _ = pushing(second, server)
    time.sleep(2)  # the second import reaches its writing, or commits if nothing stops it
    trainer_push, _ = pushing(trainer, server)
    time.sleep(2)
    held.release()
    for thread in (first_push, second_push, trainer_push):
        thread.join(HOLD_SECONDS)
        assert not thread.is_alive()

    push(trainer.store, server.url, retry=FAST_RETRY)
    assert staff_here(trainer, "Cán bộ viết sau") == 25
    assert staff_here(trainer, "Cán bộ viết trước") == 25
