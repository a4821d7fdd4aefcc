"""The overview page: the equipment-by-status chart and the "what needs attention" lists,
on the demo commune, compared with what ``app.models.indicators`` computes directly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QApplication

from app.demo import fill_demo
from app.models.attention import AttentionItem, AttentionList, attention
from app.models.indicators import commune_indicators
from app.models.store import Store
from app.ops.commune import OVER_AGE_YEARS
from app.ui.pages.overview.view import OverviewPage
from app.ui.runtime import labels
from app.ui.runtime.formatting import count_text
from app.ui.shell.main_window import MainWindow
from tests import ui_helpers
from tests.helpers import MUONG_PHANG, make_store

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
T = TypeVar("T")


def read(store: Store, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """A models query in a session of the test's own, apart from the window's operations."""
    with store.sessions() as session:
        return query(session, *args, **kwargs)


@pytest.fixture
def demo_store(tmp_path: Path):
    store = make_store(tmp_path / "demo", name="Máy văn phòng xã")
    fill_demo(store)
    yield store
    store.close()


def open_window(qtbot, store: Store) -> MainWindow:
    window = ui_helpers.open_window(qtbot, store)
    window.resize(1366, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_chart_has_one_bar_per_status_with_its_count(qtbot, demo_store) -> None:
    window = open_window(qtbot, demo_store)
    expected = read(demo_store, commune_indicators, [MUONG_PHANG],
                    over_age_years=OVER_AGE_YEARS)[0]
    chart = window.overview.chart
    bars = chart.bars()
    assert [bar.key for bar in bars] == list(labels.EQUIPMENT_STATUS.sources)
    assert [bar.label for bar in bars] == [labels.EQUIPMENT_STATUS.label(b.key) for b in bars]
    assert {bar.key: bar.value for bar in bars if bar.value} == {
        key: n for key, n in expected.equipment_by_status.items() if n}
    assert sum(bar.value for bar in bars) == expected.total_equipment > 0
    largest = max(range(len(bars)), key=lambda n: bars[n].value)
    full = chart.bar_rect(largest).width()
    assert full > 50
    for n, bar in enumerate(bars):  # lengths proportional to the counts
        assert chart.bar_rect(n).width() == pytest.approx(full * bar.value / bars[largest].value)
    assert len({bar.colour for bar in bars}) == len(bars)
    assert window.overview.total_label.text().endswith(str(expected.total_equipment))


def test_the_attention_lists_show_what_the_model_finds(qtbot, demo_store) -> None:
    window = open_window(qtbot, demo_store)
    found = {key: lst.items for key, lst in read(demo_store, attention, [MUONG_PHANG]).items()}
    lists = window.overview.attention_lists
    assert found["broken"] and found["uncertified"]
    for key in ("broken", "warranty_ending", "uncertified"):
        assert lists[key].ids() == [item.id for item in found[key]], key
    first = lists["uncertified"].list.item(0).text()
    assert first.startswith(found["uncertified"][0].name)
    assert lists["broken"].title() == f"Broken equipment ({len(found['broken'])})"
    window.overview.retranslate()  # the lists are worded again, not lost
    assert lists["broken"].ids() == [item.id for item in found["broken"]]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / "overview_page.png"
    qtbot.wait(50)
    assert window.grab().save(str(target))
    assert target.stat().st_size > 10_000


def test_a_long_attention_list_says_how_many_more_there_are(qtbot) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    officials = [AttentionItem(f"id-{n}", f"Lò Văn Ánh {n}", "Công chức") for n in range(3)]
    page.show_attention({"uncertified": AttentionList(officials, 1250),
                         "broken": AttentionList([], 0)})
    box = page.attention_lists["uncertified"]
    assert box.ids() == ["id-0", "id-1", "id-2"]
    assert box.list.count() == 4
    assert box.list.item(3).text() == f"… and {count_text(1247)} more"
    assert box.title().endswith(f"({count_text(1250)})")
    assert page.attention_lists["broken"].list.item(0).text() == "Nothing to look at"


def row_fits(box) -> list[bool]:
    """For each row of an attention list: is it tall enough for its whole text, wrapped
    at the width it is drawn in?"""
    delegate, fits = box.list.itemDelegate(), []
    for n in range(box.list.count()):
        item = box.list.item(n)
        text_rect = delegate.text_rect(box.list.visualItemRect(item))
        needed = box.list.fontMetrics().boundingRect(
            text_rect.adjusted(0, 0, 0, 1_000_000), int(delegate.FLAGS), item.text())
        fits.append(needed.height() <= text_rect.height())
    return fits


def test_attention_rows_show_their_whole_text_at_any_width(qtbot, demo_store) -> None:
    """A warranty row (name, code, date and place) once lost the place to "…"; and rows
    rewrap when the window is resized. (At 1024 pixels the chart goes under the lists,
    which are then wider than at 1180, where they share the width with it.)"""
    window = open_window(qtbot, demo_store)
    window.show_page("overview")
    warranty = window.overview.attention_lists["warranty_ending"].list
    heights = {}
    for width in (1366, 1024, 1600, 1180):
        window.resize(width, 720)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: all(row_fits(window.overview.attention_lists["warranty_ending"])))
        for box in window.overview.attention_lists.values():
            assert box.list.count() and all(row_fits(box))
        heights[width] = warranty.visualItemRect(warranty.item(0)).height()
    assert heights[1180] > heights[1600]
