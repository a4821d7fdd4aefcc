"""The Windows installer's script, checked where it cannot be run (Inno Setup is Windows'):
the [Setup] keys an upgrade and a per-user install rely on, the version taken from
pyproject.toml and never written in the script, the languages, the shortcuts, and a
Vietnamese messages file that translates every message of Inno Setup's own English one
(the key list in installer/windows/inno-default-keys.txt), keeping its placeholders, line
breaks, accelerators and closing marks, with no message left empty or in English.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path, PureWindowsPath

import platformdirs.windows
import pytest

from app.config import APP_AUTHOR, APP_NAME

ROOT = Path(__file__).resolve().parents[1]
WINDOWS = ROOT / "installer" / "windows"
ISS = WINDOWS / "commune-it.iss"
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                        re.IGNORECASE)
# Words a Vietnamese Windows keeps as they are: names, units, file kinds.
KEPT_AS_IS = re.compile(r"\b(OK|KB|MB|GB|bit|DLL|OCX|RegSvr32|RestartReplace|INI|README|UNC|"
                        r"Windows|Service Pack|Power Users|Start|web|App|server|share|C)\b")
PLACEHOLDERS = re.compile(r"%\d|%n|\[[a-z/]+\]")
# Words of Inno Setup's English messages: none may be left in a Vietnamese one.
ENGLISH = re.compile(r"\b(the|to|of|and|or|is|are|you|your|file|files|folder|setup|install|"
                     r"installation|uninstall|click|please|error|not|cannot|will|program|"
                     r"computer|select|next|back|cancel|yes|all|users|restart|shortcut|"
                     r"create|view|run|launch|version|with|for|this|that|be|failed)\b",
                     re.IGNORECASE)
PLAIN_VIETNAMESE = {"xem"}  # Vietnamese words written without a diacritic


def sections(text: str) -> dict[str, list[str]]:
    """An INI-like file's lines by section, comments and blank lines left out."""
    found: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";") or stripped.startswith("#"):
            continue
        if re.fullmatch(r"\[[A-Za-z]+\]", stripped):
            current = stripped[1:-1]
            found.setdefault(current, [])
        else:
            found.setdefault(current, []).append(stripped)
    return found


def iss() -> dict[str, list[str]]:
    return sections(ISS.read_text(encoding="utf-8"))


def setup_keys() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss()["Setup"])


def test_every_setup_key_an_upgrade_and_a_per_user_install_rely_on():
    keys = setup_keys()
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}",
                        keys["AppId"])  # fixed: the next version replaces this one in place
    assert keys["PrivilegesRequired"] == "lowest"  # no administrator
    assert keys["DefaultDirName"].startswith("{autopf}\\")  # per user: %LOCALAPPDATA%\Programs
    assert keys["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert keys["MinVersion"] == "10.0"
    assert keys["SetupIconFile"].endswith("resources\\icons\\commune-it.ico")
    assert (ROOT / "resources" / "icons" / "commune-it.ico").is_file()
    assert keys["UninstallDisplayIcon"] == "{app}\\{#AppExe}"
    assert keys["UsePreviousAppDir"] == "yes"
    assert keys["CloseApplications"] == "yes"


def test_the_version_comes_from_pyproject_through_build_ps1_never_written_here():
    text = ISS.read_text(encoding="utf-8")
    keys = setup_keys()
    assert keys["AppVersion"] == "{#AppVersion}"
    assert "#ifndef AppVersion" in text and "#error" in text  # no silent default
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["version"]
    assert version not in text
    build = (WINDOWS / "build.ps1").read_text(encoding="utf-8")
    assert "pyproject.toml" in build and '"/DAppVersion=$Version"' in build
    assert "installer\\commune-it.spec" in build and "commune-it.iss" in build


def test_vietnamese_first_english_second():
    languages = iss()["Languages"]
    assert languages[0].startswith('Name: "vietnamese"; MessagesFile: "Vietnamese.isl"')
    assert languages[1] == 'Name: "english"; MessagesFile: "compiler:Default.isl"'


def test_start_menu_shortcut_and_a_desktop_one_the_officer_may_choose():
    tasks = iss()["Tasks"]
    assert any('Name: "desktopicon"' in t and "Flags: unchecked" in t for t in tasks)
    icons = iss()["Icons"]
    assert any(i.startswith('Name: "{group}\\{#AppName}"') for i in icons)
    assert any(i.startswith('Name: "{autodesktop}') and "Tasks: desktopicon" in i
               for i in icons)


def test_the_bundle_is_installed_and_nothing_of_the_data_is_removed():
    files = iss()["Files"]
    assert files == ['Source: "{#BundleDir}\\*"; DestDir: "{app}"; Flags: ignoreversion '
                     'recursesubdirs createallsubdirs']
    assert '#define BundleDir "..\\..\\dist\\commune-it"' in ISS.read_text(encoding="utf-8")
    assert "UninstallDelete" not in iss()
    for line in iss().get("InstallDelete", []):
        assert '"{app}\\' in line  # only the install folder is cleaned before an upgrade


def windows_folders(monkeypatch) -> tuple[PureWindowsPath, PureWindowsPath]:
    """platformdirs' own answer on Windows for a user, from the folders Windows names."""
    local = r"C:\Users\Lo Van Thang\AppData\Local"
    monkeypatch.setenv("LOCALAPPDATA", local)
    monkeypatch.setenv("APPDATA", r"C:\Users\Lo Van Thang\AppData\Roaming")
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER",
                        platformdirs.windows.get_win_folder_from_env_vars, raising=False)
    dirs = platformdirs.windows.Windows(APP_NAME, APP_AUTHOR)
    return PureWindowsPath(dirs.user_data_dir), PureWindowsPath(dirs.user_log_dir)


