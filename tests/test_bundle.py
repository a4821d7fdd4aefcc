"""Bundle files: what one device writes, only the intended device reads, and nothing else gets
past the checks — a tampered, cut, foreign or newer file is refused with the right reason."""

from __future__ import annotations

import json
import os
import random
import struct
from datetime import UTC, datetime

import pytest
import zstandard

from app.sync import bundle
from app.sync.bundle import (
    bundle_filename,
    decode,
    encode,
    find_bundles,
    record_line,
    split,
    write_atomically,
)
from app.sync.bundle_header import (
    FORMAT_VERSION,
    MAGIC,
    SIGNATURE_SIZE,
    Header,
    read_header,
    read_header_file,
)
from app.sync.errors import (
    BadSignatureError,
    BundleError,
    BundleWriteError,
    DamagedBundleError,
    KeyFormatError,
    NewerFormatError,
    NotForThisDeviceError,
    SyncError,
)
from app.sync.keys import DeviceKeys, PublicKeys

OFFICE = "3f2a9c1d-5b6e-4f70-8a91-0c2d3e4f5a6b"
TRAINER = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e"
SCHEMA = "0002"
PERSONAL = ["Nguyễn Thị Hoa", "Vàng A Páo", "0912345678", "0387654321", "1987-04-12",
            "1992-11-30", "hoa.nguyen@gmail.com"]


def staff_record(i: int, name: str = "Lò Văn Minh", phone: str = "0900000000",
                 birth: str = "1990-01-01") -> dict:
    return {"table": "staff", "id": f"00000000-0000-4000-8000-{i:012d}", "seq": i,
            "hlc": f"{1732212345678 + i:018d}.00000", "device_id": OFFICE, "deleted": False,
            "full_name": name, "phone": phone, "birth_date": birth, "gender": "female",
            "ethnicity": "01", "position": "Công chức Văn phòng - Thống kê", "note": None}


def people() -> list[dict]:
    return [staff_record(1, "Nguyễn Thị Hoa", "0912345678", "1987-04-12"),
            staff_record(2, "Vàng A Páo", "0387654321", "1992-11-30"),
            {**staff_record(3), "email": "hoa.nguyen@gmail.com"}]


@pytest.fixture(scope="module")
def office() -> DeviceKeys:
    return DeviceKeys.generate()


@pytest.fixture(scope="module")
def province() -> DeviceKeys:
    return DeviceKeys.generate()


def make(office: DeviceKeys, province: DeviceKeys, records=None, **changes) -> bytes:
    args = dict(kind="changes", schema=SCHEMA, sender=OFFICE, receiver="province",
                communes=["03325"], first_seq=1, last_seq=3, signer=office,
                recipient=province.public())
    args.update(changes)
    return encode(people() if records is None else records, **args)


def read(data: bytes, office: DeviceKeys, province: DeviceKeys, **changes):
    args = dict(keys=province, receiver="province", known_schemas={"0001", SCHEMA},
                sender_key_for={OFFICE: office.public()}.get)
    args.update(changes)
    return decode(data, **args)


def header_span(data: bytes) -> tuple[int, int]:
    (size,) = struct.unpack_from(">I", data, len(MAGIC))
    return len(MAGIC) + 4, len(MAGIC) + 4 + size


def rewrite_header(data: bytes, **fields) -> bytes:
    """The same file with header fields changed and the length fixed (signature left stale)."""
    start, end = header_span(data)
    header = json.loads(data[start:end])
    header.update(fields)
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    return MAGIC + struct.pack(">I", len(raw)) + raw + data[end:]


def flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]


# ---------------------------------------------------------------- round trip


def test_round_trip_returns_records_and_header(office, province):
    moment = datetime(2026, 2, 5, 8, 30, tzinfo=UTC)
    data = make(office, province, created_at=moment,
                bundle_id="0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a")
    header, records = read(data, office, province)
    assert records == people()
    assert header.format == FORMAT_VERSION and header.schema == SCHEMA
    assert (header.kind, header.sender, header.receiver) == ("changes", OFFICE, "province")
    assert header.communes == ("03325",)
    assert (header.first_seq, header.last_seq, header.count) == (1, 3, 3)
    assert header.created_at == "2026-02-05T08:30:00Z" and header.created == moment
    assert header.bundle_id == "0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a"
    assert data.startswith(MAGIC)


