"""The audit log travels to the province and is append-only there; an erasure made on an
encrypted laptop reaches the province and a second encrypted laptop; a bundle from a laptop
that had not seen the erasure brings nothing back; and the bytes a laptop keeps to re-send
lose the name. Every laptop and the province are made and synced through the real
``commune-it`` script, by USB stick."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Staff, TransferBundle
from app.models.staff_ops import save_staff
from app.ops.accounts import sign_in
from tests.helpers import DB_NAME, MUONG_PHANG
from tests.test_cli_privacy import PASSWORD, cli
from tests.test_erasure_sync import traces
from tests.usb_helpers import SERVER_DB

LAN = {"COMMUNE_IT_USER": "lan", "COMMUNE_IT_PASSWORD": PASSWORD}
MAI = {"COMMUNE_IT_USER": "mai", "COMMUNE_IT_PASSWORD": PASSWORD}


def ok(result) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict[str, Path]:
    """The province and two encrypted laptops of Mường Phăng (accounts lan and mai), after
    one full round by stick: each has the demo's officials."""
    root = tmp_path_factory.mktemp("audit-world")
    places = {name: root / name for name in ("province", "one", "two", "stick")}
    places["stick"].mkdir()
    for name, who in (("one", "lan"), ("two", "mai")):
        ok(cli(places["province"], "server", "enroll", "--commune", MUONG_PHANG,
               "--device-name", f"Máy {name}", "--out", str(root / f"{name}.json")))
        ok(cli(places[name], "setup", "--commune", MUONG_PHANG, "--device-name", f"Máy {name}",
               "--admin", who, COMMUNE_IT_PASSWORD=PASSWORD))
        ok(cli(places[name], "enroll", str(root / f"{name}.json"), **account(name)))
    ok(cli(places["one"], "demo", **LAN))
    exchange(places, "one", "two")
    return places


def account(laptop: str) -> dict[str, str]:
    return LAN if laptop == "one" else MAI


def exchange(places: dict[str, Path], *laptops: str) -> None:
    """Each laptop's bundles to the province, then the province's back to each, by stick."""
    stick = places["stick"]
    for name in laptops:
        ok(cli(places[name], "sync", "export", "--to", str(stick), **account(name)))
    ok(cli(places["province"], "server", "import", str(stick)))
    ok(cli(places["province"], "server", "export", "--commune", MUONG_PHANG, "--to", str(stick)))
    for name in laptops:
        ok(cli(places[name], "sync", "import", str(stick), **account(name)))


def province_rows(places: dict[str, Path], query: str, *args: object) -> list[tuple]:
    with sqlite3.connect(places["province"] / SERVER_DB) as connection:
        return connection.execute(query, args).fetchall()


def test_the_audit_log_travels_to_the_province_which_keeps_it_append_only(world):
    events = province_rows(world, "SELECT account, kind, partition FROM audit_event")
    assert ("lan", "sign_in", f"commune:{MUONG_PHANG}") in events
    assert ("mai", "sign_in", f"commune:{MUONG_PHANG}") in events
    changes = province_rows(world, "SELECT DISTINCT account FROM change_journal "
                                   "WHERE table_name = 'staff'")
    assert changes == [("lan",)]  # the province sees who changed what, by account name
    with sqlite3.connect(world["province"] / SERVER_DB) as connection:
        for statement in ("UPDATE audit_event SET account = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                connection.execute(statement)


def first_official(folder: Path, who: str) -> tuple[str, str, str]:
    store, _ = sign_in(folder / DB_NAME, folder / "backups", who, PASSWORD,
                       wait=lambda _s: 0)
    try:
        with store.sessions() as session:
            person = session.scalars(select(Staff).where(Staff.birth_date.is_not(None))
                                     .order_by(Staff.full_name)).first()
            return person.id, person.full_name, person.birth_date.isoformat()
    finally:
        store.close()


def signed_in(world: dict[str, Path], laptop: str):
    who = account(laptop)["COMMUNE_IT_USER"]
    return sign_in(world[laptop] / DB_NAME, world[laptop] / "backups", who, PASSWORD,
                   wait=lambda _s: 0)[0]


def set_phone(world: dict[str, Path], laptop: str, staff_id: str, phone: str) -> None:
    store = signed_in(world, laptop)
    try:
        with store.sessions.begin() as session:
            save_staff(session, {"phone": phone}, staff_id)
    finally:
        store.close()


def kept_bytes(world: dict[str, Path], laptop: str) -> int:
    store = signed_in(world, laptop)
    try:
        with store.sessions() as session:
            return len(session.scalars(select(TransferBundle)).all())
    finally:
        store.close()


def test_an_erasure_beats_a_stale_bundle_on_encrypted_laptops(world, tmp_path):
    staff_id, name, born = first_official(world["one"], "lan")
    set_phone(world, "one", staff_id, "0987654321")  # sent, never taken: its bytes are kept
    (tmp_path / "old").mkdir()
    ok(cli(world["one"], "sync", "export", "--to", str(tmp_path / "old"), **LAN))
    assert kept_bytes(world, "one") > 0
    erased = ok(cli(world["one"], "staff", "erase", staff_id, **LAN))
    assert name in erased
    assert kept_bytes(world, "one") == 0  # made again, from the scrubbed changes
    ok(cli(world["one"], "sync", "export", "--to", str(world["stick"]), **LAN))
    ok(cli(world["province"], "server", "import", str(world["stick"])))
    set_phone(world, "two", staff_id, "0912345678")  # two has not seen the erasure
    exchange(world, "two", "one")
    ok(cli(world["province"], "server", "import", str(tmp_path / "old")))  # a late stick
    assert province_rows(world, "SELECT full_name, phone, birth_date, erased FROM staff "
                                "WHERE id = ?", staff_id) == [(f"#{staff_id[:8]}", None, None, 1)]
    for laptop in ("one", "two"):
        store = signed_in(world, laptop)
        try:
            with store.sessions() as session:
                record = session.get(Staff, staff_id)
                assert record.erased and record.phone is None and record.birth_date is None
                assert name not in record.full_name
        finally:
            store.close()
    files = [world["province"] / SERVER_DB, world["one"] / DB_NAME, world["two"] / DB_NAME]
    phones = ("0987654321", "0912345678")
    assert [t for f in files for t in traces(f, name, born, *phones)] == []
    assert ("lan", "erasure", staff_id) in province_rows(
        world, "SELECT account, kind, record_id FROM audit_event")
