"""A copied data folder's unsent edits reach the province as the copy's own (issue 9,
items 1 and 5 together).

A data folder copied beside its original, or a database opened on another machine (a
restore onto a new laptop), becomes a new device that the province enrols again. It still
holds the edits its original had made and not yet sent, written under the original's id;
and the province now refuses a whole bundle that names any author other than its signer.
Before the fix every bundle of such a copy was refused, forever, and its edits (the only
copy of them when the original laptop is gone) never reached the province. Now the copy
sends them again as its own changes; if the original is still alive and sends the same
edits under its own id, every copy converges without a conflict to review, and an edit the
original made later still wins over the copy's older one.

Real folders (``shutil.copytree``), real ``commune-it`` processes, the province's and the
laptops' databases read as files; the last two tests, on a whole demo commune, go through
the Python API the command line calls.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import SYNCED_MODELS, Conflict, JournalEntry, Staff
from app.models.machine import MACHINE_ENV
from tests.helpers import DB_NAME, MUONG_PHANG
from tests.usb_helpers import (
    Laptop,
    Province,
    World,
    assert_ok,
    new_stick,
)

COMMUNE_IT = Path(sys.executable).with_name("commune-it")  # the installed console script
COMMUNE = "03325"
OFFICE_MACHINE = "machine-office-muong-phang"
NEW_LAPTOP = "machine-new-laptop-muong-phang"
PROVINCE_DB = "province.sqlite3"


@dataclass(frozen=True)
class Folder:
    """A data folder on a given machine, driven by the console script."""

    dir: Path
    machine: str

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, MACHINE_ENV: self.machine}
        env.pop("COMMUNE_IT_SERVER_DB", None)
        return subprocess.run([str(COMMUNE_IT), "--data-dir", str(self.dir), *map(str, args)],
                              capture_output=True, text=True, env=env, timeout=120)

    def ok(self, *args: str | Path) -> str:
        result = self.run(*args)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        return result.stdout

    def status(self) -> dict:
        return json.loads(self.ok("sync", "status", "--json"))

    def staff(self, out: Path) -> dict[str, dict[str, str]]:
        """The exported register, by official's name."""
        self.ok("export", "staff", out)
        with out.open(encoding="utf-8") as f:
            return {row["full_name"]: row for row in csv.DictReader(f)}


