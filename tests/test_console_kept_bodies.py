"""The console's rendered page bodies are kept by their length, not their number (issue 14):
fifty staff reading the 130 communes of a province, in both languages, find every page
body they read before still kept, and a budget overrun forgets the least recently read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from markupsafe import Markup

from app.server.console import view


@pytest.fixture
def empty_parts() -> Iterator[None]:
    kept, size = dict(view._PARTS), view._PARTS_SIZE[0]
    view._PARTS.clear()
    view._PARTS_SIZE[0] = 0
    yield
    view._PARTS.clear()
    view._PARTS.update(kept)
    view._PARTS_SIZE[0] = size


def test_every_commune_page_of_a_province_in_both_languages_stays_kept(empty_parts):
    body = Markup("x" * 16_000)  # a commune's page of 100 officials and 100 items
    keys = [("commune.html", lang, f"{code:05d}", 7) for code in range(130)
            for lang in ("vi", "en")]
    for key in keys:
        view.keep(key, body)
    view.keep(("province.html", "vi", "province", 7), Markup("y" * 90_000))
    assert all(key in view._PARTS for key in keys)
    assert view._PARTS_SIZE[0] == 260 * 16_000 + 90_000


def test_beyond_the_budget_the_least_recently_read_body_goes(empty_parts, monkeypatch):
    monkeypatch.setattr(view, "MAX_PART_CHARS", 250)
    view.keep("a", Markup("a" * 100))
    view.keep("b", Markup("b" * 100))
    view._PARTS.move_to_end("a")  # read again, as render_kept does
    view.keep("c", Markup("c" * 100))
    assert list(view._PARTS) == ["a", "c"]
    view.keep("a", Markup("A" * 10))  # the same page rendered again, smaller
    assert view._PARTS_SIZE[0] == 110 and list(view._PARTS) == ["c", "a"]
    view.keep("d", Markup("d" * 1000))  # larger than the budget on its own: kept alone
    assert list(view._PARTS) == ["d"] and view._PARTS_SIZE[0] == 1000
