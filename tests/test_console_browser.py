"""The province console in a real browser: Debian's headless Chromium through Selenium,
against ``commune-it server serve`` started as a process of its own.

The province and three office laptops are made through the console script, as a province
does it: ``server enroll``, then on each laptop ``setup``, ``enroll`` and its data (two
``demo`` communes, one ``import staff`` of a few officials), ``sync export`` onto one
stick, and ``server import`` of the stick. The table the browser shows is checked against
figures computed in plain SQL over each laptop's own database file. One browser serves the
module; screenshots of each page, at 1366×768 and at a phone's width, go to
artifacts/console/.
"""

from __future__ import annotations

import base64
import re
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.wait import WebDriverWait

from tests.console_helpers import (
    PASSWORD,
    Place,
    add_user,
    office_laptop,
    send_by_stick,
    serving,
    staff_figures,
)
from tests.helpers import MUONG_PHANG, THANH_NUA

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "artifacts" / "console"
MUONG_NHE = "03160"
SIZES = {"desktop": (1366, 768, False), "phone": (390, 844, True)}
CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"  # Debian's, from .ci/run


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[tuple[str, dict[str, Path]]]:
    """The served province (its URL) and each commune's laptop database."""
    root = tmp_path_factory.mktemp("console-browser")
    province = Place(root / "province")
    laptops = {MUONG_PHANG: office_laptop(root, province, MUONG_PHANG, "Máy Mường Phăng"),
               THANH_NUA: office_laptop(root, province, THANH_NUA, "Máy Thanh Nưa"),
               MUONG_NHE: office_laptop(root, province, MUONG_NHE, "Máy Mường Nhé")}
    laptops[MUONG_PHANG].ok("demo")
    laptops[THANH_NUA].ok("demo")
    sheet = root / "can-bo.csv"
    sheet.write_text("full_name,gender,it_certificate\nGiàng A Tủa,male,basic\n"
                     "Sùng Thị Mỷ,female,none\nVàng A Dế,male,none\n", encoding="utf-8")
    laptops[MUONG_NHE].ok("import", "staff", sheet)
    send_by_stick(root, province, *laptops.values())
    add_user(province, "lan", "admin")
    add_user(province, "thu", "viewer")
    with serving(province) as base:
        yield base, {code: place.dir / "commune-it.sqlite3" for code, place in laptops.items()}


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def driver(downloads: Path) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1366,768", "--lang=vi"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    browser = webdriver.Chrome(service=Service(DRIVER), options=options)
    browser.execute_cdp_cmd("Browser.setDownloadBehavior",
                            {"behavior": "allow", "downloadPath": str(downloads)})
    browser.implicitly_wait(0)
    try:
        yield browser
    finally:
        browser.quit()


def shoot(browser: WebDriver, name: str) -> None:
    """The page as a 1366×768 screen and a phone show it, and the whole page at 1366."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size, (width, height, mobile) in SIZES.items():
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
        browser.save_screenshot(str(SHOTS / f"{name}-{size}.png"))
    width, height, _mobile = SIZES["desktop"]
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    whole = browser.execute_cdp_cmd("Page.captureScreenshot", {"captureBeyondViewport": True})
    (SHOTS / f"{name}-whole.png").write_bytes(base64.b64decode(whole["data"]))
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def leaving(browser: WebDriver, act: Callable[[], None]) -> None:
    """Do what sends the browser to another page (a click, Enter in a form), and wait
    until that page has replaced this one."""
    page = browser.find_element(By.TAG_NAME, "html")
    act()
    WebDriverWait(browser, 30).until(lambda _browser: gone(page))


def gone(element: WebElement) -> bool:
    """Whether ``element`` has left the document. Chromium answers a question about a node
    of a page being replaced either "stale" or, caught mid-way, "does not belong to the
    document": both mean the old page is gone (``staleness_of`` knew only the first)."""
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as exc:
        if "does not belong to the document" in str(exc):
            return True
        raise
    return False


def click(browser: WebDriver, how: str, what: str) -> None:
    leaving(browser, browser.find_element(how, what).click)


def path_of(browser: WebDriver) -> str:
    return browser.current_url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def sign_in(browser: WebDriver, base: str, name: str, password: str = PASSWORD) -> None:
    """A fresh browser session: the sign-in form typed and sent."""
    browser.delete_all_cookies()
    browser.get(f"{base}/console/sign-in")
    type_in(browser, name, password)


def type_in(browser: WebDriver, name: str, password: str) -> None:
    field = browser.find_element(By.NAME, "username")
    field.clear()
    field.send_keys(name)
    leaving(browser, lambda: browser.find_element(By.NAME, "password").send_keys(
        password + Keys.ENTER))