def write_csv(path: Path, header: list[str], *rows: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def query(database: Path, sql: str, *params: str) -> list[tuple]:
    """Read a database file as it lies on disk (read-only, nothing written into it)."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        return connection.execute(sql, params).fetchall()


class Office:
    """A province, an office laptop of Xã Mường Phăng enrolled and synced once, and the
    sticks and files that pass between them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.province = Folder(root / "province", "machine-province-server")
        self.laptop = Folder(root / "office", OFFICE_MACHINE)
        self.rounds = 0
        for name in ("files", "sticks"):
            (root / name).mkdir()
        self.laptop.ok("setup", "--commune", COMMUNE, "--device-name", "Máy văn phòng")
        self.enrol(self.laptop, "Máy văn phòng")
        self.laptop.ok("import", "staff", write_csv(
            root / "files" / "first.csv", ["full_name", "gender", "birth_date", "ethnicity",
                                           "phone"],
            ["Lò Thị An", "female", "1992-03-04", "Thái", "0912000001"]))
        self.send(self.laptop)
        self.answer(self.laptop)

    def enrol(self, laptop: Folder, name: str) -> None:
        enrolment = self.root / "files" / f"{laptop.dir.name}.json"
        self.province.ok("server", "enroll", "--commune", COMMUNE, "--device-name", name,
                         "--out", enrolment)
        laptop.ok("enroll", enrolment)

    def stick(self) -> Path:
        self.rounds += 1
        path = self.root / "sticks" / f"round-{self.rounds}"
        path.mkdir()
        return path

    def send(self, laptop: Folder) -> subprocess.CompletedProcess[str]:
        """The laptop exports to a stick and the province takes it in."""
        stick = self.stick()
        laptop.ok("sync", "export", "--to", stick)
        return self.province.run("server", "import", stick)

    def answer(self, *laptops: Folder) -> None:
        """The province answers the commune on a stick that every laptop takes in."""
        stick = self.stick()
        self.province.ok("server", "export", "--commune", COMMUNE, "--to", stick)
        for laptop in laptops:
            laptop.ok("sync", "import", stick)

    def at_province(self, sql: str, *params: str) -> list[tuple]:
        return query(self.province.dir / PROVINCE_DB, sql, *params)

    def staff_at_province(self) -> dict[str, tuple[str, str]]:
        """Each official's phone and the device that made the record's last change."""
        rows = self.at_province("SELECT full_name, phone, device_id FROM staff")
        return {name: (phone, device) for name, phone, device in rows}


@pytest.fixture
def office(tmp_path) -> Office:
    return Office(tmp_path)


def edit_without_syncing(office: Office) -> str:
    """The laptop adds an official and changes another's phone, and sends neither; returns
    the changed official's id."""
    files = office.root / "files"
    an = office.laptop.staff(files / "before-edits.csv")["Lò Thị An"]["id"]
    office.laptop.ok("import", "staff", write_csv(files / "phone.csv", ["id", "phone"],
                                                  [an, "0912999999"]))
    office.laptop.ok("import", "staff", write_csv(
        files / "second.csv", ["full_name", "gender", "birth_date", "ethnicity", "phone"],
        ["Quàng Văn Bình", "male", "1988-07-01", "Mông", "0912000002"]))
    assert office.laptop.status()["pending_changes"] > 0
    return an


def copy_of(office: Office, machine: str, *, enrol: bool = True) -> Folder:
    """The laptop's folder copied (on this machine or carried to another), opened as the
    new device it becomes, and enrolled by the province."""
    original = office.laptop.status()
    copy = Folder(office.root / "office-copy", machine)
    shutil.copytree(office.laptop.dir, copy.dir)
    renewed = copy.status()
    assert renewed["device_id"] != original["device_id"] and not renewed["enrolled"]
    if enrol:
        office.enrol(copy, "Máy văn phòng (bản sao)")
    return copy


EDITED = {"Lò Thị An": "0912999999", "Quàng Văn Bình": "0912000002"}


@pytest.mark.parametrize("machine", [OFFICE_MACHINE, NEW_LAPTOP],
                         ids=["beside-its-original", "on-another-machine"])
def test_a_copy_sends_its_originals_unsent_edits_as_its_own(office, machine):
    edit_without_syncing(office)
    copy = copy_of(office, machine)
    copy_id = copy.status()["device_id"]

    taken = office.send(copy)
    assert taken.returncode == 0, (taken.stdout, taken.stderr)
    held = office.staff_at_province()
    assert {name: held[name] for name in EDITED} == {
        name: (phone, copy_id) for name, phone in EDITED.items()}
    authors = office.at_province(
        "SELECT DISTINCT device_id FROM change_journal WHERE origin = ?", copy_id)
    assert authors == [(copy_id,)]
    office.answer(copy)
    assert copy.status()["pending_changes"] == 0
    assert copy.status()["unacknowledged_bundles"] == 0

    # The original is still there and sends the same edits under its own id.
    taken = office.send(office.laptop)
    assert taken.returncode == 0, (taken.stdout, taken.stderr)
    office.answer(office.laptop, copy)
    files = office.root / "files"
    for laptop, name in ((office.laptop, "original"), (copy, "copy")):
        register = laptop.staff(files / f"{name}.csv")
        assert {n: register[n]["phone"] for n in EDITED} == EDITED
        assert laptop.status()["open_conflicts"] == 0
        assert laptop.status()["pending_changes"] == 0
    assert {name: office.staff_at_province()[name][0] for name in EDITED} == EDITED
    assert office.at_province("SELECT count(*) FROM sync_conflict") == [(0,)]


def test_a_copy_alone_restores_the_edits_of_a_lost_laptop(office):
    """The original laptop is gone (stolen, broken) with edits it never sent: its folder,
    restored onto a new laptop, brings them to the province, and its records and the
    journal it sends again stay whole."""
    an = edit_without_syncing(office)
    copy = copy_of(office, NEW_LAPTOP)
    shutil.rmtree(office.laptop.dir)

    taken = office.send(copy)
    assert taken.returncode == 0, (taken.stdout, taken.stderr)
    office.answer(copy)
    copy_id = copy.status()["device_id"]
    held = office.staff_at_province()
    assert {name: held[name] for name in EDITED} == {
        name: (phone, copy_id) for name, phone in EDITED.items()}
    laptop_db = copy.dir / DB_NAME
    assert query(laptop_db, "SELECT device_id FROM staff WHERE id = ?", an) == [(copy_id,)]
    assert query(laptop_db, "SELECT count(*) FROM change_journal WHERE origin IS NULL AND "
                 "device_id <> ? AND seq > (SELECT coalesce(max(last_seq), 0) FROM "
                 "sync_outbox WHERE acked_at IS NOT NULL)", copy_id) == [(0,)]
    assert copy.status()["pending_changes"] == 0


def test_an_edit_the_original_makes_later_still_wins(office):
    """The copy's edits are sent again as they were made, not as new ones: an edit the
    original makes after the copy was made, of the same field, wins everywhere, even when
    the copy is enrolled and syncs after it. The copy's older value is kept in each conflict
    log for review, never the original's later one."""
    an = edit_without_syncing(office)
    copy = copy_of(office, OFFICE_MACHINE, enrol=False)
    files = office.root / "files"
    office.laptop.ok("import", "staff", write_csv(files / "later.csv", ["id", "phone"],
                                                  [an, "0912777777"]))
    assert office.send(office.laptop).returncode == 0
    office.enrol(copy, "Máy văn phòng (bản sao)")
    taken = office.send(copy)
    assert taken.returncode == 0, (taken.stdout, taken.stderr)
    office.answer(office.laptop, copy)
    expected = {**EDITED, "Lò Thị An": "0912777777"}
    assert {n: office.staff_at_province()[n][0] for n in expected} == expected
    for laptop, name in ((office.laptop, "original"), (copy, "copy")):
        register = laptop.staff(files / f"{name}-later.csv")
        assert {n: register[n]["phone"] for n in expected} == expected
    logs = [office.province.dir / PROVINCE_DB, office.laptop.dir / DB_NAME, copy.dir / DB_NAME]
    for database in logs:
        assert query(database, "SELECT field, kept_value, lost_value FROM sync_conflict") == [
            ("phone", '"0912777777"', '"0912999999"')]


def test_a_newer_edit_the_copy_already_holds_is_not_overwritten(office):
    """Before the copy was made, its original had taken in another laptop's later edit of a
    field it had changed itself and not yet sent. The copy sends its older change again;
    the province keeps the other laptop's value, as the copy does: no copy ends up
    holding another value than the province."""
    files = office.root / "files"
    second = Folder(office.root / "office-2", "machine-second-office-laptop")
    second.ok("setup", "--commune", COMMUNE, "--device-name", "Máy văn phòng 2")
    office.enrol(second, "Máy văn phòng 2")
    assert office.send(second).returncode == 0  # its claim: the province knows its keys
    office.answer(second)
    an = edit_without_syncing(office)
    second.ok("import", "staff", write_csv(files / "second-laptop.csv", ["id", "phone"],
                                           [an, "0912555555"]))
    assert office.send(second).returncode == 0
    office.answer(second, office.laptop)  # the original takes it in, and sends nothing
    assert office.laptop.staff(files / "taken.csv")["Lò Thị An"]["phone"] == "0912555555"

    copy = copy_of(office, NEW_LAPTOP)
    taken = office.send(copy)
    assert taken.returncode == 0, (taken.stdout, taken.stderr)
    office.answer(copy, second)
    expected = {**EDITED, "Lò Thị An": "0912555555"}
    assert {n: office.staff_at_province()[n][0] for n in expected} == expected
    for laptop, name in ((copy, "copy"), (second, "second")):
        register = laptop.staff(files / f"{name}-after.csv")
        assert {n: register[n]["phone"] for n in expected} == expected


# ---------------------------------------------------------------- the whole commune, deletes
# Through the Python API the command line calls, on the world of usb_helpers: a demo
# commune (officials, equipment and its status history, courses, enrolments, attendance).


def conflicts(computer: Laptop | Province) -> int:
    with computer.session() as session:
        return session.scalar(select(func.count()).select_from(Conflict))


def held_values(computer: Laptop | Province) -> dict[str, set[tuple]]:
    """Every synced record's values, without who changed it when."""
    stamps = {"hlc", "device_id", "clock"}
    with computer.session() as session:
        return {model.__tablename__: {
            tuple(v for k, v in row._mapping.items() if k not in stamps)
            for row in session.execute(select(model.__table__))} for model in SYNCED_MODELS}


def enrolled_copy(world: World, laptop: Laptop, root: Path) -> Laptop:
    copy = laptop.copy(root / "restored", machine=NEW_LAPTOP)
    copy.enroll(world.province.issue(MUONG_PHANG, "Máy mới", root / "restored.json"))
    return copy


def test_a_laptop_restored_before_its_first_sync_sends_its_whole_commune(world, tmp_path):
    """The office laptop's folder as it was before its first export, restored onto a new
    laptop: every record of the demo commune is sent again as the new device's, the
    province (which has them all from the original) takes the bundle with nothing to
    review and keeps every value."""
    before = held_values(world.province)
    copy = enrolled_copy(world, world.office_unsynced, tmp_path)
    stick = new_stick(tmp_path)
    assert_ok(copy.export(stick))
    with copy.session() as session:
        own = session.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.device_id == copy.device_id))
    assert own > 300
    assert assert_ok(world.province.take(stick)).applied == own
    assert conflicts(world.province) == 0
    assert held_values(world.province) == before
    with world.province.session() as session:
        authors = set(session.scalars(select(JournalEntry.device_id).where(
            JournalEntry.origin == copy.device_id)))
    assert authors == {copy.device_id}
    answer = new_stick(tmp_path, "answer")
    assert_ok(world.province.export(MUONG_PHANG, answer))
    assert_ok(copy.take(answer))
    assert_ok(world.office.take(answer))
    assert conflicts(copy) == conflicts(world.office) == 0


def test_a_delete_the_original_never_sent_reaches_the_province_from_its_copy(world,
                                                                            tmp_path):
    office, server = world.office, world.province
    with office.session() as session:
        gone = session.scalars(select(Staff.id).where(Staff.commune_code == MUONG_PHANG)
                               .order_by(Staff.full_name)).first()
        session.get(Staff, gone).deleted = True
    copy = enrolled_copy(world, office, tmp_path)
    stick = new_stick(tmp_path)
    assert_ok(copy.export(stick))
    assert_ok(server.take(stick))
    again = new_stick(tmp_path, "original")
    assert_ok(office.export(again))  # the original sends the same delete under its own id
    assert_ok(server.take(again))
    answer = new_stick(tmp_path, "answer")
    assert_ok(server.export(MUONG_PHANG, answer))
    assert_ok(office.take(answer))
    assert_ok(copy.take(answer))
    for computer in (server, office, copy):
        with computer.session() as session:
            assert session.get(Staff, gone).deleted, computer.dir.name
        assert conflicts(computer) == 0, computer.dir.name
