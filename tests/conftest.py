"""Shared by every test: Qt must run without a display, so the platform is chosen before
any test module imports PySide6 (an explicit QT_QPA_PLATFORM from the caller still wins).

Hypothesis: no deadlines anywhere (a busy 2-core machine is not a failing property), and
CI (``HYPOTHESIS_PROFILE=ci``, set by ``.ci/run``) draws the same examples on every run,
so a red CI always reproduces; local runs keep exploring new examples.

The language: the app speaks Vietnamese unless the environment asks for English
(app/messages/language.py), so a developer's English locale is cleared for every test;
tests of English set the variables themselves."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _name in ("COMMUNE_IT_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

from hypothesis import settings  # noqa: E402  (after the Qt platform is chosen)

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

pytest_plugins = [
    "tests.translation_fixtures",  # imports Qt: the platform is chosen above
    "tests.world_fixtures",  # the sync tests' province and laptops
]


import pytest  # noqa: E402

from app import messages  # noqa: E402


@pytest.fixture(autouse=True)
def _messages_in_vietnamese():
    """A test that switched the window (and so the messages) to English leaves none behind."""
    messages.set_language(messages.DEFAULT_LANGUAGE)
    yield
    messages.set_language(messages.DEFAULT_LANGUAGE)
