"""Sync over HTTP, end to end: a real uvicorn server on 127.0.0.1, laptops as real stores.

One server (its own data dir and province database) serves the whole module, once on SQLite
and once on PostgreSQL (a throwaway cluster, tests/pg.py), so every test runs on both. Each
test's laptops are enrolled for a commune of their own, so a test counts only the records
its own laptops made and pulls no other test's data.
"""

from __future__ import annotations

import os
import pty
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from app import cli
from app.models import Commune, JournalEntry, RegisteredDevice, Staff
from app.models.machine import MACHINE_ENV
from app.models.store import Store
from app.server import province
from app.sync import push as push_module
from app.sync.device import sync_context
from app.sync.http import (
    API,
    RetryPolicy,
    ServerRefusedError,
    ServerUnreachableError,
    SyncCancelled,
    SyncClient,
    signing_text,
)
from app.sync.identity import ensure_identity
from app.sync.keys import DeviceKeys, b64encode
from app.sync.push import push
from app.sync.retry_notice import RetryNotice
from app.sync.stages import Stage
from app.sync.status import status
from app.sync.transfer import export_changes
from tests.helpers import make_province
from tests.http_helpers import (
    FAST_RETRY,
    CutProxy,
    Laptop,
    ServerThread,
    add_staff,
    enrolled_laptop,
    get_nonce,
    inbox_ids,
    province_server,
    staff_named,
    wait_until_up,
)
from tests.pg import BACKENDS, free_port, postgres_cluster, postgres_template  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MACHINE = "machine-http-sync-tests"  # every simulated laptop of this module runs "here"



@pytest.fixture(scope="module", params=BACKENDS)
def server(request, tmp_path_factory) -> Iterator[ServerThread]:
    """The module's server, on SQLite and then on PostgreSQL: every test runs on both."""
    folder = tmp_path_factory.mktemp(f"province-{request.param}")
    with province_server(request, folder, make_province) as running:
        yield running


@pytest.fixture(autouse=True)
def on_this_machine(monkeypatch) -> None:
    monkeypatch.setenv(MACHINE_ENV, MACHINE)


@pytest.fixture(scope="module")
def communes(server) -> Iterator[str]:
    """Each test's laptops get a commune of their own, so that no test pulls another's data."""
    with server.store.sessions() as session:
        return iter(session.scalars(select(Commune.code).where(
            Commune.province_code == "11").order_by(Commune.code)).all())


@pytest.fixture
def laptop_factory(server, communes, tmp_path):
    """Office laptops of one commune (the test's own), enrolled with the module's server."""
    made: list[Laptop] = []
    commune = next(communes)

    def make(name: str) -> Laptop:
        laptop = enrolled_laptop(tmp_path / f"laptop-{len(made)}", server.store, name,
                                 (commune,))
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.store.close()


def acknowledged_but_not_received(laptop: Laptop, server: ServerThread) -> set[str]:
    """Bundles the laptop counts as done that the province never applied: must be none."""
    return laptop.acknowledged_ids() - set(inbox_ids(server.store, laptop.device_id))


def signed(laptop: Laptop, method: str, route: str, body: bytes, nonce: str,
           keys: DeviceKeys | None = None) -> dict[str, str]:
    if keys is None:
        with laptop.store.sessions.begin() as session:
            keys = ensure_identity(session).keys
    signature = keys.sign(signing_text(method, API + route, nonce, body))
    return {"X-Device": laptop.device_id, "X-Nonce": nonce, "X-Signature": b64encode(signature)}


# ------------------------------------------------------------------ the main flow


def test_first_push_sends_the_claim_and_the_changes(server, laptop_factory):
    office = laptop_factory("Máy văn phòng A")
    add_staff(office, "Cán bộ đầu tiên", 40)
    stages: list[Stage] = []

    report = push(office.store, server.url, retry=FAST_RETRY,
                  progress=lambda done, total, stage: stages.append(stage))

    assert report.claimed and report.sent == 1 and report.sent_changes == 40
    assert report.acknowledged == 1  # the province's receipt came back in the same push
    assert staff_named(server.store, "Cán bộ đầu tiên") == 40
    with server.store.sessions() as session:
        entry = session.scalars(select(RegisteredDevice).where(
            RegisteredDevice.device_id == office.device_id)).one()
        assert entry.state == "active" and entry.last_seen_at is not None
    assert office.unacknowledged() == 0
    assert Stage.UPLOAD in stages and Stage.DOWNLOAD in stages
    assert stages == sorted(stages)  # a stage never goes back
    with office.store.sessions() as session:
        state = status(session)
    assert state.confirmed and state.pending_changes == 0 and state.last_sent["http"]


