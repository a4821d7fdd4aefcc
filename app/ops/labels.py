"""Asset labels for the stock-take: which items get one, their tags from the commune's
pattern, and the sheet of labels (``app.reports.labels`` draws it).

Why the tags are assigned here, in one unit of work through ``equipment_ops.save_equipment``:
a tag is printed, stuck on the machine and scanned for years, so it must be the register's
own value, journalled and sent to the province like any change, and never the same as
another item's. The pattern and the label paper are the installation's settings (a
``Setting`` row each), chosen once by the office and used by the window and the CLI.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import enums, equipment_ops
from app.models.equipment import Equipment
from app.models.reference import EquipmentCategory
from app.models.reference_queries import committee_name
from app.models.report_queries import unit_names
from app.models.settings import get_setting
from app.models.setup import require_device
from app.models.store import Store
from app.models.vntext import nfc, search_key
from app.reports.document import Issuer
from app.reports.errors import ReportError
from app.reports.fonts import report_fonts
from app.reports.labels import (
    DEFAULT_GRID,
    GRIDS,
    SHEET_TITLE,
    Label,
    LabelSheet,
    check_target,
    save_labels,
)

LABELS = "asset-labels"  # the report's name (DESIGN.md)
GRID_KEY = "labels.grid"
PATTERN_KEY = "labels.tag_pattern"
FIELDS = frozenset({"commune", "category", "year", "n"})
MAX_TAG = 40  # the register's column
# The short codes officers paint on equipment (the demo's "MP-PC-2017-03").
CATEGORY_CODES = {"server": "SV", "desktop": "PC", "laptop": "LT", "printer": "MI",
                  "scanner": "MQ", "wireless": "WF", "network": "SW", "security": "BM",
                  "storage": "NAS", "projector": "MC", "camera": "CAM", "tv": "TV",
                  "ups": "UPS", "other": "TB"}


@dataclass(frozen=True)
class LabelChoice:
    """The items chosen for labels: their ids in print order, and those without a tag."""

    ids: tuple[str, ...]
    untagged: tuple[str, ...]


def commune_initials(commune_name: str) -> str:
    """"MP" for "Mường Phăng": the initials of the commune's proper name."""
    words = search_key(commune_name).split()
    return "".join(word[0] for word in words).upper() or "X"


def _initials(session: Session) -> str:
    device = require_device(session)
    names = unit_names(session, device.communes[0])
    return commune_initials(names.commune_proper if names else device.communes[0])


def default_pattern(session: Session) -> str:
    """The commune's initials, the category, the year bought, a number: "MP-PC-2017-03"."""
    return _initials(session) + "-{category}-{year}-{n:02}"


def check_pattern(text: str) -> str:
    """The pattern as saved, or a refusal: only known fields, a number ``{n}`` in it."""
    pattern = nfc(text)
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(pattern)
                  if name is not None}
        sample = pattern.format(commune="MP", category="PC", year=2026, n=1)
    except (ValueError, KeyError, IndexError) as exc:
        raise ReportError("report.labels_pattern_bad", pattern=pattern) from exc
    if "n" not in fields or not fields <= FIELDS or not sample or len(sample) > MAX_TAG:
        raise ReportError("report.labels_pattern_bad", pattern=pattern)
    return pattern


def check_grid(name: str) -> str:
    if name not in GRIDS:
        raise ReportError("report.labels_grid_unknown", name=name, names=list(GRIDS))
    return name


def label_settings(store: Store) -> tuple[str, str]:
    """The label paper and the tag pattern saved, or their defaults."""
    with store.sessions() as session:
        grid = get_setting(session, GRID_KEY)
        pattern = get_setting(session, PATTERN_KEY)
        return (grid if grid in GRIDS else DEFAULT_GRID), pattern or default_pattern(session)


def choose_items(store: Store, *, every: bool = False, tags: Sequence[str] = (),
                 ids: Sequence[str] = ()) -> LabelChoice:
    """The items to label: by tag, by id (the window's selection), or the whole register
    (without what was disposed of or lost, unless ``every``); in the inventory's order."""
    with store.sessions() as session:
        rows = _rows(session, every or bool(tags) or bool(ids))
    if tags:
        wanted = {nfc(tag) for tag in tags}
        missing = sorted(wanted - {row.asset_tag for row in rows})
        if missing:
            raise ReportError("report.labels_tags_unknown", tags=missing)
        rows = [row for row in rows if row.asset_tag in wanted]
    elif ids:
        rows = [row for row in rows if row.id in set(ids)]
    return LabelChoice(tuple(row.id for row in rows),
                       tuple(row.id for row in rows if not row.asset_tag))


def _rows(session: Session, every: bool) -> list[Equipment]:
    device = require_device(session)
    query = (select(Equipment)
             .join(EquipmentCategory, EquipmentCategory.code == Equipment.category)
             .where(Equipment.commune_code.in_(device.communes), Equipment.deleted.is_(False))
             .order_by(EquipmentCategory.rank, Equipment.asset_tag.is_(None),
                       Equipment.asset_tag, Equipment.acquired_date, Equipment.id))
    if not every:
        query = query.where(Equipment.status.in_(enums.ACTIVE_STATUSES))
    return list(session.scalars(query))


