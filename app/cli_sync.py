"""The sync and server commands of ``commune-it`` (see cli.py for the conventions)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from datetime import datetime

from app.cli_common import fail, open_store, plain
from app.config import Paths
from app.models.errors import StoreError

SERVER_DB_ENV = "COMMUNE_IT_SERVER_DB"


def cmd_enroll(args: argparse.Namespace, paths: Paths) -> int:
    from app.sync.device import enroll_file

    with open_store(paths) as store:
        name = enroll_file(store, args.file)
    print(f"Máy «{name}» đã nhận tệp ghi danh; lần đồng bộ tới sẽ gửi xác nhận lên tỉnh.")
    return 0


def report_files(report) -> int:  # FileReport
    """Written files, notes and skipped files on stdout (a skip is harmless: exit 0);
    refused files on stderr, and only they make the exit status 2."""
    for path in report.written:
        print(plain(f"Đã ghi {path}"))
    for note in [*report.notes, *report.skipped]:  # file names from a stick: plain()
        print(plain(note))
    for line in report.refused:
        print(plain(line), file=sys.stderr)
    if report.refused:
        return fail(f"{len(report.refused)} tệp bị từ chối; các tệp đó không làm thay đổi "
                    "dữ liệu.", 2)
    return 0


def cmd_sync_export(args: argparse.Namespace, paths: Paths) -> int:
    from app.sync.device import export_to

    with open_store(paths) as store:
        report = export_to(store, args.to)
    if not report.written:
        print("Không có gì cần gửi.")
    return report_files(report)


def cmd_sync_import(args: argparse.Namespace, paths: Paths) -> int:
    from app.sync.device import import_paths

    with open_store(paths) as store:
        return report_files(import_paths(store, args.files))


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db`` on every ``server`` command: the province that serves from PostgreSQL
    enrols, revokes, imports and exports on that same database."""
    parser.add_argument("--db", metavar="URL", help=(
        "cơ sở dữ liệu của tỉnh: tệp SQLite, sqlite:///… hoặc postgresql+psycopg://… "
        f"(mặc định: biến {SERVER_DB_ENV}, nếu không có thì tệp trong thư mục dữ liệu)"))


def open_server(paths: Paths, url: str | None = None):  # -> Store
    """The province's store: ``--db``, else ``COMMUNE_IT_SERVER_DB``, else the province
    database in the data dir. A URL that does not parse is the user's mistake (exit 2)."""
    from app.models.store import Store

    url = (url or os.environ.get(SERVER_DB_ENV) or "").strip()
    if not url:
        return Store(paths.server_database, paths.backups)
    if "://" in url:
        from sqlalchemy import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            make_url(url)
        except (ArgumentError, ValueError):
            raise StoreError("Địa chỉ cơ sở dữ liệu của tỉnh không đúng dạng (ví dụ "
                             "postgresql+psycopg://tên@máy-chủ:5432/cơ-sở-dữ-liệu hoặc "
                             "sqlite:///đường/dẫn/tệp.sqlite3).") from None
    return Store.for_url(url, paths.backups)


