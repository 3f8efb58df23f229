; NSIS installer for DVK Desktop: a per-user install (no administrator rights: commune PCs are
; often locked down), Start-menu and desktop shortcuts, .dvkpkg / .dvkpkg.age opening the import
; screen, upgrade in place, and an uninstaller that keeps the user's data unless asked.
;
; Build after `python installer/build.py` (see installer/README.md):
;   makensis /DVERSION=0.1.0 installer\dvk-setup.nsi
; Defines (all optional):
;   VERSION   the program's version (pyproject.toml)
;   BUNDLE    the one-folder bundle           (default ..\dist\DVK Desktop)
;   POSTGRES  the PostgreSQL component folder (default ..\dist\postgres; left out if absent)
;   OUTFILE   the installer to write          (default ..\dist\DVK-Desktop-VERSION-setup.exe)
;   FAST      no compression (the test suite only checks that the script compiles)
Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\dist\DVK Desktop"
!endif
!ifndef POSTGRES
  !define POSTGRES "..\dist\postgres"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\DVK-Desktop-${VERSION}-setup.exe"
!endif
!define APP "DVK Desktop"
!define EXE "DVK Desktop.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\DVK Desktop"
!define APP_KEY "Software\DVK Desktop"
!define PROGID "DVKDesktop.Package"
!define PROGID_AGE "DVKDesktop.EncryptedPackage"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
; Per user: under the user's own profile, nothing that needs elevation (HKCU only).
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
RequestExecutionLevel user
!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "..\LICENSE"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgram ${LANG_VIETNAMESE} "DVK Desktop (chương trình)"
LangString SecProgram ${LANG_ENGLISH} "DVK Desktop (program)"
LangString SecDesktop ${LANG_VIETNAMESE} "Biểu tượng trên màn hình nền"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecAssoc ${LANG_VIETNAMESE} "Mở gói dữ liệu (.dvkpkg) bằng DVK Desktop"
LangString SecAssoc ${LANG_ENGLISH} "Open data packages (.dvkpkg) with DVK Desktop"
LangString SecPostgres ${LANG_VIETNAMESE} "Hỗ trợ PostgreSQL (văn phòng nhiều người dùng chung)"
LangString SecPostgres ${LANG_ENGLISH} "PostgreSQL support (shared office database)"
LangString SecUnData ${LANG_VIETNAMESE} "Xóa cả dữ liệu (vùng làm việc, nhật ký, cài đặt) — không thể lấy lại"
LangString SecUnData ${LANG_ENGLISH} "Also delete the data (workspace, logs, settings) — cannot be undone"
LangString PackageType ${LANG_VIETNAMESE} "Gói dữ liệu DVK"
LangString PackageType ${LANG_ENGLISH} "DVK data package"
LangString AgeType ${LANG_VIETNAMESE} "Gói dữ liệu DVK (mã hóa)"
LangString AgeType ${LANG_ENGLISH} "DVK data package (encrypted)"
LangString StillRunning ${LANG_VIETNAMESE} "DVK Desktop đang chạy. Hãy đóng chương trình rồi bấm Thử lại."
LangString StillRunning ${LANG_ENGLISH} "DVK Desktop is running. Close it, then click Retry."

; ---------------------------------------------------------------- install

Section "!$(SecProgram)" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  Call CheckNotRunning
  ; Upgrade in place: replace the program's own files, never a portable installation's data
  ; ($INSTDIR\data, portable.txt) nor anything in the user's profile.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\dvk.exe"
  File /r "${BUNDLE}\*.*"
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${EXE}"
  CreateShortcut "$SMPROGRAMS\${APP}\Gỡ cài đặt ${APP}.lnk" "$INSTDIR\Uninstall.exe"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "DVK Desktop developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecDesktop)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}"
SectionEnd

; Double-clicking a package starts DVK Desktop with its path; the program opens the Packages
; page and checks it. Windows sees only the last extension, so ".dvkpkg.age" is ".age": DVK
; Desktop becomes its handler only when no other program has claimed .age, and is always
; offered under "Open with".
Section "$(SecAssoc)" SecAssoc
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(PackageType)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\.dvkpkg" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.dvkpkg\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID_AGE}" "" "$(AgeType)"
  WriteRegStr HKCU "Software\Classes\${PROGID_AGE}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr HKCU "Software\Classes\${PROGID_AGE}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\.age\OpenWithProgids" "${PROGID_AGE}" ""
  ReadRegStr $0 HKCR ".age" ""
  ${If} $0 == ""
  ${OrIf} $0 == "${PROGID_AGE}"
    WriteRegStr HKCU "Software\Classes\.age" "" "${PROGID_AGE}"
  ${EndIf}
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

!if /FileExists "${POSTGRES}\_internal\*.*"
Section /o "$(SecPostgres)" SecPostgres
  SetOutPath "$INSTDIR"
  File /r "${POSTGRES}\*.*"
SectionEnd
!endif

Function CheckNotRunning
  ; The bundle's files cannot be replaced while it runs (Windows locks them).
  retry:
    ClearErrors
    FileOpen $0 "$INSTDIR\_internal\dvk-modules.pyz" a
    ${If} ${Errors}
      ${If} ${FileExists} "$INSTDIR\_internal\dvk-modules.pyz"
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
        Abort
      ${EndIf}
    ${Else}
      FileClose $0
    ${EndIf}
FunctionEnd

Function .onInit
  ; The same installation folder as the version being upgraded (InstallDirRegKey), in the
  ; language of the PC.
  ${If} $LANGUAGE != ${LANG_VIETNAMESE}
  ${AndIf} $LANGUAGE != ${LANG_ENGLISH}
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${EndIf}
FunctionEnd

; ---------------------------------------------------------------- uninstall

Section "-un.$(SecProgram)" UnProgram
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\Gỡ cài đặt ${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\dvk.exe"
  Delete "$INSTDIR\Uninstall.exe"
  ; A portable installation's data (data\, portable.txt) stays unless asked: RMDir without /r
  ; only removes the folder when it is empty.
  RMDir "$INSTDIR"
  ReadRegStr $0 HKCU "Software\Classes\.dvkpkg" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey HKCU "Software\Classes\.dvkpkg"
  ${EndIf}
  ReadRegStr $0 HKCU "Software\Classes\.age" ""
  ${If} $0 == "${PROGID_AGE}"
    DeleteRegValue HKCU "Software\Classes\.age" ""
  ${EndIf}
  DeleteRegValue HKCU "Software\Classes\.age\OpenWithProgids" "${PROGID_AGE}"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\${PROGID_AGE}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

; Off unless ticked (or /PURGE on the command line): the workspace is the commune's records.
Section /o "un.$(SecUnData)" UnData
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${APP}"
  RMDir /r "$APPDATA\${APP}"
  RMDir /r "$INSTDIR\data"
  Delete "$INSTDIR\portable.txt"
  RMDir "$INSTDIR"
SectionEnd

Function un.onInit
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/PURGE" $1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnData}
  ${EndIf}
FunctionEnd