def test_round_trip_from_a_generator_and_an_empty_receipt(office, province):
    data = make(office, province, records=(staff_record(i) for i in range(1, 1001)),
                last_seq=1000)
    header, records = read(data, office, province)
    assert header.count == 1000 and [r["seq"] for r in records] == list(range(1, 1001))
    receipt = encode([], kind="receipt", schema=SCHEMA, sender="province", receiver=OFFICE,
                     communes=["03325"], first_seq=0, last_seq=0, signer=province,
                     recipient=office.public())
    header, records = decode(receipt, keys=office, receiver=OFFICE, known_schemas={SCHEMA},
                             sender_key_for={"province": province.public().verify_key}.get)
    assert (header.kind, header.count, records) == ("receipt", 0, [])


def test_an_older_schema_the_reader_knows_is_accepted(office, province):
    header, _ = read(make(office, province, schema="0001"), office, province)
    assert header.schema == "0001"


def test_each_bundle_is_encrypted_afresh(office, province):
    one, two = make(office, province), make(office, province)
    assert read_header(one).ephemeral_key != read_header(two).ephemeral_key
    assert one[header_span(one)[1]:] != two[header_span(two)[1]:]


# ---------------------------------------------------------------- the header


def test_read_header_needs_no_keys(office, province, tmp_path):
    data = make(office, province)
    header = read_header(data)
    assert isinstance(header, Header) and header.receiver == "province" and header.count == 3
    path = write_atomically(tmp_path, bundle_filename(header), data)
    assert read_header_file(path) == header
    with pytest.raises(DamagedBundleError):
        read_header_file(write_atomically(tmp_path, "cut.citb", data[:-10]))


def test_the_header_refuses_anything_that_is_not_an_id_or_a_code(office, province):
    with pytest.raises(ValueError, match="communes"):
        make(office, province, communes=["Nguyễn Thị Hoa"])
    with pytest.raises(ValueError, match="sender"):
        make(office, province, sender="Máy của chị Hoa")
    with pytest.raises(ValueError, match="last_seq"):
        make(office, province, first_seq=5, last_seq=4)
    with pytest.raises(ValueError, match="kind"):
        make(office, province, kind="everything")
    with pytest.raises(ValueError, match="timezone"):
        make(office, province, created_at=datetime(2026, 2, 5))


def test_a_header_with_a_repeated_field_is_damaged(office, province):
    data = make(office, province)
    start, end = header_span(data)
    raw = data[start:end - 1] + b',"receiver":"province"}'
    with pytest.raises(DamagedBundleError):
        read_header(MAGIC + struct.pack(">I", len(raw)) + raw + data[end:])


# ---------------------------------------------------------------- refusals


def test_a_changed_header_byte_breaks_the_signature(office, province):
    data = make(office, province)
    index = data.index(b'"first_seq":1') + len(b'"first_seq":')
    tampered = data[:index] + b"0" + data[index + 1:]
    assert read_header(tampered).first_seq == 0
    with pytest.raises(BadSignatureError, match=OFFICE):
        read(tampered, office, province)


def test_a_changed_body_byte_fails_the_checksum(office, province):
    data = make(office, province)
    body = header_span(data)[1] + 4 + 10
    with pytest.raises(DamagedBundleError, match="mã kiểm tra"):
        read(flip(data, body), office, province)


def test_a_changed_body_with_a_matching_checksum_breaks_the_signature(office, province):
    import hashlib
    data = make(office, province)
    start, end = header_span(data)
    changed = flip(data, end + 4 + 10)
    ciphertext = changed[end + 4:len(changed) - SIGNATURE_SIZE]
    forged = rewrite_header(changed, body_sha256=hashlib.sha256(ciphertext).hexdigest())
    with pytest.raises(BadSignatureError):
        read(forged, office, province)


def test_a_changed_signature_byte_is_refused(office, province):
    data = make(office, province)
    with pytest.raises(BadSignatureError):
        read(flip(data, len(data) - 5), office, province)


def test_no_single_changed_byte_gets_through(office, province):
    data = make(office, province, records=[staff_record(1)], last_seq=1)
    for index in range(len(data)):
        with pytest.raises(BundleError):
            read(flip(data, index), office, province)


@pytest.mark.parametrize("cut", [0, 1, 7, 8, 10, 12, 40, "header", "header+2", "body", -1])
def test_a_truncated_file_is_damaged(office, province, cut):
    data = make(office, province)
    end = header_span(data)[1]
    where = {"header": end - 1, "header+2": end + 2, "body": end + 30}.get(cut, cut)
    with pytest.raises(DamagedBundleError):
        read(data[:where], office, province)
    with pytest.raises(DamagedBundleError):
        read_header(data[:where])


def test_extra_bytes_after_the_signature_are_damage(office, province):
    with pytest.raises(DamagedBundleError):
        read(make(office, province) + b"\x00", office, province)


