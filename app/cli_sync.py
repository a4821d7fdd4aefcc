"""The ``enroll`` and ``sync`` commands of ``commune-it``: the laptop's side (see cli.py for
the conventions; the ``server`` commands are in cli_server.py)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli_common import fail_with, open_store, plain, report_files, say, text
from app.config import Paths
from app.messages import message


def add_sync_commands(commands: argparse._SubParsersAction,
                      parser_class: type[argparse.ArgumentParser]) -> None:
    """``enroll`` and the ``sync`` sub-commands."""
    enroll = commands.add_parser("enroll", help=text("cli.help_enroll"))
    enroll.add_argument("file", type=Path)
    sync = commands.add_parser("sync", help=text("cli.help_sync")).add_subparsers(
        dest="sync_command", metavar="SYNC", parser_class=parser_class, required=True)
    sync_export = sync.add_parser("export", help=text("cli.help_sync_export"))
    sync_export.add_argument("--to", type=Path, required=True)
    sync_import = sync.add_parser("import", help=text("cli.help_sync_import"))
    sync_import.add_argument("files", type=Path, nargs="+")
    sync.add_parser("status", help=text("cli.help_sync_status")
                    ).add_argument("--json", action="store_true")
    push = sync.add_parser("push", help=text("cli.help_sync_push"))
    push.add_argument("--server", required=True, help=text("cli.help_push_server"))
    push.add_argument("--retry-for", type=float, default=120.0,
                      metavar=text("cli.metavar_seconds"), help=text("cli.help_push_retry_for"))


def cmd_enroll(args: argparse.Namespace, paths: Paths) -> int:
    from app.sync.device import enroll_file

    with open_store(paths) as store:
        name = enroll_file(store, args.file)
    say("cli.enrolled", name=name)
    return 0


def cmd_sync_export(args: argparse.Namespace, paths: Paths) -> int:
    from app.sync.device import export_to

    with open_store(paths) as store:
        report = export_to(store, args.to)
    if not report.written:
        say("cli.nothing_to_send")
    return report_files(report)


def cmd_sync_import(args: argparse.Namespace, paths: Paths) -> int:
    from app.sync.device import import_paths

    with open_store(paths) as store:
        return report_files(import_paths(store, args.files))


# What ``sync status`` says of the enrolment, by (enrolled, confirmed by the province).
ENROLMENT_STATES = {
    (False, False): "cli.status_not_enrolled",
    (True, False): "cli.status_enrolled",
    (True, True): "cli.status_confirmed",
    (False, True): "cli.status_confirmed_not_enrolled",
}


def cmd_sync_status(args: argparse.Namespace, paths: Paths) -> int:
    from app.ops.sync import sync_status

    with open_store(paths) as store:
        state = sync_status(store)
    if args.json:  # machine-readable: the same keys and values in every language
        print(json.dumps(state.to_dict(), ensure_ascii=False, indent=1))
        return 0
    print_status(state)
    return 0


def print_status(state) -> None:  # app.sync.status.SyncStatus
    """The human-readable ``sync status``, one fact a line."""
    enrolment = message(ENROLMENT_STATES[state.enrolled, state.confirmed])
    say("cli.status_device", device=state.device_id, state=enrolment)
    say("cli.status_pending", count=state.pending_changes)
    say("cli.status_unacknowledged", count=state.unacknowledged_bundles)
    for via, code in (("usb", "cli.status_last_usb"), ("http", "cli.status_last_http")):
        say(code, sent=state.last_sent[via] or "—", received=state.last_received[via] or "—")
    say("cli.status_conflicts", count=state.open_conflicts)


def cmd_sync_push(args: argparse.Namespace, paths: Paths) -> int:
    from app.ops.sync import push_to_province
    from app.sync.http import RetryPolicy

    begun: list[object] = []

    def progress(_done: int, _total: int, stage) -> None:  # a terminal sees each stage start
        if stage not in begun:
            begun.append(stage)
            print(plain(str(stage.message)), flush=True)

    with open_store(paths) as store:
        try:
            report = push_to_province(store, args.server,
                                      retry=RetryPolicy(seconds=max(args.retry_for, 0.1)),
                                      progress=progress if sys.stdout.isatty() else None)
        except KeyboardInterrupt:
            return fail_with("cli.push_cancelled", 2)
    if report.claimed:
        say("cli.push_claimed")
    for note in report.notes:
        print(plain(str(note)))
    say("cli.push_sent", sent=report.sent, changes=report.sent_changes,
        acknowledged=report.acknowledged)
    say("cli.push_received", received=report.received, applied=report.applied,
        conflicts=report.conflicts)
    for line in report.refused:
        print(plain(str(line)), file=sys.stderr)
    if report.refused:
        return fail_with("cli.bundles_refused", 2, count=len(report.refused))
    return 0


SYNC_COMMANDS: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
    "enroll": cmd_enroll,
    "sync export": cmd_sync_export,
    "sync import": cmd_sync_import,
    "sync status": cmd_sync_status,
    "sync push": cmd_sync_push,
}
