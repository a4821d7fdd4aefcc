"""Every ``server`` command on the database the province serves from, and revoking a
device by whatever the province knows it by — through the real ``commune-it`` command.

A province that runs on PostgreSQL must enrol, import, export, list and revoke on that same
database (``--db URL``, else ``COMMUNE_IT_SERVER_DB``, else the data dir's file); the round
below runs on a real PostgreSQL 15 cluster (tests/pg.py) with every step a separate process.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import RegisteredDevice, Staff
from app.models.machine import MACHINE_ENV
from app.models.store import Store
from tests.helpers import MUONG_PHANG, THANH_NUA
from tests.http_helpers import wait_until_up
from tests.pg import free_port, postgres_cluster, postgres_url  # noqa: F401

COMMUNE_IT = Path(sys.executable).with_name("commune-it")  # the installed console script
SERVER_DB_ENV = "COMMUNE_IT_SERVER_DB"
OFFICE = "Máy văn phòng Mường Phăng"
OFFICE_2 = "Máy văn phòng Thanh Nưa"


class Place:
    """A data dir on a machine of its own, driven only through ``commune-it``."""

    def __init__(self, folder: Path, machine: str, env: dict[str, str] | None = None) -> None:
        self.dir, self.machine, self.env = folder, machine, env or {}

    def command(self, *args: str | Path) -> list[str]:
        return [str(COMMUNE_IT), "--data-dir", str(self.dir), *map(str, args)]

    def environment(self) -> dict[str, str]:
        base = {k: v for k, v in os.environ.items() if k != SERVER_DB_ENV}
        return {**base, MACHINE_ENV: self.machine, **self.env}

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.command(*args), capture_output=True, text=True,
                              timeout=180, env=self.environment())

    def ok(self, *args: str | Path) -> str:
        result = self.run(*args)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        assert result.stderr == "", result.stderr
        return result.stdout

    def refused(self, *args: str | Path) -> str:  # exit 2, a reason, no traceback
        result = self.run(*args)
        assert result.returncode == 2, (args, result.returncode, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr and result.stderr.strip(), result.stderr
        return result.stderr


def laptop(root: Path, name: str, commune: str, enrolment: Path) -> Place:
    """A new office laptop, set up and enrolled with the province's file."""
    place = Place(root / name, f"machine-{name}")
    place.ok("setup", "--commune", commune, "--device-name", enrolment.stem)
    place.ok("enroll", enrolment)
    return place


def add_official(place: Place, tmp_path: Path, name: str) -> None:
    """One official, entered the way an office does it from the command line."""
    sheet = tmp_path / f"{place.dir.name}-{len(list(tmp_path.glob('*.csv')))}.csv"
    sheet.write_text(f"full_name,gender\n{name},female\n", encoding="utf-8")
    place.ok("import", "staff", sheet)


