"""A smaller ICU data library for the Linux bundle: Qt's wheel carries ICU's whole data
(``libicudata.so.73``, 32 MB, a fifth of the bundle) — collation, locale names, currency
and unit names, transliteration for every language in the world. Qt asks ICU for
Vietnamese and English only (sorting the Vietnamese way, upper and lower case, time-zone
names), so the bundle carries a library with the same exported symbol whose data keeps the
root, Vietnamese and English locales and every item that is not a locale's (converters,
Unicode properties, time zones, break rules and their dictionaries), and drops
transliteration. ``tests/test_bundle_icu.py`` checks that Qt sorts, cases and names time
zones the same with it as with the whole data.

It uses ICU's own package tool (``icupkg``, Debian's ``icu-devtools``) to list and remove
items, and the C compiler to wrap the result as a shared library (``.incbin``); both are
build tools of the bundle, as PyInstaller is. On Windows Qt uses the system's ICU: nothing
to do there.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

KEPT_LANGUAGES = ("vi", "en")  # the app's two languages
ALWAYS_KEPT = ("root", "pool", "res_index")  # the fallback, shared strings, the index
DROPPED_TREES = ("translit",)  # Qt never transliterates
# A locale's bundle, at the top or in a tree: "vi.res", "coll/zh.res", "coll/de_.res".
LOCALE_ITEM = re.compile(r"^(?:\w+/)?([a-z]{2,3}(?:_[A-Za-z0-9]*)*)\.res$")
ASSEMBLY = """\t.section .rodata
\t.globl {symbol}
\t.type {symbol}, @object
\t.balign 16
{symbol}:
\t.incbin "{data}"
\t.size {symbol}, .-{symbol}
\t.section .note.GNU-stack,"",@progbits
"""


def is_icu_data(name: str) -> bool:
    """Whether a collected library is ICU's data (``libicudata.so.73``)."""
    return name.startswith("libicudata.so")


def kept(item: str) -> bool:
    """Whether an item of the ICU data stays in the bundle's copy."""
    tree = item.rpartition("/")[0]
    if tree in DROPPED_TREES:
        return False
    match = LOCALE_ITEM.match(item)
    if match is None:  # not a locale's: converters, properties, zones, rules
        return True
    locale = match.group(1)
    language = locale.split("_")[0]
    return locale in ALWAYS_KEPT or language in KEPT_LANGUAGES


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The exported data symbol's name, file offset and size, read with ``readelf``."""
    symbols = subprocess.run(["readelf", "-sW", str(library)], check=True,
                             capture_output=True, text=True).stdout
    found = re.search(r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+"
                      r"(icudt\d+_dat)\b", symbols)
    if found is None:
        raise RuntimeError(f"no ICU data symbol in {library}")
    address, size = int(found.group(1), 16), int(found.group(2), 0)
    sections = subprocess.run(["readelf", "-SW", str(library)], check=True,
                              capture_output=True, text=True).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return found.group(3), section_offset + address - section_address, size
    raise RuntimeError(f"no .rodata section in {library}")


def slim(library: Path, workdir: Path) -> Path:
    """Write the smaller library into ``workdir`` (same file name, same soname) and return
    its path. The package's name inside the data (``icudt73l``) must stay as ICU looks it
    up, so the data file keeps that name."""
    symbol, offset, size = _data_symbol(library)
    package = symbol.removesuffix("_dat") + "l"  # little-endian data: icudt73l
    workdir.mkdir(parents=True, exist_ok=True)
    whole, smaller = workdir / "whole" / f"{package}.dat", workdir / f"{package}.dat"
    whole.parent.mkdir(exist_ok=True)
    with library.open("rb") as source:
        source.seek(offset)
        whole.write_bytes(source.read(size))
    listing = subprocess.run(["icupkg", "-l", str(whole)], check=True, capture_output=True,
                             text=True).stdout.split()
    removed = workdir / "removed.txt"
    removed.write_text("".join(f"{item}\n" for item in listing if not kept(item)),
                       encoding="utf-8")
    smaller.unlink(missing_ok=True)
    subprocess.run(["icupkg", "-r", str(removed), str(whole), str(smaller)], check=True,
                   capture_output=True)
    source_file = workdir / "data.S"
    source_file.write_text(ASSEMBLY.format(symbol=symbol, data=smaller.name),
                           encoding="utf-8")
    target = workdir / library.name
    soname = re.sub(r"(\.so\.\d+).*$", r"\1", library.name)
    subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o",
                    str(target), source_file.name], check=True, cwd=workdir,
                   capture_output=True)
    return target


def replace_icu_data(binaries: list[tuple[str, str, str]],
                     workdir: Path) -> list[tuple[str, str, str]]:
    """PyInstaller's binaries with ICU's data library swapped for the smaller one."""
    return [(dest, str(slim(Path(src), workdir / "icu")), kind)
            if is_icu_data(Path(dest).name) else (dest, src, kind)
            for dest, src, kind in binaries]
