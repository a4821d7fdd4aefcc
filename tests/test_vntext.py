"""Tests for app.models.vntext: normalisation, search, Vietnamese collation, ethnicity."""

from __future__ import annotations

import csv
import random
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models.vntext import (
    DEFAULT_ETHNIC_GROUPS_CSV,
    collation_key,
    load_ethnic_groups,
    matches,
    nfc,
    person_sort_key,
    resolve_ethnicity,
    search_key,
)


def nfd(text: str) -> str:
    """Decomposed form, as produced by some macOS/Linux keyboards."""
    return unicodedata.normalize("NFD", text)


def shuffled(items: list[str], seed: int = 7) -> list[str]:
    """A deterministic permutation that differs from the input order."""
    copy = list(items)
    random.Random(seed).shuffle(copy)
    assert copy != items
    return copy


def vn_sorted(items: list[str]) -> list[str]:
    return sorted(items, key=collation_key)


# --- nfc ------------------------------------------------------------------------------
def test_nfc_composes_decomposed_input() -> None:
    decomposed = nfd("Nguyễn Văn Đức")
    assert decomposed != "Nguyễn Văn Đức"
    result = nfc(decomposed)
    assert result == "Nguyễn Văn Đức"
    assert unicodedata.is_normalized("NFC", result)


def test_nfc_trims_and_collapses_whitespace() -> None:
    assert nfc("  Lò \t Văn\n\u00a0 Thắng  ") == "Lò Văn Thắng"


@pytest.mark.parametrize("value", [None, "", "   \t\n"])
def test_nfc_empty_values(value: str | None) -> None:
    assert nfc(value) == ""


# --- search_key / matches -------------------------------------------------------------
def test_search_key_strips_diacritics_case_and_d_stroke() -> None:
    assert search_key("Nguyễn Văn Đức") == "nguyen van duc"
    assert search_key("ĐẶNG THỊ ƯỚC") == "dang thi uoc"


def test_search_key_same_for_nfd_input() -> None:
    assert search_key(nfd("Nguyễn Văn Đức")) == "nguyen van duc"


def test_search_key_collapses_whitespace() -> None:
    assert search_key("  Lò   Văn\tThắng ") == "lo van thang"


def test_search_key_folds_typographic_apostrophes() -> None:
    assert search_key("H’Mông") == "h'mong"
    assert search_key("Hʼmông") == "h'mong"
    assert search_key("H‘Mông") == search_key("H'Mông")


def test_search_key_folds_eth_lookalike() -> None:
    assert search_key("\u00d0ức") == "duc"


@pytest.mark.parametrize("value", [None, ""])
def test_search_key_empty(value: str | None) -> None:
    assert search_key(value) == ""


