"""The start of a command that opens the store (issue 17, item 1: under 0.3 s before its own
work), beside two raw references measured in the same run: ``python -c pass`` (the
interpreter alone) and ``python -c "import sqlalchemy.orm"`` (the least any command that
reads the store loads). A ratio holds on a noisy machine where an absolute time does not.

The commands do almost nothing of their own, so their time is their start: ``sync status``
of a set-up laptop and ``export staff`` of a store of one official. ``report --list`` is
timed beside them against the limit of ``--version``: it prints the reports' names and
opens no store. Each figure is the median of seven rounds, each round running every command and
reference once; as an installed app runs (bytecode compiled once, into the bench's own folder).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from bench.common import report
from bench.sync_round import RUNS, SCRIPT, cli, environment, timed

LIMIT = 0.3  # seconds, a command that opens the store, before its own work
NO_STORE_LIMIT = 0.1  # seconds, a command that opens none (as --version and --help)


def prepare(env: dict[str, str], root: Path) -> Path:
    """A laptop set up for one commune, with one official."""
    laptop = root / "laptop"
    cli(env, laptop, "setup", "--commune", "03325", "--device-name", "Bench")
    staff = root / "staff.csv"
    staff.write_text("full_name,gender\nLò Văn Thắng,male\n", encoding="utf-8")
    cli(env, laptop, "import", "staff", str(staff))
    return laptop


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="commune-it-bench-start-") as folder:
        root = Path(folder)
        env = environment(root / "pycache")
        timed([sys.executable, "-c", "import app.cli, app.ops.sync, app.ops.files, "
               "app.ops.reports, app.exchange"], env)  # bytecode written once, as installed
        laptop = prepare(env, root)
        script = [sys.executable, str(SCRIPT), "--data-dir", str(laptop)]
        runs = {"pass": [sys.executable, "-c", "pass"],
                "orm": [sys.executable, "-c", "import sqlalchemy.orm"],
                "sync status": [*script, "sync", "status"],
                "report --list": [*script, "report", "--list"],
                "export staff (one official)": [*script, "export", "staff",
                                                str(root / "out.csv")]}
        # Round after round, each once, so that a busy moment of the machine falls on all.
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(RUNS):
            for name, args in runs.items():
                times[name].append(timed(args, env))
        python, orm = statistics.median(times.pop("pass")), statistics.median(times.pop("orm"))
        for name, seconds in ((n, statistics.median(t)) for n, t in times.items()):
            store = name != "report --list"
            report(f"start: commune-it {name} (python -c pass {python:.3f} s, import "
                   f"sqlalchemy.orm {orm:.3f} s, {seconds / orm:.1f}x it"
                   f"{'' if store else '; opens no store'})", seconds, "s",
                   LIMIT if store else NO_STORE_LIMIT)


if __name__ == "__main__":
    main()
