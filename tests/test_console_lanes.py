"""The console's own threads (issue 14): its pages are read and rendered one at a time, so
that on the province's two cores browsing never takes more than one from the laptops'
pushes, and its long jobs (a stick's import, a report, a password's hash) run on a thread
of their own, so that a page never waits behind them."""

from __future__ import annotations

import asyncio
import threading
import time
from types import SimpleNamespace

import anyio

from app.server.console import auth


def _request() -> SimpleNamespace:
    """As much of a request as the lanes read: the app's console state."""
    console = auth.Console(store=None, sessions=None, throttle=None, templates=None)
    return SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(console=console)))


def test_a_page_answers_while_a_long_job_runs() -> None:
    request, release, done = _request(), threading.Event(), []

    def stick() -> None:
        release.wait(10)
        done.append("stick")

    def page() -> None:
        done.append("page")
        release.set()

    async def both() -> None:
        async with anyio.create_task_group() as group:
            group.start_soon(auth.long_job, request, stick)
            await anyio.sleep(0.05)  # the stick is being imported
            await auth.off_loop(request, page)

    anyio.run(both)
    assert done == ["page", "stick"]


def test_pages_are_computed_one_at_a_time() -> None:
    request, lock, running, most = _request(), threading.Lock(), [0], [0]

    def page() -> None:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        with lock:
            running[0] -= 1

    async def many() -> None:
        async with anyio.create_task_group() as group:
            for _ in range(4):
                group.start_soon(auth.off_loop, request, page)

    anyio.run(many)
    assert most[0] == 1


def _where(on_loop: dict[str, bool], step: str) -> None:
    """Whether ``step`` runs on the event loop's thread (a loop is running there)."""
    try:
        asyncio.get_running_loop()
        on_loop[step] = True
    except RuntimeError:
        on_loop[step] = False


def test_the_devices_page_is_read_and_laid_out_off_the_event_loop(monkeypatch) -> None:
    """A province's hundreds of laptops take tens of milliseconds to lay out: on the event
    loop that would hold up every laptop's push meanwhile."""
    from app.server.console import devices

    on_loop: dict[str, bool] = {}

    def where(step: str) -> None:
        _where(on_loop, step)

    monkeypatch.setattr(devices, "kept_register",
                        lambda _store: (where("read"), (([], []), 1))[1])
    monkeypatch.setattr(devices, "render_kept",
                        lambda *_args, **_kwargs: (where("laid out"), "page")[1])
    assert anyio.run(devices._register, _request(), 200) == "page"
    assert on_loop == {"read": False, "laid out": False}


def test_the_small_pages_are_laid_out_off_the_event_loop_too(monkeypatch) -> None:
    """The USB desk and the reports page: a millisecond or two each, but half of what the
    staff read; every millisecond on the loop is one every laptop's request waits."""
    from app.server.console import reports, usb

    on_loop: dict[str, bool] = {}
    for module, name in ((usb, "usb"), (reports, "reports")):
        monkeypatch.setattr(module, "render", lambda *_args, name=name, **_kwargs: (
            _where(on_loop, name), name)[1])
    assert anyio.run(usb.usb_page, _request(), None) == "usb"
    assert anyio.run(reports.reports_page, _request(), None) == "reports"
    assert on_loop == {"usb": False, "reports": False}
