"""``commune-it stocktake open|count FILE|close [--confirm-missing]|status`` (DESIGN.md; see
cli.py for the conventions). Every sub-command is one call of ``app.ops.stocktake``; a
refusal (no open round, an unreadable file, a bad committee line) is one line on stderr
with exit status 2, and nothing is written.

The committee is given as repeated ``--committee "Name:role"`` options, or as a file with
one such line per member (``--committee-file``): a committee is a handful of people, and
a file lets the office keep the same list from year to year.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli_common import EXIT_OK, open_store, plain, say, text
from app.config import Paths


def add_stocktake_commands(commands: argparse._SubParsersAction,
                           parser_class: type[argparse.ArgumentParser]) -> None:
    stocktake = commands.add_parser("stocktake", help=text("stocktake.help")).add_subparsers(
        dest="stocktake_command", metavar="STOCKTAKE", parser_class=parser_class,
        required=True)
    opened = stocktake.add_parser("open", help=text("stocktake.help_open"))
    opened.add_argument("--committee", action="append", default=[], metavar="NAME:ROLE",
                        help=text("stocktake.help_committee"))
    opened.add_argument("--committee-file", type=Path, metavar="FILE",
                        help=text("stocktake.help_committee_file"))
    count = stocktake.add_parser("count", help=text("stocktake.help_count"))
    count.add_argument("file", type=Path)
    close = stocktake.add_parser("close", help=text("stocktake.help_close"))
    close.add_argument("--confirm-missing", action="store_true",
                       help=text("stocktake.help_confirm_missing"))
    status = stocktake.add_parser("status", help=text("stocktake.help_status"))
    for sub in (opened, count, close, status):
        sub.add_argument("--commune", metavar="CODE", help=text("stocktake.help_commune"))


def _member(line: str) -> tuple[str, str]:
    name, _, role = line.partition(":")
    return name.strip(), role.strip()


def _committee(args: argparse.Namespace) -> list[tuple[str, str]]:
    from app.ops.stocktake import StocktakeError

    lines = list(args.committee)
    if args.committee_file is not None:
        try:
            text_of = args.committee_file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise StocktakeError("stocktake.file_not_text", path=str(args.committee_file)
                                 ) from exc
        lines += [line for line in text_of.splitlines() if line.strip()]
    return [_member(line) for line in lines]


def cmd_open(args: argparse.Namespace, paths: Paths) -> int:
    from app.ops.stocktake import open_round

    committee = _committee(args)
    with open_store(paths) as store:
        info = open_round(store, committee, commune=args.commune)
    say("stocktake.opened", day=info.opened_on, count=len(info.committee))
    return EXIT_OK


def cmd_count(args: argparse.Namespace, paths: Paths) -> int:
    from app.ops.stocktake import count_tags, read_tag_file

    tags = read_tag_file(args.file)  # the whole file checked before the store is opened
    with open_store(paths) as store:
        summary = count_tags(store, tags, commune=args.commune)
    for answer in summary.answers:
        if answer.kind == "unknown":
            say("stocktake.note_unknown", tag=answer.tag)
        elif answer.kind == "duplicate":
            say("stocktake.note_duplicate", tag=answer.tag)
    say("stocktake.counted", found=summary.found, unknown=summary.unknown,
        duplicate=summary.duplicate)
    return EXIT_OK


def cmd_close(args: argparse.Namespace, paths: Paths) -> int:
    from app.ops.stocktake import close_round

    with open_store(paths) as store:
        closing = close_round(store, confirm_missing=args.confirm_missing,
                              commune=args.commune)
    say("stocktake.closed", checked=closing.checked)
    if closing.lost:
        say("stocktake.closed_lost", lost=closing.lost)
    if closing.unconfirmed:
        say("stocktake.closed_unconfirmed", count=closing.unconfirmed)
    return EXIT_OK


def cmd_status(args: argparse.Namespace, paths: Paths) -> int:
    from app.ops.stocktake import current_round, round_progress

    with open_store(paths) as store:
        info = current_round(store, commune=args.commune)
        progress = round_progress(store, commune=args.commune)
    if info is None or progress is None:
        say("stocktake.status_none")
        return EXIT_OK
    print(plain(text("stocktake.status_line", day=info.opened_on, book=progress.book,
                     found=progress.found, missing=progress.missing,
                     not_counted=progress.not_counted, unknown=progress.unknown)))
    return EXIT_OK


_SUB: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
    "open": cmd_open, "count": cmd_count, "close": cmd_close, "status": cmd_status,
}


def cmd_stocktake(args: argparse.Namespace, paths: Paths) -> int:
    return _SUB[args.stocktake_command](args, paths)


STOCKTAKE_COMMANDS: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
    "stocktake": cmd_stocktake,
}
