"""``commune-it report``: print one of the commune's papers to a PDF or XLSX file (see
cli.py for the conventions).

``report --list`` prints one report per line, its name first, then what it is. Every
mistake that needs no store (no name, an unknown one, no ``--out``, a file type not
written, a course option on a paper without a course) is refused before the store is
opened, in one line, exit 2; a refusal of the layers below (no such course, a folder that
is not there) the same way, through ``dispatch``. The file is written whole or not at all.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli_common import EXIT_OK, EXIT_USAGE, fail_with, open_store, plain, say, text
from app.config import Paths

NAME_WIDTH = 22  # the longest name, "staff-qualifications", and two spaces


def add_report_command(commands: argparse._SubParsersAction) -> None:
    """``report [NAME] [--list] [--out FILE] [--course ID] [--session ID]``."""
    report = commands.add_parser("report", help=text("report.help"))
    report.add_argument("name", nargs="?", metavar="NAME", help=text("report.help_name"))
    report.add_argument("--list", action="store_true", help=text("report.help_list"))
    report.add_argument("--out", type=Path, metavar="FILE", help=text("report.help_out"))
    report.add_argument("--course", metavar="ID", help=text("report.help_course"))
    report.add_argument("--session", metavar="ID", help=text("report.help_session"))
    report.add_argument("--all", action="store_true", dest="every", help=text("report.help_all"))
    report.add_argument("--tags", metavar="TAG,TAG", help=text("report.help_tags"))
    report.add_argument("--assign-tags", action="store_true",
                        help=text("report.help_assign_tags"))
    report.add_argument("--grid", metavar="NAME",
                        help=text("report.help_grid", names="3x8, 3x7, 2x7"))


def print_list(names: tuple[str, ...], about: Callable[[str], object]) -> int:
    """``--list``: a name and what it is, a line each (``server report`` prints its own)."""
    for name in names:
        print(plain(f"{name:<{NAME_WIDTH}}{about(name)}"))
    return EXIT_OK


def cmd_report(args: argparse.Namespace, paths: Paths) -> int:
    # The list and a missing name are told from the reports' own table (app.reports.
    # catalogue: names and message codes): app.ops.reports brings SQLAlchemy, every model
    # and the report builders, a quarter of a second that a list does not need.
    from app.reports import catalogue

    if args.list:
        return print_list(catalogue.COMMUNE_REPORTS, catalogue.about)
    if not args.name:
        return fail_with("report.name_missing", EXIT_USAGE, names=list(catalogue.COMMUNE_REPORTS))
    from app.ops import reports

    reports.check_request(args.name, args.out, course=args.course, lesson=args.session)
    labels_asked = args.every or args.tags or args.assign_tags or args.grid
    if args.name == "asset-labels" or labels_asked:
        return _labels(args, paths)
    if args.out is None:
        return fail_with("report.out_missing", EXIT_USAGE)
    with open_store(paths) as store:
        written = reports.make_report(store, args.name, args.out, course=args.course,
                                      lesson=args.session)
    if written.pages is None:
        say("report.written_xlsx", name=args.name, path=written.path)
    else:
        say("report.written_pdf", name=args.name, path=written.path, pages=written.pages)
    return EXIT_OK


def _labels(args: argparse.Namespace, paths: Paths) -> int:
    """``report asset-labels``: the sheet, after giving tags if ``--assign-tags``."""
    from app.ops import labels

    if args.name != "asset-labels":
        return fail_with("report.labels_only_options", EXIT_USAGE)
    if args.every and args.tags:
        return fail_with("report.labels_options", EXIT_USAGE)
    if args.out is None:
        return fail_with("report.out_missing", EXIT_USAGE)
    tags = [tag.strip() for tag in (args.tags or "").split(",") if tag.strip()]
    with open_store(paths) as store:
        printed = labels.print_labels(store, args.out, every=args.every, tags=tags,
                                      assign=args.assign_tags, grid=args.grid)
    if printed.assigned:
        say("report.labels_assigned", count=printed.assigned)
    say("report.labels_written", count=printed.count, path=printed.path, pages=printed.pages)
    return EXIT_OK


REPORT_COMMANDS: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
    "report": cmd_report,
}
