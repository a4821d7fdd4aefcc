"""The province console's tests: a real ``commune-it server serve`` process, the province and
laptops made through the console script (setup, demo, sync export, server import), and a
client that signs in the way a browser does (cookies, the forms' hidden token).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx

from tests.pg import free_port

COMMUNE_IT = Path(sys.executable).with_name("commune-it")
PASSWORD = "mat-khau-cua-so-2026"
_TOKEN = re.compile(r'name="csrf_token" value="([0-9a-f]{64})"')


@dataclass
class Place:
    """A data folder and the commands run in it (a laptop, or the province)."""

    dir: Path
    db: str | None = None  # the province's --db, when not the folder's SQLite file

    def run(self, *args: str | Path, password: str | None = None,
            **env: str) -> subprocess.CompletedProcess:
        environ = {k: v for k, v in os.environ.items() if k != "COMMUNE_IT_PASSWORD"}
        environ.update({"COMMUNE_IT_LANG": "vi", **env})
        if password is not None:
            environ["COMMUNE_IT_PASSWORD"] = password
        command = [str(COMMUNE_IT), "--data-dir", str(self.dir), *map(str, args)]
        return subprocess.run(command, capture_output=True, text=True, env=environ,
                              stdin=subprocess.DEVNULL, timeout=300)

    def ok(self, *args: str | Path, **options) -> str:
        done = self.run(*args, **options)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        return done.stdout

    def server(self, *args: str | Path, **options) -> str:
        """A ``server`` command on this province's database."""
        return self.ok("server", *args, *(("--db", self.db) if self.db else ()), **options)


def office_laptop(root: Path, province: Place, code: str, name: str) -> Place:
    """A commune's office laptop, set up and enrolled with the province's file."""
    laptop = Place(root / f"laptop-{code}")
    enrolment = root / f"enrolment-{code}.json"
    province.server("enroll", "--commune", code, "--device-name", name, "--out", enrolment)
    laptop.ok("setup", "--commune", code, "--device-name", name)
    laptop.ok("enroll", enrolment)
    return laptop


def send_by_stick(root: Path, province: Place, *laptops: Place) -> None:
    """Every laptop's bundles onto one stick, taken in by the province."""
    stick = root / "stick"
    stick.mkdir(exist_ok=True)
    for laptop in laptops:
        laptop.ok("sync", "export", "--to", stick)
    province.server("import", stick)


def add_user(province: Place, name: str, role: str) -> None:
    province.server("user", "add", name, "--role", role, password=PASSWORD)


@contextmanager
def serving(province: Place, **env: str) -> Iterator[str]:
    """``commune-it server serve`` on a free port of 127.0.0.1 (its base URL), stopped with
    Ctrl+C at the end, which must end it cleanly."""
    port = free_port()
    db = ("--db", province.db) if province.db else ()
    log = province.dir / f"serve-{port}.log"
    environ = {**os.environ, "COMMUNE_IT_LANG": "vi", **env}
    with log.open("w") as err:
        process = subprocess.Popen(
            [str(COMMUNE_IT), "--data-dir", str(province.dir), "server", "serve", *db,
             "--host", "127.0.0.1", "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=err, env=environ)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process, log)
        yield base
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    assert process.returncode == 0, log.read_text()
    assert "Traceback" not in log.read_text()


def _wait_until_up(base: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{base}/api/v1/health").status_code == 200:
                return
        time.sleep(0.1)
    raise AssertionError(f"the server did not start: {log.read_text()}")


def form_token(page: str) -> str:
    found = _TOKEN.search(page)
    assert found, page[:2000]
    return found.group(1)


def sign_in(client: httpx.Client, name: str, password: str = PASSWORD,
            after: str | None = None) -> httpx.Response:
    """The sign-in form, filled and sent as a browser does (its token, its cookie)."""
    page = client.get("/console/sign-in")
    data = {"username": name, "password": password, "csrf_token": form_token(page.text)}
    if after is not None:
        data["next"] = after
    return client.post("/console/sign-in", data=data)


def staff_figures(database: Path, code: str, today: date) -> dict[str, float]:
    """A laptop's figures for its commune, in plain SQL over its own database file: what
    the province's table must show once the laptop's bundles are in."""
    day, new_year = today.isoformat(), date(today.year, 1, 1).isoformat()
    service = "s.deleted = 0 AND (s.service_end IS NULL OR s.service_end > :day)"
    with sqlite3.connect(database) as db:
        values = {"day": day, "code": code, "jan1": new_year}
        officials, certified, skilled = db.execute(
            f"SELECT count(*), sum(s.it_certificate IN ('basic','advanced','a','b','c',"
            f"'degree')), sum(s.digital_skills) FROM staff s WHERE s.commune_code = :code "
            f"AND {service}", values).fetchone()
        trained = db.execute(
            "SELECT count(DISTINCT s.id) FROM staff s JOIN enrollment e ON e.staff_id = s.id "
            "JOIN attendance a ON a.enrollment_id = e.id JOIN course_session cs "
            "ON cs.id = a.session_id JOIN course c ON c.id = cs.course_id WHERE "
            f"s.commune_code = :code AND {service} AND e.deleted = 0 AND a.deleted = 0 AND "
            "cs.deleted = 0 AND c.deleted = 0 AND a.status IN ('present', 'late') AND "
            "cs.session_date >= :jan1 AND cs.session_date <= :day", values).fetchone()[0]
        computers, broken = db.execute(
            "SELECT sum(status = 'in_use' AND category IN ('desktop', 'laptop')), "
            "sum(status = 'broken') FROM equipment WHERE deleted = 0 AND commune_code = :code",
            values).fetchone()
    return {"officials": officials, "certified": certified or 0,
            "digital_skills": skilled or 0, "trained": trained,
            "computers": computers or 0, "broken": broken or 0}