@pytest.mark.parametrize("content", [
    os.urandom(5000), b"%PDF-1.7\n" + os.urandom(300), b"PK\x03\x04" + os.urandom(300),
    b"id,full_name\n1,Nguyen Van A\n", b"", MAGIC + b"\xff\xff\xff\xff" + os.urandom(50)])
def test_a_file_that_is_not_a_bundle_is_damaged(office, province, content):
    with pytest.raises(DamagedBundleError):
        read(content, office, province)


def test_a_bundle_for_another_device_is_not_for_us(office, province):
    trainer = DeviceKeys.generate()
    data = make(office, province, receiver=TRAINER, recipient=trainer.public())
    with pytest.raises(NotForThisDeviceError, match=TRAINER) as caught:
        read(data, office, province)
    assert caught.value.receiver == TRAINER


def test_a_bundle_encrypted_to_another_key_is_not_for_us(office, province):
    data = make(office, province, recipient=DeviceKeys.generate().public())
    with pytest.raises(NotForThisDeviceError, match="khóa khác"):
        read(data, office, province)


def test_an_unknown_or_revoked_sender_is_named(office, province):
    with pytest.raises(BadSignatureError, match=f"“{OFFICE}”.*chưa được đăng ký"):
        read(make(office, province), office, province, sender_key_for=lambda _id: None)


def test_a_bundle_signed_by_another_key_than_its_sender_is_forged(office, province):
    impostor = DeviceKeys.generate()
    with pytest.raises(BadSignatureError, match="không khớp"):
        read(make(office, province, signer=impostor), office, province)


def test_a_newer_format_is_named_plainly(office, province):
    newer = rewrite_header(make(office, province), format=2, schema="0009", cipher="xyz")
    with pytest.raises(NewerFormatError, match=r"định dạng 2, lược đồ 0009.*cập nhật") as caught:
        read(newer, office, province)
    assert (caught.value.format_version, caught.value.schema) == (2, "0009")
    with pytest.raises(NewerFormatError):
        read_header(newer)


def test_an_unknown_schema_is_newer(office, province):
    data = make(office, province, schema="0003_sync_state")
    with pytest.raises(NewerFormatError, match="định dạng 1, lược đồ 0003_sync_state"):
        read(data, office, province)
    assert read_header(data).schema == "0003_sync_state"


def test_a_body_that_decompresses_past_the_limit_is_refused(office, province):
    bomb = [{"x": "a" * 1_000_000} for _ in range(4)]
    data = make(office, province, records=bomb)
    assert len(data) < 5_000
    with pytest.raises(DamagedBundleError, match="giới hạn"):
        read(data, office, province, max_body_bytes=2_000_000)


def test_encode_refuses_a_body_no_reader_would_accept(office, province, monkeypatch):
    monkeypatch.setattr(bundle, "MAX_BODY_BYTES", 10_000)
    with pytest.raises(ValueError, match="split"):
        make(office, province, records=[staff_record(i) for i in range(100)])


def test_errors_belong_to_the_sync_layer():
    for cls in (BundleError, NewerFormatError, DamagedBundleError, BadSignatureError,
                NotForThisDeviceError, BundleWriteError, KeyFormatError):
        assert issubclass(cls, SyncError)


# ---------------------------------------------------------------- a lost USB stick


def readable_texts(blob: bytes) -> bytes:
    """The file itself plus whatever zstd can get out of any slice of it."""
    found = [blob]
    for start in range(len(blob)):
        try:
            found.append(zstandard.ZstdDecompressor().decompressobj().decompress(blob[start:]))
        except zstandard.ZstdError:
            continue
    return b"\n".join(found)


def test_a_lost_stick_shows_no_personal_data(office, province):
    data = make(office, province)
    plain = b"".join(record_line(r) for r in people())
    assert all(text.encode() in plain for text in PERSONAL)  # the check can fail
    exposed = readable_texts(data)
    for text in PERSONAL:
        for form in {text.encode(), text.encode("utf-16-le"), text.encode("ascii", "ignore")}:
            assert form not in exposed, text
    assert b'"communes":["03325"]' in data  # only ids and codes are in the clear


# ---------------------------------------------------------------- batches


def test_split_bounds_records_and_bytes():
    records = [staff_record(i) for i in range(100, 200)]  # all lines of one size
    size = len(record_line(records[0]))
    assert {len(record_line(r)) for r in records} == {size}
    batches = list(split(iter(records), max_records=30, max_bytes=10**9))
    assert [len(b) for b in batches] == [30, 30, 30, 10]
    batches = list(split(records, max_records=1000, max_bytes=size * 7 + 3))
    assert all(sum(len(record_line(r)) for r in b) <= size * 7 + 3 for b in batches)
    assert [len(b) for b in batches] == [7] * 14 + [2]
    assert [r for b in batches for r in b] == records


