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

from app.cli_sync import add_db_option, open_server
from app.config import Paths


def add_repair_command(server: argparse._SubParsersAction) -> None:
    repair = server.add_parser(
        "repair-clock", help="sau khi chỉnh đúng đồng hồ máy chủ: ghi lại theo giờ đúng các "
        "thay đổi mang dấu thời gian tương lai và xác nhận đồng hồ")
    add_db_option(repair)


def cmd_server_repair_clock(args: argparse.Namespace, paths: Paths) -> int:
    from app.server.province import province_me
    from app.sync.clock_repair import repair_province_clock

    with open_server(paths, args.db) as store, store.sessions.begin() as session:
        province_me(session)  # refuses a database that is not a province's
        done = repair_province_clock(session)
    now = datetime.fromtimestamp(done.now_ms / 1000).strftime("%d/%m/%Y %H:%M")
    print(f"Đã xác nhận đồng hồ máy chủ tỉnh: {now} (giờ của máy chủ). Nếu giờ này sai, hãy "
          "chỉnh đồng hồ rồi chạy lại lệnh này.")
    if done.restamped:
        print(f"Đã ghi lại theo giờ này {done.restamped} thay đổi mang dấu thời gian tương "
              f"lai (của máy {', '.join(done.devices)}); các máy sẽ nhận các giá trị đó ở lần "
              "đồng bộ tới.")
    else:
        print("Không có thay đổi nào mang dấu thời gian tương lai.")
    return 0


REPAIR_COMMANDS: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
    "server repair-clock": cmd_server_repair_clock,
}
