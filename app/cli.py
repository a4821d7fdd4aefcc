"""The ``commune-it`` command line (a contract: see DESIGN.md).

No command opens the desktop window. Exit status 0 on success, 2 on a user's mistake with
one line on stderr; an unexpected failure is logged with its traceback in the data dir's log
and reported in one line with exit status 1 — never a traceback on the terminal.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app import cli_words, collector, messages, version
from app.cli_common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    fail,
    fail_with,
    named_command,
    open_store,
    plain,
    say,
    text,
)
from app.cli_report import REPORT_COMMANDS, add_report_command
from app.cli_server import SERVER_COMMANDS, add_server_commands
from app.cli_server_repair import REPAIR_COMMANDS, add_repair_command
from app.cli_server_users import USER_COMMANDS, add_user_commands
from app.cli_staff import STAFF_COMMANDS, add_staff_commands
from app.cli_stocktake import STOCKTAKE_COMMANDS, add_stocktake_commands
from app.cli_sync import SYNC_COMMANDS, add_sync_commands
from app.config import Paths, paths_for
from app.messages import language

log = logging.getLogger(__name__)


class UsageError(Exception):
    """A mistake in the command line itself."""


class Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line on stderr (exit 2), not usage plus an error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


class VersionAction(argparse.Action):
    """``--version``: argparse's own action needs the text when the parser is built, and
    looking the version up costs every start; this one looks it up when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=text("cli.help_version"))

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> NoReturn:
        print(f"commune-it {version()}")
        parser.exit()


