"""Device key pairs: an Ed25519 key that signs bundles and an X25519 key that receives them.

Private keys are kept as raw bytes (or base64 text) in the local database, never in a bundle;
public keys travel as a dict of base64 strings (enrolment files, the province's device list).
The fingerprint is short enough for two people to read aloud over the phone and compare.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.messages import Message, message

from .errors import KeyFormatError

KEY_SIZE = 32
KEY, SIGNATURE = message("keys.what_key"), message("keys.what_signature")  # what b64decode reads


def b64encode(data: bytes) -> str:
    """Standard base64 with padding (RFC 4648 §4), as text."""
    return base64.b64encode(data).decode("ascii")


def b64decode(text: str, size: int | None = None, what: Message = KEY) -> bytes:
    """Decode base64 text, refusing anything malformed or of the wrong length; ``what``
    names the value in the refusal (``KEY``, ``SIGNATURE``…)."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError) as exc:
        raise KeyFormatError("keys.not_base64", what=what) from exc
    if size is not None and len(data) != size:
        raise KeyFormatError("keys.wrong_length", what=what, size=size, length=len(data))
    return data


def _public_raw(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    # the *_raw methods: ``serialization`` (and its SSH formats) is some 20 ms of
    # imports this app never needs, paid at the start of every sync command
    return key.public_bytes_raw()


@dataclass(frozen=True, eq=False)
class PublicKeys:
    """What others need to know about a device: how to check its signature and encrypt to it."""

    verify_key: Ed25519PublicKey
    encryption_key: X25519PublicKey

    @property
    def verify_raw(self) -> bytes:
        return _public_raw(self.verify_key)

    @property
    def encryption_raw(self) -> bytes:
        return _public_raw(self.encryption_key)

    def to_dict(self) -> dict[str, str]:
        return {"verify_key": b64encode(self.verify_raw),
                "encryption_key": b64encode(self.encryption_raw)}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> PublicKeys:
        try:
            verify, encrypt = data["verify_key"], data["encryption_key"]
        except (KeyError, TypeError) as exc:
            raise KeyFormatError("keys.public_missing") from exc
        return cls.from_raw(b64decode(verify, KEY_SIZE, message("keys.what_verify_key")),
                            b64decode(encrypt, KEY_SIZE, message("keys.what_encryption_key")))

    @classmethod
    def from_raw(cls, verify: bytes, encrypt: bytes) -> PublicKeys:
        try:
            return cls(Ed25519PublicKey.from_public_bytes(verify),
                       X25519PublicKey.from_public_bytes(encrypt))
        except ValueError as exc:
            raise KeyFormatError("keys.public_invalid") from exc

    def fingerprint(self) -> str:
        """First 16 hex digits of SHA-256(verify key ‖ encryption key), in groups of four."""
        digest = hashlib.sha256(self.verify_raw + self.encryption_raw).hexdigest()[:16].upper()
        return " ".join(digest[i:i + 4] for i in range(0, 16, 4))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PublicKeys):
            return NotImplemented
        return (self.verify_raw, self.encryption_raw) == (other.verify_raw, other.encryption_raw)

    def __hash__(self) -> int:
        return hash((self.verify_raw, self.encryption_raw))


@dataclass(frozen=True, eq=False)
class DeviceKeys:
    """This device's private keys. ``private_bytes()`` is 64 bytes: Ed25519 seed ‖ X25519."""

    signing_key: Ed25519PrivateKey
    decryption_key: X25519PrivateKey

    @classmethod
    def generate(cls) -> DeviceKeys:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    def private_bytes(self) -> bytes:
        return self.signing_key.private_bytes_raw() + self.decryption_key.private_bytes_raw()

    @classmethod
    def from_private_bytes(cls, data: bytes) -> DeviceKeys:
        if len(data) != 2 * KEY_SIZE:
            raise KeyFormatError("keys.private_damaged", size=2 * KEY_SIZE, length=len(data))
        return cls(Ed25519PrivateKey.from_private_bytes(data[:KEY_SIZE]),
                   X25519PrivateKey.from_private_bytes(data[KEY_SIZE:]))

    def to_text(self) -> str:
        return b64encode(self.private_bytes())

    @classmethod
    def from_text(cls, text: str) -> DeviceKeys:
        return cls.from_private_bytes(b64decode(text, 2 * KEY_SIZE,
                                                message("keys.what_private_key")))

    def public(self) -> PublicKeys:
        return PublicKeys(self.signing_key.public_key(), self.decryption_key.public_key())

    def fingerprint(self) -> str:
        return self.public().fingerprint()

    def sign(self, data: bytes | bytearray | memoryview) -> bytes:
        return self.signing_key.sign(data)

    def __repr__(self) -> str:  # never print private keys into a log
        return f"DeviceKeys(fingerprint={self.fingerprint()!r})"
