"""The one exception base of the operations layer.

Most refusals an operation passes on come from the layer below (a ``ValidationError`` of
``app.models``, an ``ImportFileError`` of ``app.exchange``) and keep their own class: the
window and the command line already tell those apart. ``OpsError`` is for what an
operation itself finds wrong in the plain values it was given; its codes live in
``app/messages/ops.py``.
"""

from __future__ import annotations

from app.models.errors import ModelError


class OpsError(ModelError):
    """A request an operation refuses by itself, told by a code of ``app.messages.ops``."""
