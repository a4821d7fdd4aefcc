"""A believable demo commune, so the app can be shown and tried before real data exists.

The data imitates a mountain commune of the North-West after the 2025 merger (Thái, Mông,
Kinh and Khơ-mú officials; most without an IT certificate; ten years of equipment bought
by national programmes) because that is who the app is for. It comes from a seeded random
generator and is written through the ORM in one unit of work, so it is the same on every
run and every record is journaled like an officer's own entry.

Only an office laptop can hold it (a trainer's laptop writes no staff or equipment). Ids
are derived from the commune code, so filling a store that already holds the demo
finds them and returns what is there instead of adding a second copy
(``DemoSummary.created`` is then False).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Attendance,
    Commune,
    CommuneLineage,
    Course,
    CourseSession,
    Enrollment,
    Equipment,
    Province,
    Staff,
    StatusEvent,
    commune_partition,
    enums,
)
from app.models.errors import ModelError, NotSetUpError
from app.models.records import change_status, enroll_participant, enroll_staff, mark_attendance
from app.models.setup import current_device
from app.models.store import Store
from app.models.vntext import search_key

SEED = 2025
DEMO_NAMESPACE = uuid.UUID("6b1f0c55-2d7e-4c1a-9a63-0e5d2f8b7a41")
MAX_STAFF, MAX_EQUIPMENT, MAX_SESSIONS = 40, 80, 8

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


@dataclass(frozen=True)
class DemoSummary:
    """How many live demo records the commune holds; ``created`` if this call wrote them."""

    commune_code: str
    staff: int
    equipment: int
    courses: int
    sessions: int
    enrollments: int
    attendance: int
    created: bool


@dataclass
class Place:
    """What the generator needs to know about the commune it fills."""

    code: str
    name: str
    province: str
    today: date
    lineage: list[CommuneLineage]

    @property
    def short(self) -> str:
        """'xã Mường Phăng', as the name reads inside a sentence."""
        return lowered(self.name)

    @property
    def province_short(self) -> str:
        return lowered(self.province)

    @property
    def mail_domain(self) -> str:
        """'dienbien.gov.vn': the province's official mail domain."""
        key = search_key(self.province)
        for prefix in ("tinh ", "thanh pho "):
            key = key.removeprefix(prefix)
        return key.replace(" ", "") + ".gov.vn"

    @property
    def partition(self) -> str:
        return commune_partition(self.code)


def lowered(name: str) -> str:
    return name[:1].lower() + name[1:]


def demo_id(code: str, kind: str, index: int) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{code}/{kind}/{index}"))


def fill_demo(store: Store, today: date | None = None) -> DemoSummary:
    """Fill the device's home commune with demo records, once."""
    with store.sessions.begin() as session:
        device = current_device(session)
        if device is None:
            raise NotSetUpError("Máy này chưa được thiết lập cho xã nào; hãy chạy «commune-it "
                                "setup» trước khi nạp dữ liệu mẫu.")
        if device.role != "office":
            raise ModelError("Dữ liệu mẫu chỉ nạp được trên máy văn phòng xã: máy giảng viên "
                             "không ghi hồ sơ cán bộ và thiết bị.")
        code = device.communes[0]
        if session.get(Staff, demo_id(code, "staff", 0)) is not None:
            return existing_summary(session, code)
        place = _place(session, code, today or date.today())
        rng = random.Random(SEED)
        staff = _add_staff(session, rng, place)
        session.flush()
        _add_equipment(session, rng, place, staff)
        session.flush()
        _add_training(session, rng, place, staff)
        session.flush()
        return existing_summary(session, code, created=True)


def existing_summary(session: Session, code: str, created: bool = False) -> DemoSummary:
    """Count the live demo records of a commune (found by their derived ids)."""
    def count(model: type, column: object, ids: list[str]) -> int:
        return session.scalar(select(func.count()).select_from(model).where(
            column.in_(ids), model.deleted.is_(False))) or 0

    courses = [demo_id(code, "course", i) for i in range(3)]
    sessions = [demo_id(code, f"session{c}", s) for c in range(3) for s in range(MAX_SESSIONS)]
    return DemoSummary(
        commune_code=code,
        staff=count(Staff, Staff.id, [demo_id(code, "staff", i) for i in range(MAX_STAFF)]),
        equipment=count(Equipment, Equipment.id,
                        [demo_id(code, "equipment", i) for i in range(MAX_EQUIPMENT)]),
        courses=count(Course, Course.id, courses),
        sessions=count(CourseSession, CourseSession.id, sessions),
        enrollments=count(Enrollment, Enrollment.course_id, courses),
        attendance=count(Attendance, Attendance.session_id, sessions),
        created=created,
    )


