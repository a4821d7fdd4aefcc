"""The province's figures kept per generation (app/server/console/freshness.py): computed
once for many pages asking at once, given slightly behind while another request computes
them or while the last computation is too recent to repeat (never for a change made from
the console itself), and fresh for a lone request after the data changed — on a real
province store whose generation moves when a laptop's bundle is taken in."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.messages import message
from app.models import Staff
from app.models.store import Store
from app.ops import commune as commune_ops
from app.server.console import freshness, pages
from app.server.console import register as register_module
from app.server.console.freshness import Kept, generation, kept
from app.server.province import issue
from app.server.refusal_log import record
from tests.console_helpers import Place, office_laptop, send_by_stick
from tests.helpers import MUONG_PHANG, THANH_NUA


def test_many_pages_at_once_share_one_computation() -> None:
    calls, started, release = [], threading.Event(), threading.Event()

    def compute() -> int:
        calls.append(1)
        started.set()
        release.wait(5)
        return len(calls)

    value = Kept(compute)
    answers: list[int] = []
    first = threading.Thread(target=lambda: answers.append(value.get("g1")[0]))
    first.start()
    assert started.wait(5)
    # nothing kept yet: the others wait for the one computation rather than start their own
    others = [threading.Thread(target=lambda: answers.append(value.get("g1")[0])) for _ in range(8)]
    for thread in others:
        thread.start()
    time.sleep(0.2)
    release.set()
    for thread in [first, *others]:
        thread.join(5)
    assert answers == [1] * 9 and len(calls) == 1


def test_behind_only_while_another_request_computes(monkeypatch) -> None:
    monkeypatch.setattr(freshness, "SHARE", float("inf"))  # no rest between computations
    gate = threading.Event()
    generations = iter(range(100))

    def compute() -> int:
        gate.wait(5)
        return next(generations)

    value = Kept(compute)
    gate.set()
    assert value.get("g1") == (0, "g1")
    assert value.get("g1") == (0, "g1")  # kept
    assert value.get("g2") == (1, "g2")  # a lone request after a change computes anew
    gate.clear()
    computing = threading.Thread(target=value.get, args=("g3",))
    computing.start()
    time.sleep(0.2)
    # another request is computing: the kept figures, at once, with their generation
    assert value.get("g3") == (1, "g2")
    monkeypatch.setattr(freshness, "STALE_AT_MOST", 0.0)
    waited: list[int] = []
    late = threading.Thread(target=lambda: waited.append(value.get("g3")[0]))
    late.start()
    time.sleep(0.2)
    assert waited == []  # too old to show: it waits for the computation
    gate.set()
    computing.join(5)
    late.join(5)
    assert waited == [2]


def test_computed_again_only_after_resting_twenty_times_its_length(monkeypatch) -> None:
    clock = [100.0]
    monkeypatch.setattr(freshness.time, "monotonic", lambda: clock[0])

    def compute() -> int:
        clock[0] += 0.5  # half a second of counting under load
        computed.append(1)
        return len(computed)

    computed: list[int] = []
    value = Kept(compute)
    assert value.get("g1") == (1, "g1")
    clock[0] += 9.0  # 9 s after it was done: a stream of pushes has moved the data
    assert value.get("g2") == (1, "g1") and len(computed) == 1  # kept, with what it is of
    assert value.get("g2", here=1) == (2, "g2")  # the console's own change: at once
    clock[0] += 10.5  # over 0.5 s / SHARE later: computed again
    assert value.get("g3", here=1) == (3, "g3") and len(computed) == 3
    assert value.get("g3", here=1) == (3, "g3") and len(computed) == 3  # and kept


def test_a_failed_computation_lets_the_next_request_try() -> None:
    attempts = []

    def compute() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise RuntimeError("the database went away")
        return "figures"

    value = Kept(compute)
    with pytest.raises(RuntimeError):
        value.get("g1")
    assert value.get("g1") == ("figures", "g1") and len(attempts) == 2


def _province_with_phang(tmp_path: Path) -> tuple[Place, Place, Store]:
    """A province that took in the demo register of Mường Phăng's office laptop, the
    laptop, and the province's store."""
    province = Place(tmp_path / "province")
    laptop = office_laptop(tmp_path, province, MUONG_PHANG, "Máy văn phòng Mường Phăng")
    laptop.ok("demo")
    send_by_stick(tmp_path, province, laptop)
    return province, laptop, Store(province.dir / "province.sqlite3")


def test_a_bundle_taken_in_moves_the_generation(tmp_path: Path) -> None:
    province, laptop, store = _province_with_phang(tmp_path)
    try:
        counted = []

        def officials() -> int:
            counted.append(1)
            with store.sessions() as session:
                return session.scalar(select(func.count()).select_from(Staff))

        before, _generation = kept(store, "officials", officials)
        assert kept(store, "officials", officials)[0] == before and len(counted) == 1
        with store.sessions() as session:
            first = generation(session)
        sheet = tmp_path / "them.csv"
        sheet.write_text("full_name,gender\nLò Thị Ơn,female\n", encoding="utf-8")
        laptop.ok("import", "staff", sheet)
        (tmp_path / "stick2").mkdir()
        laptop.ok("sync", "export", "--to", tmp_path / "stick2")
        province.server("import", tmp_path / "stick2")
        with store.sessions() as session:
            assert generation(session) != first
        assert kept(store, "officials", officials)[0] == before + 1 and len(counted) == 2
    finally:
        store.close()