def test_second_push_sends_nothing_new_and_takes_the_receipts(server, laptop_factory):
    office = laptop_factory("Máy văn phòng B")
    add_staff(office, "Cán bộ hai lần", 10)
    push(office.store, server.url, retry=FAST_RETRY)
    before = inbox_ids(server.store, office.device_id)

    again = push(office.store, server.url, retry=FAST_RETRY)

    assert not again.claimed and again.sent_changes == 0  # at most a receipt again
    assert again.received >= 1 and again.applied == 0  # the province's receipt
    assert inbox_ids(server.store, office.device_id) == before
    assert staff_named(server.store, "Cán bộ hai lần") == 10


def test_a_push_reads_who_this_device_is_once(server, laptop_factory, monkeypatch):
    """Its identity, keys and the province's key are read at the start of a push (which
    also tells a copied store from the original) and used by every stage after."""
    office = laptop_factory("Máy đọc một lần")
    add_staff(office, "Cán bộ một lần", 3)
    read = []

    def counted(session):
        read.append(1)
        return sync_context(session)

    monkeypatch.setattr(push_module, "sync_context", counted)
    report = push(office.store, server.url, retry=FAST_RETRY)
    assert report.ok and report.claimed and report.sent_changes >= 3
    assert len(read) == 1
    assert staff_named(server.store, "Cán bộ một lần") == 3


def test_a_download_starts_at_the_offset_asked_for(server, laptop_factory):
    office = laptop_factory("Máy tải dở")
    push(office.store, server.url, retry=FAST_RETRY)
    sender = laptop_factory("Máy gửi trước")
    add_staff(sender, "Cán bộ tải dở", 20)
    push(sender.store, server.url, retry=FAST_RETRY)  # something for the office to fetch
    with office.store.sessions.begin() as session:
        keys = ensure_identity(session).keys
    with SyncClient(server.url, office.device_id, keys, retry=FAST_RETRY) as client:
        [item, *_] = client.pull()
        whole = client.download(item)
    route = f"/bundles/{item['bundle_id']}"
    for query, headers in (("?offset=100", {}), ("", {"Range": "bytes=100-"})):
        answer = httpx.get(f"{server.url}{API}{route}{query}", headers={
            **headers, **signed(office, "GET", route + query, b"", get_nonce(server.url))})
        assert answer.status_code == 206 and answer.content == whole[100:]
        assert answer.headers["Content-Range"] == f"bytes 100-{len(whole) - 1}/{len(whole)}"


def test_a_change_reaches_the_other_laptop_of_the_commune_and_back(server, laptop_factory):
    first, second = laptop_factory("Máy một"), laptop_factory("Máy hai")
    [record] = add_staff(first, "Cán bộ hai máy", 1)
    push(first.store, server.url, retry=FAST_RETRY)

    report = push(second.store, server.url, retry=FAST_RETRY)
    assert report.applied >= 1
    with second.store.sessions.begin() as session:
        staff = session.get(Staff, record)
        assert staff is not None
        staff.phone = "0912000111"
    push(second.store, server.url, retry=FAST_RETRY)
    push(first.store, server.url, retry=FAST_RETRY)

    with first.store.sessions() as session:
        assert session.get(Staff, record).phone == "0912000111"
    for laptop in (first, second):
        assert laptop.unacknowledged() == 0
        assert not acknowledged_but_not_received(laptop, server)


# ------------------------------------------------------------------ who may talk


def test_unsigned_forged_replayed_and_unknown_requests_are_refused(server, laptop_factory):
    office = laptop_factory("Máy kiểm tra chữ ký")
    push(office.store, server.url, retry=FAST_RETRY)
    url = f"{server.url}{API}/pull"

    unsigned = httpx.post(url)
    assert unsigned.status_code == 401 and "ký" in unsigned.json()["detail"]

    forged = httpx.post(url, headers=signed(office, "POST", "/pull", b"", get_nonce(server.url),
                                            keys=DeviceKeys.generate()))
    assert forged.status_code == 401 and "Chữ ký" in forged.json()["detail"]

    headers = signed(office, "POST", "/pull", b"", get_nonce(server.url))
    assert httpx.post(url, headers=headers).status_code == 200
    replayed = httpx.post(url, headers=headers)
    assert replayed.status_code == 401 and "dùng một lần" in replayed.json()["detail"]

    other_body = signed(office, "POST", "/uploads", b"{}", get_nonce(server.url))
    tampered = httpx.post(f"{server.url}{API}/uploads", content=b'{"size":1}',
                          headers=other_body)
    assert tampered.status_code == 401

    stranger = signed(office, "POST", "/pull", b"", get_nonce(server.url))
    stranger["X-Device"] = "0" * 32
    refused = httpx.post(url, headers=stranger)
    assert refused.status_code == 401 and "đăng ký" in refused.json()["detail"]


