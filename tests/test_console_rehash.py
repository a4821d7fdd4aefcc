"""A console account whose password hash was made with weaker Argon2 parameters (an older
argon2-cffi, or parameters raised since) is hashed again with today's the first time its
owner signs in to a real ``commune-it server serve``; a wrong password changes nothing,
and a hash already current is left as it is.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
from argon2 import PasswordHasher

from tests.console_helpers import PASSWORD, Place, add_user, serving, sign_in

_WEAK = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def _database(province: Place) -> Path:
    (path,) = province.dir.glob("*.sqlite3")
    return path


def _hash_of(province: Place, name: str) -> str:
    with sqlite3.connect(_database(province)) as db:
        return db.execute("SELECT password_hash FROM console_account WHERE name = ?",
                          (name,)).fetchone()[0]


def _set_hash(province: Place, name: str, digest: str) -> None:
    with sqlite3.connect(_database(province)) as db:
        db.execute("UPDATE console_account SET password_hash = ? WHERE name = ?",
                   (digest, name))


def test_a_weak_hash_is_renewed_at_sign_in(tmp_path):
    province = Place(tmp_path / "province")
    add_user(province, "lan", "admin")
    current = PasswordHasher()
    assert not current.check_needs_rehash(_hash_of(province, "lan"))
    weak = _WEAK.hash(PASSWORD)
    assert current.check_needs_rehash(weak)
    _set_hash(province, "lan", weak)
    with serving(province) as base:
        wrong = httpx.Client(base_url=base, timeout=60)
        assert sign_in(wrong, "lan", "not-the-password").status_code == 401
        assert _hash_of(province, "lan") == weak  # a wrong password renews nothing

        browser = httpx.Client(base_url=base, timeout=60)
        assert sign_in(browser, "lan").status_code == 303
        renewed = _hash_of(province, "lan")
        assert renewed != weak and not current.check_needs_rehash(renewed)
        assert current.verify(renewed, PASSWORD)
        assert browser.get("/console/").status_code == 200

        again = httpx.Client(base_url=base, timeout=60)
        assert sign_in(again, "lan").status_code == 303  # the new hash signs in
        assert _hash_of(province, "lan") == renewed  # and is not made again
