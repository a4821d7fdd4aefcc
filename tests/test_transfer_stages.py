"""The transfer's state machine on its own: one order of stages, kept in the store, never
gone back; and the migration that adds its tables to a store an older app wrote."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from app.messages import catalogue
from app.models import Staff, Transfer
from app.models.store import Store, current_revision, head_revision
from app.sync import transfer_state as state
from app.sync.bundle import PROVINCE
from app.sync.stages import ORDER, Stage, StageOrderError, check_forward, next_stage, parse
from tests.helpers import DATA_DIR, make_store


def test_the_stages_go_in_one_order_and_each_has_a_name_in_both_languages():
    assert [s.value for s in ORDER] == ["claim", "upload", "download", "apply", "acknowledge",
                                        "done"]
    assert all(a < b for a, b in zip(ORDER, ORDER[1:], strict=False))
    assert [next_stage(s) for s in ORDER] == [*ORDER[1:], Stage.DONE]
    for stage in ORDER:
        entry = catalogue()[stage.message.code]
        assert entry.vi and entry.en and stage.message.text("en") == entry.en


def test_a_stage_never_goes_back():
    assert check_forward(Stage.UPLOAD, Stage.UPLOAD) is Stage.UPLOAD  # again: harmless
    assert check_forward(Stage.UPLOAD, Stage.APPLY) is Stage.APPLY
    with pytest.raises(StageOrderError) as refused:
        check_forward(Stage.DOWNLOAD, Stage.UPLOAD)
    assert refused.value.code == "transfer.stage_backwards"
    assert "download" in refused.value.text("en") and "upload" in refused.value.text("en")


def test_the_store_refuses_to_move_a_transfer_back(tmp_path: Path):
    store = make_store(tmp_path / "laptop")
    try:
        opened = state.open_transfer(store, PROVINCE, "device-a")
        assert (opened.stage, opened.resumed) == (Stage.CLAIM, False)
        state.move(store, opened.id, Stage.UPLOAD)
        state.move(store, opened.id, Stage.APPLY)
        with pytest.raises(StageOrderError):
            state.move(store, opened.id, Stage.DOWNLOAD)
        assert state.stage_of(store, opened.id) is Stage.APPLY  # left as it was
        again = state.open_transfer(store, PROVINCE, "device-a")  # the next run takes it up
        assert (again.id, again.stage, again.resumed) == (opened.id, Stage.APPLY, True)
        state.move(store, opened.id, Stage.DONE)
        fresh = state.open_transfer(store, PROVINCE, "device-a")
        assert fresh.id != opened.id and fresh.stage is Stage.CLAIM
        other = state.open_transfer(store, PROVINCE, "device-b")  # a copy: its own start
        assert other.id != fresh.id and other.stage is Stage.CLAIM
    finally:
        store.close()


def test_a_stage_this_version_does_not_know_is_refused(tmp_path: Path):
    with pytest.raises(StageOrderError) as refused:
        parse("verify")
    assert refused.value.code == "transfer.stage_unknown"
    store = make_store(tmp_path / "laptop")
    try:
        opened = state.open_transfer(store, PROVINCE, "device-a")
        with store.sessions.begin() as session:
            session.get(Transfer, opened.id).stage = "verify"  # written by a newer app
        with pytest.raises(StageOrderError):
            state.open_transfer(store, PROVINCE, "device-a")
    finally:
        store.close()


def test_upgrade_from_the_stored_revision_before_transfers(tmp_path: Path):
    """As the other upgrade tests: a file the previous app wrote gains the two tables,
    keeps its data, is backed up first, and the state machine works on it."""
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA_DIR / "db" / "rev0008.sqlite3", path)
    store = Store(path)
    try:
        assert current_revision(store.engine) == head_revision()
        assert {"sync_transfer", "sync_transfer_bundle"} <= set(
            inspect(store.engine).get_table_names())
        with store.sessions() as session:
            assert session.get(Staff, "st-1").full_name == "Lò Văn Thắng"
        opened = state.open_transfer(store, PROVINCE, "dev-1")
        state.keep_download(store, opened.id, PROVINCE, 0, "b-1", b"bytes")
        assert state.downloads(store, opened.id) == ["b-1"]
        state.move(store, opened.id, Stage.DONE)
    finally:
        store.close()
    backup = sqlite3.connect(store.last_backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0008",)
    assert backup.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sync_transfer'"
                          ).fetchone() == (0,)
    backup.close()
