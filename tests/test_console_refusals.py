"""The devices page tells the bundles the province refused, with their reason in words:
a damaged bundle pushed over HTTP by a real enrolled laptop's keys and one taken in at the
USB desk both appear on a real ``commune-it server serve``'s page, in Vietnamese and in
English under the switch, beside the count of bundles received. The table keeps only the
last ``KEEP`` refusals of a device.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from html import unescape
from pathlib import Path

import httpx
import pytest
from selenium.webdriver.common.by import By

from app.messages import message
from app.server.refusal_log import KEEP, record, refusals
from app.sync.errors import SyncError
from app.sync.http import SyncClient
from app.sync.keys import DeviceKeys
from tests import test_console_browser as chromium
from tests.console_helpers import Place, add_user, form_token, office_laptop, serving, sign_in
from tests.helpers import DB_NAME, MUONG_PHANG, THANH_NUA, fresh_store
from tests.test_console_browser import click, shoot

driver = chromium.driver  # Debian's headless Chromium, as the other browser tests use it

UPLOAD = "/console/usb/upload"


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads-refusals")


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[tuple[str, Place, Place]]:
    root = tmp_path_factory.mktemp("console-refusals")
    province = Place(root / "province")
    add_user(province, "lan", "admin")
    laptop = office_laptop(root, province, MUONG_PHANG, "Máy văn phòng Mường Phăng")
    laptop.ok("demo")
    with serving(province) as base:
        laptop.ok("sync", "push", "--server", base)
        yield base, province, laptop


def _signed_in(base: str) -> httpx.Client:
    browser = httpx.Client(base_url=base, timeout=120)
    assert sign_in(browser, "lan").status_code == 303
    return browser


def _identity(laptop: Place) -> tuple[str, DeviceKeys]:
    with sqlite3.connect(laptop.dir / DB_NAME) as db:
        device_id, keys = db.execute("SELECT id, keys FROM device").fetchone()
    return device_id, DeviceKeys.from_text(keys)


def _damaged_bundle(laptop: Place, folder: Path, where: int) -> Path:
    """A real bundle of the laptop's, one byte of its body changed on the way."""
    sheet = folder / "can-bo.csv"
    sheet.write_text("full_name,gender\nGiàng A Tủa,male\n", encoding="utf-8")
    laptop.ok("import", "staff", sheet)
    stick = folder / "stick"
    stick.mkdir()
    laptop.ok("sync", "export", "--to", stick)
    (path,) = sorted(stick.glob("*.citb"))
    data = bytearray(path.read_bytes())
    data[where] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def _rows(page: str) -> list[tuple[str, str, str]]:
    """(when, door, reason) of each refusal line of the devices page."""
    found = re.findall(r'<tr class="refusal">.*?<td>(.*?)</td>\s*<td>(.*?)</td>\s*'
                       r'<td class="reason">(.*?)</td>', page, re.S)
    return [tuple(unescape(cell).strip() for cell in row) for row in found]


def test_refused_bundles_show_on_the_devices_page_with_their_reason(world, driver, tmp_path):
    base, _province, laptop = world
    admin = _signed_in(base)
    page = admin.get("/console/devices").text
    assert "Chưa có gói nào bị từ chối." in page
    received = int(re.search(r'<td class="num">(\d+)</td>', page).group(1))
    assert received >= 1  # the demo's push

    bad = _damaged_bundle(laptop, tmp_path, -1)
    device_id, keys = _identity(laptop)
    with SyncClient(base, device_id, keys) as client, pytest.raises(SyncError) as pushed:
        client.upload(bad.read_bytes())
    said_http = pushed.value

    usb = bytearray(bad.read_bytes())
    usb[-1] ^= 0x5A  # back as it was …
    usb[len(usb) // 2] ^= 0x33  # … and damaged in the middle instead
    stick_file = tmp_path / "tren-usb.citb"
    stick_file.write_bytes(bytes(usb))
    token = form_token(admin.get("/console/usb").text)
    taken = admin.post(UPLOAD, params={"csrf_token": token}, files=[
        ("files", (stick_file.name, stick_file.read_bytes(), "application/octet-stream"))])
    assert taken.status_code == 422, taken.text[-2000:]

    page = admin.get("/console/devices").text
    assert 'id="refusal-list"' in page and "Máy văn phòng Mường Phăng" in page
    rows = _rows(page)
    assert [door for _when, door, _reason in rows] == ["Qua USB", "Qua mạng"]
    assert rows[1][2] == said_http.text("vi"), (rows, said_http.text("vi"))
    assert rows[0][2] and rows[0][2] in unescape(taken.text)
    for when, _door, _reason in rows:
        assert datetime.strptime(when, "%d/%m/%Y %H:%M").date() == datetime.now().date()
    assert f'href="#refused-{device_id}"' in page  # its count links to its lines
    assert re.search(rf'href="#refused-{device_id}">2</a>', page)
    assert int(re.search(r'<td class="num">(\d+)</td>', page).group(1)) == received

    switched = admin.post("/console/language", data={
        "to": "en", "next": "/console/devices", "csrf_token": form_token(page)})
    english = admin.get(switched.headers["location"]).text
    rows_en = _rows(english)
    assert [door for _when, door, _reason in rows_en] == ["On a USB stick", "Over the network"]
    assert rows_en[1][2] == said_http.text("en")
    assert not re.search(r"[ăâđêôơưĂÂĐÊÔƠƯà-ỹ]", "".join(r[2] for r in rows_en))
    assert "Refused bundles" in english and "Traceback" not in english
    _seen_in_the_browser(driver, base, said_http)


def _seen_in_the_browser(browser, base: str, said) -> None:
    """The same lines in Chromium, in both languages, shot at 1366×768 and on a phone."""
    chromium.sign_in(browser, base, "lan")
    browser.get(f"{base}/console/devices")
    reasons = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "td.reason")]
    assert len(reasons) == 2 and reasons[1] == said.text("vi")
    assert browser.find_element(By.ID, "refusal-list").is_displayed()
    shoot(browser, "devices-refusals")
    click(browser, By.CSS_SELECTOR, 'form[action="/console/language"] button')
    reasons = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "td.reason")]
    assert reasons[1] == said.text("en")
    shoot(browser, "devices-refusals-english")


