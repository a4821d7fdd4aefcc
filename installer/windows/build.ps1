# Build the Windows installer in one command, from the repository's top folder or anywhere:
#
#     powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#
# Needs Python 3.11 (64-bit, `py -3.11` or -Python PATH) and Inno Setup 6 (ISCC.exe, found in
# its usual folders or given with -Iscc PATH). It makes .venv if missing, installs the app
# with its `bundle` extras (PyInstaller), compiles the translations, builds the one-folder
# bundle with installer\commune-it.spec (the same spec as `make bundle` on Linux), checks
# that the bundled program runs and prints the version, and compiles the installer:
# dist\commune-it-VERSION-setup.exe.
#
# The version is pyproject.toml's, read once here and given to Inno Setup as
# /DAppVersion=VERSION; the bundled program reads the same number from the package's
# metadata (its --version), so the installer, the program and pyproject.toml always agree.

param(
    [string]$Python = "",
    [string]$Iscc = ""
)

$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Step([string]$What, [scriptblock]$Command) {
    Write-Host "==> $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

if (-not $Python) {
    $Python = if (Get-Command py -ErrorAction SilentlyContinue) { "py -3.11" } else { "python" }
}
$Venv = Join-Path $Root ".venv"
$Py = Join-Path $Venv "Scripts\python.exe"

if (-not (Test-Path $Py)) {
    Invoke-Step "virtualenv" { Invoke-Expression "$Python -m venv `"$Venv`"" }
}
$Version = (& $Py -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
if (-not $Version) { throw "no version in pyproject.toml" }
Write-Host "Commune IT Register $Version"

Invoke-Step "pip" { & $Py -m pip install --quiet --upgrade pip }
Invoke-Step "the app and PyInstaller" { & $Py -m pip install --quiet -e ".[bundle]" }
# The commune lineage table ships in vietnam-provinces 2026.x, which declares Python 3.12 for
# its own tooling but runs on 3.11 (README, Reference data): as the Makefile installs it.
Invoke-Step "vietnam-provinces" {
    & $Py -m pip install --quiet --no-deps --ignore-requires-python "vietnam-provinces==2026.9.0"
}
$Lrelease = Join-Path $Venv "Scripts\pyside6-lrelease.exe"
foreach ($ts in Get-ChildItem (Join-Path $Root "resources\translations\*.ts")) {
    $qm = [System.IO.Path]::ChangeExtension($ts.FullName, ".qm")
    Invoke-Step "translation $($ts.Name)" { & $Lrelease -silent $ts.FullName -qm $qm }
}
Invoke-Step "bundle" {
    & (Join-Path $Venv "Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
        --distpath dist --workpath build\pyinstaller installer\commune-it.spec
}
$Printed = (& (Join-Path $Root "dist\commune-it\commune-it.exe") --version | Out-String).Trim()
if ($Printed -ne "commune-it $Version") { throw "the bundle says '$Printed', not $Version" }

if (-not $Iscc) {
    $Iscc = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc) { throw "Inno Setup 6 not found: install it, or pass -Iscc PATH\ISCC.exe" }
Invoke-Step "installer" {
    & $Iscc "/DAppVersion=$Version" (Join-Path $Root "installer\windows\commune-it.iss")
}
Write-Host "Done: dist\commune-it-$Version-setup.exe"
