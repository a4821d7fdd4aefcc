"""The cyclic collector (app/collector.py): held back while a process starts and given back
once it is up, as it was after a command however it ends; held off while a file of records
is imported, and on again after it, however it ends, holds that overlap included."""

from __future__ import annotations

import gc
import threading

import pytest

from app import cli, collector


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    yield before
    collector.started()
    gc.set_threshold(*before)


def test_the_start_raises_the_young_threshold_and_started_puts_it_back(thresholds):
    collector.starting()
    during = gc.get_threshold()
    collector.starting()  # a second call keeps the first's saved values
    assert during[0] > 10 * thresholds[0]
    assert gc.isenabled()
    collector.started()
    assert gc.get_threshold() == thresholds
    collector.started()  # nothing held: nothing changes
    assert gc.get_threshold() == thresholds


@pytest.mark.parametrize("fails", [False, True])
def test_a_command_runs_held_back_and_ends_with_the_collector_as_it_was(
        thresholds, tmp_path, monkeypatch, fails):
    seen = []

    def command(args, paths):
        seen.append(gc.get_threshold())
        if fails:
            raise KeyboardInterrupt
        return 0

    monkeypatch.setitem(cli.COMMANDS, "selfcheck", command)
    if fails:
        with pytest.raises(KeyboardInterrupt):
            cli.main(["--data-dir", str(tmp_path), "selfcheck"])
    else:
        assert cli.main(["--data-dir", str(tmp_path), "selfcheck"]) == 0
    assert seen and seen[0][0] > 10 * thresholds[0]
    assert gc.get_threshold() == thresholds


def test_the_provinces_server_serves_with_the_collector_as_usual(thresholds, tmp_path,
                                                                  monkeypatch):
    import contextlib

    import app.server.http
    from app import cli_server

    seen = []
    monkeypatch.setattr(cli_server, "open_server",
                        lambda paths, db: contextlib.nullcontext("store"))
    monkeypatch.setattr(app.server.http, "serve",
                        lambda *args: seen.append(gc.get_threshold()))
    assert cli.main(["--data-dir", str(tmp_path), "server", "serve", "--port", "0"]) == 0
    assert seen == [thresholds]


def test_the_window_runs_with_the_collector_as_usual_once_shown(thresholds, monkeypatch,
                                                               qapp):
    import app.ui.shell.main_window
    from app.ui.shell import desktop

    seen = []

    class Window:
        runner = type("Runner", (), {"shutdown": lambda self: None})()

        def show_restored(self):
            seen.append(("shown", gc.get_threshold()))

    class Application:
        def exec(self):
            seen.append(("exec", gc.get_threshold()))
            return 0

    monkeypatch.setattr(app.ui.shell.main_window, "open_main_window",
                        lambda store, prefetched: Window())
    monkeypatch.setattr(desktop, "_forget_pending_quit", lambda app: None)
    monkeypatch.setattr(desktop, "asked_store_change", lambda window: None)
    collector.starting()
    assert desktop._run_main_window(Application(), "store", {}) == (0, None)
    assert seen[0][0] == "shown" and seen[0][1][0] > 10 * thresholds[0]
    assert seen[1] == ("exec", thresholds)


@pytest.mark.parametrize("fails", [False, True])
def test_a_file_is_imported_with_the_collector_held_off(tmp_path, monkeypatch, fails):
    import app.exchange
    from tests.helpers import make_store

    seen = []

    def register(*args):
        seen.append(gc.isenabled())
        if fails:
            raise RuntimeError("the stick was pulled out")
        return app.exchange.ImportSummary()

    monkeypatch.setattr(app.exchange, "import_register", register)
    monkeypatch.setattr(app.exchange, "record_import", lambda *args: None)
    source = tmp_path / "staff.csv"
    source.write_text("full_name\nLò Văn Thắng\n", encoding="utf-8")
    store = make_store(tmp_path / "store")
    try:
        assert gc.isenabled()
        with store.sessions.begin() as session:
            if fails:
                with pytest.raises(RuntimeError):
                    app.exchange.import_file(session, "staff", source)
            else:
                app.exchange.import_file(session, "staff", source)
        assert seen == [False] and gc.isenabled()
    finally:
        store.close()


def test_overlapping_holds_enable_the_collector_when_the_last_leaves() -> None:
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    states: list[bool] = []

    def second() -> None:
        with collector.collector_held():
            second_in.set()
            first_out.wait(5)
            states.append(gc.isenabled())

    worker = threading.Thread(target=second)
    with collector.collector_held():
        first_in.set()
        worker.start()
        second_in.wait(5)
    first_out.set()
    worker.join(5)
    assert states == [False] and gc.isenabled()
    gc.disable()
    try:  # a collector someone else turned off stays off
        with collector.collector_held():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
