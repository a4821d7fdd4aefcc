"""The filters of the staff and equipment lists, and the row of combos that sets them.

Each filter tests one field of the rows against the values its chosen option accepts
(``FieldFilter``); the proxy (``list_proxy``) applies them in one pass over precomputed
values. Options are built in the current language, and from the rows where they depend on
them (the holders present in the list).

A filter's first option is its default, what "Show all" goes back to: "All…" for most, but
the staff list opens on the officials in service, as the overview counts them, with former
officials one choice away. Such a filter sets the list's scope (``FilterSpec.scope``): the
count's total is the officials it accepts, so "25 of 25" on the list matches the overview's
25 officials.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.models import enums
from app.models.vntext import person_sort_key, search_key
from app.ui.itemmodels.list_proxy import FieldFilter
from app.ui.runtime import labels
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.search_combo import Choice, SearchCombo

HOLDER_CHARS = 24  # the holder filter shows this many characters of a name
POPUP_MIN_WIDTH = 320


Option = tuple[str, frozenset[Any] | None]  # shown text, accepted values (None: no filter)


@dataclass(frozen=True)
class FilterSpec:
    """One filter of a list: the row field it tests and its options, built from the rows
    shown (the holders present) and in the current language."""

    name: str
    field: str
    options: Callable[[Sequence[Any]], list[Option]]
    searchable: bool = False  # a long list (holders): typing finds an option; filled
    # only when the officer opens or types in it, not on every load
    scope: bool = False  # the rows it accepts are the list's total, not only those shown


_folded = lru_cache(maxsize=100_000)(search_key)  # holder names repeat across loads


def _tr(text: str) -> str:
    return QCoreApplication.translate("Filters", text)


def _each(table: labels.LabelTable, skip: Iterable[str] = ()) -> list[Option]:
    return [(label, frozenset({key})) for label, key in table.choices() if key not in skip]


def _service(_rows: Sequence[Any]) -> list[Option]:
    """Current officials first (the default), as the overview counts them."""
    return [
        (_tr(QT_TRANSLATE_NOOP("Filters", "Current officials")), frozenset({False})),
        (_tr(QT_TRANSLATE_NOOP("Filters", "Former officials")), frozenset({True})),
        (_tr(QT_TRANSLATE_NOOP("Filters", "Current and former officials")), None),
    ]


def _certificates(_rows: Sequence[Any]) -> list[Option]:
    return [
        (_tr(QT_TRANSLATE_NOOP("Filters", "All IT certificates")), None),
        (_tr(QT_TRANSLATE_NOOP("Filters", "With any IT certificate")),
         frozenset(enums.IT_CERTIFIED)),
        (_tr(QT_TRANSLATE_NOOP("Filters", "Without an IT certificate")), frozenset({"none"})),
        *_each(labels.IT_CERTIFICATE, skip=("none",)),
    ]


def _levels(_rows: Sequence[Any]) -> list[Option]:
    return [(_tr(QT_TRANSLATE_NOOP("Filters", "All professional levels")), None),
            *_each(labels.PROFESSIONAL_LEVEL)]


def _units(_rows: Sequence[Any]) -> list[Option]:
    return [(_tr(QT_TRANSLATE_NOOP("Filters", "All units")), None), *_each(labels.UNIT),
            (_tr(QT_TRANSLATE_NOOP("Filters", "Unit not given")), frozenset({None}))]


def _categories(_rows: Sequence[Any]) -> list[Option]:
    return [(_tr(QT_TRANSLATE_NOOP("Filters", "All categories")), None),
            *_each(labels.EQUIPMENT_CATEGORY)]


def _statuses(_rows: Sequence[Any]) -> list[Option]:
    return [(_tr(QT_TRANSLATE_NOOP("Filters", "All statuses")), None),
            (_tr(QT_TRANSLATE_NOOP("Filters", "Still in stock (not disposed of or lost)")),
             frozenset(enums.ACTIVE_STATUSES)),
            *_each(labels.EQUIPMENT_STATUS)]


def _holders(rows: Sequence[Any]) -> list[Option]:
    """The officials who hold something in the list, in Vietnamese order."""
    names = {row.holder_id: row.holder_name for row in rows if row.holder_id}
    people = sorted(names.items(), key=lambda item: (person_sort_key(item[1] or ""), item[0]))
    return [(_tr(QT_TRANSLATE_NOOP("Filters", "All holders")), None),
            (_tr(QT_TRANSLATE_NOOP("Filters", "No holder")), frozenset({None})),
            *((name or "", frozenset({holder})) for holder, name in people)]


STAFF_FILTERS = (
    FilterSpec("service", "former", _service, scope=True),
    FilterSpec("certificate", "it_certificate", _certificates),
    FilterSpec("level", "professional_level", _levels),
    FilterSpec("unit", "unit", _units),
)
EQUIPMENT_FILTERS = (
    FilterSpec("category", "category", _categories),
    FilterSpec("status", "status", _statuses),
    FilterSpec("holder", "holder_id", _holders, searchable=True),
)


class FilterBar(QWidget):
    """A row of combos, one per filter; ``changed`` says which filter now accepts what.

    Each combo is as wide as its longest option, so the chosen one is never cut; the row
    wraps onto a second one where the page is too narrow for all of them (a 1024-pixel
    screen). The holder filter, thousands of names filled only when used, is as wide as a
    long name instead of measuring them all."""

    changed = Signal(str, object)  # filter name, FieldFilter or None

    def __init__(self, specs: Sequence[FilterSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = {spec.name: spec for spec in specs}
        self.combos: dict[str, QComboBox] = {}
        self._rows: Sequence[Any] = ()
        self._stale: set[str] = set()  # searchable lists not filled from the current rows
        layout = FlowLayout(self)
        for spec in specs:
            combo = SearchCombo(self) if spec.searchable else QComboBox(self)
            if isinstance(combo, SearchCombo):
                combo.about_to_use.connect(lambda name=spec.name: self._use(name))
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(HOLDER_CHARS)
            else:
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setObjectName(f"filter_{spec.name}")
            combo.view().setMinimumWidth(POPUP_MIN_WIDTH)
            combo.currentIndexChanged.connect(lambda _n, name=spec.name: self._emit(name))
            layout.addWidget(combo)
            self.combos[spec.name] = combo
        self.set_rows(())

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Options again (the holders present may have changed); choices are kept. A
        searchable list (thousands of holders) is only marked to be filled when used."""
        self._rows = rows
        for spec in self.specs.values():
            if not spec.searchable:
                self._fill(spec)
                continue
            self._stale.add(spec.name)
            if self.combos[spec.name].currentData() is None:
                self._fill(spec, head_only=True)

    def retranslate(self) -> None:
        self.set_rows(self._rows)

    def _use(self, name: str) -> None:
        if name in self._stale:
            self._stale.discard(name)
            self._fill(self.specs[name])

    def _fill(self, spec: FilterSpec, head_only: bool = False) -> None:
        """Options from the rows (``head_only``: only those that need none, "All…"); the
        choice made is kept, and a combo filled for the first time takes its default."""
        combo = self.combos[spec.name]
        kept, first = combo.currentData(), combo.count() == 0
        options = spec.options(() if head_only else self._rows)
        combo.blockSignals(True)
        if isinstance(combo, SearchCombo):
            combo.set_choices([Choice(text, accepted, _folded(text))
                               for text, accepted in options], kept)
        else:
            combo.clear()
            for text, accepted in options:
                combo.addItem(text, accepted)
            found = [n for n, (_text, accepted) in enumerate(options) if accepted == kept]
            combo.setCurrentIndex(found[0] if found and not first else 0)
        combo.setAccessibleName(options[0][0])
        combo.setToolTip(options[0][0])
        combo.blockSignals(False)
        if combo.currentData() != kept:
            self._emit(spec.name)

    def choose(self, name: str, accepted: frozenset[Any] | None) -> None:
        """Select the option that accepts exactly ``accepted`` (tests, and "clear")."""
        combo = self.combos[name]
        if accepted is not None:
            self._use(name)
        for row in range(combo.count()):
            if combo.itemData(row) == accepted:
                combo.setCurrentIndex(row)
                return
        raise KeyError(accepted)

    def clear(self) -> None:
        """Every filter back to its first option: its default."""
        for combo in self.combos.values():
            combo.setCurrentIndex(0)

    def active(self) -> bool:
        """Whether any filter is off its default (then "Show all" is offered)."""
        return any(combo.currentIndex() != 0 for combo in self.combos.values())

    def conditions(self) -> dict[str, FieldFilter]:
        """What each filter now accepts, where it narrows anything (a list's first load)."""
        return {name: FieldFilter(self.specs[name].field, combo.currentData())
                for name, combo in self.combos.items() if combo.currentData() is not None}

    def _emit(self, name: str) -> None:
        accepted = self.combos[name].currentData()
        condition = None if accepted is None else FieldFilter(self.specs[name].field, accepted)
        self.changed.emit(name, condition)