def test_the_data_and_the_log_are_never_under_the_install_folder(monkeypatch):
    """The uninstaller removes {app}; a per-user install puts it in %LOCALAPPDATA%\\Programs
    ({autopf} under PrivilegesRequired=lowest)."""
    data, log = windows_folders(monkeypatch)
    folder = setup_keys()["DefaultDirName"].replace("{autopf}",
                                                    r"C:\Users\Lo Van Thang\AppData\Local\Programs")
    app = PureWindowsPath(folder)
    for kept in (data, log):
        assert not kept.is_relative_to(app) and not app.is_relative_to(kept), (kept, app)
    assert data.is_relative_to(r"C:\Users\Lo Van Thang\AppData\Local")


def key_list() -> dict[str, dict[str, list[str]]]:
    """inno-default-keys.txt: section → key → what the translation must keep."""
    found: dict[str, dict[str, list[str]]] = {}
    section = ""
    for line in (WINDOWS / "inno-default-keys.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip()[1:-1]
            found[section] = {}
            continue
        key, _, marks = line.partition("\t")
        found[section][key] = marks.split()
    return found


def vietnamese() -> dict[str, dict[str, str]]:
    text = (WINDOWS / "Vietnamese.isl").read_text(encoding="utf-8-sig")
    return {name: dict(line.split("=", 1) for line in lines)
            for name, lines in sections(text).items()}


def test_the_key_list_is_inno_setups_whole_set():
    keys = key_list()
    assert set(keys) == {"LangOptions", "Messages", "CustomMessages"}
    assert len(keys["Messages"]) > 250
    for key in ("SetupAppTitle", "WelcomeLabel2", "ConfirmUninstall", "ExtractingLabel",
                "ShutdownBlockReasonUninstallingApp"):
        assert key in keys["Messages"]


def test_every_message_of_inno_setup_is_in_vietnamese():
    keys, translated = key_list(), vietnamese()
    for section, wanted in keys.items():
        assert sorted(set(wanted) - set(translated[section])) == [], section
        assert sorted(set(translated[section]) - set(wanted)) == [], section
    assert translated["LangOptions"]["LanguageID"] == "$042A"
    assert translated["LangOptions"]["LanguageCodePage"] == "1258"
    assert VIETNAMESE.search(translated["LangOptions"]["LanguageName"])


def message_cases() -> list[tuple[str, str, list[str], str]]:
    translated = vietnamese()
    return [(section, key, marks, translated[section].get(key, ""))
            for section, entries in key_list().items() if section != "LangOptions"
            for key, marks in entries.items()]


@pytest.mark.parametrize(("section", "key", "marks", "value"), message_cases(),
                         ids=lambda case: case if isinstance(case, str) else None)
def test_each_message_keeps_what_inno_setup_fills_in_and_is_vietnamese(section, key, marks,
                                                                       value):
    if "empty" in marks:
        assert value == ""  # AboutSetupNote and the like stay empty
        return
    assert value.strip(), f"{key} is empty"
    expected = sorted(m for m in marks if PLACEHOLDERS.fullmatch(m))
    assert sorted(PLACEHOLDERS.findall(value)) == expected, key
    accelerators = len(re.findall(r"&(?!&)", value))
    assert accelerators == (1 if "&" in marks else 0), key
    ending = next((m[3:] for m in marks if m.startswith("end")), "")
    if ending == "...":
        assert value.endswith(("...", "…")), key
    elif ending:
        assert value.endswith(ending) and not value.endswith("..."), key
    else:
        assert not value.endswith((".", ":", "?")) or value.endswith("\\share"), key
    words = KEPT_AS_IS.sub("", PLACEHOLDERS.sub("", value))
    assert not ENGLISH.search(words), f"{key} is still English: {value}"
    plain = {w.lower() for w in re.findall(r"[A-Za-z]+", words)}
    assert VIETNAMESE.search(value) or plain <= PLAIN_VIETNAMESE, (
        f"{key} is still English: {value}")