def table_rows(browser: WebDriver) -> dict[str, list[str]]:
    rows = browser.find_elements(By.CSS_SELECTOR, "#communes tbody tr")
    return {row.get_attribute("data-code"): [cell.text for cell in row.find_elements(
        By.TAG_NAME, "td")] for row in rows}


def expected_cells(database: Path, code: str) -> list[str]:
    """What the table must show for a commune, from the laptop's own file."""
    figures = staff_figures(database, code, date.today())
    def share(part: int) -> str:
        value = round(part / figures["officials"] * 100 + 1e-9, 1)
        return f"{value:.1f}".replace(".", ",").removesuffix(",0") + "%"
    return [str(figures["officials"]), str(figures["certified"]), share(figures["certified"]),
            str(figures["digital_skills"]), share(figures["digital_skills"]),
            str(figures["trained"]),
            f"{figures['computers'] / figures['officials']:.2f}".replace(".", ","),
            str(figures["broken"])]


def test_without_a_session_every_page_and_download_shows_the_sign_in_form(world, driver):
    base, _laptops = world
    driver.delete_all_cookies()
    for path in ("/console/", "/console/province.xlsx", f"/console/communes/{MUONG_PHANG}",
                 "/console/accounts", "/"):
        driver.get(base + path)
        assert path_of(driver) == "/console/sign-in" or path_of(driver).startswith(
            "/console/sign-in?next="), path
        assert driver.find_element(By.NAME, "username").is_displayed()
    shoot(driver, "sign-in")


def test_the_province_table_is_what_the_laptops_sent(world, driver):
    base, laptops = world
    sign_in(driver, base, "lan")
    assert path_of(driver) == "/console/"
    rows = table_rows(driver)
    assert list(rows) == [MUONG_NHE, MUONG_PHANG, THANH_NUA]  # official code order
    for code, database in laptops.items():
        assert rows[code][2:10] == expected_cells(database, code), code
        assert rows[code][10].startswith(date.today().strftime("%d/%m/%Y"))
    assert rows[MUONG_PHANG][1] == "Xã Mường Phăng"
    officials = sum(staff_figures(db, code, date.today())["officials"]
                    for code, db in laptops.items())
    total = driver.find_element(By.CSS_SELECTOR, "#communes tfoot td.num").text
    assert total == f"{officials:,}".replace(",", ".")
    bars = driver.find_elements(By.CSS_SELECTOR, "#certificate-chart rect.bar")
    assert len(bars) == 3
    shoot(driver, "province")
    # On paper: the table and the chart, without the navigation and the tools.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not driver.find_element(By.CSS_SELECTOR, "header.top").is_displayed()
        assert not driver.find_element(By.ID, "export-xlsx").is_displayed()
        assert driver.find_element(By.ID, "communes").is_displayed()
        shoot(driver, "province-print")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_a_name_typed_without_diacritics_filters_the_table(world, driver):
    base, _laptops = world
    sign_in(driver, base, "lan")
    box = driver.find_element(By.ID, "q")
    leaving(driver, lambda: box.send_keys("muong phang" + Keys.ENTER))
    assert list(table_rows(driver)) == [MUONG_PHANG]
    driver.find_element(By.ID, "q").clear()
    box = driver.find_element(By.ID, "q")
    leaving(driver, lambda: box.send_keys("MUONG" + Keys.ENTER))
    assert list(table_rows(driver)) == [MUONG_NHE, MUONG_PHANG]


def test_a_click_on_a_heading_sorts_the_table(world, driver):
    base, laptops = world
    sign_in(driver, base, "lan")
    click(driver, By.CSS_SELECTOR, 'th[data-column="certified_share"] a')
    figures = {code: staff_figures(db, code, date.today()) for code, db in laptops.items()}
    share = {code: f["certified"] / f["officials"] for code, f in figures.items()}
    # ties stay in code order, whichever way the column goes
    assert list(table_rows(driver)) == sorted(sorted(share), key=share.get)
    click(driver, By.CSS_SELECTOR, 'th[data-column="certified_share"] a')
    heading = driver.find_element(By.CSS_SELECTOR, 'th[data-column="certified_share"]')
    assert heading.get_attribute("aria-sort") == "descending"
    assert list(table_rows(driver)) == sorted(sorted(share), key=share.get, reverse=True)


