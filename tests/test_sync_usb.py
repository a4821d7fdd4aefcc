"""Sync by USB stick, end to end: real laptops (data dirs on their own machines), the province
server, and sticks that are folders on disk.

The main flow and the exit codes go through the real command line; the many refusal cases
go through the Python API the command line calls (``FileReport.refused`` is what the command
prints before exiting with status 2). Every refusal must leave the receiver exactly as it was.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest
import zstandard
from sqlalchemy import func, select

from app.models import (
    SYNCED_MODELS,
    Attendance,
    Conflict,
    Course,
    CourseSession,
    Device,
    Enrollment,
    JournalEntry,
    OutboxBundle,
    Staff,
    hlc,
)
from app.models.errors import ModelError
from app.models.records import create, enroll_participant, enroll_staff, mark_attendance
from app.models.store import head_revision
from app.server.province import province_me
from app.sync import bundle
from app.sync.enrolment import EnrolmentError
from app.sync.errors import BundleWriteError
from app.sync.keys import DeviceKeys
from app.sync.peers import active_device
from app.sync.transfer import export_changes
from tests.helpers import MUONG_PHANG, THANH_NUA, make_store
from tests.usb_helpers import (
    PROVINCE_PARTITION,
    Laptop,
    Province,
    World,
    assert_cli_ok,
    assert_cli_refused,
    assert_ok,
    assert_refused,
    bundles_on,
    data_of,
    make_province,
    new_stick,
    only,
    public_province_keys,
)

OFFICE_NAME = "Máy văn phòng Mường Phăng"


def first_staff(laptop: Laptop, commune: str = MUONG_PHANG) -> str:
    with laptop.session() as session:
        return session.scalars(select(Staff.id).where(Staff.commune_code == commune)
                               .order_by(Staff.full_name)).first()


def set_fields(laptop: Laptop, model: type, record_id: str, **values) -> None:
    with laptop.session() as session:
        record = session.get(model, record_id)
        for name, value in values.items():
            setattr(record, name, value)


def fields_of(laptop: Laptop, model: type, record_id: str, *names: str) -> tuple:
    with laptop.session() as session:
        record = session.get(model, record_id)
        return tuple(getattr(record, name) for name in names)


def edit_and_export(laptop: Laptop, stick: Path, phone: str) -> Path:
    """Change one official's phone on the laptop and write the one bundle it makes."""
    set_fields(laptop, Staff, first_staff(laptop), phone=phone)
    assert_ok(laptop.export(stick))
    return only(bundles_on(stick, kind="changes", receiver="province"))


# ------------------------------------------------------------------ 1. the main flow


def test_office_laptop_round_trip_through_the_command_line(tmp_path):
    office = Laptop(tmp_path / "office", "machine-office-muong-phang")
    server = Province(tmp_path / "province", "machine-province-server")
    stick, enrolment = new_stick(tmp_path), tmp_path / "ghi-danh-muong-phang.json"
    assert_cli_ok(office.cli("setup", "--commune", MUONG_PHANG, "--device-name", OFFICE_NAME))
    assert_cli_ok(office.cli("demo"))
    assert_cli_ok(server.cli("server", "enroll", "--commune", MUONG_PHANG,
                             "--device-name", OFFICE_NAME, "--out", enrolment))
    assert_cli_ok(office.cli("enroll", enrolment))

    assert_cli_ok(office.cli("sync", "export", "--to", stick))
    sent = bundles_on(stick, kind="changes", receiver="province")
    assert sent and list(stick.glob("claim-*.citc.json"))
    out = assert_cli_ok(server.cli("server", "import", stick))
    assert "đã được đăng ký" in out and "đã nhập" in out
    listed = json.loads(assert_cli_ok(server.cli("server", "devices", "--json")))
    assert [{k: d[k] for k in ("id", "name", "communes", "role", "state")} for d in listed] == [
        {"id": office.device_id, "name": OFFICE_NAME, "communes": [MUONG_PHANG],
         "role": "office", "state": "active"}]

    # A trainer of the same commune shares the stick: the province writes a bundle for it too.
    trainer = Laptop(tmp_path / "trainer", "machine-trainer")
    make_store(trainer.dir, (MUONG_PHANG,), trainer=True, name="Máy giảng viên").close()
    trainer.enroll(server.issue(MUONG_PHANG, "Máy giảng viên", tmp_path / "gv.json", True))
    assert_ok(trainer.export(stick))
    assert_ok(server.take(stick))
    assert_cli_ok(server.cli("server", "export", "--commune", MUONG_PHANG, "--to", stick))
    assert bundles_on(stick, kind="changes", receiver=trainer.device_id)
    only(bundles_on(stick, kind="receipt", receiver=office.device_id))

    before = data_of(office.state())
    out = assert_cli_ok(office.cli("sync", "import", stick))
    assert "biên nhận" in out
    for other in bundles_on(stick, receiver="province") + bundles_on(
            stick, receiver=trainer.device_id):
        assert f"{other.name}: dành cho thiết bị khác" in out
    assert data_of(office.state()) == before  # a receipt changes no record
    with office.session() as session:
        assert session.scalar(select(func.count()).select_from(OutboxBundle).where(
            OutboxBundle.acked_at.is_(None))) == 0

    again = new_stick(tmp_path, "stick-2")
    out = assert_cli_ok(office.cli("sync", "export", "--to", again))
    assert "Không có gì cần gửi" in out
    assert list(again.iterdir()) == []


