"""A seeded mutator over valid bundles, run as its own process by tests/test_bundle_fuzz.py.

It builds a synced test world, takes genuine changes from the Mường Phăng office laptop's
journal, and makes thousands of cases from them: values, keys and types swapped for hostile
ones, records dropped, duplicated or replaced, lines of the body broken, header fields
changed, bombs. Every case is sealed again with the real key of its sender (the office
laptop towards the province, the province towards the laptop), so the mutation reaches the
parser, the checks and the merge instead of stopping at the signature; a few are left
unsigned or broken after sealing. Each bundle is imported with the function the command
line calls. An import may succeed or be refused with the sync layer's error (``SyncError``,
exit 2); anything else is reported as unexpected. The process prints one JSON line: the
counts, the unexpected cases, its peak resident memory and its time.

    python -m tests.bundle_fuzzer --root DIR --seed 9 --cases 3000 [--sample DIR]

``--sample DIR`` keeps every 40th case in ``DIR/up`` (for the province) and ``DIR/down``
(for the laptop), for the test to feed to the real command line.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import resource
import time
import traceback
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from app.models import JournalEntry
from app.models.hlc import Stamp, now_ms
from app.models.machine import MACHINE_ENV
from app.server.province import receive as province_receive
from app.sync import device as device_sync
from app.sync.errors import SyncError
from app.sync.ops import TABLES, entry_to_op
from tests.helpers import MUONG_PHANG, THANH_NUA
from tests.hostile_helpers import (
    Forger,
    compressed_repeat,
    laptop_forger,
    lines_of,
    nested_header_file,
    province_forger,
    zip_bomb,
)
from tests.usb_helpers import World, build_world, public_province_keys

MP, TN = f"commune:{MUONG_PHANG}", f"commune:{THANH_NUA}"
YEAR_MS = 365 * 86_400_000


class Pools:
    """Hostile and plausible values to put anywhere: the world's real ids, devices and codes
    mixed with wrong types, sizes, shapes, stamps and dates."""

    def __init__(self, world: World, ops: list[dict[str, Any]]) -> None:
        self.devices = [world.office.device_id, world.office2.device_id,
                        world.trainer.device_id, "province", "x" * 70, ""]
        self.ids = sorted({op["id"] for op in ops})[:200] + ["not-a-uuid", "", None]
        self.partitions = [MP, TN, "province:11", "province:12", "commune:99999", "x", 5]
        self.values: list[Any] = [
            None, True, False, 0, -1, 1, 2 ** 63, -(2 ** 63) - 1, 10 ** 25, 1.5, -0.0, 1e308,
            "", " ", "no", "yes", "x" * 121, "é" * 241, "\x1b[31m", "\x00", "1990-02-30",
            "2024-01-01", "0000-00-00", "9999-12-31", "31/12/1990", "2100-01-01", [], {}, [1],
            {"a": 1}, nested(20), "03325", "03328", "99999", "01", "99", "laptop", "in_use",
            "present", "male", "none", "university", MUONG_PHANG, *self.devices[:3],
            *self.ids[:5], *TABLES, "0912345678", "ten@dienbien.gov.vn", 1_000_000]
        self.columns = sorted({c.name for t in TABLES.values() for c in t.columns}) + [
            "salary", "", "x" * 50]

    def stamp(self, rng: random.Random) -> Any:
        now = now_ms()
        return rng.choice([
            Stamp(now, rng.randrange(5)).encode(), Stamp(now + 3 * YEAR_MS, 0).encode(),
            Stamp(now - 30 * YEAR_MS, 0).encode(), "0" * 18 + ".00000", "9" * 18 + ".99999",
            "9" * 23 + ".00000", now, "soon", None])


def nested(depth: int) -> Any:
    value: Any = 0
    for _ in range(depth):
        value = [value]
    return value


def restamp(op: dict[str, Any], forger: Forger, offset: int) -> dict[str, Any]:
    """The same change made now by ``forger``'s author: fresh, so it reaches the merge."""
    out = copy.deepcopy(op)
    out["h"] = Stamp(now_ms(), offset % 90_000).encode()
    out["vv"] = {out["d"]: out["h"]}
    return out


