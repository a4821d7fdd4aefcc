"""Bundles on a USB stick: what to write into a folder, and what to take from one.

Each file is handled on its own: one refused bundle does not stop the others, and every
file gets a line in the report. Bundles meant for another device are left alone with a
note (a stick often carries several laptops' files).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from app.models.errors import ModelError

from . import bundle
from .enrolment import CLAIM_KIND
from .transfer import Outcome

CLAIM_SUFFIX = ".citc.json"


@dataclass
class FileReport:
    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    applied: int = 0
    conflicts: int = 0

    @property
    def ok(self) -> bool:
        return not self.refused

    def record(self, outcome: Outcome, receiver_name: str) -> str:
        """Count an imported bundle and say in a line what it did ("!" marks a replay)."""
        if outcome.duplicate:
            return "!đã nhập trước đó; không có gì thay đổi."
        if outcome.header.kind == "receipt":
            return f"biên nhận: {outcome.acknowledged} gói đã được {receiver_name} nhận."
        self.applied += outcome.applied
        self.conflicts += outcome.conflicts
        return f"đã nhập {outcome.applied} thay đổi ({outcome.conflicts} xung đột cần xem)."


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[Path], list[str]]:
    """Bundle files and claim files named or found in the given files and folders."""
    bundles: list[Path] = []
    claims: list[Path] = []
    missing: list[str] = []
    for path in paths:
        if path.is_dir():
            bundles += bundle.find_bundles(path)
            claims += sorted(path.glob(f"*{CLAIM_SUFFIX}"))
        elif path.name.endswith(CLAIM_SUFFIX):
            claims.append(path)
        elif path.is_file():
            bundles.append(path)
        else:
            missing.append(f"{path}: không có tệp này.")
    return bundles, claims, missing


def read_claim(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path.name}: không đọc được yêu cầu ghi danh ({exc}).") from exc
    if not isinstance(data, dict) or data.get("kind") != CLAIM_KIND:
        raise ModelError(f"{path.name}: không phải yêu cầu ghi danh.")
    return data


def write_claim(directory: Path, claim: dict) -> Path:
    name = f"claim-{claim['device_id'][:8]}{CLAIM_SUFFIX}"
    text = json.dumps(claim, ensure_ascii=False, indent=1, sort_keys=True)
    return bundle.write_atomically(directory, name, text.encode("utf-8"))


def write_bundle(directory: Path, data: bytes) -> Path:
    return bundle.write_atomically(directory, bundle.bundle_filename(bundle.read_header(data)),
                                   data)


def take_each(paths: list[Path], me: str, explicit: bool, report: FileReport,
              apply: Callable[[Path, bytes], str]) -> None:
    """Run ``apply`` on each bundle meant for ``me``; note or refuse the others."""
    for path in paths:
        try:
            data = path.read_bytes()
            header = bundle.read_header(data)
        except OSError as exc:
            report.refused.append(f"{path.name}: không đọc được tệp ({exc.strerror}).")
            continue
        except ModelError as exc:
            report.refused.append(f"{path.name}: {exc}")
            continue
        if header.receiver != me:
            note = f"{path.name}: dành cho thiết bị khác ({header.receiver})"
            (report.refused if explicit else report.notes).append(
                note + ("; không nhập." if explicit else ", bỏ qua."))
            continue
        try:
            line = apply(path, data)
        except ModelError as exc:
            report.refused.append(f"{path.name}: {exc}")
            continue
        except IntegrityError:
            report.refused.append(
                f"{path.name}: gói nhắc tới dữ liệu chưa có ở máy này (ví dụ một khóa học "
                "hay cán bộ chưa được gửi tới); không có gì thay đổi.")
            continue
        if line.startswith("!") and explicit:
            report.refused.append(f"{path.name}: {line[1:]}")
        elif line.startswith("!"):
            report.notes.append(f"{path.name}: {line[1:]}")
        else:
            report.notes.append(f"{path.name}: {line}")