# ------------------------------------------------------------------ 2. enrolment refusals


def test_enroll_refuses_files_that_do_not_fit_the_laptop(world, tmp_path):
    laptop = Laptop(tmp_path / "new-office", "machine-new-office")
    make_store(laptop.dir, (MUONG_PHANG,), name="Máy văn phòng mới").close()
    server = world.province
    other_commune = server.issue(THANH_NUA, "Máy Thanh Nưa", tmp_path / "other.json")
    for_trainer = server.issue(MUONG_PHANG, "Máy giảng viên", tmp_path / "gv.json", True)
    good = server.issue(MUONG_PHANG, "Máy văn phòng mới", tmp_path / "good.json")

    assert_cli_refused(laptop.cli("enroll", other_commune), THANH_NUA, one_line=True)
    assert_cli_refused(laptop.cli("enroll", for_trainer), "máy giảng viên", one_line=True)
    assert_cli_ok(laptop.cli("enroll", good))
    assert_cli_refused(laptop.cli("enroll", good), "đã được dùng", one_line=True)
    with laptop.session() as session:
        assert session.scalars(select(Device)).one().enrolment_id == json.loads(
            good.read_text(encoding="utf-8"))["enrolment_id"]


def test_enroll_refuses_an_office_file_on_a_trainers_laptop(world, tmp_path):
    laptop = Laptop(tmp_path / "gv", "machine-gv")
    make_store(laptop.dir, (MUONG_PHANG,), trainer=True, name="GV").close()
    office_file = world.province.issue(MUONG_PHANG, "GV", tmp_path / "office.json")
    with pytest.raises(EnrolmentError, match="máy văn phòng"):
        laptop.enroll(office_file)


def _foreign_bundle(path: Path) -> None:
    keys = DeviceKeys.generate()
    path.write_bytes(bundle.encode([{"t": "staff"}], kind="changes", schema=head_revision(),
                                   sender="x1", receiver="province", communes=[MUONG_PHANG],
                                   first_seq=1, last_seq=1, signer=keys, recipient=keys.public()))


def test_enroll_refuses_a_bundle_picked_by_mistake(tmp_path):
    laptop = Laptop(tmp_path / "office", "machine-office")
    make_store(laptop.dir, (MUONG_PHANG,), name=OFFICE_NAME).close()
    wrong = tmp_path / "citb-changes-x1-00000001-00000001-0d9c8b7a.citb"
    _foreign_bundle(wrong)
    assert_cli_refused(laptop.cli("enroll", wrong), "đăng ký", one_line=True)


@pytest.mark.parametrize(("text", "fragment"), [
    ("Họ và tên,Ngày sinh\nLò Văn A,1/2/1990\n", "không phải JSON"),
    ('{"kind": "commune-it-claim", "format": 1}', "không phải là tệp đăng ký"),
    ('{"kind": "commune-it-enrolment", "format": 1}', "thiếu mục"),
], ids=["csv", "claim", "incomplete"])
def test_enroll_refuses_text_that_is_not_an_enrolment(tmp_path, text, fragment):
    laptop = Laptop(tmp_path / "office", "machine-office")
    make_store(laptop.dir, (MUONG_PHANG,), name=OFFICE_NAME).close()
    wrong = tmp_path / "wrong.json"
    wrong.write_text(text, encoding="utf-8")
    with pytest.raises(EnrolmentError, match=fragment):
        laptop.enroll(wrong)
    with laptop.session() as session:
        assert session.scalars(select(Device)).one().enrolment_id is None


def test_the_same_enrolment_file_on_a_second_laptop_is_refused_by_the_province(world, tmp_path):
    """The file is one-time: a second laptop can keep it, but the province refuses its claim
    and its bundles, and the first laptop stays the enrolled one."""
    path = world.province.issue(MUONG_PHANG, "Máy văn phòng mới", tmp_path / "new.json")
    first, second = (Laptop(tmp_path / name, f"machine-{name}") for name in ("first", "second"))
    for laptop in (first, second):
        make_store(laptop.dir, (MUONG_PHANG,), name="Máy văn phòng mới").close()
        laptop.enroll(path)
    stick_1, stick_2 = new_stick(tmp_path, "s1"), new_stick(tmp_path, "s2")
    assert_ok(first.export(stick_1))
    assert_ok(world.province.take(stick_1))
    with second.session() as session:
        create(session, Staff, full_name="Cầm Văn Thử", commune_code=MUONG_PHANG)
    assert_ok(second.export(stick_2))
    before = world.province.state()
    report = world.province.take(stick_2)
    assert len(report.refused) == 2, report  # the claim and the bundle
    assert any("đã được một thiết bị khác dùng" in str(line) for line in report.refused)
    assert world.province.state() == before
    ids = [d["id"] for d in world.province.devices() if d["name"] == "Máy văn phòng mới"]
    assert ids == [first.device_id]


