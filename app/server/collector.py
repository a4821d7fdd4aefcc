"""The cyclic garbage collector held off while a stick's bundles are imported.

Reading and merging a bundle of 10,000 changes makes some 50,000 dictionaries and lists
that live until its transaction ends. Each allocation counts towards Python's collector,
which then walks them again and again, and once, at the largest, walks every object of the
process: about a tenth of the province's import of such a bundle, to find nothing, since
the records are plain data without cycles. So ``import_paths`` holds the collector off
while it runs and lets it run again afterwards; what cycles the import left (few: sessions,
caught errors) are collected then as they would have been.

Holds nest and may overlap (the console imports a stick in a thread of the server): the
collector is enabled again when the last holder leaves, and only if it was enabled when
the first came. Uploads over the network are not held: a server taking pushes all day
would otherwise never collect.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_resume = False  # whether the first holder found the collector enabled


@contextmanager
def collector_held() -> Iterator[None]:
    """Run the body with the cyclic collector off (see the module's docstring)."""
    global _holders, _resume
    with _lock:
        if _holders == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _resume:
                gc.enable()
