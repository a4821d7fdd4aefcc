"""Journal compaction (issue 17, item 5): a record keeps only what merge still needs, and
only what every peer has acknowledged goes.

Real stores on disk; the USB world (province, office and trainer laptops) for what the
province and a laptop compact after their imports; journals shipped as ops for the merge;
a real ``server serve`` for what the province compacts after bundles taken over the network.
"""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, update

from app.models import JournalEntry, RegisteredDevice, Staff
from app.models.compaction import Limits, compact_records
from app.models.records import create
from app.models.store import Store
from app.ops.sync import compact_journal
from app.server.compaction_worker import Compactor
from app.sync import compaction
from app.sync.push import push
from tests.helpers import MUONG_PHANG, make_province, make_store
from tests.http_helpers import FAST_RETRY, add_staff, enrolled_laptop, wait_until_up
from tests.pg import free_port
from tests.sync_helpers import device_id, ops_of, ship
from tests.usb_helpers import World, assert_ok, new_stick

COMMAND = Path(sys.executable).with_name("commune-it")


def entries(store_or_computer, row_id: str) -> list[tuple[str, dict]]:
    """(op, values) of a record's journal entries, in order."""
    with _session(store_or_computer) as session:
        found = session.scalars(select(JournalEntry).where(JournalEntry.row_id == row_id)
                                .order_by(JournalEntry.seq))
        return [(e.op, json.loads(e.changes)) for e in found]


class _session:
    def __init__(self, holder) -> None:
        self.holder, self.inner = holder, None

    def __enter__(self):
        if hasattr(self.holder, "sessions"):
            self.inner = self.holder.sessions.begin()
        else:
            self.inner = self.holder.session()
        return self.inner.__enter__()

    def __exit__(self, *exc):
        return self.inner.__exit__(*exc)


def edit(holder, row_id: str, **values) -> None:
    with _session(holder) as session:
        staff = session.get(Staff, row_id)
        for name, value in values.items():
            setattr(staff, name, value)


def staff_values(holder) -> dict[str, tuple]:
    with _session(holder) as session:
        return {s.id: (s.full_name, s.phone, s.email, s.position, s.deleted)
                for s in session.scalars(select(Staff))}


def first_staff(holder) -> str:
    with _session(holder) as session:
        return session.scalars(select(Staff.id).where(Staff.commune_code == MUONG_PHANG)
                               .order_by(Staff.full_name)).first()


def round_trip(world: World, laptop, tmp: Path, name: str) -> None:
    """The laptop's export taken by the province, the province's answer taken back."""
    up, down = new_stick(tmp, f"{name}-up"), new_stick(tmp, f"{name}-down")
    assert_ok(laptop.export(up))
    assert_ok(world.province.take(up))
    assert_ok(world.province.export(MUONG_PHANG, down))
    assert_ok(laptop.take(down))


def phones(holder, row_id: str) -> list[str]:
    return [values["phone"] for op, values in entries(holder, row_id)
            if op == "update" and "phone" in values]


# ------------------------------------------------------------------ what is kept


def test_a_laptop_keeps_only_each_records_stamp_once_the_province_has_its_changes(
        world, tmp_path):
    office, row = world.office, first_staff(world.office)
    edit(office, row, phone="0911000001", email="a@dienbien.gov.vn")
    edit(office, row, phone="0911000002")
    edit(office, row, phone="0911000003")
    before = entries(office, row)
    assert before[0][0] == "insert"  # the demo's creation, which the province has
    with office.store() as store:  # the edits are not acknowledged yet: none goes
        compact_journal(store)
    assert entries(office, row) == before[1:]
    round_trip(world, office, tmp_path, "one")  # sent; the province's receipt comes back
    edit(office, row, phone="0911000004")  # made after: not acknowledged, kept
    with office.store() as store:
        compact_journal(store)
    # the laptop sends an acknowledged change to no one again: only the stamp's entry stays
    assert entries(office, row) == [("update", {"phone": "0911000004"})]
    # the province keeps the history a merge elsewhere needs: the trainer reads Mường
    # Phăng and has not synced since, so all of it, as it came
    assert entries(world.province, row) == before