def _push_one(tmp_path: Path, province: Place, laptop: Place, name: str, stick: str) -> None:
    sheet = tmp_path / f"{stick}.csv"
    sheet.write_text(f"full_name,gender\n{name},female\n", encoding="utf-8")
    laptop.ok("import", "staff", sheet)
    (tmp_path / stick).mkdir()
    laptop.ok("sync", "export", "--to", tmp_path / stick)
    province.server("import", tmp_path / stick)


def test_a_communes_page_is_kept_while_only_other_communes_change(tmp_path: Path) -> None:
    province = Place(tmp_path / "province")
    phang = office_laptop(tmp_path, province, MUONG_PHANG, "Máy văn phòng Mường Phăng")
    nua = office_laptop(tmp_path, province, THANH_NUA, "Máy văn phòng Thanh Nưa")
    phang.ok("demo")
    send_by_stick(tmp_path, province, phang, nua)
    store = Store(province.dir / "province.sqlite3")
    try:
        first, _laptops, generation_before, _day = pages._commune(store, MUONG_PHANG)
        with store.sessions() as session:
            province_before = generation(session)
        _push_one(tmp_path, province, nua, "Lường Thị Nga", "stick-nua")
        kept_registers, _laptops, generation_after, _day = pages._commune(store, MUONG_PHANG)
        assert generation_after == generation_before  # Thanh Nưa's push: not this page's
        assert kept_registers is first  # the very value kept, not computed again
        with store.sessions() as session:  # while the province's generation did move
            assert generation(session) != province_before
        _push_one(tmp_path, province, phang, "Lò Thị Ơn", "stick-phang")
        fresh, laptops, generation_last, _day = pages._commune(store, MUONG_PHANG)
        assert generation_last != generation_before
        names = {row.full_name for row in fresh.staff}
        assert "Lò Thị Ơn" in names and len(fresh.staff) == len(first.staff) + 1
        assert [line.bundles for line in laptops] == [2]  # its laptop's two bundles
    finally:
        store.close()


def test_a_communes_cards_come_from_the_province_figures_while_they_are_as_new(
        tmp_path: Path, monkeypatch) -> None:
    province, phang, store = _province_with_phang(tmp_path)
    try:
        expected = commune_ops.overview(store, [MUONG_PHANG]).indicators
        pages._province(store)  # a look at the province's page keeps its figures
        counted = []
        counting = commune_ops.commune_indicators

        def counted_indicators(*args, **kwargs):
            counted.append(args[1])
            return counting(*args, **kwargs)

        monkeypatch.setattr(commune_ops, "commune_indicators", counted_indicators)
        first = pages._commune(store, MUONG_PHANG)[0]
        assert counted == [] and first.overview.indicators == expected
        _push_one(tmp_path, province, phang, "Lò Thị Ơn", "stick-phang")
        fresh = pages._commune(store, MUONG_PHANG)[0]  # newer than the province's figures
        assert counted == [[MUONG_PHANG]]
        assert fresh.overview.indicators.officials == expected.officials + 1
    finally:
        store.close()


def test_each_request_computes_with_what_it_read_itself() -> None:
    """A kept value computed again uses the asking request's way to compute it: a page
    that read a newer generation computes from it, not from the first page's reading."""
    value: Kept[str] = Kept(lambda: "from the first reading")
    assert value.get("g1") == ("from the first reading", "g1")
    time.sleep(0.05)  # rested longer than twenty times that computation took
    assert value.get("g2", compute=lambda: "from g2") == ("from g2", "g2")


def test_the_devices_register_is_read_once_until_it_or_its_refusals_change(
        tmp_path: Path, monkeypatch) -> None:
    """Ten staff looking at the devices page while nothing changes read the register once;
    a refused bundle (which moves no time of the register) and an enrolment each show on
    the next look."""
    monkeypatch.setattr(freshness, "SHARE", float("inf"))  # no rest between computations
    province, laptop, store = _province_with_phang(tmp_path)
    try:
        reads: list[int] = []
        reading = register_module.register
        monkeypatch.setattr(register_module, "register",
                            lambda kept_store: (reads.append(1), reading(kept_store))[1])
        (rows, refused), _generation = register_module.kept_register(store)
        for _look in range(9):
            assert register_module.kept_register(store)[0][0] is rows
        assert len(reads) == 1 and refused == [] and len(rows) == 1
        sender = rows[0].id
        record(store, sender, "bundle-1", "usb", message("bundle.reason_checksum"))
        (rows, refused), _generation = register_module.kept_register(store)
        assert len(reads) == 2 and [r.key for r in refused] == [sender]
        assert rows[0].refused == 1
        issue(store, MUONG_PHANG, "Máy thứ hai", False)
        rows = register_module.kept_register(store)[0][0]
        assert len(reads) == 3 and [row.name for row in rows][-1] == "Máy thứ hai"
    finally:
        store.close()