@pytest.fixture
def serving(postgres_url: str, tmp_path: Path) -> Iterator[tuple[Place, str]]:  # noqa: F811
    """The province's data dir (commands take ``--db``) and ``server serve --db`` on a free
    port of 127.0.0.1, stopped with Ctrl+C at the end."""
    province = Place(tmp_path / "province", "machine-province")
    province.ok("server", "enroll", "--db", postgres_url, "--commune", MUONG_PHANG,
                "--device-name", OFFICE, "--out", tmp_path / f"{OFFICE}.json")
    port = free_port()
    process = subprocess.Popen(
        province.command("server", "serve", "--db", postgres_url, "--host", "127.0.0.1",
                         "--port", str(port)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=province.environment())
    try:
        yield province, wait_until_up(f"http://127.0.0.1:{port}", process)
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Máy chủ tỉnh đang chạy" in out and "Traceback" not in err


def staff_named(url: str, name: str) -> int:
    with Store.for_url(url) as store, store.sessions() as session:
        return session.scalar(select(func.count()).select_from(Staff).where(
            Staff.full_name == name))


def test_the_province_round_on_postgresql(serving, postgres_url, tmp_path):  # noqa: F811
    province, base = serving
    db = ("--db", postgres_url)
    # Office laptop 1: enrolled from the file the PostgreSQL province issued, pushes.
    office = laptop(tmp_path, "office-1", MUONG_PHANG, tmp_path / f"{OFFICE}.json")
    add_official(office, tmp_path, "Lò Thị Ngọc Hường")
    pushed = office.ok("sync", "push", "--server", base, "--retry-for", "20")
    assert "xác nhận đăng ký" in pushed and "1 thay đổi" in pushed
    assert staff_named(postgres_url, "Lò Thị Ngọc Hường") == 1

    # Office laptop 2 goes by USB stick: enrol, export, and the province imports the stick.
    province.ok("server", "enroll", *db, "--commune", THANH_NUA, "--device-name", OFFICE_2,
                "--out", tmp_path / f"{OFFICE_2}.json")
    office2 = laptop(tmp_path, "office-2", THANH_NUA, tmp_path / f"{OFFICE_2}.json")
    add_official(office2, tmp_path, "Quàng Văn Minh")
    (stick := tmp_path / "stick").mkdir()
    office2.ok("sync", "export", "--to", stick)
    taken = province.ok("server", "import", *db, stick)
    assert "đã được đăng ký" in taken and "đã nhập 1 thay đổi" in taken
    assert staff_named(postgres_url, "Quàng Văn Minh") == 1
    # The answer for the stick, from the same database, through the environment variable.
    answer = Place(province.dir, province.machine, {SERVER_DB_ENV: postgres_url})
    answer.ok("server", "export", "--commune", THANH_NUA, "--to", stick)
    assert "biên nhận: 1 gói" in office2.ok("sync", "import", stick)

    listed = json.loads(province.ok("server", "devices", *db, "--json"))
    assert {(d["name"], d["state"]) for d in listed} == {(OFFICE, "active"),
                                                          (OFFICE_2, "active")}
    assert all(d["id"] in province.ok("server", "devices", *db) for d in listed)

    # The office laptop is lost: revoked by its name, it is refused from then on.
    revoked = province.ok("server", "revoke", *db, OFFICE)
    assert "Đã thu hồi thiết bị “Máy văn phòng Mường Phăng”" in revoked
    add_official(office, tmp_path, "Cầm Văn Thử")
    assert "thu hồi" in office.refused("sync", "push", "--server", base, "--retry-for", "5")
    # and so is a stick it writes
    (lost := tmp_path / "lost-stick").mkdir()
    office.ok("sync", "export", "--to", lost)
    assert "thu hồi" in province.refused("server", "import", *db, lost)
    assert staff_named(postgres_url, "Cầm Văn Thử") == 0
    states = {d["name"]: d["state"] for d in json.loads(
        province.ok("server", "devices", *db, "--json"))}
    assert states == {OFFICE: "revoked", OFFICE_2: "active"}
    # Nothing of all this went to a SQLite file in the data dir.
    assert not (province.dir / "province.sqlite3").exists()


def test_the_server_database_from_the_environment_and_db_first(tmp_path):
    elsewhere = tmp_path / "shared" / "tinh.sqlite3"
    override = tmp_path / "other" / "khac.sqlite3"
    province = Place(tmp_path / "province", "machine-province",
                     {SERVER_DB_ENV: str(elsewhere)})
    province.ok("server", "enroll", "--commune", MUONG_PHANG, "--device-name", OFFICE,
                "--out", tmp_path / "ghi-danh.json")
    assert elsewhere.exists() and not (province.dir / "province.sqlite3").exists()
    with Store(elsewhere) as store, store.sessions() as session:
        assert session.scalars(select(RegisteredDevice.name)).all() == [OFFICE]
    assert [d["name"] for d in json.loads(province.ok("server", "devices", "--json"))] == [
        OFFICE]
    # --db wins over the environment: an empty province elsewhere lists nobody.
    assert json.loads(province.ok("server", "devices", "--db", f"sqlite:///{override}",
                                  "--json")) == []
    # Without either, the data dir's own file.
    plain = Place(province.dir, province.machine)
    assert json.loads(plain.ok("server", "devices", "--json")) == []
    assert (province.dir / "province.sqlite3").exists()


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://tinh@127.0.0.1:khong-phai-cong/tinh",
    "khongco+driver://tinh@127.0.0.1/tinh",
])
def test_an_unusable_database_url_is_one_line_exit_2(tmp_path, url):
    province = Place(tmp_path / "province", "machine-province")
    for command in (("devices",), ("revoke", "x"), ("import", tmp_path),
                    ("export", "--commune", MUONG_PHANG, "--to", tmp_path)):
        message = province.refused("server", *command, "--db", url)
        assert len(message.strip().splitlines()) == 1, message
        assert "cơ sở dữ liệu" in message, message
    assert not (province.dir / "province.sqlite3").exists()


def test_an_unreachable_postgresql_is_one_line_exit_2(tmp_path):
    province = Place(tmp_path / "province", "machine-province",
                     {SERVER_DB_ENV: f"postgresql+psycopg://tinh@127.0.0.1:{free_port()}/tinh"})
    message = province.refused("server", "devices")
    assert "Không mở được cơ sở dữ liệu" in message and len(message.splitlines()) == 1


# ------------------------------------------------------------------ devices and revoke