def test_compaction_is_cheap_when_nothing_changed(world, tmp_path):
    office, row = world.office, first_staff(world.office)
    edit(office, row, phone="0911000001")
    edit(office, row, phone="0911000002")
    round_trip(world, office, tmp_path, "one")
    with office.store() as store:
        compact_journal(store)
        with store.sessions.begin() as session:
            # the limits it used are remembered: a second run looks at nothing
            assert compaction.compact(session).records == 0


# ------------------------------------------------------------------ merge after compaction


def test_merge_converges_after_compaction_with_an_edit_of_the_same_field_on_both_sides(
        tmp_path):
    a = make_store(tmp_path / "a", name="Máy A")
    b = make_store(tmp_path / "b", name="Máy B")
    with a.sessions.begin() as session:
        row = create(session, Staff, commune_code=MUONG_PHANG, full_name="Lò Văn Sơn",
                     phone="0900000000").id
    ship(a, b)
    for n in range(1, 4):
        edit(a, row, phone=f"09000000{n:02d}")
    edit(b, row, email="b@dienbien.gov.vn")  # concurrent with a's
    ship(a, b)
    ship(b, a)
    assert staff_values(a) == staff_values(b)
    everything = Limits({}, 10**9, received_free=True)
    for store in (a, b):
        with store.sessions.begin() as session:
            done = compact_records(session.connection(), [("staff", row)], everything)
            assert done.dropped >= 1
    # a copy that starts from a compacted journal ends where the full one did
    c = make_store(tmp_path / "c", name="Máy C")
    ship(a, c)
    assert staff_values(c)[row] == staff_values(a)[row]
    # then both sides edit the same field again, after the compaction
    a_mark, b_mark = len(ops_of(a)), len(ops_of(b))
    edit(a, row, phone="0911111111")
    edit(b, row, phone="0922222222")
    ship(a, b, ops_of(a)[a_mark:])
    ship(b, a, ops_of(b)[b_mark:])
    assert staff_values(a) == staff_values(b)
    assert staff_values(a)[row][1] in ("0911111111", "0922222222")
    for store in (a, b):
        with store.sessions() as session:
            lost = session.execute(select(JournalEntry.device_id)).all()
            assert lost  # the journals still hold the stamps the guard triggers need
    assert device_id(a) != device_id(b)
    for store in (a, b, c):
        store.close()


# ------------------------------------------------------------------ the province's peers


def test_the_province_compacts_only_what_all_its_readers_acknowledged(world, tmp_path):
    office, trainer, row = world.office, world.trainer, first_staff(world.office)
    for n in range(3):
        edit(office, row, phone=f"091200000{n}")
        round_trip(world, office, tmp_path, f"o{n}")
    assert len(phones(world.province, row)) == 3  # the trainer lacks them
    round_trip(world, trainer, tmp_path, "t1")  # the trainer takes them...
    round_trip(world, trainer, tmp_path, "t2")  # ...and its receipt reaches the province
    with world.province.store() as store:
        compact_journal(store)
    assert phones(world.province, row) == ["0912000002"]
    assert staff_values(trainer)[row] == staff_values(world.province)[row]


def test_a_revoked_device_no_longer_holds_compaction_back(world, tmp_path):
    office, row = world.office, first_staff(world.office)
    for n in range(3):
        edit(office, row, phone=f"091300000{n}")
        round_trip(world, office, tmp_path, f"o{n}")
    world.province.revoke(world.trainer.device_id)
    with world.province.store() as store:
        compact_journal(store)
    assert phones(world.province, row) == ["0913000002"]


