"""The provincial server against clients that mean it harm (issue 9, item 10): slow ones that
would hold its connections, nosy ones that would learn whether a device was revoked, and
malformed ones that would make it answer 500 or show a trace.

One real ``commune-it server serve`` process serves the module, with ``--client-timeout 1``
so that outwaiting a slow client takes a second (the real default is checked apart). The
attacks go through raw sockets (tests/server_attack_helpers.py), exactly as written.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi.routing import APIRoute

from app import cli
from app.models.machine import MACHINE_ENV
from app.models.store import Store
from app.server import province
from app.server.guard import MAX_HEAD
from app.server.http import create_app, make_server
from app.server.slow_clients import CLIENT_TIMEOUT, MAX_CONNECTIONS
from app.sync import enrolment
from app.sync.files import CLAIM_SUFFIX
from app.sync.http import API, RetryPolicy, ServerUnreachableError, SyncClient
from app.sync.identity import ensure_identity
from app.sync.keys import DeviceKeys, b64encode
from app.sync.push import push
from tests.helpers import MUONG_PHANG
from tests.http_helpers import FAST_RETRY, Laptop, add_staff, enrolled_laptop, staff_named
from tests.server_attack_helpers import (
    COMMUNE_IT,
    Answer,
    Served,
    read_to_end,
    seconds_until_closed,
    send,
    serving,
    signed_headers,
)

BOUND = 1.0  # the module's server's --client-timeout
CUT_BY = BOUND + 2.0  # a slow client must be gone by then, on a busy machine too
PULL = f"POST {API}/pull HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode()


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[Served]:
    with serving(tmp_path_factory.mktemp("province"), "--client-timeout", str(BOUND)) as s:
        yield s
    assert "unexpected" not in s.log.read_text()  # the Guard's line for a 500


@dataclass
class Devices:
    active: Laptop
    revoked: Laptop
    keys: dict[str, DeviceKeys] = field(default_factory=dict)
    unknown: str = field(default_factory=lambda: str(uuid.uuid4()))


@pytest.fixture(scope="module")
def devices(served, tmp_path_factory) -> Iterator[Devices]:
    """An active laptop and a revoked one, both enrolled and synced once."""
    root = tmp_path_factory.mktemp("laptops")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(MACHINE_ENV, "machine-server-hardening")
        found = Devices(*(enrolled_laptop(root / name, served.store, name)
                          for name in ("Máy còn dùng", "Máy bị mất")))
        for laptop in (found.active, found.revoked):
            push(laptop.store, served.url, retry=FAST_RETRY)
            with laptop.store.sessions.begin() as session:
                found.keys[laptop.device_id] = ensure_identity(session).keys
        province.revoke(served.store, found.revoked.device_id)
        yield found
        for laptop in (found.active, found.revoked):
            laptop.store.close()


def as_device(served: Served, laptop: Laptop, devices: Devices, method: str, target: str,
              body: bytes = b"") -> list[tuple[bytes, bytes]]:
    return signed_headers(served, method, target, body, laptop.device_id,
                          devices.keys[laptop.device_id])


# ------------------------------------------------------------------ slow clients


def test_request_heads_sent_a_byte_at_a_time_are_cut_off_while_a_sync_goes_through(
        served, devices):
    add_staff(devices.active, "Cán bộ giữa trận chậm", 6)
    with ThreadPoolExecutor(6) as pool:
        slow = [pool.submit(seconds_until_closed, PULL, b"X-Device: " + b"a" * 60,
                            port=served.port) for _ in range(5)]
        time.sleep(0.2)
        report = push(devices.active.store, served.url, retry=FAST_RETRY)
        lasted = [future.result() for future in slow]
    assert all(BOUND * 0.9 <= seconds <= CUT_BY for seconds in lasted), lasted
    assert report.sent_changes == 6
    assert staff_named(served.store, "Cán bộ giữa trận chậm") == 6


def test_a_body_that_trickles_is_cut_off(served):
    head = (f"POST {API}/claim HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
            "\r\nContent-Length: 4000\r\n\r\n").encode()
    lasted = seconds_until_closed(head, b'{"kind": "' + b"x" * 100, port=served.port)
    assert BOUND * 0.9 <= lasted <= CUT_BY


def test_a_silent_connection_and_an_idle_keep_alive_are_closed(served):
    assert BOUND * 0.9 <= seconds_until_closed(port=served.port) <= CUT_BY
    health = f"GET {API}/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
    assert BOUND * 0.9 <= seconds_until_closed(health, port=served.port) <= CUT_BY


def test_a_download_the_client_stops_reading_is_dropped(served, devices):
    bundle_id, size = str(uuid.uuid4()), 8 * 1024 * 1024
    waiting = served.spool.folder_of(devices.active.device_id) / f"{bundle_id}.citb"
    waiting.write_bytes(os.urandom(size))
    target = f"{API}/bundles/{bundle_id}"
    head = [f"GET {target} HTTP/1.1".encode(), b"Host: 127.0.0.1"]
    head += [name + b": " + value for name, value in
             as_device(served, devices.active, devices, "GET", target)]
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.connect(("127.0.0.1", served.port))
        sock.sendall(b"\r\n".join(head) + b"\r\n\r\n")
        time.sleep(CUT_BY)  # reads nothing meanwhile
        sock.settimeout(10)
        received = len(read_to_end(sock))
    assert 0 < received < size
    assert send(served, "GET", f"{API}/health").status == 200


def test_the_server_cuts_slow_clients_off_by_default(served, tmp_path):
    config = make_server(served.store, tmp_path / "spool").config
    assert CLIENT_TIMEOUT == 30 and config.http.seconds == CLIENT_TIMEOUT
    assert config.timeout_keep_alive == CLIENT_TIMEOUT
    assert config.limit_concurrency == MAX_CONNECTIONS
    assert config.h11_max_incomplete_event_size == MAX_HEAD
    assert cli.build_parser().parse_args(["server", "serve"]).client_timeout is None

    refused = subprocess.run([str(COMMUNE_IT), "--data-dir", str(tmp_path), "server", "serve",
                              "--client-timeout", "0"], capture_output=True, text=True,
                             timeout=60)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "--client-timeout" in refused.stderr and "Traceback" not in refused.stderr


def test_the_laptop_gives_up_on_a_server_that_never_answers(devices):
    with socket.create_server(("127.0.0.1", 0)) as mute:  # accepts, never says a word
        url = f"http://127.0.0.1:{mute.getsockname()[1]}"
        with SyncClient(url, devices.active.device_id, devices.keys[devices.active.device_id],
                        retry=RetryPolicy(attempts=2, base_delay=0.01), timeout=0.5) as client:
            started = time.monotonic()
            with pytest.raises(ServerUnreachableError, match="hết thời gian chờ"):
                client.pull()
    assert time.monotonic() - started < 5
    with SyncClient(url, "x", devices.keys[devices.active.device_id]) as client:
        limits = client._http.timeout
    assert (limits.connect, limits.read, limits.write, limits.pool) == (10, 60, 60, 10)


# ------------------------------------------------------------------ who is revoked


def unproven(served: Served, devices: Devices, device_id: str, attempt: str) -> Answer:
    """A request naming ``device_id`` that does not prove it holds that device's key."""
    target = f"{API}/pull"
    keys = devices.keys.get(device_id) or DeviceKeys.generate()
    headers = signed_headers(served, "POST", target, b"", device_id, keys)
    if attempt == "no signature":
        headers = headers[:1]
    elif attempt == "garbage signature":
        headers[2] = (b"X-Signature", b"bm90IGEgc2lnbmF0dXJl")
    elif attempt == "a stranger's key":
        headers = signed_headers(served, "POST", target, b"", device_id,
                                 DeviceKeys.generate())
    elif attempt == "a replay":  # the same request again, as someone on the line saw it
        send(served, "POST", target, headers=headers)
    return send(served, "POST", target, headers=headers)


