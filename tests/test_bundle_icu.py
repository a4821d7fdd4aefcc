"""The bundle's smaller ICU data (installer/slim_icu.py): built from the ICU data library of
the installed Qt, it must be far smaller and Qt must sort, case and name time zones in
Vietnamese and English exactly as with the whole data — checked in a Python started with
the smaller library loaded in place of Qt's own (its path read back from the process's
memory map, so the test cannot pass on Qt's copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import PySide6

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "installer"))
import slim_icu  # noqa: E402

QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
PROBE = r"""
import json
from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, QTime, QTimeZone
words = ["Đức", "Dũng", "Anh", "Ấn", "Ă", "ơ", "o", "ô", "Zơ", "Bảo", "Ngô", "Nguyễn", "Ý"]
when = QDateTime(QDate(2026, 12, 5), QTime(10, 0))
zone = QTimeZone(b"Asia/Ho_Chi_Minh")
found = {
    "vi_sorted": sorted(words, key=QCollator(QLocale("vi_VN")).sortKey),
    "en_sorted": sorted(["b", "A", "é", "e", "Z"], key=QCollator(QLocale("en_GB")).sortKey),
    "upper": QLocale("vi_VN").toUpper("đường ống ừ ỹ"),
    "lower": QLocale("vi_VN").toLower("ĐƯỜNG ỐNG"),
    "zone_valid": zone.isValid(),
    "zone_vi": zone.displayName(when, QTimeZone.NameType.LongName, QLocale("vi")),
    "zone_en": zone.displayName(when, QTimeZone.NameType.LongName, QLocale("en_GB")),
    "offset": zone.offsetFromUtc(when),
    "maps": [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line],
}
print(json.dumps(found, ensure_ascii=False))
"""

def probe(preload: Path | None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("LD_PRELOAD", None)
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, check=True, timeout=120)
    return json.loads(done.stdout)


def test_the_smaller_icu_data_answers_as_the_whole(tmp_path: Path) -> None:
    whole = next(QT_LIB.glob("libicudata.so.*[0-9]"))
    smaller = slim_icu.slim(whole, tmp_path)
    assert smaller.name == whole.name
    assert smaller.stat().st_size < whole.stat().st_size * 0.45
    reference, slimmed = probe(None), probe(smaller)
    assert {Path(p).resolve() for p in slimmed.pop("maps")} == {smaller.resolve()}
    assert {Path(p).resolve() for p in reference.pop("maps")} == {whole.resolve()}
    assert slimmed == reference
    assert reference["vi_sorted"][:4] == ["Anh", "Ă", "Ấn", "Bảo"]
    assert reference["upper"] == "ĐƯỜNG ỐNG Ừ Ỹ"


def test_only_other_languages_and_transliteration_are_dropped() -> None:
    assert slim_icu.kept("coll/vi.res") and slim_icu.kept("vi_VN.res")
    assert slim_icu.kept("en_GB.res") and slim_icu.kept("zone/en_001.res")
    assert slim_icu.kept("coll/root.res") and slim_icu.kept("curr/pool.res")
    assert slim_icu.kept("coll/res_index.res") and slim_icu.kept("zoneinfo64.res")
    assert slim_icu.kept("coll/ucadata.icu") and slim_icu.kept("brkitr/cjdict.dict")
    assert slim_icu.kept("likelySubtags.res") and slim_icu.kept("cnvalias.icu")
    assert not slim_icu.kept("coll/zh.res") and not slim_icu.kept("coll/de_.res")
    assert not slim_icu.kept("fr_CA.res") and not slim_icu.kept("lang/yue_Hans.res")
    assert not slim_icu.kept("translit/root.res")


def test_the_spec_swaps_only_icu_data(tmp_path: Path) -> None:
    whole = next(QT_LIB.glob("libicudata.so.*[0-9]"))
    other = ("PySide6/Qt/lib/libicuuc.so.73", str(QT_LIB / "libicuuc.so.73"), "BINARY")
    swapped = slim_icu.replace_icu_data(
        [("PySide6/Qt/lib/" + whole.name, str(whole), "BINARY"), other], tmp_path)
    assert swapped[1] == other
    assert swapped[0][0] == "PySide6/Qt/lib/" + whole.name
    assert Path(swapped[0][1]).parent == tmp_path / "icu"
