"""Versioned upgrades of the settings (Picard's way): the settings file keeps the version it
was last upgraded to, and ``UPGRADES[n]`` moves settings of version ``n`` to ``n + 1``.

Why numbered steps rather than "read whatever is there": a key renamed or retyped in one
release must still be understood on a laptop that skipped three releases; each step is
written once, against the layout of its own version, tested from a file of that version,
and never changed afterwards. A new step is appended; ``CURRENT_VERSION`` follows.

Version 0 is every installation from before the registry: no ``window.ini``, and the
installation's three settings as free strings in the store. A file from a newer release
(a version above ours: the app was downgraded) is left as it is; what this release
understands of it is still read, and nothing is written back under an older number.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from app.models.store import Store
from app.ops.settings import retype_settings
from app.ui.runtime.options import REGISTRY, SETTINGS_VERSION, Options, Scope, options_for

log = logging.getLogger(__name__)

Upgrade = Callable[[Options, Store], None]


def upgrade_1_typed_store_settings(options: Options, store: Store) -> None:
    """0 → 1: the store's string settings (``ui.language``, ``province.department``,
    ``sync.server_url``) become values of their declared type: a language as its code
    ("vi_VN" → "vi"), a department's name in NFC, an address normalised ("may-chu:8080" →
    "http://may-chu:8080"); a string that is no value ("", "fr") is forgotten, so the
    registry's default applies instead of a blank."""
    checks = {option.key: option.check for option in REGISTRY.values()
              if option.scope is Scope.INSTALLATION and option.check is not None}
    changed = retype_settings(store, checks)
    if changed:
        log.info("settings upgrade 1: %s", changed)


UPGRADES: tuple[Upgrade, ...] = (upgrade_1_typed_store_settings,)
CURRENT_VERSION = len(UPGRADES)


def upgrade_settings(store: Store, options: Options | None = None,
                     upgrades: tuple[Upgrade, ...] = UPGRADES) -> int:
    """Bring the settings of ``store``'s device to the current version, one step at a time
    (the version is written after each, so a failed step is the one run again); returns the
    version they are at."""
    options = options or options_for(store)
    version = options.get(SETTINGS_VERSION)
    if version > len(upgrades):
        log.warning("settings of version %d are newer than this program (%d); left as they "
                    "are", version, len(upgrades))
        return version
    for step in range(max(version, 0), len(upgrades)):
        upgrades[step](options, store)
        options.set(SETTINGS_VERSION, step + 1)
        options.sync()
    return max(version, len(upgrades))
