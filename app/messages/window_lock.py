"""Messages of the window's idle lock (``app.ops.settings``: its time in minutes).

See app/messages/__init__.py; the lock's own words are the window's (``app/ui/signin``).
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "lock.minutes_invalid": (
        "Thời gian tự khóa phải từ {low} đến {high} phút, không phải “{minutes}”.",
        "The idle lock's time must be between {low} and {high} minutes, not “{minutes}”."),
}