def _place(session: Session, code: str, today: date) -> Place:
    commune = session.get(Commune, code)
    province = session.get(Province, commune.province_code)
    lineage = list(session.scalars(select(CommuneLineage).where(
        CommuneLineage.commune_code == code).order_by(CommuneLineage.old_code)))
    return Place(code, commune.name, province.name, today, lineage)


def _deal(rng: random.Random, n: int, mix: dict[str, int]) -> list[str]:
    """Exactly the proportions of ``mix`` over n people (largest remainder), shuffled."""
    weight = sum(mix.values())
    exact = {key: n * share / weight for key, share in mix.items()}
    counts = {key: int(value) for key, value in exact.items()}
    by_remainder = sorted(mix, key=lambda k: exact[k] - counts[k], reverse=True)
    for key in by_remainder[: n - sum(counts.values())]:
        counts[key] += 1
    dealt = [key for key, count in counts.items() for _ in range(count)]
    rng.shuffle(dealt)
    return dealt


def _years_ago(place: Place, rng: random.Random, low: int, high: int) -> date:
    return place.today - timedelta(days=rng.randint(int(low * 365.25), int(high * 365.25)))


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, min(day.day, 28))


# --- staff ---------------------------------------------------------------------------------
def _name(rng: random.Random, ethnicity: str, gender: str, taken: set[str]) -> str:
    families, male, female, male_middle, female_middle = NAMES[ethnicity]
    while True:
        given, middle = (male, male_middle) if gender == "male" else (female, female_middle)
        name = f"{rng.choice(families)} {rng.choice(middle)} {rng.choice(given)}"
        if name not in taken:
            taken.add(name)
            return name


def _add_staff(session: Session, rng: random.Random, place: Place) -> list[Staff]:
    n = rng.randint(24, 26)
    ethnicities = _deal(rng, n, ETHNICITY_MIX)
    genders = _deal(rng, n, {"male": 60, "female": 40})
    certificates = _deal(rng, n, CERTIFICATE_MIX)
    levels = sorted(_deal(rng, n, PROFESSIONAL_MIX),  # better qualified leaders, roughly
                    key=lambda k: LEVEL_RANK[k] + rng.random() * 2.5, reverse=True)
    retired = rng.randrange(10, n)
    taken: set[str] = set()
    people = []
    for i, (position, unit, legacy) in enumerate(ROLES[:n]):
        person = Staff(
            id=demo_id(place.code, "staff", i), partition=place.partition,
            commune_code=place.code, position=position, unit=unit, legacy_title=legacy,
            ethnicity_code=ethnicities[i], gender=genders[i],
            full_name=_name(rng, ethnicities[i], genders[i], taken),
            professional_level=levels[i], it_certificate=certificates[i],
        )
        _fill_person(rng, place, person, leader=unit == "leadership", retired=i == retired)
        if i == IT_ROLE:
            person.professional_level, person.professional_field = "college", "Công nghệ thông tin"
            person.it_certificate = "advanced"
        _fill_certificate(rng, place, person)
        session.add(person)
        people.append(person)
    return people


def _fill_person(rng: random.Random, place: Place, person: Staff, leader: bool,
                 retired: bool) -> None:
    age = 60 if retired else rng.randint(24, 56)
    person.birth_date = date(place.today.year - age, rng.randint(1, 12), rng.randint(1, 28))
    start_year = min(person.birth_date.year + rng.randint(21, 28), place.today.year - 1)
    person.service_start = date(start_year, rng.choice([1, 3, 6, 7, 9, 10]), 1)
    if retired:
        person.service_end = place.today - timedelta(days=rng.randint(60, 120))
    person.general_education = "10/10" if age > 50 and rng.random() < 0.5 else "12/12"
    if person.professional_level != "none":
        person.professional_field = rng.choice(FIELDS)
    person.political_theory_level = (rng.choice(["intermediate", "advanced"]) if leader
                                     else rng.choice(["none", "elementary", "intermediate"]))
    person.state_management_level = "officer" if leader or rng.random() < 0.3 else "none"
    person.minority_languages = LANGUAGE.get(person.ethnicity_code)
    if rng.random() < 0.75:
        person.phone = rng.choice(PHONE_PREFIXES) + f"{rng.randrange(10**7):07d}"
    if leader or rng.random() < 0.35:
        person.uses_official_email = True
        initials = "".join(w[0] for w in search_key(person.full_name).split()[:-1])
        handle = f"{initials}{search_key(person.full_name).split()[-1]}"
        person.email = f"{handle}.{_tag_prefix(place).lower()}@{place.mail_domain}"
    if place.lineage:
        old = rng.choice(place.lineage)
        person.former_commune, person.former_district = old.old_name, old.old_district_name