def test_the_downloaded_spreadsheet_reads_back_as_the_table(world, driver, downloads):
    base, _laptops = world
    sign_in(driver, base, "lan")
    shown = table_rows(driver)
    driver.find_element(By.ID, "export-xlsx").click()
    deadline = time.monotonic() + 30
    while not list(downloads.glob("*.xlsx")) or list(downloads.glob("*.crdownload")):
        assert time.monotonic() < deadline, list(downloads.iterdir())
        time.sleep(0.1)
    [path] = downloads.glob("*.xlsx")
    sheet = load_workbook(path).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Mã", "Xã, phường", "Cán bộ, công chức"]
    assert [row[0] for row in values[1:-1]] == list(shown)
    for row in values[1:-1]:
        cells = shown[row[0]]
        assert [row[1], str(row[2]), str(row[3]), str(row[5]), str(row[7])] == \
            [cells[1], cells[2], cells[3], cells[5], cells[7]]
    assert values[-1][1] == "Toàn tỉnh"


def test_a_communes_page_and_the_accounts_page(world, driver):
    base, laptops = world
    sign_in(driver, base, "lan")
    click(driver, By.LINK_TEXT, "Xã Mường Phăng")
    assert path_of(driver) == f"/console/communes/{MUONG_PHANG}"
    figures = staff_figures(laptops[MUONG_PHANG], MUONG_PHANG, date.today())
    card = driver.find_element(By.CSS_SELECTOR, '[data-card="officials"] .card-value')
    assert card.text == str(figures["officials"])
    assert "Máy Mường Phăng" in driver.find_element(By.ID, "devices").text
    assert len(driver.find_elements(By.CSS_SELECTOR, "#staff-list tbody tr")) == \
        min(figures["officials"], 50)
    shoot(driver, "commune")
    driver.get(f"{base}/console/accounts")
    assert "thu" in driver.find_element(By.TAG_NAME, "table").text
    shoot(driver, "accounts")


def test_a_form_sent_without_its_token_is_refused(world, driver):
    base, _laptops = world
    sign_in(driver, base, "lan")
    driver.execute_script(
        "document.querySelector('form[action=\"/console/sign-out\"] input[name=csrf_token]')"
        ".remove()")
    click(driver, By.ID, "sign-out")
    assert "Biểu mẫu không được nhận" in driver.find_element(By.CSS_SELECTOR, ".problem").text
    shoot(driver, "refused-form")
    driver.get(f"{base}/console/")
    assert path_of(driver) == "/console/"  # the refused sign-out did nothing


def test_a_viewer_gets_403_at_an_administrators_page(world, driver):
    base, _laptops = world
    sign_in(driver, base, "thu")
    assert path_of(driver) == "/console/"
    assert not driver.find_elements(By.LINK_TEXT, "Tài khoản")
    driver.get(f"{base}/console/accounts")
    assert "cần tài khoản quản trị" in driver.find_element(By.CSS_SELECTOR, ".problem").text
    shoot(driver, "viewer-refused")


def test_wrong_passwords_slow_the_next_try_down(world, driver):
    base, _laptops = world
    sign_in(driver, base, "thu", "sai-mat-khau")
    for _ in range(2):
        type_in(driver, "thu", "sai-mat-khau")
    assert "không đúng" in driver.find_element(By.CSS_SELECTOR, ".problem").text
    # Two more wrong ones, each after its wait (a try during a wait is not even heard):
    # the wait is then 4 s, long enough that the right password, typed at once, comes in
    # it however slow the machine running the browser is.
    for wait in (1, 2):
        time.sleep(wait + 0.2)
        type_in(driver, "thu", "sai-mat-khau")
        assert "không đúng" in driver.find_element(By.CSS_SELECTOR, ".problem").text
    type_in(driver, "thu", PASSWORD)
    problem = driver.find_element(By.CSS_SELECTOR, ".problem").text
    assert re.search(r"hãy chờ [1-4] giây", problem), problem
    shoot(driver, "sign-in-wait")
    time.sleep(4.2)
    type_in(driver, "thu", PASSWORD)
    assert path_of(driver) == "/console/"


def test_signing_out_ends_the_session(world, driver):
    base, _laptops = world
    sign_in(driver, base, "lan")
    click(driver, By.ID, "sign-out")
    assert path_of(driver) == "/console/sign-in"
    driver.get(f"{base}/console/communes/{MUONG_PHANG}")
    assert path_of(driver).startswith("/console/sign-in?next=")


def test_the_english_switch(world, driver):
    base, _laptops = world
    sign_in(driver, base, "lan")
    click(driver, By.CSS_SELECTOR, 'button[name="to"][value="en"]')
    assert driver.find_element(By.TAG_NAME, "h1").text == "Communes and wards of Điện Biên"
    shoot(driver, "province-english")
    click(driver, By.CSS_SELECTOR, 'button[name="to"][value="vi"]')
    assert driver.find_element(By.ID, "sign-out").text == "Đăng xuất"