def test_a_revoked_laptop_is_refused(server, laptop_factory, monkeypatch, capsys):
    office = laptop_factory("Máy bị mất")
    push(office.store, server.url, retry=FAST_RETRY)
    province.revoke(server.store, office.device_id)
    add_staff(office, "Cán bộ sau thu hồi", 3)

    answer = httpx.post(f"{server.url}{API}/pull",
                        headers=signed(office, "POST", "/pull", b"", get_nonce(server.url)))
    assert answer.status_code == 403 and "thu hồi" in answer.json()["detail"]
    with pytest.raises(ServerRefusedError, match="thu hồi"):
        push(office.store, server.url, retry=FAST_RETRY)

    code = cli.main(["--data-dir", str(office.store.path.parent), "sync", "push",
                     "--server", server.url])
    err = capsys.readouterr().err
    assert code == 2 and "thu hồi" in err and len(err.strip().splitlines()) == 1
    assert staff_named(server.store, "Cán bộ sau thu hồi") == 0


def test_a_bundle_of_another_device_is_refused_and_changes_nothing(server, laptop_factory):
    owner, carrier = laptop_factory("Máy làm gói"), laptop_factory("Máy mang gói")
    push(carrier.store, server.url, retry=FAST_RETRY)
    push(owner.store, server.url, retry=FAST_RETRY)
    add_staff(owner, "Cán bộ gói mượn", 4)
    with owner.store.sessions.begin() as session:
        me, peer = sync_context(session)
        [data] = export_changes(session, me, peer, via="http")
    with carrier.store.sessions.begin() as session:
        keys = ensure_identity(session).keys
    with SyncClient(server.url, carrier.device_id, keys, retry=FAST_RETRY) as client:
        for _again in range(2):  # the refusal is kept: asking again gets the same answer
            with pytest.raises(ServerRefusedError, match="không phải của thiết bị") as caught:
                client.upload(data)
            assert caught.value.status == 422
    assert staff_named(server.store, "Cán bộ gói mượn") == 0


def test_a_request_body_over_the_limit_is_refused(server, laptop_factory):
    declared = raw_request(server.port, b"POST /api/v1/claim HTTP/1.1\r\nHost: x\r\n"
                           b"Content-Length: 5000000\r\n\r\n")
    assert declared.startswith(b"HTTP/1.1 413")

    head = b"POST /api/v1/claim HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
    piece = b"x" * 65536
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for _ in range(20))
    streamed = raw_request(server.port, head + chunks)
    assert streamed.startswith(b"HTTP/1.1 413")
    assert "vượt quá".encode() in streamed

    office = laptop_factory("Máy gửi phần quá lớn")
    push(office.store, server.url, retry=FAST_RETRY)
    route = f"/uploads/{'0' * 32}?offset=0"
    body = b"x" * (300 * 1024)
    big_chunk = httpx.put(f"{server.url}{API}{route}", content=body,
                          headers=signed(office, "PUT", route, body, get_nonce(server.url)))
    assert big_chunk.status_code == 413


