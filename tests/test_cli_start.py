"""The command line starts light (issue 17, item 1): ``--version``, ``--help`` and a mistake in
the command line itself answer without loading SQLAlchemy, the models, openpyxl, FastAPI,
ReportLab, Qt or the sync layer; a command loads only what its own work needs.

Each case runs the real ``commune-it`` console script in a fresh process under
``python -X importtime``, which names on stderr every module the process imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).with_name("commune-it")

# What no start may load: the database layer and every heavy library of a single command.
HEAVY = ("sqlalchemy", "openpyxl", "fastapi", "uvicorn", "starlette", "reportlab", "PySide6",
         "app.models", "app.sync", "app.server", "app.exchange", "app.ops", "app.reports",
         "app.ui")


def imported(*args: str, data_dir: Path) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run ``commune-it --data-dir DIR ARGS`` and return the result and every module the
    process imported (``-X importtime`` lines on stderr, dropped from the returned stderr)."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "COMMUNE_IT_LANG": "vi"}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", str(SCRIPT), "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120, env=env)
    modules, rest = set(), []
    for line in result.stderr.splitlines():
        if line.startswith("import time:"):
            modules.add(line.rsplit("|", 1)[1].strip())
        else:
            rest.append(line)
    result.stderr = "\n".join(rest)
    return result, modules


def loaded(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    """The members of ``packages`` (a package or any module under it) found in ``modules``."""
    return sorted(name for name in modules
                  if any(name == top or name.startswith(top + ".") for top in packages))


def test_version_loads_nothing_heavy(tmp_path):
    result, modules = imported("--version", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("commune-it ")
    assert loaded(modules, HEAVY) == []
    assert "app.messages.models" not in modules  # no catalogue at all for the version


@pytest.mark.parametrize("args", [
    ["--help"], ["sync", "export", "--help"], ["server", "import", "--help"],
    ["server", "user", "add", "--help"], ["report", "--help"], ["import", "--help"],
])
def test_help_loads_nothing_heavy(tmp_path, args):
    result, modules = imported(*args, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("cách dùng: commune-it")
    assert loaded(modules, HEAVY) == []
    # The help speaks the command line's words only: not the whole catalogue.
    assert loaded(modules, ("app.messages.models", "app.messages.exchange")) == []


def test_usage_mistake_loads_nothing_heavy(tmp_path):
    result, modules = imported("import", "staff", data_dir=tmp_path)  # the file is missing
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert loaded(modules, HEAVY) == []


def test_a_command_loads_only_what_it_needs(tmp_path):
    """``setup`` opens the store (SQLAlchemy, the models) and writes nothing else: no file
    library, no server, no sync layer, no window."""
    result, modules = imported("setup", "--commune", "03325", "--device-name", "A",
                               data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "sqlalchemy" in modules and "app.models.store" in modules
    assert loaded(modules, ("openpyxl", "fastapi", "uvicorn", "reportlab", "PySide6",
                            "app.sync", "app.server", "app.exchange", "app.reports")) == []


def test_export_of_a_list_does_not_load_the_sync_layer_or_the_server(tmp_path):
    assert imported("setup", "--commune", "03325", "--device-name", "A",
                    data_dir=tmp_path)[0].returncode == 0
    result, modules = imported("export", "staff", str(tmp_path / "staff.csv"),
                               data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert loaded(modules, ("fastapi", "uvicorn", "reportlab", "PySide6", "app.sync",
                            "app.server")) == []


def test_a_model_error_still_ends_in_one_line_exit_2(tmp_path):
    """The models are imported on failure now, not at start: a refusal of the layer below
    (no device set up) is still one Vietnamese line and exit 2, never a traceback."""
    result, _ = imported("export", "staff", str(tmp_path / "staff.csv"), data_dir=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_round_trip_does_not_load_the_migrations(tmp_path):
    """Each of the four commands of a round trip opens a store at this app's schema and
    reads bundles that name it: none loads Alembic (a fifth of a second of every start)."""
    laptop, province = tmp_path / "laptop", tmp_path / "province"
    stick, back = tmp_path / "stick", tmp_path / "back"
    stick.mkdir()
    back.mkdir()
    csv = tmp_path / "staff.csv"
    csv.write_text("full_name,gender\nLò Văn Thắng,male\n", encoding="utf-8")
    for data_dir, args in (
            (laptop, ["setup", "--commune", "03325", "--device-name", "A"]),
            (province, ["server", "enroll", "--commune", "03325", "--device-name", "A",
                        "--out", str(tmp_path / "enrol.json")]),
            (laptop, ["enroll", str(tmp_path / "enrol.json")]),
            (laptop, ["import", "staff", str(csv)])):
        assert imported(*args, data_dir=data_dir)[0].returncode == 0
    for data_dir, args in (
            (laptop, ["sync", "export", "--to", str(stick)]),
            (province, ["server", "import", str(stick)]),
            (province, ["server", "export", "--commune", "03325", "--to", str(back)]),
            (laptop, ["sync", "import", str(back)])):
        result, modules = imported(*args, data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        assert loaded(modules, ("alembic", "openpyxl", "reportlab", "fastapi", "PySide6")
                      ) == [], args
    assert any(back.glob("*.citb"))  # the answer came back and was read


def test_sync_status_loads_no_bundle_layer(tmp_path):
    """``sync status`` opens the store and counts: it signs, encrypts, merges and reads no
    bundle, so it loads neither cryptography nor the bundle and merge layers (nor any file,
    report or server library); and its answer is still the whole status."""
    assert imported("setup", "--commune", "03325", "--device-name", "A",
                    data_dir=tmp_path)[0].returncode == 0
    result, modules = imported("sync", "status", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["pending_changes"] == 0
    assert "app.sync.status" in modules
    assert loaded(modules, (
        "cryptography", "nacl", "argon2", "openpyxl", "reportlab", "fastapi", "uvicorn",
        "alembic", "PySide6", "app.exchange", "app.reports", "app.server", "app.sync.bundle",
        "app.sync.keys", "app.sync.transfer", "app.sync.merge", "app.sync.device")) == []


def test_the_status_names_the_receiver_as_bundles_do():
    """The status reads the province's watermark without the bundle layer: both spell the
    province alike, or the status would count every change as never acknowledged."""
    from app.sync import bundle, marks

    assert marks.PROVINCE == bundle.PROVINCE


# --- a command that opens the store loads and builds only what its own work needs (item 1) --
# What ``sync status`` loaded before its own work and no longer does: the overview's queries
# (app.ops.commune, only for the check that the device is set up), platformdirs (the data
# folder is given) and the catalogue areas of other commands' help.
NOT_AT_START = ("app.ops.commune", "app.models.indicators", "app.models.attention",
                "app.models.queries", "platformdirs", "app.messages.console_admin")


def test_sync_status_loads_nothing_for_other_commands(tmp_path):
    assert imported("setup", "--commune", "03325", "--device-name", "A",
                    data_dir=tmp_path)[0].returncode == 0
    result, modules = imported("sync", "status", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "app.ops.device" in modules and "app.sync.status" in modules  # it did its work
    assert loaded(modules, NOT_AT_START) == []


def test_a_store_command_on_a_store_not_set_up_is_still_refused_in_one_line(tmp_path):
    result, modules = imported("sync", "status", data_dir=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "app.ops.commune" not in modules


# The reports' own table of names and message codes, which imports only app.messages.
LIST_ONLY = ["app.reports", "app.reports.catalogue"]


@pytest.mark.parametrize(("args", "count"), [(["report", "--list"], 6),
                                             (["server", "report", "--list"], 3)])
def test_the_list_of_reports_loads_no_store(tmp_path, args, count):
    """The list is names and sentences: no SQLAlchemy, model, report builder or ReportLab."""
    result, modules = imported(*args, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == count and lines[0].split()[0] in ("sign-in-sheet", "inventory")
    assert loaded(modules, HEAVY) == LIST_ONLY


def test_a_report_without_a_name_names_them_all_without_a_store(tmp_path):
    result, modules = imported("report", data_dir=tmp_path)
    assert result.returncode == 2
    assert "asset-labels" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert loaded(modules, HEAVY) == LIST_ONLY


# The parser of one command is built alone; argparse must decide every line as the whole
# parser does: the same values, the same one-line mistakes, the same help.
SAME_AS_WHOLE = [
    ["sync", "status", "--json"], ["--data-dir", "/x", "sync", "export", "--to", "d"],
    ["--data=/x", "sync", "import", "a", "b"], ["--d", "/x", "server", "import", "f"],
    ["--data-dir", "-x", "sync", "status"], ["sync"], ["sync", "--help"], ["syn", "status"],
    ["sync", "stat"], ["server", "user", "add", "n", "--role", "admin"], ["server", "--help"],
    ["report", "--list"], ["export", "nope", "f"], ["import", "staff"], ["frob"], ["--help"],
    ["--", "sync", "status"], ["stocktake", "open"], ["staff", "erase", "x"], ["enroll", "f"],
    ["--data-dir"], [], ["sync", "status", "extra"], ["setup", "--commune", "1"],
    ["--data-di", "x", "report", "inventory", "--out", "a.pdf"], ["sync", "--data-dir", "x"],
]


def parsed(build, args: list[str]) -> tuple[object, ...]:
    import contextlib
    import io

    from app import cli

    shown = io.StringIO()
    try:
        with contextlib.redirect_stdout(shown), contextlib.redirect_stderr(shown):
            return ("parsed", vars(build().parse_args(args)))
    except cli.UsageError as exc:
        return ("mistake", str(exc))
    except SystemExit as exc:
        return ("exit", exc.code, shown.getvalue())


@pytest.mark.parametrize("args", SAME_AS_WHOLE)
def test_one_commands_parser_decides_as_the_whole_one(args):
    from app import cli
    from app.cli_common import named_command

    assert parsed(lambda: cli.build_parser(named_command(args)), args) == parsed(
        cli.build_parser, args)


def test_the_command_is_found_where_argparse_finds_it():
    from app.cli_common import named_command

    assert named_command(["--data-dir", "sync", "server", "x"]) == "server"
    assert named_command(["--data=status", "sync"]) == "sync"
    assert named_command(["-h", "sync"]) is None and named_command(["--version"]) is None
    assert named_command(["--data-dir", "--help", "sync"]) is None
