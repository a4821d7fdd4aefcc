"""The command line on an encrypted store: ``setup --admin``, signing in, and roles.

A store with accounts is opened only with an account's password: from
``COMMUNE_IT_USER`` and ``COMMUNE_IT_PASSWORD`` when both are set (scripts, tests), else
typed on a terminal (the password unseen); with neither, the command stops with exit 2 and
a plain reason. A password is never an argument: it would stay in the shell's history and
show in the process list. Each command needs a role (``NEEDED``); a plain store, which has
no accounts, allows every command as before.
"""

from __future__ import annotations

import getpass
import os
import sys

from app.config import Paths
from app.messages import message

USER_ENV, PASSWORD_ENV = "COMMUNE_IT_USER", "COMMUNE_IT_PASSWORD"
# The role each command needs on an encrypted store (DESIGN.md: viewers read and print,
# officers keep the records, imports, sync and reports, administrators set up and erase).
# A command not named here needs an officer.
NEEDED = {
    "setup": "administrator", "enroll": "administrator", "staff erase": "administrator",
    "report": "viewer", "sync status": "viewer", "selfcheck": "viewer",
}
_state: dict[str, object] = {"needed": "officer"}


def text(code: str, /, **values: object) -> str:
    # not cli_common's: it opens stores through this module (no import cycle). The values
    # said here are checked names (no control characters) and digits.
    return message(code, **values).text()


def say(code: str, /, **values: object) -> None:
    print(text(code, **values))


def command_started(name: str) -> None:
    """Remember what the command about to run needs (``main`` calls this)."""
    _state["needed"] = NEEDED.get(name, "officer")


def admin_password(paths: Paths, name: str) -> str:
    """``setup --admin``'s checks, before anything is written: no accounts yet, a good
    name, and a good password — the environment's, else typed twice on a terminal."""
    from app.models.accounts import AccountError, checked_name, checked_password
    from app.models.keyring import is_locked

    if is_locked(paths.database):
        raise AccountError("privacy.already_encrypted")
    checked_name(name)
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise AccountError("privacy.password_missing", variable=PASSWORD_ENV)
        password = getpass.getpass(text("privacy.password_prompt"))
        if getpass.getpass(text("privacy.password_again")) != password:
            raise AccountError("privacy.password_mismatch")
    return checked_password(password)


def credentials() -> tuple[str, str]:
    """The account and password to open a locked store with, or ``AccountError``."""
    from app.models.accounts import AccountError

    remembered = _state.get("credentials")
    if isinstance(remembered, tuple):
        return remembered
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if (user is None or password is None) and sys.stdin.isatty():
        user = user if user is not None else input(text("privacy.user_prompt"))
        password = password if password is not None else getpass.getpass(
            text("privacy.password_prompt"))
    if not user or password is None:
        raise AccountError("privacy.credentials_missing", user_variable=USER_ENV,
                           password_variable=PASSWORD_ENV)
    return user, password


def open_database(paths: Paths):  # -> Store (imported lazily)
    """The local store: plain as it is, or an encrypted one signed in to, the command's
    role checked before anything is read or written."""
    from app.models.keyring import is_locked
    from app.models.store import Store

    if not is_locked(paths.database):
        return Store(paths.database, paths.backups)
    from app.ops.accounts import require, sign_in

    store, signed_in = sign_in(paths.database, paths.backups, *credentials())
    try:
        require(signed_in, str(_state["needed"]))
    except BaseException:
        store.close()
        raise
    return store


def make_first_administrator(paths: Paths, name: str, password: str) -> None:
    """``setup --admin``: the account made, the store encrypted, the recovery key printed
    (the only time it is shown); the commands that follow in this process are signed in."""
    from app.ops.accounts import first_administrator

    recovery = first_administrator(paths.database, paths.backups, name, password)
    _state["credentials"] = (name, password)
    say("privacy.admin_made", name=name.strip())
    say("privacy.recovery_key", key=recovery)
    say("privacy.recovery_advice")