def assign_tags(store: Store, item_ids: Sequence[str], pattern: str | None = None,
                today: date | None = None) -> dict[str, str]:
    """Give each item of ``item_ids`` that has no tag the next free one of the pattern,
    through the register's write path, in one unit of work; item id → tag assigned."""
    pattern = check_pattern(pattern) if pattern else label_settings(store)[1]
    year = (today or date.today()).year
    given: dict[str, str] = {}
    with store.sessions.begin() as session:
        initials = _initials(session)
        used = set(session.scalars(select(Equipment.asset_tag)
                                   .where(Equipment.asset_tag.is_not(None))))
        for item_id in item_ids:
            item = session.get(Equipment, item_id)
            if item is None or item.deleted or item.asset_tag:
                continue
            tag = _next_tag(pattern, used, commune=initials,
                            category=CATEGORY_CODES.get(item.category, "TB"),
                            year=item.acquired_date.year if item.acquired_date else year)
            equipment_ops.save_equipment(session, {"asset_tag": tag}, item.id)
            used.add(tag)
            given[item.id] = tag
    return given


def _next_tag(pattern: str, used: set[str], **fields: object) -> str:
    """The first tag of the pattern with these fields whose number no item has."""
    for number in range(1, 100_000):
        tag = pattern.format(n=number, **fields)
        if tag not in used:
            if len(tag) > MAX_TAG:
                break
            return tag
    raise ReportError("report.labels_pattern_bad", pattern=pattern)


def save_label_settings(store: Store, grid: str, pattern: str) -> None:
    """Remember the label paper and the tag pattern (checked) for the next sheet."""
    from app.models.settings import set_setting

    grid, pattern = check_grid(grid), check_pattern(pattern)
    with store.sessions.begin() as session:
        set_setting(session, GRID_KEY, grid)
        set_setting(session, PATTERN_KEY, pattern)


def labels_of(store: Store, item_ids: Sequence[str]) -> list[Label]:
    """The labels of the items, in the order given; an item without a tag is refused."""
    with store.sessions() as session:
        items = {item.id: item for item in session.scalars(
            select(Equipment).where(Equipment.id.in_(list(item_ids))))}
        committees: dict[str, str] = {}
        labels: list[Label] = []
        for item_id in item_ids:
            item = items[item_id]
            if not item.asset_tag:
                raise ReportError("report.labels_untagged", count=1)
            if item.commune_code not in committees:
                names = unit_names(session, item.commune_code)
                committees[item.commune_code] = (committee_name(names.commune_in_text)
                                                 if names else item.commune_code)
            labels.append(Label(item.asset_tag, _item_words(item),
                                committees[item.commune_code]))
    return labels


def _item_words(item: Equipment) -> str:
    """"Máy tính để bàn Dell OptiPlex 3080": the category, then brand and model."""
    made = " ".join(part for part in (item.brand, item.model) if part)
    category = enums.EQUIPMENT_CATEGORY.get(item.category, item.category)
    return f"{category} {made}".strip()


@dataclass(frozen=True)
class LabelsPrinted:
    """What ``print_labels`` did: the file, its pages, the labels, the tags assigned."""

    path: Path
    pages: int
    count: int
    assigned: int


def label_sheet(store: Store, item_ids: Sequence[str], grid: str | None = None,
                today: date | None = None) -> LabelSheet:
    """The sheet of labels of the items (all tagged), on the paper saved or ``grid``."""
    if not item_ids:
        raise ReportError("report.labels_none")
    paper = GRIDS[check_grid(grid) if grid else label_settings(store)[0]]
    report_fonts()
    labels = tuple(labels_of(store, item_ids))
    with store.sessions() as session:
        names = unit_names(session, require_device(session).communes[0])
    place = names.commune_proper if names else ""
    return LabelSheet(name=LABELS, issuer=Issuer(labels[0].commune, place),
                      day=today or date.today(), title=SHEET_TITLE, tables=(),
                      labels=labels, grid=paper)


def print_labels(store: Store, out: Path, *, every: bool = False, tags: Sequence[str] = (),
                 assign: bool = False, grid: str | None = None) -> LabelsPrinted:
    """``report asset-labels``: choose the items, refuse untagged ones unless ``assign``
    (then give them tags first), and write the sheet to ``out``, whole or not at all."""
    check_target(Path(out))
    report_fonts()
    if grid:
        check_grid(grid)
    chosen = choose_items(store, every=every, tags=tags)
    if not chosen.ids:
        raise ReportError("report.labels_none")
    if chosen.untagged and not assign:
        raise ReportError("report.labels_untagged", count=len(chosen.untagged))
    given = assign_tags(store, chosen.untagged) if chosen.untagged else {}
    sheet = label_sheet(store, chosen.ids, grid)
    pages = save_labels(sheet, Path(out))
    return LabelsPrinted(Path(out), pages, len(sheet.labels), len(given))


def register_sheet(store: Store, today: date | None = None) -> LabelSheet:
    """The labels of the whole working register (the Reports page's paper): refused
    while an item has no tag, since tags are given only after asking (the Equipment
    page's button, or ``--assign-tags``)."""
    chosen = choose_items(store)
    if chosen.untagged:
        raise ReportError("report.labels_untagged", count=len(chosen.untagged))
    return label_sheet(store, chosen.ids, today=today)


def label_request(store: Store, item_ids: Sequence[str] = ()) -> tuple[LabelChoice, str, str]:
    """What the window asks about before printing: the items (the selection, or the
    working register), the paper and the pattern saved."""
    return (choose_items(store, ids=item_ids), *label_settings(store))


def print_chosen(store: Store, choice: LabelChoice, out: Path, grid: str, pattern: str,
                 assign: bool) -> LabelsPrinted:
    """The window's print: remember the paper and pattern, give tags if the officer said
    yes (else the untagged items are left out), write the sheet to ``out``."""
    check_target(Path(out))
    save_label_settings(store, grid, pattern)
    given = assign_tags(store, choice.untagged, pattern) if assign and choice.untagged else {}
    untagged = set(choice.untagged)
    ids = [i for i in choice.ids if assign or i not in untagged]
    pages = save_labels(label_sheet(store, ids, grid), Path(out))
    return LabelsPrinted(Path(out), pages, len(ids), len(given))
