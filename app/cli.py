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

from app import messages, version
from app.cli_common import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, fail, open_store, plain
from app.cli_server_repair import REPAIR_COMMANDS, add_repair_command
from app.cli_sync import SYNC_COMMANDS, add_db_option, add_network_commands
from app.config import Paths, paths_for
from app.logs import setup_logging
from app.messages import language
from app.models.disk import disk_problem
from app.models.errors import ModelError

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
                         help="in phiên bản rồi thoát")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> NoReturn:
        print(f"commune-it {version()}")
        parser.exit()


def build_parser() -> Parser:
    parser = Parser(prog="commune-it", description="Sổ theo dõi CNTT cấp xã (Commune IT Register)")
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("--data-dir", type=Path, help="thư mục dữ liệu của máy này")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    setup = commands.add_parser("setup", help="thiết lập máy cho xã (hoặc các xã với --trainer)")
    setup.add_argument("--commune", required=True, help="mã xã 5 chữ số; máy giảng viên: danh sách")
    setup.add_argument("--device-name", required=True)
    setup.add_argument("--trainer", action="store_true", help="máy của giảng viên")

    commands.add_parser("demo", help="điền dữ liệu mẫu của một xã")

    imp = commands.add_parser("import", help="nhập hàng loạt từ .xlsx hoặc .csv")
    imp.add_argument("kind", choices=["staff", "equipment", "attendance"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--again", action="store_true",
                     help="nhập cả tệp đã nhập vào máy này trước đây")
    imp.add_argument("--add-matching", action="store_true",
                     help="thêm cả những dòng trùng họ tên và ngày sinh với cán bộ đã có")
    imp.add_argument("--sheet", metavar="TÊN", help="trang tính cần đọc (tệp .xlsx)")

    exp = commands.add_parser("export", help="xuất ra .xlsx hoặc .csv")
    exp.add_argument("kind", choices=["staff", "equipment", "training"])
    exp.add_argument("file", type=Path)

    enroll = commands.add_parser("enroll", help="nhận tệp ghi danh do tỉnh cấp")
    enroll.add_argument("file", type=Path)

    sync = commands.add_parser("sync", help="đồng bộ với tỉnh").add_subparsers(
        dest="sync_command", metavar="SYNC", parser_class=Parser, required=True)
    sync_export = sync.add_parser("export", help="ghi các gói chờ gửi ra thư mục (ổ USB)")
    sync_export.add_argument("--to", type=Path, required=True)
    sync_import = sync.add_parser("import", help="nhận gói hoặc biên nhận từ tỉnh")
    sync_import.add_argument("files", type=Path, nargs="+")
    sync.add_parser("status", help="những gì đang chờ, đã được nhận, đang xung đột"
                    ).add_argument("--json", action="store_true")

    server = commands.add_parser("server", help="máy chủ của tỉnh").add_subparsers(
        dest="server_command", metavar="SERVER", parser_class=Parser, required=True)
    s_enroll = server.add_parser("enroll", help="cấp tệp ghi danh cho một thiết bị")
    s_enroll.add_argument("--commune", required=True)
    s_enroll.add_argument("--device-name", required=True)
    s_enroll.add_argument("--trainer", action="store_true")
    s_enroll.add_argument("--out", type=Path, required=True)
    s_revoke = server.add_parser("revoke", help="thu hồi một thiết bị bị mất")
    s_revoke.add_argument("device", help="mã thiết bị, mã ghi danh hoặc tên thiết bị")
    s_devices = server.add_parser("devices", help="các thiết bị đã ghi danh")
    s_devices.add_argument("--json", action="store_true")
    s_import = server.add_parser("import", help="nhận gói từ ổ USB")
    s_import.add_argument("files", type=Path, nargs="+")
    s_export = server.add_parser("export", help="ghi gói cho các thiết bị của một xã")
    s_export.add_argument("--commune", required=True)
    s_export.add_argument("--to", type=Path, required=True)
    for each in (s_enroll, s_revoke, s_devices, s_import, s_export):
        add_db_option(each)
    add_network_commands(sync, server)
    add_repair_command(server)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    messages.set_language(language.from_environment())
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(args_list)
    except UsageError as exc:
        return fail(f"commune-it: {exc}", EXIT_USAGE)
    paths = paths_for(args.data_dir)
    if args.command is None:
        from app.ui.main import run  # Qt is loaded only for the window

        return run(args.data_dir, [sys.argv[0], *args_list])
    # A log that cannot be written (the disk is full) must not print a traceback of its own
    # under the command's one line: logging then drops the record instead.
    logging.raiseExceptions = False
    try:
        setup_logging(paths.logs)
    except OSError as exc:
        problem = disk_problem(exc)
        return fail(f"Không ghi được vào thư mục dữ liệu {paths.data_dir}: "
                    f"{problem.reason if problem else exc.strerror}.", EXIT_USAGE)
    name = args.command
    if name in ("sync", "server"):
        name = f"{name} {getattr(args, name + '_command')}"
    return dispatch(COMMANDS[name], args, paths)


def dispatch(handler: Callable[[argparse.Namespace, Paths], int], args: argparse.Namespace,
             paths: Paths) -> int:
    try:
        return handler(args, paths)
    except ModelError as exc:
        return fail(str(exc), EXIT_USAGE)
    except Exception as exc:
        if (problem := disk_problem(exc)) is not None:  # the machine's fault, not a bug
            first_line = next(iter(str(exc).splitlines()), "")
            log.warning("command %s stopped: %s (%s)", args.command, problem.kind, first_line)
            return fail(problem.sentence(), EXIT_USAGE)
        log.exception("command %s failed", args.command)
        return fail(
            f"Lỗi không mong đợi; chi tiết đã được ghi vào {paths.logs / 'commune-it.log'}.",
            EXIT_FAILURE,
        )


def cmd_setup(args: argparse.Namespace, paths: Paths) -> int:
    from app.models.setup import setup_device

    communes = [c for c in args.commune.split(",") if c.strip()]
    with open_store(paths, need_device=False) as store, store.sessions.begin() as session:
        device = setup_device(session, communes, args.device_name, args.trainer)
        names = ", ".join(device.communes)
    print(plain(f"Đã thiết lập máy «{args.device_name.strip()}» cho {names}."))
    return EXIT_OK


def cmd_demo(_args: argparse.Namespace, paths: Paths) -> int:
    from app.demo import fill_demo

    with open_store(paths) as store:
        summary = fill_demo(store)
    print(f"Dữ liệu mẫu: {summary.staff} cán bộ, {summary.equipment} thiết bị, "
          f"{summary.courses} khóa học.")
    return EXIT_OK


# What answers each question an import may stop to ask (``ImportQuestion``).
IMPORT_ANSWERS = {
    "AlreadyImported": "Nếu thật sự muốn nhập lại tệp này, chạy lại lệnh với --again.",
    "MatchesExisting": "Nếu đó là những người khác (chỉ trùng họ tên và ngày sinh), chạy lại "
                       "lệnh với --add-matching.",
    "SheetChoice": "Hãy chọn trang cần nhập bằng --sheet TÊN.",
}


def cmd_import(args: argparse.Namespace, paths: Paths) -> int:
    from app.exchange import ImportFileError, ImportQuestion, import_file

    with open_store(paths) as store:
        try:
            with store.sessions.begin() as session:
                summary = import_file(session, args.kind, args.file, again=args.again,
                                      add_matching=args.add_matching, sheet=args.sheet)
        except ImportFileError as exc:
            for line in exc.lines():
                print(plain(line), file=sys.stderr)
            if isinstance(exc, ImportQuestion):
                return fail(f"{exc} {IMPORT_ANSWERS.get(type(exc).__name__, '')}", EXIT_USAGE)
            raise
    if note := summary.sheet_note():
        print(plain(note))
    print(f"Đã nhập: {summary.created} mới, {summary.updated} cập nhật, "
          f"{summary.unchanged} không đổi.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, paths: Paths) -> int:
    from app.exchange import export_file

    with open_store(paths) as store, store.sessions.begin() as session:
        count = export_file(session, args.kind, args.file)
    print(plain(f"Đã xuất {count} dòng ra {args.file}."))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
    "setup": cmd_setup,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    **SYNC_COMMANDS,
    **REPAIR_COMMANDS,
}