def cmd_server_enroll(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.province import enrolment_text, issue
    from app.sync.bundle import write_atomically

    if not args.out.parent.is_dir():
        return fail(f"Không có thư mục {args.out.parent}.", 2)
    with open_server(paths, args.db) as store:
        data = issue(store, args.commune, args.device_name, args.trainer)
    write_atomically(args.out.parent, args.out.name, enrolment_text(data).encode("utf-8"))
    print(f"Đã cấp tệp ghi danh cho «{data['device_name']}»: {args.out}")
    return 0


def cmd_server_revoke(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.province import revoke

    with open_server(paths, args.db) as store:
        done = revoke(store, args.device)
    if done.already:
        print(f"Thiết bị «{done.name}» ({done.key}) đã bị thu hồi từ trước; không có gì "
              "thay đổi.")
    else:
        print(f"Đã thu hồi thiết bị «{done.name}» ({done.key}); mọi gói sau này của nó sẽ "
              "bị từ chối.")
    return 0


def cmd_server_devices(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.province import devices

    with open_server(paths, args.db) as store:
        rows = devices(store)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print("Chưa cấp tệp ghi danh cho thiết bị nào.")
        return 0
    print(_device_line("MÃ", "LOẠI MÃ", "TÊN", "XÃ", "VAI TRÒ", "TRẠNG THÁI", "LẦN CUỐI"))
    for row in rows:
        # Before its first sync a device is known only by its enrolment id: shown, and
        # marked as such, so a laptop lost on the way home can be revoked from here.
        key, kind = ((row["id"], "thiết bị") if row["id"] else
                     (row["enrolment_id"], "ghi danh"))
        seen = row["last_seen_at"]
        print(_device_line(key, kind, row["name"], ",".join(row["communes"]), row["role"],
                           row["state"], datetime.fromisoformat(seen).strftime(
                               "%d/%m/%Y %H:%M") if seen else "—"))
    return 0


def _device_line(*cells: str) -> str:
    widths = (36, 8, 24, 12, 8, 10, 0)
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


def cmd_sync_status(args: argparse.Namespace, paths: Paths) -> int:
    from app.sync.status import status

    with open_store(paths) as store, store.sessions() as session:
        state = status(session)
    if args.json:
        print(json.dumps(state.to_dict(), ensure_ascii=False, indent=1))
        return 0
    print(f"Thiết bị: {state.device_id}"
          f" ({'đã ghi danh' if state.enrolled else 'chưa ghi danh'}"
          f"{', tỉnh đã xác nhận' if state.confirmed else ''})")
    print(f"Thay đổi chờ gửi: {state.pending_changes}")
    print(f"Gói chưa có biên nhận: {state.unacknowledged_bundles}")
    for via, label in (("usb", "USB"), ("http", "mạng")):
        print(f"Lần gửi/nhận gần nhất qua {label}: {state.last_sent[via] or '—'} / "
              f"{state.last_received[via] or '—'}")
    print(f"Xung đột chờ xem xét: {state.open_conflicts}")
    return 0


def add_network_commands(sync, server) -> None:  # argparse sub-parser actions
    """``sync push`` and ``server serve``, on the ``sync`` and ``server`` sub-commands."""
    push = sync.add_parser("push", help="đồng bộ hai chiều với máy chủ tỉnh qua mạng")
    push.add_argument("--server", required=True, help="địa chỉ máy chủ, ví dụ http://may-chu:8080")
    push.add_argument("--retry-for", type=float, default=120.0, metavar="GIÂY",
                      help="thử lại trong tối đa chừng ấy giây khi mất kết nối (mặc định 120)")
    serve = server.add_parser("serve", help="chạy máy chủ tỉnh (HTTP)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--client-timeout", type=float, metavar="GIÂY", help=(
        "ngắt kết nối im lặng hoặc gửi yêu cầu quá chậm sau chừng ấy giây (mặc định 30)"))
    add_db_option(serve)


def cmd_sync_push(args: argparse.Namespace, paths: Paths) -> int:
    from app.sync.http import RetryPolicy
    from app.sync.push import push

    with open_store(paths) as store:
        try:
            report = push(store, args.server,
                          retry=RetryPolicy(seconds=max(args.retry_for, 0.1)))
        except KeyboardInterrupt:
            return fail("Đã hủy; những gì đã gửi xong được giữ, phần còn lại gửi lần sau.", 2)
    if report.claimed:
        print("Đã gửi xác nhận ghi danh; tỉnh đã chấp nhận máy này.")
    for note in report.notes:
        print(plain(note))
    print(f"Đã gửi {report.sent} gói ({report.sent_changes} thay đổi); tỉnh xác nhận đã "
          f"nhận {report.acknowledged} gói.")
    print(f"Đã nhận {report.received} gói từ tỉnh: {report.applied} thay đổi "
          f"({report.conflicts} xung đột cần xem).")
    for line in report.refused:
        print(plain(line), file=sys.stderr)
    if report.refused:
        return fail(f"{len(report.refused)} gói bị từ chối; các gói đó không làm thay đổi "
                    "dữ liệu.", 2)
    return 0


def cmd_server_serve(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.http import serve

    if args.client_timeout is not None and not 0 < args.client_timeout <= 3600:
        return fail("--client-timeout phải lớn hơn 0 và không quá 3600 giây.", 2)
    with open_server(paths, args.db) as store:
        serve(store, paths.data_dir / "server", args.host, args.port, args.client_timeout)
    return 0


SYNC_COMMANDS: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
    "enroll": cmd_enroll,
    "sync export": cmd_sync_export,
    "sync import": cmd_sync_import,
    "sync status": cmd_sync_status,
    "sync push": cmd_sync_push,
    "server enroll": cmd_server_enroll,
    "server revoke": cmd_server_revoke,
    "server devices": cmd_server_devices,
    "server import": cmd_server_import,
    "server export": cmd_server_export,
    "server serve": cmd_server_serve,
}