def test_a_laptop_offline_for_a_year_comes_back_and_converges(world, tmp_path):
    """The trainer's laptop, silent for more than ``SILENT_DAYS``, stops holding the
    province back; when it comes back it still ends where the province is."""
    office, trainer, row = world.office, world.trainer, first_staff(world.office)
    with world.province.session() as session:
        session.execute(update(RegisteredDevice).where(
            RegisteredDevice.device_id == trainer.device_id).values(
            last_seen_at=datetime.now() - timedelta(days=400)))
    for n in range(6):
        edit(office, row, phone=f"09140000{n:02d}", position=f"Chức danh {n % 2}")
        round_trip(world, office, tmp_path, f"o{n}")
    assert phones(world.province, row) == ["0914000005"]  # compacted past the trainer
    round_trip(world, trainer, tmp_path, "back")
    assert staff_values(trainer) == {k: v for k, v in staff_values(world.province).items()
                                     if k in staff_values(trainer)}
    assert staff_values(trainer)[row] == staff_values(world.province)[row]
    assert staff_values(trainer)[row][1] == "0914000005"
    assert staff_values(trainer)[row][3] == "Chức danh 1"


# ------------------------------------------------------------------ over the network


def entries_of(store: Store, row_id: str) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.row_id == row_id))


def eventually(check: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not check() and time.monotonic() < deadline:
        time.sleep(0.2)
    return check()


def test_server_serve_compacts_after_bundles_taken_over_the_network(tmp_path):
    """A real ``server serve``: an office laptop pushes a record it edited four times; the
    office's second laptop, which reads the commune too, pushes, takes them in its answer
    and pushes again (its receipt confirms them). Then, imports paused, the province
    compacts on its own: the overwritten phones go, as after a stick's import."""
    folder = tmp_path / "province"
    make_province(folder).close()
    port = free_port()
    process = subprocess.Popen(
        [str(COMMAND), "--data-dir", str(folder), "server", "serve", "--host", "127.0.0.1",
         "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    store = Store(folder / "province.sqlite3")
    try:
        base = wait_until_up(f"http://127.0.0.1:{port}", process)
        one = enrolled_laptop(tmp_path / "one", store, "Máy văn phòng một")
        two = enrolled_laptop(tmp_path / "two", store, "Máy văn phòng hai")
        assert push(two.store, base, retry=FAST_RETRY).ok  # enrolled: it holds them back
        [row] = add_staff(one, "Cán bộ sửa nhiều lần", 1)
        for n in range(4):
            with one.store.sessions.begin() as session:
                session.get(Staff, row).phone = f"091800000{n}"
        assert push(one.store, base, retry=FAST_RETRY).sent_changes == 5
        assert push(two.store, base, retry=FAST_RETRY).ok  # takes them in its answer
        assert push(two.store, base, retry=FAST_RETRY).ok  # its receipt confirms them
        # the creation and the newest phone stay; without compaction all five would
        assert eventually(lambda: entries_of(store, row) == 2, 30), entries_of(store, row)
        for laptop in (one, two):
            laptop.store.close()
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
        store.close()
    assert process.returncode == 0, err
    assert "Traceback" not in err


def test_the_compactor_waits_for_a_pause_but_not_for_ever():
    runs: list[float] = []
    worker = Compactor(lambda: runs.append(time.monotonic()), contextlib.nullcontext,
                       quiet=0.3, longest=30)
    worker.start()
    try:
        first = time.monotonic()
        for _ in range(5):  # a burst of imports: one run, once they pause
            worker.poke()
        assert eventually(lambda: bool(runs), 10)
        time.sleep(0.5)
        assert len(runs) == 1 and runs[0] >= first + 0.3
        worker.quiet, worker.longest = 30, 0.5  # imports that never pause: runs all the same
        runs.clear()
        end = time.monotonic() + 2
        while time.monotonic() < end:
            worker.poke()
            time.sleep(0.1)
        assert len(runs) >= 2
    finally:
        worker.stop()
    done = len(runs)
    worker.poke()  # stopped: nothing runs any more
    time.sleep(0.5)
    assert len(runs) == done


def test_a_failed_compaction_is_logged_and_the_next_one_runs(caplog):
    calls: list[int] = []

    def work() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the disk is full")

    worker = Compactor(work, contextlib.nullcontext, quiet=0.05, longest=5)
    worker.start()
    try:
        worker.poke()
        assert eventually(lambda: len(calls) == 1, 10)
        worker.poke()
        assert eventually(lambda: len(calls) == 2, 10)
    finally:
        worker.stop()
    assert "journal compaction failed" in caplog.text
