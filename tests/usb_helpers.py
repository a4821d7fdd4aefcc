"""Simulated computers, a province server and USB sticks for the end-to-end sync tests.

Each simulated computer is a data dir and a machine id (``COMMUNE_IT_MACHINE_ID``), driven
through the real command line or, where a test needs many steps, through the Python API the
command line calls. A "world" (the province server, the office laptops of Xã Mường Phăng
and Xã Thanh Nưa, and a trainer's laptop serving both, all enrolled and synced once) takes
a few seconds to build, so it is built once and copied folder for folder for each test.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Self

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.demo import fill_demo
from app.models import (
    SYNCED_MODELS,
    Conflict,
    InboxBundle,
    JournalEntry,
    RegisteredDevice,
    Staff,
)
from app.models.machine import MACHINE_ENV
from app.models.records import create
from app.models.setup import require_device
from app.models.store import Store
from app.server import province
from app.sync import bundle
from app.sync import device as device_sync
from app.sync.files import FileReport
from tests.helpers import DB_NAME, MUONG_PHANG, THANH_NUA, fresh_store, make_store

ROOT = Path(__file__).resolve().parents[1]
SERVER_DB = "province.sqlite3"
PROVINCE_PARTITION = "province:11"
# The officials the Thanh Nưa office laptop holds (a couple is enough to tell communes apart).
THANH_NUA_STAFF = (
    {"full_name": "Quàng Văn Minh", "phone": "0915246801", "birth_date": date(1984, 4, 2)},
    {"full_name": "Lò Thị Hoa", "phone": "0389135792", "birth_date": date(1991, 11, 23)},
)


@contextmanager
def on_machine(machine: str) -> Iterator[None]:
    """Run in-process code as if on the computer ``machine`` (its identity check reads it)."""
    old = os.environ.get(MACHINE_ENV)
    os.environ[MACHINE_ENV] = machine
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(MACHINE_ENV, None)
        else:
            os.environ[MACHINE_ENV] = old


@dataclass(frozen=True)
class Computer:
    """A data dir on a given machine; a laptop's database or the province server's."""

    dir: Path
    machine: str

    db_name = DB_NAME

    def cli(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, MACHINE_ENV: self.machine}
        return subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(self.dir), *map(str, args)],
            capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)

    @contextmanager
    def store(self) -> Iterator[Store]:
        with on_machine(self.machine):
            store = Store(self.dir / self.db_name)
            try:
                yield store
            finally:
                store.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work on this computer's database, committed at the end."""
        with self.store() as store, store.sessions.begin() as session:
            yield session

    def state(self) -> dict[str, Any]:
        with self.store() as store:
            return state_of(store)

    def copy(self, directory: Path, machine: str | None = None) -> Self:
        """The same data dir copied elsewhere (optionally onto another machine)."""
        shutil.copytree(self.dir, directory)
        return type(self)(directory, machine or self.machine)


class Laptop(Computer):
    """An office or trainer's laptop."""

    def export(self, stick: Path) -> FileReport:
        with self.store() as store:
            return device_sync.export_to(store, stick)

    def take(self, *paths: Path) -> FileReport:
        with self.store() as store:
            return device_sync.import_paths(store, list(paths))

    def enroll(self, path: Path) -> str:
        with self.store() as store:
            return device_sync.enroll_file(store, path)

    @property
    def device_id(self) -> str:
        with self.store() as store, store.sessions() as session:
            return require_device(session).id


class Province(Computer):
    """The provincial server (its own database in the same kind of data dir)."""

    db_name = SERVER_DB

    def issue(self, communes: str, name: str, out: Path, trainer: bool = False) -> Path:
        with self.store() as store:
            data = province.issue(store, communes, name, trainer)
        out.write_text(province.enrolment_text(data), encoding="utf-8")
        return out

    def take(self, *paths: Path) -> FileReport:
        with self.store() as store:
            return province.import_paths(store, list(paths))

    def export(self, commune: str, stick: Path) -> FileReport:
        with self.store() as store:
            return province.export_commune(store, commune, stick)

    def revoke(self, device_id: str) -> None:
        with self.store() as store:
            province.revoke(store, device_id)

    def devices(self) -> list[dict[str, Any]]:
        with self.store() as store:
            return province.devices(store)

    def registered(self) -> int:
        with self.store() as store, store.sessions() as session:
            return session.scalar(select(func.count()).select_from(RegisteredDevice))


def state_of(store: Store) -> dict[str, Any]:
    """What an import could change: every synced table (count and digest of all rows), the
    journal, the conflict log and the inbox. Equal states mean nothing changed."""
    out: dict[str, Any] = {}
    with store.sessions() as session:
        for model in SYNCED_MODELS:
            table = model.__table__
            rows = session.execute(select(table).order_by(table.c.id)).all()
            digest = hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()[:16]
            out[table.name] = (len(rows), digest)
        for name, model in (("journal", JournalEntry), ("conflicts", Conflict),
                            ("inbox", InboxBundle)):
            out[name] = session.scalar(select(func.count()).select_from(model))
    return out