# ------------------------------------------------------------------ 3. a trainer of two communes


def _record_province_course(trainer: Laptop) -> dict[str, list[str]]:
    """A course of the province with two officials of each commune and an outsider."""
    enrolled: dict[str, list[str]] = {}
    with trainer.session() as session:
        course = create(session, Course, title="Tập huấn kỹ năng số cho cán bộ xã",
                        commune_code=None, partition=PROVINCE_PARTITION,
                        organiser="Sở Nội vụ tỉnh Điện Biên", trainer="Nguyễn Văn Hùng",
                        start_date=date(2025, 9, 8), end_date=date(2025, 9, 9), hours=8)
        days = [create(session, CourseSession, course_id=course.id, hours=4,
                       session_date=date(2025, 9, 8 + i), partition=course.partition)
                for i in range(2)]
        session.flush()
        for commune in (MUONG_PHANG, THANH_NUA):
            people = session.scalars(select(Staff).where(Staff.commune_code == commune)
                                     .order_by(Staff.full_name).limit(2)).all()
            for person in people:
                enrolment = enroll_staff(session, course, person)
                for day, status in zip(days, ("present", "late"), strict=True):
                    mark_attendance(session, day, enrolment, status)
                enrolled.setdefault(commune, []).append(person.id)
        guest = enroll_participant(session, course, "Trần Thị Khách", "Sở Nội vụ")
        mark_attendance(session, days[0], guest, "present")
        enrolled["course"] = [course.id]
    return enrolled


def test_trainer_course_gives_each_commune_its_own_officials_only(world, tmp_path):
    with world.trainer.session() as session:
        by_commune = dict(session.execute(select(Staff.commune_code, func.count())
                                          .group_by(Staff.commune_code)).all())
    assert by_commune[MUONG_PHANG] > 20 and by_commune[THANH_NUA] == 2
    enrolled = _record_province_course(world.trainer)
    course_id = enrolled["course"][0]

    stick = new_stick(tmp_path)
    assert_ok(world.trainer.export(stick))
    assert world.province.take(stick).applied == 1 + 2 + 5 + 9
    assert_ok(world.province.export(MUONG_PHANG, stick))
    assert_ok(world.province.export(THANH_NUA, stick))
    for laptop, own, other in ((world.office, MUONG_PHANG, THANH_NUA),
                               (world.office2, THANH_NUA, MUONG_PHANG)):
        assert_ok(laptop.take(stick))
        with laptop.session() as session:
            course = session.get(Course, course_id)
            assert course is not None and course.partition == PROVINCE_PARTITION
            staff_ids = set(session.scalars(select(Enrollment.staff_id).where(
                Enrollment.course_id == course_id, Enrollment.staff_id.is_not(None))))
            assert staff_ids == set(enrolled[own])
            attendance = session.scalar(select(func.count()).select_from(Attendance)
                                        .join(Enrollment).where(Enrollment.course_id == course_id))
            assert attendance == 2 * 2 + 1  # own two officials on both days, and the guest
            foreign_partition = f"commune:{other}"
            for model in SYNCED_MODELS:
                assert session.scalar(select(func.count()).select_from(model).where(
                    model.partition == foreign_partition)) == 0, model.__tablename__
            assert session.scalar(select(func.count()).select_from(Staff).where(
                Staff.commune_code == other)) == 0
            for staff_id in enrolled[other]:
                assert session.get(Staff, staff_id) is None


def test_an_official_of_another_commune_in_a_commune_course_does_not_break_sync(
        world, tmp_path):
    """A Thanh Nưa official invited to a Mường Phăng course: the trainer's laptop must either
    refuse the enrolment when it is made, or every laptop must go on syncing afterwards."""
    course_id = _a_course(world)
    try:
        with world.trainer.session() as session:
            guest = session.scalars(select(Staff).where(Staff.commune_code == THANH_NUA)).first()
            enroll_staff(session, session.get(Course, course_id), guest)
    except ModelError:
        return  # refused up front, with a sentence for the user: fine
    stick = new_stick(tmp_path)
    assert_ok(world.trainer.export(stick))
    assert_ok(world.province.take(stick))
    assert_ok(world.province.export(THANH_NUA, stick))
    assert_cli_ok(world.office2.cli("sync", "import", stick))


