"""The one exception base of the printed papers.

A report refuses what it cannot print (an unknown name, a file type it does not write, a
course that is not there, a path it cannot write) with a code of ``app/messages/reports.py``
and its values, like every layer below the window: the command line and the window say it
in their own language.
"""

from __future__ import annotations

from app.models.errors import ModelError


class ReportError(ModelError):
    """A report that cannot be made as asked, told by a code of ``app.messages.reports``."""
