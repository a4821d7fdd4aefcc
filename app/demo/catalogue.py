"""The fixed tables the demo draws from: names, roles, mixes, equipment and courses.

Kept apart from the generators so the picture of the commune (who works there, what was
bought, which courses ran) can be read and adjusted in one place. Changing a table
changes the generated demo; the generators only decide how the tables are combined.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.demo.place import Place

# --- people --------------------------------------------------------------------------------
# (family names, male given, female given, male middle, female middle) per ethnicity code.
NAMES: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {
    "03": (["Lò", "Lường", "Quàng", "Cà", "Tòng", "Vì", "Điêu", "Lù"],
           ["Phong", "Duyên", "Pánh", "Hặc", "Chăn", "Khiêm", "Tuân", "Xôm", "Biên", "Thắng"],
           ["Hương", "Xuân", "Ón", "Panh", "Ngoan", "Kim", "Thoa", "Inh", "Bình"],
           ["Văn"], ["Thị"]),
    "08": (["Giàng", "Sùng", "Vừ", "Thào", "Lầu", "Mùa", "Hờ", "Lý"],
           ["Páo", "Dế", "Lử", "Chứ", "Sinh", "Dơ", "Tủa", "Vàng", "Lềnh", "Súa"],
           ["Mỷ", "Dua", "Dợ", "Pà", "Sua", "Chía", "Mái", "Say"],
           ["A"], ["Thị"]),
    "01": (["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đỗ", "Vũ"],
           ["Hùng", "Tuấn", "Thắng", "Khánh", "Long", "Cường", "Dũng"],
           ["Hà", "Lan", "Nhung", "Huyền", "Mai", "Thảo", "Hằng"],
           ["Văn", "Minh", "Đức", "Quốc", "Mạnh"], ["Thị", "Thị Thu", "Thị Thanh", "Thị Hồng"]),
    "29": (["Lò", "Quàng", "Vì", "Cầm"],
           ["Phăn", "Pỏm", "Ín", "Khăm", "Xiêng"], ["Ón", "Piếng", "Xương"],
           ["Văn"], ["Thị"]),
}
LANGUAGE = {"03": "Tiếng Thái", "08": "Tiếng Mông", "29": "Tiếng Khơ-mú, Tiếng Thái"}
ETHNICITY_MIX = {"03": 45, "08": 30, "01": 17, "29": 8}
PROFESSIONAL_MIX = {"none": 20, "elementary": 8, "intermediate": 36, "college": 12,
                    "university": 24}
CERTIFICATE_MIX = {"none": 60, "a": 12, "b": 10, "c": 2, "basic": 16}
FIELDS = ["Luật", "Quản lý đất đai", "Kế toán", "Nông học", "Chăn nuôi thú y", "Xây dựng",
          "Quản lý văn hóa", "Hành chính học", "Lâm sinh", "Công tác xã hội"]
PHONE_PREFIXES = ["097", "098", "096", "086", "038", "036", "035", "091", "094", "088"]
LEVEL_RANK = {"none": 0, "elementary": 1, "intermediate": 2, "college": 3, "university": 4}

# (position, unit, legacy title), leaders first: the first n are used.
ROLES: list[tuple[str, str, str | None]] = [
    ("Chủ tịch HĐND xã", "leadership", None),
    ("Chủ tịch UBND xã", "leadership", None),
    ("Phó Chủ tịch HĐND xã", "leadership", None),
    ("Phó Chủ tịch UBND xã", "leadership", None),
    ("Phó Chủ tịch UBND xã", "leadership", None),
    ("Chánh Văn phòng HĐND và UBND", "office", None),
    ("Chuyên viên Văn phòng (văn thư - lưu trữ)", "office", "office_statistics"),
    ("Chuyên viên Văn phòng (kế toán)", "office", "finance"),
    ("Chuyên viên Văn phòng (công nghệ thông tin - chuyển đổi số)", "office", None),
    ("Trưởng phòng Kinh tế", "economy", None),
    ("Phó Trưởng phòng Kinh tế", "economy", None),
    ("Chuyên viên Phòng Kinh tế (địa chính)", "economy", "cadastral"),
    ("Chuyên viên Phòng Kinh tế (nông nghiệp)", "economy", None),
    ("Chuyên viên Phòng Kinh tế (xây dựng - môi trường)", "economy", "cadastral"),
    ("Chuyên viên Phòng Kinh tế (tài chính - kế hoạch)", "economy", "finance"),
    ("Trưởng phòng Văn hóa - Xã hội", "culture_social", None),
    ("Chuyên viên Phòng Văn hóa - Xã hội (văn hóa - thông tin)", "culture_social", "culture"),
    ("Chuyên viên Phòng Văn hóa - Xã hội (lao động - xã hội)", "culture_social", "culture"),
    ("Chuyên viên Phòng Văn hóa - Xã hội (giáo dục - y tế)", "culture_social", None),
    ("Phó Giám đốc Trung tâm Phục vụ hành chính công", "public_service", None),
    ("Chuyên viên tiếp nhận hồ sơ (tư pháp - hộ tịch)", "public_service", "justice"),
    ("Chuyên viên tiếp nhận hồ sơ (đất đai)", "public_service", "cadastral"),
    ("Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "other", "military"),
    ("Chuyên viên tiếp nhận hồ sơ", "public_service", None),
    ("Phó Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "other", None),
    ("Chuyên viên Phòng Văn hóa - Xã hội (dân tộc - tôn giáo)", "culture_social", None),
]
IT_ROLE = 8
LOCATION = {
    "leadership": "Phòng làm việc Lãnh đạo UBND", "office": "Văn phòng HĐND và UBND",
    "economy": "Phòng Kinh tế", "culture_social": "Phòng Văn hóa - Xã hội",
    "public_service": "Trung tâm Phục vụ hành chính công", "other": "Ban Chỉ huy Quân sự xã",
}

# --- equipment -------------------------------------------------------------------------------
# category: (count, tag code, warranty months, (brand, model, price in million VND) choices)
CATALOGUE: dict[str, tuple[int, str, int, list[tuple[str, str, float]]]] = {
    "desktop": (13, "PC", 36, [("Dell", "OptiPlex 3080", 15.5), ("Dell", "Vostro 3888", 13.9),
                               ("HP", "ProDesk 400 G7", 16.2), ("HP", "280 G4 MT", 12.8),
                               ("Lenovo", "ThinkCentre M70t", 15.9),
                               ("FPT Elead", "T6500i", 11.5)]),
    "laptop": (8, "LT", 24, [("Dell", "Latitude 3420", 19.5), ("Dell", "Vostro 3510", 16.9),
                             ("HP", "ProBook 440 G8", 20.4), ("Lenovo", "ThinkPad E14", 21.0),
                             ("Asus", "ExpertBook B1400", 15.8)]),
    "printer": (6, "MI", 12, [("Canon", "LBP 2900", 3.6), ("Canon", "imageCLASS MF3010", 5.2),
                              ("HP", "LaserJet Pro M404dn", 6.9), ("Brother", "HL-L2321D", 3.4),
                              ("Epson", "L3110", 3.9)]),
    "scanner": (1, "MQ", 12, [("Canon", "DR-C225 II", 17.5), ("Epson", "DS-530 II", 16.8)]),
    "ups": (3, "UPS", 24, [("Santak", "Blazer 1000 Pro", 2.4), ("APC", "Back-UPS BX1100", 3.1)]),
    "network": (2, "SW", 24, [("TP-Link", "TL-SG1024D", 1.9), ("TP-Link", "ER605", 1.6)]),
    "wireless": (2, "WF", 24, [("TP-Link", "Archer C6", 0.9), ("TP-Link", "EAP225", 1.7)]),
    "projector": (1, "MC", 24, [("Epson", "EB-X06", 11.9)]),
    "camera": (2, "CAM", 24, [("Hikvision", "DS-2CD1043G0-I", 1.3)]),
    "tv": (1, "TV", 24, [("Samsung", "UA55AU7700", 12.5)]),
    "server": (1, "SV", 36, [("Dell", "PowerEdge T150", 38.0)]),
    "storage": (1, "NAS", 24, [("Synology", "DS220+", 9.8)]),
}
SHARED_LOCATION = {
    "scanner": "Trung tâm Phục vụ hành chính công", "ups": "Phòng máy chủ",
    "network": "Phòng máy chủ", "wireless": "Hội trường", "projector": "Hội trường",
    "camera": "Trung tâm Phục vụ hành chính công", "tv": "Hội trường",
    "server": "Phòng máy chủ", "storage": "Phòng máy chủ",
}
ON_LAN = {"network", "wireless", "server", "storage", "camera"}
MTQG = "Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS&MN"
OLD_FUNDING = ["Dự án 135", "Ngân sách xã", "Dự án 135"]
NEW_FUNDING = [MTQG, MTQG, "Ngân sách xã", "Đề án 06 (ngân sách tỉnh)"]


# --- training ------------------------------------------------------------------------------
@dataclass(frozen=True)
class CoursePlan:
    """One demo course: who taught it where, when its sessions fall, what they covered."""

    title: str
    topic: str
    organiser: str
    trainer: str
    venue: str
    start: int  # days before today
    step: int  # days between sessions (1: a week of consecutive working days)
    hours: float
    time: str
    funding: str
    sessions: tuple[str, ...]
    certificate: str | None = None
    digital_skills: bool = False  # a basic digital skills course (Quyết định 757/QĐ-BKHCN)


def course_plans(place: Place) -> list[CoursePlan]:
    """The three demo courses; the second, on digital signatures and online public
    services, is marked as a basic digital skills course. The first is taught by the
    province's trainers, but is recorded as the commune's own course: an office laptop may
    not write the province partition, where a real province course lives (it arrives here
    by sync)."""
    hall = f"Hội trường UBND {place.short}"
    return [
        CoursePlan(
            "Kỹ năng ứng dụng CNTT cơ bản",
            "Chuẩn kỹ năng sử dụng CNTT cơ bản (Thông tư 03/2014/TT-BTTTT)",
            f"Sở Khoa học và Công nghệ {place.province_short}", "Nguyễn Thị Minh Thu", hall,
            150, 1, 4.0, "07:30", MTQG,
            ("Hiểu biết cơ bản về CNTT", "Sử dụng máy tính, quản lý tệp",
             "Xử lý văn bản cơ bản", "Sử dụng bảng tính cơ bản",
             "Sử dụng Internet, thư điện tử; kiểm tra cuối khóa"),
            certificate="CNTT-CB"),
        CoursePlan(
            "Sử dụng chữ ký số và dịch vụ công trực tuyến",
            "Chuyển đổi số trong cải cách hành chính",
            f"UBND {place.short}", f"Lường Văn Hải (Viettel {place.province_proper})",
            f"Trung tâm Phục vụ hành chính công {place.short}", 45, 7, 3.0, "14:00",
            "Ngân sách xã",
            ("Cài đặt và sử dụng chữ ký số", "Ký số văn bản trên hệ thống quản lý văn bản",
             "Tiếp nhận, xử lý hồ sơ trên Cổng dịch vụ công"),
            digital_skills=True),
        CoursePlan(
            "An toàn thông tin cho cán bộ xã", "Phòng chống lừa đảo, mã độc, lộ lọt dữ liệu",
            f"UBND {place.short}", "Tòng Văn Quyết (Công an xã)", hall, 10, 7, 2.5, "14:00",
            "Ngân sách xã",
            ("Nhận diện lừa đảo qua mạng, thư điện tử giả mạo",
             "Mật khẩu, xác thực hai lớp, sao lưu dữ liệu",
             "Xử lý sự cố mã độc; kiểm tra cuối khóa")),
    ]


OUTSIDERS = [[("Lò Văn Pấng", "Trưởng bản Co Mỵ"), ("Giàng Thị Dợ", "Nhân viên y tế bản")],
             [], [("Vừ A Chớ", "Công an xã")]]
ATTENDANCE_MIX = {"present": 78, "late": 9, "excused": 8, "absent": 5}
