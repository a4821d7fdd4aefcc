"""A sheet of asset labels for 3,000 items (target < 3 s), beside a raw reference measured
in the same run: segno making the same 3,000 QR codes with its defaults (every mask scored)
and nothing drawn. The sheet makes the codes, draws them and the words, and writes the
PDF; the gap to the reference is what the fixed mask saves and the drawing costs.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from app.ops import labels
from bench.common import device_store, report
from bench.reports import ITEMS, fill


def raw_codes(tags: list[str]) -> float:
    import segno

    start = time.perf_counter()
    for tag in tags:
        segno.make_qr(tag, error="m")
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, device_store(["03325"]) as store:
        fill(store)
        out = Path(folder) / "labels.pdf"
        start = time.perf_counter()
        printed = labels.print_labels(store, out, every=True)
        took = time.perf_counter() - start
        assert printed.count == ITEMS and printed.pages == ITEMS // 24
        raw = raw_codes([f"MP-{number:05d}" for number in range(ITEMS)])
    report(f"asset labels PDF, 3,000 items (segno's 3,000 codes alone: {raw:.2f} s)", took,
           "s", 3)


if __name__ == "__main__":
    main()
