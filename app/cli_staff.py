"""``commune-it staff erase ID``: erase an official who left service (DESIGN.md's command
table; administrators on an encrypted store, ``cli_privacy.NEEDED``). An unknown id is
exit 2 with one line; the erasure prints what was erased, the name this one last time."""

from __future__ import annotations

import argparse

from app.cli_common import EXIT_OK, open_store, plain, text
from app.config import Paths


def add_staff_commands(commands: argparse._SubParsersAction,
                       parser_class: type[argparse.ArgumentParser]) -> None:
    staff = commands.add_parser("staff", help=text("erasure.help")).add_subparsers(
        dest="staff_command", metavar="STAFF", parser_class=parser_class, required=True)
    erase = staff.add_parser("erase", help=text("erasure.help_erase"))
    erase.add_argument("id")


def cmd_erase(args: argparse.Namespace, paths: Paths) -> int:
    from app.models.erasure import PERSONAL
    from app.ops.staff import erase_staff

    with open_store(paths) as store:
        erased = erase_staff(store, args.id.strip())
    fields = [f for f in PERSONAL if f in erased.fields]
    print(plain(text("erasure.done", name=erased.name, staff_id=erased.staff_id,
                     fields=fields)))
    return EXIT_OK


STAFF_COMMANDS = {"staff erase": cmd_erase}
