"""A push cut off resumes in the next run instead of starting over (issue 10, item 4).

A real province server on 127.0.0.1 (SQLite), real laptops, real processes: the first try
of a push runs in a process of its own that is killed once the server holds 60% of the
bundle; the next run, the real ``commune-it sync push``, must send only the other 40%, under
the same bundle id, and end fully synced and acknowledged. Around it, what may happen
between two runs: new changes, a bundle the province took although its answer was lost, a
USB stick export, a copy of the store that became another device.
"""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Commune, JournalEntry
from app.models.machine import MACHINE_ENV
from app.models.setup import require_device
from app.models.store import Store
from app.server import province
from app.server.http import ProvinceServer
from app.sync.device import enroll_file
from app.sync.errors import SyncCancelled
from app.sync.push import push
from app.sync.stages import Stage
from tests.helpers import DB_NAME, make_province
from tests.http_helpers import (
    FAST_RETRY,
    Laptop,
    ServerThread,
    add_staff,
    enrolled_laptop,
    inbox_ids,
)
from tests.http_helpers import staff_named as on
from tests.transfer_helpers import (
    COMMUNE_IT,
    SpoolLog,
    digest,
    header_of,
    kept,
    transfers,
    unfinished,
)

ROOT = Path(__file__).resolve().parents[1]
MACHINE = "machine-resumable-push-tests"
CHUNK = 4096
# The first try, in a process of its own: the push the Sync page runs, in small chunks.
FIRST_TRY = ("import sys; from app.models.store import Store; from app.sync.push import push;"
             "push(Store(sys.argv[1]), sys.argv[2], chunk_size=int(sys.argv[3]))")


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[ServerThread]:
    folder = tmp_path_factory.mktemp("province")
    store = make_province(folder)
    running = ServerThread(store, folder / "server").start()
    yield running
    running.stop()
    store.close()


@pytest.fixture(autouse=True)
def on_this_machine(monkeypatch) -> None:
    monkeypatch.setenv(MACHINE_ENV, MACHINE)


@pytest.fixture(scope="module")
def communes(server) -> Iterator[str]:
    """A commune per test, so that no test pulls another's officials."""
    with server.store.sessions() as session:
        return iter(session.scalars(select(Commune.code).where(
            Commune.province_code == "11").order_by(Commune.code.desc())).all())


@pytest.fixture
def laptop(server, communes, tmp_path) -> Iterator[Laptop]:
    office = enrolled_laptop(tmp_path / "laptop", server.store, "Máy văn phòng nối lại",
                             (next(communes),))
    yield office
    office.store.close()


@pytest.fixture
def spool(monkeypatch) -> SpoolLog:
    return SpoolLog().install(monkeypatch)


def cut_at(share: float, stage: Stage = Stage.UPLOAD):
    """A cancel event and a progress callback that sets it once ``stage`` passes ``share``."""
    cancel = threading.Event()

    def progress(done: int, total: int, now: Stage) -> None:
        if now is stage and total and done >= share * total:
            cancel.set()
    return cancel, progress


def journalled_at_province(server: ServerThread, device: str) -> int:
    with server.store.sessions() as session:
        return session.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.origin == device))


