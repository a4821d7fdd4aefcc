"""Messages of the audit log and of erasure (issue 15, items 4 and 5).

See app/messages/__init__.py. Raised by ``app.models.audit`` (a viewer's write refused in
the journal), ``app.models.erasure`` and said by ``commune-it staff erase``.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "audit.viewer_write": (
        "Tài khoản “{name}” chỉ được xem: không ghi được thay đổi nào.",
        "The account “{name}” may only view: no change can be saved."),
    "audit.unknown_kind": (
        "Loại sự kiện “{kind}” không có trong nhật ký hoạt động.",
        "The kind of event “{kind}” is not one the audit log keeps."),
    "audit.reason_log_rewritten": (
        "thay đổi sửa hoặc xóa nhật ký hoạt động, vốn chỉ được ghi thêm",
        "a change that edits or deletes the audit log, which is only ever added to"),
    "erasure.help": ("hồ sơ cán bộ", "staff records"),
    "erasure.help_erase": (
        "xóa thông tin cá nhân của một cán bộ đã thôi việc (quản trị)",
        "erase an official who left service (administrator)"),
    "erasure.unknown_staff": (
        "Không có cán bộ nào mang mã “{staff_id}”.",
        "There is no official with the id “{staff_id}”."),
    "erasure.already_erased": (
        "Thông tin cá nhân của cán bộ mã “{staff_id}” đã được xóa trước đây.",
        "The personal data of the official “{staff_id}” was erased before."),
    "erasure.done": (
        "Đã xóa thông tin cá nhân của “{name}” (mã {staff_id}): {fields}. Hồ sơ vẫn được "
        "giữ ẩn danh để tính số liệu.",
        "Erased the personal data of “{name}” (id {staff_id}): {fields}. The record is kept, "
        "anonymous, for the figures."),
}
