"""Thousands of mutated bundles, signed ones included, never crash or exhaust the reader.

``tests/bundle_fuzzer.py`` runs in its own process (so its peak memory is its own): from a
synced world it makes 5,000 seeded mutations of genuine changes, seals each with the real
key of its sender and imports it with the function the command line calls, on the province
and on the Mường Phăng laptop, plus the bombs (63 MB of ``{}``, a 60 MB line, brackets).
Every case must be accepted or refused with the sync layer's error (exit 0 or 2), never
anything else, the stores must hold no broken link afterwards, and the process must stay
under 200 MB. A sample of the cases then goes through the real ``commune-it`` on both sides.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.hostile_helpers import run_cli
from tests.usb_helpers import World

ROOT = Path(__file__).resolve().parents[1]
CASES = 5_000
SEED = 20_269
PEAK_MB = 200


def test_mutated_bundles_are_accepted_or_refused_never_more(tmp_path):
    sample = tmp_path / "sample"
    result = subprocess.run(
        [sys.executable, "-m", "tests.bundle_fuzzer", "--root", str(tmp_path), "--seed",
         str(SEED), "--cases", str(CASES), "--sample", str(sample)],
        capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["unexpected_count"] == 0, json.dumps(found["unexpected"], indent=1)
    assert found["cases"] >= CASES and found["broken_links"] == [0, 0], found
    outcomes = found["outcomes"]
    assert outcomes["accepted"] > CASES // 20, outcomes  # the mutations reach the merge too
    assert sum(n for kind, n in outcomes.items() if kind.startswith("refused")) > CASES // 2
    assert found["peak_mb"] < PEAK_MB, found

    world = World(tmp_path / "world")
    for computer, folder, command in ((world.province, sample / "up", "server"),
                                      (world.office, sample / "down", "sync")):
        assert len(list(folder.glob("*.citb"))) >= 20
        ran = run_cli(computer, command, "import", folder)
        assert ran.returncode in (0, 2), (ran.returncode, ran.stderr[-2000:])
        assert "Traceback" not in ran.stderr and "không mong đợi" not in ran.stderr
