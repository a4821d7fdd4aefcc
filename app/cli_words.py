"""argparse's own words in the command line's language: "usage:", "options", "show this help
message and exit" and its one-line mistakes ("the following arguments are required") came
out in English under a Vietnamese help.

argparse asks ``gettext`` for each of its sentences through the two names it imported from
it (``_`` and ``ngettext``), at the moment it says them. Python ships no Vietnamese
catalogue for it, and a compiled ``.mo`` would only be found through the process's locale
variables, which a province's server rarely sets; so the command line gives argparse these
two functions, answering from the message catalogue (``app/messages/cli.py``), once it
knows its language. A sentence a later Python words differently is not in the table and
stays in English, unharmed: argparse fills its placeholders (``%(value)r``, ``%s``) into
whichever text it gets.
"""

from __future__ import annotations

import argparse

from app.messages import message

# argparse's sentence → the catalogue's code for it.
CODES = {
    "usage: ": "cli.argparse_usage",
    "positional arguments": "cli.argparse_positionals",
    "options": "cli.argparse_options",
    "show this help message and exit": "cli.argparse_help",
    "the following arguments are required: %s": "cli.argparse_required",
    "one of the arguments %s is required": "cli.argparse_one_required",
    "unrecognized arguments: %s": "cli.argparse_unrecognized",
    "not allowed with argument %s": "cli.argparse_not_allowed",
    "ignored explicit argument %r": "cli.argparse_ignored_value",
    "expected one argument": "cli.argparse_one_value",
    "expected at most one argument": "cli.argparse_at_most_one",
    "expected at least one argument": "cli.argparse_at_least_one",
    "expected %s argument": "cli.argparse_one_of_values",
    "expected %s arguments": "cli.argparse_values",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse_ambiguous",
    "unexpected option string: %s": "cli.argparse_unexpected",
    "argument %(argument_name)s: %(message)s": "cli.argparse_argument",
    "invalid %(type)s value: %(value)r": "cli.argparse_invalid_value",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse_invalid_choice",
    "can't open '%(filename)s': %(error)s": "cli.argparse_cannot_open",
    "%(prog)s: error: %(message)s\n": "cli.argparse_error",
}


def _gettext(text: str) -> str:
    code = CODES.get(text)
    return message(code).text() if code is not None else text


def _ngettext(singular: str, plural: str, count: int) -> str:
    return _gettext(singular if count == 1 else plural)


def speak(language: str) -> None:
    """Have argparse say its words in ``language`` ("vi" or "en") from now on: from the
    catalogue in Vietnamese, its own in English."""
    vietnamese = language == "vi"
    argparse._ = _gettext if vietnamese else _original[0]  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext if vietnamese else _original[1]  # type: ignore[attr-defined]


_original = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
