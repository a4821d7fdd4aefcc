"""Signed bundles that lie, and files made to crash or exhaust the reader (issue 9, items 1–3).

Every bundle here is signed with a real enrolled device's key (or the province's), so the
attack reaches the content checks and the merge, the way a stolen laptop or a replaced app
would: a laptop of Xã Thanh Nưa writing Xã Mường Phăng's officials, values of the wrong
type or size, a zip bomb, a header of 30,000 brackets. Each must be refused whole, with
exit 2 and one plain line per file (HTTP 422), leave the receiver exactly as it was, and
never stop the good files beside it. Each attack also has a control: the same forger's
honest bundle is accepted, so a refusal is the content's doing, not the harness's.
"""

from __future__ import annotations

import hashlib
import json
import time
import tracemalloc
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from app.models import SYNCED_MODELS, Attendance, Commune, Staff
from app.models.errors import ValidationError
from app.models.machine import MACHINE_ENV
from app.models.vntext import search_key
from app.server.province import province_me
from app.server.province import receive as province_receive
from app.sync import bundle
from app.sync.errors import BundleError, DamagedBundleError
from app.sync.http import ServerRefusedError, SyncClient
from app.sync.identity import ensure_identity
from app.sync.keys import PublicKeys
from app.sync.push import push
from app.sync.schema import UNBOUNDED_TEXT, rules_of
from tests.helpers import MUONG_PHANG, THANH_NUA, make_province
from tests.hostile_helpers import (
    Forger,
    laptop_forger,
    lines_of,
    nested_header_file,
    new_id,
    province_forger,
    run_cli,
    write,
    zip_bomb,
)
from tests.http_helpers import (
    FAST_RETRY,
    ServerThread,
    add_staff,
    enrolled_laptop,
    province_server,
)
from tests.http_helpers import Laptop as HttpLaptop
from tests.pg import BACKENDS, postgres_cluster, postgres_template  # noqa: F401
from tests.usb_helpers import (
    World,
    assert_ok,
    assert_refused,
    bundles_on,
    new_stick,
    only,
    public_province_keys,
)

TN, MP = f"commune:{THANH_NUA}", f"commune:{MUONG_PHANG}"


def thanh_nua(world: World) -> Forger:
    """Xã Thanh Nưa's office laptop, signing whatever it likes for the province."""
    keys = PublicKeys.from_dict(public_province_keys(world))
    return laptop_forger(world.office2, keys, (THANH_NUA,))


def official(world: World, commune: str) -> str:
    """The id of an official of ``commune`` as the province holds it."""
    with world.province.session() as session:
        return session.scalars(select(Staff.id).where(Staff.commune_code == commune)
                               .order_by(Staff.id)).first()


def phone_at_province(world: World, staff_id: str) -> tuple[str | None, str]:
    with world.province.session() as session:
        person = session.get(Staff, staff_id)
        return person.phone, person.commune_code


def new_official(forger: Forger, commune: str, partition: str, **values) -> dict:
    name = values.pop("full_name", "Lò Văn Thử")
    fields = {"commune_code": commune, "full_name": name, "name_key": search_key(name),
              "partition": partition, "deleted": False, "uses_official_email": False,
              "professional_level": "none", "it_certificate": "none", **values}
    return forger.change("staff", new_id(), partition, fields, kind="insert")


def honest(forger: Forger, world: World) -> bytes:
    """A change Thanh Nưa's laptop may make: its own official's phone."""
    return forger.bundle([forger.change("staff", official(world, THANH_NUA), TN,
                                        {"phone": "0915000111"})])


# ------------------------------------------------------------------ 1. write scope


