"""Exports of the register and papers naming people are logged with their kind, what,
the account and the time, through the real ``commune-it`` script on an encrypted store;
papers of plain figures are not."""

from __future__ import annotations

from datetime import date

from app.ops.accounts import add_account
from app.ops.audit import Filters, export_events, list_events
from tests.test_audit_account import ADMIN, open_as
from tests.test_audit_account import office as office  # noqa: F401 (the fixture)
from tests.test_cli_privacy import cli

OFFICER = {"COMMUNE_IT_USER": "hoa", "COMMUNE_IT_PASSWORD": "mat-khau-cua-hoa"}


def test_exports_and_personal_papers_are_logged_with_their_account(office, tmp_path):
    store, admin = open_as(office)
    try:
        add_account(store, admin, "hoa", "officer", OFFICER["COMMUNE_IT_PASSWORD"])
    finally:
        store.close()
    runs = (("export", "staff", str(tmp_path / "can-bo.xlsx"), OFFICER),
            ("export", "equipment", str(tmp_path / "thiet-bi.csv"), ADMIN),
            ("report", "attendance-summary", "--out", str(tmp_path / "diem-danh.pdf"), ADMIN),
            ("report", "staff-qualifications", "--out", str(tmp_path / "trinh-do.pdf"), ADMIN))
    for *args, who in runs:
        done = cli(office, *args, **who)
        assert done.returncode == 0, done.stderr
    store, _admin = open_as(office)
    try:
        logged = [(e.account, e.kind, e.details) for e in list_events(store)
                  if e.kind in ("export", "report")]
        today = list_events(store, Filters(kind="export", since=date.today(),
                                           until=date.today()))
        rows = export_events(store, tmp_path / "nhat-ky.csv", Filters(account="hoa"))
    finally:
        store.close()
    assert [(who, kind, details["what"]) for who, kind, details in logged] == [
        ("hoa", "export", "staff"), ("lan", "export", "equipment"),
        ("lan", "report", "attendance-summary")]  # plain figures name nobody: not logged
    assert logged[0][2]["format"] == ".xlsx" and logged[0][2]["rows"] > 0
    assert len(today) == 2
    written = (tmp_path / "nhat-ky.csv").read_text(encoding="utf-8-sig")
    assert rows == 2 and "hoa" in written and "export" in written  # sign-in and export
