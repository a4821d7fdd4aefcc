"""Bundles on a USB stick: what to write into a folder, and what to take from one.

Each file is handled on its own: one refused bundle does not stop the others, and every
file gets a line in the report. A file that is harmless to pass over is *skipped*, not
refused, whether it was named or found in a folder: a bundle meant for another device (a
stick carries every device's files) and one already imported (old files stay on the
stick). Only a file that cannot be trusted or applied (damaged, forged, foreign, revoked,
out of scope) is *refused*, and only refusals make the command fail. Each line is a
message of the catalogue (app/messages/sync.py): ``str()`` of it is the sentence in this
process's language, the window shows it in its own.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from app.messages import Message, grouped, message
from app.models.errors import ModelError

from . import bundle, safejson
from .enrolment import CLAIM_KIND
from .errors import BadSignatureError, DamagedBundleError
from .keys import PublicKeys
from .transfer import Outcome

CLAIM_SUFFIX = ".citc.json"
# The largest file a bundle can be, so that a bigger one is refused from its size alone,
# never read into memory: a body of at most ``MAX_BODY_BYTES`` before compression (which
# zstd grows by at most 1/256 of it), its encryption tag, a header of at most
# ``MAX_HEADER_BYTES``, the lengths and the signature (the last two well inside 4 KiB).
MAX_BUNDLE_FILE_BYTES = (bundle.MAX_BODY_BYTES + (bundle.MAX_BODY_BYTES >> 8)
                         + bundle.MAX_HEADER_BYTES + 4096)
MAX_CLAIM_FILE_BYTES = 1 << 20  # a claim is a few hundred bytes of JSON


@dataclass
class FileReport:
    """What an export or import did, file by file: ``notes`` and ``skipped`` are told on
    stdout and leave the exit status 0; ``refused`` lines make it 2."""

    written: list[Path] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    skipped: list[Message] = field(default_factory=list)
    refused: list[Message] = field(default_factory=list)
    applied: int = 0
    conflicts: int = 0
    taken: int = 0  # bundles taken in (not replays): only then may compaction find work

    @property
    def ok(self) -> bool:
        return not self.refused

    def record(self, outcome: Outcome, receiver: Message) -> Message | None:
        """Count an imported bundle and say in a line what it did; None for a replay,
        which the caller lists as skipped."""
        if outcome.duplicate:
            return None
        self.taken += 1
        self.notes.extend(outcome.notes)  # e.g. a clock warning, values held back
        if outcome.header.kind == "receipt":
            return message("sync.receipt_taken", count=outcome.acknowledged, receiver=receiver)
        self.applied += outcome.applied
        self.conflicts += outcome.conflicts
        return message("sync.changes_taken", applied=outcome.applied,
                       conflicts=outcome.conflicts)


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[Path], list[Message]]:
    """Bundle files and claim files named or found in the given files and folders."""
    bundles: list[Path] = []
    claims: list[Path] = []
    missing: list[Message] = []
    for path in paths:
        if path.is_dir():
            bundles += bundle.find_bundles(path)
            claims += sorted(path.glob(f"*{CLAIM_SUFFIX}"))
        elif path.name.endswith(CLAIM_SUFFIX):
            claims.append(path)
        elif path.is_file():
            bundles.append(path)
        else:
            missing.append(message("sync.file_missing", path=path))
    return bundles, claims, missing


def read_claim(path: Path) -> dict:
    try:
        # bounded size and nesting: never read whole, never a RecursionError
        data = safejson.loads(read_bounded(path, MAX_CLAIM_FILE_BYTES,
                                           message("sync.what_claim")))
    except (OSError, ValueError) as exc:  # the parser's or the system's own words
        raise ModelError("sync.claim_unreadable", file=path.name, reason=str(exc)) from exc
    if not isinstance(data, dict) or data.get("kind") != CLAIM_KIND:
        raise ModelError("sync.not_a_claim", file=path.name)
    return data


def write_claim(directory: Path, claim: dict) -> Path:
    name = f"claim-{claim['device_id'][:8]}{CLAIM_SUFFIX}"
    text = json.dumps(claim, ensure_ascii=False, indent=1, sort_keys=True)
    return bundle.write_atomically(directory, name, text.encode("utf-8"))


def write_bundle(directory: Path, data: bytes) -> Path:
    return bundle.write_atomically(directory, bundle.bundle_filename(bundle.read_header(data)),
                                   data)


def take_each(paths: list[Path], me: str, known: Mapping[str, PublicKeys], report: FileReport,
              apply: Callable[[Path, bytes], Message | None]) -> None:
    """Run ``apply`` on each bundle meant for ``me`` and skip the others; ``apply`` returns
    the line to note, or None for a bundle already imported. Named files and files found
    in a folder are treated alike: the officer who picks every file on a stick must not
    get a failure for the other laptops' files. ``known`` holds the public keys of the
    senders whose signature this side can check (see ``passed_over``)."""
    for path in paths:
        try:
            data = read_bounded(path, MAX_BUNDLE_FILE_BYTES, message("sync.what_bundle"))
            header = bundle.read_header(data)
            if header.receiver != me:
                report.skipped.append(message("sync.file_entry", file=path.name,
                                              text=passed_over(data, header, known)))
                continue
            line = apply(path, data)
        except OSError as exc:
            report.refused.append(message("sync.file_unreadable", file=path.name,
                                          reason=str(exc.strerror)))
            continue
        except ModelError as exc:
            report.refused.append(message("sync.file_entry", file=path.name, text=exc))
            continue
        except IntegrityError:
            report.refused.append(message("sync.file_needs_missing_data", file=path.name))
            continue
        if line is None:
            report.skipped.append(message("sync.file_taken_before", file=path.name))
        else:
            report.notes.append(message("sync.file_entry", file=path.name, text=line))


def read_bounded(path: Path, limit: int, what: Message) -> bytes:
    """The bytes of ``path``, refused unread if it is bigger than any ``what`` can be (a
    1.5 GB file named ``.citb`` on a stick must not fill the memory before its refusal);
    at most ``limit`` bytes are read even if the file grows meanwhile."""
    size = path.stat().st_size
    if size <= limit:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
        if len(data) <= limit:
            return data
        size = max(size, len(data))
    raise DamagedBundleError("sync.file_too_large", size=_megabytes(size), what=what,
                             limit=_megabytes(limit))


def _megabytes(size: int) -> Message:
    """A size in whole megabytes, rounded up, its digits grouped as each language does."""
    return message("sync.megabytes", count=grouped(-(-size // (1 << 20))))


def passed_over(data: bytes, header: bundle.Header, known: Mapping[str, PublicKeys]
                ) -> Message:
    """The skip line of a bundle addressed to another device, once it is shown to be one.

    Skipping is harmless only if the file really is another device's, not one whose header
    was damaged or altered on the way. A bundle whose sender this side knows (the province
    and this device itself on a laptop; the province and every enrolled device on the
    server) must carry that sender's valid signature. One whose sender is unknown can only
    be another laptop's bundle to the province (only the province sends to devices, and a
    laptop cannot check another laptop's signature); anything else is refused.
    """
    if header.sender in known:
        bundle.verify(data, sender_key_for=known.get)
    elif header.receiver != bundle.PROVINCE:
        raise BadSignatureError("bundle.unknown_maker", sender=header.sender,
                                receiver=header.receiver)
    return message("sync.for_other_device", receiver=header.receiver)
