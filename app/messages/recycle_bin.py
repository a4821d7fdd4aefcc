"""Messages of the bin (app/ops/bin.py): code → (Vietnamese, English). See
app/messages/__init__.py. What a restore did, said to the officer after it."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "bin.restored": (
        "Đã khôi phục {count} bản ghi; lần đồng bộ tới sẽ gửi việc khôi phục lên tỉnh.",
        "Records restored: {count}. The next sync sends the restore to the province.",
    ),
    "bin.already_live": (
        "{count} bản ghi đã được khôi phục trước đó (có thể trên máy khác), giữ nguyên.",
        "Already restored before (perhaps on another computer), left as they are: {count}.",
    ),
    "bin.holder_cleared": (
        "Thiết bị “{item}” được khôi phục nhưng không có người sử dụng: cán bộ “{name}” "
        "vẫn đang ở trong thùng rác.",
        "The item “{item}” was restored without a holder: the official “{name}” is still "
        "in the bin.",
    ),
}
