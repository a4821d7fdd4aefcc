"""The ``server`` commands of ``commune-it``: the province's side (see cli.py for the
conventions). ``server repair-clock`` lives in cli_server_repair.py."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from app import collector
from app.cli_common import EXIT_OK, EXIT_USAGE, fail_with, plain, report_files, say, text
from app.cli_server_report import add_server_report_command, server_report
from app.config import Paths

SERVER_DB_ENV = "COMMUNE_IT_SERVER_DB"


def add_server_commands(commands: argparse._SubParsersAction,
                        parser_class: type[argparse.ArgumentParser]) -> argparse._SubParsersAction:
    """The ``server`` sub-commands; returns them so cli.py adds ``repair-clock``."""
    server = commands.add_parser("server", help=text("cli.help_server")).add_subparsers(
        dest="server_command", metavar="SERVER", parser_class=parser_class, required=True)
    s_enroll = server.add_parser("enroll", help=text("cli.help_server_enroll"))
    s_enroll.add_argument("--commune", required=True)
    s_enroll.add_argument("--device-name", required=True)
    s_enroll.add_argument("--trainer", action="store_true")
    s_enroll.add_argument("--out", type=Path, required=True)
    s_revoke = server.add_parser("revoke", help=text("cli.help_server_revoke"))
    s_revoke.add_argument("device", help=text("cli.help_server_revoke_device"))
    s_devices = server.add_parser("devices", help=text("cli.help_server_devices"))
    s_devices.add_argument("--json", action="store_true")
    s_import = server.add_parser("import", help=text("cli.help_server_import"))
    s_import.add_argument("files", type=Path, nargs="+")
    s_export = server.add_parser("export", help=text("cli.help_server_export"))
    s_export.add_argument("--commune", required=True)
    s_export.add_argument("--to", type=Path, required=True)
    for each in (s_enroll, s_revoke, s_devices, s_import, s_export):
        add_db_option(each)
    _add_serve_command(server)
    add_db_option(add_server_report_command(server))  # cli_server_report.py
    return server


def _add_serve_command(server: argparse._SubParsersAction) -> None:
    serve = server.add_parser("serve", help=text("cli.help_server_serve"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--client-timeout", type=float, metavar=text("cli.metavar_seconds"),
                       help=text("cli.help_client_timeout"))
    add_db_option(serve)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db`` on every ``server`` command: the province that serves from PostgreSQL
    enrols, revokes, imports and exports on that same database."""
    parser.add_argument("--db", metavar="URL", help=text("cli.help_db", variable=SERVER_DB_ENV))


def open_server(paths: Paths, url: str | None = None):  # -> Store
    """The province's store: ``--db``, else ``COMMUNE_IT_SERVER_DB``, else the province
    database in the data dir. A URL that does not parse is the user's mistake (exit 2)."""
    from app.ops.province import open_province

    url = url or os.environ.get(SERVER_DB_ENV) or ""
    return open_province(url, paths.server_database, paths.backups)


def cmd_server_enroll(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.province import enrolment_text, issue
    from app.sync.bundle import write_atomically

    if not args.out.parent.is_dir():
        return fail_with("cli.folder_missing", EXIT_USAGE, path=args.out.parent)
    with open_server(paths, args.db) as store:
        data = issue(store, args.commune, args.device_name, args.trainer)
    write_atomically(args.out.parent, args.out.name, enrolment_text(data).encode("utf-8"))
    say("cli.enrolment_issued", name=data["device_name"], path=args.out)
    return EXIT_OK


def cmd_server_revoke(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.province import revoke

    with open_server(paths, args.db) as store:
        done = revoke(store, args.device)
    code = "cli.device_already_revoked" if done.already else "cli.device_revoked"
    say(code, name=done.name, key=done.key)
    return EXIT_OK


def cmd_server_devices(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.province import devices

    with open_server(paths, args.db) as store:
        rows = devices(store)
    if args.json:  # machine-readable: the same keys and values in every language
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return EXIT_OK
    if not rows:
        say("cli.no_devices")
        return EXIT_OK
    for line in device_table(rows):
        print(line)
    return EXIT_OK


DEVICE_COLUMNS = ("id", "id_kind", "name", "communes", "role", "state", "last_seen")
_WIDTHS = (36, 8, 24, 12, 8, 10, 0)


def device_table(rows: list[dict[str, Any]]) -> list[str]:
    """The header and one line per device, columns wide enough for this language's words."""
    kinds = {True: text("cli.devices_kind_device"), False: text("cli.devices_kind_enrolment")}
    header = [text(f"cli.devices_{column}") for column in DEVICE_COLUMNS]
    widths = [max(width, len(title)) if width else 0 for width, title in zip(
        _WIDTHS, header, strict=True)]
    widths[1] = max(widths[1], *map(len, kinds.values()))
    lines = [_device_line(widths, header)]
    for row in rows:
        # Before its first sync a device is known only by its enrolment id: shown, and
        # marked as such, so a laptop lost on the way home can be revoked from here.
        key = row["id"] or row["enrolment_id"]
        seen = row["last_seen_at"]
        lines.append(plain(_device_line(widths, [
            key, kinds[bool(row["id"])], row["name"], ",".join(row["communes"]), row["role"],
            row["state"], datetime.fromisoformat(seen).strftime("%d/%m/%Y %H:%M")
            if seen else "—"])))
    return lines


def _device_line(widths: list[int], cells: list[str]) -> str:
    return "  ".join(f"{cell:{width}}" for cell, width in zip(cells, widths, strict=True)
                     ).rstrip()


def cmd_server_import(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.province import import_paths

    with open_server(paths, args.db) as store:
        return report_files(import_paths(store, args.files))


def cmd_server_export(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.province import export_commune

    with open_server(paths, args.db) as store:
        report = export_commune(store, args.commune, args.to)
    return report_files(report)


# The province server's web stack: the laptop's bundle leaves it out (installer/bundle_files.py),
# so ``server serve`` there says how the province installs it instead of a traceback.
WEB_STACK = frozenset({"fastapi", "starlette", "pydantic", "pydantic_core", "uvicorn", "jinja2",
                       "multipart", "python_multipart", "annotated_types", "typing_inspection"})


def cmd_server_serve(args: argparse.Namespace, paths: Paths) -> int:
    try:
        from app.server.http import serve
    except ImportError as error:
        missing = (error.name or "").split(".")[0]
        if missing not in WEB_STACK:
            raise
        return fail_with("cli.server_web_stack_missing", EXIT_USAGE, module=missing)
    if args.client_timeout is not None and not 0 < args.client_timeout <= 3600:
        return fail_with("cli.client_timeout_range", EXIT_USAGE)
    with open_server(paths, args.db) as store:
        collector.started()  # it serves for days: the collector as usual
        serve(store, paths.data_dir / "server", args.host, args.port, args.client_timeout)
    return EXIT_OK


def cmd_server_report(args: argparse.Namespace, paths: Paths) -> int:
    """``server report``: the province's papers (cli_server_report.py)."""
    return server_report(args, lambda: open_server(paths, args.db))


SERVER_COMMANDS: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
    "server enroll": cmd_server_enroll,
    "server revoke": cmd_server_revoke,
    "server devices": cmd_server_devices,
    "server import": cmd_server_import,
    "server export": cmd_server_export,
    "server serve": cmd_server_serve,
    "server report": cmd_server_report,
}