def test_only_the_last_refusals_of_a_device_are_kept(tmp_path):
    store = fresh_store(tmp_path)
    try:
        busy, quiet = (f"00000000-0000-4000-8000-00000000000{n}" for n in (1, 2))
        record(store, quiet, "b-quiet", "http", message("server.bundle_not_sender"))
        for number in range(KEEP + 7):
            record(store, busy, f"b-{number}", "usb",
                   message("console.refusal_unknown", code=str(number)))
        kept = refusals(store, [busy, quiet, "no-such-device"])
        assert [r.reason.values["code"] for r in kept[busy]] == [
            str(n) for n in range(KEEP + 6, 6, -1)]
        assert [r.reason.code for r in kept[quiet]] == ["server.bundle_not_sender"]
        assert "no-such-device" not in kept
        with sqlite3.connect(tmp_path / DB_NAME) as db:
            assert db.execute("SELECT count(*) FROM bundle_refusal").fetchone() == (KEEP + 1,)
    finally:
        store.close()


def _refusal_lines(admin: httpx.Client, device_id: str) -> list[tuple[str, str, str]]:
    """The refusal lines the devices page shows for one device (its own table body)."""
    page = admin.get("/console/devices").text
    block = re.search(rf'id="refused-{device_id}".*?</tbody>', page, re.S)
    assert block is not None, page[-3000:]
    return _rows(block.group(0))


def test_a_bundle_refused_before_it_is_read_is_kept_too(world, tmp_path):
    """A bundle whose header names another laptop, sent with this laptop's keys, is refused
    before the import starts; it is on the page all the same."""
    base, province, _laptop = world
    sender = office_laptop(tmp_path, province, THANH_NUA, "Máy văn phòng Thanh Nưa")
    sender.ok("sync", "push", "--server", base)
    (tmp_path / "khac").mkdir()
    other = office_laptop(tmp_path / "khac", province, MUONG_PHANG, "Máy thứ hai Mường Phăng")
    other.ok("sync", "push", "--server", base)
    sheet = tmp_path / "can-bo.csv"
    sheet.write_text("full_name,gender\nLò Văn Pọm,male\n", encoding="utf-8")
    other.ok("import", "staff", sheet)
    (tmp_path / "stick").mkdir()
    other.ok("sync", "export", "--to", tmp_path / "stick")
    # the biggest file on the stick: the changes bundle, sound, only not this sender's
    data = max((path.read_bytes() for path in (tmp_path / "stick").glob("*.citb")), key=len)
    device_id, keys = _identity(sender)
    with SyncClient(base, device_id, keys) as client, pytest.raises(SyncError) as pushed:
        client.upload(bytes(data))
    assert pushed.value.message.code == "server.bundle_not_sender"
    lines = _refusal_lines(_signed_in(base), device_id)
    assert [(door, reason) for _when, door, reason in lines] == [
        ("Qua mạng", pushed.value.text("vi"))]


def test_a_revoked_laptop_that_still_syncs_is_on_the_page(world, tmp_path):
    base, province, _laptop = world
    laptop = office_laptop(tmp_path, province, THANH_NUA, "Máy bị mất Thanh Nưa")
    laptop.ok("sync", "push", "--server", base)
    device_id, _keys = _identity(laptop)
    province.server("revoke", device_id)
    refused = laptop.run("sync", "push", "--server", base)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    lines = _refusal_lines(_signed_in(base), device_id)
    assert len(lines) == 1
    assert lines[0][1] == "Qua mạng"
    assert lines[0][2] == message("server.device_revoked").text("vi")
