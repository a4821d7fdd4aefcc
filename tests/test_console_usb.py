"""The console's USB desk against a real ``commune-it server serve`` process: a stick's
files (made by ``commune-it sync export`` on an office laptop) uploaded several at once,
what each did told in words (applied, skipped as imported before or meant for another
server, refused as damaged), and the commune's answer files downloaded as one zip that
the laptop imports with ``commune-it sync import``. The upload route alone takes a body
larger than the console's 1 MiB, and only after the session and the token are checked.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.console_helpers import Place, add_user, form_token, office_laptop, serving, sign_in
from tests.helpers import MUONG_PHANG

UPLOAD = "/console/usb/upload"


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[tuple[str, Place, Place, Path]]:
    """The served province, its office laptop of Mường Phăng and the laptop's stick."""
    root = tmp_path_factory.mktemp("console-usb")
    province = Place(root / "province")
    laptop = office_laptop(root, province, MUONG_PHANG, "Máy Mường Phăng")
    laptop.ok("demo")
    stick = root / "stick"
    stick.mkdir()
    laptop.ok("sync", "export", "--to", stick)
    add_user(province, "lan", "admin")
    add_user(province, "thu", "viewer")
    with serving(province) as base:
        yield base, province, laptop, stick


def signed_in(base: str, name: str) -> httpx.Client:
    browser = httpx.Client(base_url=base, timeout=120)
    assert sign_in(browser, name).status_code == 303
    return browser


def upload(browser: httpx.Client, paths: list[Path], token: str | None) -> httpx.Response:
    files = [("files", (path.name, path.read_bytes(), "application/octet-stream"))
             for path in paths]
    params = {"csrf_token": token} if token else {}
    return browser.post(UPLOAD, params=params, files=files)


def staff_count(place: Place) -> int:
    with sqlite3.connect(place.dir / "commune-it.sqlite3") as db:
        return db.execute("SELECT count(*) FROM staff WHERE deleted = 0").fetchone()[0]


def test_a_sticks_files_are_taken_in_and_the_answers_go_back(world, tmp_path):
    base, province, laptop, stick = world
    admin = signed_in(base, "lan")
    page = admin.get("/console/usb")
    assert page.status_code == 200 and 'type="file" name="files" multiple' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    token = form_token(page.text)
    files = sorted(stick.iterdir())
    assert len(files) >= 2  # the claim and the changes
    done = upload(admin, files, token)
    assert done.status_code == 200, done.text[-2000:]
    applied = _section(done.text, "applied")
    assert all(path.name in applied for path in files)
    assert "đã được đăng ký" in applied and "đã nhập" in applied
    device = json.loads(province.server("devices", "--json"))[0]
    assert device["state"] == "active" and device["last_seen_at"]

    # The commune's answers as one zip, imported on the laptop from a fresh stick.
    answers = admin.get("/console/usb/answers.zip", params={"commune": MUONG_PHANG})
    assert answers.status_code == 200 and answers.headers["content-type"] == "application/zip"
    back = tmp_path / "back"
    zipfile.ZipFile(io.BytesIO(answers.content)).extractall(back)
    names = sorted(p.name for p in back.iterdir())
    assert names and all(name.endswith(".citb") for name in names)
    said = laptop.ok("sync", "import", back)
    assert "biên nhận" in said, said

    # The same stick again, with the province's answer and a damaged file on it.
    damaged = tmp_path / "citb-changes-hong.citb"
    damaged.write_bytes(b"CITB" + b"\0" * 3000)
    again = upload(admin, [*files, *sorted(back.iterdir()), damaged], token)
    assert again.status_code == 422
    skipped = _section(again.text, "skipped")
    assert "đã nhập trước đó, bỏ qua" in skipped and names[0] in skipped
    assert "dành cho thiết bị khác" in skipped
    refused = _section(again.text, "refused")
    assert damaged.name in refused and "Traceback" not in again.text


def _section(page: str, part: str) -> str:
    start = page.find(f'id="{part}"')
    assert start >= 0, (part, page[-3000:])
    return page[start:page.find("</ul>", start)]


def test_the_upload_takes_a_large_body_only_there_and_only_when_allowed(world, tmp_path):
    base, province, laptop, stick = world
    big = tmp_path / "citb-changes-lon.citb"
    big.write_bytes(b"\x00" * (3 << 20))  # larger than the console's 1 MiB
    admin = signed_in(base, "lan")
    token = form_token(admin.get("/console/usb").text)
    taken = upload(admin, [big], token)
    assert taken.status_code == 422 and big.name in _section(taken.text, "refused")
    elsewhere = admin.post("/console/devices/enrol", data={"csrf_token": token},
                           files=[("files", ("x", big.read_bytes()))])
    assert elsewhere.status_code == 413
    assert upload(admin, [big], None).status_code == 403  # its token is in the address
    assert upload(admin, [big], "0" * 64).status_code == 403
    viewer = signed_in(base, "thu")
    viewer_token = form_token(viewer.get("/console/usb").text)
    assert 'type="file"' not in viewer.get("/console/usb").text
    before = province.server("devices", "--json")
    refused = upload(viewer, sorted(stick.iterdir()), viewer_token)
    assert refused.status_code == 403 and "cần tài khoản quản trị" in refused.text
    assert province.server("devices", "--json") == before
    stranger = httpx.Client(base_url=base)
    for path in ("/console/usb", f"/console/usb/answers.zip?commune={MUONG_PHANG}"):
        assert stranger.get(path).headers["location"].startswith("/console/sign-in"), path
    assert stranger.post(UPLOAD, files=[("files", ("a.citb", b"x"))]).status_code == 403
    nothing = admin.post(UPLOAD, params={"csrf_token": token}, data={"x": "1"})
    assert nothing.status_code == 400 and "Chưa chọn tệp nào." in nothing.text


def test_a_viewer_downloads_the_answers_and_a_wrong_code_is_told(world):
    base, _province, _laptop, _stick = world
    viewer = signed_in(base, "thu")
    assert viewer.get("/console/usb/answers.zip",
                      params={"commune": MUONG_PHANG}).status_code == 200
    wrong = viewer.get("/console/usb/answers.zip", params={"commune": "99999"})
    assert wrong.status_code == 400 and "Chưa tạo được tệp trả về" in wrong.text
