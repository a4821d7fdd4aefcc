"""Helpers for benchmark modules: a fresh store in a temp dir, a timer, peak memory."""

from __future__ import annotations

import json
import resource
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.models.setup import setup_device
from app.models.store import Store


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(name: str, value: float, unit: str, limit: float) -> None:
    print(json.dumps({"name": name, "value": value, "unit": unit, "limit": limit,
                      "ok": value < limit}))


@contextmanager
def timer() -> Iterator[list[float]]:
    box: list[float] = []
    start = time.perf_counter()
    yield box
    box.append(time.perf_counter() - start)


@contextmanager
def device_store(communes: list[str], trainer: bool = False) -> Iterator[Store]:
    with tempfile.TemporaryDirectory(prefix="commune-it-bench-") as folder:
        store = Store(Path(folder) / "commune-it.sqlite3")
        with store.sessions.begin() as session:
            setup_device(session, communes, "Máy đo hiệu năng", trainer)
        try:
            yield store
        finally:
            store.close()
