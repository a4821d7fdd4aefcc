"""Messages of the network transfer (app/sync push and its client): code → (Vietnamese,
English). See app/messages/__init__.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
}
