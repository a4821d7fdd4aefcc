"""Every change names its account, a viewer's session writes nothing, and the audit log
records sign-ins (failed ones too) and account changes, append-only — on a real encrypted
store made and filled through the real ``commune-it`` script."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from app.models import JournalEntry, Staff
from app.models.accounts import AccountError
from app.models.audit import AuditError, AuditEvent
from app.models.staff_ops import save_staff
from app.ops.accounts import add_account, sign_in
from app.ops.audit import Filters, export_events, list_events
from app.sync.ops import entry_to_op
from tests.helpers import DB_NAME, MUONG_PHANG
from tests.test_cli_privacy import PASSWORD, cli

ADMIN = {"COMMUNE_IT_USER": "lan", "COMMUNE_IT_PASSWORD": PASSWORD}


@pytest.fixture()
def office(tmp_path):
    made = cli(tmp_path, "setup", "--commune", MUONG_PHANG, "--device-name", "M",
               "--admin", "lan", COMMUNE_IT_PASSWORD=PASSWORD)
    assert made.returncode == 0, made.stderr
    filled = cli(tmp_path, "demo", **ADMIN)
    assert filled.returncode == 0, filled.stderr
    return tmp_path


def open_as(folder, name=None, password=PASSWORD):
    return sign_in(folder / DB_NAME, folder / "backups", name or "lan", password,
                   wait=lambda _s: None)


def test_every_change_made_on_the_command_line_names_its_account(office):
    store, _admin = open_as(office)
    try:
        with store.sessions() as session:
            accounts = session.scalars(select(JournalEntry.account).distinct()).all()
            entry = session.scalars(select(JournalEntry).limit(1)).one()
        assert accounts == ["lan"]
        assert entry_to_op(entry)["a"] == "lan"
        with store.sessions.begin() as session:
            staff_id = save_staff(session, {"full_name": "Lò Văn Mới", "gender": "male"})
        with store.sessions() as session:
            last = session.scalars(select(JournalEntry).where(
                JournalEntry.row_id == staff_id)).one()
        assert last.account == "lan"
    finally:
        store.close()


def test_a_viewers_session_refuses_every_write_and_writes_nothing(office):
    store, admin = open_as(office)
    try:
        add_account(store, admin, "hoa", "viewer", "mat-khau-cua-hoa")
    finally:
        store.close()
    store, viewer = open_as(office, "hoa", "mat-khau-cua-hoa")
    try:
        assert viewer.role == "viewer"
        with store.sessions() as session:
            before = session.scalar(select(func.count()).select_from(JournalEntry))
            some = session.scalars(select(Staff).limit(1)).one()
        with pytest.raises(AuditError) as refused, store.sessions.begin() as session:
            session.get(Staff, some.id).phone = "0912000111"
        assert refused.value.code == "audit.viewer_write" and "hoa" in str(refused.value)
        with pytest.raises(AuditError), store.sessions.begin() as session:
            save_staff(session, {"full_name": "Lò Văn Xem"})
        with store.sessions() as session:
            assert session.scalar(select(func.count()).select_from(JournalEntry)) == before
            assert session.get(Staff, some.id).phone == some.phone
    finally:
        store.close()


def test_sign_ins_failed_sign_ins_and_account_changes_are_logged(office, tmp_path):
    with pytest.raises(AccountError):
        open_as(office, "lan", "sai-mat-khau")
    store, admin = open_as(office)
    try:
        add_account(store, admin, "hoa", "officer", "mat-khau-cua-hoa")
        kinds = [(e.account, e.kind) for e in list_events(store)]
        # setup's own store has nobody signed in; demo signed in, then this test twice
        assert kinds == [("lan", "sign_in"), ("lan", "sign_in_failed"), ("lan", "sign_in"),
                         ("lan", "account")]
        failed = list_events(store, Filters(kind="sign_in_failed"))
        assert [e.details for e in failed] == [{"attempts": 1}]
        assert list_events(store, Filters(account="hoa")) == []
        changed = list_events(store, Filters(kind="account"))[0]
        assert changed.details == {"action": "add", "target": "hoa", "role": "officer"}
        out = tmp_path / "audit.csv"
        assert export_events(store, out, Filters(account="lan")) == 4
        assert "sign_in_failed" in out.read_text("utf-8")
    finally:
        store.close()


def test_the_audit_log_refuses_updates_and_deletes(office):
    store, _admin = open_as(office)
    try:
        for statement in ("UPDATE audit_event SET account = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(DatabaseError, match="append-only"), \
                    store.sessions.begin() as session:
                session.execute(text(statement))
        with store.sessions() as session:
            assert session.scalar(select(func.count()).select_from(AuditEvent)) == 2
    finally:
        store.close()
