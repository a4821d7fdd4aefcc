"""The province console's administration in a real browser (Debian's headless Chromium
through Selenium) against ``commune-it server serve``: an administrator enrols a laptop
and downloads its file, which a real laptop store enrols with and pushes over HTTP; revokes
it after the confirmation page, and its next push is refused; takes in a stick made by
``commune-it sync export`` and reads what each file did; downloads the commune's answers
as a zip that the laptop imports; downloads a report and reads it with pdftotext. A viewer
is refused at the devices page. Screenshots (1366×768 and a phone) go to artifacts/console/.
"""

from __future__ import annotations

import json
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

from tests import test_console_browser as chromium
from tests.console_helpers import Place, add_user, serving
from tests.helpers import MUONG_PHANG, THANH_NUA
from tests.report_helpers import pdf_text
from tests.test_console_browser import click, path_of, shoot, sign_in

NAME = "Máy văn phòng Mường Phăng"
driver = chromium.driver  # the same headless Chromium, downloading into ``downloads`` here




@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[tuple[str, Place, Path]]:
    """The served province (its URL), the province's folder and a scratch folder."""
    root = tmp_path_factory.mktemp("console-admin")
    province = Place(root / "province")
    add_user(province, "lan", "admin")
    add_user(province, "thu", "viewer")
    with serving(province) as base:
        yield base, province, root


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads-admin")


def downloaded(folder: Path, pattern: str) -> Path:
    """The one file matching ``pattern`` once Chromium has finished writing it."""
    deadline = time.monotonic() + 60
    while not list(folder.glob(pattern)) or list(folder.glob("*.crdownload")):
        assert time.monotonic() < deadline, list(folder.iterdir())
        time.sleep(0.1)
    [path] = folder.glob(pattern)
    return path


def devices(province: Place) -> list[dict]:
    return json.loads(province.server("devices", "--json"))


def test_enrol_a_laptop_in_the_browser_then_revoke_it(world, driver, downloads):
    base, province, root = world
    sign_in(driver, base, "lan")
    click(driver, By.LINK_TEXT, "Máy đăng ký")
    assert path_of(driver) == "/console/devices"
    driver.find_element(By.NAME, "communes").send_keys(MUONG_PHANG)
    driver.find_element(By.NAME, "name").send_keys(NAME)
    shoot(driver, "devices-empty")
    click(driver, By.CSS_SELECTOR, "#enrol-form button[type=submit]")
    assert driver.find_element(By.TAG_NAME, "h1").text == f"Đã cấp tệp đăng ký cho “{NAME}”"
    assert driver.find_element(By.CSS_SELECTOR, "#qr svg").is_displayed()
    shoot(driver, "device-enrolled")
    driver.find_element(By.ID, "download").click()
    enrolment = downloaded(downloads, "enrolment-*.json")

    laptop = Place(root / "laptop")
    laptop.ok("setup", "--commune", MUONG_PHANG, "--device-name", "Máy Mường Phăng")
    laptop.ok("enroll", enrolment)
    laptop.ok("demo")
    laptop.ok("sync", "push", "--server", base)
    [device] = devices(province)
    assert device["state"] == "active"

    driver.get(f"{base}/console/devices")
    row = driver.find_element(By.CSS_SELECTOR, f'tr[data-key="{device["id"]}"]')
    assert "Đang hoạt động" in row.text and "Máy Mường Phăng" in row.text
    shoot(driver, "devices")
    click(driver, By.CSS_SELECTOR, f'tr[data-key="{device["id"]}"] a.revoke')
    assert "Thu hồi máy" in driver.find_element(By.TAG_NAME, "h1").text
    shoot(driver, "device-revoke")
    click(driver, By.ID, "confirm")
    assert "Đã thu hồi máy" in driver.find_element(By.ID, "done").text
    assert devices(province)[0]["state"] == "revoked"
    sheet = root / "can-bo.csv"
    sheet.write_text("full_name,gender\nGiàng A Tủa,male\n", encoding="utf-8")
    laptop.ok("import", "staff", sheet)
    refused = laptop.run("sync", "push", "--server", base)
    assert refused.returncode == 2 and "thu hồi" in refused.stderr, refused.stderr


def test_take_in_a_stick_and_give_the_answers_back(world, driver, downloads):
    base, province, root = world
    enrolment = root / "enrolment-thanh-nua.json"
    province.server("enroll", "--commune", THANH_NUA, "--device-name", "Máy Thanh Nưa",
                    "--out", enrolment)
    laptop = Place(root / "laptop-thanh-nua")
    laptop.ok("setup", "--commune", THANH_NUA, "--device-name", "Máy Thanh Nưa")
    laptop.ok("enroll", enrolment)
    laptop.ok("demo")
    stick = root / "stick"
    stick.mkdir()
    laptop.ok("sync", "export", "--to", stick)
    files = sorted(stick.iterdir())

    sign_in(driver, base, "lan")
    click(driver, By.LINK_TEXT, "Nhận USB")
    shoot(driver, "usb")
    driver.find_element(By.ID, "files").send_keys("\n".join(map(str, files)))
    driver.find_element(By.ID, "send").click()  # sent by the page's script, with progress
    applied = WebDriverWait(driver, 60).until(
        expected_conditions.visibility_of_element_located((By.ID, "applied")))
    assert path_of(driver) == "/console/usb"  # the script kept the page, replaced its body
    assert all(path.name in applied.text for path in files), applied.text
    assert "đã được đăng ký" in applied.text
    shoot(driver, "usb-result")
    assert next(d for d in devices(province) if d["name"] == "Máy Thanh Nưa")["last_seen_at"]

    driver.get(f"{base}/console/usb")
    driver.find_element(By.NAME, "commune").send_keys(THANH_NUA)
    driver.find_element(By.CSS_SELECTOR, "#answers-form button").click()
    archive = downloaded(downloads, f"commune-it-{THANH_NUA}-*.zip")
    back = root / "back"
    zipfile.ZipFile(archive).extractall(back)
    said = laptop.ok("sync", "import", back)
    assert "biên nhận" in said, said


def test_download_a_report_and_a_viewer_at_the_devices_page(world, driver, downloads):
    base, _province, _root = world
    sign_in(driver, base, "thu")
    click(driver, By.LINK_TEXT, "Báo cáo")
    shoot(driver, "reports")
    driver.find_element(By.CSS_SELECTOR, 'a[href="/console/reports/inventory.pdf"]').click()
    text = pdf_text(downloaded(downloads, "inventory-*.pdf"))
    assert "Thanh Nưa" in text and "Mường Phăng" in text, text[:2000]
    assert not driver.find_elements(By.LINK_TEXT, "Máy đăng ký")
    driver.get(f"{base}/console/devices")
    assert "Việc này cần tài khoản quản trị" in driver.find_element(By.TAG_NAME, "main").text
    shoot(driver, "devices-viewer-refused")
