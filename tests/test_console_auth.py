"""Who may see the province console: sign-in, sessions, CSRF tokens, roles, and the wait
after wrong passwords, against a real ``commune-it server serve`` process.

The module's server trusts one reverse proxy, 127.0.0.2 (``FORWARDED_ALLOW_IPS``): a
request from there that says it came over HTTPS gets Secure cookies; the same words from
anywhere else change nothing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from app import __version__
from tests.console_helpers import PASSWORD, Place, add_user, form_token, serving, sign_in

PAGES = ["/console/", "/console/province.xlsx", "/console/communes/03325",
         "/console/communes/03325?staff_page=2", "/console/accounts"]
COOKIE = "commune_it_session"


@pytest.fixture(scope="module")
def province(tmp_path_factory) -> Place:
    place = Place(tmp_path_factory.mktemp("console-auth"))
    add_user(place, "lan", "admin")
    add_user(place, "thu", "viewer")
    add_user(place, "hoa", "viewer")
    return place


@pytest.fixture(scope="module")
def base(province: Place) -> Iterator[str]:
    with serving(province, FORWARDED_ALLOW_IPS="127.0.0.2") as url:
        yield url


@pytest.fixture
def client(base: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base) as browser:
        yield browser


def signed_in(base: str, name: str) -> httpx.Client:
    browser = httpx.Client(base_url=base)
    answer = sign_in(browser, name)
    assert answer.status_code == 303, answer.text
    return browser


def test_every_page_and_download_sends_a_stranger_to_sign_in(base, client):
    for path in PAGES:
        answer = client.get(path)
        assert answer.status_code == 303, path
        expected = "/console/sign-in" if path == "/console/" else \
            f"/console/sign-in?next={quote(path, safe='/')}"
        assert answer.headers["location"] == expected, path
    assert client.get("/").headers["location"] == "/console/"
    form = client.get("/console/sign-in")
    assert form.status_code == 200
    assert 'name="username"' in form.text and 'name="password" type="password"' in form.text
    assert client.get("/console/province.xlsx", follow_redirects=True).url.path == \
        "/console/sign-in"


def test_the_session_cookie_is_strict_private_and_new_at_each_sign_in(base, client):
    visitor = client.get("/console/sign-in").headers["set-cookie"]
    assert "HttpOnly" in visitor and "SameSite=strict" in visitor
    assert "Path=/console" in visitor and "Secure" not in visitor
    before = client.cookies[COOKIE]
    answer = sign_in(client, "lan")
    assert (answer.status_code, answer.headers["location"]) == (303, "/console/")
    made = answer.headers["set-cookie"]
    assert "HttpOnly" in made and "SameSite=strict" in made and "Secure" not in made
    assert client.cookies[COOKIE] != before  # a token planted before never signs in
    page = client.get("/console/")
    assert page.status_code == 200 and "lan (quản trị)" in page.text
    planted = httpx.get(f"{base}/console/", cookies={COOKIE: before})
    assert planted.status_code == 303


def test_cookies_are_secure_behind_the_trusted_proxy_only(base):
    https = {"X-Forwarded-Proto": "https"}
    proxy = httpx.HTTPTransport(local_address="127.0.0.2")
    with httpx.Client(base_url=base, transport=proxy) as behind_proxy:
        assert "Secure" in behind_proxy.get("/console/sign-in", headers=https
                                            ).headers["set-cookie"]
        answer = sign_in_with(behind_proxy, "lan", headers=https)
        assert answer.status_code == 303 and "Secure" in answer.headers["set-cookie"]
    claimed = httpx.get(f"{base}/console/sign-in", headers=https)
    assert "Secure" not in claimed.headers["set-cookie"]


def sign_in_with(browser: httpx.Client, name: str, headers: dict[str, str]) -> httpx.Response:
    """As a browser behind the HTTPS proxy: it sends the Secure cookie back (httpx, talking
    plain HTTP to the server, would not)."""
    page = browser.get("/console/sign-in", headers=headers)
    cookie = page.headers["set-cookie"].split(";")[0]
    return browser.post("/console/sign-in", headers={**headers, "Cookie": cookie}, data={
        "username": name, "password": PASSWORD, "csrf_token": form_token(page.text)})


def test_a_form_without_its_token_is_refused(base):
    browser = signed_in(base, "lan")
    other = httpx.Client(base_url=base)
    foreign = form_token(other.get("/console/sign-in").text)
    for data in ({}, {"csrf_token": "0" * 64}, {"csrf_token": foreign}):
        refused = browser.post("/console/sign-out", data=data)
        assert refused.status_code == 403
        assert "Biểu mẫu không được nhận" in refused.text
        assert browser.get("/console/").status_code == 200  # still signed in
    stranger = httpx.post(f"{base}/console/sign-in",
                          data={"username": "lan", "password": PASSWORD})
    assert stranger.status_code == 403  # and what it was given is no session
    assert httpx.get(f"{base}/console/", cookies=stranger.cookies).status_code == 303
    token = form_token(other.get("/console/sign-in").text)
    no_token = other.post("/console/sign-in", data={"username": "lan", "password": PASSWORD})
    assert no_token.status_code == 403
    assert other.post("/console/sign-in", data={"username": "lan", "password": PASSWORD,
                                                "csrf_token": token}).status_code == 303
    token = form_token(browser.get("/console/").text)
    out = browser.post("/console/sign-out", data={"csrf_token": token})
    assert (out.status_code, out.headers["location"]) == (303, "/console/sign-in")
    assert browser.get("/console/").status_code == 303


def test_wrong_passwords_make_the_next_try_wait_longer_and_longer(base, client):
    for _ in range(3):
        wrong = sign_in(client, "lan", "not-the-password")
        assert wrong.status_code == 401
        assert "Tên đăng nhập hoặc mật khẩu không đúng." in wrong.text
    waiting = sign_in(client, "lan")  # even the right password waits
    assert waiting.status_code == 429 and waiting.headers["retry-after"] == "1"
    assert "hãy chờ 1 giây rồi thử lại" in waiting.text
    time.sleep(1.1)
    assert sign_in(client, "LAN", "not-the-password").status_code == 401
    longer = sign_in(client, "lan")
    assert longer.status_code == 429 and longer.headers["retry-after"] == "2"
    time.sleep(2.1)
    assert sign_in(client, "lan").status_code == 303  # never locked out for good
    # One address trying many names waits too.
    with httpx.Client(base_url=base) as guesser:
        for name in ("khong-co-1", "khong-co-2", "khong-co-3"):
            assert sign_in(guesser, name, "doan-mo-mat-khau").status_code == 401
        assert sign_in(guesser, "thu").status_code == 429
        time.sleep(1.1)
        assert sign_in(guesser, "thu").status_code == 303


def test_a_viewer_reads_but_gets_403_at_an_administrators_page(base):
    viewer = signed_in(base, "thu")
    assert viewer.get("/console/").status_code == 200
    assert viewer.get("/console/province.xlsx").status_code == 200
    refused = viewer.get("/console/accounts")
    assert refused.status_code == 403
    assert "Việc này cần tài khoản quản trị" in refused.text
    assert 'href="/console/accounts"' not in viewer.get("/console/").text
    admin = signed_in(base, "lan")
    listed = admin.get("/console/accounts")
    assert listed.status_code == 200
    assert all(name in listed.text for name in ("lan", "thu", "hoa"))


def test_a_disabled_account_is_signed_out_at_its_next_request(base, province):
    browser = signed_in(base, "hoa")
    assert browser.get("/console/").status_code == 200
    province.server("user", "disable", "hoa")
    assert browser.get("/console/").status_code == 303
    assert sign_in(browser, "hoa").status_code == 401


def test_signing_in_goes_back_where_the_browser_was_going_and_nowhere_else(base, client):
    asked = client.get("/console/communes/03325?staff_page=2").headers["location"]
    assert asked == "/console/sign-in?next=/console/communes/03325%3Fstaff_page%3D2"
    page = client.get(asked)
    assert 'value="/console/communes/03325?staff_page=2"' in page.text
    back = sign_in(client, "lan", after="/console/communes/03325?staff_page=2")
    assert back.headers["location"] == "/console/communes/03325?staff_page=2"
    for elsewhere in ("//evil.example/console/", "https://evil.example/", "/console/\\x",
                      "/api/v1/health"):
        with httpx.Client(base_url=base) as browser:
            assert sign_in(browser, "lan", after=elsewhere).headers["location"] == "/console/"


def test_the_pages_speak_english_on_request(base):
    browser = signed_in(base, "lan")
    token = form_token(browser.get("/console/").text)
    assert browser.post("/console/language", data={"to": "en", "next": "/console/"}
                        ).status_code == 403
    switched = browser.post("/console/language", data={"to": "en", "next": "/console/",
                                                       "csrf_token": token})
    assert (switched.status_code, switched.headers["location"]) == (303, "/console/")
    page = browser.get("/console/").text
    assert "Sign out" in page and "Đăng xuất" not in page and 'lang="en"' in page
    assert "Tiếng Việt" in page  # the way back, in its own words


def test_pages_are_kept_from_caches_frames_and_scripts(base):
    browser = signed_in(base, "lan")
    for path in ("/console/sign-in", "/console/", "/console/communes/03325"):
        headers = browser.get(path).headers
        assert headers["cache-control"] == "no-store", path
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert "script-src 'none'" in headers["content-security-policy"]
    missing = browser.get("/console/no-such-page")
    assert missing.status_code == 404 and "Không có trang này." in missing.text
    assert browser.get("/console/communes/99999").status_code == 404
    assert httpx.get(f"{base}/api/v1/no-such").json()["code"] == "server.no_such_address"


def test_the_style_sheet_is_kept_by_browsers_under_the_apps_version(base):
    """Every page names the style sheet with the running version: a browser keeps it for
    a year and asks no more; asked for without that version, it is checked at each use."""
    page = httpx.get(f"{base}/console/sign-in").text
    address = f"/console/static/console.css?v={__version__}"
    assert f'href="{address}"' in page
    kept = httpx.get(f"{base}{address}")
    assert kept.status_code == 200 and "@media print" in kept.text
    assert kept.headers["cache-control"] == "public, max-age=31536000, immutable"
    for other in ("/console/static/console.css", "/console/static/console.css?v=0.0.1"):
        assert httpx.get(f"{base}{other}").headers["cache-control"] == "no-cache", other


def test_the_sign_in_page_is_served_from_the_installed_package(base):
    style = httpx.get(f"{base}/console/static/console.css")
    assert style.status_code == 200 and "@media print" in style.text
    assert Path(__file__).resolve().parents[1].joinpath(
        "app/server/console/templates/sign_in.html").is_file()


MALFORMED = {
    "a broken multipart body": {"content": b"--x\r\ngarbage",
                                "headers": {"Content-Type": "multipart/form-data; boundary=x"}},
    "multipart without a boundary": {"content": b"abc",
                                     "headers": {"Content-Type": "multipart/form-data"}},
    "bytes that are not UTF-8": {"content": b"username=\xff\xfe&password=\xc3",
                                 "headers": {"Content-Type":
                                             "application/x-www-form-urlencoded"}},
    "deep JSON": {"content": b"[" * 100_000, "headers": {"Content-Type": "application/json"}},
    "5,000 fields": {"content": b"&".join(b"a%d=1" % i for i in range(5000)),
                     "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
    "a name of 900,000 characters": {"data": {"username": "a" * 900_000, "password": "x"}},
    "two tokens": {"content": b"csrf_token=a&csrf_token=b&username=lan",
                   "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
    "a file for a token": {"files": {"csrf_token": ("token.txt", b"abc")}},
}


def test_no_malformed_request_gets_a_500_or_a_trace(base):
    """Its own address (127.0.0.3), so the wrong passwords it sends slow no other test."""
    with httpx.Client(base_url=base, transport=httpx.HTTPTransport(local_address="127.0.0.3")
                      ) as browser:
        token = form_token(browser.get("/console/sign-in").text)
        for name, request in MALFORMED.items():
            if "data" in request:
                request = {"data": {**request["data"], "csrf_token": token}}
            answer = browser.post("/console/sign-in", **request)
            assert 400 <= answer.status_code < 500, name
            assert "Traceback" not in answer.text and ".py" not in answer.text, name
        assert sign_in(browser, "lan").status_code == 303
        for path in ("/console/communes/" + "0" * 5000, "/console/?q=" + "a" * 10_000 +
                     "&sort=" + "x" * 1000 + "&order=%ff", "/console/%ff%fe",
                     "/console/communes/0332%00?staff_page=-1&equipment_page=1e400",
                     "/console/static/../../accounts.py", "/console/static/%2e%2e/auth.py",
                     "/console/sign-in?next=" + "a" * 8000):
            answer = browser.get(path)
            assert answer.status_code in (200, 303, 404), path[:60]
            assert "Traceback" not in answer.text
