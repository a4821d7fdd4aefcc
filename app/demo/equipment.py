"""Ten years of equipment bought by national programmes, and what happened to it since.

Computers go to the people still in service, shared devices to the rooms they serve.
``_age`` then gives the stock a past through the same ``change_status`` an officer uses,
so every breakdown, repair and disposal is journaled with its status history. Each item
passes the checks every writer of an item passes (``check_equipment``).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.demo.catalogue import (
    CATALOGUE,
    LOCATION,
    NEW_FUNDING,
    OLD_FUNDING,
    ON_LAN,
    SHARED_LOCATION,
)
from app.demo.place import Place, add_months, demo_id, tag_prefix, years_ago
from app.models import Equipment, Staff, StatusEvent
from app.models.equipment_ops import check_equipment, equipment_values
from app.models.records import change_status
from app.models.validation import refuse_if_any


def add_equipment(session: Session, rng: random.Random, place: Place,
                  staff: list[Staff]) -> list[Equipment]:
    holders = [p for p in staff if p.service_end is None]
    rng.shuffle(holders)
    items: list[Equipment] = []
    for category, (count, tag, months, choices) in CATALOGUE.items():
        for k in range(count):
            personal = category in ("desktop", "laptop")
            holder = holders[len(items) % len(holders)] if personal else None
            acquired = years_ago(place, rng, 0.3, 10)
            if category == "desktop" and k < 2:  # a batch whose warranty is about to end
                acquired = add_months(place.today, -months) + timedelta(days=rng.randint(10, 80))
            item = _new_item(rng, place, len(items), category, acquired, holder)
            item.asset_tag = f"{tag_prefix(place)}-{tag}-{acquired.year}-{k + 1:02d}"
            brand, model, price = rng.choice(choices)
            item.brand, item.model = brand, model
            item.value_vnd = round(price * rng.uniform(0.92, 1.08) * 100) * 10_000
            item.warranty_end = add_months(acquired, months)
            refuse_if_any(check_equipment(equipment_values(item), today=place.today))
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
