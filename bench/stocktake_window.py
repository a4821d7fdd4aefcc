"""A scan in the window's Stock-take page on a 50,000-item register (target < 50 ms): from
the Enter of the scanner until the answer is shown and the item's row of the table says
"Counted" — the unit of work on the runner's worker, the read-back of the row, and the one
row of the item model replaced (the table is never read again whole).

Beside it, a raw reference measured in the same run: ``app.ops.stocktake.scan_tag`` alone,
the same tags, without a window (``bench/stocktake_scan.py`` measures it in depth) — the
gap is the window's part: the worker's round trip, the read-back and the repaint.

The figure is the slowest of the scans timed (found, typed in lower case, unknown and
scanned twice), as the committee waits for each one.
"""

from __future__ import annotations

import os
import random
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402 (the platform is chosen first)
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.ops import stocktake  # noqa: E402
from app.ui.shell.main_window import open_main_window  # noqa: E402
from bench.common import device_store, report  # noqa: E402
from bench.stocktake_scan import ITEMS, fill, scans  # noqa: E402


def timed_scan(app: QApplication, window, tag: str) -> tuple[float, str]:
    """Type the tag and Enter into the scan field; wait until the answer is shown."""
    page = window.stocktake_page
    QTest.keyClicks(page.scan, tag)  # the scanner's keys arrive before the clock starts
    page.answer.headline.clear()  # so the next answer shows, even the same words again
    start = time.perf_counter()
    QTest.keyClick(page.scan, Qt.Key.Key_Return)
    while not page.answer.headline.text() and time.perf_counter() - start < 5:
        app.processEvents()
    page.table.viewport().repaint()
    return time.perf_counter() - start, page.answer.kind


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with device_store(["03325"]) as store:
        fill(store)
        stocktake.open_round(store, [("Lò Văn Ánh", "Trưởng ban")])
        window = open_main_window(store)
        window.resize(1366, 768)
        window.show()
        assert window.runner.wait(60)
        window.show_page("stocktake")
        assert window.stocktake_page.model.rowCount() == ITEMS
        tags = scans(random.Random(3))
        random.Random(5).shuffle(tags)
        slowest, kinds = 0.0, set()
        for tag in tags:
            took, kind = timed_scan(app, window, tag)
            slowest, kinds = max(slowest, took), kinds | {kind}
        assert kinds == {"found", "unknown", "duplicate"}, kinds
        raw = 0.0
        for tag in tags:
            start = time.perf_counter()
            stocktake.scan_tag(store, tag)
            raw = max(raw, time.perf_counter() - start)
        window.runner.shutdown()
        window.runner.wait(30)
        window.close()
    report(f"stock-take scan shown in the window, 50,000 items, slowest of {len(tags)} "
           f"(ops.scan_tag alone: {raw * 1000:.2f} ms)", slowest * 1000, "ms", 50)


if __name__ == "__main__":
    main()