def data_of(state: dict[str, Any]) -> dict[str, Any]:
    """Only the records and the conflict log (an import may log a bundle it found stale)."""
    return {k: v for k, v in state.items() if k not in ("journal", "inbox")}


def new_stick(root: Path, name: str = "stick") -> Path:
    path = root / name
    path.mkdir(parents=True)
    return path


def bundles_on(stick: Path, *, kind: str | None = None, sender: str | None = None,
               receiver: str | None = None) -> list[Path]:
    """The complete bundle files on a stick whose (unchecked) header matches."""
    found = []
    for path in bundle.find_bundles(stick):
        header = bundle.read_header(path.read_bytes())
        if ((kind is None or header.kind == kind) and (sender is None or header.sender == sender)
                and (receiver is None or header.receiver == receiver)):
            found.append(path)
    return found


def only(paths: list[Path]) -> Path:
    assert len(paths) == 1, paths
    return paths[0]


def assert_ok(report: FileReport) -> FileReport:
    assert not report.refused, report.refused
    return report


def assert_refused(report: FileReport, *fragments: str) -> None:
    """Exactly one file refused, with a Vietnamese sentence holding each fragment."""
    assert len(report.refused) == 1, report
    for fragment in fragments:
        assert fragment in str(report.refused[0]), str(report.refused[0])
    assert report.applied == 0


def assert_cli_refused(result: subprocess.CompletedProcess[str], *fragments: str,
                       one_line: bool = False) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    if one_line:
        assert len(lines) == 1, lines
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


def assert_cli_ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


@dataclass(frozen=True)
class World:
    """Province server, both office laptops and the trainer's laptop, after one full round."""

    root: Path

    @property
    def province(self) -> Province:
        return Province(self.root / "province", "machine-province-server")

    @property
    def office(self) -> Laptop:
        """Xã Mường Phăng's office laptop, with the demo."""
        return Laptop(self.root / "office-03325", "machine-office-muong-phang")

    @property
    def office_unsynced(self) -> Laptop:
        """The same laptop just after enrolment, before its first export."""
        return Laptop(self.root / "office-03325-unsynced", self.office.machine)

    @property
    def office2(self) -> Laptop:
        """Xã Thanh Nưa's office laptop, with a couple of officials."""
        return Laptop(self.root / "office-03328", "machine-office-thanh-nua")

    @property
    def trainer(self) -> Laptop:
        """The trainer's laptop serving both communes."""
        return Laptop(self.root / "trainer", "machine-trainer-hung")

    def copy_to(self, root: Path) -> World:
        shutil.copytree(self.root, root)
        return World(root)


def make_province(directory: Path) -> None:
    """An empty server database (the same migrated file as a laptop's, under its own name)."""
    fresh_store(directory).close()
    (directory / DB_NAME).rename(directory / SERVER_DB)


def add_thanh_nua_staff(laptop: Laptop) -> None:
    with laptop.session() as session:
        for values in THANH_NUA_STAFF:
            create(session, Staff, commune_code=THANH_NUA, **values)


def build_world(root: Path) -> World:
    """Built beside ``root``, then renamed to it: its stores were opened only where they
    were built, so the copies of the world the tests make are moved folders, not copies
    beside a live original (which app/models/instance.py makes new devices)."""
    final, root = root, root.with_name(f"{root.name}-building")
    world = World(root)
    make_province(world.province.dir)
    plan = ((world.office, MUONG_PHANG, False, "Máy văn phòng Mường Phăng"),
            (world.office2, THANH_NUA, False, "Máy văn phòng Thanh Nưa"),
            (world.trainer, f"{MUONG_PHANG},{THANH_NUA}", True, "Máy giảng viên Hùng"))
    for laptop, communes, trainer, name in plan:
        make_store(laptop.dir, tuple(communes.split(",")), trainer, name).close()
    with world.office.store() as store:
        fill_demo(store)
    add_thanh_nua_staff(world.office2)
    files = root / "enrolment-files"
    files.mkdir()
    for laptop, communes, trainer, name in plan:
        laptop.enroll(world.province.issue(communes, name, files / f"{laptop.dir.name}.json",
                                           trainer))
    shutil.copytree(world.office.dir, world.office_unsynced.dir)
    stick = new_stick(root, "stick-first-round")
    for laptop in (world.office, world.office2, world.trainer):
        assert_ok(laptop.export(stick))
    assert_ok(world.province.take(stick))
    assert_ok(world.province.export(MUONG_PHANG, stick))
    assert_ok(world.province.export(THANH_NUA, stick))
    for laptop in (world.office, world.office2, world.trainer):
        assert_ok(laptop.take(stick))
    shutil.rmtree(stick)
    root.rename(final)
    return World(final)


def public_province_keys(world: World) -> dict[str, str]:
    """The province's public keys, as printed in every genuine enrolment file."""
    path = next((world.root / "enrolment-files").glob("*.json"))
    return json.loads(path.read_text(encoding="utf-8"))["province_keys"]
