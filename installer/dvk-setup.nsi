; NSIS installer for DVK Desktop (per-user install, no administrator rights needed, since
; commune PCs are often locked down). Build: makensis /DVERSION=0.1.0 installer\dvk-setup.nsi
Unicode true
!include "MUI2.nsh"
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
Name "DVK Desktop ${VERSION}"
OutFile "..\dist\DVK-Desktop-${VERSION}-setup.exe"
InstallDir "$LOCALAPPDATA\Programs\DVK Desktop"
RequestExecutionLevel user
SetCompressor /SOLID lzma

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "..\LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

Section "DVK Desktop"
  SetOutPath "$INSTDIR"
  File /r "..\dist\DVK Desktop\*.*"
  CreateDirectory "$SMPROGRAMS\DVK Desktop"
  CreateShortcut "$SMPROGRAMS\DVK Desktop\DVK Desktop.lnk" "$INSTDIR\DVK Desktop.exe"
  CreateShortcut "$DESKTOP\DVK Desktop.lnk" "$INSTDIR\DVK Desktop.exe"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\DVK Desktop" "DisplayName" "DVK Desktop"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\DVK Desktop" "UninstallString" "$INSTDIR\Uninstall.exe"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\DVK Desktop" "DisplayVersion" "${VERSION}"
SectionEnd

; Uninstalling removes the program only: the workspace (database, evidence, keys, backups)
; lives in %LOCALAPPDATA%\DVK Desktop and is never deleted by the uninstaller.
Section "Uninstall"
  Delete "$SMPROGRAMS\DVK Desktop\DVK Desktop.lnk"
  RMDir "$SMPROGRAMS\DVK Desktop"
  Delete "$DESKTOP\DVK Desktop.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\DVK Desktop"
SectionEnd
