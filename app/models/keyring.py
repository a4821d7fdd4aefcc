"""The key of an encrypted store, kept only wrapped, in a small file beside the database.

Why a file beside the database and not a table in it: SQLCipher encrypts every page of the
file, its first page included, so nothing inside can be read before the key is known — and
the key is what is being looked for. The keyring (``<database>.keys``, JSON) holds only
wrapped copies of the store's random 256-bit key: one per account, under a key derived from
that account's password with Argon2id (its salt and parameters stored beside it), and one
under the recovery key printed at setup. Each copy is sealed with AES-GCM, so a wrong
password is told by the seal, not by a hash that could be tested offline more cheaply than
the Argon2id derivation itself. Whoever holds the file without a password or the recovery
paper holds nothing.

Failed sign-ins are counted in a second file (``<database>.attempts``): the store cannot be
written before it is unlocked, and the keyring is written only when accounts change.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import StoreError

KEY_BYTES = 32
FORMAT = 1
# RFC 9106's second recommended option (64 MiB, 3 passes): about a tenth of a second here,
# paid once per sign-in; stored with each entry so that later versions may raise it.
KDF = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
RECOVERY_GROUPS, RECOVERY_GROUP = 8, 5  # 40 digits: 132 bits, typed from a paper
RECOVERY = "recovery"


def keyring_path(database: Path) -> Path:
    return database.with_name(database.name + ".keys")


def attempts_path(database: Path) -> Path:
    return database.with_name(database.name + ".attempts")


def is_locked(database: Path) -> bool:
    """Whether the store at ``database`` is encrypted (its keyring exists)."""
    return keyring_path(database).exists()


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """Digits in groups, as printed on the recovery paper."""
    digits = "".join(secrets.choice("0123456789")
                     for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP))
    return "-".join(digits[i:i + RECOVERY_GROUP]
                    for i in range(0, len(digits), RECOVERY_GROUP))


def normal_recovery_key(typed: str) -> str:
    """The recovery key as typed, spaces and dashes dropped (people copy it either way)."""
    return "".join(c for c in typed if c.isdigit())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(secret: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    # imported here: every store opens this module, only a sign-in derives a key
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret.encode("utf-8"), salt, hash_len=KEY_BYTES, type=Type.ID,
                           time_cost=kdf["time_cost"], memory_cost=kdf["memory_cost"],
                           parallelism=kdf["parallelism"])


def wrap(key: bytes, secret: str, label: str) -> dict:
    """``key`` sealed under ``secret`` (a password or the recovery key); the label (the
    account's name key) is bound into the seal, so an entry cannot be moved to another
    name."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_derive(secret, salt, KDF)).encrypt(nonce, key, label.encode("utf-8"))
    return {"kdf": dict(KDF, name="argon2id"), "salt": _b64(salt), "nonce": _b64(nonce),
            "wrapped": _b64(sealed)}


def unwrap(entry: dict, secret: str, label: str) -> bytes | None:
    """The key sealed in ``entry``, or None when ``secret`` is not the one it was sealed
    under."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        kdf = {name: int(entry["kdf"][name]) for name in KDF}
        derived = _derive(secret, base64.b64decode(entry["salt"]), kdf)
        return AESGCM(derived).decrypt(base64.b64decode(entry["nonce"]),
                                       base64.b64decode(entry["wrapped"]),
                                       label.encode("utf-8"))
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None


@dataclass
class Keyring:
    """The wrapped copies of one store's key: by account name key, and the recovery one."""

    accounts: dict[str, dict] = field(default_factory=dict)
    recovery: dict = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "cipher": "sqlcipher4", "accounts": self.accounts,
                           "recovery": self.recovery}, indent=1, sort_keys=True)


def read_keyring(database: Path) -> Keyring:
    path = keyring_path(database)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Keyring(dict(data["accounts"]), dict(data["recovery"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError("privacy.keyring_unreadable", path=str(path)) from exc


def write_json(path: Path, text: str) -> None:
    """Whole or not at all: written beside, flushed, renamed."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_keyring(database: Path, keyring: Keyring) -> None:
    write_json(keyring_path(database), keyring.to_json())


# Wrong passwords slow down, nothing is wiped: after FREE failures in a row, each attempt
# waits twice as long as the one before, up to MAX_WAIT seconds.
FREE, MAX_WAIT = 3, 60.0


def wait_before(failures: int) -> float:
    return 0.0 if failures < FREE else min(2.0 ** (failures - FREE + 1), MAX_WAIT)


def failures_of(database: Path, name_key: str) -> tuple[int, float]:
    """Failed sign-ins in a row for ``name_key`` and the time of the last one."""
    try:
        entry = json.loads(attempts_path(database).read_text(encoding="utf-8"))[name_key]
        return int(entry["count"]), float(entry["last"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0.0


def record_attempt(database: Path, name_key: str, failed: bool) -> None:
    """Count a failure, or forget the count after a success."""
    path = attempts_path(database)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    if failed:
        count, _last = failures_of(database, name_key)
        data[name_key] = {"count": count + 1, "last": time.time()}
    elif data.pop(name_key, None) is None:
        return
    write_json(path, json.dumps(data))
