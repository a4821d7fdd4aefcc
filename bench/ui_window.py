"""The window on a big commune: 50,000 officials and 50,000 pieces of equipment.

The figures (targets from issue 4): seconds from launching the program until the window is
usable — shown, its start page (the overview) filled and painted — under 1.5 s; the
slowest keystroke of a search typed into the staff and the equipment lists, from the key
press until the list shows the new result, under 100 ms; the process's peak resident
memory under 250 MB. The lists load after the start page, behind it; when both are loaded
and searchable is reported too, against our own aim of 3.5 s.

The database is filled first, in this process. The window then starts in a fresh child
process through the real entry point (``commune-it --data-dir …``: logging, store,
language, window), so interpreter start and imports count; the child reports the
wall-clock moment it became usable, and the parent subtracts the moment it launched it.
Like an installed copy, the child finds its modules compiled (a first child only imports
them, writing the bytecode to a temporary folder). The start is timed nine times and the
median reported: on this machine single starts vary by up to half a second (it is a
virtual machine sharing its cores; importing the same modules takes 0.35 s one run and
0.57 s the next), and a median of five still moved by 0.2 s between runs of the bench.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from bench.common import report

ROWS = 50_000
BATCH = 5_000
COMMUNE = "03325"
SEARCHES = ("nguyen van", "lo thi", "dell")  # typed one key at a time
FAMILY = ["Lò", "Lường", "Quàng", "Cà", "Giàng", "Sùng", "Vừ", "Nguyễn", "Trần", "Phạm",
          "Hoàng", "Đỗ", "Lý", "Mùa", "Tòng"]
MIDDLE = ["Văn", "Thị", "A", "Thị Thu", "Đức", "Minh", "Thị Hồng"]
GIVEN = ["Thắng", "Mai", "Páo", "Dua", "An", "Ánh", "Hùng", "Lan", "Dơ", "Đông", "Xuân",
         "Sính", "Chứ", "Hiền", "Tuấn", "Nhung"]
BRANDS = {"desktop": ["Dell OptiPlex", "HP ProDesk", "Lenovo ThinkCentre", "Máy tính đồng bộ"],
          "laptop": ["Dell Latitude", "HP ProBook", "Lenovo ThinkPad"],
          "printer": ["Canon LBP", "HP LaserJet", "Brother HL"],
          "scanner": ["Canon DR", "Fujitsu fi"],
          "network": ["TP-Link Archer", "Cisco Catalyst"]}
STATUSES = ["in_use"] * 8 + ["broken", "under_repair", "in_storage", "disposed"]


def fill(data_dir: Path) -> None:
    """An office laptop of Mường Phăng holding ROWS officials and ROWS items."""
    from app.config import paths_for
    from app.models import Equipment, Staff
    from app.models.setup import setup_device
    from app.models.store import Store

    paths = paths_for(data_dir)
    rng = random.Random(11)
    store = Store(paths.database, paths.backups)
    try:
        with store.sessions.begin() as session:
            setup_device(session, [COMMUNE], "Máy đo hiệu năng", False)
        staff_ids: list[str] = []
        for start in range(0, ROWS, BATCH):
            with store.sessions.begin() as session:
                people = [_official(rng, Staff, n) for n in range(start, start + BATCH)]
                session.add_all(people)
                session.flush()
                staff_ids += [p.id for p in people]
        for start in range(0, ROWS, BATCH):
            with store.sessions.begin() as session:
                session.add_all(_item(rng, Equipment, n, staff_ids)
                                for n in range(start, start + BATCH))
    finally:
        store.close()


def _official(rng: random.Random, staff: type, n: int) -> object:
    return staff(
        commune_code=COMMUNE,
        full_name=f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
        gender=rng.choice(["male", "female"]),
        birth_date=date(1960, 1, 1) + timedelta(days=rng.randrange(15_000)),
        ethnicity_code=rng.choice(["01", "03", "04", "13"]),  # four GSO ethnic-group codes
        unit=rng.choice(["leadership", "office", "economy", "culture_social", None]),
        position=rng.choice(["Công chức", "Chủ tịch UBND", "Văn phòng - Thống kê",
                             "Tư pháp - Hộ tịch", "Địa chính - Xây dựng"]),
        professional_level=rng.choice(["none", "intermediate", "college", "university"]),
        it_certificate=rng.choice(["none", "none", "basic", "a", "b"]),
        phone=f"09{n:08d}",
    )


def _item(rng: random.Random, equipment: type, n: int, staff_ids: list[str]) -> object:
    category = rng.choice(list(BRANDS))
    acquired = date(2015, 1, 1) + timedelta(days=rng.randrange(3_800))
    personal = category in ("desktop", "laptop")
    return equipment(
        commune_code=COMMUNE, category=category,
        brand=rng.choice(BRANDS[category]), model=f"M{rng.randrange(100, 999)}",
        serial=f"SN{n:07d}", asset_tag=f"MP-{n:05d}", acquired_date=acquired,
        warranty_end=acquired + timedelta(days=1095), status=rng.choice(STATUSES),
        holder_id=rng.choice(staff_ids) if personal else None,
        location=rng.choice(["Phòng một cửa", "Văn phòng", "Hội trường", "Kho"]),
    )


def child(data_dir: Path) -> None:
    """Run the real program; when usable, print the moment, type the searches, close.

    The program loads Qt itself, after it has opened the store (see app/ui/main.py); so
    that the measurement does not load Qt first, a helper thread waits for the program's
    QApplication and only then puts the watcher on its GUI thread."""
    threading.Thread(target=_attach_watcher, daemon=True).start()
    from app.cli import main

    status = main(["--data-dir", str(data_dir)])
    if status != 0:
        raise SystemExit(f"the window ended with status {status}")


def _attach_watcher() -> None:
    while True:
        widgets = sys.modules.get("PySide6.QtWidgets")
        app = widgets.QApplication.instance() if widgets is not None else None
        if app is not None:
            break
        time.sleep(0.002)
    from PySide6.QtCore import QTimer

    def start() -> None:  # on the GUI thread
        watcher = QTimer(app, interval=2)
        watcher.timeout.connect(lambda: _when_usable(app, watcher))
        watcher.start()

    QTimer.singleShot(0, app, start)


STARTS = 9
WARM_UP = ("import app.cli, app.ui.main, app.ui.shell.desktop, app.ui.shell.main_window, "
           "bench.ui_window")


_moments: dict[str, float] = {}


def _when_usable(app: object, watcher: object) -> None:
    """Polled every 2 ms on the GUI thread: notes when the start page and then the lists
    are shown; once both are, types the searches and closes the window."""
    from PySide6.QtWidgets import QApplication

    from app.ui.shell.main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or not windows[0].isVisible():
        return
    window = windows[0]
    if "usable" not in _moments and window.overview.shown() is not None:
        QApplication.processEvents()  # the paint of what was just shown
        _moments["usable"] = time.time()
    loaded = (window.staff_page.model.rowCount() == ROWS
              and window.equipment_page.model.rowCount() == ROWS)
    if "usable" not in _moments or not loaded or not window.runner.idle():
        return
    watcher.stop()  # type: ignore[attr-defined]
    QApplication.processEvents()
    _moments["lists"] = time.time()
    slowest = {key: _type_searches(window, key) for key in ("staff", "equipment")}
    print(json.dumps({**_moments, "search": slowest, "peak_mb": _peak_mb()}), flush=True)
    window.close()


def _type_searches(window: object, key: str) -> float:
    """The slowest keystroke, in seconds, over SEARCHES typed into one list's search box."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.models.vntext import search_key

    window.show_page(key)  # type: ignore[attr-defined]
    page = window.page(key)  # type: ignore[attr-defined]
    QApplication.processEvents()
    slowest = 0.0
    for term in SEARCHES:
        page.search.clear()
        page.apply_search()
        QApplication.processEvents()
        for position, char in enumerate(term):
            wanted = search_key(term[:position + 1])
            start = time.perf_counter()
            QTest.keyClick(page.search, char, Qt.KeyboardModifier.NoModifier)
            while page.proxy.query() != wanted:
                QApplication.processEvents()
            QApplication.processEvents()  # the repaint of the narrowed list
            slowest = max(slowest, time.perf_counter() - start)
    return slowest


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _start_window(folder: str, env: dict[str, str]) -> dict:
    """One start of the program in a child process: its figures, times from the launch."""
    launched = time.time()
    result = subprocess.run([sys.executable, "-m", "bench.ui_window", "--child", folder],
                            capture_output=True, text=True, env=env, timeout=300)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"the window did not start:\n{result.stderr}")
    figures = json.loads(lines[-1])
    figures["usable"] -= launched
    figures["lists"] -= launched
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="commune-it-bench-ui-") as folder:
        fill(Path(folder))
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   COMMUNE_IT_LANG="vi", PYTHONPYCACHEPREFIX=str(Path(folder) / "bytecode"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-c", WARM_UP], env=env, check=True)
        runs = sorted((_start_window(folder, env) for _ in range(STARTS)),
                      key=lambda figures: figures["usable"])
    figures = runs[STARTS // 2]  # the median start
    report(f"window usable with 50,000 staff + 50,000 equipment (median of {STARTS})",
           figures["usable"], "s", 1.5)
    lists = sorted(r["lists"] for r in runs)[STARTS // 2]
    report(f"both 50,000-row lists loaded and searchable (median of {STARTS})", lists, "s", 3.5)
    report("search keystroke, staff list (slowest)",
           max(r["search"]["staff"] for r in runs) * 1000, "ms", 100)
    report("search keystroke, equipment list (slowest)",
           max(r["search"]["equipment"] for r in runs) * 1000, "ms", 100)
    report("window peak memory", max(r["peak_mb"] for r in runs), "MB", 250)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(Path(sys.argv[2]))
    else:
        main()
