"""The command line speaks Vietnamese unless the environment asks for English.

Its catalogue (app/messages/cli.py) holds every sentence and help text it prints, in both
languages; real ``commune-it`` processes run the same commands with ``COMMUNE_IT_LANG=en``,
with an English ``LANG``, and with neither: the English runs print no Vietnamese letter,
the Vietnamese run prints what it always printed, and every exit status is the same.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.messages import Text, catalogue, message, placeholders
from app.messages.cli import TEXTS

ROOT = Path(__file__).resolve().parent.parent
COMMUNE_IT = Path(sys.executable).with_name("commune-it")  # the installed console script
_VI = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE = re.compile(f"[{_VI}{_VI.upper()}]")
CLI_MODULES = sorted((ROOT / "app").glob("cli*.py"))
LANG_VARIABLES = ("COMMUNE_IT_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


# --- the catalogue --------------------------------------------------------------------------
@pytest.mark.parametrize("code", sorted(TEXTS))
def test_each_entry_has_both_languages_with_the_same_placeholders(code: str) -> None:
    vietnamese, english = TEXTS[code]
    assert code.startswith("cli.") and re.fullmatch(r"cli\.[a-z0-9_]+", code)
    assert vietnamese.strip() and english.strip()
    assert placeholders(vietnamese) == placeholders(english)
    assert not VIETNAMESE.search(english), english
    assert catalogue()[code] == Text(vietnamese, english)


def _declared_codes() -> list[str]:
    """Every key written in the module's dict literals: a code written twice would hide one
    of its texts when the parts are merged."""
    tree = ast.parse((ROOT / "app" / "messages" / "cli.py").read_text(encoding="utf-8"))
    return [key.value for node in ast.walk(tree) if isinstance(node, ast.Dict)
            for key in node.keys if isinstance(key, ast.Constant)]


def test_each_code_is_declared_once() -> None:
    declared = _declared_codes()
    assert len(declared) == len(set(declared)) == len(TEXTS)


def _string_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_the_command_line_builds_no_sentence_of_its_own() -> None:
    """No string literal of app/cli*.py holds a Vietnamese letter: every sentence comes
    from the catalogue, so none is left Vietnamese in English."""
    found = {(path.name, text) for path in CLI_MODULES for text in _string_literals(path)
             if VIETNAMESE.search(text)}
    assert found == set()


def test_every_code_the_command_line_names_is_in_the_catalogue_and_none_is_dead() -> None:
    from app.cli_server import DEVICE_COLUMNS

    named = {text for path in CLI_MODULES for text in _string_literals(path)
             if re.fullmatch(r"cli\.[a-z0-9_]*[a-z0-9]", text)}  # not the f-string's head
    named |= {f"cli.devices_{column}" for column in DEVICE_COLUMNS}  # the table's header
    assert named - set(TEXTS) == set()
    assert set(TEXTS) - named == set()


# --- real processes -------------------------------------------------------------------------
ENGLISH = {"COMMUNE_IT_LANG": "en", "LANG": "C.UTF-8"}
ENGLISH_LOCALE = {"LANG": "en_GB.UTF-8"}
VIETNAMESE_DEFAULT = {"LANG": "C.UTF-8"}
# A file that is no bundle at all: refused (exit 2), the other files still taken.
DAMAGED = b"CITB1 this is not a bundle\n"
BAD_ROWS = "full_name,birth_date,it_certificate\nJohn Smith,31/02/1990,none\n"


def steps(folder: Path) -> list[tuple[str, list[str | Path], int]]:
    """Each step of a commune laptop's and its province's first day: a name, the command
    and its exit status, which no language changes. The data is ASCII (a device named
    Office, a commune given by its code, paths under a pytest folder), so what is left of
    Vietnamese in English can only be the program's words."""
    return [
        ("help", ["--help"], 0),
        ("sync help", ["sync", "--help"], 0),
        ("server serve help", ["server", "serve", "--help"], 0),
        ("usage error", ["setup", "--commune", "03325"], 2),
        ("setup", ["setup", "--commune", "03325", "--device-name", "Office"], 0),
        ("demo", ["demo"], 0),
        ("export", ["export", "staff", folder / "staff.csv"], 0),
        ("bad import file", ["import", "staff", folder / "bad.csv"], 2),
        ("sync status", ["sync", "status"], 0),
        ("sync status json", ["sync", "status", "--json"], 0),
        ("server enroll", ["server", "enroll", "--commune", "03325", "--device-name", "Office",
                           "--out", folder / "office.json"], 0),
        ("server devices", ["server", "devices"], 0),
        ("enroll", ["enroll", folder / "office.json"], 0),
        ("sync export", ["sync", "export", "--to", folder / "usb"], 0),
        ("refused file", ["sync", "import", folder / "damaged.citb"], 2),
    ]


