"""``commune-it server user add|list|disable``: the province console's accounts.

The password is never an argument (it would stay in the shell's history and show in the
process list): it comes from ``COMMUNE_IT_PASSWORD`` when that is set (scripts, tests),
else it is typed twice on a terminal, unseen (``getpass``); with neither, the command stops
with one line and exit 2. A bad role, a name already given, an empty or short password are
the user's mistakes (exit 2, one line, nothing written). See app/server/accounts.py.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from app.cli_common import EXIT_OK, EXIT_USAGE, fail_with, plain, say, text
from app.cli_server import add_db_option, open_server
from app.config import Paths

PASSWORD_ENV = "COMMUNE_IT_PASSWORD"
_COLUMNS = ("name", "role", "state")


def add_user_commands(server: argparse._SubParsersAction,
                      parser_class: type[argparse.ArgumentParser]) -> None:
    """``server user`` and its three verbs, each with ``--db``."""
    users = server.add_parser("user", help=text("console.help_user")).add_subparsers(
        dest="user_command", metavar="USER", parser_class=parser_class, required=True)
    add = users.add_parser("add", help=text("console.help_user_add"))
    add.add_argument("name", metavar=text("cli.metavar_name"))
    # Checked by the command, not by argparse: a wrong role is told in the user's language.
    add.add_argument("--role", required=True, metavar="admin|viewer")
    listed = users.add_parser("list", help=text("console.help_user_list"))
    disable = users.add_parser("disable", help=text("console.help_user_disable"))
    disable.add_argument("name", metavar=text("cli.metavar_name"))
    for each in (add, listed, disable):
        add_db_option(each)


def read_password() -> str | None:
    """The new account's password: the environment's, else typed twice on a terminal;
    None when there is neither (or the two typed differ: told on stderr)."""
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(text("console.password_prompt"))
    if getpass.getpass(text("console.password_again")) != first:
        raise _Mismatch
    return first


class _Mismatch(Exception):
    pass


def cmd_user(args: argparse.Namespace, paths: Paths) -> int:
    return USER_VERBS[args.user_command](args, paths)


def cmd_user_add(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.accounts import add_account, checked_name, checked_role

    checked_name(args.name)  # told before the password is asked for
    checked_role(args.role)
    try:
        password = read_password()
    except _Mismatch:
        return fail_with("console.password_mismatch", EXIT_USAGE)
    if password is None:
        return fail_with("console.password_missing", EXIT_USAGE, variable=PASSWORD_ENV)
    with open_server(paths, args.db) as store:
        made = add_account(store, args.name, args.role, password)
    say("console.user_added", name=made.name, role=made.role)
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.accounts import accounts

    with open_server(paths, args.db) as store:
        rows = accounts(store)
    if not rows:
        say("console.no_users")
        return EXIT_OK
    header = [text(f"console.users_{column}") for column in _COLUMNS]
    cells = [[row.name, row.role, text(f"console.state_{row.state}")] for row in rows]
    widths = [max(len(line[i]) for line in [header, *cells]) for i in range(len(_COLUMNS))]
    for line in [header, *cells]:
        print(plain("  ".join(f"{cell:{width}}" for cell, width in zip(
            line, widths, strict=True)).rstrip()))
    return EXIT_OK


def cmd_user_disable(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.accounts import disable_account

    with open_server(paths, args.db) as store:
        done, already = disable_account(store, args.name)
    say("console.user_already_disabled" if already else "console.user_disabled",
        name=done.name)
    return EXIT_OK


USER_VERBS: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
    "add": cmd_user_add,
    "list": cmd_user_list,
    "disable": cmd_user_disable,
}
USER_COMMANDS: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
    "server user": cmd_user,
}
