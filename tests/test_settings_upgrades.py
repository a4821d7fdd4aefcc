"""Versioned settings upgrades (Picard's way): each step tested from settings of the
version before it, as an installation in the field left them (the store's string rows, no
``window.ini``), and the order, resumption and downgrade rules of the runner."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.models.settings import (
    DEFAULT_DEPARTMENT,
    DEPARTMENT_KEY,
    LANGUAGE_KEY,
    department_name,
    get_setting,
    set_setting,
)
from app.models.store import Store
from app.models.sync_settings import SERVER_URL_KEY, server_url
from app.ui.runtime import options_upgrade
from app.ui.runtime.options import SETTINGS_FILE, SETTINGS_VERSION, Options, options_for
from app.ui.runtime.options_upgrade import CURRENT_VERSION, UPGRADES, upgrade_settings
from app.ui.shell.main_window import MainWindow
from tests.ui_helpers import office_store, open_window


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return office_store(tmp_path / "data", [dict(full_name="Lò Văn Bình")])


def ini(store: Store) -> configparser.ConfigParser:
    parser = configparser.ConfigParser()
    assert parser.read(store.path.with_name(SETTINGS_FILE), encoding="utf-8")
    return parser


# --- the steps ------------------------------------------------------------------------------------
def field_store(store: Store, values: dict[str, str]) -> None:
    """The store as an installation from before the registry left it: string rows, no
    window.ini (version 0)."""
    with store.sessions.begin() as session:
        for key, value in values.items():
            set_setting(session, key, value)
    assert not store.path.with_name(SETTINGS_FILE).exists()


def test_upgrade_1_retypes_the_stores_string_settings(store) -> None:
    field_store(store, {LANGUAGE_KEY: " EN_gb", DEPARTMENT_KEY: "  Sở Khoa học  và Công nghệ ",
                        SERVER_URL_KEY: "may-chu-tinh:8080/"})
    assert upgrade_settings(store) == 1
    with store.sessions() as session:
        assert get_setting(session, LANGUAGE_KEY) == "en"
        assert department_name(session) == "Sở Khoa học và Công nghệ"
        assert server_url(session) == "http://may-chu-tinh:8080"
    assert ini(store)["meta"]["settings_version"] == "1"


def test_upgrade_1_forgets_strings_that_are_no_value(store) -> None:
    field_store(store, {LANGUAGE_KEY: "fr", DEPARTMENT_KEY: "   ", SERVER_URL_KEY: "ftp://x"})
    upgrade_settings(store)
    with store.sessions() as session:
        for key in (LANGUAGE_KEY, DEPARTMENT_KEY, SERVER_URL_KEY):
            assert get_setting(session, key) is None
        assert department_name(session) == DEFAULT_DEPARTMENT


def test_opening_the_window_upgrades_an_old_installation(qtbot, store) -> None:
    field_store(store, {LANGUAGE_KEY: "vi_VN"})
    open_window(qtbot, store)
    assert options_for(store).get(SETTINGS_VERSION) == CURRENT_VERSION
    with store.sessions() as session:
        assert get_setting(session, LANGUAGE_KEY) == "vi"


def test_an_upgraded_file_is_not_upgraded_again(store) -> None:
    upgrade_settings(store)
    field_store_later = {LANGUAGE_KEY: "vi_VN"}  # written after: not the upgrade's business
    with store.sessions.begin() as session:
        set_setting(session, LANGUAGE_KEY, field_store_later[LANGUAGE_KEY])
    assert upgrade_settings(store) == CURRENT_VERSION
    with store.sessions() as session:
        assert get_setting(session, LANGUAGE_KEY) == "vi_VN"


def test_steps_run_in_order_from_the_files_version(store) -> None:
    ran: list[int] = []
    steps = tuple(lambda _o, _s, n=n: ran.append(n) for n in range(1, 4))
    options = options_for(store)
    options.set(SETTINGS_VERSION, 1)
    assert upgrade_settings(store, options, steps) == 3
    assert ran == [2, 3]
    assert Options(options.path).get(SETTINGS_VERSION) == 3


def test_a_failed_step_is_the_one_run_again(store) -> None:
    def broken(_options, _store) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        upgrade_settings(store, upgrades=(lambda _o, _s: None, broken))
    assert options_for(store).get(SETTINGS_VERSION) == 1


def test_settings_from_a_newer_program_are_left_alone(store) -> None:
    options = options_for(store)
    options.set(SETTINGS_VERSION, CURRENT_VERSION + 5)
    field_store_value = "vi_VN"
    with store.sessions.begin() as session:
        set_setting(session, LANGUAGE_KEY, field_store_value)
    assert upgrade_settings(store) == CURRENT_VERSION + 5
    with store.sessions() as session:
        assert get_setting(session, LANGUAGE_KEY) == field_store_value


def test_every_upgrade_step_has_a_test() -> None:
    assert CURRENT_VERSION == len(UPGRADES) >= 1
    source = Path(__file__).read_text(encoding="utf-8")
    for number, step in enumerate(UPGRADES, start=1):
        assert step.__name__.startswith(f"upgrade_{number}_"), step.__name__
        assert f"def test_upgrade_{number}_" in source, f"no test for {step.__name__}"
    assert options_upgrade.log.name == "app.ui.runtime.options_upgrade"



@pytest.fixture(autouse=True)
def _no_windows_left(qapp: QApplication):
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.runner.shutdown()
