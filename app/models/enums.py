"""Enumerations stored by key, with the Vietnamese labels that import files may use.

Keys are what the database and the CSV files hold; the labels are what XLSX sheets show and
what an officer may type instead of the key. The window translates keys itself (Qt's
translation system), so nothing here is shown on screen directly.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

Labels = MappingProxyType

GENDER: Final = Labels({"male": "Nam", "female": "Nữ"})

PROFESSIONAL_LEVEL: Final = Labels({
    "none": "Chưa qua đào tạo",
    "elementary": "Sơ cấp",
    "intermediate": "Trung cấp",
    "college": "Cao đẳng",
    "university": "Đại học",
    "master": "Thạc sĩ",
    "doctor": "Tiến sĩ",
})

# Thông tư 03/2014/TT-BTTTT standards; A/B/C are the pre-2014 certificates (count as basic).
IT_CERTIFICATE: Final = Labels({
    "none": "Chưa có",
    "basic": "Ứng dụng CNTT cơ bản",
    "advanced": "Ứng dụng CNTT nâng cao",
    "a": "Chứng chỉ A",
    "b": "Chứng chỉ B",
    "c": "Chứng chỉ C",
    "degree": "Bằng chuyên ngành CNTT",
})
IT_CERTIFIED: Final = frozenset({"basic", "advanced", "a", "b", "c", "degree"})
IT_BASIC_EQUIVALENT: Final = frozenset({"basic", "a", "b", "c"})

# How an official's basic digital skills (Quyết định 757/QĐ-BKHCN, 2025) were confirmed.
DIGITAL_SKILLS_METHOD: Final = Labels({
    "platform": "Học trên nền tảng Bình dân học vụ số",
    "course": "Lớp bồi dưỡng do xã tổ chức",
    "assessment": "Kiểm tra, đánh giá",
})

POLITICAL_THEORY: Final = Labels({
    "none": "Chưa qua đào tạo",
    "elementary": "Sơ cấp",
    "intermediate": "Trung cấp",
    "advanced": "Cao cấp",
})

STATE_MANAGEMENT: Final = Labels({
    "none": "Chưa qua bồi dưỡng",
    "officer": "Chuyên viên",
    "principal": "Chuyên viên chính",
    "senior": "Chuyên viên cao cấp",
})

# Units of the two-tier commune government since 1 July 2025.
UNIT: Final = Labels({
    "leadership": "Lãnh đạo HĐND, UBND",
    "office": "Văn phòng HĐND và UBND",
    "economy": "Phòng Kinh tế",
    "culture_social": "Phòng Văn hóa - Xã hội",
    "public_service": "Trung tâm Phục vụ hành chính công",
    "other": "Khác",
})

# The six commune civil-servant titles dropped by the 2025 law, kept as history.
LEGACY_TITLE: Final = Labels({
    "military": "Chỉ huy trưởng Quân sự",
    "office_statistics": "Văn phòng - Thống kê",
    "cadastral": "Địa chính - Xây dựng - Đô thị và Môi trường",
    "finance": "Tài chính - Kế toán",
    "justice": "Tư pháp - Hộ tịch",
    "culture": "Văn hóa - Xã hội",
})

EQUIPMENT_CATEGORY: Final = Labels({
    "server": "Máy chủ",
    "desktop": "Máy tính để bàn",
    "laptop": "Máy tính xách tay",
    "printer": "Máy in",
    "scanner": "Máy quét",
    "wireless": "Thiết bị phát Wi-Fi",
    "network": "Thiết bị mạng (switch, router)",
    "security": "Thiết bị bảo mật",
    "storage": "Thiết bị lưu trữ",
    "projector": "Máy chiếu",
    "camera": "Camera",
    "tv": "Ti vi",
    "ups": "Bộ lưu điện (UPS)",
    "other": "Khác",
})
COMPUTER_CATEGORIES: Final = frozenset({"desktop", "laptop"})

EQUIPMENT_STATUS: Final = Labels({
    "in_use": "Đang sử dụng",
    "in_storage": "Trong kho",
    "under_repair": "Đang sửa chữa",
    "broken": "Hỏng",
    "disposed": "Đã thanh lý",
    "lost": "Mất",
})
# Equipment that still belongs to the commune's working stock.
ACTIVE_STATUSES: Final = frozenset({"in_use", "in_storage", "under_repair", "broken"})

ATTENDANCE: Final = Labels({
    "present": "Có mặt",
    "late": "Đi muộn",
    "excused": "Vắng có phép",
    "absent": "Vắng không phép",
})
ATTENDED: Final = frozenset({"present", "late"})

TRAINING_RESULT: Final = Labels({
    "passed": "Đạt",
    "failed": "Không đạt",
})

YES_NO: Final = Labels({"yes": "Có", "no": "Không"})

DEVICE_ROLE: Final = Labels({"office": "Máy văn phòng xã", "trainer": "Máy giảng viên"})