@pytest.mark.parametrize("attempt", ["no signature", "garbage signature", "a stranger's key",
                                     "a replay"])
def test_an_unproven_request_learns_nothing_of_the_device_it_names(served, devices, attempt):
    answers = {}
    for state, device_id in (("active", devices.active.device_id), ("unknown", devices.unknown),
                             ("revoked", devices.revoked.device_id)):
        answer = unproven(served, devices, device_id, attempt)
        answers[state] = (answer.status, answer.body, sorted(
            (name, value) for name, value in answer.headers.items()
            if name not in ("date", "x-next-nonce")))
    assert answers["active"][0] == 401
    assert answers["active"] == answers["unknown"] == answers["revoked"], answers


def test_a_revoked_device_that_signs_properly_is_told_so(served, devices):
    target = f"{API}/pull"
    for laptop, status in ((devices.revoked, 403), (devices.active, 200)):
        answer = send(served, "POST", target,
                      headers=as_device(served, laptop, devices, "POST", target))
        assert answer.status == status
    assert "thu hồi" in json.loads(
        send(served, "POST", target, headers=as_device(
            served, devices.revoked, devices, "POST", target)).body)["detail"]


# ------------------------------------------------------------------ malformed requests


def _routes() -> list[tuple[str, str]]:
    """Every route of the sync API, read from the app itself: a new one is attacked too."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "province.sqlite3")  # a real one: the app reads its kind
        try:
            app = create_app(store, Path(folder) / "spool")
        finally:
            store.close()
    return sorted((method, route.path) for route in app.routes
                  if isinstance(route, APIRoute) for method in route.methods)


ROUTES = _routes()
BUNDLE, CHECKSUM = str(uuid.uuid4()), "ab" * 32


def announce(size: bytes) -> bytes:
    return b'{"bundle_id":"%s","size":%s,"sha256":"%s"}' % (BUNDLE.encode(), size,
                                                             CHECKSUM.encode())


@dataclass(frozen=True)
class Attack:
    name: str
    body: bytes = b""
    query: str | None = None  # None: a sound one (offset=0 where one is needed)
    param: str | None = None  # for {upload_id} and {bundle_id}; None: a real one
    headers: tuple[tuple[bytes, bytes], ...] = ()


ATTACKS = [
    Attack("deep JSON", b"[" * 100_000),
    Attack("deep JSON in an object", b'{"bundle_id":' + b"[" * 50_000),
    Attack("1e400", announce(b"1e400"), "offset=1e400"),
    Attack("5,000 digits", announce(b"9" * 5000), "offset=" + "9" * 5000),
    Attack("NaN and Infinity", b'{"bundle_id":NaN,"size":Infinity,"sha256":-Infinity}',
           "offset=NaN"),
    Attack("wrong types", b'{"bundle_id":[1],"size":"12","sha256":{"a":1},"kind":5,'
           b'"enrolment_id":[],"communes":"03325"}', "offset=abc", "0"),
    Attack("not an object", b'[null, true, 1.5, "x"]'),
    Attack("missing fields", b"{}", ""),
    Attack("negative", announce(b"-1"), "offset=-1"),
    Attack("overflowing", announce(b"18446744073709551616"), "offset=18446744073709551616"),
    Attack("a Range of 5,000 digits", headers=((b"Range", b"bytes=" + b"9" * 5000 + b"-"),)),
    Attack("a Range past any size", headers=((b"Range", b"bytes=18446744073709551616-"),)),
    Attack("a Range backwards", headers=((b"Range", b"bytes=-1, 7-3"),)),
    Attack("non-UTF-8 bytes", b'\xff\xfe{"bundle_id":"\xc3"}', param="%ff%fe",
           headers=((b"X-Note", b"\xff\xfe"),)),
    Attack("a path of 10,000 characters", param="a" * 10_000),
    Attack("a path that climbs", param="..%2F..%2Fprovince.sqlite3"),
    Attack("an over-long header", headers=((b"X-Padding", b"a" * 100_000),)),
    Attack("a wrong content type", announce(b"100"),
           headers=((b"Content-Type", b"multipart/form-data; boundary=x"),)),
]


@pytest.fixture(scope="module")
def upload_id(served, devices) -> str:
    """An upload of the active laptop, announced and never finished."""
    target, body = f"{API}/uploads", announce(b"1000")
    answer = send(served, "POST", target, body,
                  as_device(served, devices.active, devices, "POST", target, body))
    return json.loads(answer.body)["upload_id"]


@pytest.mark.parametrize("attack", ATTACKS, ids=[attack.name for attack in ATTACKS])
@pytest.mark.parametrize("route", ROUTES, ids=[" ".join(route) for route in ROUTES])
def test_no_malformed_request_gets_a_500_or_a_trace(served, devices, upload_id, route, attack):
    method, path = route
    (served.spool.folder_of(devices.active.device_id) / f"{BUNDLE}.citb").write_bytes(b"z" * 99)
    target = path.replace("{upload_id}", attack.param or upload_id).replace(
        "{bundle_id}", attack.param or BUNDLE)
    query = "offset=0" if attack.query is None and method == "PUT" else attack.query
    target += f"?{query}" if query else ""
    headers = as_device(served, devices.active, devices, method, target, attack.body)
    answer = send(served, method, target, attack.body, [*headers, *attack.headers])
    assert answer.status is not None and answer.status < 500, answer.raw[:300]
    for leak in ("Traceback", 'File "', ".py", "site-packages", str(served.folder)):
        assert leak.encode() not in answer.raw


def claim_of(served: Served, name: str, change: dict) -> dict:
    """A claim signed and proven with the one-time code of a new enrolment, then changed
    (and signed and proven again): only a device holding the code can send it."""
    data = province.issue(served.store, MUONG_PHANG, name, False)
    keys = DeviceKeys.generate()
    claim = {"kind": enrolment.CLAIM_KIND, "format": enrolment.FORMAT,
             "enrolment_id": data["enrolment_id"], "device_id": str(uuid.uuid4()),
             "device_name": name, "role": "office", "communes": [MUONG_PHANG],
             "public_keys": keys.public().to_dict()}
    claim = {k: v for k, v in {**claim, **change}.items() if v is not None}
    claim["proof"] = hmac.new(data["code"].encode(), enrolment.canonical(claim),
                              hashlib.sha256).hexdigest()
    claim["signature"] = b64encode(keys.sign(enrolment.canonical(claim)))
    return claim


CLAIM_CHANGES = [{"device_id": None}, {"role": None}, {"communes": None},
                 {"public_keys": None}, {"communes": MUONG_PHANG}, {"communes": [5]},
                 {"communes": []}, {"role": ["office"]}, {"device_id": {"id": 1}},
                 {"device_id": 5}, {"device_id": "x" * 5000}, {"device_name": 5}]


@pytest.mark.parametrize("change", CLAIM_CHANGES, ids=[json.dumps(c)[:40] for c in CLAIM_CHANGES])
def test_a_proven_claim_of_the_wrong_shape_is_refused_plainly(served, tmp_path, change):
    claim = claim_of(served, f"Máy lạ {uuid.uuid4().hex[:6]}", change)
    answer = send(served, "POST", f"{API}/claim", json.dumps(claim).encode())
    assert answer.status == 422 and json.loads(answer.body)["detail"], answer.raw[:300]
    (tmp_path / f"claim{CLAIM_SUFFIX}").write_text(json.dumps(claim), encoding="utf-8")
    done = subprocess.run([str(COMMUNE_IT), "--data-dir", str(served.folder), "server",
                           "import", str(tmp_path / f"claim{CLAIM_SUFFIX}")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr


def test_a_sound_claim_is_still_taken(served):
    claim = claim_of(served, "Máy đúng mẫu", {})
    answer = send(served, "POST", f"{API}/claim", json.dumps(claim).encode())
    assert answer.status == 200 and json.loads(answer.body)["state"] == "active"
