"""The audit log's and erasure's messages (app/messages/audit.py): every entry in both
languages with the same placeholders and no Vietnamese letter in the English; every refusal
of the audit log and of erasure, provoked through the real code on real SQLite files,
carries a code of that catalogue and reads in English without Vietnamese."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.demo import fill_demo
from app.messages import catalogue, message, placeholders
from app.messages.audit import TEXTS
from app.models import Staff
from app.models.audit import AuditError, record
from app.models.erasure import ErasureError
from app.models.errors import ModelError
from app.ops.staff import erase_staff
from tests.helpers import make_store
from tests.test_messages_stocktake import VIETNAMESE


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_each_entry_has_both_languages_alike(code):
    vietnamese, english = TEXTS[code]
    assert vietnamese.strip() and english.strip()
    assert placeholders(vietnamese) == placeholders(english)
    assert not VIETNAMESE.search(english), english
    assert code.split(".")[0] in ("audit", "erasure")
    assert catalogue()[code] == (vietnamese, english)


@pytest.fixture
def store(tmp_path):
    opened = make_store(tmp_path / "office")
    fill_demo(opened)
    yield opened
    opened.close()


def refusal(kind: type[ModelError], call, *args) -> ModelError:
    with pytest.raises(kind) as caught:
        call(*args)
    error = caught.value
    assert error.code in TEXTS, error.code
    assert not VIETNAMESE.search(error.text("en")), error.text("en")
    assert VIETNAMESE.search(str(error)), str(error)
    return error


def test_every_refusal_of_the_audit_log_and_of_erasure_is_in_the_catalogue(store):
    with store.sessions() as session:
        staff_id = session.scalars(select(Staff.id).limit(1)).one()
        kind = refusal(AuditError, record, session, "chinh-sua", None)
    assert kind.code == "audit.unknown_kind"
    assert refusal(ErasureError, erase_staff, store, "khong-co").code == "erasure.unknown_staff"
    erase_staff(store, staff_id)
    again = refusal(ErasureError, erase_staff, store, staff_id)
    assert again.code == "erasure.already_erased"
    assert not VIETNAMESE.search(message("audit.reason_log_rewritten").text("en"))