def raw_request(port: int, data: bytes) -> bytes:
    """Send bytes as they are (no client library fixes them up); the answer, head and body."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(data)
        answer = b""
        while b"\r\n\r\n" not in answer or len(answer.partition(b"\r\n\r\n")[2]) < int(
                answer.lower().partition(b"content-length: ")[2].split(b"\r\n")[0] or 0):
            more = sock.recv(65536)
            if not more:
                break
            answer += more
        return answer


# ------------------------------------------------------------------ a bad link


def test_a_transfer_cut_at_random_points_resumes_and_completes(server, laptop_factory):
    office, other = laptop_factory("Máy mạng yếu"), laptop_factory("Máy nhận mạng yếu")
    push(other.store, server.url, retry=FAST_RETRY)
    add_staff(office, "Cán bộ mạng yếu", 1200, seed=7)
    cuts = []
    for laptop, seed in ((office, 20260205), (other, 20260206)):
        proxy = CutProxy(server.port, cuts=12, low=300, high=30_000, seed=seed)
        try:
            report = push(laptop.store, proxy.url, retry=FAST_RETRY, chunk_size=8 * 1024)
        finally:
            proxy.close()
        cuts.append(proxy.cut)
        if laptop is office:
            assert report.sent_changes == 1200
        else:
            assert report.applied == 1200

    assert min(cuts) >= 4, cuts  # both ways, several times each
    assert staff_named(server.store, "Cán bộ mạng yếu") == 1200
    assert staff_named(other.store, "Cán bộ mạng yếu") == 1200
    with server.store.sessions() as session:  # each change was applied once
        journal = session.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.origin == office.device_id))
    assert journal == 1200
    assert office.unacknowledged() == 0 and not acknowledged_but_not_received(office, server)


def test_an_upload_resumes_after_the_server_restarts(tmp_path):
    store = make_province(tmp_path / "province")
    first = ServerThread(store, tmp_path / "province" / "server").start()
    office = enrolled_laptop(tmp_path / "office", store, "Máy chờ máy chủ")
    push(office.store, first.url, retry=FAST_RETRY)
    add_staff(office, "Cán bộ khởi động lại", 300, seed=3)
    with office.store.sessions.begin() as session:
        me, peer = sync_context(session)
        [data] = export_changes(session, me, peer, via="http")
    chunk, cancel, offsets = 4096, threading.Event(), []

    def stop_after_two(offset: int) -> None:
        offsets.append(offset)
        if len(offsets) == 2:
            cancel.set()

    try:
        with SyncClient(first.url, me.id, me.keys, retry=FAST_RETRY, cancel=cancel,
                        chunk_size=chunk) as client, pytest.raises(SyncCancelled):
            client.upload(data, stop_after_two)
    finally:
        first.stop()
    second = ServerThread(store, tmp_path / "province" / "server").start()
    offsets.clear()
    try:
        with SyncClient(second.url, me.id, me.keys, retry=FAST_RETRY,
                        chunk_size=chunk) as client:
            outcome = client.upload(data, offsets.append)
    finally:
        second.stop()
    assert offsets[0] == 3 * chunk  # the first two chunks were kept through the restart
    assert outcome["applied"] == 300 and not outcome["duplicate"]
    assert staff_named(store, "Cán bộ khởi động lại") == 300
    office.store.close()
    store.close()


def test_an_unreachable_server_fails_in_one_line(tmp_path, laptop_factory, monkeypatch,
                                                 capsys):
    office = laptop_factory("Máy không có mạng")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    with pytest.raises(ServerUnreachableError, match="Không kết nối được"):
        push(office.store, closed, retry=RetryPolicy(attempts=3, base_delay=0.01))

    code = cli.main(["--data-dir", str(office.store.path.parent), "sync", "push",
                     "--server", closed, "--retry-for", "0.5"])
    captured = capsys.readouterr()
    assert code == 2 and "Traceback" not in captured.err
    assert captured.err.count("\n") == 1 and "Không kết nối được máy chủ" in captured.err


# ------------------------------------------------------------------ cancel


def test_cancelling_stops_the_push_and_keeps_the_laptop_consistent(server, laptop_factory):
    office, other = laptop_factory("Máy hủy giữa chừng"), laptop_factory("Máy hủy khi nhận")
    add_staff(office, "Cán bộ hủy", 600, seed=11)
    push(other.store, server.url, retry=FAST_RETRY)
    cancel = threading.Event()

    def cancel_at(stage: Stage):
        def progress(done: int, total: int, now: Stage) -> None:
            if now == stage and 0 < done < total:
                cancel.set()
        return progress

    with pytest.raises(SyncCancelled, match="Đã hủy"):
        push(office.store, server.url, retry=FAST_RETRY, cancel=cancel, chunk_size=4096,
             progress=cancel_at(Stage.UPLOAD))
    assert staff_named(server.store, "Cán bộ hủy") == 0
    assert not acknowledged_but_not_received(office, server)
    cancel.clear()
    push(office.store, server.url, retry=FAST_RETRY)
    assert staff_named(server.store, "Cán bộ hủy") == 600
    assert not acknowledged_but_not_received(office, server)

    with pytest.raises(SyncCancelled):
        push(other.store, server.url, retry=FAST_RETRY, cancel=cancel, chunk_size=4096,
             progress=cancel_at(Stage.DOWNLOAD))
    assert staff_named(other.store, "Cán bộ hủy") in (0, 600)  # a bundle is all or nothing
    cancel.clear()
    push(other.store, server.url, retry=FAST_RETRY)
    assert staff_named(other.store, "Cán bộ hủy") == 600


# ------------------------------------------------------------------ many at once


def test_twenty_laptops_pushing_at_once_lose_nothing(server, laptop_factory):
    laptops = [laptop_factory(f"Máy đồng thời {n}") for n in range(20)]
    for n, laptop in enumerate(laptops):
        add_staff(laptop, f"Cán bộ đồng thời {n:02d}", 8, seed=n)

    with ThreadPoolExecutor(max_workers=20) as pool:
        reports = list(pool.map(
            lambda laptop: push(laptop.store, server.url, retry=FAST_RETRY), laptops))

    assert sum(r.sent_changes for r in reports) == 160
    for n, laptop in enumerate(laptops):
        assert staff_named(server.store, f"Cán bộ đồng thời {n:02d}") == 8
        assert laptop.unacknowledged() == 0
    with server.store.sessions() as session:
        total = session.scalar(select(func.count()).select_from(Staff).where(
            Staff.full_name.like("Cán bộ đồng thời %")))
    assert total == 160


SERVE = "import sys, app.cli as cli; sys.exit(cli.main(sys.argv[1:]))"


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_server_command_serves_until_interrupted(backend, request, tmp_path):
    folder, extra, url = tmp_path / "province", [], None
    if backend == "sqlite":
        make_province(folder).close()
        database = str(folder / "province.sqlite3")
    else:
        cluster = request.getfixturevalue("postgres_cluster")
        database = url = cluster.create_database(
            template=request.getfixturevalue("postgres_template"))
        extra = ["--db", url]
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, "--data-dir", str(folder), "server", "serve",
         "--host", "127.0.0.1", "--port", str(port), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    store = Store.for_url(database)
    try:
        base = wait_until_up(f"http://127.0.0.1:{port}", process)
        office = enrolled_laptop(tmp_path / "office", store, "Máy của máy chủ thật")
        add_staff(office, "Cán bộ máy chủ thật", 12)
        assert push(office.store, base, retry=FAST_RETRY).sent_changes == 12
        assert staff_named(store, "Cán bộ máy chủ thật") == 12
        office.store.close()
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
        store.close()
        if url is not None:
            cluster.drop_database(url)
    assert process.returncode == 0, err
    assert "Máy chủ tỉnh đang chạy" in out and "Traceback" not in err


def test_the_command_line_push_prints_a_summary(server, laptop_factory, monkeypatch, capsys):
    office = laptop_factory("Máy dòng lệnh")
    add_staff(office, "Cán bộ dòng lệnh", 5)
    code = cli.main(["--data-dir", str(Path(office.store.path).parent), "sync", "push",
                     "--server", server.url])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "xác nhận đăng ký" in out and "5 thay đổi" in out
    assert staff_named(server.store, "Cán bộ dòng lệnh") == 5


# ------------------------------------------------------------------ retries told as they happen


def closed_address() -> tuple[str, int]:
    """An address on 127.0.0.1 where nothing listens (yet): every connection is refused."""
    port = free_port()
    return f"http://127.0.0.1:{port}", port


def test_each_retry_is_told_and_the_push_goes_on_when_the_server_comes_up(tmp_path):
    """The laptop tries a server that is not up; each retry reaches the progress callback as
    a RetryNotice (which try, how long, why), and when ``server serve`` starts on that port,
    the same push goes on and ends well."""
    folder = tmp_path / "province"
    store = make_province(folder)
    office = enrolled_laptop(tmp_path / "office", store, "Máy chờ máy chủ bật")
    add_staff(office, "Cán bộ chờ máy chủ", 6)
    base, port = closed_address()
    seen: list[object] = []
    process: list[subprocess.Popen] = []

    def progress(_done: int, _total: int, stage: object) -> None:
        seen.append(stage)
        if isinstance(stage, RetryNotice) and stage.failures == 2 and not process:
            process.append(subprocess.Popen(
                [sys.executable, "-c", SERVE, "--data-dir", str(folder), "server", "serve",
                 "--host", "127.0.0.1", "--port", str(port)],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))

    try:
        report = push(office.store, base, progress=progress,
                      retry=RetryPolicy(attempts=200, base_delay=0.2, max_delay=0.4,
                                        seconds=60))
    finally:
        for running_server in process:
            running_server.send_signal(signal.SIGINT)
            running_server.communicate(timeout=30)
    assert report.ok and report.claimed and report.sent_changes == 6
    assert staff_named(store, "Cán bộ chờ máy chủ") == 6
    notices = [stage for stage in seen if isinstance(stage, RetryNotice)]
    assert len(notices) >= 2
    assert [n.next_try for n in notices[:2]] == [2, 3]  # one notice per retry, in order
    assert all(n.attempts == 200 and 0 < n.delay <= 0.4 and n.seconds == 1 for n in notices)
    first = notices[0]
    assert first.reason.code == "transfer.reason_no_connection"
    assert first.message.text("vi") == (
        "Không kết nối được máy chủ (không mở được kết nối), thử lại lần 2 sau 1 giây…")
    assert first.message.text("en") == (
        "Could not reach the server (the connection could not be opened); trying again "
        "(try 2) in 1 s…")
    assert seen.index(notices[-1]) < seen.index(Stage.UPLOAD)  # the stages came after
    office.store.close()
    store.close()


def test_cancel_during_a_retry_wait_stops_at_once(tmp_path):
    """A retry may wait many seconds; Cancel pressed during the wait stops the push then."""
    store = make_province(tmp_path / "province")
    office = enrolled_laptop(tmp_path / "office", store, "Máy hủy khi chờ")
    base, _port = closed_address()
    cancel, notices = threading.Event(), []

    def progress(_done: int, _total: int, stage: object) -> None:
        if isinstance(stage, RetryNotice):
            notices.append(stage)
            threading.Timer(0.2, cancel.set).start()  # the officer clicks during the wait

    started = time.monotonic()
    with pytest.raises(SyncCancelled):
        push(office.store, base, progress=progress, cancel=cancel,
             retry=RetryPolicy(attempts=5, base_delay=20.0, max_delay=20.0, seconds=120))
    assert time.monotonic() - started < 5
    assert len(notices) == 1 and notices[0].seconds >= 10
    office.store.close()
    store.close()


def test_the_command_line_on_a_terminal_prints_each_retry(tmp_path):
    """``sync push`` on a terminal names each retry as it happens (from the catalogue), and
    still ends with one line on stderr and exit 2 when the server never answers."""
    store = make_province(tmp_path / "province")
    office = enrolled_laptop(tmp_path / "office", store, "Máy dòng lệnh chờ")
    office.store.close()
    store.close()
    base, _port = closed_address()
    leader, follower = pty.openpty()
    env = {**os.environ, "COMMUNE_IT_LANG": "vi"}
    process = subprocess.Popen(
        [str(BIN / "commune-it"), "--data-dir", str(office.store.path.parent), "sync", "push",
         "--server", base, "--retry-for", "2"],
        stdout=follower, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    os.close(follower)
    printed = read_terminal(leader)
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 2
    lines = printed.splitlines()
    retries = [line for line in lines if line.startswith("Không kết nối được máy chủ (")]
    assert retries[0] == ("Không kết nối được máy chủ (không mở được kết nối), thử lại lần 2 "
                          "sau 1 giây…"), lines
    assert len(retries) >= 2 and "thử lại lần 3 " in retries[1]
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "Không kết nối được máy chủ" in err


def read_terminal(leader: int) -> str:
    """Everything a process wrote to its terminal, until it closed it."""
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_every_client_shares_one_reading_of_the_certificates(monkeypatch) -> None:
    """httpx reads its whole CA bundle for each client it makes; a push makes one, and a
    slow laptop paid 20 ms of CPU for it each time. Read once a process, shared."""
    from app.sync import http as sync_http
    from app.sync.keys import DeviceKeys

    made = []
    real = sync_http.httpx.create_ssl_context
    monkeypatch.setattr(sync_http.httpx, "create_ssl_context",
                        lambda *a, **k: made.append(1) or real(*a, **k))
    sync_http._tls.cache_clear()
    keys = DeviceKeys.generate()
    clients = [sync_http.SyncClient(url, "device", keys) for url in
               ("http://127.0.0.1:9", "https://127.0.0.1:9", "http://127.0.0.1:10")]
    try:
        contexts = {id(client._http._transport._pool._ssl_context) for client in clients}
        assert len(made) == 1 and len(contexts) == 1
    finally:
        for client in clients:
            client.close()
        sync_http._tls.cache_clear()