def test_an_upload_cut_at_60_percent_resumes_in_a_new_process(server, laptop, spool):
    add_staff(laptop, "Cán bộ cắt giữa chừng", 1500, seed=60)
    folder = laptop.store.path.parent
    laptop.store.close()
    spool.hold_share = 0.6
    first = subprocess.Popen([sys.executable, "-c", FIRST_TRY, str(folder / DB_NAME),
                              server.url, str(CHUNK)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert spool.held.wait(120), first.communicate(timeout=30)
    finally:
        first.kill()  # no goodbye: as a laptop whose battery died
        first.communicate(timeout=30)
        spool.release.set()
    assert first.returncode == -signal.SIGKILL
    [cut] = spool.change_bundles()
    had = spool.bytes_of(cut.bundle_id)
    assert 0.6 * cut.size <= had < 0.6 * cut.size + CHUNK
    with Store(folder / DB_NAME) as store:  # what the killed process left on disk
        assert transfers(store) == [("upload", False)]
        [(kept_id, direction, data)] = kept(store)
    assert (kept_id, direction, digest(data)) == (cut.bundle_id, "out", cut.sha256)

    spool.clear()
    spool.hold_share = None
    second = subprocess.run([str(COMMUNE_IT), "--data-dir", str(folder), "sync", "push",
                             "--server", server.url], capture_output=True, text=True,
                            timeout=300)
    assert second.returncode == 0, second.stderr
    [again] = spool.change_bundles()
    assert again.bundle_id == cut.bundle_id and again.received == had  # the same bundle
    assert spool.bytes_of(cut.bundle_id) == cut.size - had <= 0.4 * cut.size  # only the rest
    assert min(p.offset for p in spool.puts) == had
    assert "1500 thay đổi" in second.stdout
    assert on(server.store, "Cán bộ cắt giữa chừng") == 1500
    assert journalled_at_province(server, laptop.device_id) == 1500
    status = subprocess.run([str(COMMUNE_IT), "--data-dir", str(folder), "sync", "status",
                             "--json"], capture_output=True, text=True, timeout=120)
    state = json.loads(status.stdout)
    assert (state["pending_changes"], state["unacknowledged_bundles"]) == (0, 0)
    with Store(folder / DB_NAME) as store:
        assert kept(store) == [] and unfinished(store) == 0
        assert transfers(store) == [("done", True)]


def test_changes_made_between_runs_go_in_a_new_bundle_after_the_kept_one(server, laptop,
                                                                         spool):
    add_staff(laptop, "Cán bộ trước lúc cắt", 800, seed=1)
    cancel, progress = cut_at(0.6)
    with pytest.raises(SyncCancelled):
        push(laptop.store, server.url, retry=FAST_RETRY, cancel=cancel, progress=progress,
             chunk_size=CHUNK)
    [cut] = spool.change_bundles()
    had = spool.bytes_of(cut.bundle_id)
    add_staff(laptop, "Cán bộ sau lúc cắt", 300, seed=2)
    spool.clear()

    report = push(laptop.store, server.url, retry=FAST_RETRY, chunk_size=CHUNK)

    kept_one, new_one = spool.change_bundles()
    assert kept_one.bundle_id == cut.bundle_id and kept_one.received == had
    assert spool.bytes_of(cut.bundle_id) == cut.size - had
    assert new_one.received == 0 and spool.bytes_of(new_one.bundle_id) == new_one.size
    assert report.sent_changes == 1100
    assert on(server.store, "Cán bộ trước lúc cắt") == 800
    assert on(server.store, "Cán bộ sau lúc cắt") == 300
    assert laptop.unacknowledged() == 0 and kept(laptop.store) == []


def test_a_bundle_taken_before_its_answer_was_lost_is_not_sent_again(server, laptop, spool,
                                                                      monkeypatch):
    add_staff(laptop, "Cán bộ mất câu trả lời", 500, seed=3)
    cancel, real_commit, lost = threading.Event(), ProvinceServer.commit, []

    def commit_then_lose_the_answer(served, device, upload_id):
        outcome = real_commit(served, device, upload_id)
        if not lost:  # the province imported it; the laptop never hears so, and gives up
            lost.append(outcome)
            cancel.set()
            raise ConnectionResetError("the answer is lost on the way")
        return outcome

    monkeypatch.setattr(ProvinceServer, "commit", commit_then_lose_the_answer)
    with pytest.raises(SyncCancelled):
        push(laptop.store, server.url, retry=FAST_RETRY, cancel=cancel, chunk_size=CHUNK)
    assert on(server.store, "Cán bộ mất câu trả lời") == 500
    [sent] = spool.change_bundles()
    spool.clear()

    push(laptop.store, server.url, retry=FAST_RETRY, chunk_size=CHUNK)

    [again] = spool.change_bundles()
    assert again.bundle_id == sent.bundle_id and again.received == again.size
    assert spool.puts == []  # not one byte of it again
    assert journalled_at_province(server, laptop.device_id) == 500  # applied once
    assert laptop.unacknowledged() == 0 and kept(laptop.store) == []


def test_a_stick_export_carries_the_kept_bundle_under_its_id(server, laptop, spool, tmp_path):
    add_staff(laptop, "Cán bộ qua USB", 800, seed=4)
    cancel, progress = cut_at(0.6)
    with pytest.raises(SyncCancelled):
        push(laptop.store, server.url, retry=FAST_RETRY, cancel=cancel, progress=progress,
             chunk_size=CHUNK)
    [cut] = spool.change_bundles()
    had = spool.bytes_of(cut.bundle_id)
    stick = tmp_path / "usb"
    stick.mkdir()

    exported = subprocess.run([str(COMMUNE_IT), "--data-dir", str(laptop.store.path.parent),
                               "sync", "export", "--to", str(stick)], capture_output=True,
                              text=True, timeout=120)

    assert exported.returncode == 0, exported.stderr
    files = {header_of(path).bundle_id: path for path in stick.glob("*.citb")}
    assert list(files) == [cut.bundle_id]  # one version of those changes, byte for byte
    assert digest(files[cut.bundle_id].read_bytes()) == cut.sha256
    assert province.import_paths(server.store, [stick]).refused == []
    assert on(server.store, "Cán bộ qua USB") == 800
    spool.clear()

    report = push(laptop.store, server.url, retry=FAST_RETRY, chunk_size=CHUNK)

    [again] = spool.change_bundles()
    assert again.bundle_id == cut.bundle_id and again.received == had
    assert report.sent_changes == 0  # the province had it from the stick: a duplicate
    assert journalled_at_province(server, laptop.device_id) == 800
    assert laptop.unacknowledged() == 0 and kept(laptop.store) == []


def test_kept_bytes_of_a_copy_that_became_another_device_are_made_anew(
        server, laptop, spool, monkeypatch, tmp_path):
    add_staff(laptop, "Cán bộ máy sao chép", 600, seed=5)
    cancel, progress = cut_at(0.6)
    with pytest.raises(SyncCancelled):
        push(laptop.store, server.url, retry=FAST_RETRY, cancel=cancel, progress=progress,
             chunk_size=CHUNK)
    [cut] = spool.change_bundles()
    laptop.store.close()
    monkeypatch.setenv(MACHINE_ENV, "the-laptop-it-was-copied-to")
    with Store(laptop.store.path) as store:  # new id and keys: the kept bytes are not its own
        enrolment = tmp_path / "ghi-danh-moi.json"
        enrolment.write_text(province.enrolment_text(province.issue(
            server.store, laptop.commune, "Máy nhận bản sao", False)), encoding="utf-8")
        enroll_file(store, enrolment)
        spool.clear()

        report = push(store, server.url, retry=FAST_RETRY, chunk_size=CHUNK)

        [made_anew] = spool.change_bundles()
        assert made_anew.bundle_id != cut.bundle_id and made_anew.received == 0
        with store.sessions() as session:
            device = require_device(session).id
        assert device != laptop.device_id
        assert made_anew.bundle_id in inbox_ids(server.store, device)  # signed as the new one
        assert report.sent_changes == 600 and on(server.store, "Cán bộ máy sao chép") == 600
        assert kept(store) == []


def test_a_push_cut_while_downloading_takes_up_there_then_sends_what_is_new(
        server, laptop, communes, tmp_path):
    other = enrolled_laptop(tmp_path / "other", server.store, "Máy gửi trước",
                            (laptop.commune,))
    add_staff(other, "Cán bộ máy bên", 400, seed=6)
    push(other.store, server.url, retry=FAST_RETRY)
    cancel, progress = cut_at(0.3, Stage.DOWNLOAD)
    with pytest.raises(SyncCancelled):
        push(laptop.store, server.url, retry=FAST_RETRY, cancel=cancel, progress=progress,
             chunk_size=CHUNK)
    assert transfers(laptop.store) == [("download", False)]
    add_staff(laptop, "Cán bộ văn phòng mới", 5, seed=7)
    stages: list[Stage] = []

    report = push(laptop.store, server.url, retry=FAST_RETRY,
                  progress=lambda done, total, stage: stages.append(stage))

    assert stages[0] is Stage.DOWNLOAD  # taken up where it stopped, not from the start
    taken_up = stages[:stages.index(Stage.UPLOAD)]
    assert taken_up == sorted(taken_up) and Stage.ACKNOWLEDGE in taken_up
    assert report.applied == 400 and on(laptop.store, "Cán bộ máy bên") == 400
    assert on(server.store, "Cán bộ văn phòng mới") == 5  # a new transfer sent what is new
    assert transfers(laptop.store) == [("done", True), ("done", True)]
    other.store.close()


def test_the_command_line_names_each_stage_on_a_terminal(server, laptop):
    folder = laptop.store.path.parent
    for language, names in (("vi", ["Đang gửi xác nhận đăng ký", "Đang gửi dữ liệu lên tỉnh",
                                    "Đang nhận dữ liệu từ tỉnh",
                                    "Đang ghi dữ liệu nhận từ tỉnh"]),
                            ("en", ["Sending to the province", "Receiving from the province",
                                    "Applying what came from the province"])):
        add_staff(laptop, f"Cán bộ màn hình {language}", 3)
        lines = on_a_terminal([str(COMMUNE_IT), "--data-dir", str(folder), "sync", "push",
                               "--server", server.url], {"COMMUNE_IT_LANG": language})
        assert [line for line in lines if line in names] == names, lines


def on_a_terminal(command: list[str], env: dict[str, str]) -> list[str]:
    """The lines a command prints when its output is a terminal (a pseudo-terminal)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, stdout=follower, stderr=subprocess.PIPE,
                               env={**os.environ, **env})
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the other end closed (Linux says EIO)
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return [line.strip() for line in out.decode("utf-8").splitlines()]
