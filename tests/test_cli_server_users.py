"""``commune-it server user add|list|disable``: the province console's accounts, through the
real console script in processes of their own, on the province's SQLite file and on
PostgreSQL (``--db``).

A mistake (a bad role, a name already given, an empty or short password, no password at
all) is one Vietnamese line on stderr, exit 2, no traceback, and nothing written; the
password is kept only as an Argon2id hash.
"""

from __future__ import annotations

import os
import pty
import select
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from tests.helpers import make_province
from tests.pg import postgres_cluster, postgres_url  # noqa: F401

COMMUNE_IT = Path(sys.executable).with_name("commune-it")
PASSWORD = "Điện Biên 2026!"


def run(folder: Path, *args: str, password: str | None = PASSWORD, lang: str = "vi"
        ) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "COMMUNE_IT_PASSWORD"}
    env["COMMUNE_IT_LANG"] = lang
    if password is not None:
        env["COMMUNE_IT_PASSWORD"] = password
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(folder), "server", "user", *args],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)


def refused(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    return result.stderr.strip()


def rows(folder: Path) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(folder / "province.sqlite3") as db:
        return db.execute("SELECT name, role, state, password_hash FROM console_account "
                          "ORDER BY name_key").fetchall()


@pytest.fixture
def province(tmp_path: Path) -> Path:
    make_province(tmp_path).close()
    return tmp_path


def test_accounts_are_added_listed_and_disabled(province):
    added = run(province, "add", "lan", "--role", "admin")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Đã tạo tài khoản “lan” (admin)."
    assert run(province, "add", "Thu", "--role", "viewer").returncode == 0
    listed = run(province, "list", password=None)
    assert listed.returncode == 0
    # the role as the command takes it, the state in words
    assert listed.stdout.splitlines() == ["TÊN  VAI TRÒ  TRẠNG THÁI", "lan  admin    đang dùng",
                                          "Thu  viewer   đang dùng"]
    done = run(province, "disable", "THU", password=None)
    assert done.returncode == 0 and "Đã khóa tài khoản “Thu”" in done.stdout
    again = run(province, "disable", "thu", password=None)
    assert again.returncode == 0 and "đã bị khóa từ trước" in again.stdout
    assert run(province, "list", password=None).stdout.splitlines()[2] == \
        "Thu  viewer   đã khóa"
    english = run(province, "list", password=None, lang="en").stdout.splitlines()
    assert english == ["NAME  ROLE    STATE", "lan   admin   active", "Thu   viewer  disabled"]


def test_the_password_is_kept_only_as_an_argon2id_hash(province):
    assert run(province, "add", "lan", "--role", "admin").returncode == 0
    [(_name, _role, _state, digest)] = rows(province)
    assert digest.startswith("$argon2id$") and PASSWORD not in digest
    assert PasswordHasher().verify(digest, PASSWORD)


def test_mistakes_are_one_line_and_write_nothing(province):
    assert run(province, "add", "lan", "--role", "admin").returncode == 0
    assert refused(run(province, "add", "Lan", "--role", "viewer")) == \
        "Đã có tài khoản “Lan”; hãy chọn tên khác."
    assert refused(run(province, "add", "hoa", "--role", "boss")) == \
        "Không có vai trò “boss”; hãy chọn một trong: admin, viewer."
    assert refused(run(province, "add", "hoa", "--role", "viewer", password="")) == \
        "Mật khẩu không được để trống."
    assert refused(run(province, "add", "hoa", "--role", "viewer", password="ngan")) == \
        "Mật khẩu phải có ít nhất 10 ký tự."
    assert "COMMUNE_IT_PASSWORD" in refused(
        run(province, "add", "hoa", "--role", "viewer", password=None))
    assert "khoảng trắng" in refused(run(province, "add", "Lò Văn", "--role", "viewer"))
    assert refused(run(province, "disable", "nobody", password=None)) == \
        "Không có tài khoản “nobody”."
    assert [row[0] for row in rows(province)] == ["lan"]
    english = refused(run(province, "add", "hoa", "--role", "boss", lang="en"))
    assert english == "There is no role “boss”; choose one of: admin, viewer."


def test_the_password_can_be_typed_on_a_terminal(province):
    """No COMMUNE_IT_PASSWORD: the command asks twice, unseen, on its terminal."""
    env = {k: v for k, v in os.environ.items() if k != "COMMUNE_IT_PASSWORD"}
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [str(COMMUNE_IT), "--data-dir", str(province), "server", "user", "add", "hoa",
         "--role", "viewer"], stdin=follower, stdout=follower, stderr=follower,
        env={**env, "COMMUNE_IT_LANG": "vi"}, start_new_session=True)
    os.close(follower)
    try:
        seen = until(leader, "Mật khẩu: ")
        os.write(leader, b"mat-khau-go-tay\n")
        seen += until(leader, "Nhập lại mật khẩu: ")
        os.write(leader, b"mat-khau-go-tay\n")
        seen += until(leader, "\n", after="“hoa”")
        assert process.wait(timeout=60) == 0, seen
    finally:
        os.close(leader)
    assert "mat-khau-go-tay" not in seen  # never echoed
    [(name, role, state, digest)] = rows(province)
    assert (name, role, state) == ("hoa", "viewer", "active")
    assert PasswordHasher().verify(digest, "mat-khau-go-tay")


def until(leader: int, wanted: str, after: str = "") -> str:
    """What the terminal shows until ``wanted`` appears (after ``after``), a minute at most."""
    seen, deadline = b"", time.monotonic() + 60
    while time.monotonic() < deadline:
        text = seen.decode(errors="replace")
        if after in text and wanted in text[text.find(after):]:
            return text
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            seen += os.read(leader, 4096)
    raise AssertionError(f"the terminal never showed {wanted!r}: {seen!r}")


def test_accounts_on_postgresql(tmp_path, postgres_url):  # noqa: F811
    added = run(tmp_path, "add", "lan", "--role", "admin", "--db", postgres_url)
    assert added.returncode == 0, added.stderr
    refused(run(tmp_path, "add", "LAN", "--role", "admin", "--db", postgres_url))
    listed = run(tmp_path, "list", "--db", postgres_url, password=None)
    assert listed.stdout.splitlines()[1:] == ["lan  admin    đang dùng"]