def _fill_certificate(rng: random.Random, place: Place, person: Staff) -> None:
    kind = person.it_certificate
    if kind in ("a", "b", "c"):
        person.it_certificate_date = date(rng.randint(2006, 2013), rng.randint(1, 12), 15)
        person.it_certificate_issuer = f"Trung tâm Ngoại ngữ - Tin học {place.province_short}"
    elif kind in ("basic", "advanced"):
        person.it_certificate_date = date(rng.randint(2016, place.today.year - 1),
                                          rng.randint(1, 12), 20)
        person.it_certificate_issuer = "Trường Đại học Tây Bắc"


# --- equipment -----------------------------------------------------------------------------
def _tag_prefix(place: Place) -> str:
    """'MP' for Xã Mường Phăng: the initials an officer would paint on the asset tag."""
    words = search_key(place.name).split()[1:] or ["x"]
    return "".join(w[0] for w in words).upper()


def _add_equipment(session: Session, rng: random.Random, place: Place,
                   staff: list[Staff]) -> list[Equipment]:
    holders = [p for p in staff if p.service_end is None]
    rng.shuffle(holders)
    items: list[Equipment] = []
    for category, (count, tag, months, choices) in CATALOGUE.items():
        for k in range(count):
            personal = category in ("desktop", "laptop")
            holder = holders[len(items) % len(holders)] if personal else None
            acquired = _years_ago(place, rng, 0.3, 10)
            if category == "desktop" and k < 2:  # a batch whose warranty is about to end
                acquired = add_months(place.today, -months) + timedelta(days=rng.randint(10, 80))
            item = _new_item(rng, place, len(items), category, acquired, holder)
            item.asset_tag = f"{_tag_prefix(place)}-{tag}-{acquired.year}-{k + 1:02d}"
            brand, model, price = rng.choice(choices)
            item.brand, item.model = brand, model
            item.value_vnd = round(price * rng.uniform(0.92, 1.08) * 100) * 10_000
            item.warranty_end = add_months(acquired, months)
            items.append(item)
    for item in items:
        session.add(item)
        session.add(StatusEvent(
            equipment_id=item.id, status=item.status, changed_on=item.acquired_date,
            note="Bàn giao, đưa vào sử dụng", partition=item.partition))
    _age(session, rng, place, items)
    return items


def _new_item(rng: random.Random, place: Place, index: int, category: str, acquired: date,
              holder: Staff | None) -> Equipment:
    last_check = date(place.today.year - 1, 12, 26)
    return Equipment(
        id=demo_id(place.code, "equipment", index), partition=place.partition,
        commune_code=place.code, category=category, status="in_use",
        serial="".join(rng.choices("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", k=10)),
        acquired_date=acquired,
        funding_source=rng.choice(OLD_FUNDING if acquired.year < 2021 else NEW_FUNDING),
        holder_id=holder.id if holder else None,
        location=LOCATION[holder.unit] if holder else SHARED_LOCATION.get(category)
        or rng.choice(list(LOCATION.values())),
        lan=category in ON_LAN or (category == "desktop" and rng.random() < 0.8)
        or (category == "printer" and rng.random() < 0.3),
        internet=category in ON_LAN or (category in ("desktop", "laptop")
                                        and rng.random() < 0.85),
        last_inventory_check=last_check if acquired < last_check else None,
    )


def _age(session: Session, rng: random.Random, place: Place, items: list[Equipment]) -> None:
    """Give the stock a past: repairs, breakdowns, a disposal, a loss, items put away."""
    def of(category: str) -> list[Equipment]:
        return sorted((i for i in items if i.category == category),
                      key=lambda i: i.acquired_date)

    desktops, laptops, printers, ups = of("desktop"), of("laptop"), of("printer"), of("ups")
    plan = [
        (desktops[0], [("broken", "Hỏng nguồn, không sửa được"),
                       ("disposed", "Thanh lý theo quyết định của UBND xã")], 400),
        (desktops[1], [("under_repair", "Máy không khởi động"),
                       ("broken", "Hỏng bo mạch chủ, chờ thanh lý")], 60),
        (ups[0], [("under_repair", "Ắc quy phồng"), ("broken", "Hỏng ắc quy")], 30),
        (desktops[2], [("in_storage", "Thay máy mới, cất kho làm máy dự phòng")], 200),
        (desktops[-3], [("under_repair", "Gửi bảo hành: lỗi ổ cứng")], 8),
        (printers[1], [("under_repair", "Kẹt giấy, hỏng trục sấy")], 15),
        (printers[-1], [("in_storage", "Máy in dự phòng")], 90),
        (rng.choice(laptops), [("lost", "Mất khi đi công tác tại bản, đã báo Công an xã")],
         120),
    ]
    for item, steps, days_ago in plan:
        on = place.today - timedelta(days=days_ago + rng.randint(0, 20) + 25 * len(steps))
        on = max(on, item.acquired_date + timedelta(days=30))
        for status, note in steps:
            change_status(session, item, status, on=on, note=note)
            on = min(on + timedelta(days=rng.randint(20, 30)), place.today)
        if item.status in ("broken", "disposed", "in_storage"):
            item.holder_id, item.location = None, "Kho Văn phòng"


