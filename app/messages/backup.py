"""Messages of backups, restores and the diagnostics file: code → (Vietnamese, English).

See app/messages/__init__.py. Raised by ``app.models.backups`` (a file offered for restore
that cannot be one), ``app.ops.backup`` (a backup that cannot be written, one of another
commune) and ``app.ops.diagnostics``. A placeholder that stands for words (what kind of
computer, why a disk failed) is filled with a message of its own, so it is in the
sentence's language too.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "backup.not_a_store": (
        "Tệp “{path}” không phải là bản sao lưu dữ liệu của ứng dụng này.",
        "The file “{path}” is not a backup of this application's data."),
    "backup.encrypted_no_key": (
        "Bản sao lưu “{path}” đã được mã hóa (dữ liệu có tài khoản bảo vệ), còn dữ liệu trên "
        "máy này chưa được bảo vệ bằng tài khoản nên không mở được bản sao lưu này.",
        "The backup “{path}” is encrypted (its data is protected by accounts), and the data "
        "on this computer is not, so this backup cannot be opened here."),
    "backup.other_key": (
        "Bản sao lưu “{path}” được mã hóa bằng khóa của một kho dữ liệu khác, không mở "
        "được bằng tài khoản trên máy này.",
        "The backup “{path}” is encrypted with the key of another data store and cannot be "
        "opened with the accounts of this computer."),
    "backup.unreadable": (
        "Không đọc được tệp “{path}”: {reason}.",
        "Could not read the file “{path}”: {reason}."),
    "backup.damaged": (
        "Bản sao lưu “{path}” bị hỏng, không dùng để khôi phục được. Hãy chọn một bản sao "
        "lưu khác.",
        "The backup “{path}” is damaged and cannot be restored. Choose another backup."),
    "backup.not_set_up": (
        "Bản sao lưu “{path}” là của một máy chưa được thiết lập cho xã nào, không có dữ "
        "liệu để khôi phục.",
        "The backup “{path}” comes from a computer that was never set up for a commune; "
        "there is nothing to restore."),
    "backup.newer_schema": (
        "Bản sao lưu “{path}” được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ "
        "{revision}); hãy cài phiên bản mới rồi khôi phục.",
        "The backup “{path}” was made by a newer version of the application (schema "
        "{revision}); install the newer version, then restore it."),
    "backup.other_communes": (
        "Bản sao lưu “{path}” là dữ liệu của {theirs}, không phải của {ours}; máy này chỉ "
        "khôi phục được dữ liệu của {ours}.",
        "The backup “{path}” holds the data of {theirs}, not of {ours}; this computer can "
        "only restore the data of {ours}."),
    "backup.other_kind": (
        "Bản sao lưu “{path}” là của {theirs}, còn máy này là {ours}; không khôi phục được "
        "trên máy này.",
        "The backup “{path}” comes from {theirs}, and this computer is {ours}; it cannot be "
        "restored here."),
    "backup.kind_office": ("máy văn phòng xã", "a commune office computer"),
    "backup.kind_trainer": ("máy giảng viên", "a trainer's computer"),
    "backup.is_the_store": (
        "Tệp “{path}” là cơ sở dữ liệu đang dùng, không phải bản sao lưu.",
        "The file “{path}” is the database in use, not a backup."),
    "backup.folder_missing": (
        "Không tìm thấy thư mục “{folder}”; có thể USB đã bị rút ra.",
        "The folder “{folder}” was not found; the USB stick may have been removed."),
    "backup.cannot_write": (
        "Không ghi được bản sao lưu vào “{folder}”: {reason}. Hãy kiểm tra USB hoặc thư mục "
        "rồi thử lại.",
        "Could not write the backup to “{folder}”: {reason}. Check the USB stick or the "
        "folder and try again."),
    "backup.cannot_restore": (
        "Không khôi phục được: {reason}. Dữ liệu đang dùng không bị thay đổi.",
        "Could not restore: {reason}. The data in use has not been changed."),
    "diagnostics.readme": (
        "Thông tin chẩn đoán của Sổ theo dõi CNTT cấp xã, lập lúc {made}: phiên bản, thư mục, "
        "cơ sở dữ liệu (chỉ có mã và số lượng), cài đặt và nhật ký. Tệp không chứa dữ liệu cá "
        "nhân: họ tên, số điện thoại, thư điện tử của cán bộ đã được xóa khỏi nhật ký. Gửi "
        "tệp này cho cán bộ CNTT của tỉnh khi được đề nghị.",
        "Diagnostics of the Commune IT Register, made at {made}: versions, folders, the "
        "database (codes and counts only), settings and the log. The file holds no personal "
        "data: officials' names, phone numbers and e-mail addresses have been removed from "
        "the log. Send it to the province's IT officer when asked."),
    "diagnostics.cannot_write": (
        "Không ghi được tệp thông tin chẩn đoán “{path}”: {reason}.",
        "Could not write the diagnostics file “{path}”: {reason}."),
}
