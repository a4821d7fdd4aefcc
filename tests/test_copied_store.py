"""A data folder copied on the same machine (issue 9, item 5): before, both copies signed as
one device, reused its sequence numbers, the province accepted both, and neither ever saw
the other's edits. A copy opened beside its original must become a new device that the
province enrols, like a copy on another machine; the original must not notice; a folder
that was moved (nothing left where it was) stays the device it was.

Real folders copied with ``shutil.copytree``, real ``commune-it`` processes, one machine.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.machine import MACHINE_ENV
from tests.helpers import DB_NAME

ROOT = Path(__file__).resolve().parents[1]
MACHINE = "machine-one-office-computer"  # every folder of these tests is on this machine
COMMUNE = "03325"


def cli(data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, MACHINE_ENV: MACHINE}
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir),
                           *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)


def ok(data_dir: Path, *args: str | Path) -> str:
    result = cli(data_dir, *args)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def status(data_dir: Path) -> dict:
    return json.loads(ok(data_dir, "sync", "status", "--json"))


def one_official(path: Path, name: str, phone: str) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["full_name", "gender", "birth_date", "ethnicity", "phone"])
        writer.writerow([name, "female", "1992-03-04", "Thái", phone])
    return path


def names(data_dir: Path, out: Path) -> set[str]:
    ok(data_dir, "export", "staff", out)
    with out.open(encoding="utf-8") as f:
        return {row["full_name"] for row in csv.DictReader(f)}


def enrol(province: Path, laptop: Path, name: str, files: Path) -> None:
    enrolment = files / f"{name}.json"
    ok(province, "server", "enroll", "--commune", COMMUNE, "--device-name", name,
       "--out", enrolment)
    ok(laptop, "enroll", enrolment)


def round_trip(province: Path, laptops: list[Path], sticks: Path, label: str) -> None:
    """Every laptop exports to one stick, the province takes it and answers on another,
    every laptop takes the answer."""
    up, down = sticks / f"{label}-up", sticks / f"{label}-down"
    up.mkdir()
    down.mkdir()
    for laptop in laptops:
        ok(laptop, "sync", "export", "--to", up)
    ok(province, "server", "import", up)
    ok(province, "server", "export", "--commune", COMMUNE, "--to", down)
    for laptop in laptops:
        ok(laptop, "sync", "import", down)


@pytest.fixture
def office(tmp_path) -> tuple[Path, Path]:
    """An office laptop's data folder, enrolled and synced once, and its province's."""
    province, laptop = tmp_path / "province", tmp_path / "office"
    (tmp_path / "files").mkdir()
    (tmp_path / "sticks").mkdir()
    ok(laptop, "setup", "--commune", COMMUNE, "--device-name", "Máy văn phòng")
    enrol(province, laptop, "Máy văn phòng", tmp_path / "files")
    ok(laptop, "import", "staff", one_official(tmp_path / "a.csv", "Lò Thị An", "0912000001"))
    round_trip(province, [laptop], tmp_path / "sticks", "first")
    assert status(laptop)["confirmed"]
    return province, laptop


def test_a_copy_beside_its_original_is_a_new_device_and_both_see_each_other(office,
                                                                              tmp_path):
    province, original = office
    before = status(original)
    copy = tmp_path / "office-copy"
    shutil.copytree(original, copy)

    copied = status(copy)
    assert copied["device_id"] != before["device_id"]
    assert not copied["enrolled"]
    stick = tmp_path / "sticks" / "refused"
    stick.mkdir()
    refused = cli(copy, "sync", "export", "--to", stick)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "đăng ký" in refused.stderr and "thiết bị mới" in refused.stderr
    assert "bản sao, chép ngay trên máy này hoặc từ máy khác" in refused.stderr  # both true
    assert list(stick.iterdir()) == []
    assert status(original) == before  # the original does not notice

    ok(original, "import", "staff", one_official(tmp_path / "b.csv", "Quàng Văn Bình",
                                                 "0912000002"))
    enrol(province, copy, "Máy văn phòng (bản sao)", tmp_path / "files")
    ok(copy, "import", "staff", one_official(tmp_path / "c.csv", "Cà Thị Chăm", "0912000003"))
    round_trip(province, [original, copy], tmp_path / "sticks", "second")

    devices = json.loads(ok(province, "server", "devices", "--json"))
    assert {d["id"] for d in devices if d["state"] == "active"} == {
        before["device_id"], copied["device_id"]}
    everyone = {"Lò Thị An", "Quàng Văn Bình", "Cà Thị Chăm"}
    assert names(original, tmp_path / "original.csv") == everyone
    assert names(copy, tmp_path / "copy.csv") == everyone


def test_a_copy_of_the_database_file_alone_is_a_new_device(office, tmp_path):
    _province, original = office
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copyfile(original / DB_NAME, elsewhere / DB_NAME)
    assert status(elsewhere)["device_id"] != status(original)["device_id"]


def test_a_moved_folder_stays_the_same_enrolled_device(office, tmp_path):
    province, original = office
    before = status(original)
    moved = tmp_path / "moved" / "office"
    moved.parent.mkdir()
    shutil.move(original, moved)
    after = status(moved)
    assert (after["device_id"], after["enrolled"], after["confirmed"]) == (
        before["device_id"], True, True)
    ok(moved, "import", "staff", one_official(tmp_path / "d.csv", "Lường Văn Dũng",
                                              "0912000004"))
    round_trip(province, [moved], tmp_path / "sticks", "after-move")
