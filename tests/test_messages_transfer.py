"""What the network transfer tells is a code of the one catalogue (app/messages/transfer.py),
in Vietnamese and in English alike, and a refusal from the server reads in the laptop's
language when the server sent a code this copy knows.

The client's failures are provoked for real: a bad address, a closed port, and a small
HTTP server on 127.0.0.1 that answers as a province server might (a refusal with a code, a
refusal in words only, a bare status, a bundle whose bytes do not match, a link that drops
half-way, an upload the server keeps finding damaged).
"""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.messages import catalogue, message, placeholders
from app.messages.transfer import TEXTS
from app.sync import bundle
from app.sync.errors import ServerRefusedError, ServerUnreachableError, SyncError
from app.sync.http import RetryPolicy, SyncClient
from app.sync.keys import DeviceKeys

_VI = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE = re.compile(f"[{_VI}{_VI.upper()}]")
QUICK = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02, seconds=5)
Answer = Callable[[BaseHTTPRequestHandler], None]


def test_every_entry_has_both_languages_and_the_same_placeholders() -> None:
    assert TEXTS
    for code, (vietnamese, english) in TEXTS.items():
        assert code.startswith("transfer.") and code in catalogue()
        assert vietnamese.strip() and english.strip(), code
        assert placeholders(vietnamese) == placeholders(english), code
        assert VIETNAMESE.search(vietnamese), code
        assert not VIETNAMESE.search(english), code


class Province(ThreadingHTTPServer):
    """Answers every request with ``answer`` (set by the test)."""

    answer: Answer


@pytest.fixture
def province() -> Iterator[tuple[Province, str]]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (the standard library's name)
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            if self.path.endswith("/challenge"):  # a nonce to sign the real request with
                as_json(200, {"nonce": "n" * 24})(self)
            else:
                self.server.answer(self)

        do_GET = do_PUT = do_POST  # noqa: N815

        def log_message(self, *_args) -> None:
            pass

    server = Province(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes,
         headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    for name, value in {"Content-Length": str(len(body)), **(headers or {})}.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def as_json(status: int, data: object) -> Answer:
    return lambda handler: send(handler, status, json.dumps(data).encode(),
                                {"Content-Type": "application/json"})


def client(url: str) -> SyncClient:
    return SyncClient(url, "device-1", DeviceKeys.generate(), retry=QUICK, timeout=2)


def english(error: SyncError) -> str:
    text = error.text("en")
    assert not VIETNAMESE.search(text) and "{" not in text, text
    return text


def test_a_refusal_with_a_known_code_reads_in_the_laptops_language(province) -> None:
    server, url = province
    server.answer = as_json(403, {"detail": "Gói tải về từ máy chủ bị sai lệch; hãy đồng bộ "
                                            "lại.", "code": "transfer.download_damaged",
                                  "values": {}})
    with client(url) as sync, pytest.raises(ServerRefusedError) as refused:
        sync.pull()
    assert (refused.value.code, refused.value.status) == ("transfer.download_damaged", 403)
    assert english(refused.value).startswith("A bundle downloaded from the server")


def test_a_refusal_without_a_known_code_falls_back_to_the_servers_words(province) -> None:
    server, url = province
    server.answer = as_json(403, {"detail": "Thiết bị này đã bị thu hồi.",
                                  "code": "server.from_a_newer_version", "values": {}})
    with client(url) as sync, pytest.raises(ServerRefusedError) as refused:
        sync.pull()
    assert refused.value.code == "sync.server_said"
    assert str(refused.value) == "Thiết bị này đã bị thu hồi."
    server.answer = lambda handler: send(handler, 404, b"not json")
    with client(url) as sync, pytest.raises(ServerRefusedError) as bare:
        sync.pull()
    assert bare.value.code == "sync.server_refused_status" and "404" in english(bare.value)


def test_the_clients_own_failures_are_codes(province) -> None:
    server, url = province
    with pytest.raises(SyncError) as bad_address:
        client("ftp://may-chu-tinh")
    assert bad_address.value.code == "transfer.server_address_invalid"
    assert "ftp://may-chu-tinh" in english(bad_address.value)

    item = {"bundle_id": "b", "size": 10, "sha256": "0" * 64}
    server.answer = lambda handler: send(handler, 200, b"0123456789")
    with client(url) as sync, pytest.raises(SyncError) as damaged:
        sync.download(item)
    assert damaged.value.code == "transfer.download_damaged" and english(damaged.value)

    for answer, reason, words in (
            (lambda handler: send(handler, 200, b"0123"), "reason_cut_midway", "half-way"),
            (hang_up, "reason_dropped", "dropped")):
        server.answer = answer
        with client(url) as sync, pytest.raises(ServerUnreachableError) as cut:
            sync.download(item)
        assert cut.value.code == "transfer.server_unreachable"
        assert cut.value.values["reason"] == message(f"transfer.{reason}")
        assert words in english(cut.value)


def hang_up(handler: BaseHTTPRequestHandler) -> None:
    """Promise ten bytes, send four, and hang up: a link dropping mid-download."""
    handler.send_response(200)
    handler.send_header("Content-Length", "10")
    handler.end_headers()
    handler.wfile.write(b"0123")
    handler.wfile.flush()
    handler.close_connection = True
    handler.connection.shutdown(socket.SHUT_RDWR)


def test_an_upload_the_server_keeps_finding_damaged_gives_up_in_words(province) -> None:
    server, url = province
    keys = DeviceKeys.generate()
    data = bundle.encode([{"bundle_id": "x", "first_seq": 1, "last_seq": 1}], kind="receipt",
                         schema="0009", sender="device-1", receiver="province", communes=(),
                         first_seq=0, last_seq=0, signer=keys, recipient=keys.public())

    def answer(handler: BaseHTTPRequestHandler) -> None:
        if handler.path.endswith("/commit"):
            as_json(409, {"detail": "Dữ liệu nhận được không khớp mã kiểm tra; cần gửi lại.",
                          "received": 0})(handler)
        else:
            as_json(200, {"upload_id": "u" * 32, "received": len(data)})(handler)

    server.answer = answer
    with SyncClient(url, "device-1", keys, retry=QUICK) as sync, \
            pytest.raises(SyncError) as refused:
        sync.upload(data)
    assert refused.value.code == "transfer.upload_keeps_failing" and english(refused.value)


def test_a_server_nobody_answers_on_is_told_with_its_reason() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    with client(closed) as sync, pytest.raises(ServerUnreachableError) as caught:
        sync.pull()
    values = caught.value.values
    assert (values["server"], values["attempts"]) == (closed, 2)
    assert values["reason"] == message("transfer.reason_no_connection")
    assert "Không kết nối được máy chủ" in caught.value.text("vi")
    assert closed in english(caught.value)