def build_parser(command: str | None = None) -> Parser:
    """The whole command line, its help in the language already chosen (``main`` sets it
    before building, and has argparse's own words follow it: ``cli_words``).

    Given the ``command`` the arguments name (``named_command``), only its group is built:
    the other groups' parsers and help texts (and the catalogue areas those load) are a few
    milliseconds of every start (issue 17). Without one, or with a name that is no command,
    the whole line is built, so ``--help`` and a mistake list every command as before."""
    parser = Parser(prog="commune-it", description=text("cli.help_description"))
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("--data-dir", type=Path, help=text("cli.help_data_dir"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    known = any(command in names for names, _ in GROUPS)
    for names, add in GROUPS:  # in the order --help lists them
        if not known or command in names:
            add(commands)
    return parser


def add_server_group(commands: argparse._SubParsersAction) -> None:
    server = add_server_commands(commands, Parser)
    add_repair_command(server)
    add_user_commands(server, Parser)


def add_local_commands(commands: argparse._SubParsersAction) -> None:
    """``setup``, ``demo``, ``import`` and ``export``: the laptop's own register."""
    setup = commands.add_parser("setup", help=text("cli.help_setup"))
    setup.add_argument("--commune", required=True, help=text("cli.help_setup_commune"))
    setup.add_argument("--device-name", required=True)
    setup.add_argument("--trainer", action="store_true", help=text("cli.help_setup_trainer"))
    setup.add_argument("--admin", metavar="NAME", help=text("privacy.help_admin"))

    commands.add_parser("demo", help=text("cli.help_demo"))

    imp = commands.add_parser("import", help=text("cli.help_import"))
    imp.add_argument("kind", choices=["staff", "equipment", "attendance"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--again", action="store_true", help=text("cli.help_import_again"))
    imp.add_argument("--add-matching", action="store_true",
                     help=text("cli.help_import_add_matching"))
    imp.add_argument("--sheet", metavar=text("cli.metavar_name"),
                     help=text("cli.help_import_sheet"))
    imp.add_argument("--confirm-skills", action="store_true",
                     help=text("skills.help_import_confirm"))

    exp = commands.add_parser("export", help=text("cli.help_export"))
    exp.add_argument("kind", choices=["staff", "equipment", "training"])
    exp.add_argument("file", type=Path)

    commands.add_parser("selfcheck", help=text("selfcheck.help"))


def main(argv: Sequence[str] | None = None) -> int:
    collector.starting()  # a short command ends before it needs it back
    try:
        return _main(argv)
    finally:
        collector.started()


def _main(argv: Sequence[str] | None) -> int:
    messages.set_language(language.from_environment())
    cli_words.speak(messages.current_language())
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:  # asked alone: answered before the parser is built
        print(f"commune-it {version()}")
        return EXIT_OK
    try:
        args = build_parser(named_command(args_list)).parse_args(args_list)
    except UsageError as exc:
        return fail(f"commune-it: {exc}", EXIT_USAGE)
    paths = paths_for(args.data_dir)
    if args.command is None:
        from app.ui.main import run  # Qt is loaded only for the window

        return run(args.data_dir, [sys.argv[0], *args_list])
    # A log that cannot be written (the disk is full) must not print a traceback of its own
    # under the command's one line: logging then drops the record instead.
    logging.raiseExceptions = False
    from app.logs import setup_logging  # logging.handlers brings socket: only for a command

    try:
        setup_logging(paths.logs)
    except OSError as exc:
        if args.command == "selfcheck":  # it names the unwritable folder among its checks
            logging.getLogger().addHandler(logging.NullHandler())  # and prints no log line
            return dispatch(COMMANDS["selfcheck"], args, paths)
        from app.models.disk import disk_problem

        problem = disk_problem(exc)
        return fail_with("cli.data_dir_unwritable", EXIT_USAGE, path=paths.data_dir,
                         reason=problem.reason if problem else exc.strerror)
    name = args.command
    if name in ("sync", "server", "staff"):
        name = f"{name} {getattr(args, name + '_command')}"
    from app.cli_privacy import command_started

    command_started(name)
    return dispatch(COMMANDS[name], args, paths)


def dispatch(handler: Callable[[argparse.Namespace, Paths], int], args: argparse.Namespace,
             paths: Paths) -> int:
    try:
        return handler(args, paths)
    except Exception as exc:
        # Imported on failure, not at start (they bring SQLAlchemy and every model): a
        # command that raised one of these has loaded them already.
        from app.models.disk import disk_problem
        from app.models.errors import ModelError

        if isinstance(exc, ModelError):
            return fail(str(exc), EXIT_USAGE)
        if (problem := disk_problem(exc)) is not None:  # the machine's fault, not a bug
            first_line = next(iter(str(exc).splitlines()), "")
            log.warning("command %s stopped: %s (%s)", args.command, problem.kind, first_line)
            return fail(problem.sentence(), EXIT_USAGE)
        log.exception("command %s failed", args.command)
        return fail_with("cli.unexpected", EXIT_FAILURE, log=paths.logs / "commune-it.log")


def cmd_setup(args: argparse.Namespace, paths: Paths) -> int:
    from app.cli_privacy import admin_password, make_first_administrator
    from app.ops.commune import set_up_device

    password = admin_password(paths, args.admin) if args.admin is not None else None
    communes = [c for c in args.commune.split(",") if c.strip()]
    with open_store(paths, need_device=False) as store:
        set_for = list(set_up_device(store, communes, args.device_name, args.trainer))
    say("cli.set_up", name=args.device_name.strip(), communes=set_for)
    if password is not None:  # the store is set up plain, then encrypted in place
        make_first_administrator(paths, args.admin, password)
    return EXIT_OK


def cmd_demo(_args: argparse.Namespace, paths: Paths) -> int:
    from app.demo import fill_demo

    with open_store(paths) as store:
        summary = fill_demo(store)
    say("cli.demo_filled", staff=summary.staff, equipment=summary.equipment,
        courses=summary.courses)
    return EXIT_OK


# What answers each question an import may stop to ask (``ImportQuestion``).
IMPORT_ANSWERS = {
    "AlreadyImported": "cli.import_answer_again",
    "MatchesExisting": "cli.import_answer_add_matching",
    "SheetChoice": "cli.import_answer_sheet",
}


def cmd_import(args: argparse.Namespace, paths: Paths) -> int:
    from app.exchange import ImportFileError, ImportQuestion
    from app.ops.files import import_list

    if args.confirm_skills and args.kind != "attendance":
        return fail_with("skills.cli_confirm_only_attendance", EXIT_USAGE)
    with open_store(paths) as store:
        try:
            summary = import_list(store, args.kind, args.file, again=args.again,
                                  add_matching=args.add_matching, sheet=args.sheet,
                                  confirm_skills=args.confirm_skills)
        except ImportFileError as exc:
            for line in exc.lines():
                print(plain(str(line)), file=sys.stderr)
            if isinstance(exc, ImportQuestion):
                answer = IMPORT_ANSWERS.get(type(exc).__name__)
                return fail(f"{exc} {text(answer) if answer else ''}", EXIT_USAGE)
            raise
    if note := summary.sheet_note():
        print(plain(str(note)))
    for told in summary.notes:
        answer = text("skills.cli_answer_confirm") if told.code == "skills.import_could_confirm" \
            else ""
        print(plain(f"{told} {answer}".strip()))
    say("cli.imported", created=summary.created, updated=summary.updated,
        unchanged=summary.unchanged)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, paths: Paths) -> int:
    from app.ops.files import export_list

    with open_store(paths) as store:
        count = export_list(store, args.kind, args.file)
    say("cli.exported", count=count, path=args.file)
    return EXIT_OK


def cmd_selfcheck(_args: argparse.Namespace, paths: Paths) -> int:
    """Every check, one line each on stdout (a failure too: the list is the answer); a
    failure also makes the exit status 2, with the failed checks named on stderr."""
    from app.ops.selfcheck import failures, run_selfcheck
    from app.ui.runtime.qt_probe import probe_qt  # Qt itself loads in a child process

    checks = run_selfcheck(paths, probe_qt)
    for check in checks:
        print(plain(str(check.line())))
    failed = failures(checks)
    if failed is not None:
        return fail(failed, EXIT_USAGE)
    say("selfcheck.passed")
    return EXIT_OK


# Each top-level command's group of the parser, by the names it holds.
GROUPS: tuple[tuple[tuple[str, ...], Callable[[argparse._SubParsersAction], None]], ...] = (
    (("setup", "demo", "import", "export", "selfcheck"), add_local_commands),
    (("report",), add_report_command),
    (("stocktake",), lambda commands: add_stocktake_commands(commands, Parser)),
    (("staff",), lambda commands: add_staff_commands(commands, Parser)),
    (("enroll", "sync"), lambda commands: add_sync_commands(commands, Parser)),
    (("server",), add_server_group),
)
COMMANDS: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
    "setup": cmd_setup,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "selfcheck": cmd_selfcheck,
    **REPORT_COMMANDS,
    **STOCKTAKE_COMMANDS,
    **STAFF_COMMANDS,
    **SYNC_COMMANDS,
    **SERVER_COMMANDS,
    **REPAIR_COMMANDS,
    **USER_COMMANDS,
}