# ------------------------------------------------------------------ 4. two laptops, one record


def test_office_and_trainer_edits_of_different_fields_both_survive(world, tmp_path):
    office, trainer, server = world.office, world.trainer, world.province
    with office.session() as session:
        course = session.scalars(select(Course).where(Course.commune_code == MUONG_PHANG)
                                 .order_by(Course.start_date)).first()
        course_id = course.id
        enrolment = session.scalars(select(Enrollment).where(
            Enrollment.course_id == course_id, Enrollment.staff_id.is_not(None))
            .order_by(Enrollment.id)).first()
        enrolment_id, result = enrolment.id, enrolment.result
    new_result = "failed" if result == "passed" else "passed"
    set_fields(office, Course, course_id, place="Nhà văn hóa bản Che Căn")
    set_fields(office, Enrollment, enrolment_id, certificate_no="MP-2025-017")
    set_fields(trainer, Course, course_id, trainer="Nguyễn Văn Hùng")
    set_fields(trainer, Enrollment, enrolment_id, result=new_result)

    stick = new_stick(tmp_path)
    assert_ok(office.export(stick))
    assert_ok(trainer.export(stick))
    assert_ok(server.take(stick))
    assert_ok(server.export(MUONG_PHANG, stick))
    assert_ok(office.take(stick))
    assert_ok(trainer.take(stick))

    for copy in (office, trainer, server):
        assert fields_of(copy, Course, course_id, "place", "trainer") == (
            "Nhà văn hóa bản Che Căn", "Nguyễn Văn Hùng"), copy.dir.name
        assert fields_of(copy, Enrollment, enrolment_id, "certificate_no", "result") == (
            "MP-2025-017", new_result), copy.dir.name
        with copy.session() as session:
            assert session.scalar(select(func.count()).select_from(Conflict)) == 0


# ------------------------------------------------------------------ 5. refusals


def _flip(data: bytes, offset: int) -> bytes:
    out = bytearray(data)
    out[offset] ^= 0x01
    return bytes(out)


def _value_at(data: bytes, member: bytes) -> int:
    """Offset of the first character of a header member's value."""
    return data.index(member) + len(member)


def _body_span(data: bytes) -> tuple[int, int]:
    header_size = int.from_bytes(data[8:12], "big")
    return 12 + header_size + 4, len(data) - 64


