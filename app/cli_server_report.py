"""``commune-it server report``: print one of the province's papers (a row per commune)
to a PDF or XLSX file, from the database the province serves from (see cli.py for the
conventions, cli_report.py for the commune's twin).

The same contract as ``report``: ``--list`` prints one report per line, its name first,
then what it is; every mistake that needs no database (no name, an unknown one, no
``--out``, a file type not written) is one line and exit 2 before the database is opened;
the file is written whole or not at all. The database is opened by the caller
(cli_server.py's ``open_server``: ``--db``, the environment, the data dir), so this module
does not import the server's command module back.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli_common import EXIT_OK, EXIT_USAGE, fail_with, say, text
from app.cli_report import print_list


def add_server_report_command(server: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """``server report [NAME] [--list] [--out FILE]``; the caller adds ``--db``."""
    report = server.add_parser("report", help=text("report.server_help"))
    report.add_argument("name", nargs="?", metavar="NAME", help=text("report.help_name"))
    report.add_argument("--list", action="store_true", help=text("report.help_list"))
    report.add_argument("--out", type=Path, metavar="FILE", help=text("report.help_out"))
    return report


def server_report(args: argparse.Namespace, open_database: Callable[[], Any]) -> int:
    """Run ``server report``; ``open_database()`` gives the province's store."""
    from app.reports import catalogue  # the list needs no database layer (cli_report.py)

    if args.list:
        return print_list(catalogue.PROVINCE_REPORTS, catalogue.about_province)
    if not args.name:
        return fail_with("report.name_missing", EXIT_USAGE, names=list(catalogue.PROVINCE_REPORTS))
    from app.ops import province_reports as reports

    reports.check_province_request(args.name, args.out)
    if args.out is None:
        return fail_with("report.out_missing", EXIT_USAGE)
    with open_database() as store:
        written = reports.make_province_report(store, args.name, args.out)
    if written.pages is None:
        say("report.written_xlsx", name=args.name, path=written.path)
    else:
        say("report.written_pdf", name=args.name, path=written.path, pages=written.pages)
    return EXIT_OK
