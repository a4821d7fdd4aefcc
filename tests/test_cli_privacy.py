"""The command line on an encrypted store, through the real ``commune-it`` script:
``setup --admin``, a missing or wrong password, a viewer refused an import, and a plain
store of the current release encrypted in place with every record kept."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

from app.models.cipher import connect_read_only
from app.models.store import SQLITE_MAGIC
from app.ops.accounts import add_account, sign_in, unlock
from tests.helpers import DB_NAME, MUONG_PHANG

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / ".venv" / "bin" / "commune-it"
PASSWORD = "mat-khau-cua-lan"


def cli(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNE_IT_")}
    return subprocess.run([str(SCRIPT), "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=180,
                          stdin=subprocess.DEVNULL, env={**clean, **env})


def refused(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], lines


def every_table(connection) -> dict[str, list[tuple]]:
    names = [r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT IN ('alembic_version', 'local_account')")]
    return {name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names}


def test_setup_admin_without_a_password_writes_nothing(tmp_path):
    result = cli(tmp_path, "setup", "--commune", MUONG_PHANG, "--device-name", "M",
                 "--admin", "lan")
    refused(result, "COMMUNE_IT_PASSWORD")
    assert not (tmp_path / DB_NAME).exists()


def test_a_locked_store_refuses_a_missing_and_a_wrong_password(tmp_path):
    made = cli(tmp_path, "setup", "--commune", MUONG_PHANG, "--device-name", "M",
               "--admin", "lan", COMMUNE_IT_PASSWORD=PASSWORD)
    assert made.returncode == 0, made.stderr
    key_line = [line for line in made.stdout.splitlines() if line.startswith("Mã khôi phục")]
    assert len(key_line) == 1 and len(key_line[0].split(": ")[1].replace("-", "")) == 40
    database = tmp_path / DB_NAME
    assert database.read_bytes()[:16] != SQLITE_MAGIC
    refused(cli(tmp_path, "demo"), "COMMUNE_IT_USER")
    before = database.read_bytes()
    refused(cli(tmp_path, "demo", COMMUNE_IT_USER="lan", COMMUNE_IT_PASSWORD="sai-mat-khau"),
            "Sai tên tài khoản hoặc mật khẩu")
    assert database.read_bytes() == before
    assert not Path(f"{database}-wal").exists() or Path(f"{database}-wal").stat().st_size == 0
    done = cli(tmp_path, "demo", COMMUNE_IT_USER="lan", COMMUNE_IT_PASSWORD=PASSWORD)
    assert done.returncode == 0, done.stderr
    refused(cli(tmp_path, "setup", "--commune", MUONG_PHANG, "--device-name", "M",
                "--admin", "khac", COMMUNE_IT_PASSWORD=PASSWORD), "đã có tài khoản")


def test_a_viewer_cannot_import(tmp_path):
    cli(tmp_path, "setup", "--commune", MUONG_PHANG, "--device-name", "M", "--admin", "lan",
        COMMUNE_IT_PASSWORD=PASSWORD)
    store, admin = sign_in(tmp_path / DB_NAME, tmp_path / "backups", "lan", PASSWORD)
    try:
        add_account(store, admin, "hoa", "viewer", "mat-khau-cua-hoa")
    finally:
        store.close()
    rows = tmp_path / "staff.csv"
    rows.write_text("full_name,gender,birth_date\nLò Văn Xem,male,1990-01-02\n", "utf-8")
    viewer = {"COMMUNE_IT_USER": "hoa", "COMMUNE_IT_PASSWORD": "mat-khau-cua-hoa"}
    refused(cli(tmp_path, "import", "staff", str(rows), **viewer), "hoa")
    shown = cli(tmp_path, "report", "--list", **viewer)
    assert shown.returncode == 0, shown.stderr
    officer = cli(tmp_path, "import", "staff", str(rows), COMMUNE_IT_USER="lan",
                  COMMUNE_IT_PASSWORD=PASSWORD)
    assert officer.returncode == 0, officer.stderr


def test_a_plain_store_of_the_current_release_is_encrypted_in_place(tmp_path):
    assert cli(tmp_path, "setup", "--commune", MUONG_PHANG, "--device-name", "M").returncode == 0
    assert cli(tmp_path, "demo").returncode == 0
    database = tmp_path / DB_NAME
    plain = sqlite3.connect(database)
    before = every_table(plain)
    plain.close()
    assert len(before["staff"]) == 26
    made = cli(tmp_path, "setup", "--commune", MUONG_PHANG, "--device-name", "M",
               "--admin", "lan", COMMUNE_IT_PASSWORD=PASSWORD)
    assert made.returncode == 0, made.stderr
    key = unlock(database, "lan", PASSWORD)
    connection = connect_read_only(database, key, immutable=False)
    try:
        after = every_table(connection)
    finally:
        connection.close()
    # the store's instance card moves on past the backup taken first (instance.py)
    was, now = (json.loads(dict(rows["setting"])["store.instance"]) for rows in (before, after))
    assert now["id"] == was["id"] and now["generation"] > was["generation"]
    for rows in (before, after):
        rows["setting"] = [row for row in rows["setting"] if row[0] != "store.instance"]
    assert after == before
    backups = list((tmp_path / "backups").glob("*.sqlite3"))
    assert backups and all(p.read_bytes()[:16] != SQLITE_MAGIC for p in backups)
    exported = cli(tmp_path, "export", "staff", str(tmp_path / "out.csv"),
                   COMMUNE_IT_USER="lan", COMMUNE_IT_PASSWORD=PASSWORD)
    assert exported.returncode == 0, exported.stderr


def test_selfcheck_reads_nothing_of_an_encrypted_store_and_says_so(tmp_path):
    cli(tmp_path, "setup", "--commune", MUONG_PHANG, "--device-name", "M", "--admin", "lan",
        COMMUNE_IT_PASSWORD=PASSWORD)
    database = tmp_path / DB_NAME
    before = database.read_bytes()
    result = cli(tmp_path, "selfcheck")
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 2), (result.stdout, result.stderr)
    assert "Cơ sở dữ liệu" not in result.stderr  # other checks are not this test's subject
    store_line = [line for line in result.stdout.splitlines() if "Cơ sở dữ liệu:" in line]
    assert len(store_line) == 1 and store_line[0].startswith("[Lưu ý]"), store_line
    assert "mã hóa" in store_line[0] and str(database.absolute()) in store_line[0]
    assert database.read_bytes() == before