def _flip_body_keep_checksum(data: bytes) -> bytes:
    """A forger changes the body and rewrites the checksum to match: only the signature
    can tell."""
    header = bundle.read_header(data)
    start, body_end = _body_span(data)
    tampered = _flip(data, (start + body_end) // 2)
    digest = hashlib.sha256(tampered[start:body_end]).hexdigest()
    return tampered.replace(header.body_sha256.encode(), digest.encode())


def _impersonate(data: bytes, world: World) -> bytes:
    """The header claims another enrolled device sent it (same id length, same layout)."""
    header = bundle.read_header(data)
    return data.replace(header.sender.encode(), world.office2.device_id.encode())


TAMPERING = [
    ("header-brace", lambda d, w: _flip(d, 12), "phần đầu"),
    ("header-created-at", lambda d, w: _flip(d, _value_at(d, b'"created_at":"') + 3), "Chữ ký"),
    ("header-checksum", lambda d, w: d.replace(bundle.read_header(d).body_sha256.encode(),
                                                hashlib.sha256(b"other").hexdigest().encode()),
     "mã kiểm tra"),
    ("header-sender", _impersonate, "Chữ ký"),
    ("body", lambda d, w: _flip(d, sum(_body_span(d)) // 2), "mã kiểm tra"),
    ("body-and-checksum", lambda d, w: _flip_body_keep_checksum(d), "Chữ ký"),
    ("signature", lambda d, w: _flip(d, len(d) - 5), "Chữ ký"),
    ("truncated-in-header", lambda d, w: d[:40], "cắt cụt"),
    ("truncated-half", lambda d, w: d[:len(d) // 2], "cắt cụt"),
    ("truncated-last-byte", lambda d, w: d[:-1], "cắt cụt"),
    ("trailing-data", lambda d, w: d + b"\x00", "dữ liệu lạ"),
]


@pytest.fixture(scope="module")
def office_bundle(world_template, tmp_path_factory) -> bytes:
    """A genuine bundle of the office laptop (one changed phone), not yet at the province."""
    root = tmp_path_factory.mktemp("office-bundle")
    laptop = world_template.office.copy(root / "office")
    return edit_and_export(laptop, new_stick(root), "0912345678").read_bytes()


@pytest.mark.parametrize(("mutate", "fragment"), [(m, f) for _n, m, f in TAMPERING],
                         ids=[n for n, _m, _f in TAMPERING])
def test_damaged_or_tampered_bundle_is_refused_and_changes_nothing(
        world, office_bundle, tmp_path, mutate, fragment):
    stick = new_stick(tmp_path)
    path = stick / bundle.bundle_filename(bundle.read_header(office_bundle))
    path.write_bytes(mutate(office_bundle, world))
    before = world.province.state()
    assert_refused(world.province.take(path), fragment)
    assert world.province.state() == before
    path.write_bytes(office_bundle)  # the genuine file is still accepted
    assert world.province.take(path).applied == 1


def test_a_named_bundle_whose_receiver_was_altered_is_refused(world, office_bundle, tmp_path):
    """One byte flipped in the receiver of the header: the file named on the command line is
    not imported, so the command must not report success."""
    at = _value_at(office_bundle, b'"receiver":"')
    path = new_stick(tmp_path) / "citb-altered.citb"
    path.write_bytes(_flip(office_bundle, at))
    before = world.province.state()
    assert_cli_refused(world.province.cli("server", "import", path))
    assert world.province.state() == before


def test_tampered_bundles_exit_2_on_both_sides(world, office_bundle, tmp_path):
    stick = new_stick(tmp_path)
    path = stick / "citb-tampered.citb"
    path.write_bytes(_flip(office_bundle, _value_at(office_bundle, b'"created_at":"') + 3))
    before = world.province.state()
    assert_cli_refused(world.province.cli("server", "import", path), "Chữ ký", "từ chối")
    assert world.province.state() == before

    # and on a laptop: a province bundle whose signature was damaged on the way back
    set_fields(world.trainer, Course, _a_course(world), trainer="Nguyễn Văn Hùng")
    up = new_stick(tmp_path, "up")
    assert_ok(world.trainer.export(up))
    assert_ok(world.province.take(up))
    back = new_stick(tmp_path, "back")
    assert_ok(world.province.export(MUONG_PHANG, back))
    sent = only(bundles_on(back, kind="changes", receiver=world.office.device_id))
    sent.write_bytes(_flip(sent.read_bytes(), len(sent.read_bytes()) - 1))
    before = world.office.state()
    assert_cli_refused(world.office.cli("sync", "import", sent), "Chữ ký", "từ chối")
    assert world.office.state() == before


def _a_course(world: World) -> str:
    with world.office.session() as session:
        return session.scalars(select(Course.id).where(Course.commune_code == MUONG_PHANG)
                               .order_by(Course.id)).first()


def _forged_enrolment(world: World, path: Path) -> Path:
    """What a stranger can write: the province's public keys are in every enrolment file."""
    path.write_text(json.dumps({
        "kind": "commune-it-enrolment", "format": 1,
        "enrolment_id": "0b6f7a52-3f0e-4c59-9d51-2b1f0c3e7a11", "code": "00" * 16,
        "device_name": "Máy lạ", "role": "office", "province": "11",
        "communes": [MUONG_PHANG], "province_keys": public_province_keys(world),
        "issued_at": "2025-09-01T08:00:00",
    }), encoding="utf-8")
    return path


def _stolen_id_enrolment(world: World, path: Path) -> Path:
    """A real, still unused enrolment id with a guessed one-time code."""
    genuine = world.province.issue(MUONG_PHANG, "Máy văn phòng 2", path.with_suffix(".real"))
    data = json.loads(genuine.read_text(encoding="utf-8"))
    data["code"] = "00" * 16
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _other_province_server(world: World, path: Path) -> Path:
    other = Province(world.root / "other-server", "machine-other-server")
    make_province(other.dir)
    return other.issue(MUONG_PHANG, "Máy lạ", path)


@pytest.mark.parametrize("enrolment", [_forged_enrolment, _stolen_id_enrolment,
                                       _other_province_server],
                         ids=["forged-file", "stolen-id-guessed-code", "other-server"])
def test_bundle_of_a_laptop_the_province_never_enrolled_is_refused(world, tmp_path, enrolment):
    stranger = Laptop(tmp_path / "stranger", "machine-stranger")
    make_store(stranger.dir, (MUONG_PHANG,), name="Máy lạ").close()
    stranger.enroll(enrolment(world, tmp_path / "enrolment.json"))
    with stranger.session() as session:
        create(session, Staff, full_name="Nguyễn Văn Giả", commune_code=MUONG_PHANG)
    stick = new_stick(tmp_path)
    assert_ok(stranger.export(stick))
    before, registered = world.province.state(), world.province.registered()
    report = world.province.take(stick)
    assert len(report.refused) == 2, report  # its claim and its bundle
    assert any("chưa được đăng ký" in str(line) for line in report.refused), report.refused
    assert world.province.state() == before
    assert world.province.registered() == registered
    assert all(d["id"] != stranger.device_id for d in world.province.devices())


def test_bundle_of_a_revoked_laptop_is_refused(world, tmp_path):
    office, server = world.office, world.province
    assert_cli_ok(server.cli("server", "revoke", office.device_id))
    assert [d["state"] for d in server.devices() if d["id"] == office.device_id] == ["revoked"]
    stick = new_stick(tmp_path)
    path = edit_and_export(office, stick, "0987000111")
    before = server.state()
    assert_cli_refused(server.cli("server", "import", path), "thu hồi")
    assert server.state() == before
    back = new_stick(tmp_path, "back")
    server.export(MUONG_PHANG, back)
    assert bundles_on(back, receiver=office.device_id) == []


def test_replayed_bundle_changes_nothing(world, tmp_path):
    office, server = world.office, world.province
    stick = new_stick(tmp_path)
    path = edit_and_export(office, stick, "0987000222")
    assert server.take(path).applied == 1
    before = server.state()
    # Named or found in a folder, a file taken before is a harmless skip: a note, exit 0.
    out = assert_cli_ok(server.cli("server", "import", path))
    assert f"{path.name}: đã nhập trước đó" in out
    assert server.state() == before
    out = assert_cli_ok(server.cli("server", "import", stick))
    assert f"{path.name}: đã nhập trước đó" in out
    assert server.state() == before


def test_replayed_province_bundle_changes_nothing_on_the_laptop(world, tmp_path):
    set_fields(world.trainer, Course, _a_course(world), trainer="Nguyễn Văn Hùng")
    stick = new_stick(tmp_path)
    assert_ok(world.trainer.export(stick))
    assert_ok(world.province.take(stick))
    assert_ok(world.province.export(MUONG_PHANG, stick))
    sent = only(bundles_on(stick, kind="changes", receiver=world.office.device_id))
    assert world.office.take(sent).applied == 1
    before = world.office.state()
    again = assert_ok(world.office.take(sent))
    assert again.applied == 0 and again.notes == []
    assert [str(line) for line in again.skipped] == [
        f"{sent.name}: đã nhập trước đó, bỏ qua; không có gì thay đổi."]
    assert world.office.state() == before
    assert f"{sent.name}: đã nhập trước đó" in " ".join(
        map(str, assert_ok(world.office.take(stick)).skipped))
    assert data_of(world.office.state()) == data_of(before)  # the folder also held a receipt


def test_office_bundle_writing_another_commune_is_refused_whole(world, tmp_path, monkeypatch):
    office, server = world.office, world.province
    staff_id = first_staff(office)
    with office.session() as session:
        old_phone = session.get(Staff, staff_id).phone
    monkeypatch.setattr("app.models.journal.check_write", lambda *_a, **_k: None)
    with office.session() as session:
        session.get(Staff, staff_id).phone = "0912999888"  # a change it may make
        create(session, Staff, full_name="Lường Văn Lấn", commune_code=THANH_NUA)
    monkeypatch.undo()
    stick = new_stick(tmp_path)
    assert_ok(office.export(stick))
    before = server.state()
    assert_refused(server.take(only(bundles_on(stick, kind="changes"))), f"commune:{THANH_NUA}",
                   "Cả gói bị từ chối")
    assert server.state() == before
    assert fields_of(server, Staff, staff_id, "phone") == (old_phone,)


def test_trainer_bundle_with_a_staff_change_is_refused_whole(world, tmp_path, monkeypatch):
    trainer, server = world.trainer, world.province
    staff_id, course_id = first_staff(trainer), _a_course(world)
    monkeypatch.setattr("app.models.journal.check_write", lambda *_a, **_k: None)
    with trainer.session() as session:
        session.get(Course, course_id).place = "Hội trường UBND xã"  # a change it may make
        session.get(Staff, staff_id).phone = "0912777666"
    monkeypatch.undo()
    stick = new_stick(tmp_path)
    assert_ok(trainer.export(stick))
    before = server.state()
    assert_refused(server.take(only(bundles_on(stick, kind="changes"))), "dữ liệu đào tạo",
                   "Cả gói bị từ chối")
    assert server.state() == before


def test_laptop_refuses_a_province_bundle_outside_its_read_scope(world, tmp_path):
    """Even the province cannot hand a Mường Phăng laptop Thanh Nưa's officials."""
    office = world.office
    with world.province.store() as store, store.sessions() as session:
        peer = active_device(session, office.device_id)
        wide = dataclasses.replace(peer, communes=(MUONG_PHANG, THANH_NUA))
        data = export_changes(session, province_me(session), wide, via="usb")
        session.rollback()
    path = new_stick(tmp_path) / "citb-wide.citb"
    path.write_bytes(only(data))
    before = office.state()
    assert_refused(office.take(path), f"commune:{THANH_NUA}", "bị từ chối")
    assert office.state() == before


# ------------------------------------------------------------------ 6. a lost stick


def _personal_strings(laptop: Laptop) -> set[bytes]:
    texts: set[str] = set()
    with laptop.session() as session:
        for person in session.scalars(select(Staff)):
            texts.update(t for t in (person.full_name, person.phone, person.email) if t)
            if person.birth_date:
                texts.add(person.birth_date.isoformat())
                texts.add(person.birth_date.strftime("%d/%m/%Y"))
        texts.update(session.scalars(select(Enrollment.participant_name).where(
            Enrollment.participant_name.is_not(None))))
    out: set[bytes] = set()
    for text in texts:
        for form in (text, unicodedata.normalize("NFD", text)):
            out.add(form.encode("utf-8"))
            out.add(json.dumps(form)[1:-1].encode("ascii"))
    return out


def _decompressed_slices(data: bytes) -> list[bytes]:
    """Whatever zstd makes of the file from any offset on (a frame can start anywhere)."""
    out = []
    view = memoryview(data)
    for offset in range(len(data)):
        try:
            out.append(zstandard.ZstdDecompressor().decompressobj().decompress(view[offset:]))
        except zstandard.ZstdError:
            continue
    return out


def test_a_lost_stick_shows_no_personal_data(world, tmp_path):
    office = world.office_unsynced
    stick = new_stick(tmp_path)
    assert_cli_ok(office.cli("sync", "export", "--to", stick))
    secrets = _personal_strings(office)
    assert len(secrets) > 100
    files = [p for p in stick.rglob("*") if p.is_file()]
    sent = bundles_on(stick, kind="changes")
    assert sent and len(files) == len(sent) + 1  # the bundles and the claim
    for path in files:
        data = path.read_bytes()
        for piece in [data, *_decompressed_slices(data)]:
            leaked = [s for s in secrets if s in piece]
            assert not leaked, (path.name, leaked[:5])

    # the bundles do carry those people: only the province can read them
    with world.province.store() as store, store.sessions() as session:
        keys = province_me(session).keys
    records = []
    for path in sent:
        _header, body = bundle.decode(path.read_bytes(), keys=keys, receiver="province",
                                      known_schemas={head_revision()},
                                      sender_key_for=lambda _s: _office_keys(office))
        records += body
    assert any(r["t"] == "staff" and r["v"].get("full_name") for r in records)


def _office_keys(laptop: Laptop):
    with laptop.session() as session:
        return DeviceKeys.from_text(session.scalars(select(Device)).one().keys).public()


# ------------------------------------------------------------------ 7. an old bundle late


def test_an_old_bundle_after_a_newer_one_changes_nothing(world, tmp_path):
    office, server = world.office, world.province
    side = world.province.copy(tmp_path / "province-elsewhere")
    staff_id = first_staff(office)
    old = edit_and_export(office, new_stick(tmp_path, "s1"), "0912000001")
    # the first bundle reached the province by another way and was acknowledged
    assert_ok(side.take(old))
    receipt_stick = new_stick(tmp_path, "receipt")
    assert_ok(side.export(MUONG_PHANG, receipt_stick))
    assert_ok(office.take(receipt_stick))
    set_fields(office, Staff, staff_id, phone="0912000002", email="moi@dienbien.gov.vn")
    stick = new_stick(tmp_path, "s2")
    assert_ok(office.export(stick))
    new = only(bundles_on(stick, kind="changes"))
    assert bundle.read_header(new.read_bytes()).first_seq > bundle.read_header(
        old.read_bytes()).last_seq

    assert server.take(new).applied == 1
    before = data_of(server.state())
    assert_ok(server.take(old))
    assert data_of(server.state()) == before
    assert fields_of(server, Staff, staff_id, "phone", "email") == (
        "0912000002", "moi@dienbien.gov.vn")


# ------------------------------------------------------------------ 8. a copied database


def test_a_copied_database_must_be_enrolled_as_a_new_device(world, tmp_path):
    office, server = world.office, world.province
    copy = office.copy(tmp_path / "new-laptop", machine="machine-new-laptop")
    stick = new_stick(tmp_path)
    assert_cli_refused(copy.cli("sync", "export", "--to", stick), "đăng ký", "thiết bị mới",
                       one_line=True)
    assert list(stick.iterdir()) == []

    set_fields(office, Staff, first_staff(office), phone="0912000333")
    assert_cli_ok(office.cli("sync", "export", "--to", stick))
    assert server.take(stick).applied == 1

    copy.enroll(server.issue(MUONG_PHANG, "Máy văn phòng mới", tmp_path / "new.json"))
    assert copy.device_id != office.device_id
    set_fields(copy, Staff, first_staff(copy), email="vanphong@dienbien.gov.vn")
    again = new_stick(tmp_path, "again")
    assert_ok(copy.export(again))
    assert server.take(again).applied == 1
    active = {d["id"] for d in server.devices() if d["state"] == "active"}
    assert {office.device_id, copy.device_id} <= active


def test_edits_on_a_copied_database_are_not_signed_as_the_original_device(world, tmp_path):
    """A copy edited before its first sync and the original edited later: the two edits
    are concurrent, so the province must log a conflict, not silently keep one."""
    office, server = world.office, world.province
    copy = office.copy(tmp_path / "new-laptop", machine="machine-new-laptop")
    staff_id = first_staff(office)
    set_fields(copy, Staff, staff_id, phone="0900000002")
    set_fields(office, Staff, staff_id, phone="0900000001")
    copy.enroll(server.issue(MUONG_PHANG, "Máy văn phòng mới", tmp_path / "new.json"))
    stick = new_stick(tmp_path)
    assert_ok(office.export(stick))
    assert_ok(copy.export(stick))
    assert_ok(server.take(stick))
    with server.session() as session:
        logged = session.scalars(select(Conflict.field).where(Conflict.row_id == staff_id)).all()
    assert logged == ["phone"], "the concurrent edit was overwritten without a conflict"
    with copy.session() as session:
        authors = set(session.scalars(select(JournalEntry.device_id).where(
            JournalEntry.row_id == staff_id, JournalEntry.origin.is_(None),
            JournalEntry.changes.contains("0900000002"))))
    assert authors == {copy.device_id}


def test_a_copied_database_and_its_original_end_equal(world, tmp_path):
    """The copy is edited after the original (before its first sync): after a full round
    the original laptop, the copy and the server must hold the same value."""
    office, server = world.office, world.province
    copy = office.copy(tmp_path / "new-laptop", machine="machine-new-laptop")
    staff_id = first_staff(office)
    set_fields(office, Staff, staff_id, phone="0900000001")
    set_fields(copy, Staff, staff_id, phone="0900000002")
    copy.enroll(server.issue(MUONG_PHANG, "Máy văn phòng mới", tmp_path / "new.json"))
    stick = new_stick(tmp_path)
    assert_ok(office.export(stick))
    assert_ok(copy.export(stick))
    assert_ok(server.take(stick))
    assert_ok(server.export(MUONG_PHANG, stick))
    assert_ok(office.take(stick))
    assert_ok(copy.take(stick))
    phones = {c.dir.name: fields_of(c, Staff, staff_id, "phone") for c in (office, copy, server)}
    assert len(set(phones.values())) == 1, phones


# ------------------------------------------------------------------ clock drift


def test_a_laptop_whose_clock_ran_ahead_is_refused_then_recovers(world, tmp_path, monkeypatch):
    """Refused with a plain reason; once the clock is set right (as the message asks) the
    laptop's new changes must get through again."""
    office, server = world.office, world.province
    staff_id = first_staff(office)
    years_ahead = hlc.now_ms() + 3 * 365 * 86_400_000
    monkeypatch.setattr(hlc, "now_ms", lambda: years_ahead)
    set_fields(office, Staff, staff_id, phone="0900000009")
    stick = new_stick(tmp_path)
    assert_ok(office.export(stick))  # exported while the laptop's clock is still wrong
    monkeypatch.undo()  # then the officer sets the clock right
    before = server.state()
    assert_refused(server.take(only(bundles_on(stick, kind="changes"))), "Đồng hồ", "chạy nhanh",
                   "chỉnh ngày giờ")
    assert server.state() == before

    set_fields(office, Staff, staff_id, email="vanphong@dienbien.gov.vn")
    again = new_stick(tmp_path, "again")
    assert_ok(office.export(again))
    assert_ok(server.take(again))
    assert fields_of(server, Staff, staff_id, "email") == ("vanphong@dienbien.gov.vn",)
    assert fields_of(server, Staff, staff_id, "phone") == ("0900000009",)  # restamped, kept


# ------------------------------------------------------------------ 9. half-written bundles


@pytest.mark.parametrize("written", [0.5, 1.0], ids=["cut-halfway", "whole-not-renamed"])
def test_a_half_written_bundle_is_never_imported(world, office_bundle, tmp_path, written):
    """The writer's temporary ``.<name>.part``, left by a power cut before the rename."""
    stick = new_stick(tmp_path)
    name = bundle.bundle_filename(bundle.read_header(office_bundle))
    (stick / f".{name}.part").write_bytes(office_bundle[:int(len(office_bundle) * written)])
    before = world.province.state()
    for take in (world.province.take, world.office.take):
        report = assert_ok(take(stick))
        assert report.applied == 0 and report.notes == report.skipped == []
    assert world.province.state() == before


def test_an_interrupted_export_leaves_no_bundle_and_is_redone(world, tmp_path, monkeypatch):
    office, server = world.office, world.province
    set_fields(office, Staff, first_staff(office), phone="0912000444")
    stick = new_stick(tmp_path)

    def pulled_out(*_args):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(bundle.os, "replace", pulled_out)  # the stick is pulled out
    with pytest.raises(BundleWriteError, match="Không ghi được"):
        office.export(stick)
    monkeypatch.undo()
    assert list(stick.iterdir()) == []
    assert_ok(office.export(stick))
    assert server.take(stick).applied == 1