def test_split_sends_an_oversized_record_alone():
    small, big = staff_record(1), {"note": "x" * 500}
    batches = list(split([small, big, small], max_records=10, max_bytes=200))
    assert batches == [[small], [big], [small]]
    assert list(split([])) == []
    with pytest.raises(ValueError):
        list(split([small], max_records=0))


# ---------------------------------------------------------------- files


def test_file_name_scheme(office, province):
    header = read_header(make(office, province, first_seq=42, last_seq=5041,
                              bundle_id="0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a"))
    assert bundle_filename(header) == "citb-changes-3f2a9c1d-00000042-00005041-0d9c8b7a.citb"


def test_write_atomically_shows_only_whole_files(office, province, tmp_path, monkeypatch):
    data = make(office, province)
    final = tmp_path / "citb-x.citb"
    real_fsync = os.fsync

    def fsync_watching(fd: int) -> None:
        if not final.exists():  # the file fsync'ed is the temporary one
            assert (tmp_path / ".citb-x.citb.part").read_bytes() == data
        real_fsync(fd)

    monkeypatch.setattr(bundle.os, "fsync", fsync_watching)
    assert write_atomically(tmp_path, "citb-x.citb", data) == final
    assert final.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["citb-x.citb"]


@pytest.mark.parametrize("failure", [KeyboardInterrupt, RuntimeError])
def test_an_interrupted_write_leaves_no_file(office, province, tmp_path, monkeypatch, failure):
    def pulled_out(fd: int) -> None:
        raise failure("stick pulled out")

    monkeypatch.setattr(bundle.os, "fsync", pulled_out)
    with pytest.raises(failure):
        write_atomically(tmp_path, "citb-x.citb", make(office, province))
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_is_a_plain_error(office, province, tmp_path, monkeypatch):
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundle.os, "fsync", full)
    with pytest.raises(BundleWriteError, match="Không ghi được"):
        write_atomically(tmp_path, "citb-x.citb", b"data")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(BundleWriteError):
        write_atomically(tmp_path / "gone", "citb-x.citb", b"data")
    with pytest.raises(ValueError):
        write_atomically(tmp_path, "../citb-x.citb", b"data")


def test_find_bundles_ignores_partial_files(office, province, tmp_path):
    data = make(office, province)
    (tmp_path / ".citb-b.citb.part").write_bytes(data[:100])
    write_atomically(tmp_path, "citb-b.citb", data)
    write_atomically(tmp_path, "citb-a.citb", data)
    (tmp_path / "notes.txt").write_text("x")
    assert [p.name for p in find_bundles(tmp_path)] == ["citb-a.citb", "citb-b.citb"]


# ---------------------------------------------------------------- keys


def test_device_keys_survive_storage_and_export():
    keys = DeviceKeys.generate()
    again = DeviceKeys.from_text(keys.to_text())
    assert again.private_bytes() == keys.private_bytes() and len(keys.private_bytes()) == 64
    assert DeviceKeys.from_private_bytes(keys.private_bytes()).public() == keys.public()
    public = PublicKeys.from_dict(json.loads(json.dumps(keys.public().to_dict())))
    assert public == keys.public() and hash(public) == hash(keys.public())
    assert public != DeviceKeys.generate().public()
    fingerprint = keys.fingerprint()
    assert len(fingerprint) == 19 and fingerprint.count(" ") == 3
    assert fingerprint == public.fingerprint() != DeviceKeys.generate().fingerprint()
    assert keys.to_text() not in repr(keys)


@pytest.mark.parametrize("text", ["not base64!", "QUJD", ""])
def test_bad_key_text_is_refused_plainly(text):
    with pytest.raises(KeyFormatError):
        DeviceKeys.from_text(text)
    with pytest.raises(KeyFormatError):
        PublicKeys.from_dict({"verify_key": text, "encryption_key": text})
    with pytest.raises(KeyFormatError):
        PublicKeys.from_dict({})


def test_random_bytes_never_crash_the_reader(office, province):
    rng = random.Random(7)
    data = make(office, province)
    for _ in range(200):
        cut = bytearray(data[:rng.randrange(len(data))])
        for _ in range(rng.randrange(1, 4)):
            if cut:
                cut[rng.randrange(len(cut))] = rng.randrange(256)
        with pytest.raises(BundleError):
            read(bytes(cut), office, province)
