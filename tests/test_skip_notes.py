"""Harmless skips are notes, not failures, through the real ``commune-it`` command.

A USB stick carries every device's files and old files stay on it, so an officer who
names every file on the stick (``sync import E:/*.citb``) or names one taken before must
get the same answer as for the folder: a note on stdout per skipped file and exit 0. Only
a refused file (damaged, forged, revoked, out of scope) makes exit 2; and a file can only
be passed over as another device's once its sender's signature proves it is one, so a
header altered on the way is refused, named or in a folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Course, Staff
from app.models.machine import MACHINE_ENV
from app.sync import bundle
from tests.helpers import MUONG_PHANG, THANH_NUA
from tests.usb_helpers import (
    Computer,
    World,
    assert_ok,
    bundles_on,
    new_stick,
)

COMMUNE_IT = Path(sys.executable).with_name("commune-it")  # the installed console script


def run(computer: Computer, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """``commune-it --data-dir DIR …`` as a separate process on ``computer``'s machine."""
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(computer.dir), *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, MACHINE_ENV: computer.machine})


def exit_ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    assert result.stderr == ""
    return result.stdout


def exit_refused(result: subprocess.CompletedProcess[str], *fragments: str) -> list[str]:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr
    return result.stderr.strip().splitlines()


def skip_lines(stdout: str) -> list[str]:
    return sorted(line for line in stdout.splitlines() if "bỏ qua" in line)


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def receiver_at(data: bytes) -> int:
    """A byte of the header's receiver whose flip keeps the header well-formed (a digit or
    one of b–e stays a valid id character), so only the signature can tell."""
    start = data.index(b'"receiver":"') + len(b'"receiver":"')
    return next(i for i in range(start, data.index(b'"', start))
                if chr(data[i]) in "0123456789bcdep")


@pytest.fixture
def full_stick(world: World, tmp_path: Path) -> Path:
    """A stick as a commune office has it after a round: every laptop's bundles to the
    province (already taken by it), and the province's answers for every device."""
    with world.office.session() as session:
        session.scalars(select(Staff).where(Staff.commune_code == MUONG_PHANG)
                        .order_by(Staff.id)).first().phone = "0912000111"
    with world.office2.session() as session:
        session.scalars(select(Staff).order_by(Staff.id)).first().phone = "0912000222"
    with world.trainer.session() as session:  # reaches the office laptop from the province
        session.scalars(select(Course).where(Course.commune_code == MUONG_PHANG)
                        .order_by(Course.id)).first().place = "Hội trường UBND xã"
    stick = new_stick(tmp_path)
    for laptop in (world.office, world.office2, world.trainer):
        assert_ok(laptop.export(stick))
    assert assert_ok(world.province.take(stick)).applied == 3
    assert_ok(world.province.export(MUONG_PHANG, stick))
    assert_ok(world.province.export(THANH_NUA, stick))
    return stick


def changes(stick: Path, **who: str) -> Path:
    """A changes bundle from and to whom asked (the trainer's answer is written twice: by
    the export for each of its communes)."""
    found = bundles_on(stick, kind="changes", **who)
    assert found, who
    return found[0]


def test_named_files_for_other_devices_are_skipped_like_the_folder(world, full_stick):
    office = world.office
    everything = bundle.find_bundles(full_stick)
    others = [p for p in everything
              if bundle.read_header(p.read_bytes()).receiver != office.device_id]
    assert len(others) >= 7  # three laptops' changes and receipts, the province's answers

    named = exit_ok(run(office, "sync", "import", *others))
    assert skip_lines(named) == sorted(f"{p.name}: dành cho thiết bị khác "
                                       f"({bundle.read_header(p.read_bytes()).receiver}), "
                                       "bỏ qua." for p in others)
    first = exit_ok(run(office, "sync", "import", *everything))
    assert "biên nhận" in first and "đã nhập 1 thay đổi" in first
    # Taken again, named or as the folder: every file is now a skip, and still exit 0.
    by_name = exit_ok(run(office, "sync", "import", *everything))
    by_folder = exit_ok(run(office, "sync", "import", full_stick))
    assert skip_lines(by_name) == skip_lines(by_folder)
    assert len(skip_lines(by_folder)) == len(everything)
    mine = changes(full_stick, receiver=office.device_id)
    assert f"{mine.name}: đã nhập trước đó, bỏ qua; không có gì thay đổi." in by_name


def test_the_province_skips_its_own_answers_and_bundles_it_took(world, full_stick):
    province = world.province
    answers = bundles_on(full_stick, sender="province")
    sent = bundles_on(full_stick, receiver="province")
    assert len(answers) >= 4 and len(sent) >= 3
    out = exit_ok(run(province, "server", "import", *answers, *sent))
    assert len(skip_lines(out)) == len(answers) + len(sent)
    assert all(f"{p.name}: đã nhập trước đó" in out for p in sent)
    assert skip_lines(exit_ok(run(province, "server", "import", full_stick))) == skip_lines(out)


def test_a_refused_file_among_skipped_ones_makes_exit_2(world, full_stick, tmp_path):
    office = world.office
    damaged = tmp_path / "hong.citb"
    damaged.write_bytes(b"CITBNDL\x00 not a bundle")
    others = bundles_on(full_stick, receiver="province")
    result = run(office, "sync", "import", *others, damaged)
    lines = exit_refused(result, "hong.citb: ", "1 tệp bị từ chối")
    assert len(lines) == 2  # the refused file, then the count
    assert len(skip_lines(result.stdout)) == len(others)  # the skips are still told


@pytest.mark.parametrize("named", [True, False], ids=["named", "in-a-folder"])
def test_an_altered_receiver_is_refused_not_skipped(world, full_stick, tmp_path, named):
    """Each side checks the signature of what it passes over where it knows the sender."""
    office, province = world.office, world.province
    answer = changes(full_stick, sender="province", receiver=world.trainer.device_id)
    office_sent = changes(full_stick, sender=office.device_id)
    other_sent = changes(full_stick, sender=world.office2.device_id)
    cases = [(office, answer, "Chữ ký"),  # the province's answer for the trainer
             (office, other_sent, "làm giả"),  # another laptop's, to a receiver not the province
             (province, office_sent, "Chữ ký"),
             (province, answer, "Chữ ký")]
    for n, (computer, source, fragment) in enumerate(cases):
        folder = new_stick(tmp_path, f"altered-{n}")
        path = folder / source.name
        path.write_bytes(flip(source.read_bytes(), receiver_at(source.read_bytes())))
        command = ("server", "import") if computer is province else ("sync", "import")
        before = computer.state()
        result = run(computer, *command, path if named else folder)
        assert exit_refused(result, f"{path.name}: ", fragment, "1 tệp bị từ chối")
        assert "bỏ qua" not in result.stdout
        assert computer.state() == before


def test_a_province_answer_for_another_device_with_a_broken_signature_is_refused(
        world, full_stick, tmp_path):
    answer = changes(full_stick, sender="province", receiver=world.trainer.device_id)
    path = new_stick(tmp_path, "broken") / answer.name
    data = answer.read_bytes()
    path.write_bytes(flip(data, len(data) - 3))
    exit_refused(run(world.office, "sync", "import", path), "Chữ ký", "1 tệp bị từ chối")
