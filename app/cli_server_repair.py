"""``commune-it server repair-clock``: the province's clock is right again.

While the server's clock was wrong, the province either refused bundles (its clock had
jumped away from the time its laptops agreed on) or, before that check existed, accepted
changes stamped in the future, which beat every later real edit and which the laptops hold
back. Run once the clock shows the right time: it restamps those changes at that time and
confirms the clock (app/sync/clock_repair.py, app/sync/clock_rules.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime

from app.cli_common import say, text
from app.cli_server import add_db_option, open_server
from app.config import Paths


def add_repair_command(server: argparse._SubParsersAction) -> None:
    repair = server.add_parser("repair-clock", help=text("cli.help_repair_clock"))
    add_db_option(repair)


def cmd_server_repair_clock(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.clock import repair_clock

    with open_server(paths, args.db) as store:
        done = repair_clock(store)  # refuses a database that is not a province's
    say("cli.clock_confirmed", now=datetime.fromtimestamp(done.now_ms / 1000))
    if done.restamped:
        say("cli.clock_restamped", count=done.restamped, devices=list(done.devices))
    else:
        say("cli.clock_nothing_restamped")
    return 0


REPAIR_COMMANDS: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
    "server repair-clock": cmd_server_repair_clock,
}
