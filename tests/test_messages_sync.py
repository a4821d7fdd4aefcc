"""What the sync layer and the province's server tell people is a code of the one catalogue
(app/messages/sync.py, server.py), in Vietnamese and in English alike.

The failures are provoked through the real code: a damaged file, one from a newer app, a
forged signature, a stick holding another laptop's bundle and a file too large to be one
(through app/sync/files.py), a hostile record, a real province server on 127.0.0.1 that
refuses a revoked laptop and a damaged upload. Each reads as the Vietnamese officers have
always read it (``str()``) and in English with no Vietnamese letter (``.text("en")``);
the server's JSON answer carries the code and values a client in English shows.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
import uuid
from datetime import date
from pathlib import Path

import httpx
import pytest

from app.messages import Message, catalogue, message, placeholders, set_language
from app.messages import server as server_texts
from app.messages import sync as sync_texts
from app.models.errors import ModelError
from app.models.hlc import now_ms
from app.models.machine import MACHINE_ENV
from app.models.setup import require_device
from app.models.store import Store, head_revision
from app.server import province
from app.server.http import MAX_CHUNK
from app.sync import bundle, enrolment, schema
from app.sync.clock_rules import HELD_KEY, TRUSTED_KEY, ProvinceClock, held_back_note
from app.sync.errors import (
    BadSignatureError,
    DamagedBundleError,
    InvalidContentError,
    KeyFormatError,
    NewerFormatError,
)
from app.sync.files import MAX_BUNDLE_FILE_BYTES, FileReport, take_each
from app.sync.http import API, signing_text
from app.sync.identity import ensure_identity
from app.sync.keys import SIGNATURE, DeviceKeys, b64decode, b64encode
from app.sync.refusals import answer_message, to_json
from tests.helpers import DB_NAME, MUONG_PHANG, fresh_store
from tests.http_helpers import enrolled_laptop, get_nonce, running

ROOT = Path(__file__).resolve().parent.parent
_VI = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE = re.compile(f"[{_VI}{_VI.upper()}]")
OWN = {**sync_texts.TEXTS, **server_texts.TEXTS}
CODE = re.compile(r"(?:bundle|keys|enrolment|sync|server)\.[a-z0-9_]+\Z")
# The modules whose messages app/messages/sync.py and server.py hold (the network transfer,
# app/sync/push.py, http.py, transfer.py and its stages, has a catalogue of its own).
SOURCES = [ROOT / "app" / "sync" / f"{name}.py" for name in (
    "bundle", "bundle_body", "bundle_files", "bundle_header", "clock_repair", "clock_rules",
    "device", "enrolment", "errors", "files", "identity", "inbound", "keys", "merge",
    "merge_write", "ops", "peers", "refusals", "safejson", "schema", "status")]
SOURCES += sorted((ROOT / "app" / "server").glob("*.py"))
NOT_MESSAGES = {TRUSTED_KEY, HELD_KEY}  # the keys of two local settings, not sentences


@pytest.fixture(autouse=True)
def vietnamese():
    set_language("vi")
    yield
    set_language("vi")


def told(said: ModelError | Message, vietnamese: str) -> Message:
    """``said`` reads ``vietnamese`` by default and has no Vietnamese letter in English."""
    msg = said.message if isinstance(said, ModelError) else said
    assert msg.code in catalogue(), msg.code
    assert str(said) == vietnamese
    english = said.text("en")
    assert english and not VIETNAMESE.search(english), english
    return msg


# ------------------------------------------------------------------ the catalogue


@pytest.mark.parametrize("code", sorted(OWN))
def test_every_entry_has_both_languages_with_the_same_placeholders(code):
    vi, en = OWN[code]
    assert vi.strip() and en.strip()
    assert placeholders(vi) == placeholders(en)
    assert not VIETNAMESE.search(en), en
    assert CODE.match(code), code


def test_the_catalogue_groups_hold_every_code_once():
    groups = (sync_texts.BUNDLE, sync_texts.KEYS, sync_texts.ENROLMENT, sync_texts.INBOUND,
              sync_texts.CLOCK, sync_texts.LAPTOP, sync_texts.FILES)
    assert sum(len(group) for group in groups) == len(sync_texts.TEXTS)


def _literals(path: Path) -> set[str]:
    return {node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_every_code_the_layer_names_is_in_the_catalogue_and_every_entry_is_used():
    named = {text for path in SOURCES for text in _literals(path) if CODE.match(text)}
    assert named - NOT_MESSAGES - set(catalogue()) == set()
    everywhere = set().union(*(_literals(p) for p in (ROOT / "app").rglob("*.py")
                               if "messages" not in p.parts))
    assert set(OWN) - everywhere == set()


def test_no_sentence_is_left_in_the_layer():
    for path in SOURCES:
        left = [text for text in _literals(path) if VIETNAMESE.search(text)]
        assert left == [], (path.name, left)


# ------------------------------------------------------------------ bundle files

OFFICE = str(uuid.uuid4())
OTHER = str(uuid.uuid4())


@pytest.fixture(scope="module")
def keys() -> dict[str, DeviceKeys]:
    return {"office": DeviceKeys.generate(), "province": DeviceKeys.generate(),
            "other": DeviceKeys.generate()}


def staff_change(**values) -> dict:
    stamp = f"{now_ms():018d}.00000"
    return {"t": "staff", "id": str(uuid.uuid4()), "p": f"commune:{MUONG_PHANG}", "h": stamp,
            "d": OFFICE, "o": "update", "v": values, "vv": {OFFICE: stamp}}


def made(keys, records=(), *, sender=OFFICE, signer="office", receiver=bundle.PROVINCE,
         recipient="province") -> bytes:
    return bundle.encode(list(records) or [staff_change(phone="0900000001")], kind="changes",
                         schema=head_revision(), sender=sender, receiver=receiver,
                         communes=[MUONG_PHANG], first_seq=1, last_seq=1,
                         signer=keys[signer], recipient=keys[recipient].public())


def opened(data: bytes, keys, **changes):
    args = dict(keys=keys["province"], receiver=bundle.PROVINCE,
                known_schemas={head_revision()}, check_record=schema.check_record,
                sender_key_for={OFFICE: keys["office"].public()}.get)
    return bundle.decode(data, **{**args, **changes})


def test_a_damaged_bundle(keys):
    with pytest.raises(DamagedBundleError) as cut:
        bundle.read_header(made(keys)[:-100])
    told(cut.value, "Gói dữ liệu bị hỏng: tệp bị cắt cụt (chép chưa xong hoặc ổ USB bị rút ra "
                    "giữa chừng); hãy chép lại tệp từ máy gửi.")
    assert cut.value.values["reason"].code == "bundle.reason_truncated"
    assert cut.value.text("en").startswith("The data bundle is damaged: the file is cut short")


def test_a_bundle_from_a_newer_format(keys):
    data = made(keys).replace(b'"format":1,', b'"format":7,', 1)
    with pytest.raises(NewerFormatError) as newer:
        bundle.read_header(data)
    told(newer.value, f"Gói dữ liệu này do phiên bản mới hơn tạo ra (định dạng 7, lược đồ "
                      f"{head_revision()}); hãy cập nhật ứng dụng.")
    assert (newer.value.format_version, newer.value.values["format"]) == (7, 7)


def test_a_forged_signature(keys):
    forged = made(keys, signer="other")
    with pytest.raises(BadSignatureError) as bad:
        opened(forged, keys)
    told(bad.value, f"Chữ ký của gói dữ liệu không khớp với thiết bị “{OFFICE}”: tệp đã bị "
                    "sửa đổi hoặc do máy khác làm giả; không nhận.")


@pytest.mark.parametrize(("values", "reason"), [
    ({"full_name": "x" * 300}, "trường full_name: dài 300 ký tự, quá giới hạn 120"),
    ({"birth_date": "1990-02-31"}, "trường birth_date: cần ngày dạng NNNN-TT-NN hợp lệ"),
    ({"gender": "?"}, "trường gender: giá trị không thuộc danh mục"),
    ({"salary": 1}, "trường “salary” không có trong bảng staff"),
])
def test_a_hostile_record_is_refused_with_its_record_and_field(keys, values, reason):
    change = staff_change(**values)
    with pytest.raises(InvalidContentError) as refused:
        opened(made(keys, [change]), keys)
    told(refused.value, f"Gói chứa dữ liệu không hợp lệ ở bản ghi thứ 1 (staff {change['id']}): "
                        f"{reason}; cả gói bị từ chối (máy gửi có thể đã hỏng hoặc bị sửa; hãy "
                        "báo cho tỉnh).")


def stick_file(folder: Path, data: bytes) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / bundle.bundle_filename(bundle.read_header(data))
    path.write_bytes(data)
    return path


def test_files_on_a_stick_another_laptops_a_forged_one_and_one_too_large(keys, tmp_path):
    theirs = stick_file(tmp_path / "stick", made(
        keys, sender=bundle.PROVINCE, signer="province", receiver=OTHER, recipient="other"))
    stray = stick_file(tmp_path / "stick", made(
        keys, sender=str(uuid.uuid4()), signer="other", receiver=OTHER, recipient="other"))
    huge = tmp_path / "stick" / "citb-huge.citb"
    with huge.open("wb") as stream:
        stream.truncate(1536 << 20)  # sparse: refused from its size, never read
    report = FileReport()
    take_each([theirs, stray, huge], OFFICE, {bundle.PROVINCE: keys["province"].public()},
              report, lambda _path, _data: None)
    [skipped] = report.skipped
    told(skipped, f"{theirs.name}: dành cho thiết bị khác ({OTHER}), bỏ qua.")
    assert skipped.text("en") == f"{theirs.name}: for another device ({OTHER}), skipped."
    forged, too_large = report.refused
    assert told(forged, str(forged)).values["text"].code == "bundle.unknown_maker"
    told(too_large, "citb-huge.citb: tệp lớn 1.536 MB, lớn hơn mọi gói dữ liệu (tối đa "
                    f"{-(-MAX_BUNDLE_FILE_BYTES // (1 << 20))} MB): đây không phải gói dữ "
                    "liệu; không nhận.")
    assert "1,536 MB" in too_large.text("en")


# ------------------------------------------------------------------ the rest of the layer


def test_enrolment_files_and_keys():
    with pytest.raises(enrolment.EnrolmentError) as missing:
        enrolment.read_file(json.dumps({"kind": enrolment.FILE_KIND, "format": 1}))
    told(missing.value, "Tệp đăng ký thiếu mục: enrolment_id, code, role, province, communes, "
                        "province_keys.")
    with pytest.raises(KeyFormatError) as short:
        b64decode(b64encode(b"x" * 10), 64, SIGNATURE)
    told(short.value, "Giá trị chữ ký phải dài 64 byte, nhưng có 10 byte.")
    with pytest.raises(KeyFormatError) as damaged:
        DeviceKeys.from_text(b64encode(b"y" * 45))
    told(damaged.value, "Giá trị khóa riêng phải dài 64 byte, nhưng có 45 byte.")


def test_the_clock_notes():
    day = 86_400_000
    now = now_ms()  # read once: a second read, a moment later, made it 89 days and change
    jumped = ProvinceClock(wall_ms=now + 90 * day, trusted_ms=now).jump_note()
    assert "90 ngày; đồng hồ có thể đã bị chỉnh sai" in told(jumped, str(jumped)).text()
    assert " 90 days after the latest trusted moment" in jumped.text("en")
    future = staff_change(phone="0900000002")
    future["h"] = f"{now_ms() + 3 * day:018d}.00000"
    held = held_back_note([future], now_ms())
    assert str(held).startswith("1 thay đổi mang dấu thời gian tương lai")
    assert f"do máy {OFFICE})" in told(held, str(held)).text()


def test_a_province_refuses_an_ambiguous_name(tmp_path):
    fresh_store(tmp_path).close()
    store = Store(tmp_path / DB_NAME)
    try:
        for _ in range(2):
            province.issue(store, MUONG_PHANG, "Office laptop 2", False)
        with pytest.raises(ModelError) as ambiguous:
            province.revoke(store, "office laptop 2")
    finally:
        store.close()
    vietnamese = str(ambiguous.value)
    assert vietnamese.startswith("Có 2 thiết bị cùng tên “office laptop 2”: mã đăng ký ")
    assert vietnamese.count(f"({MUONG_PHANG}, issued, chưa đồng bộ)") == 2
    assert "; mã đăng ký " in told(ambiguous.value, vietnamese).text()
    assert ambiguous.value.text("en").startswith("2 devices share the name")


# ------------------------------------------------------------------ the province's server


@pytest.fixture
def served(tmp_path, monkeypatch):
    """A real province server on 127.0.0.1 and one laptop that has claimed its enrolment."""
    monkeypatch.setenv(MACHINE_ENV, "machine-messages-sync")
    fresh_store(tmp_path / "province").close()
    store = Store(tmp_path / "province" / DB_NAME)
    laptop = enrolled_laptop(tmp_path / "laptop", store, "Office laptop")
    with laptop.store.sessions.begin() as session:
        laptop_keys = ensure_identity(session).keys
        claim = enrolment.make_claim(require_device(session), laptop_keys)
    try:
        with running(store, tmp_path / "spool") as server:
            assert httpx.post(f"{server.url}{API}/claim", json=claim).status_code == 200
            yield server, laptop, laptop_keys
    finally:
        laptop.store.close()
        store.close()


def ask(served, method: str, route: str, body: bytes = b"") -> httpx.Response:
    """A request signed with the laptop's own key over a fresh nonce."""
    server, laptop, laptop_keys = served
    nonce = get_nonce(server.url)
    signature = laptop_keys.sign(signing_text(method, API + route, nonce, body))
    return httpx.request(method, f"{server.url}{API}{route}", content=body, headers={
        "X-Device": laptop.device_id, "X-Nonce": nonce, "X-Signature": b64encode(signature)})