# --- training ------------------------------------------------------------------------------
@dataclass(frozen=True)
class CoursePlan:
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


def _course_plans(place: Place) -> list[CoursePlan]:
    """The three demo courses. The first is taught by the province's trainers, but is
    recorded as the commune's own course: an office laptop may not write the province
    partition, where a real province course lives (it arrives here by sync)."""
    province = place.province.removeprefix("Tỉnh ").removeprefix("Thành phố ")
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
            f"UBND {place.short}", f"Lường Văn Hải (Viettel {province})",
            f"Trung tâm Phục vụ hành chính công {place.short}", 45, 7, 3.0, "14:00",
            "Ngân sách xã",
            ("Cài đặt và sử dụng chữ ký số", "Ký số văn bản trên hệ thống quản lý văn bản",
             "Tiếp nhận, xử lý hồ sơ trên Cổng dịch vụ công")),
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


def _session_days(plan: CoursePlan, today: date) -> Iterator[date]:
    day = today - timedelta(days=plan.start)
    for _ in plan.sessions:
        while plan.step == 1 and day.weekday() >= 5:
            day += timedelta(days=1)
        yield day
        day += timedelta(days=plan.step)


def _add_training(session: Session, rng: random.Random, place: Place, staff: list[Staff]
                  ) -> None:
    active = [p for p in staff if p.service_end is None]
    attendees = [
        [p for p in active if p.it_certificate == "none"][:12],
        [p for p in active if p.unit in ("leadership", "office", "public_service")][:10],
        sorted(rng.sample(active, 10), key=staff.index),
    ]
    for number, plan in enumerate(_course_plans(place)):
        course, days = _add_course(session, place, number, plan)
        sessions = [
            CourseSession(id=demo_id(place.code, f"session{number}", i), course_id=course.id,
                          session_date=day, start_time=plan.time, topic=topic, hours=plan.hours,
                          partition=course.partition)
            for i, (day, topic) in enumerate(zip(days, plan.sessions, strict=True))]
        session.add_all(sessions)
        session.flush()
        enrolled = [enroll_staff(session, course, p) for p in attendees[number]]
        enrolled += [enroll_participant(session, course, name, unit)
                     for name, unit in OUTSIDERS[number]]
        session.flush()
        _mark(session, rng, place, plan, [s for s in sessions if s.session_date <= place.today],
              enrolled, finished=days[-1] <= place.today)


def _add_course(session: Session, place: Place, number: int, plan: CoursePlan
                ) -> tuple[Course, list[date]]:
    days = list(_session_days(plan, place.today))
    course = Course(
        id=demo_id(place.code, "course", number), title=plan.title, topic=plan.topic,
        commune_code=place.code, partition=place.partition,
        organiser=plan.organiser, trainer=plan.trainer, place=plan.venue,
        start_date=days[0], end_date=days[-1], hours=plan.hours * len(days), funding=plan.funding,
    )
    session.add(course)
    return course, days


def _mark(session: Session, rng: random.Random, place: Place, plan: CoursePlan,
          held: list[CourseSession], enrolled: list[Enrollment], finished: bool) -> None:
    """Attendance of the sessions already held; results once the course is over."""
    statuses, weights = list(ATTENDANCE_MIX), list(ATTENDANCE_MIX.values())
    certificates = 0
    for enrollment in enrolled:
        marks = rng.choices(statuses, weights, k=len(held))
        for course_session, status in zip(held, marks, strict=True):
            mark_attendance(session, course_session, enrollment, status)
        if not finished:
            continue
        present = sum(status in enums.ATTENDED for status in marks)
        sat_test = "kiểm tra" not in plan.sessions[-1] or marks[-1] in enums.ATTENDED
        passed = sat_test and present >= 0.6 * len(held)
        enrollment.result = "passed" if passed else "failed"
        if plan.certificate and enrollment.result == "passed":
            certificates += 1
            year = held[-1].session_date.year
            enrollment.certificate_no = f"{certificates:03d}/{year}/{plan.certificate}"
