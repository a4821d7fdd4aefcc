"""The recovery paper of an encrypted store, printed from the window right after the
recovery key is made (the first administrator) — the only moment the key is known.

The paper names the commune that keeps it (a trainer's laptop of several communes: the
department under the province) and the computer it opens, from the device's own records,
so nothing on it is typed by hand.
"""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

from app.models import report_queries
from app.models.setup import require_device
from app.models.store import Store
from app.reports.document import Issuer
from app.reports.issuers import commune_issuer
from app.reports.recovery import RecoveryPaper, write_recovery_paper

from .accounts import signed_in_of
from .report_courses import province_issuer


def recovery_paper(store: Store, recovery: str, day: date | None = None) -> RecoveryPaper:
    """What the paper of ``recovery`` says on this device."""
    with store.sessions() as session:
        device = require_device(session)
        codes = list(device.communes)
        names = report_queries.unit_names(session, codes[0]) if len(codes) == 1 else None
        issuer: Issuer = (commune_issuer(names) if names is not None
                          else province_issuer(session, device.province_code)[0])
        computer = device.name
    who = signed_in_of(store)
    return RecoveryPaper(issuer, computer, day or date.today(), recovery,
                         who.name if who is not None else "")


def save_recovery_paper(store: Store, recovery: str, target: Path) -> Path:
    """Write the paper to ``target`` whole (beside, then renamed): a half-written PDF of a
    key is worse than none."""
    paper = recovery_paper(store, recovery)
    temp = target.with_name(f".{target.name}.part")
    try:
        write_recovery_paper(paper, temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def recovery_paper_pdf(store: Store, recovery: str) -> bytes:
    """The paper as PDF bytes, for the printer: printing writes no copy of the key to
    disk."""
    buffer = io.BytesIO()
    write_recovery_paper(recovery_paper(store, recovery), buffer)
    return buffer.getvalue()
