"""Run every benchmark in a fresh process and print a table of figures against targets.

Exit status 1 if any figure misses its target, so a regression is visible in a terminal.
"""

from __future__ import annotations

import json
import subprocess
import sys

BENCHES = [
    "bench.import_staff",
    "bench.cli_start",
    "bench.indicators",
    "bench.sync_bundles",
    "bench.sync_bundles backlog",
    "bench.sync_round",
    "bench.push_shaped",
    "bench.reports",
    "bench.labels",
    "bench.stocktake_scan", "bench.stocktake_window",
    "bench.console",
    "bench.console_load",
    "bench.load",
    "bench.province_reports", "bench.ui_reports",
    "bench.ui_window",
    "bench.encrypted",
    "bench.journal_size",
]


def run(module: str) -> list[dict]:
    result = subprocess.run([sys.executable, "-m", *module.split()], capture_output=True,
                            text=True)
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        return [{"name": module, "value": float("nan"), "unit": "", "limit": 0, "ok": False}]
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def main() -> int:
    rows = [row for module in (sys.argv[1:] or BENCHES) for row in run(module)]
    width = max(len(r["name"]) for r in rows)
    for r in rows:
        mark = "ok" if r["ok"] else "MISSED"
        print(f"{r['name']:<{width}}  {r['value']:>10.3f} {r['unit']:<3} "
              f"(target < {r['limit']} {r['unit']})  {mark}")
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