@pytest.fixture
def province(tmp_path: Path) -> Place:
    """A province (SQLite in its data dir) with the Mường Phăng office laptop synced once."""
    place = Place(tmp_path / "province", "machine-province")
    enrolment = tmp_path / f"{OFFICE}.json"
    place.ok("server", "enroll", "--commune", MUONG_PHANG, "--device-name", OFFICE,
             "--out", enrolment)
    office = laptop(tmp_path, "office", MUONG_PHANG, enrolment)
    (stick := tmp_path / "first-stick").mkdir()
    office.ok("sync", "export", "--to", stick)
    place.ok("server", "import", stick)
    return place


def enrol(place: Place, tmp_path: Path, name: str, commune: str = MUONG_PHANG) -> str:
    """Issue an enrolment file; returns its enrolment id."""
    out = tmp_path / f"{name}-{len(list(tmp_path.glob('*.json')))}.json"
    place.ok("server", "enroll", "--commune", commune, "--device-name", name, "--out", out)
    return json.loads(out.read_text(encoding="utf-8"))["enrolment_id"]


def rows(place: Place) -> list[list[str]]:
    """The text listing, split into its columns (two or more spaces apart)."""
    lines = place.ok("server", "devices").splitlines()
    return [re.split(r"\s{2,}", line.strip()) for line in lines]


def test_a_device_not_yet_synced_is_listed_by_its_enrolment_id(province, tmp_path):
    lost = enrol(province, tmp_path, "Máy văn phòng mới")
    listed = {d["name"]: d for d in json.loads(province.ok("server", "devices", "--json"))}
    header, *lines = rows(province)
    assert header[:2] == ["MÃ", "LOẠI MÃ"]
    by_name = {line[2]: line for line in lines}
    assert by_name[OFFICE][:2] == [listed[OFFICE]["id"], "thiết bị"]
    assert by_name["Máy văn phòng mới"][:2] == [lost, "đăng ký"]
    assert "-" not in {line[0] for line in lines}
    # the id shown is one revoke takes: the laptop lost on the way home is revoked
    assert lost in province.ok("server", "revoke", by_name["Máy văn phòng mới"][0])
    assert {d["name"]: d["state"] for d in json.loads(province.ok(
        "server", "devices", "--json"))} == {OFFICE: "active", "Máy văn phòng mới": "revoked"}


def test_revoke_takes_a_device_id_an_enrolment_id_or_a_name(province, tmp_path):
    by_id = json.loads(province.ok("server", "devices", "--json"))[0]["id"]
    enrolment = enrol(province, tmp_path, "Máy giảng viên Hùng", THANH_NUA)
    enrol(province, tmp_path, "Máy phó chủ tịch")
    assert by_id in province.ok("server", "revoke", by_id)
    assert enrolment in province.ok("server", "revoke", enrolment)
    # a name, typed in another case and in decomposed Unicode (as some keyboards send it)
    typed = unicodedata.normalize("NFD", "máy PHÓ chủ tịch")
    assert "Đã thu hồi thiết bị “Máy phó chủ tịch”" in province.ok("server", "revoke", typed)
    assert "đã bị thu hồi từ trước" in province.ok("server", "revoke", by_id)
    states = {d["name"]: d["state"] for d in json.loads(province.ok("server", "devices",
                                                                    "--json"))}
    assert set(states.values()) == {"revoked"}


def test_an_ambiguous_or_unknown_device_is_refused(province, tmp_path):
    first = enrol(province, tmp_path, "Máy văn phòng 2")
    second = enrol(province, tmp_path, "Máy văn phòng 2", THANH_NUA)
    before = province.ok("server", "devices", "--json")
    message = province.refused("server", "revoke", "Máy văn phòng 2")
    assert len(message.strip().splitlines()) == 1
    assert first in message and second in message and "Có 2 thiết bị" in message
    message = province.refused("server", "revoke", "Máy không có")
    assert "Không có thiết bị nào" in message and len(message.strip().splitlines()) == 1
    assert province.ok("server", "devices", "--json") == before  # nothing revoked
    # Once one of them is revoked, the name means the other, live one.
    province.ok("server", "revoke", first)
    assert second in province.ok("server", "revoke", "Máy văn phòng 2")


def test_a_laptop_revoked_before_its_first_sync_is_refused(province, tmp_path):
    name = "Máy văn phòng bị mất"
    enrolment = tmp_path / f"{name}.json"
    province.ok("server", "enroll", "--commune", MUONG_PHANG, "--device-name", name,
                "--out", enrolment)
    lost = laptop(tmp_path, "lost", MUONG_PHANG, enrolment)
    province.ok("server", "revoke", name)
    (stick := tmp_path / "found-stick").mkdir()
    lost.ok("sync", "export", "--to", stick)
    message = province.refused("server", "import", stick)
    assert "thu hồi" in message
    assert [d["state"] for d in json.loads(province.ok("server", "devices", "--json"))
            if d["name"] == name] == ["revoked"]
