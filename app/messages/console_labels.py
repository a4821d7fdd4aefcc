"""The province console's labels of the register's values: code → (Vietnamese, English).

The Vietnamese labels are those of app/models/enums.py (what XLSX sheets show and import
files accept; tests/test_console_pages.py checks they stay the same); the English ones
are the console's. Kept apart from console.py, whose sentences they would drown.
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # professional level
    "console.level_none": ("Chưa qua đào tạo", "No training"),
    "console.level_elementary": ("Sơ cấp", "Elementary"),
    "console.level_intermediate": ("Trung cấp", "Intermediate"),
    "console.level_college": ("Cao đẳng", "College"),
    "console.level_university": ("Đại học", "University"),
    "console.level_master": ("Thạc sĩ", "Master's degree"),
    "console.level_doctor": ("Tiến sĩ", "Doctorate"),
    # IT certificate
    "console.certificate_none": ("Chưa có", "None"),
    "console.certificate_basic": ("Ứng dụng CNTT cơ bản", "Basic IT application"),
    "console.certificate_advanced": ("Ứng dụng CNTT nâng cao", "Advanced IT application"),
    "console.certificate_a": ("Chứng chỉ A", "Certificate A"),
    "console.certificate_b": ("Chứng chỉ B", "Certificate B"),
    "console.certificate_c": ("Chứng chỉ C", "Certificate C"),
    "console.certificate_degree": ("Bằng chuyên ngành CNTT", "IT degree"),
    # equipment category
    "console.category_server": ("Máy chủ", "Server"),
    "console.category_desktop": ("Máy tính để bàn", "Desktop computer"),
    "console.category_laptop": ("Máy tính xách tay", "Laptop"),
    "console.category_printer": ("Máy in", "Printer"),
    "console.category_scanner": ("Máy quét", "Scanner"),
    "console.category_wireless": ("Thiết bị phát Wi-Fi", "Wi-Fi access point"),
    "console.category_network": ("Thiết bị mạng (switch, router)",
                                 "Network device (switch, router)"),
    "console.category_security": ("Thiết bị bảo mật", "Security device"),
    "console.category_storage": ("Thiết bị lưu trữ", "Storage device"),
    "console.category_projector": ("Máy chiếu", "Projector"),
    "console.category_camera": ("Camera", "Camera"),
    "console.category_tv": ("Ti vi", "Television"),
    "console.category_ups": ("Bộ lưu điện (UPS)", "Uninterruptible power supply (UPS)"),
    "console.category_other": ("Khác", "Other"),
    # equipment status
    "console.status_in_use": ("Đang sử dụng", "In use"),
    "console.status_in_storage": ("Trong kho", "In storage"),
    "console.status_under_repair": ("Đang sửa chữa", "Under repair"),
    "console.status_broken": ("Hỏng", "Broken"),
    "console.status_disposed": ("Đã thanh lý", "Disposed of"),
    "console.status_lost": ("Mất", "Lost"),
    # device register
    "console.device_role_office": ("Máy văn phòng xã", "Commune office laptop"),
    "console.device_role_trainer": ("Máy giảng viên", "Trainer's laptop"),
    "console.device_state_issued": ("Đã cấp, chưa xác nhận", "Issued, not yet confirmed"),
    "console.device_state_active": ("Đang hoạt động", "Active"),
    "console.device_state_revoked": ("Đã thu hồi", "Revoked"),
}
