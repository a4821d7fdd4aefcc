"""The enrolled, synced test world (a province and its laptops, ``usb_helpers.build_world``)
as fixtures for every sync test module: built once per module, copied for each test so a
test may change anything in it."""

from __future__ import annotations

import pytest

from tests.usb_helpers import World, build_world


@pytest.fixture(scope="module")
def world_template(request, tmp_path_factory) -> World:
    name = request.module.__name__.rsplit(".", 1)[-1]
    return build_world(tmp_path_factory.mktemp(name) / "world")


@pytest.fixture
def world(world_template, tmp_path) -> World:
    """A private copy of the enrolled, synced world for one test."""
    return world_template.copy_to(tmp_path / "world")