def test_a_laptop_cannot_rewrite_another_communes_official_by_usb(world, tmp_path):
    """The attack of the issue, through the real ``commune-it server import``: claiming its
    own partition, a Thanh Nưa laptop moves a Mường Phăng official to Thanh Nưa."""
    forger, victim = thanh_nua(world), official(world, MUONG_PHANG)
    before_phone, server = phone_at_province(world, victim), world.province
    attack = forger.bundle([forger.change("staff", victim, TN, {
        "phone": "0999999999", "commune_code": THANH_NUA})])
    path = write(tmp_path / "stick", "citb-attack.citb", attack)
    before = server.state()
    result = run_cli(server, "server", "import", path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert MP in result.stderr and "Cả gói bị từ chối" in result.stderr
    assert "Traceback" not in result.stderr
    assert server.state() == before
    assert phone_at_province(world, victim) == before_phone
    assert server.take(write(tmp_path, "honest.citb", honest(forger, world))).applied == 1


SCOPE_ATTACKS = {
    "update-claiming-its-own-partition": (
        lambda f, w: [f.change("staff", official(w, MUONG_PHANG), TN,
                               {"phone": "0999999999"})],
        {}, f"thuộc {MP} nhưng ghi là thuộc {TN}"),
    "new-official-of-another-commune-in-its-partition": (
        lambda f, w: [new_official(f, MUONG_PHANG, TN)], {}, f"mang mã xã {MUONG_PHANG}"),
    "equipment-held-by-another-communes-official": (
        lambda f, w: [f.change("equipment", new_id(), TN, {
            "commune_code": THANH_NUA, "category": "laptop", "partition": TN,
            "holder_id": official(w, MUONG_PHANG), "deleted": False}, kind="insert")],
        {}, "ngoài phạm vi"),
    "a-change-authored-by-another-device": (
        lambda f, w: [f.change("staff", official(w, THANH_NUA), TN, {"phone": "0915000222"},
                               d=w.office.device_id)],
        {}, "thiết bị khác"),
    "a-header-naming-another-commune": (
        lambda f, w: [f.change("staff", official(w, THANH_NUA), TN, {"phone": "0915000333"})],
        {"communes": (THANH_NUA, MUONG_PHANG)}, "Phần đầu gói ghi xã 03325"),
    "a-change-of-a-commune-the-header-does-not-name": (
        lambda f, w: [f.change("staff", official(w, THANH_NUA), TN, {"phone": "0915000444"})],
        {"communes": ()}, "phần đầu gói không ghi"),
}


@pytest.mark.parametrize("attack", list(SCOPE_ATTACKS), ids=list(SCOPE_ATTACKS))
def test_changes_out_of_place_refuse_the_whole_bundle(world, tmp_path, attack):
    make, header, fragment = SCOPE_ATTACKS[attack]
    forger, server = thanh_nua(world), world.province
    ops = [*make(forger, world), new_official(forger, THANH_NUA, TN)]  # one good change too
    before = server.state()
    assert_refused(server.take(write(tmp_path, "attack.citb", forger.bundle(ops, **header))),
                   fragment, "từ chối")
    assert server.state() == before
    assert server.take(write(tmp_path, "honest.citb", honest(forger, world))).applied == 1


def test_the_province_cannot_move_a_laptops_official_to_another_commune(world, tmp_path):
    """The laptop holds the province to the same rules (``commune-it sync import``)."""
    office = world.office
    forger = province_forger(world.province, office, (MUONG_PHANG,))
    victim = official(world, MUONG_PHANG)
    attack = forger.bundle([forger.change("staff", victim, MP, {"commune_code": THANH_NUA},
                                          d=world.office2.device_id)])
    before = office.state()
    result = run_cli(office, "sync", "import", write(tmp_path / "stick", "a.citb", attack))
    assert result.returncode == 2 and "mang mã xã 03328" in result.stderr, result.stderr
    assert office.state() == before
    genuine = forger.bundle([forger.change("staff", victim, MP, {"phone": "0912000777"},
                                           d=world.office2.device_id)])
    assert office.take(write(tmp_path, "genuine.citb", genuine)).applied == 1


# ------------------------------------------------------------------ 2. hostile contents

HUGE = 10_000_000


def _own_update(values: dict, **fields):
    return lambda f, w: [f.change("staff", official(w, THANH_NUA), TN, values, **fields)]


def _drop(key: str):
    def make(f, w):
        op = f.change("staff", official(w, THANH_NUA), TN, {"phone": "0915000555"})
        del op[key]
        return [op]
    return make


CONTENT_ATTACKS = {
    "missing-key": (_drop("h"), "thiếu hoặc thừa mục"),
    "record-is-a-list": (lambda f, w: [["staff", official(w, THANH_NUA)]], "không đọc được"),
    "record-is-a-number": (lambda f, w: [5], "không đọc được"),
    "table-is-a-number": (_own_update({}, t=7), "bảng không rõ"),
    "unknown-table": (_own_update({}, t="users"), "bảng không rõ"),
    "stamp-of-year-10^12": (_own_update({}, h="9" * 23 + ".00000"), "dấu thời gian"),
    "stamp-0": (_own_update({}, h="0" * 18 + ".00000"), "dấu thời gian"),
    "stamp-a-number": (_own_update({}, h=1732212345678), "dấu thời gian"),
    "unknown-column": (_own_update({"salary": 10}), "“salary” không có trong bảng staff"),
    "impossible-date": (_own_update({"birth_date": "1990-02-30"}), "birth_date"),
    "date-in-another-shape": (_own_update({"birth_date": "30/01/1990"}), "birth_date"),
    "yes-no-as-text": (_own_update({"uses_official_email": "no"}), "uses_official_email"),
    "name-that-is-a-number": (_own_update({"full_name": 12345}), "full_name"),
    "name-of-121-letters": (_own_update({"full_name": "A" * 121}), "quá giới hạn 120"),
    "name-of-10-mb": (_own_update({"full_name": "A" * HUGE}), "quá giới hạn"),
    "empty-name": (_own_update({"full_name": None}), "không được để trống"),
    "escape-codes-in-a-name": (_own_update({"full_name": "\x1b[2J\x1b[31mA"}), "điều khiển"),
    "unknown-gender": (_own_update({"gender": "robot"}), "danh mục"),
    "unknown-ethnic-group": (_own_update({"ethnicity_code": "99"}), "99"),
    "value-of-10^25-dong": (lambda f, w: [f.change("equipment", new_id(), TN, {
        "commune_code": THANH_NUA, "category": "laptop", "value_vnd": 10 ** 25},
        kind="insert")], "value_vnd"),
    "insert-without-a-name": (lambda f, w: [f.change("staff", new_id(), TN, {
        "commune_code": THANH_NUA}, kind="insert")], "thiếu trường"),
    "partition-field-of-another-commune": (_own_update({"partition": MP}), "partition"),
    "unknown-kind-of-change": (_own_update({}, o="explode"), "loại thay đổi"),
    "values-that-are-a-list": (_own_update([], ), "không phải một bản ghi"),
    "vector-with-a-bad-stamp": (_own_update({}, vv={"x": "soon"}), "véc-tơ"),
    "end-of-service-before-its-start": (
        _own_update({"service_start": "2010-05-01", "service_end": "2001-01-01"}),
        "Ngày thôi công tác"),
    "a-birth-date-to-come": (_own_update({"birth_date": "2099-01-01"}), "tương lai"),
    "a-phone-of-letters": (_own_update({"phone": "call me"}), "Số điện thoại"),
    "an-item-under-warranty-before-it-was-bought": (lambda f, w: [f.change(
        "equipment", new_id(), TN, {"commune_code": THANH_NUA, "category": "laptop",
                                    "acquired_date": "2024-03-01",
                                    "warranty_end": "2020-01-01"}, kind="insert")],
        "Ngày hết bảo hành"),
    "deeply-nested-value": (_own_update({"phone": [[[[[[[[[[["0"]]]]]]]]]]]}),
                            "không đọc được"),
}


@pytest.fixture(scope="module")
def hostile_world(world_template, tmp_path_factory) -> World:
    """One copy for every refused content (a refusal changes nothing, as each test checks)."""
    return world_template.copy_to(tmp_path_factory.mktemp("contents") / "world")


@pytest.mark.parametrize("attack", list(CONTENT_ATTACKS), ids=list(CONTENT_ATTACKS))
def test_signed_hostile_contents_are_refused_whole(hostile_world, tmp_path, attack):
    make, fragment = CONTENT_ATTACKS[attack]
    forger, server = thanh_nua(hostile_world), hostile_world.province
    good = new_official(forger, THANH_NUA, TN)
    records = [good, *make(forger, hostile_world), good]
    before = server.state()
    assert_refused(server.take(write(tmp_path, "x.citb", forger.bundle(records))), fragment)
    assert server.state() == before


def test_an_attendance_mark_under_an_id_of_its_own_is_refused(world, tmp_path):
    """A mark's id is made from its cell on every device. A second mark for a cell under
    another id broke a unique constraint inside the merge (exit 1, HTTP 500); a mark of a
    new cell under a made-up id would later make every genuine mark of it collide."""
    server = world.province
    forger = laptop_forger(world.office, PublicKeys.from_dict(
        public_province_keys(world)), (MUONG_PHANG,))
    with server.session() as session:
        mark = session.scalars(select(Attendance).where(Attendance.partition == MP)).first()
        cell = {"session_id": mark.session_id, "enrollment_id": mark.enrollment_id}
    again = forger.change("attendance", new_id(), MP, {**cell, "status": "late",
                                                       "partition": MP, "deleted": False},
                          kind="insert")
    moved = forger.change("attendance", mark.id, MP, {"enrollment_id": new_id()})
    before = server.state()
    for op in (again, moved):
        assert_refused(server.take(write(tmp_path, "x.citb", forger.bundle([op]))),
                       "không khớp buổi học")
    assert server.state() == before
    genuine = forger.change("attendance", mark.id, MP, {"status": "excused"})
    assert server.take(write(tmp_path, "ok.citb", forger.bundle([genuine]))).applied == 1


def test_hostile_bodies_are_refused(hostile_world, tmp_path):
    """Bodies no writer makes: more lines than the header says, NaN, 1e400, a 5,000-digit
    number, text that is not JSON, a receipt that is not one, a header counting millions."""
    forger, server = thanh_nua(hostile_world), hostile_world.province
    own = forger.change("staff", official(hostile_world, THANH_NUA), TN, {"phone": "0915"})
    line = lines_of([own])
    bodies = [
        (line * 3, 2, {}, "số bản ghi"),
        (line.replace(b'"0915"', b"NaN"), 1, {}, "không đọc được"),
        (line.replace(b'"0915"', b"1e400"), 1, {}, "không đọc được"),
        (line.replace(b'"0915"', b"9" * 5000), 1, {}, "không đọc được"),
        (b"\xff\xfe not json\n", 1, {}, "không đọc được"),
        (lines_of([{"bundle_id": 5}]), 1, {"kind": "receipt"}, "biên nhận"),
        (line, 10 ** 7, {}, "quá giới hạn"),
    ]
    before = server.state()
    for body, count, header, fragment in bodies:
        data = forger.seal(body, count, **header)
        assert_refused(server.take(write(tmp_path, "x.citb", data)), fragment)
    assert server.state() == before


def test_a_zip_bomb_is_refused_at_once_with_little_memory(hostile_world):
    """6 KB that decompress to 63 MB of ``{}`` lines took 1.5 GB and a minute."""
    forger = thanh_nua(hostile_world)
    data = forger.seal_compressed(zip_bomb(63), 5_000)
    assert len(data) < 16_000
    with hostile_world.province.store() as store:
        tracemalloc.start()
        started = time.monotonic()
        with pytest.raises(BundleError, match="thiếu hoặc thừa mục"):
            province_receive(store, data, "usb")
        seconds = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert seconds < 5 and peak < 32 * 1024 * 1024, (seconds, peak)


def test_every_hostile_file_exits_2_on_both_sides_and_the_good_one_goes_in(world, tmp_path):
    """Through the real command line: a folder of hostile files and one genuine bundle.
    Before, several of these ended in exit 1 and stopped the rest of the folder."""
    forger, server = thanh_nua(world), world.province
    stick = new_stick(tmp_path)
    for name in ("missing-key", "stamp-of-year-10^12", "record-is-a-list", "name-of-10-mb",
                 "yes-no-as-text", "unknown-column"):
        write(stick, f"citb-{name}.citb", forger.bundle(CONTENT_ATTACKS[name][0](forger, world)))
    write(stick, "citb-bomb.citb", forger.seal_compressed(zip_bomb(63), 5_000))
    write(stick, "citb-zz-honest.citb", honest(forger, world))
    result = run_cli(server, "server", "import", stick)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result
    assert result.stderr.count(".citb:") == 7, result.stderr
    assert "citb-zz-honest.citb: đã nhập 1 thay đổi" in result.stdout

    office = world.office
    province = province_forger(server, office, (MUONG_PHANG,))
    victim = official(world, MUONG_PHANG)
    down = new_stick(tmp_path, "down")
    for name, ops in (("missing", [{"t": "staff"}]), ("list", [[1, 2]]),
                      ("year", [province.change("staff", victim, MP, {}, h="9" * 23 + ".1")])):
        write(down, f"citb-{name}.citb", province.bundle(ops, communes=(MUONG_PHANG,)))
    write(down, "citb-bomb.citb", province.seal_compressed(zip_bomb(63), 5_000,
                                                           communes=(MUONG_PHANG,)))
    before = office.state()
    result = run_cli(office, "sync", "import", down)
    assert result.returncode == 2 and result.stderr.count(".citb:") == 4, result
    assert office.state() == before


# ------------------------------------------------------------------ 3. a header of brackets


def test_a_header_of_nested_brackets_is_damage_not_a_crash():
    data = nested_header_file()
    assert 59_000 < len(data) < 61_000
    with pytest.raises(DamagedBundleError, match="phần đầu"):
        bundle.read_header(data)


@pytest.mark.parametrize("named", [False, True], ids=["folder", "named-files"])
def test_one_bad_file_never_stops_the_others(world, tmp_path, named):
    office, server = world.office, world.province
    stick = new_stick(tmp_path)
    with office.session() as session:
        session.get(Staff, official(world, MUONG_PHANG)).phone = "0912000888"
    assert_ok(office.export(stick))
    write(stick, "citb-aaaa-nested.citb", nested_header_file())
    write(stick, "claim-aaaa.citc.json", b"[" * 30_000 + b"]" * 30_000)  # a claim file too
    files = sorted(stick.iterdir()) if named else [stick]
    result = run_cli(server, "server", "import", *files)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result
    assert "citb-aaaa-nested.citb: Gói dữ liệu bị hỏng" in result.stderr
    assert "claim-aaaa.citc.json: không đọc được yêu cầu đăng ký" in result.stderr
    assert phone_at_province(world, official(world, MUONG_PHANG))[0] == "0912000888"

    down = new_stick(tmp_path, "down")
    assert_ok(server.export(MUONG_PHANG, down))
    sent = only(bundles_on(down, kind="receipt", receiver=office.device_id))
    write(down, "citb-aaaa-nested.citb", nested_header_file())
    files = sorted(down.iterdir()) if named else [down]
    result = run_cli(office, "sync", "import", *files)
    assert result.returncode == 2 and "citb-aaaa-nested.citb" in result.stderr, result
    assert f"{sent.name}: biên nhận" in result.stdout


def test_the_checks_are_what_refuse(world, tmp_path):
    """The harness makes bundles the province takes: a new official of Thanh Nưa with every
    field the app writes, sealed by the forger, goes in."""
    forger = thanh_nua(world)
    data = forger.bundle([new_official(forger, THANH_NUA, TN, birth_date="1990-01-30")])
    assert world.province.take(write(tmp_path, "ok.citb", data)).applied == 1


# ------------------------------------------------------------------ over HTTP


@pytest.fixture(scope="module", params=BACKENDS)
def server(request, tmp_path_factory) -> Iterator[ServerThread]:
    """A real server, on SQLite and on PostgreSQL (which enforces column lengths itself)."""
    folder = tmp_path_factory.mktemp(f"hostile-http-{request.param}")
    with province_server(request, folder, make_province) as running:
        yield running



@pytest.fixture
def http_pair(server, tmp_path, monkeypatch) -> tuple[HttpLaptop, HttpLaptop, Forger]:
    """Laptops of two communes, both synced once; the second one forges."""
    monkeypatch.setenv(MACHINE_ENV, "machine-hostile-http")
    first, second = _two_communes(server, tmp_path.name)
    victim = enrolled_laptop(tmp_path / "a", server.store, "Máy nạn nhân", (first,))
    forger_laptop = enrolled_laptop(tmp_path / "b", server.store, "Máy giả mạo", (second,))
    add_staff(victim, "Cán bộ bị sửa", 1)
    for laptop in (victim, forger_laptop):
        assert push(laptop.store, server.url, retry=FAST_RETRY).ok
    with forger_laptop.store.sessions.begin() as session:
        keys = ensure_identity(session).keys
    with server.store.sessions() as session:
        province_keys = province_me(session).keys.public()
    forger = Forger(forger_laptop.device_id, keys, province_keys, communes=(second,))
    yield victim, forger_laptop, forger
    for laptop in (victim, forger_laptop):
        laptop.store.close()


def _two_communes(server: ServerThread, salt: str) -> tuple[str, str]:
    """Two communes of province 11 no other test of this module uses."""
    with server.store.sessions() as session:
        codes = session.scalars(select(Commune.code).where(Commune.province_code == "11")
                                .order_by(Commune.code)).all()
    start = 2 * (sum(salt.encode()) % (len(codes) // 2))
    return codes[start], codes[start + 1]


def _server_staff(server: ServerThread, prefix: str) -> list[tuple[str, str | None, str]]:
    with server.store.sessions() as session:
        return [(s.id, s.phone, s.commune_code) for s in session.scalars(
            select(Staff).where(Staff.full_name.like(f"{prefix} %")))]


def _upload_raw(client: SyncClient, data: bytes) -> list[int]:
    """Announce, send and commit ``data`` twice as a device would, whatever it holds (the
    client itself refuses to send a damaged file); returns both commit statuses."""
    announce = json.dumps({"bundle_id": new_id(), "size": len(data),
                           "sha256": hashlib.sha256(data).hexdigest()}).encode()
    state = client._call("POST", "/uploads", announce, kind="application/json").json()
    client._call("PUT", f"/uploads/{state['upload_id']}?offset=0", data)
    return [client._call("POST", f"/uploads/{state['upload_id']}/commit",
                         ok=(200, 409, 422, 500)).status_code for _again in range(2)]


def test_a_laptop_cannot_rewrite_another_communes_official_over_http(server, http_pair):
    victim, laptop, forger = http_pair
    [(staff_id, phone, commune)] = _server_staff(server, "Cán bộ bị sửa")
    own = f"commune:{forger.communes[0]}"
    attacks = [
        [forger.change("staff", staff_id, own, {"phone": "0999999999",
                                                "commune_code": forger.communes[0]})],
        [forger.change("staff", staff_id, f"commune:{commune}", {"phone": "0999999999"})],
    ]
    with SyncClient(server.url, laptop.device_id, forger.keys, retry=FAST_RETRY) as client:
        for ops in attacks:
            data = forger.bundle(ops)
            for _again in range(2):  # the refusal is kept: a retry gets the same answer
                with pytest.raises(ServerRefusedError, match="Cả gói bị từ chối") as caught:
                    client.upload(data)
                assert caught.value.status == 422
    assert _server_staff(server, "Cán bộ bị sửa") == [(staff_id, phone, commune)]


def test_hostile_files_over_http_answer_422_never_500(server, http_pair):
    _victim, laptop, forger = http_pair
    own = f"commune:{forger.communes[0]}"
    name = forger.change("staff", new_id(), own, {"full_name": "A" * 121}, kind="insert")

    def item() -> dict:
        return forger.change("equipment", new_id(), own, {
            "commune_code": forger.communes[0], "category": "printer", "partition": own,
            "deleted": False}, kind="insert")

    hostile = [
        nested_header_file(),
        forger.bundle([{"t": "staff"}]),
        forger.bundle([[1, 2, 3]]),
        forger.bundle([forger.change("staff", new_id(), own, {}, h="9" * 23 + ".00000")]),
        forger.bundle([name]),
        forger.seal_compressed(zip_bomb(63), 5_000),
        # values only PostgreSQL would have choked on (a 32-bit column, a 36-letter one)
        forger.bundle([forger.change("staff", new_id(), own, {}, d="d" * 50)]),
        forger.bundle([item()], first_seq=2 ** 40, last_seq=2 ** 40 + 1),
    ]
    with SyncClient(server.url, laptop.device_id, forger.keys, retry=FAST_RETRY) as client:
        for data in hostile:
            assert _upload_raw(client, data) == [422, 422]
        assert client.upload(forger.bundle([item()]))["applied"] == 1  # an honest one goes in


def test_deep_or_endless_json_in_a_request_is_a_plain_400(server):
    for body in (b"[" * 30_000, b'{"bundle_id": "x", "size": 1e400, "sha256": "0"}'):
        answer = httpx.post(f"{server.url}/api/v1/claim", content=body)
        assert answer.status_code == 400, answer.text
        assert "JSON" in answer.json()["detail"]


# ------------------------------------------------------------------ the schema is the models'


def test_the_schema_of_each_table_is_derived_from_its_model():
    """Types, lengths and nullability come from the columns; an enumeration is named here
    exactly where the model's own validator refuses a made-up key, with the same keys."""
    for model in SYNCED_MODELS:
        table, rules = model.__table__, rules_of(model.__tablename__)
        assert set(rules.values) == {c.name for c in table.columns} - {"id", "hlc",
                                                                           "device_id", "clock"}
        for column in table.columns:
            rule = rules.values.get(column.name)
            if rule is None:
                continue
            assert rule.nullable == column.nullable, column
            if rule.kind == "text":
                assert rule.length == (column.type.length or UNBOUNDED_TEXT), column
        for key, (validator, _options) in sa_inspect(model).validators.items():
            record, choices = model(), rules.values[key].choices
            try:
                validator(record, key, "khong-co-trong-danh-muc")
                refused = False
            except ValidationError:
                refused = True
            assert refused == (choices is not None), (model, key)
            for choice in choices or ():
                validator(record, key, choice)