def mutate_op(rng: random.Random, pools: Pools, op: Any) -> Any:
    """One hostile change to one record (which may stop being a record at all)."""
    if not isinstance(op, dict):
        return rng.choice(pools.values)
    op = copy.deepcopy(op)
    choice = rng.randrange(12)
    if choice == 0:
        op.pop(rng.choice(sorted(op)), None)
    elif choice == 1:
        op[rng.choice(["x", "vv2", "seq", "T"])] = rng.choice(pools.values)
    elif choice == 2:
        op[rng.choice(sorted(op))] = rng.choice(pools.values)
    elif choice == 3 and isinstance(op.get("v"), dict):
        op["v"][rng.choice(pools.columns)] = rng.choice(pools.values)
    elif choice == 4 and isinstance(op.get("v"), dict) and op["v"]:
        op["v"][rng.choice(sorted(op["v"]))] = rng.choice(pools.values)
    elif choice == 5:
        op["t"] = rng.choice([*TABLES, "users", None])
    elif choice == 6:
        op["p"] = rng.choice(pools.partitions)
    elif choice == 7:
        op["d"] = rng.choice(pools.devices)
    elif choice == 8:
        op["o"] = rng.choice(["insert", "update", "delete", "merge", 1])
    elif choice == 9:  # another record's id, a malformed one, or a record new here
        op["id"] = (rng.choice(pools.ids) if rng.random() < 0.5
                    else str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    elif choice == 10:
        op["h"] = pools.stamp(rng)
    else:
        op["vv"] = rng.choice([{}, {"x": "y"}, [], {pools.devices[0]: pools.stamp(rng)},
                               {f"d{i}": op.get("h") for i in range(1500)}])
    return op


def mutate_body(rng: random.Random, body: bytes) -> tuple[bytes, int]:
    """Break the JSON lines themselves; returns the body and the count to announce."""
    lines = body.splitlines(keepends=True)
    choice = rng.randrange(8)
    if choice == 0 and body:
        data = bytearray(body)
        for _ in range(rng.randrange(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data), len(lines)
    if choice == 1:
        return body[:rng.randrange(len(body) + 1)], len(lines)
    if choice == 2:
        return body + b"{}\n", len(lines) + rng.choice([0, 1])
    if choice == 3:
        return b"[" * 20_000 + b"\n" + body, len(lines) + 1
    if choice == 4:
        return body.replace(b'"', b"'", 1), len(lines)
    if choice == 5:
        return body + b'{"t":"' + b"a" * (1 << 20) + b'"}\n', len(lines) + 1
    if choice == 6:
        return body.replace(b"\n", b"\r\n"), len(lines)
    return body, max(0, len(lines) + rng.choice([-1, 1, 2 ** 40]))


def header_changes(rng: random.Random, forger: Forger) -> dict[str, Any]:
    choice = rng.randrange(5)
    if choice == 0:
        return {"kind": "receipt"}
    if choice == 1:
        return {"communes": rng.choice([(), (THANH_NUA,), (MUONG_PHANG, THANH_NUA)])}
    if choice == 2:
        return {"schema": "9999_future"}
    if choice == 3:
        return {"first_seq": 0, "last_seq": 2 ** 62}
    return {"communes": forger.communes}


def make_case(rng: random.Random, pools: Pools, base: list[dict[str, Any]],
              forger: Forger, number: int) -> bytes:
    """One bundle: genuine changes, made fresh, then mutated at one or more levels."""
    ops: list[Any] = [restamp(op, forger, number * 16 + i) if rng.random() < 0.9 else op
                      for i, op in enumerate(rng.sample(base, rng.randint(1, 6)))]
    if forger.sender == "province":
        for op in ops:
            op["d"] = rng.choice(pools.devices[1:3])  # changes relayed from other devices
            op["vv"] = {op["d"]: op["h"]}
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        at = rng.randrange(len(ops))
        ops[at] = mutate_op(rng, pools, ops[at])
    if rng.random() < 0.1:
        ops.append(copy.deepcopy(rng.choice(ops)))
    body, count = lines_of(ops), len(ops)
    if rng.random() < 0.15:
        body, count = mutate_body(rng, body)
    header = header_changes(rng, forger) if rng.random() < 0.1 else {}
    data = forger.seal(body, count, **header)
    if rng.random() < 0.05:  # damaged after sealing: the checksum or signature must catch it
        spot = rng.randrange(len(data))
        data = data[:spot] + bytes([data[spot] ^ 0x20]) + data[spot + 1:]
    return data


def bombs(upward: Forger) -> list[bytes]:
    """The largest cases, each once: 63 MB of ``{}``, one endless line, a line of brackets,
    a header of brackets."""
    return [upward.seal_compressed(zip_bomb(63), 5_000),
            upward.seal_compressed(compressed_repeat(b"a" * (1 << 20), 60), 1),
            upward.seal_compressed(compressed_repeat(b"[" * (1 << 20), 8), 1),
            nested_header_file()]


def journal_ops(world: World) -> list[dict[str, Any]]:
    with world.office.session() as session:
        entries = session.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        return [entry_to_op(e) for e in entries]


def run(root: Path, seed: int, cases: int, sample: Path | None) -> dict[str, Any]:
    started = time.monotonic()
    world = build_world(root / "world")
    os.environ[MACHINE_ENV] = world.office.machine  # the laptop's checks of its own machine
    upward = laptop_forger(world.office, _province_public(world), (MUONG_PHANG,))
    downward = province_forger(world.province, world.office, (MUONG_PHANG,))
    base = journal_ops(world)
    pools = Pools(world, base)
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    unexpected: list[dict[str, Any]] = []
    big = bombs(upward)
    with world.province.store() as province, world.office.store() as office:
        for number in range(len(big) + cases):
            up = number < len(big) or rng.random() < 0.65
            forger, store, receive = ((upward, province, province_receive) if up else
                                      (downward, office, device_sync.receive))
            data = (big[number] if number < len(big)
                    else make_case(rng, pools, base, forger, number))
            if sample is not None and number % 40 == 0:
                folder = sample / ("up" if up else "down")
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"citb-case-{number:05d}.citb").write_bytes(data)
            outcomes[_attempt(store, receive, data, number, unexpected)] += 1
        broken = [_foreign_keys(province), _foreign_keys(office)]
    return {"cases": sum(outcomes.values()), "outcomes": dict(outcomes),
            "unexpected": unexpected[:20], "unexpected_count": len(unexpected),
            "broken_links": broken, "seconds": round(time.monotonic() - started, 1),
            "peak_mb": peak_mb()}


def peak_mb() -> float:
    """This process's peak resident memory. Linux's ``VmHWM`` belongs to the running image;
    ``ru_maxrss`` would also count the parent that spawned it (pytest, often larger)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _attempt(store, receive, data: bytes, number: int, unexpected: list) -> str:
    try:
        receive(store, data, "usb")
    except SyncError as exc:  # the sync layer's refusal: exit 2, HTTP 422
        return f"refused:{type(exc).__name__}"
    except Exception as exc:  # the finding this fuzzer exists for
        unexpected.append({"case": number, "error": type(exc).__name__,
                           "where": traceback.format_exc(limit=-3)[-1500:]})
        return "unexpected"
    return "accepted"


def _foreign_keys(store) -> int:
    """Links to records that do not exist, after every accepted case (must be none)."""
    with store.engine.connect() as connection:
        return len(connection.execute(text("PRAGMA foreign_key_check")).all())


def _province_public(world: World):
    from app.sync.keys import PublicKeys

    return PublicKeys.from_dict(public_province_keys(world))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--sample", type=Path)
    args = parser.parse_args()
    print(json.dumps(run(args.root, args.seed, args.cases, args.sample)))


if __name__ == "__main__":
    main()
