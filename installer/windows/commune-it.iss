; Inno Setup 6 script of the Windows installer: one file a province technician carries on a
; USB stick to a commune laptop (Windows 10 or 11, 64-bit), which installs without internet
; and without administrator rights.
;
; Built by installer\windows\build.ps1, in one command, after the one-folder bundle
; (dist\commune-it\, installer\commune-it.spec). The version is never written here: build.ps1
; reads it from pyproject.toml and passes it as /DAppVersion=..., the same number the bundle's
; program prints with --version (pyproject.toml -> the package's metadata -> the app).
;
; Where things go, and why an uninstall or an upgrade loses no data:
; - the program goes to {autopf}\Commune IT, which for a per-user install (the default,
;   PrivilegesRequired=lowest) is %LOCALAPPDATA%\Programs\Commune IT;
; - the app's data (its database, backups, window settings) is in the platformdirs user data
;   folder, %LOCALAPPDATA%\CommuneIT\CommuneIT, and its log in ...\CommuneIT\CommuneIT\Logs:
;   never under {app} (tests/test_installer_script.py checks the two never meet). This script
;   installs nothing there and deletes nothing there, so the uninstaller leaves the data, and
;   an upgrade (the same AppId, so Windows sees one program, replaced in place) finds it;
;   the app itself takes a backup before it changes the database's schema.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z commune-it.iss (build.ps1 does)
#endif

#define AppName "Commune IT Register"
#define AppExe "commune-it.exe"
#define BundleDir "..\..\dist\commune-it"

[Setup]
; Fixed for ever: an installer with this AppId upgrades an installed copy in place.
AppId={{6F1C2B7E-3D8A-4E5F-9B21-7A4C8D0E3F52}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=CommuneIT
DefaultDirName={autopf}\Commune IT
DefaultGroupName=Commune IT Register
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; Per user, no administrator needed; a technician may still choose all users from the
; command line (/ALLUSERS).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\commune-it.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; An upgrade closes a running copy first (it would hold its files open) and starts it again.
CloseApplications=yes
RestartApplications=no
OutputDir=..\..\dist
OutputBaseFilename=commune-it-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; Vietnamese first: the installer speaks it unless Windows speaks English. Inno Setup ships
; no Vietnamese messages, so Vietnamese.isl beside this script is the project's own.
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's libraries whole: a module an older version had and the
; new one dropped must not linger beside it. Only the install folder: never the data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what it installed in {app} and nothing else;
; the data folder and the log stay for a later install, or for the province to collect.