def _whole_text_key(text: str) -> str:
    """The search key computed the slow, obvious way: normalise the whole text at once."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    folded = bare.replace("đ", "d").replace("Đ", "d").replace("\u00d0", "d").casefold()
    for apostrophe in "\u2019\u2018\u02bc\u02bb\u2032\u00b4`":
        folded = folded.replace(apostrophe, "'")
    return " ".join(folded.split())


@given(st.text(alphabet=st.sampled_from(
    "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐ\u00d0 \t'’ʼ`\u0300\u0301\u0303\u0309\u0323\u0306\u0302"
    "\u031bİßﬁΣσς0123456789-")))
def test_search_key_per_character_fold_equals_whole_text_fold(text: str) -> None:
    assert search_key(text) == _whole_text_key(text)


@given(st.text())
def test_search_key_any_text_equals_whole_text_fold(text: str) -> None:
    assert search_key(text) == _whole_text_key(text)


@pytest.mark.parametrize(
    "query",
    ["nguyen van", "Nguyễn Văn", "van nguyen", "NGUYEN", "d", "đức", "uye", nfd("Đức"), ""],
)
def test_matches_positive(query: str) -> None:
    assert matches(query, search_key("Nguyễn Văn Đức"))


@pytest.mark.parametrize("query", ["nguyen binh", "tran", "duc x", "vanduc"])
def test_matches_negative(query: str) -> None:
    assert not matches(query, search_key("Nguyễn Văn Đức"))


def test_matches_empty_query_matches_everything() -> None:
    assert matches("", "")
    assert matches("   ", search_key("Lò Văn An"))


def test_matches_apostrophe_variants() -> None:
    assert matches("h’mong", search_key("H'Mông"))


# --- collation_key ----------------------------------------------------------------------
def test_tones_sort_ngang_huyen_hoi_nga_sac_nang() -> None:
    expected = ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]
    assert vn_sorted(shuffled(expected)) == expected
    assert vn_sorted(list(reversed(expected))) == expected


def test_vietnamese_alphabet_order() -> None:
    alphabet = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    assert vn_sorted(shuffled(alphabet)) == alphabet


def test_foreign_latin_letters_slot_in_latin_place() -> None:
    expected = ["e", "ê", "f", "g", "i", "j", "k", "v", "w", "x", "y", "z"]
    assert vn_sorted(shuffled(expected)) == expected


@pytest.mark.parametrize(
    "expected",
    [
        ["Dung", "Đức", "Em"],
        ["O", "Ô", "Ơ", "Pa"],
        ["Uy", "Ưng", "Vân"],
        ["Anh", "Ăn", "Ân", "Ba"],
        ["Xuân", "Yến", "Zô"],
    ],
)
def test_letter_order_examples(expected: list[str]) -> None:
    assert vn_sorted(list(reversed(expected))) == expected


def test_letters_beat_tones() -> None:
    # Tones are secondary: a later base letter wins even against an earlier heavy tone.
    assert vn_sorted(["Ba", "Ạ"]) == ["Ạ", "Ba"]
    assert vn_sorted(["Mai", "Mạ"]) == ["Mạ", "Mai"]
    assert vn_sorted(["Ăn", "Ánh"]) == ["Ánh", "Ăn"]


def test_case_is_tertiary() -> None:
    assert vn_sorted(["án", "An", "an"]) == ["an", "An", "án"]
    assert vn_sorted(["Đa", "đa", "da"]) == ["da", "đa", "Đa"]


def test_digits_before_letters_and_others_after() -> None:
    assert vn_sorted(["α", "Z", "a", "7", "Ư"]) == ["7", "a", "Ư", "Z", "α"]
    assert vn_sorted(["中", "ß", "y"]) == ["y", "ß", "中"]


def test_whitespace_gives_word_by_word_order() -> None:
    assert vn_sorted(["Anh", "An Bình"]) == ["An Bình", "Anh"]


def test_nfd_and_nfc_input_give_identical_keys() -> None:
    for text in ["Nguyễn Văn Đức", "Ưng Hoàng Phúc", "Mạ", "Khơ-mú"]:
        assert collation_key(nfd(text)) == collation_key(text)
    assert vn_sorted([nfd("Mạ"), "Mã", nfd("Ma")]) == [nfd("Ma"), "Mã", nfd("Mạ")]


def test_tone_placement_old_and_new_style_collate_together() -> None:
    ordered = vn_sorted(["hoả", "hòa", "hoa", "hoà", "hoá"])
    assert ordered[0] == "hoa"
    assert set(ordered[1:3]) == {"hoà", "hòa"}
    assert ordered[3:] == ["hoả", "hoá"]


def test_eth_lookalike_collates_as_d_stroke() -> None:
    assert collation_key("\u00d0ức")[:3] == collation_key("Đức")[:3]


def test_sort_is_not_plain_code_point_order() -> None:
    names = ["Đức", "Ưng", "Zô", "Em", "Vân"]
    assert sorted(names) != vn_sorted(names)
    assert vn_sorted(names) == ["Đức", "Em", "Ưng", "Vân", "Zô"]


@given(st.text(alphabet="aăâeêioôơuưyAĂÂĐđ dnghm\u0300\u0301\u0303\u0309\u0323-"))
def test_collation_and_search_ignore_normal_form(text: str) -> None:
    composed = unicodedata.normalize("NFC", text)
    assert collation_key(nfd(text)) == collation_key(composed)
    assert search_key(nfd(text)) == search_key(composed)


# --- person_sort_key ----------------------------------------------------------------------
def test_person_sort_key_realistic_list() -> None:
    # Hand-ordered by given name, then middle name(s), then family name.
    expected = [
        "Nguyễn Văn An",  # An: prefix of Anh
        "Lò Thị Anh",  # Anh (ngang) < Ánh (sắc)
        "Nguyễn Thị Ánh",  # same given: middle Thị < Văn
        "Lường Văn Ánh",
        "Đinh Thị Ân",  # â after a
        "Vừ A Dơ",  # ơ < u
        "Hờ A Dua",  # same given: middle A < Thị
        "Sùng Thị Dua",
        "Lò Thị Dung",  # dua < dung (a < n)
        "Cầm Văn Đức",  # đ after d
        "Lê Thị Khai",  # same given: middles (Thị) < (Thị, Minh)
        "Nguyễn Thị Minh Khai",
        "Lò Thị Mai",  # same given and middle: family Lò < Quàng
        "Quàng Thị Mai",
        "Giàng A Páo",  # family Giàng < Mùa
        "Mùa A Páo",
        "Lò Văn Thắng",
        "Quàng Văn Thắng",
    ]
    assert sorted(shuffled(expected), key=person_sort_key) == expected
    assert sorted(reversed(expected), key=person_sort_key) == expected


def test_person_sort_key_brief_example() -> None:
    names = ["Lò Văn An", "Nguyễn Thị Ánh", "Trần Bình", "Lường Thị Bích", "Vừ A Dơ", "Vừ A Đông"]
    # Bích < Bình because c < n at the third letter.
    expected = [
        "Lò Văn An",
        "Nguyễn Thị Ánh",
        "Lường Thị Bích",
        "Trần Bình",
        "Vừ A Dơ",
        "Vừ A Đông",
    ]
    assert sorted(reversed(names), key=person_sort_key) == expected


def test_person_sort_key_given_name_dominates_family_name() -> None:
    assert sorted(["An Văn Xuân", "Yên Văn Bình"], key=person_sort_key) == [
        "Yên Văn Bình",
        "An Văn Xuân",
    ]


def test_person_sort_key_single_word_and_empty() -> None:
    assert person_sort_key("Páo") == person_sort_key("  Páo ")
    ordered = sorted(["Giàng A Páo", "Páo", "An", ""], key=person_sort_key)
    assert ordered == ["", "An", "Páo", "Giàng A Páo"]


def test_person_sort_key_nfd_equals_nfc() -> None:
    assert person_sort_key(nfd("Nguyễn Thị Ánh")) == person_sort_key("Nguyễn Thị Ánh")


# --- ethnic groups CSV ----------------------------------------------------------------------
OFFICIAL_NAMES = [
    "Kinh", "Tày", "Thái", "Hoa", "Khơ-me", "Mường", "Nùng", "Mông", "Dao", "Gia-rai",
    "Ngái", "Ê-đê", "Ba-na", "Xơ-đăng", "Sán Chay", "Cơ-ho", "Chăm", "Sán Dìu", "Hrê",
    "Mnông", "Ra-glai", "Xtiêng", "Bru-Vân Kiều", "Thổ", "Giáy", "Cơ-tu", "Gié-Triêng",
    "Mạ", "Khơ-mú", "Co", "Tà-ôi", "Chơ-ro", "Kháng", "Xinh-mun", "Hà Nhì", "Chu-ru",
    "Lào", "La Chí", "La Ha", "Phù Lá", "La Hủ", "Lự", "Lô Lô", "Chứt", "Mảng", "Pà Thẻn",
    "Cơ Lao", "Cống", "Bố Y", "Si La", "Pu Péo", "Brâu", "Ơ Đu", "Rơ-măm",
]  # fmt: skip


@pytest.fixture(scope="module")
def groups() -> list[tuple[str, str, str]]:
    return load_ethnic_groups()


def test_csv_header_and_encoding() -> None:
    raw = DEFAULT_ETHNIC_GROUPS_CSV.read_text(encoding="utf-8")
    assert raw.splitlines()[0] == "code,name,variants"
    assert unicodedata.is_normalized("NFC", raw)
    with DEFAULT_ETHNIC_GROUPS_CSV.open(encoding="utf-8", newline="") as handle:
        assert all(len(row) == 3 for row in csv.reader(handle))


def test_csv_has_54_groups_in_gso_order(groups: list[tuple[str, str, str]]) -> None:
    assert len(groups) == 54
    assert [code for code, _, _ in groups] == [f"{n:02d}" for n in range(1, 55)]
    assert [name for _, name, _ in groups] == OFFICIAL_NAMES


def test_csv_spellings_are_unambiguous(groups: list[tuple[str, str, str]]) -> None:
    # Every name and variant must resolve back to its own row.
    for code, name, variants in groups:
        for spelling in [name, *filter(None, variants.split("|"))]:
            assert resolve_ethnicity(spelling, groups) == code, spelling


def test_load_ethnic_groups_custom_path(tmp_path: Path) -> None:
    path = tmp_path / "groups.csv"
    path.write_text("\ufeffcode,name,variants\n01,Kinh,Việt\n02,Tày,\n", encoding="utf-8")
    assert load_ethnic_groups(path) == [("01", "Kinh", "Việt"), ("02", "Tày", "")]


# --- resolve_ethnicity ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("H'Mông", "08"),
        ("H’Mông", "08"),
        ("hmong", "08"),
        ("Mông", "08"),
        ("MONG", "08"),
        ("Mèo", "08"),
        ("8", "08"),
        ("08", "08"),
        (" 08 ", "08"),
        ("Khơ mú", "29"),
        ("Khơ Mú", "29"),
        ("khomu", "29"),
        ("Khơ-mú", "29"),
        ("Khmu", "29"),
        ("Khmer", "05"),
        ("khơ me", "05"),
        ("kinh", "01"),
        ("Việt", "01"),
        ("Thai", "03"),
        ("Ê Đê", "12"),
        ("ede", "12"),
        ("jrai", "10"),
        ("bru van kieu", "23"),
        ("Vân Kiều", "23"),
        ("Tà Ôi", "31"),
        ("pa co", "31"),
        ("Co", "30"),
        ("Cơ Lao", "47"),
        ("Co Lao", "47"),
        ("Lao", "37"),
        ("Ơ-đu", "53"),
        ("Dân tộc Thái", "03"),
        (nfd("Xơ Đăng"), "14"),
        ("54", "54"),
    ],
)
def test_resolve_ethnicity_known(text: str, code: str, groups: list[tuple[str, str, str]]) -> None:
    assert resolve_ethnicity(text, groups) == code


@pytest.mark.parametrize("text", ["", "   ", "Klingon", "0", "00", "55", "100", "-", "Mô"])
def test_resolve_ethnicity_unknown(text: str, groups: list[tuple[str, str, str]]) -> None:
    assert resolve_ethnicity(text, groups) is None


def test_resolve_ethnicity_uses_given_rows_not_a_fixed_list() -> None:
    rows = [("07", "Foo-bar", "Baz")]
    assert resolve_ethnicity("foo bar", rows) == "07"
    assert resolve_ethnicity("BAZ", rows) == "07"
    assert resolve_ethnicity("Kinh", rows) is None


def test_resolve_ethnicity_rejects_ambiguous_rows() -> None:
    rows = [("01", "Abc", ""), ("02", "Xyz", "A-bc")]
    with pytest.raises(ValueError, match="ambiguous"):
        resolve_ethnicity("abc", rows)
