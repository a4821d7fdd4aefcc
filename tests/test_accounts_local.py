"""Accounts on the laptop: the recovery key, wrong passwords, roles, the last
administrator, and the privacy area's messages."""

from __future__ import annotations

import re
import string

import pytest

from app.messages.privacy import TEXTS
from app.models.accounts import AccountError
from app.models.keyring import read_keyring
from app.ops.accounts import (
    SignedIn,
    add_account,
    disable_account,
    first_administrator,
    require,
    reset_with_recovery,
    sign_in,
    unlock,
)
from tests.helpers import DB_NAME, make_store

PASSWORD = "mat-khau-cua-lan"
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữự"
                        r"ỳýỷỹỵđ]", re.IGNORECASE)


@pytest.fixture
def locked(tmp_path):
    make_store(tmp_path).close()
    recovery = first_administrator(tmp_path / DB_NAME, tmp_path / "backups", "lan", PASSWORD)
    return tmp_path / DB_NAME, tmp_path / "backups", recovery


def test_the_recovery_key_opens_the_store_and_sets_a_new_password(locked):
    database, backups, recovery = locked
    assert re.fullmatch(r"(\d{5}-){7}\d{5}", recovery)
    with pytest.raises(AccountError) as wrong:
        reset_with_recovery(database, backups, "1" * 40, "lan", "mot-mat-khau-moi")
    assert wrong.value.code == "privacy.recovery_wrong"
    reset_with_recovery(database, backups, recovery.replace("-", " "), "Lan",
                        "mot-mat-khau-moi")
    with pytest.raises(AccountError):
        unlock(database, "lan", PASSWORD, wait=lambda _s: None)
    store, who = sign_in(database, backups, "lan", "mot-mat-khau-moi")
    store.close()
    assert who == SignedIn("lan", "administrator")


def test_wrong_passwords_slow_down_and_wipe_nothing(locked):
    database, backups, _recovery = locked
    waits: list[float] = []
    for _ in range(5):
        with pytest.raises(AccountError) as wrong:
            unlock(database, "lan", "not-the-password", wait=waits.append)
        assert wrong.value.code == "privacy.wrong_password"
    assert len(waits) == 2 and 1.5 < waits[0] <= 2 and 3.5 < waits[1] <= 4
    with pytest.raises(AccountError) as unknown:  # a name without an account: same answer
        unlock(database, "nobody", PASSWORD, wait=waits.append)
    assert unknown.value.code == "privacy.wrong_password"
    store, _who = sign_in(database, backups, "lan", PASSWORD, wait=lambda _s: None)
    store.close()
    assert unlock(database, "lan", PASSWORD, wait=waits.append)
    assert len(waits) == 2  # a success forgets the failures


def test_roles_and_the_last_administrator(locked):
    database, backups, _recovery = locked
    store, admin = sign_in(database, backups, "lan", PASSWORD)
    try:
        viewer = add_account(store, admin, "hoa", "viewer", "mat-khau-cua-hoa")
        with pytest.raises(AccountError) as refused:
            add_account(store, viewer, "minh", "officer", "mat-khau-cua-minh")
        assert refused.value.code == "privacy.role_refused"
        require(viewer, "viewer")
        with pytest.raises(AccountError):
            require(viewer, "officer")
        with pytest.raises(AccountError) as last:
            disable_account(store, admin, "lan")
        assert last.value.code == "privacy.last_administrator"
        disable_account(store, admin, "hoa")
    finally:
        store.close()
    assert "hoa" not in read_keyring(database).accounts
    with pytest.raises(AccountError):
        sign_in(database, backups, "hoa", "mat-khau-cua-hoa")
    with pytest.raises(AccountError) as twice:
        first_administrator(database, backups, "khac", "mat-khau-khac-nua")
    assert twice.value.code == "privacy.already_encrypted"


def test_every_privacy_message_has_both_languages_and_the_same_placeholders():
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for code, (vi, en) in TEXTS.items():
        assert code.startswith("privacy.") and vi and en, code
        assert fields(vi) == fields(en), code
        assert not VIETNAMESE.search(en), code


def test_errors_raised_through_the_real_paths_are_in_the_catalogue(tmp_path, locked):
    database, backups, _recovery = locked
    failures = []
    for attempt in (lambda: unlock(database, "lan", "wrong-password", wait=lambda _s: None),
                    lambda: first_administrator(database, backups, "x", "short"),
                    lambda: first_administrator(tmp_path / "b" / DB_NAME, backups,
                                                "two words", PASSWORD),
                    lambda: first_administrator(tmp_path / "c" / DB_NAME, backups, "ok",
                                                "short")):
        with pytest.raises(AccountError) as caught:
            attempt()
        failures.append(caught.value)
    for error in failures:
        assert error.code in TEXTS and not VIETNAMESE.search(error.text("en")), error.code
