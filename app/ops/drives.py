"""USB sticks that are plugged in, so the Sync page can offer them by name.

Officers should not have to find "E:\\" in a folder dialog: the page lists the removable
drives it finds and keeps "Choose folder…" for everything else. Each operating system's
way of finding them sits in a small function that takes its system calls as arguments, so
tests run the Windows logic on Linux and any page can be given a fake list. No Qt here:
finding the sticks is what an officer does before an export, so it sits with the other
operations, and the command line could offer the same list.
"""

from __future__ import annotations

import getpass
import logging
import os
import platform
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DRIVE_REMOVABLE = 2  # GetDriveTypeW
SEM_FAILCRITICALERRORS = 0x0001  # no "insert a disk" box for an empty card reader
MOUNT_ROOTS = ("/media/{user}", "/run/media/{user}")


@dataclass(frozen=True)
class Drive:
    """A removable drive: where to write, and how to name it to the officer."""

    path: Path
    label: str


def removable_drives(system: str | None = None) -> list[Drive]:
    """The removable drives plugged in now (empty when none, or on an unknown system)."""
    system = system or platform.system()
    try:
        if system == "Windows":
            return windows_drives()
        if system == "Linux":
            return linux_drives(_read_mounts(), getpass.getuser())
        if system == "Darwin":
            return mac_drives(Path("/Volumes"))
    except OSError as exc:  # an unreadable mount table is "no stick found", not a failure
        log.warning("cannot list removable drives: %s", exc)
    return []


# --- Linux: mounted file systems under /media/<user>/ or /run/media/<user>/ --------------
def _read_mounts() -> str:
    return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040 (octal escapes)."""
    out, i = [], 0
    while i < len(field):
        chunk = field[i + 1:i + 4]
        if field[i] == "\\" and len(chunk) == 3 and all(c in string.octdigits for c in chunk):
            out.append(chr(int(chunk, 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def linux_drives(mounts: str, user: str,
                 is_dir: Callable[[Path], bool] = Path.is_dir) -> list[Drive]:
    """Drives the desktop mounted for ``user`` (udisks: /media/USER/LABEL or
    /run/media/USER/LABEL), from the text of /proc/mounts."""
    roots = [Path(root.format(user=user)) for root in MOUNT_ROOTS]
    found: dict[Path, Drive] = {}
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 2:
            continue
        point = Path(_unescape(fields[1]))
        if point.parent in roots and point not in found and is_dir(point):
            found[point] = Drive(point, point.name)
    return sorted(found.values(), key=lambda d: d.label.casefold())


# --- Windows: drive letters of type DRIVE_REMOVABLE ---------------------------------------
def windows_drives(mask: int | None = None, drive_type: Callable[[str], int] | None = None,
                   volume_label: Callable[[str], str] | None = None) -> list[Drive]:
    """Drive letters whose type is DRIVE_REMOVABLE, named "LABEL (E:)". The three system
    calls are arguments so the logic is tested anywhere; by default they are the real ones."""
    if mask is None or drive_type is None or volume_label is None:
        mask, drive_type, volume_label = _win32_calls()
    drives = []
    for bit, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        if mask & (1 << bit) and drive_type(root) == DRIVE_REMOVABLE:
            name = volume_label(root)
            drives.append(Drive(Path(root), f"{name} ({letter}:)" if name else f"{letter}:"))
    return drives


def _win32_calls() -> tuple[int, Callable[[str], int], Callable[[str], str]]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    kernel32.SetErrorMode(SEM_FAILCRITICALERRORS)

    def volume_label(root: str) -> str:
        buffer = ctypes.create_unicode_buffer(261)
        ok = kernel32.GetVolumeInformationW(ctypes.c_wchar_p(root), buffer, len(buffer),
                                            None, None, None, None, 0)
        return buffer.value if ok else ""  # an empty card reader has no volume

    return kernel32.GetLogicalDrives(), kernel32.GetDriveTypeW, volume_label


# --- macOS: volumes other than the start-up disk --------------------------------------------
def mac_drives(volumes: Path) -> list[Drive]:
    if not volumes.is_dir():
        return []
    return [Drive(p, p.name) for p in sorted(volumes.iterdir())
            if p.is_dir() and not p.is_symlink() and os.path.ismount(p)]