def refusal(answer: httpx.Response, status: int, vietnamese: str) -> Message:
    """The JSON refusal: its sentence as today, and the code and values for any language."""
    body = answer.json()
    assert answer.status_code == status, body
    assert body["detail"] == vietnamese and set(body) >= {"detail", "code", "values"}
    said = answer_message(body, status)
    assert said.code == body["code"] and json.loads(json.dumps(body["values"])) == body["values"]
    return told(said, vietnamese)


def test_the_server_refuses_a_revoked_laptop_in_both_languages(served):
    server, laptop, _keys = served
    assert ask(served, "POST", "/pull").status_code == 200
    province.revoke(server.store, laptop.device_id)
    said = refusal(ask(served, "POST", "/pull"), 403,
                   "Thiết bị này đã bị tỉnh thu hồi; máy chủ từ chối mọi yêu cầu của nó.")
    assert said.code == "server.device_revoked"
    assert said.text("en") == ("This device has been revoked by the province; the server "
                               "refuses all its requests.")


def test_the_server_tells_why_an_upload_is_refused_with_its_values(served):
    data = made({"office": DeviceKeys.generate(), "province": DeviceKeys.generate()})[:-80]
    announced = json.dumps({"bundle_id": str(uuid.uuid4()), "size": len(data),
                            "sha256": hashlib.sha256(data).hexdigest()}).encode()
    upload = ask(served, "POST", "/uploads", announced).json()["upload_id"]
    wrong = refusal(ask(served, "PUT", f"/uploads/{upload}?offset=5", data[:MAX_CHUNK]), 409,
                    "Vị trí gửi 5 không khớp; máy chủ đã nhận 0 byte.")
    assert dict(wrong.values) == {"offset": 5, "received": 0}
    assert ask(served, "PUT", f"/uploads/{upload}?offset=0", data).json() == {
        "received": len(data)}
    sentence = ("Gói dữ liệu bị hỏng: tệp bị cắt cụt (chép chưa xong hoặc ổ USB bị rút ra giữa "
                "chừng); hãy chép lại tệp từ máy gửi.")
    for _attempt in range(2):  # the second commit gets the answer the spool kept
        damaged = refusal(ask(served, "POST", f"/uploads/{upload}/commit"), 422, sentence)
        assert damaged.values["reason"] == message("bundle.reason_truncated")


def test_a_client_falls_back_to_the_servers_words():
    known = {"detail": "Câu của máy chủ.", "code": "server.device_revoked", "values": {}}
    assert answer_message(known, 403).code == "server.device_revoked"
    for odd in ({"code": "server.from_a_newer_server"}, {"code": "server.upload_offset",
                "values": {"offset": {"deep": True}}}, {"code": 5}, {"values": []}):
        said = answer_message({"detail": "Câu của máy chủ.", **odd}, 409)
        assert (said.code, str(said)) == ("sync.server_said", "Câu của máy chủ.")
    bare = answer_message(None, 502)
    assert (str(bare), bare.text("en")) == ("Máy chủ từ chối yêu cầu (mã 502).",
                                            "The server refused the request (code 502).")
    assert answer_message({"detail": "x", "code": "server.listed_and", "values": {
        "first": {"code": "sync.no_commune", "values": {}}, "rest": [1, "a"]}}, 422
    ).text("en") == "no commune; 1, a"
    dated = to_json(message("sync.file_entry", file="f", text=date(2026, 1, 5)))
    assert dated["values"]["text"] == "05/01/2026"  # a date travels as both languages read it
