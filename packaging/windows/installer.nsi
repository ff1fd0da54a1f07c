; The Windows installer of Socle (NSIS 3, built by scripts/build-windows.sh):
;   makensis -DVERSION=0.1.0 -DSOURCE_DIR=dist/windows -DROOT=. -DOUTFILE=... installer.nsi
; A per-user install: no administrator rights, which ministry laptops often
; withhold. Installs into %LOCALAPPDATA%\Programs\Socle, adds a Start menu
; entry, opens .socle files in Socle with their own icon, registers an
; uninstaller with its version in "Apps" / "Programs and Features".
; Silent: Setup.exe /S, and uninstall.exe /S.

; A 64-bit installer: it runs where only 64-bit Windows (or Wine) is.
Target amd64-unicode
!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifndef VERSION | SOURCE_DIR | ROOT | OUTFILE
  !error "Define VERSION, SOURCE_DIR, ROOT and OUTFILE (see scripts/build-windows.sh)"
!endif

!define APP "Socle"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Socle"
!define PROG_ID "Socle.Assessment"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\Socle"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Socle project"

!define MUI_ICON "${ROOT}\packaging\icons\socle.ico"
!define MUI_UNICON "${ROOT}\packaging\icons\socle.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\socle.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer speaks the interface languages Socle has.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Russian"

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Socle" SecMain
  SetOutPath "$INSTDIR"
  File "${SOURCE_DIR}\socle.exe"
  File "${SOURCE_DIR}\socle-cli.exe"
  File /r "${SOURCE_DIR}\locale"
  File /r "${SOURCE_DIR}\samples"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\Socle.lnk" "$INSTDIR\socle.exe" "" "$INSTDIR\socle.exe" 0

  ; .socle files: Socle opens them, shown with the document icon (index 1).
  WriteRegStr HKCU "Software\Classes\.socle" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\.socle" "Content Type" "application/x-socle"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "Socle assessment"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" '"$INSTDIR\socle.exe",1'
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\socle.exe" "%1"'
  ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Socle project"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\socle.exe",0'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\socle.exe"
  Delete "$INSTDIR\socle-cli.exe"
  RMDir /r "$INSTDIR\locale"
  RMDir /r "$INSTDIR\samples"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Socle.lnk"

  ; Only our own association: another program may have taken .socle since.
  ReadRegStr $0 HKCU "Software\Classes\.socle" ""
  StrCmp $0 "${PROG_ID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.socle"
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The user's assessments, settings and recovery files are theirs: kept.
SectionEnd