STEP_NAMES = [name for name, _, _ in steps(Path())]


def run_day(folder: Path, environment: dict[str, str]) -> dict[str, subprocess.CompletedProcess]:
    """Every step as its own ``commune-it`` process in ``folder``, in ``environment``."""
    folder.mkdir(parents=True)
    (folder / "usb").mkdir()
    (folder / "bad.csv").write_text(BAD_ROWS, encoding="utf-8")
    (folder / "damaged.citb").write_bytes(DAMAGED)
    env = {key: value for key, value in os.environ.items() if key not in LANG_VARIABLES}
    env.update(environment)
    done = {}
    for name, args, _status in steps(folder):
        done[name] = subprocess.run(
            [str(COMMUNE_IT), "--data-dir", str(folder / "data"), *map(str, args)],
            capture_output=True, text=True, timeout=180, env=env)
    return done


@pytest.fixture(scope="module")
def days(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    base = tmp_path_factory.mktemp("cli-languages")
    return {language: run_day(base / language, environment) for language, environment in (
        ("en", ENGLISH), ("en_GB", ENGLISH_LOCALE), ("vi", VIETNAMESE_DEFAULT))}


@pytest.mark.parametrize("language", ["en", "en_GB", "vi"])
@pytest.mark.parametrize("step", STEP_NAMES)
def test_every_step_keeps_its_exit_status_and_never_a_traceback(days, language, step) -> None:
    status = {name: code for name, _, code in steps(Path())}[step]
    result = days[language][step]
    assert result.returncode == status, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("language", ["en", "en_GB"])
@pytest.mark.parametrize("step", STEP_NAMES)
def test_english_asked_prints_no_vietnamese_letter(days, language, step) -> None:
    result = days[language][step]
    said = result.stdout + result.stderr
    assert said.strip()
    assert not VIETNAMESE.search(said), said


def lines(result: subprocess.CompletedProcess) -> list[str]:
    return result.stdout.splitlines()


def test_english_help_and_summaries_are_the_catalogues(days) -> None:
    day = days["en"]
    assert "Commune IT Register" in day["help"].stdout
    assert TEXTS["cli.help_demo"][1] in day["help"].stdout
    assert "sync both ways with the province's server" in day["sync help"].stdout
    assert "--client-timeout SECONDS" in day["server serve help"].stdout
    assert lines(day["setup"]) == [
        message("cli.set_up", name="Office", communes=["03325"]).text("en")]
    assert re.fullmatch(r"Demo data: \d+ officials, \d+ items of equipment, \d+ courses\.\n",
                        day["demo"].stdout)
    assert lines(day["server devices"])[0].split() == [
        "ID", "ID", "KIND", "NAME", "COMMUNES", "ROLE", "STATE", "LAST", "SEEN"]
    assert "  enrolment  Office  " in lines(day["server devices"])[1]
    assert day["refused file"].stderr.splitlines()[-1] == "1 file(s) refused; they changed no data."


def test_english_status_lines(days) -> None:
    status = lines(days["en_GB"]["sync status"])
    assert re.fullmatch(r"Device: [0-9a-f-]{36} \(not enrolled\)", status[0])
    assert re.fullmatch(r"Changes waiting to be sent: \d+", status[1])
    assert status[2:] == ["Bundles without a receipt: 0", "Last sent/received by USB: — / —",
                          "Last sent/received over the network: — / —",
                          "Conflicts waiting for review: 0"]
    written = lines(days["en_GB"]["sync export"])
    assert written and all(line.startswith("Written: ") for line in written)


def test_without_english_the_command_line_says_what_it_always_said(days) -> None:
    day = days["vi"]
    assert "Sổ theo dõi CNTT cấp xã (Commune IT Register)" in day["help"].stdout
    assert "thiết lập máy cho xã (hoặc các xã với --trainer)" in day["help"].stdout
    assert "--client-timeout GIÂY" in day["server serve help"].stdout
    assert lines(day["setup"]) == ["Đã thiết lập máy “Office” cho 03325."]
    assert re.fullmatch(r"Dữ liệu mẫu: \d+ cán bộ, \d+ thiết bị, \d+ khóa học\.\n",
                        day["demo"].stdout)
    [exported] = lines(day["export"])
    assert re.fullmatch(r"Đã xuất \d+ dòng ra /.*/vi/staff\.csv\.", exported), exported
    assert lines(day["enroll"]) == [
        "Máy “Office” đã nhận tệp đăng ký; lần đồng bộ tới sẽ gửi xác nhận lên tỉnh."]
    assert day["refused file"].stderr.splitlines()[-1] == (
        "1 tệp bị từ chối; các tệp đó không làm thay đổi dữ liệu.")


def test_without_english_status_and_devices_read_as_before(days) -> None:
    day = days["vi"]
    status = lines(day["sync status"])
    assert re.fullmatch(r"Thiết bị: [0-9a-f-]{36} \(chưa đăng ký\)", status[0])
    assert re.fullmatch(r"Thay đổi chờ gửi: \d+", status[1])
    assert status[2:] == ["Gói chưa có biên nhận: 0", "Lần gửi/nhận gần nhất qua USB: — / —",
                          "Lần gửi/nhận gần nhất qua mạng: — / —", "Xung đột chờ xem xét: 0"]
    header, row = lines(day["server devices"])
    assert header == (f"{'MÃ':36}  {'LOẠI MÃ':8}  {'TÊN':24}  {'XÃ':12}  {'VAI TRÒ':8}  "
                      f"{'TRẠNG THÁI':10}  LẦN CUỐI")
    assert re.fullmatch(r"[0-9a-f-]{36}  đăng ký   Office {20}03325 {9}office {4}issued {6}—",
                        row)
    written = lines(day["sync export"])
    assert written and all(line.startswith("Đã ghi ") for line in written)


def test_json_is_the_same_in_every_language(days) -> None:
    said = {language: json.loads(day["sync status json"].stdout)
            for language, day in days.items()}
    for each in said.values():
        each.pop("device_id")  # each run is its own device
    assert said["en"] == said["en_GB"] == said["vi"]
    assert said["vi"]["enrolled"] is False


def test_a_data_folder_that_cannot_be_written_is_said_in_english(tmp_path: Path) -> None:
    """The command line's own failure around a reason from the layer below (app/models/
    disk.py): both in English, one line, exit 2 as in Vietnamese."""
    from tests.test_small_faults import as_an_officer

    env = {key: value for key, value in os.environ.items() if key not in LANG_VARIABLES}
    env["COMMUNE_IT_LANG"] = "en"
    data = tmp_path / "data"
    command = [str(COMMUNE_IT), "--data-dir", str(data)]
    set_up = subprocess.run([*command, "setup", "--commune", "03325", "--device-name", "Office"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert set_up.returncode == 0, set_up.stderr
    logs = data / "logs"
    for old in logs.iterdir():
        old.unlink()
    logs.chmod(0o555)
    try:
        result = subprocess.run([*command, "sync", "status"], capture_output=True, text=True,
                                timeout=120, env=env, preexec_fn=as_an_officer)
    finally:
        logs.chmod(0o755)
    assert result.returncode == 2, (result.stdout, result.stderr)
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Cannot write to the data folder {data}: "), line
    assert not VIETNAMESE.search(line), line
