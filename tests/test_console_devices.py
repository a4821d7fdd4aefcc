"""The console's devices page against a real ``commune-it server serve`` process: an
administrator enrols a laptop in the browser's way (the form, its token), the file it
downloads enrols a real laptop store that then pushes over HTTP; the QR code carries the
same file; revoking it after the confirmation page makes its next push refused. A viewer
gets 403, a stranger the sign-in page, a form without its token 403.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import segno

from tests.console_helpers import Place, add_user, form_token, serving, sign_in
from tests.helpers import MUONG_PHANG, THANH_NUA

_ISSUED = re.compile(r"/console/devices/issued/([A-Za-z0-9_-]+)\Z")


@pytest.fixture(scope="module")
def province(tmp_path_factory) -> Place:
    place = Place(tmp_path_factory.mktemp("console-devices"))
    add_user(place, "lan", "admin")
    add_user(place, "thu", "viewer")
    return place


@pytest.fixture(scope="module")
def base(province: Place) -> Iterator[str]:
    with serving(province) as url:
        yield url


def signed_in(base: str, name: str) -> httpx.Client:
    browser = httpx.Client(base_url=base, timeout=120)
    assert sign_in(browser, name).status_code == 303
    return browser


def enrol(browser: httpx.Client, communes: str, name: str, role: str = "office"
          ) -> httpx.Response:
    token = form_token(browser.get("/console/devices").text)
    return browser.post("/console/devices/enrol", data={
        "communes": communes, "name": name, "role": role, "csrf_token": token})


def issued_file(browser: httpx.Client, answer: httpx.Response, folder: Path) -> Path:
    assert answer.status_code == 303, answer.text
    found = _ISSUED.match(answer.headers["location"])
    assert found, answer.headers["location"]
    got = browser.get(f"{answer.headers['location']}/enrolment.json")
    assert got.status_code == 200 and "attachment" in got.headers["content-disposition"]
    path = folder / "enrolment.json"
    path.write_bytes(got.content)
    return path


def test_an_enrolled_laptop_pushes_then_is_refused_once_revoked(base, province, tmp_path):
    admin = signed_in(base, "lan")
    answer = enrol(admin, f" {MUONG_PHANG} ", "Máy văn phòng Mường Phăng")
    page = admin.get(answer.headers["location"])
    assert page.status_code == 200 and "<svg" in page.text
    path = issued_file(admin, answer, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["communes"] == [MUONG_PHANG] and data["role"] == "office"
    # The QR code on the page is the file itself.
    qr = segno.make(path.read_bytes(), error="l", micro=False)
    assert qr.svg_inline(scale=3, border=4, title=data["device_name"]) in page.text
    listed = json.loads(province.server("devices", "--json"))
    assert [(d["name"], d["communes"], d["state"]) for d in listed] == [
        ("Máy văn phòng Mường Phăng", [MUONG_PHANG], "issued")]
    register = admin.get("/console/devices").text
    assert listed[0]["enrolment_id"] in register and "Đã cấp, chưa xác nhận" in register

    laptop = Place(tmp_path / "laptop")
    laptop.ok("setup", "--commune", MUONG_PHANG, "--device-name", "Máy Mường Phăng")
    laptop.ok("enroll", path)
    laptop.ok("demo")
    laptop.ok("sync", "push", "--server", base)
    device = json.loads(province.server("devices", "--json"))[0]
    assert device["state"] == "active" and device["id"] and device["last_seen_at"]
    register = admin.get("/console/devices").text
    assert device["id"] in register and "Đang hoạt động" in register

    confirm = admin.get("/console/devices/revoke", params={"device": device["id"]})
    assert confirm.status_code == 200 and "Thu hồi máy “Máy Mường Phăng”?" in confirm.text
    assert json.loads(province.server("devices", "--json"))[0]["state"] == "active"
    done = admin.post("/console/devices/revoke", data={
        "device": device["id"], "csrf_token": form_token(confirm.text)})
    assert done.status_code == 200 and "Đã thu hồi máy “Máy Mường Phăng”" in done.text
    assert json.loads(province.server("devices", "--json"))[0]["state"] == "revoked"
    laptop.ok("import", "staff", _sheet(tmp_path))
    refused = laptop.run("sync", "push", "--server", base)
    assert refused.returncode == 2 and "thu hồi" in refused.stderr, refused.stderr


def _sheet(folder: Path) -> Path:
    sheet = folder / "can-bo.csv"
    sheet.write_text("full_name,gender\nGiàng A Tủa,male\n", encoding="utf-8")
    return sheet


def test_a_trainer_for_two_communes_and_bad_codes_in_words(base, province, tmp_path):
    admin = signed_in(base, "lan")
    answer = enrol(admin, f"{MUONG_PHANG},{THANH_NUA}", "Máy giảng viên Lò Văn Minh",
                   "trainer")
    data = json.loads(issued_file(admin, answer, tmp_path).read_text(encoding="utf-8"))
    assert data["communes"] == [MUONG_PHANG, THANH_NUA] and data["role"] == "trainer"
    before = province.server("devices", "--json")
    for communes, name, said in (("99999", "Máy A", "Chưa cấp được tệp đăng ký"),
                                 ("", "Máy A", "Hãy nhập ít nhất một mã xã."),
                                 (MUONG_PHANG, "  ", "Hãy nhập tên máy.")):
        bad = enrol(admin, communes, name)
        assert bad.status_code == 400 and said in bad.text, bad.text[-3000:]
        assert "Traceback" not in bad.text
    assert province.server("devices", "--json") == before  # nothing half-issued
    gone = admin.get("/console/devices/issued/not-a-key")
    assert gone.status_code == 404 and "không còn để tải" in gone.text


def test_who_may_enrol_and_revoke(base, province):
    stranger = httpx.Client(base_url=base)
    for path in ("/console/devices", "/console/devices/revoke?device=x",
                 "/console/devices/issued/abc", "/console/devices/issued/abc/enrolment.json"):
        answer = stranger.get(path)
        assert answer.status_code == 303 and answer.headers["location"].startswith(
            "/console/sign-in"), path
    viewer = signed_in(base, "thu")
    token = form_token(viewer.get("/console/").text)
    assert viewer.get("/console/devices").status_code == 403
    assert 'href="/console/devices"' not in viewer.get("/console/").text
    before = province.server("devices", "--json")
    assert viewer.post("/console/devices/enrol", data={
        "communes": MUONG_PHANG, "name": "Máy lạ", "csrf_token": token}).status_code == 403
    key = json.loads(before)[0]["enrolment_id"] if json.loads(before) else "x"
    assert viewer.post("/console/devices/revoke", data={
        "device": key, "csrf_token": token}).status_code == 403
    admin = signed_in(base, "lan")
    assert admin.post("/console/devices/enrol", data={
        "communes": MUONG_PHANG, "name": "Máy không mã"}).status_code == 403
    assert admin.post("/console/devices/revoke", data={"device": key}).status_code == 403
    assert province.server("devices", "--json") == before
