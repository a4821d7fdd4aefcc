"""Indicators on small hand-built registers whose every number is worked out in comments.

Reference date 15 June 2026, so "over five years old" means acquired before 15 June 2021,
"warranty ending" means a warranty end from 15 June to 13 September 2026 (90 days), and
"trained this year" means attended a session dated in 2026.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.models import Course, CourseSession, Equipment, Staff, journal
from app.models.attention import attention
from app.models.indicators import Indicators, commune_indicators, total, years_before
from app.models.queries import staff_rows
from app.models.records import (
    change_status,
    create,
    enroll_participant,
    enroll_staff,
    mark_attendance,
    soft_delete,
)
from app.models.store import Store
from tests.helpers import MUONG_PHANG, THANH_NUA, make_store

A, B, EMPTY = MUONG_PHANG, THANH_NUA, "03158"  # Mường Phăng, Thanh Nưa, Sín Thầu
TODAY = date(2026, 6, 15)


@dataclass
class Ids:
    staff: dict[str, str]
    equipment: dict[str, str]


def _staff(session: Session, code: str, name: str, certificate: str,
           service_end: date | None = None) -> Staff:
    return create(session, Staff, commune_code=code, full_name=name, it_certificate=certificate,
                  service_end=service_end)


def _item(session: Session, code: str, category: str, status: str, acquired: date | None,
          model: str | None = None, **extra: object) -> Equipment:
    return create(session, Equipment, commune_code=code, category=category, status=status,
                  acquired_date=acquired, model=model, **extra)


def _build_people(session: Session) -> dict[str, Staff]:
    people = {
        # Commune A: two officials in service (a1, a2).
        "a1": _staff(session, A, "Lò Văn Phong", "a"),  # legacy A → certified basic
        "a2": _staff(session, A, "Giàng A Páo", "none", TODAY + timedelta(days=30)),  # leaves later
        "a3": _staff(session, A, "Quàng Thị Xuân", "basic"),  # soft-deleted below
        "a4": _staff(session, A, "Nguyễn Văn Hùng", "advanced", date(2026, 1, 31)),  # retired
        "a5": _staff(session, A, "Lường Văn Sinh", "degree", TODAY),  # leaves today: out
        # Commune B: one official, legacy C certificate.
        "b1": _staff(session, B, "Cà Văn Chăn", "c"),
    }
    session.flush()
    soft_delete(people["a3"])
    return people


def _build_equipment(session: Session) -> dict[str, Equipment]:
    items = {
        # A: e1 is the only computer in use (LAN and Internet), and over age (2019).
        "e1": _item(session, A, "desktop", "in_use", date(2019, 3, 1), lan=True, internet=True,
                    warranty_end=date(2022, 3, 1), brand="Dell", model="OptiPlex 3060"),
        # A: broken laptop (not a computer "in use"), 2023: not over age.
        "e2": _item(session, A, "laptop", "in_use", date(2023, 1, 10), brand="HP",
                    model="ProBook 440", asset_tag="MP-LT-01"),
        # A: printer bought exactly five years ago: not over age; warranty ends in 90 days.
        "e3": _item(session, A, "printer", "in_use", date(2021, 6, 15),
                    warranty_end=TODAY + timedelta(days=90), brand="Canon", model="LBP 2900"),
        # A: disposed 2015 desktop: counted by status only (not active, so not over age).
        "e4": _item(session, A, "desktop", "disposed", date(2015, 1, 1)),
        # A: soft-deleted desktop: counted nowhere.
        "e5": _item(session, A, "desktop", "in_use", date(2016, 1, 1), lan=True, internet=True),
        # A: UPS in storage, 2018 (over age), warranty ends in 10 days (active: counts).
        "e6": _item(session, A, "ups", "in_storage", date(2018, 5, 5),
                    warranty_end=TODAY + timedelta(days=10), brand="Santak"),
        # A: lost scanner: warranty in 5 days does not count (not active).
        "e7": _item(session, A, "scanner", "lost", date(2024, 2, 2),
                    warranty_end=TODAY + timedelta(days=5)),
        # A: printer whose warranty ends on day 91: not yet.
        "e8": _item(session, A, "printer", "in_use", date(2025, 1, 1),
                    warranty_end=TODAY + timedelta(days=91)),
        # B: three computers in use: LAN 2 (d1, d2), Internet 2 (d1, laptop).
        "f1": _item(session, B, "desktop", "in_use", date(2022, 1, 1), lan=True, internet=True),
        "f2": _item(session, B, "desktop", "in_use", date(2022, 1, 1), lan=True, internet=False),
        "f3": _item(session, B, "laptop", "in_use", date(2010, 9, 9), internet=True),  # over age
        # B: a server on the LAN is not a computer for the ratio.
        "f4": _item(session, B, "server", "in_use", date(2024, 1, 1), lan=True, internet=True),
    }
    session.flush()
    soft_delete(items["e5"])
    change_status(session, items["e2"], "under_repair", on=date(2026, 4, 20))
    change_status(session, items["e2"], "broken", on=date(2026, 5, 2), note="Hỏng main")
    return items


def _build_training(session: Session, people: dict[str, Staff]) -> None:
    province = create(session, Course, commune_code=None, title="Kỹ năng CNTT cơ bản",
                      start_date=date(2026, 3, 10), partition="province:11")
    local = create(session, Course, commune_code=A, title="Chữ ký số",
                   start_date=date(2025, 11, 20), partition=f"commune:{A}")
    dropped = create(session, Course, commune_code=A, title="Hủy", start_date=date(2026, 4, 1),
                     partition=f"commune:{A}")
    session.flush()
    s1, s2 = (create(session, CourseSession, course_id=province.id, session_date=day,
                     partition=province.partition)
              for day in (date(2026, 3, 10), date(2026, 3, 11)))
    s3 = create(session, CourseSession, course_id=local.id, session_date=date(2025, 11, 20),
                partition=local.partition)
    s4 = create(session, CourseSession, course_id=dropped.id, session_date=date(2026, 4, 1),
                partition=dropped.partition)
    s5 = create(session, CourseSession, course_id=province.id,
                session_date=TODAY + timedelta(days=1), partition=province.partition)
    session.flush()
    marks = {
        # a1: absent then late → trained (late counts as attended).
        ("a1", province): {s1: "absent", s2: "late"},
        # a2: excused and absent this year; present only last year, at a deleted session
        # and at tomorrow's (16 June: not held yet, so no training yet) → not trained.
        ("a2", province): {s1: "excused", s2: "absent", s5: "present"},
        ("a2", local): {s3: "present"},
        ("a2", dropped): {s4: "present"},
        # a3 (deleted) and a4 (retired) attended, but are not officials: not counted.
        ("a3", province): {s1: "present"},
        ("a4", province): {s1: "present"},
        # b1: present twice → counted once, in B although the course is the province's.
        ("b1", province): {s1: "present", s2: "present"},
    }
    for (who, course), by_session in marks.items():
        enrollment = enroll_staff(session, course, people[who])
        session.flush()
        for course_session, status in by_session.items():
            mark_attendance(session, course_session, enrollment, status)
    outsider = enroll_participant(session, province, "Lò Văn Pấng", "Trưởng bản")
    session.flush()
    mark_attendance(session, s1, outsider, "present")  # nobody's official: counted nowhere
    session.flush()
    soft_delete(s4)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Store, Ids]:
    """A store holding two communes and a province course, as the province's copy would.

    No single device may write all of that (another commune's and the province's records
    arrive by sync), so the write-scope check is lifted while building; every record is
    still written and journaled through the ORM.
    """
    store = make_store(tmp_path)
    with monkeypatch.context() as patch:
        patch.setattr(journal, "check_write", lambda *_args: None)
        with store.sessions.begin() as session:
            people = _build_people(session)
            items = _build_equipment(session)
            _build_training(session, people)
            ids = Ids({k: v.id for k, v in people.items()}, {k: v.id for k, v in items.items()})
    return store, ids


def _indicators(store: Store, **kwargs: object) -> list[Indicators]:
    with store.sessions() as session:
        return commune_indicators(session, [B, A, EMPTY], today=TODAY, **kwargs)


def test_commune_a(store: tuple[Store, Ids]) -> None:
    _b, a, _empty = _indicators(store[0])
    assert (a.commune_code, a.commune_name) == (A, "Xã Mường Phăng")
    assert a.officials == 2  # a1, a2 (a3 deleted, a4 retired, a5 leaves today)
    assert a.computers == 1  # e1 (e2 broken, e4 disposed, e5 deleted)
    assert a.computers_per_official == pytest.approx(0.5)
    assert (a.certified, a.certified_basic, a.certified_advanced, a.certified_degree) == (
        1, 1, 0, 0)  # a1's legacy A
    assert a.certified_share == pytest.approx(0.5)
    assert a.trained_this_year == 1  # a1
    assert a.trained_share == pytest.approx(0.5)
    assert (a.computers_lan, a.computers_internet) == (1, 1)
    assert (a.lan_share, a.internet_share) == (1.0, 1.0)
    assert a.broken == 1  # e2
    assert a.over_age == 2  # e1 (2019), e6 (2018); e3 is exactly five years; e4 disposed
    assert a.warranty_ending == 2  # e3 (day 90), e6 (day 10); e7 lost, e8 day 91
    assert a.equipment_by_status == {
        "broken": 1, "disposed": 1, "in_storage": 1, "in_use": 3, "lost": 1}
    assert a.total_equipment == 7  # e1–e8 without the deleted e5


def test_commune_b(store: tuple[Store, Ids]) -> None:
    b = _indicators(store[0])[0]
    assert (b.commune_code, b.commune_name) == (B, "Xã Thanh Nưa")
    assert (b.officials, b.computers) == (1, 3)  # the server f4 is not a computer
    assert b.computers_per_official == pytest.approx(3.0)
    assert (b.certified, b.certified_basic, b.certified_share) == (1, 1, 1.0)  # legacy C
    assert (b.trained_this_year, b.trained_share) == (1, 1.0)
    assert (b.computers_lan, b.computers_internet) == (2, 2)
    assert b.lan_share == pytest.approx(2 / 3)
    assert b.internet_share == pytest.approx(2 / 3)
    assert (b.broken, b.over_age, b.warranty_ending) == (0, 1, 0)  # f3 from 2010
    assert b.equipment_by_status == {"in_use": 4}
    assert b.total_equipment == 4


def test_empty_commune_is_zero_without_dividing_by_zero(store: tuple[Store, Ids]) -> None:
    empty = _indicators(store[0])[2]
    assert empty == Indicators(commune_code=EMPTY, commune_name="Xã Sín Thầu")
    assert empty.computers_per_official == empty.lan_share == empty.trained_share == 0.0


def test_total_recomputes_ratios_from_sums(store: tuple[Store, Ids]) -> None:
    grand = total(_indicators(store[0]))
    assert (grand.commune_code, grand.commune_name) == ("", "Tổng cộng")
    assert (grand.officials, grand.computers) == (3, 4)
    # 4 computers / 3 officials, not the mean of 0.5 and 3.0 (1.75).
    assert grand.computers_per_official == pytest.approx(4 / 3)
    assert grand.certified_share == pytest.approx(2 / 3)
    assert grand.trained_share == pytest.approx(2 / 3)
    assert grand.lan_share == grand.internet_share == pytest.approx(3 / 4)
    assert (grand.broken, grand.over_age, grand.warranty_ending) == (1, 3, 2)
    assert grand.equipment_by_status == {
        "broken": 1, "disposed": 1, "in_storage": 1, "in_use": 7, "lost": 1}
    assert grand.total_equipment == 11
    assert total([]) == Indicators(commune_code="", commune_name="Tổng cộng")


def test_over_age_threshold_is_a_parameter(store: tuple[Store, Ids]) -> None:
    b, a, _empty = _indicators(store[0], over_age_years=10)  # before 15 June 2016
    assert (a.over_age, b.over_age) == (0, 1)


def test_trained_counts_only_the_given_year(store: tuple[Store, Ids]) -> None:
    with store[0].sessions() as session:
        _b, a, _e = commune_indicators(session, [B, A, EMPTY], today=date(2025, 12, 31))
    # In 2025 only a2 attended (s3, present); a1's and a4's marks are in 2026.
    assert a.trained_this_year == 1
    assert a.officials == 4  # a1, a2, a4 and a5 were all still in service (a3 deleted)


def test_trained_counts_a_session_once_it_took_place(store: tuple[Store, Ids]) -> None:
    with store[0].sessions() as session:
        _b, a, _e = commune_indicators(session, [B, A, EMPTY], today=TODAY + timedelta(days=1))
    assert a.trained_this_year == 2  # a1, and now a2: 16 June has come


def test_edges(store: tuple[Store, Ids]) -> None:
    assert years_before(date(2024, 2, 29), 5) == date(2019, 2, 28)
    with store[0].sessions() as session:
        assert commune_indicators(session, [], today=TODAY) == []


def test_attention_lists(store: tuple[Store, Ids]) -> None:
    db, ids = store
    with db.sessions() as session:
        found = attention(session, [A], today=TODAY)
    broken = found["broken"].items
    assert [(i.id, i.name, i.category, i.on) for i in broken] == [
        (ids.equipment["e2"], "HP ProBook 440 (MP-LT-01)", "laptop", date(2026, 5, 2))]
    ending = found["warranty_ending"].items
    assert [i.id for i in ending] == [ids.equipment["e6"], ids.equipment["e3"]]
    assert [i.on for i in ending] == [TODAY + timedelta(days=10), TODAY + timedelta(days=90)]
    assert ending[1].name == "Canon LBP 2900"
    assert [(i.id, i.name) for i in found["uncertified"].items] == [
        (ids.staff["a2"], "Giàng A Páo")]
    assert {key: (lst.total, lst.more) for key, lst in found.items()} == {
        "broken": (1, 0), "warranty_ending": (2, 0), "uncertified": (1, 0)}


def test_a_long_attention_list_keeps_its_first_items_and_counts_the_rest(tmp_path) -> None:
    """Forty uncertified officials and twelve broken printers, cut at five: the first five in
    order, and the totals."""
    db = make_store(tmp_path)
    names = [f"Lò Văn {given}" for given in ("Ánh", "An", "Bình", "Ba", "Chính", "Dua", "Đông",
                                            "Em", "Giang", "Hùng")]
    with db.sessions.begin() as session:
        for n in range(40):
            session.add(Staff(commune_code=A, full_name=names[n % 10], it_certificate="none"))
        for n in range(12):
            item = Equipment(commune_code=A, category="printer", brand="Canon",
                             model=f"LBP {n:02d}", status="in_use")
            session.add(item)
            session.flush()
            change_status(session, item, "broken", date(2026, 1, 12 - n))
    with db.sessions() as session:
        found = attention(session, [A], today=TODAY, limit=5)
    uncertified, broken = found["uncertified"], found["broken"]
    assert (uncertified.total, uncertified.more) == (40, 35)
    assert [i.name for i in uncertified.items] == ["Lò Văn An"] * 4 + ["Lò Văn Ánh"]
    assert (broken.total, broken.more) == (12, 7)
    assert [i.on for i in broken.items] == [date(2026, 1, d) for d in (1, 2, 3, 4, 5)]
    assert broken.items[0].name == "Canon LBP 11"
    assert _from_staff_rows(db, limit=5) == found


def test_the_uncertified_from_staff_already_read_are_the_list_read_anew(
        store: tuple[Store, Ids]) -> None:
    """The console's commune page takes the uncertified from the staff list it read (no
    two more statements): the same list, cut and counted the same, as the overview's own;
    officials who left, were deleted or hold a certificate stay out of it either way."""
    db, _ids = store
    with db.sessions() as session:
        expected = attention(session, [A], today=TODAY)
    assert _from_staff_rows(db) == expected
    assert [i.name for i in expected["uncertified"].items] == ["Giàng A Páo"]


def _from_staff_rows(db: Store, limit: int = 100) -> dict:
    with db.sessions() as session:
        staff = [row for row in staff_rows(session, [A], today=TODAY) if not row.former]
        return attention(session, [A], today=TODAY, limit=limit, staff=staff)
