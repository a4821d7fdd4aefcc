"""The simulated laptops of bench/load.py: light clients of the sync library, not stores.

A laptop here is its keys (``DeviceKeys``), its claim made from a real enrolment file by
``enrolment.make_claim``, and one bundle sealed by ``bundle.encode`` — signed by its key,
encrypted to the province's — of changes the app itself journalled on a template laptop
(app/models/journal.py), given this laptop's own record ids, commune, stamps and device id.
Its push is the real laptop's sequence (app/sync/push.py) over the app's ``SyncClient``.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.models import Commune, Device, JournalEntry
from app.models.hlc import Stamp, now_ms
from app.models.store import Store, head_revision
from app.server import province
from app.sync import bundle, enrolment
from app.sync.bundle import PROVINCE
from app.sync.http import RetryPolicy, SyncClient
from app.sync.keys import DeviceKeys, PublicKeys
from app.sync.transfer import KNOWN_SCHEMAS
from tests.helpers import make_store
from tests.http_helpers import Laptop, add_staff

PROVINCE_CODE = "40"  # Nghệ An: 130 communes and wards
CHANGES = 50  # new officials in each laptop's push
RETRY = RetryPolicy(attempts=8, base_delay=0.5, max_delay=15.0, seconds=300.0)


@dataclass
class SimulatedLaptop:
    """What one simulated laptop holds: its identity, its claim and its one bundle."""

    number: int
    commune: str
    device_id: str
    keys: DeviceKeys
    province_keys: PublicKeys
    claim: dict
    bundle: bytes
    bundle_id: str


@dataclass
class PushDone:
    seconds: float
    requests: int
    applied: int
    acknowledged: bool  # the province's receipt named our bundle
    received: int  # other laptops' changes of the commune in the answer
    problems: list[str] = field(default_factory=list)


def template_ops(folder: Path, commune: str) -> list[dict]:
    """50 new officials journalled by the app on a real laptop store, as ops."""
    from app.sync.ops import entry_to_op

    store = make_store(folder, (commune,), False, "Máy mẫu")
    add_staff(Laptop(store, "", commune), "Cán bộ tải", CHANGES, seed=17)
    with store.sessions() as session:
        ops = [entry_to_op(e) for e in session.scalars(
            select(JournalEntry).order_by(JournalEntry.seq))]
    store.close()
    assert len(ops) == CHANGES and all(op["t"] == "staff" for op in ops)
    return ops


def rekeyed(ops: list[dict], device_id: str, commune: str) -> list[dict]:
    """The template's changes as this laptop's own: its record ids, commune, stamps."""
    wall, out = now_ms(), []
    for counter, op in enumerate(ops):
        stamp = Stamp(wall, counter).encode()
        partition = f"commune:{commune}"
        out.append({**op, "id": str(uuid.uuid4()), "p": partition, "h": stamp,
                    "d": device_id, "vv": {device_id: stamp},
                    "v": {**op["v"], "commune_code": commune, "partition": partition}})
    return out


def make_laptops(store: Store, folder: Path, ops: list[dict], count: int
                 ) -> list[SimulatedLaptop]:
    """``count`` laptops over the province's communes in turn, each enrolled by the
    province (``server enroll``'s function) with a file it reads back as a laptop does."""
    with store.sessions() as session:
        codes = list(session.scalars(select(Commune.code).where(
            Commune.province_code == PROVINCE_CODE).order_by(Commune.code)))
    made = []
    for number in range(count):
        code = codes[number % len(codes)]
        name = f"Máy tải {number:04d}"
        path = folder / f"ghi-danh-{number:04d}.json"
        path.write_text(province.enrolment_text(province.issue(store, code, name, False)),
                        encoding="utf-8")
        made.append(_laptop(number, code, name, enrolment.read_file(
            path.read_text(encoding="utf-8")), ops))
    return made


def _laptop(number: int, code: str, name: str, data: dict, ops: list[dict]
            ) -> SimulatedLaptop:
    keys, device_id = DeviceKeys.generate(), str(uuid.uuid4())
    device = Device(id=device_id, name=name, role="office", communes_json=json.dumps([code]),
                    enrolment_id=data["enrolment_id"], enrolment_code=data["code"])
    province_keys = PublicKeys.from_dict(data["province_keys"])
    sealed = bundle.encode(rekeyed(ops, device_id, code), kind="changes",
                           schema=head_revision(), sender=device_id, receiver=PROVINCE,
                           communes=(code,), first_seq=1, last_seq=len(ops), signer=keys,
                           recipient=province_keys)
    return SimulatedLaptop(number, code, device_id, keys, province_keys,
                           enrolment.make_claim(device, keys), sealed,
                           bundle.read_header(sealed).bundle_id)


def push_one(laptop: SimulatedLaptop, base: str) -> PushDone:
    """The laptop's push: claim, upload and commit, pull and open every answer, and a
    receipt for the changes it received."""
    requests = [0]
    start = time.perf_counter()
    with SyncClient(base, laptop.device_id, laptop.keys, retry=RETRY) as client:
        client._http.event_hooks = {"request": [lambda _r: _count(requests)]}
        client.claim(laptop.claim)
        outcome = client.upload(laptop.bundle)
        done = PushDone(0.0, 0, int(outcome.get("applied", 0)), False, 0)
        if outcome.get("duplicate") or done.applied != CHANGES:
            done.problems.append(f"upload answered {outcome}")
        receipts = _take_answers(client, laptop, done)
        if receipts:
            client.upload(bundle.encode(
                receipts, kind="receipt", schema=head_revision(), sender=laptop.device_id,
                receiver=PROVINCE, communes=(laptop.commune,), first_seq=0, last_seq=0,
                signer=laptop.keys, recipient=laptop.province_keys))
    done.seconds, done.requests = time.perf_counter() - start, requests[0]
    return done


def _count(box: list[int]) -> None:
    box[0] += 1


def _take_answers(client: SyncClient, laptop: SimulatedLaptop, done: PushDone) -> list[dict]:
    """Download and open each bundle the province prepared; what a receipt must name."""
    owed = []
    for item in client.pull():
        header, records = bundle.decode(
            client.download(item), keys=laptop.keys, receiver=laptop.device_id,
            known_schemas=KNOWN_SCHEMAS,
            sender_key_for=lambda s: laptop.province_keys if s == PROVINCE else None)
        if header.kind == "receipt":
            done.acknowledged |= any(r.get("bundle_id") == laptop.bundle_id for r in records)
        else:
            done.received += len(records)
            owed.append({"bundle_id": header.bundle_id, "first_seq": header.first_seq,
                         "last_seq": header.last_seq})
    return owed
